"""How verdicts look in the window: a glyph and the report's colours (one source of truth).

Colour is never the only cue: each verdict has its own glyph, drawn on a
badge in the panes' notes margin, the differences list and the filter chips.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from app.project import VERDICT_ORDER, Verdict
from app.report.palette import HIGHLIGHT_COLOUR, VERDICT_COLOURS

GLYPHS: dict[Verdict, str] = {
    Verdict.UNREVIEWED: "·",
    Verdict.NEEDS_CHECK: "?",
    Verdict.CONFIRMED: "✓",
    Verdict.ACCEPTABLE: "~",
    Verdict.ERROR: "✗",
}
NOTE_GLYPH = "✎"
__all__ = ["GLYPHS", "HIGHLIGHT_COLOUR", "HIGHLIGHT_LINE", "NOTE_GLYPH", "VERDICT_ACTIONS",
           "badge_colours", "paint_badge", "verdict_icon"]
HIGHLIGHT_LINE = "#7A6A00"  # the underline under a highlight (its wash is the report's yellow)

#: Action names of the verdict keys, in VERDICT_ORDER (Alt+0 … Alt+4).
VERDICT_ACTIONS: dict[str, Verdict] = {f"verdict_{v.value.replace('-', '_')}": v
                                       for v in VERDICT_ORDER}


def badge_colours(verdict: Verdict) -> tuple[QColor, QColor]:
    """(fill, text) of a verdict's badge."""
    fill, text = VERDICT_COLOURS[verdict]
    return QColor(fill), QColor(text)


def paint_badge(painter: QPainter, rect: QRect, verdict: Verdict) -> None:
    """A rounded badge of the verdict's colour carrying its glyph."""
    fill, text = badge_colours(verdict)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(fill)
    painter.setPen(QColor("#444444") if verdict is Verdict.UNREVIEWED else fill.darker(125))
    painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 4, 4)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, int(rect.height() * 0.72)))
    painter.setFont(font)
    painter.setPen(text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, GLYPHS[verdict])
    painter.restore()


@functools.lru_cache(maxsize=16)
def verdict_icon(verdict: Verdict, size: int = 16) -> QIcon:
    """The verdict's badge as an icon (menus, chips, the note editor)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    paint_badge(painter, QRect(0, 0, size, size), verdict)
    painter.end()
    return QIcon(pix)
