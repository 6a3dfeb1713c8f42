"""Autosave to recovery files, and recovering after a crash.

The window calls :func:`write_recovery` (e.g. from a timer, off the GUI
thread if the texts are big) while it has unsaved changes, with a recovery
folder it owns (``QStandardPaths.AppDataLocation / "recovery"``) and a
session id that stays the same for one open project. After a clean save or
close it calls :func:`discard_recovery`. At start, :func:`list_recoveries`
returns what a crashed session left, newest first, for an "Recover unsaved
work?" prompt; :func:`load_recovery` opens one.

A recovery file is an ordinary project file (atomic write, same format) with
an extra top-level ``"recovery"`` object: the project's own path (if it had
one), when it was written, and the writer's process id (so a second Verso
running meanwhile does not offer another live window's work).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.project.errors import ProjectError
from app.project.jsonguard import parse_json_bytes
from app.project.model import Project
from app.project.storage import (
    TEMP_SUFFIX,
    atomic_write,
    is_stale_temp_file,
    load_project,
    project_bytes,
    read_limited,
)

RECOVERY_SUFFIX = ".verso-recovery"
_SESSION = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True, slots=True)
class RecoveryEntry:
    """One recovery file found at start."""

    path: Path
    session: str
    project_path: str | None   # where the project was saved, None if never saved
    written_at: datetime | None
    pid: int | None
    title: str                 # e.g. "original.txt ↔ copy.txt", for the prompt


def new_session_id() -> str:
    """A fresh id for one open project (one recovery file per session)."""
    return uuid.uuid4().hex


def recovery_path(recovery_dir: str | os.PathLike[str], session: str) -> Path:
    """Where the recovery file of ``session`` lives."""
    if not _SESSION.match(session):
        raise ValueError("a session id is letters, digits, '-' and '_' only")
    return Path(recovery_dir) / f"{session}{RECOVERY_SUFFIX}"


def write_recovery(project: Project, recovery_dir: str | os.PathLike[str], session: str,
                   project_path: str | os.PathLike[str] | None = None) -> Path:
    """Write (atomically replace) the recovery file of ``session``; returns its path.

    Creates ``recovery_dir`` if needed. Raises ProjectSaveError on failure.
    """
    Path(recovery_dir).mkdir(parents=True, exist_ok=True)
    target = recovery_path(recovery_dir, session)
    meta = {"recovery": {
        "project_path": os.fspath(project_path) if project_path else None,
        "written_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "pid": os.getpid(),
        "session": session,
    }}
    atomic_write(target, project_bytes(project, extra=meta))
    return target


def discard_recovery(recovery_dir: str | os.PathLike[str], session: str) -> None:
    """Remove the recovery file of ``session`` (after a save, or when the user declines it)."""
    with contextlib.suppress(FileNotFoundError):
        recovery_path(recovery_dir, session).unlink()


def list_recoveries(recovery_dir: str | os.PathLike[str],
                    include_live: bool = False) -> list[RecoveryEntry]:
    """Recovery files left by sessions that are no longer running, newest first.

    Unreadable recovery files are listed too (title says so), so the user can
    discard them; ``include_live`` also lists files of running processes.
    """
    folder = Path(recovery_dir)
    if not folder.is_dir():
        return []
    _remove_stale_temp_files(folder)
    entries = []
    for path in folder.glob(f"*{RECOVERY_SUFFIX}"):
        if not _regular(path):
            continue  # a folder, a pipe or a link with the name is nothing to recover
        entry = _entry(path)
        if include_live or entry.pid is None or not _alive(entry.pid):
            entries.append(entry)
    epoch = datetime.min.replace(tzinfo=UTC)
    return sorted(entries, key=lambda e: e.written_at or epoch, reverse=True)


def load_recovery(entry: RecoveryEntry | str | os.PathLike[str]) -> Project:
    """Open a recovery file as a Project (raises ProjectError if it is damaged)."""
    return load_project(entry.path if isinstance(entry, RecoveryEntry) else entry)


def _entry(path: Path) -> RecoveryEntry:
    session = path.name[: -len(RECOVERY_SUFFIX)]
    try:
        data = parse_json_bytes(read_limited(path, path.name), path.name)
        meta = data.get("recovery") if isinstance(data, dict) else None
        meta = meta if isinstance(meta, dict) else {}
        docs = data.get("documents", {}) if isinstance(data, dict) else {}
        names = [str((docs.get(side) or {}).get("name") or side)[:200]
                 for side in ("left", "right")] if isinstance(docs, dict) else ["?", "?"]
        title = f"{names[0]} ↔ {names[1]}"
    except (ProjectError, json.JSONDecodeError, AttributeError, TypeError):
        meta, title = {}, f"{path.name} (damaged)"
    written = None
    with contextlib.suppress(TypeError, ValueError):
        written = datetime.strptime(str(meta.get("written_at")),
                                    "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    if written is None:
        with contextlib.suppress(OSError):
            written = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    pid = meta.get("pid")
    project_path = meta.get("project_path")
    return RecoveryEntry(path, session,
                         project_path if isinstance(project_path, str) else None, written,
                         pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
                         title)


def _remove_stale_temp_files(folder: Path) -> None:
    """Temp files of recovery writes killed mid-way (ours alone live in this folder)."""
    for tmp in folder.glob(f".*{RECOVERY_SUFFIX}.*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if is_stale_temp_file(tmp):
                tmp.unlink()


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _alive(pid: int) -> bool:
    """Whether a process with this id runs now (ours counts as alive)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return False  # os.kill(pid, 0) would terminate the process there; offer the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
