"""The window's review: the open project, its annotations and undo history, saving,
recovery and reports.

One :class:`ReviewController` per window (``window.review``). It owns the
state the core keeps immutable (``Project``, ``History[Annotations]``) and
replaces it on every change; the panes, the list and the editor are painted
from it. The window calls it at four points: before new texts are submitted
(``accept_sources``), when a comparison arrives (``comparison_arrived``), when
it filters the list (``filter_order``) and when it closes (``may_close``).

Rules kept here:

- a new comparison re-anchors the annotations on it (``Project.recompared``);
  what cannot be placed is listed, never dropped;
- loading texts that replace *both* sides starts a new project (asking first
  if there is unsaved work); replacing one side keeps the annotations, which
  follow their text into the new version;
- a file that failed to open is never saved over (no save path is kept).

Its jobs are objects of their own, built here with their collaborators (this
controller as ``ui.review.core.ReviewCore``, and the window): ``file``, the project
file (open, save, autosave, recovery, files changed on disk:
``ui.review.project_file``); ``annotating``, verdicts, notes and highlights with
undo (``ui.review.annotating``); ``exporting``, reports (``ui.review.exporting``).
Its dialogs are ``ui.dialogs.review_dialogs``. The window lays out the banner
it speaks through; the differences panel places its widgets (``attach``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app import Comparison, Document
from app.project import (
    PROJECT_SUFFIX,
    VERDICT_ORDER,
    Annotations,
    Highlight,
    History,
    Project,
    Verdict,
)
from app.vocabulary import Side
from ui.palette import kind_label
from ui.panels.annotations import attach
from ui.panels.differences import position_text
from ui.panels.note_editor import NoteEditor
from ui.panes.annotation_painting import Mark
from ui.review import marks, placing, recovery
from ui.review.annotating import Annotating
from ui.review.core import Target
from ui.review.exporting import Exporting
from ui.review.fact_reviewing import FactReviewing
from ui.review.placing import Placed
from ui.review.project_file import ProjectFile
from ui.review.state import ViewSide
from ui.review.verdicts import VERDICT_ACTIONS

if TYPE_CHECKING:
    from ui.shell.banner import Banner
    from ui.shell.host import ReaderWindow

RECOVERY_OFFER_MS = 300  # after start, when recovery files are looked for and offered


class ReviewController(QObject):
    """Project, annotations, history, saving, recovery and reports of one window."""

    annotations_changed = Signal()  # after any change: an edit, undo, a project opened, a re-compare

    def __init__(self, window: ReaderWindow, banner: Banner) -> None:
        super().__init__(window.state)
        self.window = window
        self.state = window.state  # what the window shows (ui/review/state.py)
        self.project: Project | None = None
        self.path: str | None = None
        self.history: History[Annotations] = History(Annotations())
        self.base_dirty = False  # texts or options changed since the save, or work recovered
        self.target: Target | None = None
        self._last_current: int | None = None
        self._counted: tuple[Any, ...] | None = None  # what the verdict chips counted (_update_verdict_counts)
        self.submitting = False  # the review submits a project's texts: no questions asked
        self.reset_pending = False  # a new review starts when the new texts arrive
        self.pending_view: dict[str, Any] | None = None  # a project's view state, for its comparison
        self.runner = window.runner  # the window's one runner (ui/jobs/runner.py)
        self.banner = banner  # laid out by the window, under its message bar
        self.editor = NoteEditor()
        self.verdict_filter, self.unplaced = attach(window.panel, self, self.editor)
        self.autosave = QTimer(self)
        self.autosave.setInterval(recovery.AUTOSAVE_MS)
        # The review's jobs, each an object with its collaborators.
        self.file = ProjectFile(self, window, self)
        self.annotating = Annotating(self, window, self)
        self.exporting = Exporting(self, self.file, window, self)
        self.facts = FactReviewing(self, window, self)  # verdicts and notes on facts (the Facts tab)
        self.editor.verdict_chosen.connect(self.annotating.set_verdict)
        self.editor.note_edited.connect(self.annotating.note_edited)
        self.editor.remove_requested.connect(self.annotating.remove_highlight)
        self.verdict_filter.changed.connect(self.state.set_verdicts)
        self.state.set_verdict_lookup(
            lambda: marks.verdicts_by_id(self.annotations) if self.live() is not None else None)
        self.state.filter_changed.connect(self._update_verdict_counts)
        self.unplaced.chosen.connect(self.annotating.unplaced_chosen)
        self.unplaced.remove_requested.connect(self.annotating.remove_unplaced)
        window.panel.list.selectionModel().currentChanged.connect(lambda *_: self._sync_target())
        window.panel.difference_chosen.connect(self.difference_selected)
        for side, view in window.views.items():
            view.cursorPositionChanged.connect(lambda s=side: self._cursor_moved(s))
        self.autosave.timeout.connect(self.file.autosave_now)
        self.update_actions()
        # A moment after the window is on screen: the recovery files are looked for then.
        QTimer.singleShot(RECOVERY_OFFER_MS, self.file.offer_recovery)

    # ---- the Review menu's keys: on the current fact or the current difference ------------

    def verdict_action(self, name: str) -> None:
        """Review → Mark <verdict> (the action's name says which): the current fact's verdict while
        the Facts tab is in front with a fact selected, else the current difference's."""
        if self.facts.active():
            self.facts.set_verdict(VERDICT_ACTIONS[name])
        else:
            self.annotating.set_verdict(VERDICT_ACTIONS[name])

    def edit_note(self) -> None:
        """Review → Note (Ctrl+E): the current fact's note while the Facts tab is in front, else
        the current difference's (or highlight's)."""
        if self.facts.active():
            self.facts.edit_note()
        else:
            self.annotating.edit_note()

    # ---- the jobs' calls that tests and the window make on the review ---------------------

    def open_project(self, path: str) -> bool:
        """Open a .verso file (``file.open_project``)."""
        return self.file.open_project(path)

    def save(self) -> bool:
        """Save the project (``file.save``)."""
        return self.file.save()

    def autosave_now(self) -> None:
        """Write the recovery file now if there is unsaved work (``file.autosave_now``)."""
        self.file.autosave_now()

    @property
    def session(self) -> str:
        """The id naming this project's recovery file (``file.session``)."""
        return self.file.session

    # ---- state ----------------------------------------------------------------------

    @property
    def annotations(self) -> Annotations:
        """The annotations now (the undo history's present)."""
        return self.history.present

    @property
    def dirty(self) -> bool:
        """Unsaved work worth a prompt: annotations, or changes to a saved project."""
        if self.project is None:
            return False
        a = self.annotations
        worth = self.path is not None or bool(a.reviews or a.highlights or a.fact_reviews)
        return worth and (self.history.dirty or self.base_dirty)

    @property
    def placed_annotations(self) -> Annotations | None:
        """The annotations, if they are placed on the window's comparison (else None)."""
        return self.annotations if self.live() is not None else None

    def live(self) -> Comparison | None:
        """The window's comparison if the annotations are placed on it, else None."""
        c = self.state.comparison
        p = self.project
        if c is None or p is None:
            return None
        if (c.left is p.left or c.left.text == p.left.text) and \
                (c.right is p.right or c.right.text == p.right.text):
            return c
        return None

    def current_project(self) -> Project | None:
        """The project as it would be saved now (annotations and view state)."""
        if self.project is None:
            return None
        view = dict(self.project.view_state)
        view["current_difference"] = self.state.current_id
        view["kinds"] = sorted(self.state.kinds)
        view["verdicts"] = [v.value for v in VERDICT_ORDER if v in self.state.verdicts]
        scan = self.window.scan_panel.saved_state()  # the Copies list (ui/panels/scan.py)
        if scan is not None:
            view["scan"] = scan
        return self.project.with_annotations(self.annotations).with_view_state(view)

    def title_prefix(self) -> str:
        """The project file's name for the window title ("x.verso — "), or ""."""
        return f"{Path(self.path).name} — " if self.path else ""

    # ---- what the panes and the list ask --------------------------------------------------

    def verdict_of(self, diff_id: int) -> Verdict:
        """A difference's verdict (unreviewed when the annotations are not placed on this comparison)."""
        return self.annotations.verdict_of(diff_id) if self.live() else Verdict.UNREVIEWED

    def note_of(self, diff_id: int) -> str:
        """A difference's note ("" when the annotations are not placed on this comparison)."""
        return self.annotations.note_of(diff_id) if self.live() else ""

    def highlights_on(self, side: ViewSide, start: int, end: int) -> list[Highlight]:
        """The highlights with text on ``side`` in [start, end) (none in the redline)."""
        return marks.highlights_on(self.annotations, side, start, end) if self.live() else []

    def marks_on(self, side: ViewSide, start: int, end: int) -> list[Mark]:
        """Reviewed differences and highlights with text on ``side`` in [start, end)."""
        comparison = self.live()
        return marks.marks_on(self.annotations, comparison, self.state, side, start, end) if comparison else []

    def _update_verdict_counts(self) -> None:
        """The verdict chips' counts, of the differences the window lists: counted again only
        when the annotations, the comparison or the differences shown are others (``is``). An
        arrival asks twice (the annotations placed, then the order made): thousands of
        differences in a long text, counted once."""
        comparison = self.live()
        key = (self.annotations, comparison, self.state.shown_differences() if comparison else None)
        if self._counted is not None and all(a is b for a, b in zip(key, self._counted, strict=True)):
            return
        self._counted = key
        self.verdict_filter.set_counts(marks.verdict_counts(self.annotations, comparison, self.state))

    # ---- hooks the window calls ------------------------------------------------------------

    def accept_sources(self, left: Any, right: Any) -> bool:
        """Before the window compares new sources: open .verso paths as projects, and
        ask before leaving unsaved work. False: the window submits nothing."""
        if self.submitting:
            return True
        for source in (left, right):
            if isinstance(source, str) and source.lower().endswith(PROJECT_SUFFIX):
                QTimer.singleShot(0, lambda s=source: self.open_project(s))
                return False
        if self.project is None or self.reset_pending:
            return True
        if self._same_source(left, "left") or self._same_source(right, "right"):
            return True  # one text kept: the annotations follow into the new version
        if self.dirty and not self.resolve_unsaved():
            return False
        # Not now: if a new text cannot be read, the texts on screen stay, and so does
        # their review (verdicts and notes, still unsaved; closing asks again).
        self.reset_pending = True
        return True

    def sources_failed(self) -> None:
        """The window could not read or compare the new texts: keep the current review."""
        self.reset_pending = False

    def _same_source(self, source: Any, side: Side) -> bool:
        assert self.project is not None
        doc = self.project.document(side)
        if isinstance(source, Document):
            return source is doc or source.text == doc.text
        if isinstance(source, str) and doc.path:
            with contextlib.suppress(OSError):
                return Path(source).resolve() == Path(doc.path).resolve()
        return False

    def placement(self) -> Callable[[Comparison], Placed] | None:
        """What a compare request runs in its thread to place the annotations (``ui.review.placing``)."""
        return None if self.reset_pending else placing.placement(self.project, self.annotations, self.window.options)

    def comparison_arrived(self, file_sha256: Mapping[Side, str | None] | None = None,
                           placed: Placed | None = None) -> None:
        """A comparison is shown: place the annotations on it (a new project if none).
        ``file_sha256``: each side's file digest as the compare job read it (else a new
        project reads the files again, on the GUI thread); ``placed``: the annotations
        placed by the compare job (taken if made from these annotations)."""
        window = self.window
        comparison = self.state.comparison
        if comparison is None:
            return
        if self.reset_pending:  # new texts on both sides: a new review (accept_sources)
            self.reset_pending = False
            self._reset()
        if self.project is None:
            digests: dict[str, Any] = {} if file_sha256 is None else {
                f"{side}_file_sha256": file_sha256[side] for side in ("left", "right") if side in file_sha256}
            self.project = Project.create(comparison.left, comparison.right, window.options, **digests)
            self.history = History(Annotations())
            self.base_dirty = False
        else:
            old = self.project
            same_texts = (comparison.left.text == old.left.text
                          and comparison.right.text == old.right.text)
            was_dirty = self.dirty
            new, report = placing.recompared(placed, old, self.annotations, window.options, comparison)
            self.project = new
            if new.annotations != self.annotations:
                # Undo steps name the old difference ids: start the history here.
                self.history = History(new.annotations)
                self.base_dirty = self.base_dirty or was_dirty
            if not same_texts or window.options != old.options:
                self.base_dirty = True
            if report.lost:
                self.banner.show_banner(self.tr(
                    "%n annotation(s) could not be placed in the new texts; they are kept and listed under "
                    "the differences.", "", len(report.lost)), level="error")
        if self.pending_view is not None:
            current = self.pending_view.get("current_difference")
            if isinstance(current, int) and comparison.difference(current) is not None:
                self.state.set_current(current)
            self.pending_view = None
        self.refresh_annotations(refresh_list=False)

    def may_close(self) -> bool:
        """Called by closeEvent: ask about unsaved work; clean up the recovery file."""
        if self.dirty and not self.resolve_unsaved():
            return False
        self.autosave.stop()
        self.file.discard_own_recovery()
        self.runner.wait(3000)
        return True

    def resolve_unsaved(self) -> bool:
        """Ask about unsaved work (Save / Discard / Cancel); True if it may be left."""
        c = self.state.comparison
        title = (f"“{Path(self.path).name}”" if self.path else
                 f"“{c.left.name} ↔ {c.right.name}”" if c else self.tr("these texts"))
        from ui.dialogs import review_dialogs  # (when needed: it brings QMessageBox)

        answer = review_dialogs.ask_save_changes(self.window, title)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _reset(self) -> None:
        self.file.new_session()  # a new project: a new recovery file
        self.project = None
        self.path = None
        self.history = History(Annotations())
        self.base_dirty = False
        self.target = None
        self.banner.hide()
        self.refresh_annotations(refresh_list=False)

    # ---- targets: what the editor edits -------------------------------------------------------

    def select_target(self, target: Target, origin: ViewSide | None = None) -> None:
        """Make a difference or highlight the one being edited (margin clicks)."""
        if target[0] == "difference":
            self.target = target
            self.window.select_difference(int(target[1]), origin=origin)
        else:
            self.target = target
            highlight = self.annotations.highlight(target[1])
            view = self.window.views.get(highlight.side) if highlight else None
            if view is not None and highlight is not None and origin != highlight.side:
                view.scroll_offset_to(highlight.span[0], view.viewport().height() * 0.3)
        self.show_target()
        self._repaint()

    def difference_selected(self, diff_id: int) -> None:
        """The window made a difference current: the editor edits it."""
        was_highlight = self.target is not None and self.target[0] == "highlight"
        self.target = ("difference", diff_id)
        self._last_current = diff_id
        self.show_target()
        # The text shows a target only when it is a highlight (drawn stronger): repaint it
        # when one stops being the target; the margins' badges always follow.
        self._repaint(text=was_highlight)

    def _sync_target(self) -> None:
        current = self.state.current_id
        if current != self._last_current:
            self._last_current = current
            if current is not None:
                self.target = ("difference", current)
            elif self.target is not None and self.target[0] == "difference":
                self.target = None
            self.show_target()
            self._repaint()

    def _cursor_moved(self, side: Side) -> None:
        view = self.window.views[side]
        if view.textCursor().hasSelection() or self.live() is None:
            return
        offset = view.omap.to_py(view.textCursor().position())
        hits = [h for h in self.annotations.highlights_in(side, offset, offset)
                if h.span[0] <= offset < h.span[1]]
        if hits and self.target != ("highlight", hits[0].id):
            self.target = ("highlight", hits[0].id)
            self.show_target()
            self._repaint()

    def show_target(self) -> None:
        """The note editor shows what it edits: the target, else the current difference."""
        comparison = self.live()
        target = self.target
        editor = self.editor
        if comparison is None:
            editor.show_nothing(self.tr("Open an original and a copy to review the differences.")
                                if self.state.comparison is None else
                                self.tr("Select a difference to give it a verdict and a note."))
            return
        if target is not None and target[0] == "highlight":
            highlight = self.annotations.highlight(target[1])
            if highlight is not None and highlight.placed:
                quote = " ".join(highlight.anchor.quote.exact.split())
                quote = quote if len(quote) <= 70 else quote[:69] + "…"
                head = (self.tr("Highlight in the original: “{quote}”") if highlight.side == "left"
                        else self.tr("Highlight in the copy: “{quote}”"))
                editor.show_target(head.format(quote=quote), None, highlight.note, highlight=True)
                return
            self.target = target = None
        if target is None and self.state.current_id is not None:
            self.target = target = ("difference", self.state.current_id)
        diff = comparison.difference(target[1]) if target is not None else None
        if diff is None:
            editor.show_nothing()
            return
        derived = self.state.derived  # its paragraph numbers: no pass over both texts a step
        numbers = derived.paragraphs if derived is not None and derived.comparison is comparison else None
        editor.show_target(f"{kind_label(diff.kind)} · {position_text(comparison, diff, numbers)}",
                           self.annotations.verdict_of(diff.id),
                           self.annotations.note_of(diff.id))

    # ---- refreshing ------------------------------------------------------------------------------

    def record(self, annotations: Annotations, label: str, merge_key: Any = None) -> None:
        """Make ``annotations`` the present, as an undo step named ``label``."""
        self.history = self.history.record(annotations, label, merge_key)
        self.refresh_annotations()

    def refresh_annotations(self, refresh_list: bool = True) -> None:
        """The annotations changed: the list, counts, editor, actions and marks follow."""
        window = self.window
        if refresh_list:
            self.state.verdicts_changed()  # a new order if verdicts are filtered
        window.panel.list.viewport().update()
        self._update_verdict_counts()
        self.unplaced.show_items(self.annotations.unplaced() if self.project else ())
        self.show_target()
        self.update_actions()
        self._repaint()
        self.annotations_changed.emit()

    def _repaint(self, text: bool = True) -> None:
        for view in self.window.views.values():
            if text:
                view.viewport().update()
            notes = getattr(view, "notes", None)
            if notes is not None:
                notes.update()

    def update_actions(self) -> None:
        """Undo/Redo texts, the title's unsaved mark and autosave, from the history."""
        window = self.window
        actions = getattr(window, "actions_by_name", {})
        undo, redo = actions.get("undo"), actions.get("redo")
        if undo is not None:
            undo.setEnabled(self.history.can_undo)
            label = self.history.undo_label
            undo.setText(self.tr("&Undo {step}").format(step=label) if label
                         else QCoreApplication.translate("Actions", "&Undo"))
        if redo is not None:
            redo.setEnabled(self.history.can_redo)
            label = self.history.redo_label
            redo.setText(self.tr("&Redo {step}").format(step=label) if label
                         else QCoreApplication.translate("Actions", "&Redo"))
        dirty = self.dirty
        window.update_title()
        if "[*]" in window.windowTitle():
            window.setWindowModified(dirty)
        if dirty and not self.autosave.isActive():
            self.autosave.start()
        elif not dirty and self.autosave.isActive():
            self.autosave.stop()
            self.file.discard_own_recovery()

