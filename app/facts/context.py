"""Whether two figures are the same fact: the same value *in the same place or words*.

A figure (a number, an amount, a percentage, a date) is a claim about
something: "50%" of people who forget numbers is not "50%" of people who
never back up their phone. Two figures of equal value are the same fact
only when they stand in aligned text (the same match, changed or moved
passage of the comparison) or when the words around them are mostly the
same (a sentence the copy moved and rewrote). Names are not context-bound:
"Putin" is Putin wherever he is named.
"""

from __future__ import annotations

import bisect

from app.engine.records import Comparison
from app.facts.folding import words_with_spans
from app.facts.records import Fact, SideName, Span

CONTEXT_KINDS = frozenset({"number", "money", "percent", "date"})
WINDOW_CHARS = 90  # how far the words around a figure are read, either side (within its line)
WINDOW_WORDS = 6
SAME_CONTEXT = 0.5  # share of the smaller set of context words the other must have
_FUNCTION_WORDS = frozenset(
    "a an the of and or but to in on at for by with from into than then that this these those it its "
    "is was were are be been being has have had as so not no also about around some more less over under "
    "up out he she they we you his her their our them him i said says say told".split())


class ContextJudge:
    """Answers whether a figure of the original and one of the copy are the same fact."""

    def __init__(self, comparison: Comparison) -> None:
        self._texts = {"left": comparison.left.text, "right": comparison.right.text}
        units = [(m.left, m.right) for m in comparison.matches]
        units += [(d.left, d.right) for d in comparison.differences
                  if d.left is not None and d.right is not None and d.kind in ("changed", "moved")]
        units.sort()
        self._units = units
        # A repeat in the copy stands for its first occurrence, which is what is aligned.
        self._repeats = sorted((d.right, d.duplicate_of) for d in comparison.differences
                               if d.kind == "duplicated" and d.right is not None and d.duplicate_of is not None)
        self._repeat_starts = [r[0][0] for r in self._repeats]
        self._starts = [u[0][0] for u in units]
        self._words: dict[tuple[SideName, Span], frozenset[str]] = {}
        self._folded: dict[str, str] = {}  # words folded so far (the windows of figures overlap)

    def same_fact(self, left: Fact, right: Fact) -> bool:
        """Whether ``left`` (original) and ``right`` (copy), of equal value, are one fact."""
        if left.kind not in CONTEXT_KINDS:
            return True
        return self.aligned(left.span, right.span) or self.similar_context(left, right)

    def aligned(self, left: Span, right: Span) -> bool:
        """Whether ``right`` (or, in a repeat, its first occurrence) lies in a linked unit with ``left``."""
        at = right[0]
        also = -1  # the place in the first occurrence, for a repeat (no set and no generator a pair)
        k = bisect.bisect_right(self._repeat_starts, at) - 1
        if k >= 0 and at < self._repeats[k][0][1]:
            repeat, first = self._repeats[k]
            also = min(first[1] - 1, first[0] + at - repeat[0])
        i = bisect.bisect_right(self._starts, left[0]) - 1
        # Units may nest or touch (a changed pair inside a moved run): look back a few.
        for j in range(i, max(-1, i - 4), -1):
            own, other = self._units[j]
            if own[0] <= left[0] and left[1] <= own[1] and (
                    other[0] <= at < other[1] or (also >= 0 and other[0] <= also < other[1])):
                return True
        return False

    def similar_context(self, left: Fact, right: Fact) -> bool:
        """Whether the content words around both figures are mostly the same."""
        a, b = self.context(left), self.context(right)
        if not a or not b:
            return False
        shared = len(a & b)
        return shared >= min(2, len(a), len(b)) and shared >= SAME_CONTEXT * min(len(a), len(b))

    def context(self, fact: Fact) -> frozenset[str]:
        """The content words near ``fact`` in its line: up to WINDOW_WORDS either side."""
        key = (fact.side, fact.span)
        if key not in self._words:
            text = self._texts[fact.side]
            start, end = fact.span
            # Newlines looked for in the window only: from the line's start, each figure of a
            # long line read all of the line before it (quadratic).
            lo = max(0, start - WINDOW_CHARS)
            lo = text.rfind("\n", lo, start) + 1 or lo
            hi = min(len(text), end + WINDOW_CHARS)
            newline = text.find("\n", end, hi)
            hi = hi if newline < 0 else newline
            before = [w for w, _, _ in words_with_spans(text, lo, start, self._folded) if _content(w)][-WINDOW_WORDS:]
            after = [w for w, _, _ in words_with_spans(text, end, hi, self._folded) if _content(w)][:WINDOW_WORDS]
            self._words[key] = frozenset(before + after)
        return self._words[key]


def _content(word: str) -> bool:
    return word not in _FUNCTION_WORDS and not word[:1].isdigit()
