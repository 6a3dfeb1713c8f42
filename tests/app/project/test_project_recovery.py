"""Autosave to a recovery file; after a crash the next start finds and restores it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from app.project import (
    Project,
    Verdict,
    discard_recovery,
    list_recoveries,
    load_recovery,
    new_session_id,
    write_recovery,
)
from app.project.recovery import recovery_path

ROOT = Path(__file__).resolve().parents[3]

_CRASHING_SESSION = textwrap.dedent("""
    import os, sys
    from app.documents.model import Document
    from app.project import Project, write_recovery
    left = Document.from_text("The minister said on Monday that talks would resume.", "a.txt")
    right = Document.from_text("The minister said talks would resume on Tuesday.", "b.txt")
    p = Project(left, right)
    at = right.text.index("Tuesday")
    a, _ = p.annotations.with_highlight(right.text, "right", at, at + 7, "Monday or Tuesday?")
    write_recovery(p.with_annotations(a), sys.argv[1], "crashed1", project_path="/news/x.verso")
    os._exit(9)  # crash: no clean shutdown, recovery file left behind
""")


def test_recovery_after_a_simulated_crash(tmp_path: Path) -> None:
    recovery = tmp_path / "recovery"
    result = subprocess.run([sys.executable, "-c", _CRASHING_SESSION, str(recovery)],
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, check=False)
    assert result.returncode == 9
    entries = list_recoveries(recovery)
    assert [e.session for e in entries] == ["crashed1"]
    entry = entries[0]
    assert entry.project_path == "/news/x.verso" and entry.title == "a.txt ↔ b.txt"
    project = load_recovery(entry)
    (highlight,) = project.annotations.highlights
    assert project.right.text[slice(*highlight.span)] == "Tuesday"
    assert highlight.note == "Monday or Tuesday?"
    discard_recovery(recovery, entry.session)
    assert list_recoveries(recovery) == []


def test_live_sessions_are_not_offered(annotated: Project, tmp_path: Path) -> None:
    session = new_session_id()
    write_recovery(annotated, tmp_path, session)
    assert list_recoveries(tmp_path) == []  # our own pid: still running
    assert [e.session for e in list_recoveries(tmp_path, include_live=True)] == [session]


def test_autosave_replaces_and_recovers_latest_state(annotated: Project, tmp_path: Path) -> None:
    session = new_session_id()
    write_recovery(annotated, tmp_path, session)
    c_first = annotated.annotations.reviews[0].difference_id
    assert c_first is not None
    later = annotated.with_view_state({"current": 3})
    path = write_recovery(later, tmp_path, session)
    assert len(list(tmp_path.iterdir())) == 1
    assert load_recovery(path) == later
    assert load_recovery(path).annotations.verdict_of(c_first) is Verdict.ERROR


def test_damaged_recovery_file_is_listed_for_discarding(tmp_path: Path) -> None:
    bad = recovery_path(tmp_path, "broken")
    bad.write_text("{ not json", "utf-8")
    entries = list_recoveries(tmp_path)
    assert [e.title for e in entries] == ["broken.verso-recovery (damaged)"]
    discard_recovery(tmp_path, "broken")
    assert not bad.exists()


def test_recovery_file_of_a_dead_process(annotated: Project, tmp_path: Path) -> None:
    path = write_recovery(annotated, tmp_path, "s1")
    data = json.loads(path.read_text("utf-8"))
    data["recovery"]["pid"] = 2**22 + 12345  # above Linux's pid_max: never alive
    path.write_text(json.dumps(data), "utf-8")
    assert [e.session for e in list_recoveries(tmp_path)] == ["s1"]


def test_missing_recovery_dir_lists_nothing(tmp_path: Path) -> None:
    assert list_recoveries(tmp_path / "none") == []
    discard_recovery(tmp_path / "none", "abc")  # no error


def test_stale_temp_files_of_killed_autosaves_are_cleaned(annotated: Project,
                                                          tmp_path: Path) -> None:
    import fcntl
    import time

    stale = tmp_path / ".s1.verso-recovery.abc123.verso-tmp"
    fresh = tmp_path / ".s2.verso-recovery.def456.verso-tmp"
    killed = tmp_path / ".s3.verso-recovery.ghi789.verso-tmp"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    killed.write_bytes(b"half")  # killed a moment ago: nobody holds it
    old = time.time() - 7200
    os.utime(stale, (old, old))
    with open(fresh, "rb") as running:  # a running autosave holds its temp file locked
        fcntl.flock(running.fileno(), fcntl.LOCK_EX)
        assert list_recoveries(tmp_path) == []
        assert not stale.exists() and not killed.exists()
        assert fresh.exists()  # a running autosave's file is left alone
