"""Anchors: where an annotation sits in a text, by position and by quote.

Modelled on the W3C Web Annotation selectors: a ``TextPositionSelector``
(start/end offsets into the text) and a ``TextQuoteSelector`` (the exact
quoted text with a little context before and after). The position is fast
and exact while the text is unchanged; the quote lets the annotation find
its place again after the text was edited (see :mod:`app.project.placement`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")

#: Characters of context kept before and after the quote (Hypothesis uses 32 too).
CONTEXT_CHARS = 32


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    """0-based, end-exclusive offsets into a side's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    """The quoted text with up to ``CONTEXT_CHARS`` characters either side."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class TextAnchor:
    """A span of one side's text, anchored by position and by quote."""

    side: Side
    position: TextPositionSelector
    quote: TextQuoteSelector

    @property
    def span(self) -> tuple[int, int]:
        """The ``(start, end)`` of the position selector."""
        return (self.position.start, self.position.end)

    def to_dict(self) -> dict[str, Any]:
        """The anchor as JSON: a side and a W3C Web Annotation selector list."""
        return {
            "side": self.side,
            "selector": [
                {"type": "TextPositionSelector",
                 "start": self.position.start, "end": self.position.end},
                {"type": "TextQuoteSelector", "exact": self.quote.exact,
                 "prefix": self.quote.prefix, "suffix": self.quote.suffix},
            ],
        }


def anchor_span(text: str, side: Side, start: int, end: int,
                context: int = CONTEXT_CHARS) -> TextAnchor:
    """An anchor for ``text[start:end]`` on ``side``, with quote and context.

    Raises ValueError when the span does not lie inside the text.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span [{start}, {end}) is outside a text of {len(text)} characters")
    quote = TextQuoteSelector(exact=text[start:end],
                              prefix=text[max(0, start - context):start],
                              suffix=text[end:end + context])
    return TextAnchor(side, TextPositionSelector(start, end), quote)


def anchor_matches(anchor: TextAnchor, text: str) -> bool:
    """True when the anchor's position still holds its exact quote in ``text``."""
    start, end = anchor.span
    return 0 <= start <= end <= len(text) and text[start:end] == anchor.quote.exact
