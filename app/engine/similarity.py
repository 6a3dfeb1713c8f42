"""How much two sentences share, weighting rare words over common ones.

Each sentence becomes a set of token ids; a token weighs its inverse
document frequency over the sentences of both texts, so that a name or a
figure counts for more than a word every sentence of the article uses.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher
from itertools import chain

STOPWORD_FACTOR = 0.15
# Tokens in more sentences than this are left out of candidate look-ups, which
# keeps the look-up linear in the length of the texts.
POSTING_CAP = 12


# difflib's SequenceMatcher reads two sentences in time that grows with their lengths' product
# and, worse, with the number of equal pairs of words: a 25 KB sentence of "Mr Mr Mr ..."
# against its copy took 66 s, and 120 words of "x y z" repeated 45 ms a pair. It is used where it
# is cheap (short sentences, words seldom repeated), as before; other pairs are counted exactly
# (a longest common subsequence, from the equal pairs) within a budget of equal pairs.
ORDERED_PRODUCT = 2_500  # at most 50 x 50 words for SequenceMatcher
ORDERED_PAIRS = 8  # equal pairs of words per word of the two, at most, for the exact count
LONG_SENTENCE = 50  # words: a longer sentence has its meaningful words and their places found once


Places = dict[Hashable, list[int]]


def places(words: Sequence[Hashable]) -> Places:
    """Where each word of ``words`` is, in order."""
    found: defaultdict[Hashable, list[int]] = defaultdict(list)
    for k, word in enumerate(words):
        found[word].append(k)
    return dict(found)


def kept_in_order(a: Sequence[Hashable], b: Sequence[Hashable],
                  places_a: Places | None = None, places_b: Places | None = None) -> int:
    """How many words of ``a`` and ``b`` a diff keeps in the same order, in bounded time.

    ``places_a``, ``places_b``: ``places`` of each, when known (a long sentence
    weighed against many others is read once, not for each).
    """
    if not a or not b:
        return 0
    if len(a) * len(b) <= ORDERED_PRODUCT:
        in_b = places_b if places_b is not None else places(b)
        if sum(len(in_b.get(word, ())) for word in a) <= len(a) + len(b):
            return sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    # The LCS is the same read from either side: the shorter is read, the longer looked up.
    if len(a) > len(b):
        a, b, places_a, places_b = b, a, places_b, places_a
    in_b = places_b if places_b is not None else places(b)
    if sum(len(in_b.get(word, ())) for word in a) > ORDERED_PAIRS * (len(a) + len(b)):
        in_a = places_a if places_a is not None else places(a)  # words repeated many times:
        in_b = {w: in_b[w] for w in in_a if len(in_a[w]) == 1 and len(in_b.get(w, ())) == 1}  # once each
    # Hunt and Szymanski: the equal pairs in a's order, each word's places in b from the last,
    # and the longest run of them rising in b (patience: the smallest end of each length).
    ends: list[int] = []
    for word in a:
        for k in reversed(in_b.get(word, ())):
            at = bisect_left(ends, k)
            if at == len(ends):
                ends.append(k)
            else:
                ends[at] = k
    return len(ends)


class Profiles:
    """Weighted token sets of every sentence on both sides, and look-ups between them."""

    def __init__(self, left: list[list[str]], right: list[list[str]]) -> None:
        # Ids in the order tokens are first seen, left then right (as setdefault gave them).
        seen = dict.fromkeys(chain(chain.from_iterable(left), chain.from_iterable(right)))
        ids = {t: k for k, t in enumerate(seen)}
        self._left_ids = [list(map(ids.__getitem__, toks)) for toks in left]
        self._right_ids = [list(map(ids.__getitem__, toks)) for toks in right]
        self.left = list(map(frozenset, self._left_ids))
        self.right = list(map(frozenset, self._right_ids))
        df: Counter[int] = Counter(chain.from_iterable(self.left))  # in how many sentences each token is
        df.update(chain.from_iterable(self.right))
        n = len(self.left) + len(self.right) + 1
        names = list(ids)  # by id
        self.weight = [
            math.log(n / df[k] + 1.0) * (STOPWORD_FACTOR if names[k].startswith("~") else 1.0)
            for k in range(len(ids))
        ]
        weight = self.weight.__getitem__
        self.left_total = [sum(map(weight, s)) for s in self.left]  # (self.total of each, inlined)
        self.right_total = [sum(map(weight, s)) for s in self.right]
        self.left_sum = sum(self.left_total)
        self.right_sum = sum(self.right_total)
        self._df = df
        self.is_content = [not name.startswith("~") for name in names]
        self._long: dict[tuple[int, int], tuple[list[int], Places]] = {}

    def bag(self, side: str, index: int) -> Counter[int]:
        """The tokens of one sentence with their counts (for merges, where repeats matter)."""
        return Counter((self._left_ids if side == "left" else self._right_ids)[index])

    def bag_weight(self, bag: Counter[int]) -> float:
        w = self.weight
        return sum(w[t] * n for t, n in bag.items())

    def content_count(self, tokens: frozenset[int] | set[int]) -> int:
        """How many of ``tokens`` are meaningful words (not stop words)."""
        c = self.is_content
        return sum(1 for t in tokens if c[t])

    def total(self, tokens: frozenset[int] | set[int]) -> float:
        return sum(map(self.weight.__getitem__, tokens))

    def shared(self, a: frozenset[int] | set[int], b: frozenset[int] | set[int]) -> float:
        return sum(map(self.weight.__getitem__, a & b))

    def dice(self, i: int, j: int) -> float:
        """Weighted Dice similarity of left sentence i and right sentence j (0..1)."""
        denom = self.left_total[i] + self.right_total[j]
        if denom <= 0:
            return 0.0
        return 2.0 * self.shared(self.left[i], self.right[j]) / denom

    def ordered_shared(self, i: int, j: int) -> int:
        """How many meaningful words left sentence i and right sentence j share in the same order."""
        (a, in_a), (b, in_b) = self._content(0, i), self._content(1, j)
        return kept_in_order(a, b, in_a, in_b)

    def _content(self, side: int, k: int) -> tuple[list[int], Places | None]:
        """A sentence's meaningful words, with their ``places`` when it is long (kept: a long
        sentence weighed against many others is read once)."""
        ids = (self._right_ids if side else self._left_ids)[k]
        if len(ids) <= LONG_SENTENCE:
            c = self.is_content
            return [t for t in ids if c[t]], None
        found = self._long.get((side, k))
        if found is None:
            content = [t for t in ids if self.is_content[t]]
            found = self._long[(side, k)] = (content, places(content))
        return found

    def dice_right(self, j: int, k: int) -> float:
        """Weighted Dice similarity of two sentences of the right side."""
        denom = self.right_total[j] + self.right_total[k]
        if denom <= 0:
            return 0.0
        return 2.0 * self.shared(self.right[j], self.right[k]) / denom

    def candidates(self, limit: int = 8) -> list[list[int]]:
        """For each right sentence, the left sentences sharing the most rare words with it."""
        index = _index(self.left, self._df)
        w = self.weight
        out: list[list[int]] = []
        for toks in self.right:
            score: defaultdict[int, float] = defaultdict(float)
            for t in toks:
                for i in index.get(t, ()):
                    score[i] += w[t]
            out.append(sorted(score, key=lambda i: (-score[i], i))[:limit])
        return out

    def earlier_repeats(self, limit: int = 4) -> list[list[int]]:
        """For each right sentence, earlier right sentences sharing the most rare words with it."""
        index: dict[int, list[int]] = {}
        w = self.weight
        out: list[list[int]] = []
        for j, toks in enumerate(self.right):
            score: defaultdict[int, float] = defaultdict(float)
            for t in toks:
                for k in index.get(t, ()):
                    score[k] += w[t]
            out.append(sorted(score, key=lambda k: (-score[k], k))[:limit])
            for t in toks:
                if self._df[t] <= POSTING_CAP:
                    index.setdefault(t, []).append(j)
        return out


def _index(sets: list[frozenset[int]], df: Counter[int]) -> dict[int, list[int]]:
    index: dict[int, list[int]] = {}
    for i, toks in enumerate(sets):
        for t in toks:
            if df[t] <= POSTING_CAP:
                index.setdefault(t, []).append(i)
    return index
