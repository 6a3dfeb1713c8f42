"""Damaged, foreign, newer and hostile project files give one clear line, never a traceback."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from app.project import Project, ProjectError, ProjectSaveError, load_project, save_project
from app.project.jsonguard import MAX_DEPTH


def _saved(project: Project, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / "good.verso"
    save_project(project, path)
    return path, json.loads(path.read_text("utf-8"))


def _write(tmp_path: Path, content: bytes | str | dict[str, Any]) -> Path:
    path = tmp_path / "bad.verso"
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _error(path: Path) -> str:
    with pytest.raises(ProjectError) as info:
        load_project(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(path.name), message
    return message


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "is empty"),
    (b"   \n", "is empty"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"hello, world", "not valid JSON"),
    (b"[1, 2, 3]", "holds a list"),
    (b'{"format": "something-else", "version": 1}', 'no "format": "verso-project"'),
    (b'{"format": "verso-comparison", "version": 1}', "comparison export"),
    (b'{"format": "verso-project"}', '"version" is missing'),
    (b'{"format": "verso-project", "version": "1"}', "not a whole number"),
    (b'{"format": "verso-project", "version": 1.5}', "not a whole number"),
    (b'{"format": "verso-project", "version": 1, "x": NaN}', "NaN is not allowed"),
])
def test_not_a_project(tmp_path: Path, content: bytes, expected: str) -> None:
    assert expected in _error(_write(tmp_path, content))


def test_truncated_file(annotated: Project, tmp_path: Path) -> None:
    path, _ = _saved(annotated, tmp_path)
    data = path.read_bytes()
    for cut in (len(data) // 3, len(data) - 2, 5):
        path.write_bytes(data[:cut])
        assert "cut short" in _error(path)


def test_newer_version_says_so(annotated: Project, tmp_path: Path) -> None:
    _, data = _saved(annotated, tmp_path)
    data["version"] = 7
    assert "made by a newer Verso" in _error(_write(tmp_path, data))


@pytest.mark.parametrize(("path", "expected"), [
    (("documents",), "documents is missing"),
    (("documents", "right"), "documents.right is missing"),
    (("documents", "left", "text"), "documents.left.text is missing"),
    (("options",), "options is missing"),
    (("annotations",), "annotations is missing"),
    (("annotations", "reviews", 0, "verdict"), "annotations.reviews[0].verdict is missing"),
    (("annotations", "highlights", 0, "target"), "annotations.highlights[0].target is missing"),
])
def test_missing_fields(annotated: Project, tmp_path: Path, path: tuple, expected: str) -> None:
    _, data = _saved(annotated, tmp_path)
    holder = data
    for key in path[:-1]:
        holder = holder[key]
    del holder[path[-1]]
    assert expected in _error(_write(tmp_path, data))


@pytest.mark.parametrize(("path", "value", "expected"), [
    (("documents", "left", "text"), 42, "should be text"),
    (("documents", "left", "text"), "changed text", "does not match its checksum"),
    (("documents", "left", "blocks"), {"a": 1}, "should be a list"),
    (("documents", "left", "blocks"), [["paragraph", 0, 10**9, 0]], "points outside its text"),
    (("documents", "left", "blocks"), [["script", 0, 10**9, 0]], "points outside its text"),
    (("documents", "left", "read_as"), "<b>pdf</b>", "is not a reader name"),
    (("options", "ignore_case"), "yes", "should be true or false"),
    (("options", "sensitivity"), 7, "are invalid"),
    (("options", "sensitivity"), "high", "should be a number"),
    (("annotations", "reviews", 0, "verdict"), "maybe", "is unknown"),
    (("annotations", "reviews", 0, "difference"), -3, "out of range"),
    (("annotations", "highlights", 0, "target", "side"), "middle", "should be"),
    (("annotations", "highlights", 0, "target", "selector", 0, "end"), 10**12,
     "points outside its text"),
    (("annotations", "highlights", 0, "placed"), "yes", "true or false"),
    (("view",), [1, 2], "should be an object"),
])
def test_wrong_types_and_values(annotated: Project, tmp_path: Path, path: tuple, value: Any,
                                expected: str) -> None:
    _, data = _saved(annotated, tmp_path)
    holder = data
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    assert expected in _error(_write(tmp_path, data))


def test_deep_nesting_is_refused_before_parsing(tmp_path: Path) -> None:
    for opener, closer in (("[", "]"), ('{"a":', "}")):
        depth = 200_000
        path = _write(tmp_path, '{"format": "verso-project", "version": 1, "view": '
                      + opener * depth + "1" + closer * depth + "}")
        assert f"nested more than {MAX_DEPTH} levels" in _error(path)


def test_brackets_inside_strings_do_not_count_as_nesting(annotated: Project,
                                                         tmp_path: Path) -> None:
    a, _ = annotated.annotations.with_highlight(annotated.left.text, "left", 0, 5,
                                                "[[[[" * 500 + '\\" {{{{' * 100)
    path = tmp_path / "brackets.verso"
    save_project(annotated.with_annotations(a), path)
    assert load_project(path).annotations == a


def test_huge_strings_are_refused_quickly(annotated: Project, tmp_path: Path) -> None:
    _, data = _saved(annotated, tmp_path)
    data["documents"]["left"]["name"] = "n" * 5_000_000
    started = time.monotonic()
    assert "is too long" in _error(_write(tmp_path, data))
    data["documents"]["left"]["name"] = "ok"
    data["annotations"]["highlights"][0]["note"] = "x" * 200_000
    assert "annotations.highlights[0].note is too long" in _error(_write(tmp_path, data))
    assert time.monotonic() - started < 5


def test_a_project_cut_short_inside_a_quoted_text_is_refused_quickly(tmp_path: Path) -> None:
    # The depth scan retried from each escaped quote of the unterminated string, each time to
    # the end: 160 KB took a minute, a big project cut short in its text far longer.
    for tail in ("", "\\"):
        path = tmp_path / "cut.verso"
        path.write_bytes(b'{"format": "verso-project", "documents": {"left": {"text": "'
                         + b'He said \\"no\\". ' * 8_000 + tail.encode())
        started = time.monotonic()
        assert "ends abruptly" in _error(path)
        assert time.monotonic() - started < 1


def test_oversized_file_is_refused_by_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.project.storage.MAX_PROJECT_BYTES", 1000)
    monkeypatch.setattr("app.project.jsonguard.MAX_PROJECT_BYTES", 1000)
    path = _write(tmp_path, "{" + " " * 5000 + "}")
    assert "too large" in _error(path)


def test_huge_number_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"format": "verso-project", "version": 1' + "0" * 10000 + "}")
    message = _error(path)
    assert "damaged" in message or "newer" in message
    assert "sys." not in message


def test_folder_and_missing_file(tmp_path: Path) -> None:
    assert "folder" in _error(tmp_path)
    assert "does not exist" in _error(tmp_path / "nope.verso")


def test_a_file_that_failed_to_load_is_not_overwritten_by_save(annotated: Project,
                                                               tmp_path: Path) -> None:
    _, data = _saved(annotated, tmp_path)
    data["version"] = 9
    path = _write(tmp_path, data)
    before = path.read_bytes()
    _error(path)
    with pytest.raises(ProjectSaveError, match="left untouched"):
        save_project(annotated, path)
    assert path.read_bytes() == before
    path.write_bytes(b"{ corrupt")
    with pytest.raises(ProjectSaveError, match="left untouched"):
        save_project(annotated, path)
    assert path.read_bytes() == b"{ corrupt"
    save_project(annotated, path, replace_foreign=True)  # Save As, user confirmed
    assert load_project(path) == annotated


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    fifo = tmp_path / "pipe.verso"
    os.mkfifo(fifo)
    assert "not a regular file" in _error(fifo)


def test_a_project_of_more_annotations_than_verso_keeps_is_one_line(annotated: Project, tmp_path: Path) -> None:
    # 100,000 highlights held the window 1.1 s each time the texts arrived (placed again), and
    # 0.6 s a paint; 500,000 took 9.6 s and 1 GB to load.
    from app.project.annotations import MAX_ANNOTATIONS

    _path, data = _saved(annotated, tmp_path)
    one = data["annotations"]["highlights"][0]
    data["annotations"]["highlights"] = [dict(one, id=f"h{n}") for n in range(MAX_ANNOTATIONS - 2)]
    assert load_project(_write(tmp_path, data)).annotations.highlights  # reviews + highlights = the limit
    data["annotations"]["highlights"].append(dict(one, id="h-extra"))
    message = _error(_write(tmp_path, data))
    assert f"holds more annotations than Verso keeps ({MAX_ANNOTATIONS + 1:,}; the limit is" in message


def test_no_annotation_is_made_past_the_limit(annotated: Project, sample_comparison, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # What a project holds, it can open again: an annotation past the limit is refused when made.
    import app.project.annotations as annotations
    from app.project import Verdict

    monkeypatch.setattr(annotations, "MAX_ANNOTATIONS", 3)  # the fixture's two reviews and a highlight
    a, c = annotated.annotations, sample_comparison
    with pytest.raises(ValueError, match="at most 3 annotations"):
        a.with_highlight(c.right.text, "right", 0, 5)
    with pytest.raises(ValueError, match="at most 3 annotations"):
        a.with_verdict(c, c.differences[1].id, Verdict.ERROR)
    # Changing what is there takes no room.
    assert a.with_verdict(c, c.differences[0].id, Verdict.ACCEPTABLE).review_for(c.differences[0].id)
    assert a.with_highlight_note(a.highlights[0].id, "changed").highlights[0].note == "changed"
    assert a.with_verdict(c, c.differences[0].id, Verdict.UNREVIEWED).with_note(
        c, c.differences[0].id, "").with_verdict(c, c.differences[1].id, Verdict.ERROR)  # one gone, one made
