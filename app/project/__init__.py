"""Project files (``.verso``), annotations, undo history, re-anchoring and recovery.

Plain Python, never imports Qt. The window drives it through these names:

- open / save: :func:`load_project`, :func:`save_project`, :class:`Project`
- annotate: :class:`Annotations` (``with_verdict``, ``with_note``,
  ``with_highlight``...), :class:`Verdict`
- undo / redo: :class:`History`
- files changed on disk: :func:`check_sources`, :func:`refresh_from_disk`
- re-compare and re-anchor: :meth:`Project.recompared`, :func:`reanchor`
- crash recovery: :func:`write_recovery`, :func:`list_recoveries`,
  :func:`load_recovery`, :func:`discard_recovery`

See docs/project-format.md for the file format and the wiring.
"""

from typing import TYPE_CHECKING

from app.lazy import lazy_exports

if TYPE_CHECKING:  # the names below, imported on first use (app/lazy.py)
    from app.project.anchors import TextAnchor, TextPositionSelector, TextQuoteSelector, anchor_span
    from app.project.annotations import (
        VERDICT_ORDER,
        Annotations,
        DifferenceReview,
        Highlight,
        Verdict,
    )
    from app.project.errors import ProjectError, ProjectSaveError
    from app.project.history import History
    from app.project.migrations import CURRENT_VERSION, FORMAT_NAME, PROJECT_SUFFIX
    from app.project.model import Project, file_sha256
    from app.project.placement import Placement, locate
    from app.project.reattach import ReanchorReport, reanchor
    from app.project.recovery import (
        RecoveryEntry,
        discard_recovery,
        list_recoveries,
        load_recovery,
        new_session_id,
        write_recovery,
    )
    from app.project.sources import (
        SourceState,
        SourceStatus,
        changed_sources,
        check_sources,
        refresh_from_disk,
    )
    from app.project.storage import load_project, save_project

__getattr__ = lazy_exports(__name__, {
    "app.project.anchors": ("TextAnchor", "TextPositionSelector", "TextQuoteSelector", "anchor_span"),
    "app.project.annotations": ("VERDICT_ORDER", "Annotations", "DifferenceReview", "Highlight", "Verdict"),
    "app.project.errors": ("ProjectError", "ProjectSaveError"),
    "app.project.history": ("History",),
    "app.project.migrations": ("CURRENT_VERSION", "FORMAT_NAME", "PROJECT_SUFFIX"),
    "app.project.model": ("Project", "file_sha256"),
    "app.project.placement": ("Placement", "locate"),
    "app.project.reattach": ("ReanchorReport", "reanchor"),
    "app.project.recovery": (
        "RecoveryEntry", "discard_recovery", "list_recoveries", "load_recovery", "new_session_id",
        "write_recovery",
    ),
    "app.project.sources": ("SourceState", "SourceStatus", "changed_sources", "check_sources", "refresh_from_disk"),
    "app.project.storage": ("load_project", "save_project"),
})

__all__ = [
    "CURRENT_VERSION",
    "FORMAT_NAME",
    "PROJECT_SUFFIX",
    "VERDICT_ORDER",
    "Annotations",
    "DifferenceReview",
    "Highlight",
    "History",
    "Placement",
    "Project",
    "ProjectError",
    "ProjectSaveError",
    "ReanchorReport",
    "RecoveryEntry",
    "SourceState",
    "SourceStatus",
    "TextAnchor",
    "TextPositionSelector",
    "TextQuoteSelector",
    "Verdict",
    "anchor_span",
    "changed_sources",
    "check_sources",
    "discard_recovery",
    "file_sha256",
    "list_recoveries",
    "load_project",
    "load_recovery",
    "locate",
    "new_session_id",
    "reanchor",
    "refresh_from_disk",
    "save_project",
    "write_recovery",
]
