"""How verdicts look in the window: a glyph and the report's colours (one source of truth).

Colour is never the only cue: each verdict has its own glyph, drawn on a
badge in the panes' notes margin, the differences list and the filter chips.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt
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
           "badge_colours", "paint_badge", "verdict_description", "verdict_icon", "verdict_label"]
HIGHLIGHT_LINE = "#7A6A00"  # the underline under a highlight (its wash is the report's yellow)

#: Action names of the verdict keys, in VERDICT_ORDER (Alt+0 … Alt+4).
VERDICT_ACTIONS: dict[str, Verdict] = {f"verdict_{v.value.replace('-', '_')}": v
                                       for v in VERDICT_ORDER}

#: The core's verdict names and descriptions (app.project keeps the English; a test keeps these
#: equal to it), marked for lupdate and translated in the "Verdicts" context.
_TEXTS: dict[Verdict, tuple[str, str]] = {
    Verdict.UNREVIEWED: (str(QT_TRANSLATE_NOOP("Verdicts", "Unreviewed")),
                         str(QT_TRANSLATE_NOOP("Verdicts", "Nobody has looked at this difference yet."))),
    Verdict.NEEDS_CHECK: (str(QT_TRANSLATE_NOOP("Verdicts", "Needs check")),
                          str(QT_TRANSLATE_NOOP("Verdicts", "Look again or ask the writer before publishing."))),
    Verdict.CONFIRMED: (str(QT_TRANSLATE_NOOP("Verdicts", "Confirmed")),
                        str(QT_TRANSLATE_NOOP("Verdicts", "Checked against the original: the copy is right."))),
    Verdict.ACCEPTABLE: (str(QT_TRANSLATE_NOOP("Verdicts", "Acceptable")),
                         str(QT_TRANSLATE_NOOP("Verdicts", "A legitimate edit (style, length, house rules)."))),
    Verdict.ERROR: (str(QT_TRANSLATE_NOOP("Verdicts", "Error")),
                    str(QT_TRANSLATE_NOOP("Verdicts", "The copy is wrong here and must be corrected."))),
}


def verdict_label(verdict: Verdict) -> str:
    """The verdict's name in the user's language ("Needs check", …)."""
    return QCoreApplication.translate("Verdicts", _TEXTS[verdict][0])


def verdict_description(verdict: Verdict) -> str:
    """The verdict's one-line explanation in the user's language."""
    return QCoreApplication.translate("Verdicts", _TEXTS[verdict][1])


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
