"""Verdicts and notes on facts: a reviewer's word on a figure, date, quotation, name or claim.

A facts check (:mod:`app.facts`) numbers its entries afresh every time it
runs, so a review cannot keep an entry's id. It keeps what the entry is
about instead: the fact's kind and an anchor on each side the fact has text
on (:class:`app.project.anchors.TextAnchor`, position and quote). A review
belongs to the entry of the same kind whose spans are its anchors' spans;
when the texts change the anchors are found again (only where the same
words stand with the same context: a figure found "fuzzily" is another
figure) and the review follows, or is kept as unplaced.

Verdicts are the differences' own (:class:`app.project.annotations.Verdict`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from app.project.anchors import SIDES, Side, TextAnchor, anchor_span

if TYPE_CHECKING:
    from app.project.annotations import Verdict
    from app.project.placement import Placement

Span = tuple[int, int]
#: Characters of context (prefix and suffix together) that must agree for a fact's quote found
#: elsewhere to count as the same fact (its context is shorter at a text's edge: then all of it).
FACT_CONTEXT_CHARS = 12


class FactEntry(Protocol):
    """What a review needs of a facts-check entry (``app.facts.FactCheck`` has it)."""

    @property
    def kind(self) -> str:
        """The fact's kind ("percent", "quote"…)."""

    @property
    def status(self) -> str:
        """The check's status ("altered", "missing"…)."""

    def span(self, side: Side) -> Span | None:
        """The fact's span on ``side``, or None."""


class Texts(Protocol):
    """Where the texts are (a ``Comparison`` has them)."""

    def document(self, side: Side) -> object:
        """The document on ``side`` (it has ``text``)."""


@dataclass(frozen=True, slots=True)
class FactReview:
    """A verdict and note on one fact, anchored on each side the fact has text on.

    ``status`` is the check's status when the review was last placed
    ("altered", "missing"…): it says what the reviewer looked at, for an
    unplaced review and for the file's reader. ``placed`` is False when an
    anchor could not be found in the current texts (kept, listed, tried again).
    """

    kind: str
    status: str
    verdict: Verdict
    note: str = ""
    left: TextAnchor | None = None
    right: TextAnchor | None = None
    placed: bool = True

    def anchor(self, side: Side) -> TextAnchor | None:
        """The anchor on ``side``, or None if the fact has no text there."""
        return self.left if side == "left" else self.right

    @property
    def spans(self) -> tuple[Span | None, Span | None]:
        """(left span, right span) of the anchors: what an entry must have to be this fact."""
        return (self.left.span if self.left else None, self.right.span if self.right else None)

    @property
    def quote(self) -> str:
        """The fact's words (the original's when it has some)."""
        anchor = self.left or self.right
        return anchor.quote.exact if anchor else ""

    @property
    def is_empty(self) -> bool:
        """An unreviewed verdict without a note carries nothing worth keeping."""
        return self.verdict.value == "unreviewed" and not self.note


def entry_spans(entry: FactEntry) -> tuple[Span | None, Span | None]:
    """An entry's (left span, right span)."""
    return (entry.span("left"), entry.span("right"))


def fact_review_of(texts: Texts, entry: FactEntry, verdict: Verdict, note: str = "") -> FactReview:
    """A review of ``entry`` anchored in the texts of ``texts`` (a Comparison)."""
    anchors: dict[Side, TextAnchor | None] = {}
    for side in SIDES:
        span = entry.span(side)
        anchors[side] = None if span is None else anchor_span(
            _text(texts, side), side, span[0], span[1])
    if anchors["left"] is None and anchors["right"] is None:
        raise ValueError("a fact has text on one side at least")
    return FactReview(entry.kind, entry.status, verdict, note, anchors["left"], anchors["right"])


def _text(texts: Texts, side: Side) -> str:
    text = getattr(texts.document(side), "text", None)
    if not isinstance(text, str):
        raise TypeError("texts.document(side) has no text")
    return text


class FactReviewIndex:
    """The placed reviews by what they are about, to find an entry's review in one look-up."""

    def __init__(self, reviews: Iterable[FactReview]) -> None:
        self._by_key: dict[tuple[str, Span | None, Span | None], FactReview] = {}
        for review in reviews:
            if review.placed:
                self._by_key.setdefault((review.kind, *review.spans), review)

    def review_for(self, entry: FactEntry) -> FactReview | None:
        """The review of ``entry`` (same kind, same spans on both sides), or None."""
        return self._by_key.get((entry.kind, *entry_spans(entry)))

    def __len__(self) -> int:
        return len(self._by_key)


def locate_fact(anchor: TextAnchor, text: str) -> Placement:
    """Find a fact's anchor in ``text``: where it was, or the same words with the same context.

    Stricter than :func:`app.project.placement.locate`: a fuzzy match of "35%" is
    "53%", another fact; and the same words elsewhere count only if enough of the
    context around them agrees (another "35%" in another sentence is another fact).
    """
    # Here, not at import: the window imports this module at start and places facts only
    # when a project is opened (placement brings difflib and diff_match_patch).
    from app.project.placement import Placement, context_score, locate

    where = locate(anchor, text, fuzzy=False)  # (a fuzzy place is no place for a fact)
    if where.span is None or where.method == "position":
        return where
    if where.method == "fuzzy":
        return Placement(None, "lost", 0.0)
    quote = anchor.quote
    needed = min(FACT_CONTEXT_CHARS, len(quote.prefix) + len(quote.suffix))
    if context_score(anchor, text, where.span[0]) < needed:
        return Placement(None, "lost", 0.0)
    return where


def reanchor_fact_review(review: FactReview, texts: Texts) -> tuple[FactReview, Placement | None]:
    """``review`` placed in the texts of ``texts``; and the placement that decided (None: placed
    where it was). Unplaced when any of its anchors is lost (it keeps its old anchors)."""
    moved: dict[Side, TextAnchor | None] = {}
    worst: Placement | None = None
    for side in SIDES:
        anchor = review.anchor(side)
        if anchor is None:
            moved[side] = None
            continue
        text = _text(texts, side)
        where = locate_fact(anchor, text)
        if where.span is None:
            return replace(review, placed=False), where
        if where.span == anchor.span:
            moved[side] = anchor
        else:
            worst = where
            moved[side] = anchor_span(text, side, *where.span)
    return replace(review, left=moved["left"], right=moved["right"], placed=True), worst


def sort_fact_reviews(reviews: Iterable[FactReview]) -> tuple[FactReview, ...]:
    """Reviews in reading order of the original (then of the copy), unplaced ones last."""
    items = tuple(reviews)

    def where(r: FactReview) -> tuple[int, int, int]:
        left, right = r.spans
        return (0, left[0], 0) if left else (1, right[0] if right else 0, 0)

    placed = sorted((r for r in items if r.placed), key=where)
    return (*placed, *(r for r in items if not r.placed))
