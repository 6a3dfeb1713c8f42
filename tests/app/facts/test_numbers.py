"""Numbers, money and percentages: figures and words, currencies before and after."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.facts import numbers
from app.facts.numbers import find_numbers, parse_number_words


def _found(text: str) -> list[tuple[str, str, object]]:
    return [(n.kind, text[n.span[0]:n.span[1]], n.value) for n in find_numbers(text)]


@pytest.mark.parametrize(("text", "kind", "shown", "value"), [
    ("aid worth $500bn", "money", "$500bn", ("USD", 500e9)),
    ("about £396bn", "money", "£396bn", ("GBP", 396e9)),
    ("€5m", "money", "€5m", ("EUR", 5e6)),
    ("US$1.13bn", "money", "US$1.13bn", ("USD", 1.13e9)),
    ("USD 250", "money", "USD 250", ("USD", 250.0)),
    ("500 billion dollars", "money", "500 billion dollars", ("USD", 500e9)),
    ("5 million euros", "money", "5 million euros", ("EUR", 5e6)),
    ("three million pounds sterling", "money", "three million pounds sterling", ("GBP", 3e6)),
    ("250 EUR", "money", "250 EUR", ("EUR", 250.0)),
    ("a million dollars", "money", "a million dollars", ("USD", 1e6)),
    ("5%", "percent", "5%", 0.05),
    ("76 per cent", "percent", "76 per cent", 0.76),
    ("twelve percent", "percent", "twelve percent", 0.12),
    ("0.5%", "percent", "0.5%", 0.005),
    ("3.5 percentage points", "number", "3.5 percentage points", (3.5, "percentage point")),
    ("half a point", "number", "half a point", (0.5, "point")),
    ("three years ago", "number", "three years", (3.0, "year")),
    ("a 10-year plan", "number", "10-year", (10.0, "year")),
    ("twenty-five people", "number", "twenty-five people", (25.0, "person")),
    ("1,200 km", "number", "1,200 km", (1200.0, "km")),
    ("1.13bn users", "number", "1.13bn", 1.13e9),
    ("five of them", "number", "five", 5.0),
    ("two hundred and fifty", "number", "two hundred and fifty", 250.0),
])
def test_one_number(text, kind, shown, value):
    assert _found(text) == [(kind, shown, value)]


@pytest.mark.parametrize("text", ["In 2023 he", "Covid-19", "one of the best", "the 1st time", "F-16 jets"])
def test_not_numbers(text):
    assert _found(text) == []


def test_words_and_figures_have_the_same_value():
    assert find_numbers("five")[0].value == find_numbers("5")[0].value
    assert find_numbers("three years")[0].value == find_numbers("3 years")[0].value
    assert find_numbers("$500bn")[0].value == find_numbers("500 billion US dollars")[0].value
    assert find_numbers("76%")[0].value == find_numbers("seventy-six per cent")[0].value


@pytest.mark.parametrize(("words", "value"), [
    ("five", 5), ("twenty-one", 21), ("ninety nine", 99), ("a hundred", 100), ("three hundred thousand", 3e5),
    ("one million two hundred thousand", 1.2e6), ("a dozen", 12), ("a", None), ("apple", None),
])
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


@given(st.integers(min_value=0, max_value=999_999))
def test_words_round_trip(n):
    assert parse_number_words(_spell(n)) == n


@given(st.sampled_from(["$", "£", "€", "US$", "USD "]), st.integers(min_value=1, max_value=10**6),
       st.sampled_from(["", "m", "bn", " million", " billion"]))
def test_currency_before(symbol, amount, scale):
    text = f"It cost {symbol}{amount:,}{scale} in all."
    found = find_numbers(text)
    assert len(found) == 1 and found[0].kind == "money"
    assert text[found[0].span[0]:found[0].span[1]] == f"{symbol}{amount:,}{scale}"
    factor = {"": 1, "m": 1e6, "bn": 1e9, " million": 1e6, " billion": 1e9}[scale]
    assert found[0].value[1] == pytest.approx(amount * factor)  # type: ignore[index]


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["dollars", "euros", "pounds", "roubles", "GBP"]))
def test_currency_after(amount, word):
    text = f"It cost {amount} {word} in all."
    (found,) = find_numbers(text)
    assert found.kind == "money"
    assert found.value == ({"dollars": "USD", "euros": "EUR", "pounds": "GBP", "roubles": "RUB", "GBP": "GBP"}[word],
                           float(amount))


@given(st.text())
def test_arbitrary_text_spans_inside(text):
    for n in find_numbers(text):
        assert 0 <= n.span[0] < n.span[1] <= len(text)


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + _spell(rest))
    rest = n % 1000
    return _spell(n // 1000) + " thousand" + ("" if rest == 0 else " " + _spell(rest))


# The number-word pattern as first written: every word starting with "a" matched, and every
# alternative was tried at every word. numbers.py finds the same numbers faster.
_PLAIN_WORD_NUMBER = re.compile(
    rf"\b(?:{numbers._BASIC}|a)(?:(?:\s+and)?\s+(?:{numbers._BASIC}|{numbers._SCALE})\b)*"
    rf"(?:\s+(?:{numbers._SCALE})\b)?", re.IGNORECASE)
_WORD_PIECES = ["a", "A", "and", "one", "One", "twenty", "-", "twenty-one", "hundred", "million", "apple", " ",
                "\n", "  ", "thousand", "ſix", "dozen", ".", "an", "Seven", "x"]


def _word_numbers(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], float]]:
    found = []
    for m in pattern.finditer(text):
        value = numbers.parse_number_words(m.group())
        if value is not None:
            found.append((m.span(), value))
    return found


@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=20).map("".join))
def test_number_words_are_found_as_by_the_plain_pattern(text: str) -> None:
    assert _word_numbers(numbers._WORD_NUMBER, text) == _word_numbers(_PLAIN_WORD_NUMBER, text)


def test_a_word_starting_with_a_is_no_match() -> None:
    assert [m.group() for m in numbers._WORD_NUMBER.finditer("an apple and a cat, a million, a one")] == \
        ["a million", "a one"]
