"""Grouping a comparison's links into maximal borrowed passages.

A reader of a copy that borrows a little (a press release inside an article)
asks first "which passages were taken, and from where?". A passage is a run
of linked text (identical, reworded or moved) that follows on in both texts,
read in the copy's order. Small unlinked pieces between two links (a heading,
a date line, a sentence the copy folded in) belong to the passage around
them; a longer stretch of the copy's own text ends it. On the original's side
a passage may skip text the copy left out: a summary takes a sentence here
and there from a long passage, in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from app.engine.records import Difference, Match, Passage, Span

# The copy's own text (non-space characters) that may lie inside a passage between two links.
RIGHT_GAP = 200
# ... and the original's, skipped between two links in order: text the copy left out
# (a summary skips much), and at most a little text the copy took elsewhere.
LEFT_GAP = 2500
LEFT_GAP_LINKED = 200


@dataclass(frozen=True, slots=True)
class _Link:
    left: Span
    right: Span
    similarity: float
    weight: int
    difference: int | None  # the id of a changed or moved difference
    match: int | None       # or the index of a match


def passages(left_text: str, right_text: str, differences: tuple[Difference, ...],
             matches: tuple[Match, ...]) -> tuple[Passage, ...]:
    """The borrowed passages of a comparison, in the copy's order, numbered from 1."""
    lcount, rcount = _NonSpace(left_text), _NonSpace(right_text)
    links = [_Link(m.left, m.right, m.similarity, rcount.weight(m.right), None, k)
             for k, m in enumerate(matches)]
    links += [_Link(d.left, d.right, d.similarity if d.similarity is not None else 1.0,
                    rcount.weight(d.right), d.id, None)
              for d in differences
              if d.kind in ("changed", "moved") and d.left is not None and d.right is not None]
    links.sort(key=lambda x: (x.right[0], x.left[0]))
    linked = _NonSpace(left_text, [x.left for x in links])
    groups: list[_Group] = []
    for link in links:
        if not (groups and groups[-1].take(link, lcount, rcount, linked)):
            groups.append(_Group(link))
    return tuple(g.passage(n) for n, g in enumerate(groups, start=1))


class _Group:
    """A passage being gathered, link by link in the copy's order."""

    def __init__(self, first: _Link) -> None:
        self.links = [first]
        self.left = first.left
        self.right = first.right

    def take(self, link: _Link, lcount: _NonSpace, rcount: _NonSpace, linked: _NonSpace) -> bool:
        """Add ``link`` if it continues the passage in both texts."""
        if link.left[0] < self.links[-1].left[0]:
            return False  # back in the original: another passage (a moved one, or a repeat)
        if rcount.between(self.right[1], link.right[0]) > RIGHT_GAP:
            return False
        if lcount.between(self.left[1], link.left[0]) > LEFT_GAP:
            return False
        if linked.between(self.left[1], link.left[0]) > LEFT_GAP_LINKED:
            return False
        self.links.append(link)
        self.left = (min(self.left[0], link.left[0]), max(self.left[1], link.left[1]))
        self.right = (self.right[0], max(self.right[1], link.right[1]))
        return True

    def passage(self, number: int) -> Passage:
        total = sum(x.weight for x in self.links)
        similarity = sum(x.similarity * x.weight for x in self.links) / total
        return Passage(number, self.left, self.right, similarity,
                       tuple(x.difference for x in self.links if x.difference is not None),
                       tuple(x.match for x in self.links if x.match is not None))


class _NonSpace:
    """Counts of non-space characters (only those inside ``spans``, if given) between any
    two offsets, in constant time."""

    def __init__(self, text: str, spans: list[Span] | None = None) -> None:
        if spans is None:
            flags = [not c.isspace() for c in text]
        else:
            flags = [False] * len(text)
            for start, end in _merged(spans):
                flags[start:end] = [not c.isspace() for c in text[start:end]]
        self._before = list(accumulate(flags, initial=0))

    def between(self, start: int, end: int) -> int:
        return self._before[end] - self._before[start] if end > start else 0

    def weight(self, span: Span) -> int:
        return max(1, self.between(*span))


def _merged(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        elif end > start:
            out.append((start, end))
    return out
