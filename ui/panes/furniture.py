"""Page furniture in the window: dimmed wherever it is drawn, left out of counts and navigation.

The engine marks differences that are page furniture (menus, bylines,
"Related"/"More" lists, footers: ``Difference.furniture``). The reader is
after the article, so by default the window dims that text in the panes,
leaves those differences out of the list, the link map, the overview, the
gutter, the counts and the navigation; View → Show Page Furniture brings
them back, still dimmed so they stay apart from the article's own changes.

Pure helpers (no widget is touched): ``highlighting`` calls
``furniture_format`` from the worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat

from app import Difference

LABEL = str(QT_TRANSLATE_NOOP("Furniture", "Page furniture"))
MEANING = str(QT_TRANSLATE_NOOP("Furniture", "menus, bylines, link lists and footers of a web page; not the article"))
MARK_ALPHA = 80  # marks of furniture (gutter, link map, overview): faint, never a colour of their own
TEXT_SHARE = 0.6  # furniture text: 60% text colour, 40% background (still 5.9:1 on white)


def label() -> str:
    """``LABEL`` in the user's language."""
    return QCoreApplication.translate("Furniture", LABEL)


def meaning() -> str:
    """``MEANING`` in the user's language."""
    return QCoreApplication.translate("Furniture", MEANING)


def shown(diff: Difference, show_furniture: bool) -> bool:
    """Whether the window lists, maps and steps through ``diff`` (kinds aside)."""
    return show_furniture or not diff.furniture


def count_hidden(diffs: Iterable[Difference]) -> int:
    """How many differences are page furniture."""
    return sum(1 for d in diffs if d.furniture)


def dim_text(dark: bool, base: str | None = None) -> QColor:
    """The colour of furniture text: between the text colour and the background.

    Derived from the background the panes are painted on, so a light, dark
    or high-contrast palette all keep it readable but clearly set back.
    """
    under = QColor(base) if base else QColor("#1e1e1e" if dark else "#ffffff")
    text = QColor("#ffffff" if under.lightnessF() < 0.5 else "#000000")
    a = TEXT_SHARE
    return QColor(round(text.red() * a + under.red() * (1 - a)),
                  round(text.green() * a + under.green() * (1 - a)),
                  round(text.blue() * a + under.blue() * (1 - a)))


def link_colour(base: str | None, dark: bool) -> QColor:
    """Links in the panes: Okabe–Ito sky blue on dark backgrounds, blue on light (both >= 4.5:1)."""
    under = QColor(base) if base else None
    dark = under.lightnessF() < 0.5 if under is not None else dark
    return QColor("#56B4E9" if dark else "#0072B2")


def furniture_format(dark: bool, base: str | None = None) -> QTextCharFormat:
    """The character format of furniture text in a pane: dimmed, with no kind tint or underline."""
    cf = QTextCharFormat()
    cf.setForeground(dim_text(dark, base))
    cf.setFontUnderline(False)
    cf.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    return cf


def mark_colour(colour: QColor, diff: Difference) -> QColor:
    """A kind's colour as drawn for ``diff``: faint when it is page furniture."""
    if not diff.furniture:
        return colour
    faint = QColor(colour)
    faint.setAlpha(MARK_ALPHA)
    return faint
