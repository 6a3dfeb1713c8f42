"""Linked scrolling anchored on the alignment, with a guard against feedback.

When one pane scrolls, the text offset at a fixed reading line of its
viewport is mapped through ``Comparison.aligned_position`` to the other
side, and the other pane is scrolled so that offset sits at the same height:
matched passages stay level, and inside a reworded chunk the position is
interpolated. The other pane's own scroll signal arrives while the guard is
held and is dropped, so there is no loop. Never proportional.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app import Comparison
from app.vocabulary import Side
from ui.panes.text_view import TextView

READING_LINE = 0.35  # fraction of the viewport height where passages are kept level


class ScrollSync:
    """Keeps two TextViews aligned while either scrolls."""

    def __init__(self, left: TextView, right: TextView,
                 comparison: Callable[[], Comparison | None]) -> None:
        self.views = {"left": left, "right": right}
        self.comparison = comparison
        self.enabled = True
        self.last_side: Side = "right"
        self._busy = False
        left.verticalScrollBar().valueChanged.connect(lambda _v: self.follow("left"))
        right.verticalScrollBar().valueChanged.connect(lambda _v: self.follow("right"))

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Scroll panes programmatically without either one dragging the other."""
        was, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = was

    def follow(self, side: Side) -> None:
        """Bring the other pane level with ``side`` (ignored while locked or off)."""
        if self._busy:
            return
        self.last_side = side  # the side the reader moved last leads when linking resumes
        if not self.enabled:
            return
        comparison = self.comparison()
        if comparison is None:
            return
        with self.locked():
            self._align(side, comparison)

    def _align(self, side: Side, comparison: Comparison) -> None:
        other = "right" if side == "left" else "left"
        src, dst = self.views[side], self.views[other]
        sbar, dbar = src.verticalScrollBar(), dst.verticalScrollBar()
        if sbar.value() <= sbar.minimum():
            dbar.setValue(dbar.minimum())
            return
        if sbar.value() >= sbar.maximum():
            dbar.setValue(dbar.maximum())
            return
        line = src.viewport().height() * READING_LINE
        offset = src.offset_at(line)
        # Keep the sub-line position: how far the reading line is below that line's top.
        below = line - src.y_of(offset)
        target = comparison.aligned_position(side, offset)
        dst.scroll_offset_to(target, line - below)
