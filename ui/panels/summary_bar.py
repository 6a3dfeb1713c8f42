"""A small stacked bar in the status bar: what the copy is made of, at a glance.

Kept word for word / reworded / added / repeated, as shares of the copy's
text (page furniture aside; ``app.report.shares``). Reworded, added and
repeated take their kinds' colours; word-for-word text takes the palette's
mid tone, so the bar follows light, dark and high-contrast themes. The same
figures are in its tooltip and accessible description, in words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.report.shares import CopyShares
from ui.palette import colour

KIND_OF_PART = {"changed": "changed", "added": "added", "duplicated": "duplicated"}
LABELS = {  # as app.report.shares.LABELS, marked for translation
    "reused": str(QT_TRANSLATE_NOOP("SummaryBar", "kept word for word")),
    "changed": str(QT_TRANSLATE_NOOP("SummaryBar", "reworded")),
    "added": str(QT_TRANSLATE_NOOP("SummaryBar", "added")),
    "duplicated": str(QT_TRANSLATE_NOOP("SummaryBar", "repeated")),
}


def part_colour(part: str, palette: QPalette) -> QColor:
    """The colour of one part of the bar."""
    if part in KIND_OF_PART:
        return colour(KIND_OF_PART[part])
    return palette.color(QPalette.ColorRole.Mid)


def describe(shares: CopyShares | None) -> str:
    """The bar in words."""
    if shares is None:
        return QCoreApplication.translate("SummaryBar", "No comparison yet.")
    parts = ", ".join("{:.0%} {}".format(v, QCoreApplication.translate("SummaryBar", LABELS[p]))
                      for p, v in shares.parts())
    return QCoreApplication.translate("SummaryBar", "The copy: {parts}.").format(parts=parts)


class SummaryBar(QWidget):
    """Four proportional segments; empty (a frame only) before a comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryBar")
        self.shares: CopyShares | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("SummaryBar", "What the copy is made of"))
        self.set_shares(None)

    def sizeHint(self) -> QSize:
        return QSize(140, 12)

    def set_shares(self, shares: CopyShares | None) -> None:
        """Draw what the copy is made of (the reader state's shares, computed off the GUI thread)."""
        self.shares = shares
        text = describe(self.shares)
        key = QCoreApplication.translate(
            "SummaryBar", "(grey: kept word for word; blue: reworded; green: added; pink: repeated)")
        self.setToolTip(text + ("\n" + key if self.shares else ""))
        self.setAccessibleDescription(text)
        self.setVisible(self.shares is not None)
        self.update()

    def segments(self) -> list[tuple[str, QRectF]]:
        """Each part's rectangle, left to right (tests, painting)."""
        if self.shares is None:
            return []
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        total = sum(v for _p, v in self.shares.parts()) or 1.0
        out, x = [], box.left()
        for part, value in self.shares.parts():
            width = box.width() * value / max(1.0, total)
            if width > 0:
                out.append((part, QRectF(x, box.top(), width, box.height())))
                x += width
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(box, pal.color(QPalette.ColorRole.Base))
        for part, rect in self.segments():
            painter.fillRect(rect, part_colour(part, pal))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
