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
from datetime import datetime
from pathlib import Path
from typing import Any

from app.project.codec import (
    check_header,
    project_from_dict,
    project_to_dict,
    scrub_surrogates,
)
from app.project.errors import ProjectError, ProjectSaveError
from app.project.jsonguard import MAX_PROJECT_BYTES, parse_json_bytes
from app.project.migrations import CURRENT_VERSION
from app.project.model import Project

TEMP_SUFFIX = ".verso-tmp"
_CHUNK = 1 << 20


def load_project(path: str | os.PathLike[str]) -> Project:
    """Open a ``.verso`` file, migrating older versions; raises ProjectError with one line."""
    label = Path(path).name or os.fspath(path)
    return project_from_dict(parse_json_bytes(read_limited(path, label), label), label)


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
    if not replace_foreign:
        _refuse_foreign(path, label)
    atomic_write(path, project_bytes(project, saved_at))


def _refuse_foreign(path: str | os.PathLike[str], label: str) -> None:
    if not os.path.lexists(path):
        return
    try:
        data = check_header(parse_json_bytes(read_limited(path, label), label), label)
        version = data.get("version")
        if isinstance(version, int) and version > CURRENT_VERSION:
            raise ProjectError(f"{label} was written by a newer Verso")
    except ProjectError as error:
        raise ProjectSaveError(f"Not saved: {error}; it is left untouched. "
                               f"Use Save As to choose another name.") from None


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
    folder = target.parent if str(target.parent) else Path(".")
    mode = _mode_for(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{label}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise ProjectSaveError(f"Could not save {label}: {_reason(error)}") from error
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view[:_CHUNK])
                view = view[written:]
            os.fsync(fd)
            if mode is not None and hasattr(os, "fchmod"):  # not on Windows before 3.13
                os.fchmod(fd, mode)
        finally:
            os.close(fd)
        os.replace(tmp_name, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(error, OSError):
            raise ProjectSaveError(f"Could not save {label}: {_reason(error)} "
                                   f"(the previous version is intact)") from error
        raise
    _fsync_folder(folder)


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
