"""The gutter beside a pane's text: a bar over each difference's lines and its glyph."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from app import Difference
from ui.palette import STYLES, colour
from ui.panes.furniture import mark_colour
from ui.review.fact_marks import ALARM, ALARM_FILL, ALARM_INK

GUTTER = 24


class Gutter(QWidget):
    """Kind marks beside the text: a bar over each difference's lines and its glyph."""

    def __init__(self, view: Any) -> None:  # the TextView it stands beside (its state: what to mark)
        super().__init__(view)
        self.view = view
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def marks(self) -> list[tuple[Difference, int, int]]:
        """(difference, top, bottom) of each difference drawn in the visible range."""
        view = self.view
        state = view.state
        if state is None or view.document_model is None:
            return []
        start, end = visible = view.visible_range()
        out = []
        for diff in state.differences_on(view.side, start, end):
            span = state.span_on(view.side, diff)
            if span is None:
                continue
            top, bottom = view.y_range(span, visible)
            out.append((diff, top, bottom))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        font.setBold(True)
        painter.setFont(font)
        state = self.view.state
        current = state.current_id if state is not None else None
        for diff, top, bottom in self.marks():
            c = mark_colour(colour(diff.kind), diff)  # page furniture: faint
            wide = diff.id == current
            painter.fillRect(QRect(GUTTER - (9 if wide else 6), top, 6 if wide else 3,
                                   max(3, bottom - top)), c)
            painter.setPen(c.darker(115))
            painter.drawText(QRect(0, top, GUTTER - 9, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             STYLES[diff.kind].glyph)
            if state is not None and state.fact_changes(diff.id):
                # A fact changed here: a boxed ⚠ under the kind's glyph (a sign, not a colour).
                box = QRect(1, top + 17, GUTTER - 11, GUTTER - 11)
                painter.setPen(QPen(ALARM_INK, 1.2))
                painter.setBrush(ALARM_FILL)
                painter.drawRoundedRect(box, 2, 2)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, ALARM)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        y = event.position().y()
        for diff, top, bottom in self.marks():
            if top - 2 <= y <= max(bottom, top + 14) + 2:
                self.view.difference_clicked.emit(diff.id, self.view.side)
                return


