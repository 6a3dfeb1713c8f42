"""Painting a reviewer's annotations on a pane: highlight washes and the notes margin.

Stateless: every paint asks the pane's ``review`` (the window's
:class:`ui.review.controller.ReviewController`, set on the view by the window)
and draws what lies in the visible range. A view with no review draws nothing.

- highlights: a yellow wash with a solid underline over the highlighted words
  (the underline is the cue that survives greyscale and colour-blindness);
- the notes margin, right of the text: a verdict badge (glyph + colour) beside
  each reviewed difference, a ✎ beside each note; hover for the note, click to
  edit it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, cast

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.project import Verdict
from app.vocabulary import SIDES
from ui.review.state import ViewSide
from ui.review.verdicts import HIGHLIGHT_COLOUR, HIGHLIGHT_LINE, NOTE_GLYPH, paint_badge


class ReviewMarks(Protocol):
    """What the painting asks of the review (``ui.review.controller.ReviewController``)."""

    @property
    def target(self) -> tuple[str, Any] | None: ...
    def highlights_on(self, side: ViewSide, start: int, end: int) -> list[Any]: ...
    def marks_on(self, side: ViewSide, start: int, end: int) -> list[Mark]: ...
    def select_target(self, target: tuple[str, Any], origin: ViewSide | None = None) -> None: ...


class TextView(Protocol):
    """The pane's text view as painted here (``ui.panes.text_view.TextView``)."""

    review: ReviewMarks | None
    side: ViewSide
    document_model: Any

    def document(self) -> Any: ...
    def viewport(self) -> QWidget: ...
    def verticalScrollBar(self) -> Any: ...
    def horizontalScrollBar(self) -> Any: ...
    def position(self, offset: int) -> int: ...
    def visible_range(self) -> tuple[int, int]: ...
    def y_range(self, span: tuple[int, int], visible: tuple[int, int] | None = None) -> tuple[int, int]: ...

NOTES_MARGIN = 22  # pixels right of the text
BADGE = 16


@dataclass(frozen=True)
class Mark:
    """One thing to show in the notes margin."""

    span: tuple[int, int]
    target: tuple[str, Any]  # ("difference", id) or ("highlight", id)
    verdict: Verdict | None  # None for a highlight
    note: str
    title: str  # first line of the tooltip


def review_of(view: TextView) -> ReviewMarks | None:
    """The review the pane paints, or None."""
    return view.review


def span_rects(view: TextView, start: int, end: int) -> list[QRectF]:
    """Rectangles (viewport coordinates) covering the text ``[start, end)`` line by line."""
    doc = view.document()
    layout = doc.documentLayout()
    p0, p1 = view.position(start), view.position(end)
    dx = view.horizontalScrollBar().value()
    dy = view.verticalScrollBar().value()
    height = view.viewport().height()
    rects: list[QRectF] = []
    block = doc.findBlock(p0)
    while block.isValid() and block.position() < p1:
        brect = layout.blockBoundingRect(block)
        if brect.top() - dy > height:
            break
        text_layout = block.layout()
        base = block.position()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            ls = base + line.textStart()
            le = ls + line.textLength()
            if le <= p0 or ls >= p1:
                continue
            x0 = _x(line.cursorToX(max(p0, ls) - base))
            x1 = _x(line.cursorToX(min(p1, le) - base))
            rects.append(QRectF(brect.left() + min(x0, x1) - dx, brect.top() + line.y() - dy,
                                abs(x1 - x0), line.height()))
        block = block.next()
    return rects


def _x(value: Any) -> float:
    return float(value[0] if isinstance(value, tuple) else value)


def paint_highlights(view: TextView) -> None:
    """Draw the reviewer's highlights over the visible text of ``view`` (from its paintEvent)."""
    review = review_of(view)
    if review is None or view.document_model is None or view.side not in SIDES:
        return
    start, end = view.visible_range()
    highlights = review.highlights_on(view.side, start, end + 1)
    if not highlights:
        return
    painter = QPainter(view.viewport())
    wash = QColor(HIGHLIGHT_COLOUR)
    wash.setAlpha(95)
    current = review.target
    for h in highlights:
        s, e = h.span
        strong = current == ("highlight", h.id)
        pen = QPen(QColor(HIGHLIGHT_LINE), 3 if strong else 2)
        for rect in span_rects(view, s, max(e, s + 1)):
            painter.fillRect(rect, wash)
            painter.setPen(pen)
            y = rect.bottom() - 1
            painter.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
    painter.end()


class NotesMargin(QWidget):
    """The strip right of a pane's text: verdict badges and note marks, from the review."""

    def __init__(self, view: TextView) -> None:
        super().__init__(cast(QWidget, view))  # the real TextView is a QWidget
        self.view = view
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        view.verticalScrollBar().valueChanged.connect(self.update)

    def placed_marks(self) -> list[tuple[Mark, QRect]]:
        """The marks on screen and where each badge is drawn (stacked when they would touch)."""
        view = self.view
        review = review_of(view)
        if review is None or view.document_model is None:
            return []
        visible = view.visible_range()
        out: list[tuple[Mark, QRect]] = []
        bottom = -1000
        for mark in review.marks_on(view.side, visible[0], visible[1] + 1):
            top, _ = view.y_range(mark.span, visible)
            top = max(top, bottom + 2)
            if top > self.height():
                break
            rect = QRect((self.width() - BADGE) // 2, top + 1, BADGE, BADGE)
            out.append((mark, rect))
            bottom = rect.bottom()
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        review = review_of(self.view)
        current = review.target if review is not None else None
        for mark, rect in self.placed_marks():
            if mark.target == current:
                painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(rect).adjusted(-2, -2, 2, 2), 5, 5)
            if mark.verdict is not None and mark.verdict is not Verdict.UNREVIEWED:
                paint_badge(painter, rect, mark.verdict)
                if mark.note:  # a small pen at the badge's corner: there is a note too
                    self._pen(painter, QRect(rect.right() - 5, rect.bottom() - 5, 9, 9))
            else:
                fill = QColor(HIGHLIGHT_COLOUR) if mark.verdict is None else QColor("#FFFFFF")
                painter.setBrush(fill)
                painter.setPen(QColor(HIGHLIGHT_LINE) if mark.verdict is None
                               else QColor("#444444"))
                painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
                font = QFont(self.font())
                font.setPixelSize(12)
                painter.setFont(font)
                painter.setPen(QColor("#000000"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, NOTE_GLYPH)
        painter.end()

    @staticmethod
    def _pen(painter: QPainter, rect: QRect) -> None:
        painter.save()
        painter.setBrush(QColor("#FFFFFF"))
        painter.setPen(QColor("#000000"))
        painter.drawEllipse(rect)
        font = QFont(painter.font())
        font.setPixelSize(7)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, NOTE_GLYPH)
        painter.restore()

    def mark_at(self, pos: QPoint) -> Mark | None:
        """The mark (badge or ✎) at a point, or None."""
        for mark, rect in self.placed_marks():
            if rect.adjusted(-3, -2, 3, 2).contains(pos):
                return mark
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position().toPoint())
        review = review_of(self.view)
        if mark is not None and review is not None:
            review.select_target(mark.target, origin=self.view.side)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            mark = self.mark_at(event.pos())
            if mark is not None:
                note = mark.note if len(mark.note) < 600 else mark.note[:599] + "…"
                QToolTip.showText(event.globalPos(),
                                  mark.title + (f"\n\n{note}" if note else ""), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
