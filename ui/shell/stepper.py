"""Selecting a difference and stepping through them (Go menu), for one window.

``window.stepper``; the actions registry names its methods ("stepper.next_difference").
The order stepped through is the reader state's (``window.state.order``: reading
order, kinds and verdicts filtered); ``ReaderState.step`` finds the next one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app import Difference
from app.vocabulary import SIDES, Side
from ui.palette import kind_word
from ui.review.state import ViewSide

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow

SELECT_LINE = 0.3  # where a selected difference is placed, as a fraction of the pane height


class Stepper(QObject):
    """The current difference: making one current, and going to the next, previous, first…"""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.state)
        self.window = window

    def select(self, diff_id: int, origin: ViewSide | None = None, flash: bool = True) -> None:
        """Make a difference current: scroll both panes to it, flash it, sync the list."""
        state = self.window.state
        comparison = state.comparison
        diff = comparison.difference(diff_id) if comparison else None
        if comparison is None or diff is None:
            return
        state.set_current(diff_id)
        self.window.review.difference_selected(diff_id)  # the note editor follows
        if self.window.inline_mode and state.inline is not None:
            span = state.inline.spans.get(diff_id)
            view = self.window.inline_pane.view
            if span is not None:
                if origin != "inline":
                    view.scroll_offset_to(span[0], view.viewport().height() * SELECT_LINE)
                view.set_current([(span, diff.kind)], flash=flash)
        else:
            self._scroll_to(diff, origin)
            for side in SIDES:
                spans = [(s, diff.kind) for s in [diff.span(side)] if s is not None]
                if side == "right" and diff.duplicate_of is not None:
                    spans.append((diff.duplicate_of, "duplicated"))
                self.window.views[side].set_current(spans, flash=flash)
        self.window.panel.set_current(diff_id)
        self.window.statusBar().showMessage(self.window.describe(diff_id).replace("\n", " — "), 8000)
        self.window.repaint_maps()

    def _scroll_to(self, diff: Difference, origin: ViewSide | None) -> None:
        """Both panes to the difference: the pane it was chosen in stays if it shows it."""
        comparison = self.window.state.comparison
        assert comparison is not None
        points: dict[Side, int] = {}
        pairs: tuple[tuple[Side, Side], ...] = (("left", "right"), ("right", "left"))
        for side, other in pairs:
            span = diff.span(side)
            if span is not None:
                points[side] = span[0]
            else:
                other_span = diff.span(other)
                assert other_span is not None
                points[side] = comparison.aligned_position(other, other_span[0])
        with self.window.sync.locked():
            if origin in SIDES:  # chosen in a pane (not the list, the redline or a map)
                y = self.window.views[origin].y_of(points[origin])
                if not 0 <= y < self.window.views[origin].viewport().height():
                    y = int(self.window.views[origin].viewport().height() * SELECT_LINE)
                    self.window.views[origin].scroll_offset_to(points[origin], y)
            else:
                y = int(self.window.views["right"].viewport().height() * SELECT_LINE)
            for side in SIDES:
                if side != origin:
                    self.window.views[side].scroll_offset_to(points[side], y)

    def _go(self, move: str, same_kind: bool = False) -> None:
        state = self.window.state
        if not state.order:
            self.window.statusBar().showMessage(self.tr("No differences to go to."), 4000)
            return
        kind = None
        if same_kind:
            current = state.current_difference()
            kind = current.kind if current else None
        target = state.step(move, kind)
        if target is None:
            if kind:
                text = (self.tr("This is the last {kind} difference.") if move == "next" else
                        self.tr("This is the first {kind} difference.")).format(kind=kind_word(kind))
            else:
                text = (self.tr("This is the last difference.") if move == "next"
                        else self.tr("This is the first difference."))
            self.window.statusBar().showMessage(text, 4000)
            return
        self.select(target.id)

    def go_first_occurrence(self) -> None:
        """Scroll the copy to the first occurrence of the selected duplicated passage."""
        state = self.window.state
        diff = state.current_difference()
        if diff is None or diff.duplicate_of is None:
            self.window.statusBar().showMessage(
                self.tr("Select a duplicated passage first."), 4000)
            return
        view = self.window.views["right"]
        view.scroll_offset_to(diff.duplicate_of[0], view.viewport().height() * SELECT_LINE)
        view.set_current([(diff.duplicate_of, "duplicated")], flash=True)
        para = state.paragraph_number("right", diff.duplicate_of[0])
        self.window.statusBar().showMessage(
            self.tr("First occurrence of the repeat, copy ¶{n}; Alt+Down goes on from the repeat.").format(n=para),
            6000)

    def next_difference(self) -> None:
        """Go → Next difference."""
        self._go("next")

    def previous_difference(self) -> None:
        """Go → Previous difference."""
        self._go("previous")

    def first_difference(self) -> None:
        """Go → First difference."""
        self._go("first")

    def last_difference(self) -> None:
        """Go → Last difference."""
        self._go("last")

    def next_same_kind(self) -> None:
        """Go → Next same kind."""
        self._go("next", same_kind=True)

    def previous_same_kind(self) -> None:
        """Go → Previous same kind."""
        self._go("previous", same_kind=True)
