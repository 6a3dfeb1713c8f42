"""What the review's jobs ask of the review controller: a Protocol, so that the project file,
annotating and exporting objects need not import ``ui.review.controller`` (which builds them).

``ReviewController`` provides it; each job gets it, and the window (``ReaderWindow``),
as its collaborators when the controller builds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtCore import QTimer, SignalInstance

    from app import Comparison
    from app.project import Annotations, History, Project
    from ui.panels.annotations import UnplacedList, VerdictFilter
    from ui.panels.note_editor import NoteEditor
    from ui.review.state import ReaderState
    from ui.shell.banner import Banner

Target = tuple[str, Any]  # ("difference", id) or ("highlight", id)


class ReviewCore(Protocol):
    """The review's state and the calls its jobs make."""

    state: ReaderState
    project: Project | None
    path: str | None
    history: History[Annotations]
    base_dirty: bool  # texts or options changed since the save, or work recovered
    target: Target | None
    reset_pending: bool  # a new review starts when the new texts arrive
    pending_view: dict[str, Any] | None  # a project's view state, applied when its comparison arrives
    submitting: bool  # the review itself submits texts (a project's): no questions asked
    banner: Banner
    editor: NoteEditor
    verdict_filter: VerdictFilter
    unplaced: UnplacedList
    autosave: QTimer
    annotations_changed: SignalInstance  # after any change to the annotations

    @property
    def annotations(self) -> Annotations: ...
    @property
    def dirty(self) -> bool: ...
    def live(self) -> Comparison | None: ...
    def current_project(self) -> Project | None: ...
    def resolve_unsaved(self) -> bool: ...
    def refresh_annotations(self, refresh_list: bool = True) -> None: ...
    def record(self, annotations: Annotations, label: str, merge_key: Any = None) -> None: ...
    def show_target(self) -> None: ...
    def update_actions(self) -> None: ...
