"""Patterns rewritten to be searched faster find what the plain ones find (leading.py, budget.py,
numbers.py): property tests against the plain patterns, and the character classes checked on
every code point."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from app.facts import budget, numbers
from app.facts.leading import first_class

_PIECES = ["a", "A", "h", "H", "half", "Half a", "HALF AN", "a half", " ", "\n", "an", "x", "_", "1", "-", "\u017f",
           "\u212a", "\u00e9", "\u00c9", '"', "'", "\u201c", "\u2019", "\u300c", "12", "\u0661\u0662", "Anna",
           "\u00c9cole", "\u03a3", "e.g.", "U.S.", "$", " per cent", "%", " km", " bn", " dollars", " USD", " more"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


def test_the_first_class_holds_every_character_ignorecase_takes_for_the_letters() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    for letters in ("ha", "zotfsena", "k"):
        plain = {c for c in everything if re.fullmatch(f"[{letters}]", c, re.IGNORECASE)}
        assert set(re.findall(first_class(letters), everything)) == plain, letters


@settings(max_examples=400)
@given(_texts)
def test_half_is_found_as_by_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"\b(?:half\s+an?|a\s+half)\b", re.IGNORECASE)
    assert [m.span() for m in numbers._HALF.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400)
@given(_texts)
def test_candidates_are_counted_as_the_pattern_finds_them(text: str) -> None:
    assert budget.candidates(text) == len(budget._CANDIDATE.findall(text))


@settings(max_examples=400)
@given(_texts)
def test_a_figure_followed_by_none_of_the_four_patterns_is_seen_at_once(text: str) -> None:
    for end in range(len(text) + 1):
        anything = any(p.match(text, end) for p in (numbers._SCALE_AFTER, numbers._CURRENCY_AFTER,
                                                     numbers._PERCENT_AFTER, numbers._UNIT_AFTER))
        assert (numbers._ANYTHING_AFTER.match(text, end) is not None) == anything


def test_the_budget_counts_quotes_figures_and_capitals() -> None:
    assert budget.candidates('"Anna" paid 12,500 in \u00c9cole and e.g. U.S. x1 _A') == 9


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_ascii_text_is_counted_as_the_pattern_finds_it(text: str) -> None:
    assert budget.candidates(text) == len(budget._CANDIDATE.findall(text))
