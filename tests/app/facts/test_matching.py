"""The facts of one side found by those of the other (app/facts/matching.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.facts.matching import FactIndex, query_keys
from app.facts.records import Fact


def _by_sorting(index: FactIndex, fact: Fact, at: int, limit: int) -> list[Fact]:
    """``nearest`` as it was: every candidate of every key, sorted by distance then span."""
    found: list[Fact] = []
    for key in query_keys(fact):
        found += index._by_key.get(key, [])
    out: list[Fact] = []
    last = None
    for _, span, i in sorted((abs(f.span[0] - at), f.span, i) for i, f in enumerate(found)):
        if span != last:
            out.append(found[i])
            if len(out) == limit:
                break
            last = span
    return out


@given(st.lists(st.integers(0, 60), max_size=40, unique=True), st.integers(-5, 70), st.integers(1, 8))
def test_the_nearest_figures_are_those_sorting_by_distance_gives(starts: list[int], at: int, limit: int) -> None:
    # One key (a figure, a date): walked outwards from ``at``, no sort (a tenth of a 1 MiB check).
    facts = [Fact("number", "5", 5.0, "left", (s, s + 1)) for s in starts]
    index = FactIndex(facts)
    query = Fact("number", "five", 5.0, "right", (0, 4))
    assert [f.span for f in index.nearest(query, at, limit)] == [f.span for f in _by_sorting(index, query, at, limit)]
