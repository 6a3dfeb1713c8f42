"""Reading order of differences and stepping through them (pure functions)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence

from app import Comparison, Difference
from app.vocabulary import Side


def reading_order(comparison: Comparison) -> list[Difference]:
    """Differences in the order a reader meets them going down the copy.

    Omissions (left only) sit where their text would have been in the copy,
    found through the alignment; ties keep the original's order.
    """

    def key(diff: Difference) -> tuple[int, int, int]:
        if diff.right is not None:
            where = diff.right[0]
        elif diff.left is not None:
            where = comparison.aligned_position("left", diff.left[0])
        else:
            where = 0
        return where, diff.left[0] if diff.left else -1, diff.id

    return sorted(comparison.differences, key=key)


def filtered(diffs: Iterable[Difference], kinds: set[str]) -> list[Difference]:
    """The differences of ``order`` whose kind is in ``kinds``."""
    return [d for d in diffs if d.kind in kinds]


def step(order: Sequence[Difference], current: int | None, move: str,
         kind: str | None = None, rank: Mapping[int, int] | None = None) -> Difference | None:
    """The difference to go to from ``current`` (an id) for a move.

    move: "next", "previous", "first" or "last"; ``kind`` restricts to one kind.
    With no current difference, "next" gives the first and "previous" the last.
    Returns None at either end (no wrapping, so a reader knows they are done).
    ``rank``: each difference's index in ``order`` (``ranks(order)``), when the caller keeps
    it for an order it steps through many times (the reader state does).
    """
    items = order if kind is None else [d for d in order if d.kind == kind]
    if not items:
        return None
    if move == "first":
        return items[0]
    if move == "last":
        return items[-1]
    if rank is None:
        rank = ranks(order)
    if current is None or current not in rank:
        return items[0] if move == "next" else items[-1]
    here = rank[current]
    if kind is None:  # the neighbour in the order itself: no scan (stepping, thousands of times)
        there = here + 1 if move == "next" else here - 1
        return order[there] if 0 <= there < len(order) else None
    if move == "next":
        return next((d for d in items if rank[d.id] > here), None)
    return next((d for d in reversed(items) if rank[d.id] < here), None)


def ranks(order: Sequence[Difference]) -> dict[int, int]:
    """Each difference's index in ``order``, by id."""
    return {d.id: i for i, d in enumerate(order)}


class SpanIndex:
    """Fast "which differences touch [start, end) on this side" for one comparison.

    ``Comparison.differences_in`` scans every difference; painting asks this
    several times a frame, so one index is made per comparison, off the GUI
    thread (``ui.review.derived``), and the reader state keeps it.
    """

    def __init__(self, comparison: Comparison, side: Side) -> None:
        spans = ((d.span(side), d) for d in comparison.differences)
        items = sorted(((span, d) for span, d in spans if span is not None),
                       key=lambda item: (item[0], item[1].id))
        self._starts = [span[0] for span, _d in items]
        self._items = items
        self._longest = max((span[1] - span[0] for span, _d in items), default=0)

    def overlapping(self, start: int, end: int) -> list[Difference]:
        """The differences with text on this side in [start, end), in order."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_right(self._starts, max(start, end))
        out = []
        for (s, e), diff in self._items[lo:hi]:
            if (s < end and start < e) if start != end else (s <= start < e or s == e == start):
                out.append(diff)
        return out
