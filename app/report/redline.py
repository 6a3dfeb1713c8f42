"""The comparison as one stream of kept, deleted and inserted text: what tracked changes are made of.

``redline(comparison)`` cuts both texts into pieces, in the copy's reading
order, such that the kept and deleted pieces joined give the original
exactly, and the kept and inserted pieces give the copy exactly. So a Word
document made of them (docx_writer.py) gives the copy when every change is
accepted, and the original when every change is rejected.

How: the linked passages of the comparison (identical matches, changed and
moved pairs) that stand in the same order on both sides are kept as
anchors (a longest increasing run, as the report's rows); text between
anchors is deleted (the original's) then inserted (the copy's). Inside a
reworded pair the engine's word edits are used: the text between them is
kept where both sides have the same characters, and a typography-only
difference (a curly quote for a straight one) becomes a small deletion and
insertion. A passage moved out of order is deleted where it stood and
inserted where the copy has it, as Word shows a move.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from app.engine.records import Comparison, Difference, Span

Op = Literal["keep", "delete", "insert"]
#: A pair whose pieces do not line up is diffed word by word, if it is no longer than this (tokens).
MAX_DIFF_TOKENS = 3000
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Piece:
    """Text that both texts keep, or that the original alone (delete) or the copy alone (insert) has.

    ``left``/``right``: where the piece starts in the original / the copy (None on the side
    that does not have it).
    """

    op: Op
    text: str
    left: int | None
    right: int | None

    @property
    def left_span(self) -> Span | None:
        """The piece's span in the original, or None."""
        return None if self.left is None else (self.left, self.left + len(self.text))

    @property
    def right_span(self) -> Span | None:
        """The piece's span in the copy, or None."""
        return None if self.right is None else (self.right, self.right + len(self.text))


def redline(comparison: Comparison) -> list[Piece]:
    """Kept, deleted and inserted pieces of both texts, in order (see the module doc)."""
    left, right = comparison.left.text, comparison.right.text
    out = _Stream(left, right)
    for anchor in _anchors(comparison):
        (ls, le), (rs, re_) = anchor.left, anchor.right
        out.gap(ls, rs)
        if left[ls:le] == right[rs:re_]:
            out.keep(ls, rs, le - ls)
        elif anchor.difference is not None and _by_edits(out, anchor.difference):
            pass
        else:
            _by_words(out, (ls, le), (rs, re_))
    out.gap(len(left), len(right))
    return out.pieces()


@dataclass(frozen=True, slots=True)
class _Anchor:
    left: Span
    right: Span
    difference: Difference | None  # a reworded pair with word edits, or None for an identical match


def _anchors(comparison: Comparison) -> list[_Anchor]:
    """Linked passages in the same order on both sides, not overlapping (a longest increasing run)."""
    linked = [_Anchor(m.left, m.right, None) for m in comparison.matches]
    linked += [_Anchor(d.left, d.right, d) for d in comparison.differences
               if d.kind in ("changed", "moved") and d.left is not None and d.right is not None]
    linked = [a for a in linked if a.left[0] < a.left[1] or a.right[0] < a.right[1]]
    linked.sort(key=lambda a: (a.left, a.right))
    tails: list[int] = []  # the smallest right start that ends a run of each length
    tail_at: list[int] = []
    back: list[int] = []
    for i, a in enumerate(linked):
        k = bisect.bisect_left(tails, a.right[0])
        if k == len(tails):
            tails.append(a.right[0])
            tail_at.append(i)
        else:
            tails[k] = a.right[0]
            tail_at[k] = i
        back.append(tail_at[k - 1] if k else -1)
    chain = []
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        chain.append(linked[i])
        i = back[i]
    out: list[_Anchor] = []
    for a in reversed(chain):  # an anchor overlapping the one before (nested pairs) is left to the gaps
        if not out or (a.left[0] >= out[-1].left[1] and a.right[0] >= out[-1].right[1]):
            out.append(a)
    return out


class _Stream:
    """Pieces as they are made, each side's cursor with them; adjacent pieces of one op merged."""

    def __init__(self, left: str, right: str) -> None:
        self.left, self.right = left, right
        self.at_left = self.at_right = 0
        self._pieces: list[Piece] = []

    def gap(self, left_to: int, right_to: int, any_characters: bool = False) -> None:
        """The original's text up to ``left_to`` deleted, then the copy's up to ``right_to`` inserted.

        White space both have at the start and the end of the gap (a paragraph break) is kept;
        with ``any_characters``, whatever characters both have there (inside a reworded pair).
        """
        a, b = self.left[self.at_left:left_to], self.right[self.at_right:right_to]
        head = 0
        while head < min(len(a), len(b)) and a[head] == b[head] and (any_characters or a[head].isspace()):
            head += 1
        tail = 0
        while (tail < min(len(a), len(b)) - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]
               and (any_characters or a[len(a) - 1 - tail].isspace())):
            tail += 1
        self._keep_here(head)
        self.delete(left_to - tail)
        self.insert(right_to - tail)
        self._keep_here(tail)

    def _keep_here(self, length: int) -> None:
        if length > 0:
            self._add(Piece("keep", self.right[self.at_right:self.at_right + length], self.at_left, self.at_right))
            self.at_left += length
            self.at_right += length

    def delete(self, left_to: int) -> None:
        if left_to > self.at_left:
            self._add(Piece("delete", self.left[self.at_left:left_to], self.at_left, None))
            self.at_left = left_to

    def insert(self, right_to: int) -> None:
        if right_to > self.at_right:
            self._add(Piece("insert", self.right[self.at_right:right_to], None, self.at_right))
            self.at_right = right_to

    def keep(self, left_at: int, right_at: int, length: int) -> None:
        """Text the same on both sides, at these offsets (what comes before it is a gap)."""
        self.gap(left_at, right_at)
        self._keep_here(length)

    def _add(self, piece: Piece) -> None:
        last = self._pieces[-1] if self._pieces else None
        if last is not None and last.op == piece.op:
            self._pieces[-1] = Piece(piece.op, last.text + piece.text, last.left, last.right)
        else:
            self._pieces.append(piece)

    def pieces(self) -> list[Piece]:
        return list(self._pieces)


def _complement(span: Span, holes: list[Span]) -> list[Span]:
    """The parts of ``span`` outside ``holes`` (spans inside it)."""
    out = []
    at = span[0]
    for s, e in sorted(holes):
        if s > at:
            out.append((at, s))
        at = max(at, e)
    if at < span[1]:
        out.append((at, span[1]))
    return out


def _by_edits(out: _Stream, d: Difference) -> bool:
    """The pair by its word edits: the text between them kept (same characters) or replaced.

    False, with nothing written, when the two sides' unedited parts do not pair up.
    """
    assert d.left is not None and d.right is not None
    kept_left = _complement(d.left, [e.left for e in d.edits if e.op == "delete" and e.left is not None])
    kept_right = _complement(d.right, [e.right for e in d.edits if e.op == "insert" and e.right is not None])
    if len(kept_left) != len(kept_right):
        return False
    for lspan, rspan in zip(kept_left, kept_right, strict=True):
        out.gap(lspan[0], rspan[0])
        out.gap(lspan[1], rspan[1], any_characters=True)  # the same words: kept, typography aside
    out.gap(d.left[1], d.right[1])
    return True


def _by_words(out: _Stream, left: Span, right: Span) -> None:
    """A pair diffed word by word (difflib), or replaced whole when too long to diff in bounded time."""
    a = [(m.start(), m.end()) for m in _TOKEN.finditer(out.left, left[0], left[1])]
    b = [(m.start(), m.end()) for m in _TOKEN.finditer(out.right, right[0], right[1])]
    if len(a) > MAX_DIFF_TOKENS or len(b) > MAX_DIFF_TOKENS:
        out.gap(left[1], right[1])
        return
    words_a = [out.left[s:e] for s, e in a]
    words_b = [out.right[s:e] for s, e in b]
    for block in SequenceMatcher(None, words_a, words_b, autojunk=False).get_matching_blocks():
        if block.size == 0:
            continue
        start_a, start_b = a[block.a][0], b[block.b][0]
        end_a = a[block.a + block.size - 1][1]
        out.keep(start_a, start_b, end_a - start_a)
    out.gap(left[1], right[1])
