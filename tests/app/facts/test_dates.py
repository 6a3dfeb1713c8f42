"""Dates, times and relative dates."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.facts import dates
from app.facts.dates import find_dates


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[d.span[0]:d.span[1]], d.value) for d in find_dates(text)]


@pytest.mark.parametrize(("text", "shown", "value"), [
    ("In a state TV interview on Monday, Putin", "Monday", "monday"),
    ("In 2023 Putin accused", "2023", "2023"),
    ("Trump said earlier this month that", "earlier this month", "earlier this month"),
    ("on 12 March 2025 at", "12 March 2025", "2025-03-12"),
    ("on March 12, 2025 at", "March 12, 2025", "2025-03-12"),
    ("the 3rd of May 2021", "3rd of May 2021", "2021-05-03"),
    ("in March 2025", "March 2025", "2025-03"),
    ("on 12 March", "12 March", "--03-12"),
    ("since January", "January", "--01"),
    ("in the 1990s", "1990s", "1990s"),
    ("at 10:30 pm", "10:30 pm", "22:30"),
    ("at 3pm", "3pm", "15:00"),
    ("last week", "last week", "last week"),
    ("yesterday", "yesterday", "yesterday"),
    ("2025-03-12", "2025-03-12", "2025-03-12"),
    ("the budget for 2007-13", "2007-13", "2007/2013"),
    ("in 2023\u201324", "2023\u201324", "2023/2024"),
    ("from 1914-1918", "1914-1918", "1914/1918"),
])
def test_one_date(text, shown, value):
    assert _found(text) == [(shown, value)]


@pytest.mark.parametrize("text", ["You may go.", "They march on.", "$2023bn", "2,023 people", "costs 5.30",
                                  "32 March 2020 is not a date"])
def test_not_dates(text):
    assert all(value not in ("--05", "--03", "2023") for _, value in _found(text)), _found(text)


def test_both_forms_of_a_date_are_the_same():
    assert find_dates("12 March 2025")[0].value == find_dates("March 12th, 2025")[0].value


@given(st.text())
def test_arbitrary_text(text):
    last = 0
    for d in find_dates(text):
        assert last <= d.span[0] < d.span[1] <= len(text)
        last = d.span[1]


# The patterns as they were written first, led by \b or a look-behind (tried at every offset);
# dates.py writes them led by their first character, with the same matches.
_LED_BY_BOUNDARY = {
    "iso": r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b",
    "dmy": rf"\b{dates._DAY}\s+(?:of\s+)?{dates._MONTH},?\s+{dates._YEAR}\b",
    "mdy": rf"\b{dates._MONTH}\s+{dates._DAY},?\s+{dates._YEAR}\b",
    "slash": r"\b[0-3]?\d/[01]?\d/(?:\d{4}|\d{2})\b",
    "dm": rf"\b{dates._DAY}\s+(?:of\s+)?{dates._MONTH}",
    "md": rf"\b{dates._MONTH}\s+{dates._DAY}\b(?!:)",
    "my": rf"\b{dates._MONTH},?\s+{dates._YEAR}\b",
    "weekday": rf"\b(?:{dates._WEEKDAY})(?:s)?\b",
    "decade": r"\b(?P<decade>1[5-9]\d0|20\d0)s\b",
    "month": rf"\b{dates._MONTH}",
    "years": r"(?<![\w$£€¥.,-])(?P<year>1[5-9]\d\d|20\d\d)[-\u2013/](?P<to>\d\d(?:\d\d)?)(?![\w%-])",
    "year": r"(?<![\w$£€¥.,\u2010-\u2015-])" + dates._YEAR + r"(?![\w%]|[.,]\d|\s?(?:bn|m|k)\b)",
}
_PIECES = [*"0123456789 .,-/$£\u2013\u2010:\n_'é", "May", "March", "Sept", "September", "Monday", "Mondays",
           "1999", "2020", "1990s", "12", "3rd", "of", "a", "x", "in", "AMay", "9May", "2023-24", "31"]


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_patterns_led_by_a_character_match_as_those_led_by_a_boundary(text: str) -> None:
    for name, pattern in dates._PATTERNS:
        if name in _LED_BY_BOUNDARY:
            reference = re.compile(_LED_BY_BOUNDARY[name])
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in reference.finditer(text)], name


def test_every_pattern_but_one_starts_with_a_character() -> None:
    # A pattern led by a character is searched for at the places that character is (sre's
    # prefix); led by \b or a look-behind, at every offset of the text. The other ("time") looks
    # ahead for the characters it can start with, first thing.
    led = {name for name, pattern in dates._PATTERNS if pattern.pattern.startswith(("\\b", "(?<!", "(?<=", "(?="))}
    assert led == {"time"}
    patterns = dict(dates._PATTERNS)
    assert patterns["time"].pattern.startswith("(?=\\d)")
    assert not patterns["relative"].flags & re.IGNORECASE  # (a cased first letter would give no prefix)


_RELATIVE_PIECES = ["earlier", "Later", "this", "THAT", "last", "next", "week", "month", "Monday", "the", " ", "\n",
                    "day", "before", "yesterday", "today", "todays", "Tomorrow", "tonight", "noon", "midnight", "x",
                    "_", "1", "nexT", "springs", "e", "\u00e9"]


@given(st.lists(st.sampled_from(_RELATIVE_PIECES), max_size=14).map("".join))
def test_relative_dates_led_by_their_letter_match_as_the_plain_pattern(text: str) -> None:
    reference = re.compile(dates._RELATIVE, re.IGNORECASE)
    led = dict(dates._PATTERNS)["relative"]
    assert [(m.span(), m.group()) for m in led.finditer(text)] == \
        [(m.span(), m.group()) for m in reference.finditer(text)]


_NEED_PIECES = [*_PIECES, "10:30", "9.15", "5pm", "5 PM", "11 a.m.", "Tuesday", "Sundays", "Jan", "Dec.", "12/3/2020",
                "1990s", "2007\u201313", "2007/8", "2020-03-12", "today", "a", "p", "A"]


@given(st.lists(st.sampled_from(_NEED_PIECES), max_size=25).map("".join))
def test_a_pattern_passed_over_for_a_text_finds_nothing_in_it(text: str) -> None:
    # find_dates runs a pattern only on a text that holds what every match of it needs.
    for name, pattern in dates._PATTERNS:
        if not dates._may_match(name, text):
            assert pattern.search(text) is None, name


def test_a_text_of_figures_runs_no_pattern_of_months_or_times() -> None:
    skipped = {name for name, _ in dates._PATTERNS if not dates._may_match(name, "it cost 12 units more now. " * 9)}
    assert skipped == {"iso", "slash", "decade", "years", "weekday", "time", "dmy", "mdy", "dm", "md", "my", "month"}
