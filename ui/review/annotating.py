"""The review's annotating: verdicts, notes and highlights, each recorded in the undo history
(Edit → Undo/Redo).

One :class:`Annotating` per review (``window.review.annotating``), built by the review
controller with its collaborators: the review (``ui.review.core.ReviewCore``: history,
target, the note editor) and the window (``ui.shell.host.ReaderWindow``: its panes and
status bar, and its reader state).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from app.project import DifferenceReview, Highlight, Verdict
from app.project.fact_reviews import FactReview
from app.vocabulary import SIDES, Side
from ui.review.navigation import reading_order
from ui.review.verdicts import verdict_label

if TYPE_CHECKING:
    from ui.review.core import ReviewCore
    from ui.shell.host import ReaderWindow


class Annotating(QObject):
    """Verdicts, notes, highlights and undo of the review."""

    def __init__(self, review: ReviewCore, window: ReaderWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.window = window
        self.state = window.state

    # ---- annotating -------------------------------------------------------------------------

    def _current_difference(self) -> int | None:
        if self.review.target is not None and self.review.target[0] == "difference":
            return int(self.review.target[1])
        return self.state.current_id

    def set_verdict(self, verdict: Verdict) -> None:
        """Give the current difference ``verdict`` (an undo step)."""
        comparison = self.review.live()
        diff_id = self.state.current_id
        if comparison is None or diff_id is None or comparison.difference(diff_id) is None:
            self.window.statusBar().showMessage(self.tr("Select a difference first."), 4000)
            return
        try:
            new = self.review.annotations.with_verdict(comparison, diff_id, verdict)
        except ValueError as error:  # no room for one more annotation
            self.window.statusBar().showMessage(str(error), 6000)
            return
        self.review.record(new, self.tr("Set Verdict: {verdict}").format(verdict=verdict_label(verdict)))
        self.window.statusBar().showMessage(
            self.tr("{verdict}. Alt+U goes to the next unreviewed difference.").format(
                verdict=verdict_label(verdict)), 5000)

    def note_edited(self, text: str) -> None:
        """The note editor's text changed: the note of what it edits (one undo step while typing)."""
        comparison = self.review.live()
        target = self.review.target
        if comparison is None or target is None:
            return
        try:
            if target[0] == "difference":
                new = self.review.annotations.with_note(comparison, target[1], text)
            else:
                new = self.review.annotations.with_highlight_note(target[1], text)
        except (KeyError, ValueError) as error:
            self.window.statusBar().showMessage(str(error), 4000)
            return
        self.review.record(new, self.tr("Edit Note"), merge_key=("note", *target))

    def edit_note(self) -> None:
        """Focus the note of the current difference (or highlight)."""
        if self.review.target is None and self.state.current_id is not None:
            self.review.target = ("difference", self.state.current_id)
        if self.review.target is None or self.review.live() is None:
            self.window.statusBar().showMessage(
                self.tr("Select a difference, or highlight some text, to write a note."), 4000)
            return
        window = self.window
        if not window.panel.isVisible():  # the note editor is under the differences list
            window.view_actions.show_side_tab(window.panel)
        self.review.show_target()
        self.review.editor.focus_note()

    def highlight_selection(self) -> None:
        """Highlight the text selected in either pane, and start its note."""
        window = self.window
        comparison = self.review.live()
        focus = QApplication.focusWidget()
        side: Side = next((s for s in SIDES if window.views[s] is focus), window.finder.active_side)
        view = window.views[side]
        if comparison is None or not view.textCursor().hasSelection():
            others = [s for s in SIDES if window.views[s].textCursor().hasSelection()]
            if comparison is None or not others:
                window.statusBar().showMessage(self.tr("Select some text in either pane to highlight it."),
                                               4000)
                return
            side, view = others[0], window.views[others[0]]
        cursor = view.textCursor()
        start = view.omap.to_py(cursor.selectionStart())
        end = view.omap.to_py(cursor.selectionEnd())
        text = comparison.document(side).text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        try:
            new, highlight = self.review.annotations.with_highlight(text, side, start, end)
        except ValueError as error:  # no room for one more annotation
            self.window.statusBar().showMessage(str(error), 6000)
            return
        self.review.target = ("highlight", highlight.id)
        self.review.record(new, self.tr("Add Highlight"))
        cursor.clearSelection()
        view.setTextCursor(cursor)
        self.edit_note()

    def remove_highlight(self) -> None:
        """Delete the highlight being edited (an undo step)."""
        if self.review.target is None or self.review.target[0] != "highlight":
            return
        with contextlib.suppress(KeyError):
            new = self.review.annotations.without_highlight(self.review.target[1])
            self.review.target = None
            self.review.record(new, self.tr("Remove Highlight"))

    def next_unreviewed(self) -> None:
        """Review → Next Unreviewed: the next shown difference with no verdict, round the end."""
        window = self.window
        comparison = self.review.live()
        if comparison is None:
            window.statusBar().showMessage(self.tr("No differences to review."), 4000)
            return
        state = self.state
        derived = state.derived
        order = [d for d in (derived.order if derived is not None else reading_order(comparison))
                 if state.shows(d)]
        ids = [d.id for d in order]
        start = ids.index(state.current_id) + 1 if state.current_id in ids else 0
        for diff in order[start:] + order[:start]:
            if self.review.annotations.verdict_of(diff.id) is Verdict.UNREVIEWED:
                window.select_difference(diff.id)
                return
        window.statusBar().showMessage(self.tr("Every difference shown has a verdict."), 5000)

    def undo(self) -> None:
        """Edit → Undo: the last verdict, note or highlight change."""
        if not self.review.history.can_undo:
            return
        label = self.review.history.undo_label
        self.review.history = self.review.history.undo()
        self.review.refresh_annotations()
        self.window.statusBar().showMessage(self.tr("Undone: {step}").format(step=label), 4000)

    def redo(self) -> None:
        """Edit → Redo."""
        if not self.review.history.can_redo:
            return
        label = self.review.history.redo_label
        self.review.history = self.review.history.redo()
        self.review.refresh_annotations()
        self.window.statusBar().showMessage(self.tr("Redone: {step}").format(step=label), 4000)

    # ---- annotations that lost their place ----------------------------------------------------

    def unplaced_chosen(self, item: object) -> None:
        """A row of the unplaced list chosen: say why it has no place."""
        self.window.statusBar().showMessage(
            self.tr("This annotation lost its place when the texts changed; it stays in the project "
                    "and the report, and is tried again at the next comparison."), 8000)

    def remove_unplaced(self, item: DifferenceReview | Highlight | FactReview) -> None:
        """Delete an annotation that lost its place (the user's decision; undoable)."""
        annotations = self.review.annotations
        try:
            new = (annotations.without_highlight(item.id) if isinstance(item, Highlight)
                   else annotations.without_review(item))
        except KeyError:
            return
        self.review.record(new, self.tr("Remove Annotation"))
