"""The review's annotating: verdicts, notes and highlights, each recorded in the undo history
(Edit → Undo/Redo). Part of ``ReviewController`` (its state: history, target)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from app.project import (
    Annotations,
    Verdict,
)
from ui.review.navigation import reading_order
from ui.review.verdicts import verdict_label

if TYPE_CHECKING:
    pass


class Annotating:
    """Verdicts, notes, highlights and undo of a ``ReviewController`` (mixed into it)."""

    history: Any
    target: Any
    window: Any
    state: Any

    # ---- annotating -------------------------------------------------------------------------

    def _record(self, annotations: Annotations, label: str, merge_key: Any = None) -> None:
        self.history = self.history.record(annotations, label, merge_key)
        self._annotations_changed()

    def record(self, annotations: Annotations, label: str, merge_key: Any = None) -> None:
        """Make ``annotations`` the present, an undo step named ``label`` (``merge_key``: typing
        that continues the last step with the same key joins it)."""
        self._record(annotations, label, merge_key)

    def _current_difference(self) -> int | None:
        if self.target is not None and self.target[0] == "difference":
            return int(self.target[1])
        return self.state.current_id

    def set_verdict(self, verdict: Verdict) -> None:
        """Give the current difference ``verdict`` (an undo step)."""
        comparison = self._live()
        diff_id = self.state.current_id
        if comparison is None or diff_id is None or comparison.difference(diff_id) is None:
            self.window.statusBar().showMessage(self.tr("Select a difference first."), 4000)
            return
        self._record(self.annotations.with_verdict(comparison, diff_id, verdict),
                     self.tr("Set Verdict: {verdict}").format(verdict=verdict_label(verdict)))
        self.window.statusBar().showMessage(
            self.tr("{verdict}. Alt+U goes to the next unreviewed difference.").format(
                verdict=verdict_label(verdict)), 5000)

    def _note_edited(self, text: str) -> None:
        comparison = self._live()
        target = self.target
        if comparison is None or target is None:
            return
        try:
            if target[0] == "difference":
                new = self.annotations.with_note(comparison, target[1], text)
            else:
                new = self.annotations.with_highlight_note(target[1], text)
        except (KeyError, ValueError) as error:
            self.window.statusBar().showMessage(str(error), 4000)
            return
        self._record(new, self.tr("Edit Note"), merge_key=("note", *target))

    def edit_note(self) -> None:
        """Focus the note of the current difference (or highlight)."""
        if self.target is None and self.state.current_id is not None:
            self.target = ("difference", self.state.current_id)
        if self.target is None or self._live() is None:
            self.window.statusBar().showMessage(
                self.tr("Select a difference, or highlight some text, to write a note."), 4000)
            return
        window = self.window
        if not window.panel.isVisible():
            window.actions_by_name["show_panel"].setChecked(True)
            window.toggle_panel()
        self._show_target()
        self.editor.focus_note()

    def highlight_selection(self) -> None:
        """Highlight the text selected in either pane, and start its note."""
        window = self.window
        comparison = self._live()
        focus = QApplication.focusWidget()
        side = next((s for s, v in window.views.items() if v is focus), None)
        side = side or window.finder.active_side
        view = window.views.get(side)
        if comparison is None or view is None or not view.textCursor().hasSelection():
            others = [s for s, v in window.views.items() if v.textCursor().hasSelection()]
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
        new, highlight = self.annotations.with_highlight(text, side, start, end)
        self.target = ("highlight", highlight.id)
        self._record(new, self.tr("Add Highlight"))
        cursor.clearSelection()
        view.setTextCursor(cursor)
        self.edit_note()

    def remove_highlight(self) -> None:
        """Delete the highlight being edited (an undo step)."""
        if self.target is None or self.target[0] != "highlight":
            return
        with contextlib.suppress(KeyError):
            new = self.annotations.without_highlight(self.target[1])
            self.target = None
            self._record(new, self.tr("Remove Highlight"))

    def next_unreviewed(self) -> None:
        """Review → Next Unreviewed: the next shown difference with no verdict, round the end."""
        window = self.window
        comparison = self._live()
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
            if self.annotations.verdict_of(diff.id) is Verdict.UNREVIEWED:
                window.select_difference(diff.id)
                return
        window.statusBar().showMessage(self.tr("Every difference shown has a verdict."), 5000)

    def undo(self) -> None:
        """Edit → Undo: the last verdict, note or highlight change."""
        if not self.history.can_undo:
            return
        label = self.history.undo_label
        self.history = self.history.undo()
        self._annotations_changed()
        self.window.statusBar().showMessage(self.tr("Undone: {step}").format(step=label), 4000)

    def redo(self) -> None:
        """Edit → Redo."""
        if not self.history.can_redo:
            return
        label = self.history.redo_label
        self.history = self.history.redo()
        self._annotations_changed()
        self.window.statusBar().showMessage(self.tr("Redone: {step}").format(step=label), 4000)

