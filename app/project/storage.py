"""Reading and writing ``.verso`` files safely.

Saving is atomic: the bytes go to a temporary file in the same folder,
which is flushed and fsynced, then renamed over the target with
``os.replace`` and the folder is fsynced. A crash, a full disk or an
exception at any point leaves the previous file byte-identical; the
temporary file is removed on any error we can catch (a killed process may
leave one behind, named ``.NAME.*.verso-tmp``; :func:`stale_temp_files`
lists them).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from app.project.codec import (
    project_from_dict,
    project_to_dict,
    scrub_surrogates,
)
from app.project.errors import ProjectError, ProjectSaveError
from app.project.jsonguard import MAX_PROJECT_BYTES, parse_json_bytes
from app.project.model import Project

TEMP_SUFFIX = ".verso-tmp"
_CHUNK = 1 << 20
_YOUNG_SECONDS = 10.0  # an empty temp file younger than this may be a save just begun

try:
    import fcntl as _fcntl
except ImportError:  # Windows
    _fcntl = None  # type: ignore[assignment]


def load_project(path: str | os.PathLike[str]) -> Project:
    """Open a ``.verso`` file, migrating older versions; raises ProjectError with one line."""
    label = Path(path).name or os.fspath(path)
    before = _signature(path)
    project = project_from_dict(parse_json_bytes(read_limited(path, label), label), label)
    if before is not None and before == _signature(path):
        _loadable[_key(path)] = before  # a plain Save may replace it without reading it again
    return project


def read_limited(path: str | os.PathLike[str], label: str,
                 limit: int = MAX_PROJECT_BYTES) -> bytes:
    """The bytes of a file, refusing folders, special files and files over ``limit``."""
    try:
        # stat first: opening a FIFO would block, a device would never end.
        if not stat.S_ISREG(os.stat(path).st_mode) and not os.path.isdir(path):
            raise ProjectError(f"{label} is not a regular file")
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ProjectError(f"{label} is not a regular file")
            if info.st_size > limit:
                raise ProjectError(f"{label} is too large for a Verso project "
                                   f"({info.st_size // (1024 * 1024)} MB)")
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise ProjectError(f"{label} does not exist") from None
    except IsADirectoryError:
        raise ProjectError(f"{label} is a folder, not a project file") from None
    except PermissionError:
        raise ProjectError(f"{label} cannot be opened: permission denied") from None
    except OSError as error:
        raise ProjectError(f"{label} cannot be read ({error.strerror or error})") from None


def project_bytes(project: Project, saved_at: datetime | None = None,
                  extra: dict[str, Any] | None = None) -> bytes:
    """The bytes of the project file (UTF-8 JSON, one key per line at the top level)."""
    data = project_to_dict(project, saved_at)
    if extra:
        data.update(extra)
    try:
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in a note or name (texts are scrubbed)
        return json.dumps(scrub_surrogates(data), ensure_ascii=False, indent=1).encode("utf-8")


def save_project(project: Project, path: str | os.PathLike[str], *,
                 replace_foreign: bool = False, saved_at: datetime | None = None) -> None:
    """Save atomically to ``path``; raises ProjectSaveError (old file untouched) on failure.

    An existing file at ``path`` is replaced only if it is a Verso project this
    version can read, unless ``replace_foreign`` is True (Save As, after the
    user confirmed replacing that file). So a file that failed to open, or one
    written meanwhile by a newer Verso, is never overwritten by a plain Save.
    """
    label = Path(path).name
    _refuse_read_only(path, label)
    if not replace_foreign:
        _refuse_foreign(path, label)
    remove_stale_temp_files(path)
    atomic_write(path, project_bytes(project, saved_at))
    signature = _signature(path)
    if signature is not None:
        _loadable[_key(path)] = signature


# Files known to be Verso projects this version reads: loaded or saved by this process, and
# unchanged since (device, inode, size, modification time). Any other file at a save's path
# is read in full first, as Open would, and left alone if that fails.
_loadable: dict[str, tuple[int, int, int, int]] = {}


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(path)


def _signature(path: str | os.PathLike[str]) -> tuple[int, int, int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _refuse_foreign(path: str | os.PathLike[str], label: str) -> None:
    """Refuse to replace a file that is not a project this Verso can open (damaged, newer, other)."""
    if not os.path.lexists(path):
        return
    signature = _signature(path)
    if signature is not None and _loadable.get(_key(path)) == signature:
        return
    try:
        project_from_dict(parse_json_bytes(read_limited(path, label), label), label)
    except ProjectError as error:
        raise ProjectSaveError(f"Not saved: {error}; it is left untouched. "
                               f"Use Save As to choose another name.") from None


def _refuse_read_only(path: str | os.PathLike[str], label: str) -> None:
    """A file without write permission is not replaced (renaming over it would succeed)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return
    if stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ProjectSaveError(f"Not saved: {label} is read-only; it is left untouched. "
                               f"Use Save As to choose another name.")


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file, fsync, replace, fsync folder).

    On any error the previous file is unchanged, the temp file is removed and
    ProjectSaveError is raised with a one-line reason.
    """
    target = Path(path)
    label = target.name
    if target.is_symlink():
        # Replace the file the link points to, not the link (which would become a copy).
        target = target.resolve()
    try:
        existed = not _refuse_special(target, label)
    except ValueError as error:  # a NUL in the path
        raise ProjectSaveError(f"Could not save {label}: {error}") from None
    folder = target.parent if str(target.parent) else Path(".")
    mode = _mode_for(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{label}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise ProjectSaveError(f"Could not save {label}: {_reason(error)}") from error
    closed = False
    try:
        try:
            _lock(fd)  # held until the temp file is renamed: a live save's file is not stale
            view = memoryview(data)
            while view:
                written = os.write(fd, view[:_CHUNK])
                view = view[written:]
            os.fsync(fd)
            if mode is not None and hasattr(os, "fchmod"):  # not on Windows before 3.13
                os.fchmod(fd, mode)
        finally:
            if _fcntl is None:  # Windows cannot rename a file that is open
                os.close(fd)
                closed = True
        os.replace(tmp_name, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(error, OSError):
            intact = " (the previous version is intact)" if existed else ""
            raise ProjectSaveError(f"Could not save {label}: {_reason(error)}{intact}") from error
        raise
    finally:
        if not closed:
            os.close(fd)
    _fsync_folder(folder)


def _refuse_special(target: Path, label: str) -> bool:
    """True if nothing is at ``target``; raises ProjectSaveError if it is not a regular file.

    Renaming over a pipe, a device or a socket would put a regular file in
    its place (``verso report -o /dev/stdout`` replaced the device node).
    """
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return True
    except OSError:
        return False  # let the write say what is wrong
    if stat.S_ISDIR(info.st_mode):
        raise ProjectSaveError(f"Not written: {label} is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise ProjectSaveError(f"Not written: {label} is not a regular file (a pipe, a device or a "
                               f"socket); it is left as it is")
    return False


def _lock(fd: int) -> None:
    if _fcntl is not None:
        with contextlib.suppress(OSError):
            _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)


def remove_stale_temp_files(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temp files that killed saves of ``path`` left; returns those removed.

    A live save holds a lock on its temp file until the rename (POSIX); a
    file nobody locks, with bytes in it, is a killed save's. An empty one
    may be a save that has only just begun: it is left while it is young.
    Without file locks (Windows), a temp file counts as stale after an hour.
    """
    removed = []
    for candidate in stale_temp_files(path):
        with contextlib.suppress(OSError):
            if is_stale_temp_file(candidate):
                candidate.unlink()
                removed.append(candidate)
    return removed


def is_stale_temp_file(candidate: Path) -> bool:
    """Whether ``candidate`` (a temp file of atomic_write) was left by a save that died."""
    info = os.lstat(candidate)
    if not stat.S_ISREG(info.st_mode):
        return False
    age = time.time() - info.st_mtime
    if _fcntl is None:
        return age > 3600
    if info.st_size == 0 and age < _YOUNG_SECONDS:
        return False
    return _unlocked(candidate)


def _unlocked(candidate: Path) -> bool:
    """Whether no process holds the lock on ``candidate`` (a live save does)."""
    assert _fcntl is not None
    fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # (closing releases our lock too)
    return True


def _mode_for(target: Path) -> int | None:
    """Keep the permissions of the file being replaced; new files get the umask default."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; not possible on every platform, so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(error: OSError) -> str:
    import errno

    reasons = {errno.ENOSPC: "the disk is full", errno.EACCES: "permission denied",
               errno.EPERM: "permission denied", errno.EROFS: "the disk is read-only",
               errno.ENOENT: "the folder does not exist", errno.EDQUOT: "over disk quota"}
    return reasons.get(error.errno or 0, error.strerror or str(error) or type(error).__name__)


def stale_temp_files(path: str | os.PathLike[str]) -> list[Path]:
    """Temporary files left next to ``path`` by a save that was killed."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    return sorted(folder.glob(f".{target.name}.*{TEMP_SUFFIX}"))
