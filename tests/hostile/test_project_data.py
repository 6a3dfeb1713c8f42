"""Data is never lost to a hostile or damaged file (issue 13, items 10 to 13).

A plain Save replaces only a project this Verso can open; writers replace
only regular files, and no read-only one; temp files of killed saves go
with the next save; a number of hundreds of digits is one line, not a
traceback.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.documents.model import Document
from app.engine.records import Comparison
from app.project import Project, ProjectError, ProjectSaveError, load_project, save_project
from app.project.recovery import RECOVERY_SUFFIX, list_recoveries
from app.project.storage import TEMP_SUFFIX, atomic_write, project_bytes, stale_temp_files
from tests.hostile.families import project_json

ROOT = Path(__file__).resolve().parents[2]


def _project(text: str = "The minister said so. The copy did not.") -> Project:
    return Project(Document.from_text(text, "original.txt"), Document.from_text(text, "copy.txt"))


def _written_elsewhere(path: Path, project: Project) -> bytes:
    """A project file as another Verso (another process) wrote it: this one never saw it."""
    data = project_bytes(project)
    path.write_bytes(data)
    return data


# ---- 10. a number of hundreds of digits -------------------------------------------------------------

def test_a_huge_integer_in_a_project_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "big.verso"
    path.write_bytes(project_json("Hello there.", "Hello there.", '"sensitivity": 1' + "0" * 400))
    with pytest.raises(ProjectError, match=r"options\.sensitivity is out of range"):
        load_project(path)
    done = subprocess.run([sys.executable, "-m", "app", "report", str(path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "out of range" in done.stderr


# ---- 11. Save replaces only what it can open --------------------------------------------------------

def _damaged_versions(good: bytes) -> dict[str, bytes]:
    data = json.loads(good)
    out: dict[str, bytes] = {}
    text = data["documents"]["left"]["text"]
    flipped = json.loads(good)
    flipped["documents"]["left"]["text"] = text.replace("minister", "ministar")  # checksum mismatch
    out["checksum"] = json.dumps(flipped).encode()
    wrong_type = json.loads(good)
    wrong_type["options"]["ignore_case"] = "yes"
    out["field type"] = json.dumps(wrong_type).encode()
    negative = json.loads(good)
    negative["version"] = -1
    out["version -1"] = json.dumps(negative).encode()
    newer = json.loads(good)
    newer["version"] = 99
    out["newer"] = json.dumps(newer).encode()
    out["cut short"] = good[: len(good) // 2]
    out["not JSON"] = b"Dear editor, ..."
    return out


@pytest.mark.parametrize("kind", ["checksum", "field type", "version -1", "newer", "cut short", "not JSON"])
def test_a_plain_save_does_not_replace_a_file_it_cannot_open(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "review.verso"
    damaged = _damaged_versions(project_bytes(_project()))[kind]
    path.write_bytes(damaged)
    with pytest.raises(ProjectError):
        load_project(path)
    with pytest.raises(ProjectSaveError, match="left untouched"):
        save_project(_project(), path)
    assert path.read_bytes() == damaged
    save_project(_project(), path, replace_foreign=True)  # Save As, once the user confirmed
    assert load_project(path) == _project()


def test_a_plain_save_replaces_a_project_it_can_open(tmp_path: Path) -> None:
    loaded, elsewhere, new = tmp_path / "a.verso", tmp_path / "b.verso", tmp_path / "c.verso"
    _written_elsewhere(loaded, _project())
    load_project(loaded)
    _written_elsewhere(elsewhere, _project("Another text."))
    changed = _project("The minister said more.")
    for path in (loaded, elsewhere, new):
        save_project(changed, path)
        assert load_project(path) == changed


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_no_mutation_of_a_project_is_replaced_unless_it_opens(tmp_path: Path, data: st.DataObject) -> None:
    good = bytearray(project_bytes(_project()))
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(good) - 1))
        good[at] = data.draw(st.sampled_from(b'{}[]",:0123456789-etaxyz \\'))
    path = tmp_path / "fuzzed.verso"
    path.write_bytes(bytes(good))
    try:
        load_project(path)
    except ProjectError:
        with pytest.raises(ProjectSaveError):
            save_project(_project(), path)
        assert path.read_bytes() == bytes(good)
    else:
        save_project(_project(), path)


def test_a_read_only_project_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "locked.verso"
    save_project(_project(), path)
    before = path.read_bytes()
    path.chmod(0o444)
    for replace_foreign in (False, True):
        with pytest.raises(ProjectSaveError, match="read-only"):
            save_project(_project("Changed."), path, replace_foreign=replace_foreign)
    assert path.read_bytes() == before


# ---- 12. writers replace only regular files ---------------------------------------------------------

@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_writer_does_not_replace_a_pipe_or_a_folder(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "report.html"
    if kind == "pipe":
        os.mkfifo(target)
    else:
        target.mkdir()
    with pytest.raises(ProjectSaveError, match="Not written"):
        atomic_write(target, b"<html></html>")
    assert target.is_fifo() if kind == "pipe" else target.is_dir()
    assert not list(tmp_path.glob(f"*{TEMP_SUFFIX}"))


def test_verso_report_does_not_replace_a_pipe(tmp_path: Path) -> None:
    project = tmp_path / "review.verso"
    save_project(_project(), project)
    pipe = tmp_path / "out.html"
    os.mkfifo(pipe)
    done = subprocess.run([sys.executable, "-m", "app", "report", str(project), "-o", str(pipe)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 2 and "not a regular file" in done.stderr
    assert pipe.is_fifo()


def test_a_failed_save_of_a_new_file_does_not_claim_a_previous_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    existing = tmp_path / "old.verso"
    save_project(_project(), existing)

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ProjectSaveError) as new_file:
        save_project(_project(), tmp_path / "new.verso")
    assert "intact" not in str(new_file.value)
    with pytest.raises(ProjectSaveError, match="the previous version is intact"):
        save_project(_project("Changed."), existing)


# ---- 13. temp files of killed saves, recovery ---------------------------------------------------------

def test_the_next_save_removes_temp_files_of_killed_saves(tmp_path: Path) -> None:
    path = tmp_path / "review.verso"
    save_project(_project(), path)
    killed = [tmp_path / f".review.verso.k{i}{TEMP_SUFFIX}" for i in range(14)]
    for temp in killed:
        temp.write_bytes(b"half a project" * 1000)
    live = tmp_path / f".review.verso.live{TEMP_SUFFIX}"
    live.write_bytes(b"a save in progress")
    other = tmp_path / f".other.verso.k0{TEMP_SUFFIX}"
    other.write_bytes(b"another project's")
    with open(live, "rb") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)  # as a running save holds its temp file
        save_project(_project("Changed."), path)
        assert stale_temp_files(path) == [live]
    assert other.exists()  # another project's temp files wait for that project's save
    assert load_project(path) == _project("Changed.")


def test_recovery_lists_files_only(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / f"pipe{RECOVERY_SUFFIX}")
    (tmp_path / f"folder{RECOVERY_SUFFIX}").mkdir()
    (tmp_path / f"link{RECOVERY_SUFFIX}").symlink_to("/dev/zero")
    (tmp_path / f"junk{RECOVERY_SUFFIX}").write_bytes(b"not a project")
    entries = list_recoveries(tmp_path)
    assert [e.path.name for e in entries] == [f"junk{RECOVERY_SUFFIX}"]


# ---- 1. the facts check's budget ------------------------------------------------------------------------

def test_a_page_of_quotations_is_refused_by_the_facts_check_in_one_line(tmp_path: Path) -> None:
    from app.facts import check_facts
    from app.facts.budget import MAX_CANDIDATES, TooManyFacts

    text = "Start. " + '"a" ' * (MAX_CANDIDATES // 2 + 1)
    with pytest.raises(TooManyFacts, match="too many quotation marks") as refused:
        check_facts(compare_texts(text, "A short copy."))
    assert "\n" not in str(refused.value)
    path = tmp_path / "quotes.verso"
    save_project(Project(Document.from_text(text, "quotes.txt"), Document.from_text("A short copy.", "c.txt")),
                 path)
    done = subprocess.run([sys.executable, "-m", "app", "report", str(path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, check=False)
    assert done.returncode == 0 and "<html" in done.stdout  # the report, without its facts section
    assert done.stderr.count("\n") == 1 and "no facts section" in done.stderr


def compare_texts(left: str, right: str) -> Comparison:
    from app.engine.compare import compare

    return compare(left, right)
