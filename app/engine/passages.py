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

from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

from app.engine.records import Difference, Match, Passage, Span

# The copy's own text (non-space characters) that may lie inside a passage between two links.
RIGHT_GAP = 200
# A link continues a passage from anywhere within this many non-space characters of it in the
# original, before or after: a copy skips what it leaves out (a summary skips much), and takes
# the sentences of a passage in its own order (a summary, a shuffle). Further away in the
# original, it begins another passage (a paragraph moved from elsewhere, a repeat).
LEFT_GAP = 10000


# Inside a passage, links that follow on in the original (each within this many non-space
# characters of those before it) make a run. A passage whose runs jump back in the original,
# with runs of RUN_PASSAGE characters of the copy or more that each take at most RUN_TAKEN
# times their length of it and make up half of it or more, is passages taken side by side
# (two paragraphs of the copy from two places of the original): each such run is a passage,
# and short runs from far away between them (a heading or a line the original also has
# elsewhere) belong to none. Runs in the original's order, or taking more of it, are one
# passage: a summary skips forward.
RUN_GAP = 500
RUN_PASSAGE = 200
RUN_TAKEN = 1.5

# A passage has at least this many non-space characters in the copy (about 20 words): an
# identical "Home" or "Share this page" is no borrowed passage (its link stays a link) ...
MIN_PASSAGE = 120
# ... unless it makes up this share of a short copy, or is a sentence of about nine words
# or more taken nearly word for word (a press release's one-sentence lede).
MIN_PASSAGE_SHARE = 0.5
MIN_CLOSE_PASSAGE = 50
CLOSE = 0.9

# A passage that takes at least this many times more of the original than it gives in the
# copy sums the original up; when little of the original lies beyond it on either side (at
# most EDGE times the passage's own length there), it sums up the original to that edge.
CONDENSED = 3.0
EDGE = 1.0

# At a passage's ends, words one side has and the other has not (a sentence of the copy that
# runs on into its own text, a source sentence the copy took only half of) are left out of
# the passage when they make up this many non-space characters.
TRIM = 20


@dataclass(frozen=True, slots=True)
class _Link:
    left: Span
    right: Span
    similarity: float
    weight: int
    difference: Difference | None  # a changed or moved difference
    match: int | None              # or the index of a match


def passages(left_text: str, right_text: str, differences: tuple[Difference, ...],
             matches: tuple[Match, ...]) -> tuple[Passage, ...]:
    """The borrowed passages of a comparison, in the copy's order, numbered from 1."""
    lcount, rcount = _NonSpace(left_text), _NonSpace(right_text)
    links = [_Link(m.left, m.right, m.similarity, rcount.weight(m.right), None, k)
             for k, m in enumerate(matches)]
    links += [_Link(d.left, d.right, d.similarity if d.similarity is not None else 1.0,
                    rcount.weight(d.right), d, None)
              for d in differences
              if d.kind in ("changed", "moved") and d.left is not None and d.right is not None]
    links.sort(key=lambda x: (x.right[0], x.left[0]))
    groups: list[_Group] = []
    for link in links:
        if not (groups and groups[-1].take(link, lcount, rcount)):
            groups.append(_Group(link))
    found = [part.passage(lcount, rcount) for g in groups for part in _parts(g, lcount, rcount)]
    least = min(MIN_PASSAGE, MIN_PASSAGE_SHARE * rcount.between(0, len(right_text)))
    kept = [p for p in found if rcount.between(*p.right) >= least
            or (p.similarity >= CLOSE and rcount.between(*p.right) >= MIN_CLOSE_PASSAGE)]
    alone = len(kept) == 1
    return tuple(replace(_to_edges(p, lcount, rcount, len(left_text), alone), id=n)
                 for n, p in enumerate(kept, start=1))


def _parts(group: _Group, lcount: _NonSpace, rcount: _NonSpace) -> list[_Group]:
    """The passage as gathered, or its runs that are passages on their own (see RUN_GAP)."""
    runs: list[_Group] = []
    for link in group.links:
        last = runs[-1] if runs else None
        if last is not None and (lcount.between(last.left[1], link.left[0]) <= RUN_GAP
                                 and lcount.between(link.left[1], last.left[0]) <= RUN_GAP):
            last.add(link)
        else:
            runs.append(_Group(link))
    whole = [r for r in runs if rcount.between(*r.right) >= RUN_PASSAGE]
    if (not whole or sum(r.weight() for r in whole) * 2 < group.weight()
            or all(a.left[0] < b.left[0] for a, b in pairwise(runs))
            or any(lcount.between(*r.left) > RUN_TAKEN * rcount.between(*r.right) for r in whole)):
        return [group]
    return whole


def _to_edges(p: Passage, lcount: _NonSpace, rcount: _NonSpace, end: int, alone: bool) -> Passage:
    """A summing-up passage stretched to the original's start or end when it nearly reaches it,
    or to both when it is all the copy takes (the copy sums up the whole original)."""
    taken = lcount.between(*p.left)
    if taken < CONDENSED * rcount.between(*p.right):
        return p
    start, stop = p.left
    if alone or lcount.between(0, start) <= EDGE * taken:
        start = lcount.next_non_space(0, start)
    if alone or lcount.between(stop, end) <= EDGE * taken:
        stop = lcount.previous_non_space(end, stop)
    return replace(p, left=(start, stop))


class _Group:
    """A passage being gathered, link by link in the copy's order."""

    def __init__(self, first: _Link) -> None:
        self.links = [first]
        self.left = first.left
        self.right = first.right

    def take(self, link: _Link, lcount: _NonSpace, rcount: _NonSpace) -> bool:
        """Add ``link`` if it continues the passage in both texts."""
        if rcount.between(self.right[1], link.right[0]) > RIGHT_GAP:
            return False  # too much of the copy's own text in between
        if lcount.between(link.left[1], self.left[0]) > LEFT_GAP:
            return False  # from far back in the original
        if lcount.between(self.left[1], link.left[0]) > LEFT_GAP:
            return False  # from far ahead
        self.add(link)
        return True

    def add(self, link: _Link) -> None:
        self.links.append(link)
        self.left = (min(self.left[0], link.left[0]), max(self.left[1], link.left[1]))
        self.right = (self.right[0], max(self.right[1], link.right[1]))

    def weight(self) -> int:
        return sum(x.weight for x in self.links)

    def passage(self, lcount: _NonSpace, rcount: _NonSpace) -> Passage:
        total = sum(x.weight for x in self.links)
        similarity = sum(x.similarity * x.weight for x in self.links) / total
        left, right = self.left, self.right
        first = min(self.links, key=lambda x: x.right[0])
        last = max(self.links, key=lambda x: x.right[1])
        if first.difference is not None:
            left, right = _trim(first.difference, left, right, lcount, rcount, at_start=True)
        if last.difference is not None:
            left, right = _trim(last.difference, left, right, lcount, rcount, at_start=False)
        return Passage(0, left, right, similarity,
                       tuple(x.difference.id for x in self.links if x.difference is not None),
                       tuple(x.match for x in self.links if x.match is not None))


def _trim(d: Difference, left: Span, right: Span, lcount: _NonSpace, rcount: _NonSpace,
          at_start: bool) -> tuple[Span, Span]:
    """The passage's spans without the one-sided words at one end of its first (or last) link."""
    assert d.left is not None and d.right is not None
    deleted = [e.left for e in d.edits if e.left is not None]
    inserted = [e.right for e in d.edits if e.right is not None]
    if at_start:
        cut_left = next((e for s, e in deleted if lcount.between(d.left[0], s) == 0), None)
        cut_right = next((e for s, e in inserted if rcount.between(d.right[0], s) == 0), None)
        if (cut_left is None) == (cut_right is None):
            return left, right  # both sides start alike, or both reworded: keep the link whole
        if cut_left is not None and left[0] == d.left[0] and lcount.between(left[0], cut_left) >= TRIM:
            left = (lcount.next_non_space(cut_left, left[1]), left[1])
        if cut_right is not None and right[0] == d.right[0] and rcount.between(right[0], cut_right) >= TRIM:
            right = (rcount.next_non_space(cut_right, right[1]), right[1])
        return left, right
    cut_left = next((s for s, e in deleted if lcount.between(e, d.left[1]) == 0), None)
    cut_right = next((s for s, e in inserted if rcount.between(e, d.right[1]) == 0), None)
    if (cut_left is None) == (cut_right is None):
        return left, right
    if cut_left is not None and left[1] == d.left[1] and lcount.between(cut_left, left[1]) >= TRIM:
        left = (left[0], lcount.previous_non_space(cut_left, left[0]))
    if cut_right is not None and right[1] == d.right[1] and rcount.between(cut_right, right[1]) >= TRIM:
        right = (right[0], rcount.previous_non_space(cut_right, right[0]))
    return left, right


_NON_SPACE_BYTES = bytes(0 if chr(b).isspace() else 1 for b in range(128)) + bytes(128)


class _NonSpace:
    """Counts of non-space characters between any two offsets, in constant time."""

    def __init__(self, text: str) -> None:
        if text.isascii():  # a byte a character: 1 for each non-space, counted in C
            self._before = list(accumulate(text.encode("ascii").translate(_NON_SPACE_BYTES), initial=0))
        else:
            self._before = list(accumulate((not c.isspace() for c in text), initial=0))

    def between(self, start: int, end: int) -> int:
        return self._before[end] - self._before[start] if end > start else 0

    def weight(self, span: Span) -> int:
        return max(1, self.between(*span))

    def next_non_space(self, start: int, limit: int) -> int:
        """The first offset at or after ``start`` (up to ``limit``) before a non-space character."""
        before = self._before
        while start < limit and before[start + 1] == before[start]:
            start += 1
        return start

    def previous_non_space(self, end: int, limit: int) -> int:
        """The last offset at or before ``end`` (down to ``limit``) after a non-space character."""
        before = self._before
        while end > limit and before[end] == before[end - 1]:
            end -= 1
        return end

