"""Whatever bytes a .verso file holds, loading gives a Project or one ProjectError line."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.documents.model import Document
from app.project import Project, ProjectError
from app.project.codec import project_from_dict, project_to_dict
from app.project.jsonguard import parse_json_bytes

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)


def _base() -> dict[str, Any]:
    left = Document.from_text("The minister said on Monday that talks resume.", "a.txt")
    right = Document.from_text("Talks resume, the minister said on Tuesday.", "b.txt")
    project = Project(left, right)
    a, _ = project.annotations.with_highlight(right.text, "right", 0, 5, "note")
    return project_to_dict(project.with_annotations(a))


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


BASE = _base()
PATHS = [p for p in _paths(BASE) if p]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), _json, st.booleans())
def test_any_mutated_project_loads_or_fails_cleanly(path: tuple, value: Any, delete: bool) -> None:
    data = json.loads(json.dumps(BASE))
    holder = data
    for key in path[:-1]:
        holder = holder[key]
    if delete:
        del holder[path[-1]]
    else:
        holder[path[-1]] = value
    try:
        project = project_from_dict(data, "fuzz.verso")
    except ProjectError as error:
        assert "\n" not in str(error) and str(error).startswith("fuzz.verso")
    else:
        assert isinstance(project, Project)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_fail_cleanly(data: bytes) -> None:
    try:
        parse_json_bytes(data, "bytes.verso")
    except ProjectError as error:
        assert "\n" not in str(error)
