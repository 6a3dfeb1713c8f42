"""Colours, marks and words for each kind of difference.

The colours are the Okabe–Ito palette, safe for the common colour-vision
deficiencies. Colour is never the only cue: every kind also has a glyph (in
the gutter, legend, list and inline view) and its own underline style.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextCharFormat

KINDS = ("omitted", "added", "changed", "duplicated", "moved")


@dataclass(frozen=True)
class KindStyle:
    """How one kind of difference looks, wherever it is drawn."""

    kind: str
    label: str
    glyph: str
    colour: str
    underline: QTextCharFormat.UnderlineStyle
    sides: str  # "left", "right" or "both"
    meaning: str


STYLES: dict[str, KindStyle] = {
    "omitted": KindStyle(
        "omitted", QT_TRANSLATE_NOOP("Kinds", "Omitted"),
        "−", "#D55E00", QTextCharFormat.UnderlineStyle.DotLine,
        "left",
        QT_TRANSLATE_NOOP("Kinds", "in the original, left out of the copy")),
    "added": KindStyle(
        "added", QT_TRANSLATE_NOOP("Kinds", "Added"),
        "+", "#009E73", QTextCharFormat.UnderlineStyle.SingleUnderline,
        "right",
        QT_TRANSLATE_NOOP("Kinds", "in the copy, with no source in the original")),
    "changed": KindStyle(
        "changed", QT_TRANSLATE_NOOP("Kinds", "Changed"),
        "≈", "#0072B2", QTextCharFormat.UnderlineStyle.NoUnderline,
        "both",
        QT_TRANSLATE_NOOP("Kinds", "reworded; the deeper tint marks the words that differ")),
    "duplicated": KindStyle(
        "duplicated", QT_TRANSLATE_NOOP("Kinds", "Duplicated"),
        "2×", "#CC79A7", QTextCharFormat.UnderlineStyle.WaveUnderline,
        "right",
        QT_TRANSLATE_NOOP("Kinds", "the copy repeats text it already has")),
    "moved": KindStyle(
        "moved", QT_TRANSLATE_NOOP("Kinds", "Moved"),
        "⇅", "#E69F00", QTextCharFormat.UnderlineStyle.DashUnderline,
        "both",
        QT_TRANSLATE_NOOP("Kinds", "kept, but out of the original's order")),
}


def kind_label(kind: str) -> str:
    """The kind's name ("Omitted", …) in the user's language (STYLES keeps the English)."""
    return QCoreApplication.translate("Kinds", STYLES[kind].label)


#: The kinds as words in running text ("Show omitted"), lower case in English only.
_WORDS = {
    "omitted": QT_TRANSLATE_NOOP("Kinds", "omitted"),
    "added": QT_TRANSLATE_NOOP("Kinds", "added"),
    "changed": QT_TRANSLATE_NOOP("Kinds", "changed"),
    "duplicated": QT_TRANSLATE_NOOP("Kinds", "duplicated"),
    "moved": QT_TRANSLATE_NOOP("Kinds", "moved"),
}


def kind_word(kind: str) -> str:
    """The kind as a word inside a sentence ("omitted"), in the user's language."""
    return QCoreApplication.translate("Kinds", _WORDS[kind])


def kind_meaning(kind: str) -> str:
    """What the kind means, in the user's language."""
    return QCoreApplication.translate("Kinds", STYLES[kind].meaning)


FIND_COLOUR = "#F0E442"  # Okabe–Ito yellow: search hits, never a difference


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the (system) palette has a dark window background."""
    if palette is None:
        from PySide6.QtGui import QGuiApplication

        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def colour(kind: str) -> QColor:
    """The solid colour of a kind (for marks, bands and underlines)."""
    return QColor(STYLES[kind].colour)


def tint(kind: str, dark: bool, strong: bool = False, base: str | None = None) -> QColor:
    """A fill of a kind's colour that keeps text readable on light and dark.

    Translucent by default; with the ``base`` colour it will be drawn on, the
    same tint as an opaque colour (text panes paint much faster without blending).
    """
    c = QColor(STYLES.get(kind, STYLES["changed"]).colour if kind != "find" else FIND_COLOUR)
    alpha = (130 if dark else 80) if strong else (70 if dark else 40)
    if base is None:
        c.setAlpha(alpha)
        return c
    under, a = QColor(base), alpha / 255
    return QColor(round(c.red() * a + under.red() * (1 - a)),
                  round(c.green() * a + under.green() * (1 - a)),
                  round(c.blue() * a + under.blue() * (1 - a)))
