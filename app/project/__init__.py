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
from app.project.migrations import CURRENT_VERSION, FORMAT_NAME
from app.project.model import Project, file_sha256
from app.project.reanchor import Placement, locate
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
from app.project.storage import PROJECT_SUFFIX, load_project, save_project

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
