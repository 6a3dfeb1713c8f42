"""What a pane paints over its text, or in its place, besides the reviewer's annotations.

- the current difference: a frame round its lines, which flashes briefly (``CurrentFrame``,
  the one piece of state here);
- the find bar's hits: a yellow wash, the current one framed;
- each figure, date or name to check: a dark frame round it (quotations get their ⚠ in
  the gutter instead);
- where the text is still being laid out: a band saying so, in place of the text (painting
  the text there would make Qt lay out everything above it at once, on the GUI thread).

Every paint asks the view what lies on screen, as ``ui.panes.annotation_painting`` does.
"""

from __future__ import annotations

import bisect
from typing import Any, Protocol, cast

from PySide6.QtCore import QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea

from ui.palette import colour, tint
from ui.panes.annotation_painting import TextView as PaintedView
from ui.panes.annotation_painting import span_rects
from ui.review.fact_marks import ALARM_INK
from ui.review.state import ReaderState


class TextView(PaintedView, Protocol):
    """The pane's text view as painted here (``ui.panes.text_view.TextView``)."""

    state: ReaderState | None
    find_hits: list[tuple[int, int]]
    find_current: tuple[int, int] | None

    def palette(self) -> Any: ...
    def backgroundRole(self) -> Any: ...
    def current_frames(self) -> list[tuple[QRect, str]]: ...
    def rect_of(self, offset: int) -> QRect: ...


class CurrentFrame(QObject):
    """The current difference on a pane: its spans (span, kind), framed, and a brief flash.

    A frame round the lines, not a fill: a fill over the passage hid its word edits
    ("54 → 45") at the very moment the reader steps to it (issue 14).
    """

    def __init__(self, view: TextView) -> None:
        super().__init__(cast(QObject, view))  # the real TextView is a QObject
        self.view = view
        self.spans: list[tuple[tuple[int, int], str]] = []
        self.strong = True  # (thin while flashing off)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(110)
        self._timer.timeout.connect(self._step)

    def set(self, spans: list[tuple[tuple[int, int], str]], flash: bool) -> None:
        self.spans, self._ticks, self.strong = spans, 6 if flash else 0, True
        self.view.viewport().update()
        if flash:
            self._timer.start()

    def _step(self) -> None:
        self._ticks -= 1
        self.strong = self._ticks % 2 == 0
        if self._ticks <= 0:
            self._timer.stop()
            self.strong = True
        self.view.viewport().update()

    @property
    def flashing(self) -> bool:
        return self._timer.isActive()

    def rects(self) -> list[tuple[QRect, str]]:
        """The frames on screen: (rectangle in the viewport, kind)."""
        view = self.view
        if view.document_model is None:
            return []
        visible = view.visible_range()
        width = view.viewport().width()
        out = []
        for (start, end), kind in self.spans:
            if end < visible[0] or start > visible[1]:
                continue
            top, bottom = view.y_range((start, end), visible)
            out.append((QRect(1, top - 2, width - 3, bottom - top + 3), kind))
        return out


def _dark(view: TextView) -> bool:
    return view.palette().color(view.backgroundRole()).lightnessF() < 0.5


def paint_current_frame(view: TextView, strong: bool) -> None:
    """The current difference's frames (``TextView.current_frames``), in the colour of its kind."""
    frames = view.current_frames()
    if not frames:
        return
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect, kind in frames:
        painter.setPen(QPen(colour(kind), 2.5 if strong else 1.2))
        painter.drawRoundedRect(QRectF(rect), 4, 4)


def paint_fact_frames(view: TextView) -> None:
    """A dark frame round each figure, date or name to check that lies on one line on screen."""
    if view.state is None or view.document_model is None:
        return
    start, end = view.visible_range()
    facts = view.state.facts_on(view.side, start, end)
    if not facts:
        return
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ALARM_INK if not _dark(view) else QColor("#ffffff"), 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for (s, e), kind in facts:
        if kind in ("quote", "claim") or e <= s:
            continue
        first, last = view.rect_of(s), view.rect_of(e)
        if first.top() != last.top():
            continue  # over a line break: the gutter's ⚠ marks it
        painter.drawRoundedRect(QRectF(first.left() - 2, first.top(), last.left() - first.left() + 4,
                                       first.height()), 3, 3)


def paint_find_hits(view: TextView) -> None:
    """The find hits on screen: a yellow wash, the current one stronger and framed."""
    hits = view.find_hits
    if not hits or view.document_model is None:
        return
    start, end = view.visible_range()
    first = max(0, bisect.bisect_right(hits, (start, start)) - 1)  # (hits do not overlap: their
    last = bisect.bisect_right(hits, (end + 1, end + 1))  # ends are in order too)
    wash, strong = tint("find", False, strong=False), QColor("#F0E442")
    wash.setAlpha(110)
    strong.setAlpha(170)
    painter = QPainter(view.viewport())
    for hit in hits[first:last]:
        current = hit == view.find_current
        for rect in span_rects(view, hit[0], max(hit[1], hit[0] + 1)):
            painter.fillRect(rect, strong if current else wash)
            if current:
                painter.setPen(QPen(QColor("#8a7a00"), 1.5))
                painter.drawRect(rect.adjusted(-1, 0, 1, 0))
    painter.end()


def paint_layout_band(view: QAbstractScrollArea, done: float) -> None:
    """In place of text not laid out yet: a quiet band saying so, with how far the layout is."""
    painter = QPainter(view.viewport())
    rect = QRectF(view.viewport().rect())
    painter.fillRect(rect, view.viewport().palette().color(view.viewport().backgroundRole()))
    ink = view.palette().color(view.palette().ColorRole.PlaceholderText)
    painter.setPen(QPen(ink, 1, Qt.PenStyle.DotLine))
    band = QRectF(rect.left() + 24, rect.top() + 24, rect.width() - 48, 64)
    painter.drawRoundedRect(band, 8, 8)
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                     f"Laying out the text… {min(99, int(done * 100))}%")
