"""Dates, times and relative dates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
