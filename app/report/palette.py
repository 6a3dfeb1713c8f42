"""Colours and non-colour cues of the report, one place for both.

Colours are the Okabe–Ito palette (safe for the common colour-vision
deficiencies); every kind also has its own line or border, so a printout in
grey, or a reader who cannot tell the colours apart, still sees the meaning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.project.annotations import Verdict
from app.vocabulary import KIND, KIND_TABLE, UNDERLINE_CSS, Underline, mark_words

# Okabe & Ito (2008), "Color Universal Design".
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
BLACK = "#000000"


@dataclass(frozen=True, slots=True)
class KindStyle:
    """How one kind of difference looks and what it means."""

    label: str
    colour: str
    cue: str       # the non-colour cue, said in words for the legend
    meaning: str
    glyph: str     # the window's glyph of the kind (gutter, legend chips, list)
    ink: str       # the glyph's colour on the kind's colour
    underline: Underline  # the kind's underline, as the window draws it


# Each kind as the window shows it: one table, app/vocabulary.py.
KIND_STYLES: dict[str, KindStyle] = {
    k.name: KindStyle(k.label, k.colour, mark_words(k.name), k.report_meaning, k.glyph, k.ink, k.underline)
    for k in KIND_TABLE}

#: Highlights made by the reviewer.
HIGHLIGHT_COLOUR = YELLOW

VERDICT_COLOURS: dict[Verdict, tuple[str, str]] = {  # (background, text)
    Verdict.UNREVIEWED: ("#FFFFFF", "#444444"),
    Verdict.NEEDS_CHECK: (ORANGE, BLACK),
    Verdict.CONFIRMED: (BLUISH_GREEN, "#FFFFFF"),
    Verdict.ACCEPTABLE: (SKY_BLUE, BLACK),
    Verdict.ERROR: (VERMILLION, "#FFFFFF"),
}


def tint(colour: str, alpha: float) -> str:
    """``colour`` (#RRGGBB) as an rgba() with ``alpha``."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha:g})"


def kind_decoration(kind: str) -> str:
    """The CSS ``text-decoration`` of a kind's text: the window's underline, in its colour."""
    info = KIND[kind]
    if info.underline == "none":
        return "none"
    return f"underline {UNDERLINE_CSS[info.underline]} {info.colour}"


def run_underline(classes: Iterable[str]) -> tuple[Underline, str] | None:
    """The underline (style, colour) of a run of report text with these CSS classes, when it is
    one of a kind's own or an inserted word's (which wins over its passage's); None for a run
    nothing underlines. Qt's rich text reads no underline style from CSS, so the
    PDF gives its runs this one after reading the page (ui/report_pdf.py)."""
    names = set(classes)
    if "e-ins" in names:  # the copy's own words inside a reworded pair (EDIT_MARKS)
        return "single", KIND["changed"].colour
    if "e-del" in names:  # struck through, not underlined
        return None
    for name in sorted(names):
        info = KIND.get(name[2:]) if name.startswith("k-") else None
        if info is not None and info.underline != "none":
            return info.underline, info.colour
    return None
