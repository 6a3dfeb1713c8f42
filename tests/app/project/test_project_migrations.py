"""Older project files are upgraded on load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.project import CURRENT_VERSION, ProjectError, load_project
from app.project.migrations import MIGRATIONS


def test_every_older_version_has_a_migration() -> None:
    assert sorted(MIGRATIONS) == list(range(min(MIGRATIONS), CURRENT_VERSION))


def _v0(tmp_path: Path, notes: list[dict]) -> Path:
    data = {
        "format": "verso-project", "version": 0,
        "original": {"name": "wire.txt", "path": "/news/wire.txt",
                     "text": "Prices rose 4% in March, the office said."},
        "copy": {"name": "paper.txt", "path": None,
                 "text": "Prices rose 40% in March, officials said."},
        "options": {"ignore_case": True},
        "notes": notes,
    }
    path = tmp_path / "old.verso"
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_synthetic_v0_file_is_migrated(tmp_path: Path) -> None:
    project = load_project(_v0(tmp_path, [{"side": "right", "start": 12, "end": 15,
                                           "note": "40% or 4%?"}]))
    assert project.left.name == "wire.txt" and project.left.path == "/news/wire.txt"
    assert project.right.text.startswith("Prices rose 40%")
    assert project.options.ignore_case is True and project.options.sensitivity == 0.5
    (h,) = project.annotations.highlights
    assert h.side == "right" and h.note == "40% or 4%?"
    assert project.right.text[slice(*h.span)] == "40%"
    assert h.anchor.quote.prefix == "Prices rose " and h.anchor.quote.suffix.startswith(" in")


def test_broken_v0_file_reports_the_migration(tmp_path: Path) -> None:
    path = _v0(tmp_path, [{"side": "right", "start": 12, "end": 999}])
    with pytest.raises(ProjectError, match="could not be upgraded from format version 0"):
        load_project(path)


def test_versions_below_the_oldest_migration_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "ancient.verso"
    path.write_text('{"format": "verso-project", "version": -1}', "utf-8")
    with pytest.raises(ProjectError, match="can no longer read"):
        load_project(path)
