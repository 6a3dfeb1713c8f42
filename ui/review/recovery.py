"""Where crash-recovery files live, and the start-up offer to recover them.

The folder is ``QStandardPaths.AppDataLocation/recovery``; the environment
variable ``VERSO_RECOVERY_DIR`` replaces it (tests point it at a temporary
folder so nothing is written to the real home). The files themselves are
written and read by ``app.project.recovery``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QStandardPaths

if TYPE_CHECKING:  # pragma: no cover
    from app.project import RecoveryEntry

AUTOSAVE_MS = 60_000  # a recovery file is written this often while there is unsaved work
OFFERED_PROPERTY = "versoRecoveryOffered"  # the application keeps the sessions it offered (every window)


def recovery_dir() -> Path:
    """The folder of recovery files (created when the first one is written)."""
    override = os.environ.get("VERSO_RECOVERY_DIR")
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".verso") / "recovery"


def pending_recoveries(folder: Path | None = None) -> list[RecoveryEntry]:
    """Recovery files of crashed sessions not yet offered in this process, newest first."""
    try:
        from app.project import list_recoveries  # (recovery files: not needed to start)

        entries = list_recoveries(folder or recovery_dir())
    except OSError:
        return []
    offered = _offered()
    return [e for e in entries if e.session not in offered]


def _offered() -> list[str]:
    app = QCoreApplication.instance()
    value = app.property(OFFERED_PROPERTY) if app is not None else None
    return [str(v) for v in value] if isinstance(value, list) else []


def mark_offered(entry: RecoveryEntry) -> None:
    """Remember that this recovery entry was offered (not offered again while the application runs,
    in this window or another)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(OFFERED_PROPERTY, [*_offered(), entry.session])


def describe(entry: RecoveryEntry) -> str:
    """One line for the banner offering to recover ``entry``."""
    when = (QLocale().toString(QDateTime.fromSecsSinceEpoch(int(entry.written_at.timestamp())),
                               QLocale.FormatType.ShortFormat) if entry.written_at else "")
    where = (Path(entry.project_path).name if entry.project_path
             else QCoreApplication.translate("Recovery", "never saved"))
    if when:
        return QCoreApplication.translate(
            "Recovery", "Verso closed without saving your review of {title} ({where}); last autosaved {when}.").format(
            title=entry.title, where=where, when=when)
    return QCoreApplication.translate(
        "Recovery", "Verso closed without saving your review of {title} ({where}).").format(
        title=entry.title, where=where)
