"""Carrying annotations over to a new comparison (texts edited, or options changed).

Highlights are found again by quote (:func:`app.project.placement.locate`),
fact reviews by their fact's words and context
(:func:`app.project.fact_reviews.locate_fact`).
A review follows its difference: its anchors are located in the new texts,
then it attaches to the new difference whose spans overlap them best
(same kind preferred), one review per difference. Whatever cannot be placed
is kept, marked unplaced and listed in the report; nothing is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.project.anchors import SIDES, Side, TextAnchor, anchor_span
from app.project.annotations import Annotations, DifferenceReview, Highlight, sort_reviews
from app.project.fact_reviews import FactReview, reanchor_fact_review, sort_fact_reviews
from app.project.placement import Placement, SearchBudget, locate

if TYPE_CHECKING:
    from app.engine.records import Comparison, Difference

#: Minimum overlap score (0..1) for a review to attach to a new difference.
MIN_ATTACH_SCORE = 0.3


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    """The outcome: the new annotations, and what moved, changed or was lost."""

    annotations: Annotations
    moved: tuple[DifferenceReview | Highlight | FactReview, ...] = ()
    fuzzy: tuple[DifferenceReview | Highlight | FactReview, ...] = ()
    lost: tuple[DifferenceReview | Highlight | FactReview, ...] = ()

    @property
    def all_placed(self) -> bool:
        """True when every annotation found its place."""
        return not self.lost


def reanchor(annotations: Annotations, comparison: Comparison) -> ReanchorReport:
    """Place ``annotations`` (made on an older comparison) on ``comparison``.

    Fast when nothing changed: positions that still hold their quotes are kept.
    Previously unplaced annotations get another chance.
    """
    moved: list[DifferenceReview | Highlight | FactReview] = []
    fuzzy: list[DifferenceReview | Highlight | FactReview] = []
    lost: list[DifferenceReview | Highlight | FactReview] = []

    budget = SearchBudget()  # fuzzy searches, all annotations together
    highlights = []
    for h in annotations.highlights:
        where = locate(h.anchor, comparison.document(h.side).text, budget)
        new_h = _place_highlight(h, where, comparison)
        _tally(new_h, where, h.span, moved, fuzzy, lost)
        highlights.append(new_h)

    reviews = _reattach_reviews(annotations.reviews, comparison, moved, fuzzy, lost, budget)
    facts = _reattach_fact_reviews(annotations.fact_reviews, comparison, moved, lost)
    return ReanchorReport(Annotations(sort_reviews(reviews), tuple(highlights), facts),
                          tuple(moved), tuple(fuzzy), tuple(lost))


def _reattach_fact_reviews(reviews: tuple[FactReview, ...], comparison: Comparison,
                           moved: list, lost: list) -> tuple[FactReview, ...]:
    """Each fact review where its fact's words stand now; two on one fact: the first keeps it."""
    out: list[FactReview] = []
    taken: set[tuple[object, ...]] = set()
    for review in reviews:
        new, where = reanchor_fact_review(review, comparison)
        key = (new.kind, *new.spans)
        if new.placed and key in taken:
            new = replace(new, placed=False)
        if not new.placed:
            lost.append(new)
        else:
            taken.add(key)
            if where is not None or not review.placed:
                moved.append(new)
        out.append(new)
    return sort_fact_reviews(out)


def _place_highlight(h: Highlight, where: Placement, comparison: Comparison) -> Highlight:
    if where.span is None:
        return replace(h, placed=False)
    text = comparison.document(h.side).text
    return replace(h, anchor=anchor_span(text, h.side, *where.span), placed=True)


def _tally(item: DifferenceReview | Highlight, where: Placement, old_span: tuple[int, int] | None,
           moved: list, fuzzy: list, lost: list) -> None:
    if where.span is None:
        lost.append(item)
    elif where.method == "fuzzy":
        fuzzy.append(item)
    elif where.span != old_span:
        moved.append(item)


def _reattach_reviews(reviews: tuple[DifferenceReview, ...], comparison: Comparison,
                      moved: list, fuzzy: list, lost: list, budget: SearchBudget) -> list[DifferenceReview]:
    if not reviews:
        return []  # (no index of a long pair's differences: 0.1 s on the GUI thread for nothing)
    located: list[dict[Side, Placement | None]] = []
    for r in reviews:
        located.append({side: (None if r.anchor(side) is None else
                               locate(_anchor(r, side), comparison.document(side).text, budget))
                        for side in SIDES})

    # Score every (review, difference) pair that can score, then attach greedily, best first.
    pairs: list[tuple[float, int, int]] = []
    near = _SpanIndex(comparison.differences)
    for i, (r, where) in enumerate(zip(reviews, located, strict=True)):
        for j in near.touching(where):
            score = _attach_score(r, where, comparison.differences[j])
            if score >= MIN_ATTACH_SCORE:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    chosen: dict[int, int] = {}
    taken: set[int] = set()
    for _score, i, j in pairs:
        if i not in chosen and j not in taken:
            chosen[i] = j
            taken.add(j)

    out: list[DifferenceReview] = []
    for i, r in enumerate(reviews):
        if i not in chosen:
            new_r = replace(r, difference_id=None)
            lost.append(new_r)
            out.append(new_r)
            continue
        d = comparison.differences[chosen[i]]
        new_r = _review_on(r, d, comparison)
        if any(p is not None and p.method == "fuzzy" for p in located[i].values()):
            fuzzy.append(new_r)
        elif new_r.left != r.left or new_r.right != r.right or d.id != r.difference_id:
            moved.append(new_r)
        out.append(new_r)
    return out


class _SpanIndex:
    """The differences whose span on a side overlaps a review's, or equals it: the only ones
    ``_attach_score`` scores above 0. (Scored against every difference, a project with a
    review on each of 3,000 differences took 218 s to report.)"""

    CHUNK = 256  # characters of text per bucket

    def __init__(self, differences: tuple[Difference, ...]) -> None:
        self._buckets: dict[tuple[Side, int], list[int]] = {}
        self._exact: dict[tuple[Side, int, int], list[int]] = {}
        for j, d in enumerate(differences):
            for side in SIDES:
                span = d.span(side)
                if span is None:
                    continue
                self._exact.setdefault((side, *span), []).append(j)
                for bucket in range(span[0] // self.CHUNK, (span[1] - 1) // self.CHUNK + 1):
                    self._buckets.setdefault((side, bucket), []).append(j)

    def touching(self, where: dict[Side, Placement | None]) -> list[int]:
        """Indexes of the differences that share text with, or equal, a located span, in order."""
        found: set[int] = set()
        for side in SIDES:
            placement = where[side]
            if placement is None or placement.span is None:
                continue
            start, end = placement.span
            found.update(self._exact.get((side, start, end), ()))
            for bucket in range(start // self.CHUNK, (end - 1) // self.CHUNK + 1):
                found.update(self._buckets.get((side, bucket), ()))
        return sorted(found)


def _anchor(r: DifferenceReview, side: Side) -> TextAnchor:
    anchor = r.anchor(side)
    assert anchor is not None
    return anchor


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Jaccard overlap of two spans (1.0 for equal spans, including empty ones)."""
    if a == b:
        return 1.0
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def _attach_score(r: DifferenceReview, where: dict[Side, Placement | None],
                  d: Difference) -> float:
    scores = []
    for side in SIDES:
        placement, span = where[side], d.span(side)
        if placement is None and span is None:
            continue
        if placement is None or placement.span is None or span is None:
            scores.append(0.0)
            continue
        scores.append(_overlap(placement.span, span))
    if not scores:
        return 0.0
    score = sum(scores) / len(scores)
    return score if d.kind == r.kind else score * 0.8


def _review_on(r: DifferenceReview, d: Difference, comparison: Comparison) -> DifferenceReview:
    anchors: dict[Side, TextAnchor | None] = {}
    for side in SIDES:
        span = d.span(side)
        anchors[side] = None if span is None else anchor_span(
            comparison.document(side).text, side, span[0], span[1])
    return replace(r, difference_id=d.id, kind=d.kind, left=anchors["left"],
                   right=anchors["right"])
