"""Go → Next / Previous Borrowed Passage, for one window (``window.passage_steps``).

Both panes scroll to where the passage starts, level with each other, and the
status bar says which passage it is and what share of the copy it makes up.
The passages are the copy's, in its order (``window.state.passages``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.engine.records import Passage
from app.report.shares import percent
from app.vocabulary import SIDES
from ui.shell.stepper import SELECT_LINE

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow


class PassageSteps(QObject):
    """Stepping through the borrowed passages, from where the copy's pane is."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.state)
        self.window = window
        # The passage last stepped to and the copy's scroll position then: a passage that
        # starts inside a line would otherwise be found again below the line's start.
        self._last: tuple[Passage, int] | None = None

    def next_passage(self) -> None:
        """Go → Next borrowed passage."""
        self._go(+1)

    def previous_passage(self) -> None:
        """Go → Previous borrowed passage."""
        self._go(-1)

    def _go(self, direction: int) -> None:
        window = self.window
        passages = window.state.passages
        bar = window.statusBar()
        if window.state.comparison is None or window.inline_mode:
            bar.showMessage(self.tr("Borrowed passages are shown side by side: open both texts "
                                    "(and leave the inline redline)."), 4000)
            return
        if not passages:
            bar.showMessage(self.tr("The copy shares no passage with the original."), 4000)
            return
        index = self._next_index(passages, direction)
        if index is None:
            bar.showMessage(self.tr("This is the last borrowed passage.") if direction > 0
                            else self.tr("This is the first borrowed passage."), 4000)
            return
        self.show(passages[index])

    def _next_index(self, passages: tuple[Passage, ...], direction: int) -> int | None:
        view = self.window.views["right"]
        scroll = view.verticalScrollBar().value()
        if self._last is not None and self._last[1] == scroll and self._last[0] in passages:
            index = passages.index(self._last[0]) + direction
            return index if 0 <= index < len(passages) else None
        here = view.offset_at(int(view.viewport().height() * SELECT_LINE))
        if direction > 0:
            return next((i for i, p in enumerate(passages) if p.right[0] > here), None)
        return next((i for i in range(len(passages) - 1, -1, -1) if passages[i].right[0] < here), None)

    def show(self, passage: Passage) -> None:
        """Scroll both panes to where ``passage`` starts, and say which it is."""
        window = self.window
        comparison = window.state.comparison
        views = window.views
        y = views["right"].viewport().height() * SELECT_LINE
        with window.sync.locked():
            for side in SIDES:
                views[side].scroll_offset_to(passage.span(side)[0], y)
        self._last = (passage, views["right"].verticalScrollBar().value())
        passages = window.state.passages
        share = _share(comparison, passage)
        window.statusBar().showMessage(
            self.tr("Borrowed passage {n} of {count}: original ¶{left} → copy ¶{right}, {alike} alike, "
                    "{share} of the copy").format(
                n=passages.index(passage) + 1, count=len(passages),
                left=window.state.paragraph_number("left", passage.left[0]),
                right=window.state.paragraph_number("right", passage.right[0]),
                alike=f"{passage.similarity:.0%}", share=percent(share)), 8000)
        window.repaint_maps()


def _share(comparison: Any, passage: Passage) -> float:
    """The passage's share of the copy's non-space text (one passage: counted on demand)."""
    text = comparison.right.text
    total = len("".join(text.split()))
    start, end = passage.right
    return len("".join(text[start:end].split())) / total if total else 0.0
