"""Reading order of differences and stepping through them (pure functions)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app import Comparison, Difference


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
    return [d for d in diffs if d.kind in kinds]


def step(order: Sequence[Difference], current: int | None, move: str,
         kind: str | None = None) -> Difference | None:
    """The difference to go to from ``current`` (an id) for a move.

    move: "next", "previous", "first" or "last"; ``kind`` restricts to one kind.
    With no current difference, "next" gives the first and "previous" the last.
    Returns None at either end (no wrapping, so a reader knows they are done).
    """
    items = [d for d in order if kind is None or d.kind == kind]
    if not items:
        return None
    if move == "first":
        return items[0]
    if move == "last":
        return items[-1]
    ids = [d.id for d in order]
    if current is None or current not in ids:
        return items[0] if move == "next" else items[-1]
    here = ids.index(current)
    rank = {d.id: i for i, d in enumerate(order)}
    if move == "next":
        return next((d for d in items if rank[d.id] > here), None)
    return next((d for d in reversed(items) if rank[d.id] < here), None)
