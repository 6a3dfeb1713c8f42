"""Finding runs of words fast: a sequence of folded words and where each word occurs.

The strict quotation check looks for the words of a quotation among all
the quotations of the other text, and in its plain text. Scanning for
each one made the check quadratic (every quotation against every other;
a page of short quotations, 10 KB, took minutes and gigabytes). Here a
phrase is found from the occurrences of its rarest word, each checked in
place, nearest to a point first; and every search has a budget of tries,
so a text built to defeat the index costs a bounded amount of work per
search, not a scan.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Sequence

TRIES = 400  # occurrences of a phrase's rarest word checked in one search, at most
SEARCH_COST = 16  # what a search costs besides its tries and its words, in tries (some 2 us)


class Tries:
    """A budget of tries that the searches of several indexes share (one facts check).

    TRIES bounds one search, not their number: a page of 20,000 quotations of a few common words
    each, none in the other text, searched four times each, took 400 tries a search (some 60 us):
    10 s a megabyte; quotations cut by ellipses into many pieces, a search a piece, more. Once
    the budget is spent every search finds nothing (``spent``).
    """

    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left

    @property
    def spent(self) -> bool:
        """Whether the budget is spent: searches since found nothing."""
        return self.left <= 0


class WordIndex:
    """Folded words in order, with the positions of each word; ``budget``: the tries its
    searches may take, shared (None: TRIES a search, without end)."""

    def __init__(self, words: Sequence[str], budget: Tries | None = None) -> None:
        self._budget = budget
        self.words: tuple[str, ...] = tuple(words)
        positions: dict[str, list[int]] = defaultdict(list)
        for at, word in enumerate(self.words):
            positions[word].append(at)
        self._at = dict(positions)

    def __len__(self) -> int:
        return len(self.words)

    def count(self, word: str) -> int:
        """How often ``word`` occurs."""
        return len(self._at.get(word, ()))

    def positions(self, word: str) -> list[int]:
        """Where ``word`` occurs, in order (do not change the list)."""
        return self._at.get(word, [])

    def _rarest(self, phrase: Sequence[str]) -> tuple[int, list[int]]:
        """The offset in ``phrase`` of its rarest word, and that word's positions."""
        at = self._at
        counts = [len(at.get(word, ())) for word in phrase]  # (a call a word was most of a long search)
        best = counts.index(min(counts))
        return best, self.positions(phrase[best])

    def find(self, phrase: Sequence[str], lo: int = 0, hi: int | None = None) -> int:
        """The first position ``p`` in ``[lo, hi)`` where ``phrase`` stands whole, or -1.

        -1 also when TRIES occurrences of its rarest word were checked in vain, or the budget ran out.
        """
        n = len(phrase)
        hi = len(self.words) if hi is None else hi
        if not n or hi - lo < n:
            return -1
        tries = self._tries(n)
        phrase = tuple(phrase)
        k, postings = self._rarest(phrase)
        i = start = bisect_left(postings, lo + k)
        found = -1
        for _ in range(tries):
            if i >= len(postings):
                break
            p = postings[i] - k
            if p + n > hi:
                break
            if self.words[p:p + n] == phrase:
                found = p
                break
            i += 1
        if self._budget is not None:
            self._budget.left -= i - start
        return found

    def near(self, phrase: Sequence[str], around: int, limit: int) -> Iterator[int]:
        """Positions where ``phrase`` stands whole, nearest to ``around`` first, ``limit`` at most.

        Checks TRIES occurrences of the phrase's rarest word at most (fewer if the budget runs out).
        """
        n = len(phrase)
        if not n or limit <= 0:
            return
        tries = self._tries(n)
        phrase = tuple(phrase)
        k, postings = self._rarest(phrase)
        right = bisect_left(postings, around + k)
        left = right - 1
        found = 0
        budget = self._budget
        for _ in range(tries):
            if budget is not None:  # (a try at a time: the caller may stop before the search ends)
                budget.left -= 1
            if left < 0 and right >= len(postings):
                return
            take_right = left < 0 or (right < len(postings)
                                      and postings[right] - k - around <= around - (postings[left] - k))
            if take_right:
                p = postings[right] - k
                right += 1
            else:
                p = postings[left] - k
                left -= 1
            if p >= 0 and self.words[p:p + n] == phrase:
                yield p
                found += 1
                if found >= limit:
                    return

    def _tries(self, n: int) -> int:
        """The tries a search of ``n`` words may take (the budget charged for the search itself)."""
        budget = self._budget
        if budget is None:
            return TRIES
        if budget.left <= 0:
            return 0
        budget.left -= SEARCH_COST + n
        return min(TRIES, max(0, budget.left))

    def common_prefix(self, at: int, phrase: Sequence[str]) -> int:
        """How many words of ``phrase`` stand from position ``at`` on."""
        n = 0
        for mine, theirs in zip(self.words[at:at + len(phrase)], phrase, strict=False):
            if mine != theirs:
                break
            n += 1
        return n
