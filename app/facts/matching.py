"""When two facts are the same fact, tolerant of form: keys for numbers, dates and names.

Numbers, money, percentages and dates match on their normalised values
("five" = 5, "$500bn" = "500 billion dollars"). Names match on their
canonical, folded form ("US" = "United States" = "U.S.", "Séjourné" =
"Sejourne"), and a single word matches a full name whose last word it is
("Putin" = "Vladimir Putin"), but two full names never match on surnames alone.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable

from app.facts.folding import name_key
from app.facts.records import NAME_KINDS, Fact

Key = tuple[str, ...]


def index_keys(fact: Fact, fold: Callable[[str], str] = name_key) -> list[Key]:
    """The keys a fact is found under (``fold``: ``name_key``, or one that remembers its answers)."""
    if fact.kind in NAME_KINDS:
        full = fold(str(fact.value))
        words = full.split()
        if len(words) == 1:
            return [("name", full), ("single", full)]
        return [("name", full), ("last", words[-1])]
    return [("value", fact.kind, repr(fact.value))]


def query_keys(fact: Fact, fold: Callable[[str], str] = name_key) -> list[Key]:
    """The keys under which the facts that match ``fact`` are found (``fold``: as for index_keys)."""
    if fact.kind in NAME_KINDS:
        full = fold(str(fact.value))
        words = full.split()
        if len(words) == 1:
            return [("name", full), ("last", full)]
        return [("name", full), ("single", words[-1])]
    return [("value", fact.kind, repr(fact.value))]


class FactIndex:
    """Facts of one side, found by the facts of the other that match them."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self._folded: dict[str, str] = {}  # names folded so far: a text names the same people often
        self._by_key: dict[Key, list[Fact]] = defaultdict(list)
        for fact in sorted(facts, key=lambda f: f.span):
            for key in index_keys(fact, self.fold):
                self._by_key[key].append(fact)
        self._starts = {key: [f.span[0] for f in facts] for key, facts in self._by_key.items()}

    def fold(self, name: str) -> str:
        """``name_key(name)``, each distinct name folded once for this index."""
        found = self._folded.get(name)
        if found is None:
            found = self._folded[name] = name_key(name)
        return found

    def first(self, fact: Fact, at: int, limit: int) -> Fact | None:
        """``nearest(fact, at, limit)[0]`` (None for no match), without the rest of the list.

        Most facts are paired with the first of their list and need no more of it (a figure
        or a name in every sentence of a megabyte: making each list was a fifth of the check).
        Of each key's window of candidates (``limit`` either side of ``at``), the first in
        order of (distance, span, place) is the nearest before ``at`` with the least span
        (the first of those starting there) or the first at or after ``at``. One key's list is
        walked as ``_nearest_in`` walks it.
        """
        keys = query_keys(fact, self.fold)
        if limit < 1:
            return None
        if len(keys) == 1:  # as ``_nearest_in`` walks: the one before ``at`` on a tie
            facts = self._by_key.get(keys[0])
            if not facts:
                return None
            starts = self._starts[keys[0]]
            k = bisect.bisect_left(starts, at)
            if k > 0 and (k == len(facts) or at - starts[k - 1] <= starts[k] - at):
                return facts[k - 1]
            return facts[k]
        best: tuple[int, tuple[int, int], int, int] | None = None
        found = None
        for order, key in enumerate(keys):
            facts = self._by_key.get(key)
            if not facts:
                continue
            starts = self._starts[key]
            k = bisect.bisect_left(starts, at)
            if k > 0:
                j = bisect.bisect_left(starts, starts[k - 1], max(0, k - limit), k)
                candidate = (at - starts[j], facts[j].span, order, j)
                if best is None or candidate < best:
                    best, found = candidate, facts[j]
            if k < len(facts):
                candidate = (starts[k] - at, facts[k].span, order, k)
                if best is None or candidate < best:
                    best, found = candidate, facts[k]
        return found

    def nearest(self, fact: Fact, at: int, limit: int) -> list[Fact]:
        """Of the facts that match ``fact``, the ``limit`` that start nearest offset ``at``, nearest first.

        A text that repeats one figure or name thousands of times would make
        every occurrence a candidate for every other (quadratic); the nearest
        few are the ones an alignment pairs anyway.
        """
        keys = query_keys(fact, self.fold)
        if len(keys) == 1:  # a figure or a date: one list, in order of place
            return self._nearest_in(keys[0], at, limit)
        found: list[Fact] = []
        for key in keys:
            facts = self._by_key.get(key)
            if facts:
                k = bisect.bisect_left(self._starts[key], at)
                found += facts[max(0, k - limit):k + limit]
        # Sorted as tuples, not by a key function (a call for each of some 30 facts, for each fact
        # of both texts, was a tenth of the check); a fact found under two keys is kept once, where
        # first found (its copies have the same span, so they sort next to each other).
        order = sorted([(abs(f.span[0] - at), f.span, i) for i, f in enumerate(found)])
        out: list[Fact] = []
        last = None
        for _, span, i in order:
            if span != last:
                out.append(found[i])
                if len(out) == limit:
                    break
                last = span
        return out

    def _nearest_in(self, key: Key, at: int, limit: int) -> list[Fact]:
        """``nearest`` within one key's facts: walked outwards from ``at``, the nearer side first
        (the one before on a tie, as the sort by distance and span orders them), no sort."""
        facts = self._by_key.get(key)
        if not facts:
            return []
        starts = self._starts[key]
        hi = bisect.bisect_left(starts, at)
        lo = hi - 1
        out: list[Fact] = []
        last = None
        while len(out) < limit and (lo >= 0 or hi < len(facts)):
            if hi >= len(facts) or (lo >= 0 and at - starts[lo] <= starts[hi] - at):
                found, lo = facts[lo], lo - 1
            else:
                found, hi = facts[hi], hi + 1
            if found.span != last:
                out.append(found)
                last = found.span
        return out

    def matching(self, fact: Fact) -> list[Fact]:
        """Facts of this index that are the same fact as ``fact`` (in index order, no repeats)."""
        seen: dict[tuple[int, int], Fact] = {}
        for key in query_keys(fact, self.fold):
            for other in self._by_key.get(key, ()):
                seen.setdefault(other.span, other)
        return list(seen.values())


def same_family(a: Fact, b: Fact) -> bool:
    """Whether ``b`` could be ``a`` altered: same kind of number (and unit), date, or kind of name."""
    if a.kind in NAME_KINDS and b.kind in NAME_KINDS:
        return a.kind == b.kind or "name" in (a.kind, b.kind)
    if a.kind != b.kind:
        return False
    if a.kind == "number":
        return _unit(a) == _unit(b)
    if a.kind == "money":
        return True
    return a.kind in ("percent", "date")


def _unit(fact: Fact) -> str:
    return str(fact.value[1]) if isinstance(fact.value, tuple) else ""
