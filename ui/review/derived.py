"""What the window derives from one comparison, made once, off the GUI thread: no Qt here.

The compare job (``ui.jobs.compare``) calls :func:`derive` in the runner's
thread and hands the record to the reader state (``ui.review.state``) with the
comparison; the list, the panes, the status bar and the summary bar read it
from there. Before, these lived in module caches keyed by ``id()`` and were
filled as a side effect of calling the functions that read them.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass

from app import Comparison, Difference
from app.engine.records import Passage
from app.report.shares import CopyShares, article_passages, copy_shares
from app.vocabulary import SIDES, Side
from ui.review.navigation import SpanIndex, reading_order


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """Where each paragraph of a text starts, as the pane numbers them (its non-empty lines)."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Paragraphs:
        """The paragraphs of ``text``: one pass over its lines (no regex backtracking)."""
        starts = []
        at = 0
        for line in text.split("\n"):
            if line and not line.isspace():
                starts.append(at)
            at += len(line) + 1
        return cls(tuple(starts))

    def number(self, offset: int) -> int:
        """1-based number of the paragraph holding ``offset`` (blank lines do not count)."""
        return max(1, bisect.bisect_right(self.starts, offset))


@dataclass(frozen=True, slots=True)
class ParagraphNumbers:
    """Paragraph numbers on both sides of a comparison: ``numbers(side, offset)``."""

    paragraphs: Mapping[Side, Paragraphs]

    @classmethod
    def of(cls, comparison: Comparison) -> ParagraphNumbers:
        """Both texts' paragraphs (one pass over each)."""
        return cls({side: Paragraphs.of(comparison.document(side).text) for side in SIDES})

    def __call__(self, side: Side, offset: int) -> int:
        """1-based paragraph of ``offset`` on ``side``, as the list and the status bar count."""
        return self.paragraphs[side].number(offset)


@dataclass(frozen=True, eq=False)
class Derived:
    """One comparison's reading order, span indexes, paragraph starts, shares, borrowed
    passages and bytes."""

    comparison: Comparison
    order: tuple[Difference, ...]  # reading order, every difference
    index: Mapping[Side, SpanIndex]
    paragraphs: ParagraphNumbers
    shares: CopyShares
    passages: tuple[Passage, ...] = ()  # the borrowed passages, page furniture aside (outlined, stepped to)
    pickled: bytes | None = None  # as the comparing child sent it: handed on to the facts check


def derive(comparison: Comparison, shares: CopyShares | None = None,
           pickled: bytes | None = None) -> Derived:
    """The derived data of ``comparison`` (``shares``: when a child computed them already)."""
    return Derived(
        comparison=comparison,
        order=tuple(reading_order(comparison)),
        index={side: SpanIndex(comparison, side) for side in SIDES},
        paragraphs=ParagraphNumbers.of(comparison),
        shares=shares if shares is not None else copy_shares(comparison),
        passages=article_passages(comparison),
        pickled=pickled,
    )


def paragraph_number(comparison: Comparison, side: Side, offset: int) -> int:
    """1-based paragraph of ``offset`` on ``side`` of a comparison that has no Derived at hand
    (tests, one-off texts): one pass over the text."""
    return Paragraphs.of(comparison.document(side).text).number(offset)
