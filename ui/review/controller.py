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

Its jobs live beside it, each in its own module: the project file (open, save,
autosave, recovery, files changed on disk: ``ui.review.project_file``),
annotating with undo (``ui.review.annotating``) and reports
(``ui.review.exporting``); its dialogs are ``ui.dialogs.review_dialogs``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

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
from ui.dialogs import review_dialogs
from ui.palette import kind_label
from ui.panels.annotations import attach
from ui.panels.differences import position_text
from ui.panels.note_editor import NoteEditor
from ui.panes.annotation_painting import Mark
from ui.review import recovery
from ui.review.annotating import Annotating
from ui.review.exporting import Exporting
from ui.review.files import _recovery
from ui.review.project_file import ProjectFile
from ui.review.verdicts import verdict_label
from ui.shell.banner import Banner

if TYPE_CHECKING:
    from ui.shell.host import ReaderWindow as MainWindow  # what the window offers its rooms

RECOVERY_OFFER_MS = 300  # after start, when recovery files are looked for and offered


Target = tuple[str, Any]  # ("difference", id) or ("highlight", id)


class ReviewController(ProjectFile, Annotating, Exporting, QObject):
    """Project, annotations, history, saving, recovery and reports of one window."""

    annotations_changed = Signal()  # after any change: an edit, undo, a project opened, a re-compare

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state  # what the window shows (ui/review/state.py)
        self.project: Project | None = None
        self.path: str | None = None
        self.history: History[Annotations] = History(Annotations())
        self.base_dirty = False  # texts or options changed since the save, or work recovered
        self._session: str | None = None  # names this project's recovery file (``session``)
        self.target: Target | None = None
        self._last_current: int | None = None
        self._submitting = False
        self._reset_pending = False  # a new review starts when the new texts arrive
        self._pending_view: dict[str, Any] | None = None
        self.runner = window.runner  # the window's one runner (ui/jobs/runner.py)
        self.banner = Banner()
        layout = window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(window.message) + 1, self.banner)
        self.editor = NoteEditor()
        self.editor.verdict_chosen.connect(self.set_verdict)
        self.editor.note_edited.connect(self._note_edited)
        self.editor.remove_requested.connect(self.remove_highlight)
        self.verdict_filter, self.unplaced = attach(window.panel, self, self.editor)
        self.verdict_filter.changed.connect(self.state.set_verdicts)
        self.state.set_verdict_lookup(lambda: self._verdicts_by_id() if self._live() is not None else None)
        self.state.filter_changed.connect(self._update_verdict_counts)
        self.unplaced.chosen.connect(self._unplaced_chosen)
        self.unplaced.remove_requested.connect(self.remove_unplaced)
        window.panel.list.selectionModel().currentChanged.connect(lambda *_: self._sync_target())
        window.panel.difference_chosen.connect(self._difference_chosen)
        for side, view in window.views.items():
            view.cursorPositionChanged.connect(lambda s=side: self._cursor_moved(s))
        self._told: set[tuple[str, str | None]] = set()  # file changes already shown
        app = QGuiApplication.instance()
        if app is not None:  # files may change while Verso is in the background
            app.applicationStateChanged.connect(self._application_state)
        self.autosave = QTimer(self)
        self.autosave.setInterval(recovery.AUTOSAVE_MS)
        self.autosave.timeout.connect(self.autosave_now)
        self._update_actions()
        # A moment after the window is on screen: the recovery files are looked for then.
        QTimer.singleShot(RECOVERY_OFFER_MS, self.offer_recovery)

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
        return self.annotations if self._live() is not None else None

    def placed_comparison(self) -> Comparison | None:
        """The window's comparison if the annotations are placed on it, else None."""
        return self._live()

    def _live(self) -> Comparison | None:
        """The window's comparison if the annotations are placed on it, else None."""
        c = self.state.comparison
        p = self.project
        if c is None or p is None:
            return None
        if (c.left is p.left or c.left.text == p.left.text) and \
                (c.right is p.right or c.right.text == p.right.text):
            return c
        return None

    @property
    def session(self) -> str:
        """The id naming this project's recovery file, made when first needed."""
        if self._session is None:
            self._session = _recovery().new_session_id()
        return self._session

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
        return self.annotations.verdict_of(diff_id) if self._live() else Verdict.UNREVIEWED

    def note_of(self, diff_id: int) -> str:
        """A difference's note ("" when the annotations are not placed on this comparison)."""
        return self.annotations.note_of(diff_id) if self._live() else ""

    def highlights_on(self, side: str, start: int, end: int) -> list[Any]:
        """The highlights with text on ``side`` in [start, end)."""
        if self._live() is None:
            return []
        return self.annotations.highlights_in(side, start, end)  # type: ignore[arg-type]

    def marks_on(self, side: str, start: int, end: int) -> list[Mark]:
        """Reviewed differences and highlights with text on ``side`` in [start, end)."""
        comparison = self._live()
        if comparison is None:
            return []
        marks = []
        for review in self.annotations.reviews:
            if review.difference_id is None or review.is_empty:
                continue
            diff = comparison.difference(review.difference_id)
            if diff is None or diff.kind not in self.state.kinds:
                continue
            span = self.state.span_on(side, diff)  # "inline": where the redline has it
            if span is None or not (span[0] < end and start < max(span[1], span[0] + 1)):
                continue
            title = f"{verdict_label(review.verdict)} · {kind_label(diff.kind)}"
            marks.append(Mark(span, ("difference", diff.id), review.verdict, review.note, title))
        for h in (self.annotations.highlights_in(side, start, end)  # type: ignore[arg-type]
                  if side != "inline" else ()):
            marks.append(Mark(h.span, ("highlight", h.id), None, h.note, self.tr("Highlight")))
        return sorted(marks, key=lambda m: m.span[0])

    def _update_verdict_counts(self) -> None:
        """The verdict chips' counts, of the differences the window lists."""
        self.verdict_filter.set_counts(self._verdict_counts(self._live()))

    # ---- hooks the window calls ------------------------------------------------------------

    def accept_sources(self, left: Any, right: Any) -> bool:
        """Before the window compares new sources: open .verso paths as projects, and
        ask before leaving unsaved work. False: the window submits nothing."""
        if self._submitting:
            return True
        for source in (left, right):
            if isinstance(source, str) and source.lower().endswith(PROJECT_SUFFIX):
                QTimer.singleShot(0, lambda s=source: self.open_project(s))
                return False
        if self.project is None or self._reset_pending:
            return True
        if self._same_source(left, "left") or self._same_source(right, "right"):
            return True  # one text kept: the annotations follow into the new version
        if self.dirty and not self._resolve_unsaved():
            return False
        # Not now: if a new text cannot be read, the texts on screen stay, and so does
        # their review (verdicts and notes, still unsaved; closing asks again).
        self._reset_pending = True
        return True

    def sources_failed(self) -> None:
        """The window could not read or compare the new texts: keep the current review."""
        self._reset_pending = False

    def _same_source(self, source: Any, side: str) -> bool:
        assert self.project is not None
        doc = self.project.document(side)  # type: ignore[arg-type]
        if isinstance(source, Document):
            return source is doc or source.text == doc.text
        if isinstance(source, str) and doc.path:
            with contextlib.suppress(OSError):
                return Path(source).resolve() == Path(doc.path).resolve()
        return False

    def comparison_arrived(self) -> None:
        """A comparison is shown: place the annotations on it (a new project if none)."""
        window = self.window
        comparison = self.state.comparison
        if comparison is None:
            return
        if self._reset_pending:  # new texts on both sides: a new review (accept_sources)
            self._reset_pending = False
            self._reset()
        if self.project is None:
            self.project = Project.create(comparison.left, comparison.right, window.options)
            self.history = History(Annotations())
            self.base_dirty = False
        else:
            old = self.project
            same_texts = (comparison.left.text == old.left.text
                          and comparison.right.text == old.right.text)
            was_dirty = self.dirty
            base = old.with_annotations(self.annotations)
            new, report = base.recompared(comparison, window.options, reread=not same_texts)
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
        if self._pending_view is not None:
            current = self._pending_view.get("current_difference")
            if isinstance(current, int) and comparison.difference(current) is not None:
                self.state.set_current(current)
            self._pending_view = None
        self._annotations_changed(refresh_list=False)

    def may_close(self) -> bool:
        """Called by closeEvent: ask about unsaved work; clean up the recovery file."""
        if self.dirty and not self._resolve_unsaved():
            return False
        self.autosave.stop()
        self._discard_own_recovery()
        self.runner.wait(3000)
        return True

    def _resolve_unsaved(self) -> bool:
        c = self.state.comparison
        title = (f"“{Path(self.path).name}”" if self.path else
                 f"“{c.left.name} ↔ {c.right.name}”" if c else self.tr("these texts"))
        answer = review_dialogs.ask_save_changes(self.window, title)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _reset(self) -> None:
        self._discard_own_recovery()
        self._session = None  # a new project: a new recovery file
        self.project = None
        self.path = None
        self.history = History(Annotations())
        self.base_dirty = False
        self.target = None
        self.banner.hide()
        self._annotations_changed(refresh_list=False)

    # ---- targets: what the editor edits -------------------------------------------------------

    def select_target(self, target: Target, origin: str | None = None) -> None:
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
        self._show_target()
        self._repaint()

    def difference_selected(self, diff_id: int) -> None:
        """The window made a difference current: the editor edits it."""
        was_highlight = self.target is not None and self.target[0] == "highlight"
        self.target = ("difference", diff_id)
        self._last_current = diff_id
        self._show_target()
        # The text shows a target only when it is a highlight (drawn stronger): repaint it
        # when one stops being the target; the margins' badges always follow.
        self._repaint(text=was_highlight)

    def _difference_chosen(self, diff_id: int) -> None:
        self.difference_selected(diff_id)

    def _sync_target(self) -> None:
        current = self.state.current_id
        if current != self._last_current:
            self._last_current = current
            if current is not None:
                self.target = ("difference", current)
            elif self.target is not None and self.target[0] == "difference":
                self.target = None
            self._show_target()
            self._repaint()

    def _cursor_moved(self, side: str) -> None:
        view = self.window.views[side]
        if view.textCursor().hasSelection() or self._live() is None:
            return
        offset = view.omap.to_py(view.textCursor().position())
        hits = [h for h in self.annotations.highlights_in(side, offset, offset)  # type: ignore[arg-type]
                if h.span[0] <= offset < h.span[1]]
        if hits and self.target != ("highlight", hits[0].id):
            self.target = ("highlight", hits[0].id)
            self._show_target()
            self._repaint()

    def _show_target(self) -> None:
        comparison = self._live()
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
        editor.show_target(f"{kind_label(diff.kind)} · {position_text(comparison, diff)}",
                           self.annotations.verdict_of(diff.id),
                           self.annotations.note_of(diff.id))

    def _unplaced_chosen(self, item: Any) -> None:
        self.window.statusBar().showMessage(
            self.tr("This annotation lost its place when the texts changed; it stays in the project "
                    "and the report, and is tried again at the next comparison."), 8000)

    def remove_unplaced(self, item: Any) -> None:
        """Delete an annotation that lost its place (the user's decision; undoable)."""
        try:
            new = (self.annotations.without_highlight(item.id) if isinstance(item, Highlight)
                   else self.annotations.without_review(item))
        except KeyError:
            return
        self._record(new, self.tr("Remove Annotation"))

    # ---- refreshing ------------------------------------------------------------------------------

    def _annotations_changed(self, refresh_list: bool = True) -> None:
        window = self.window
        comparison = self._live()
        if refresh_list:
            self.state.verdicts_changed()  # a new order if verdicts are filtered
        window.panel.list.viewport().update()
        self.verdict_filter.set_counts(self._verdict_counts(comparison))
        self.unplaced.show_items(self.annotations.unplaced() if self.project else ())
        self._show_target()
        self._update_actions()
        self._repaint()
        self.annotations_changed.emit()

    def _verdict_counts(self, comparison: Comparison | None) -> dict[Verdict, int]:
        """Verdicts of the differences the window lists (kinds shown, furniture aside)."""
        counts = dict.fromkeys(VERDICT_ORDER, 0)
        if comparison is None:
            return counts
        verdicts = self._verdicts_by_id()
        for diff in comparison.differences:
            if self.state.shows(diff):
                counts[verdicts.get(diff.id, Verdict.UNREVIEWED)] += 1
        return counts

    def _verdicts_by_id(self) -> dict[int, Verdict]:
        """Each reviewed difference's verdict, as ``Annotations.verdict_of`` gives it (one pass
        over the reviews instead of one per difference: thousands on long texts)."""
        out: dict[int, Verdict] = {}
        for review in self.annotations.reviews:
            if review.difference_id is not None:
                out.setdefault(review.difference_id, review.verdict)  # the first one counts
        return out

    def _repaint(self, text: bool = True) -> None:
        for view in self.window.views.values():
            if text:
                view.viewport().update()
            notes = getattr(view, "notes", None)
            if notes is not None:
                notes.update()

    def _update_actions(self) -> None:
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
            self._discard_own_recovery()

