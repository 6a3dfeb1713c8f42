"""Colours, marks and words for each kind of difference.

The colours are the Okabe–Ito palette, safe for the common colour-vision
deficiencies. Colour is never the only cue: every kind also has a glyph (in
the gutter, legend, list and inline view) and its own underline style.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from app.vocabulary import KIND_TABLE, KINDS, KindInfo, mark_words

__all__ = ["KINDS", "STYLES", "UNDERLINES", "KindStyle", "colour", "is_dark", "kind_label", "kind_mark",
           "kind_meaning", "kind_word", "tint"]

UNDERLINES = {  # the vocabulary's underline names, as Qt draws them
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "single": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "none": QTextCharFormat.UnderlineStyle.NoUnderline,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
}


@dataclass(frozen=True)
class KindStyle:
    """How one kind of difference looks in the window, from its entry in app/vocabulary.py."""

    kind: str
    label: str  # English; ``kind_label`` translates
    glyph: str
    colour: str
    underline: QTextCharFormat.UnderlineStyle
    sides: str  # "left", "right" or "both"
    meaning: str  # English; ``kind_meaning`` translates
    ink: str  # text on the kind's colour

    @classmethod
    def of(cls, info: KindInfo) -> KindStyle:
        """The window's style of a kind of the vocabulary."""
        sides = info.sides[0] if len(info.sides) == 1 else "both"
        return cls(info.name, info.label, info.glyph, info.colour, UNDERLINES[info.underline], sides,
                   info.meaning, info.ink)


STYLES: dict[str, KindStyle] = {info.name: KindStyle.of(info) for info in KIND_TABLE}
_WORDS: dict[str, str] = {info.name: info.word for info in KIND_TABLE}

# The kinds' words are translated in the "Kinds" context; lupdate cannot read app/, so
# ``make translations`` marks them from the vocabulary (python -m ui.shell.action_strings).


def kind_label(kind: str) -> str:
    """The kind's name ("Omitted", …) in the user's language (STYLES keeps the English)."""
    return QCoreApplication.translate("Kinds", STYLES[kind].label)


def kind_word(kind: str) -> str:
    """The kind as a word inside a sentence ("omitted"), in the user's language."""
    return QCoreApplication.translate("Kinds", _WORDS[kind])


def kind_mark(kind: str) -> str:
    """How the kind's text is marked ("tint and dotted underline"), in the user's language: the
    same words as the report's legend (app/vocabulary.py)."""
    return QCoreApplication.translate("Kinds", mark_words(kind))


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
