"""The facts of one side found by those of the other (app/facts/matching.py)."""

from __future__ import annotations

from hypothesis import given, settings
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


_NAMES = ("Anna", "Anna Smith", "Smith", "Bob Smith", "Bob")


@settings(max_examples=300)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 3), st.sampled_from(_NAMES)), max_size=30),
       st.sampled_from((*_NAMES, "5")), st.integers(-5, 50), st.integers(0, 6))
def test_the_first_of_the_nearest_is_found_without_the_list(found: list[tuple[int, int, str]], query: str,
                                                            at: int, limit: int) -> None:
    # Figures (one key, walked) and names (two keys, sorted), starts repeated, spans repeated.
    facts = [Fact("person", name, name, "left", (s, s + n)) for s, n, name in found]
    facts += [Fact("number", "5", 5.0, "left", (s, s + n)) for s, n, name in found if name == "Bob"]
    index = FactIndex(facts)
    fact = Fact("number", "5", 5.0, "right", (0, 1)) if query == "5" else Fact("person", query, query, "right",
                                                                                 (0, len(query)))
    nearest = index.nearest(fact, at, limit)
    assert index.first(fact, at, limit) is (nearest[0] if nearest else None)
