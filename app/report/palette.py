"""Colours and non-colour cues of the report, one place for both.

Colours are the Okabe–Ito palette (safe for the common colour-vision
deficiencies); every kind also has its own line or border, so a printout in
grey, or a reader who cannot tell the colours apart, still sees the meaning.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.project.annotations import Verdict
from app.vocabulary import KIND_TABLE

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


# Each kind as the window shows it: one table, app/vocabulary.py.
KIND_STYLES: dict[str, KindStyle] = {
    k.name: KindStyle(k.label, k.colour, k.report_cue, k.report_meaning) for k in KIND_TABLE}

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
