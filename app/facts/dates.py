"""Dates and times in prose: "12 March 2025", "March 2025", "Monday", "2023", "earlier this month", "10:30".

Values are normalised strings: ``"2025-03-12"``, ``"2025-03"``, ``"--03-12"``
(day and month, no year), ``"--03"`` (a month), ``"2023"``, ``"1990s"``,
``"monday"``, ``"15:30"``, ``"2007/2013"`` (a span of years), and relative expressions in lower case with
single spaces (``"earlier this month"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.facts.leading import by_first_letter, first_class
from app.facts.records import Span

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
    "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_WEEKDAY = "|".join(d.capitalize() for d in WEEKDAYS)
_PERIOD = r"week|weekend|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening|night"


def _starting(word: str, before: str = r"\w") -> str:
    """``word`` where no character of ``before`` precedes it: the test follows its first letter,
    so that the pattern starts with a character, and a search skips at once to the places where
    that character is. (Led by ``\\b`` or a look-behind, a pattern is tried at every offset of
    the text: the date patterns took a second a megabyte.)"""
    return word[0] + rf"(?<!{before}.)" + word[1:]


# The same patterns as ``\b`` + _MONTH, ``\b`` + _DAY, ``\b`` + weekday, led by a character.
_MONTH_AT_START = (r"(?P<month>" + "|".join(_starting(m.capitalize()) for m in sorted(MONTHS, key=len, reverse=True))
                   + r")\b\.?")
_DAY_AT_START = r"(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?)(?:st|nd|rd|th)?"  # [0-3]?\d, first digit tested
_WEEKDAY_AT_START = "|".join(_starting(d.capitalize()) for d in WEEKDAYS)
_NOT_BEFORE_YEARS = r"[\w$£€¥.,-]"
_NOT_BEFORE_YEAR = r"[\w$£€¥.,\u2010-\u2015-]"



def _year_at_start(not_before: str) -> str:
    """_YEAR where no character of ``not_before`` precedes it."""
    return rf"(?P<year>{_starting('1[5-9]', not_before)}\d\d|{_starting('20', not_before)}\d\d)"


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?P<year>\d(?<!\w\d)\d{3})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy", re.compile(rf"{_DAY_AT_START}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    ("mdy", re.compile(rf"{_MONTH_AT_START}\s+{_DAY},?\s+{_YEAR}\b")),
    ("slash", re.compile(r"\d(?<!\w\d)(?:(?<=[0-3])\d)?/[01]?\d/(?:\d{4}|\d{2})\b")),
    ("dm", re.compile(rf"{_DAY_AT_START}\s+(?:of\s+)?{_MONTH}")),
    ("md", re.compile(rf"{_MONTH_AT_START}\s+{_DAY}\b(?!:)")),
    ("my", re.compile(rf"{_MONTH_AT_START},?\s+{_YEAR}\b")),
    # ("time" and "relative" stay led by a boundary; a look-ahead for the characters they can
    # start with makes each offset they are tried at cheap: 0.2 and 0.17 s a megabyte before.)
    ("time", re.compile(r"(?=\d)(?:(?<![\d$£€¥.,])\b(?P<hour>[0-2]?\d)(?::(?P<minute>[0-5]\d)\s?(?P<ampm>[ap]\.?m\.?)?"
                        r"|\.(?P<minute3>[0-5]\d)\s?(?P<ampm3>[ap]\.?m\.?))(?![\w.]\d|\w)"
                        r"|\b(?P<hour2>1[0-2]|0?[1-9])\s?(?P<ampm2>[ap]\.?m\.?)(?!\w))", re.IGNORECASE)),
    # _RELATIVE led by its first letter (see leading.py; tests/app/facts/test_dates.py holds it to
    # the plain pattern): led by ``\b``, it was tried at every offset, 0.11-0.14 s a megabyte.
    ("relative", re.compile(first_class("eltnym") + r"(?<!\w.)(?i:(?:" + by_first_letter(
        [["earlier", "later"], ["this", "last", "next"], ["the"],
         ["yesterday", "today", "tomorrow", "tonight", "noon", "midnight"]],
        [rf"\s+(?:this|that|last|next)\s+(?:{_PERIOD})", rf"\s+(?:{_PERIOD}|{_WEEKDAY})",
         r"\s+day\s+before\s+yesterday", ""]) + r")\b)")),
    ("weekday", re.compile(rf"(?:{_WEEKDAY_AT_START})(?:s)?\b")),
    ("decade", re.compile(rf"(?P<decade>{_starting('1[5-9]')}\d0|{_starting('20')}\d0)s\b")),
    ("month", re.compile(_MONTH_AT_START)),
    ("years", re.compile(_year_at_start(_NOT_BEFORE_YEARS) + r"[-\u2013/](?P<to>\d\d(?:\d\d)?)(?![\w%-])")),
    ("year", re.compile(_year_at_start(_NOT_BEFORE_YEAR) + r"(?![\w%]|[.,]\d|\s?(?:bn|m|k)\b)")),
]
# The relative pattern as first written (IGNORECASE), for the tests.
_RELATIVE = (rf"\b(?=[eltnym])(?:(?:earlier|later)\s+(?:this|that|last|next)\s+(?:{_PERIOD})"
             rf"|(?:this|last|next)\s+(?:{_PERIOD}|{_WEEKDAY})"
             r"|the\s+day\s+before\s+yesterday|yesterday|today|tomorrow|tonight|noon|midnight)\b")
# "May" and "March" are also common words: as a month alone they need a cue before them.
_MONTH_CUE = re.compile(r"(?:\b(?:in|on|since|by|until|till|from|last|next|this|early|late|mid|of|"
                        r"during|before|after|between|and|to)\s+|mid-)$", re.IGNORECASE)


# What a text must hold somewhere for a pattern to match in it, tested once a text (a search in C
# that skips to a few characters, or a substring): a pattern that cannot match is not run. The
# digit-led patterns stop at every figure of a text of figures, the "time" pattern at every
# offset (0.05-0.07 s a megabyte each, for nothing, in a text without a month or a time).
_MONTH_WORD = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # how every month name starts
_TIME_CUE = re.compile(r"\d(?:[:.aApP]|\s[aApP])")  # an hour's digit before ":", "." or "am"/"pm"
_NEEDS: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "iso": ("-",), "slash": ("/",), "decade": ("0s",), "years": ("-", "\u2013", "/"), "weekday": ("day",),
    "time": _TIME_CUE, **dict.fromkeys(("dmy", "mdy", "dm", "md", "my", "month"), _MONTH_WORD),
}


def _may_match(name: str, text: str) -> bool:
    """Whether pattern ``name`` can match anywhere in ``text`` (see _NEEDS); True if unsure."""
    need = _NEEDS.get(name)
    if need is None:
        return True
    if isinstance(need, tuple):
        return any(part in text for part in need)
    return need.search(text) is not None


@dataclass(frozen=True, slots=True)
class DateFact:
    """A date or time found in a text, before it becomes a Fact."""

    span: Span
    value: str


def find_dates(text: str) -> list[DateFact]:
    """Every date, time and relative date of ``text``, longest first where they overlap, in text order."""
    found: list[DateFact] = []
    # The characters already in a date, marked: a match overlapping one is left out. (Tested
    # against a list of the dates found so far, each match read them all: quadratic, and a
    # text saying "today" in every sentence took 19 s for 256 KB.)
    taken = bytearray(len(text))
    for name, pattern in _PATTERNS:
        if not _may_match(name, text):
            continue
        for m in pattern.finditer(text):
            start, end = span = m.span()
            if taken.find(1, start, end) >= 0:
                continue
            value = _value(name, m, text)
            if value is None:
                continue
            found.append(DateFact(span, value))
            taken[start:end] = b"\x01" * (end - start)
    found.sort(key=lambda d: d.span)
    return found


def _value(name: str, m: re.Match[str], text: str) -> str | None:
    # The kinds found in every sentence of some texts first, with nothing to read but the match
    # (a year, "today": the dictionary of groups and the tests of the other kinds, for each).
    if name == "year":
        return m.group("year")
    if name == "relative":
        return " ".join(m.group().casefold().split())
    groups = m.groupdict()
    month = MONTHS.get((groups.get("month") or "").rstrip(".").casefold(), 0)
    if name == "iso":
        month = int(groups["month"])
    day = int(groups["day"]) if groups.get("day") else 0
    if name in ("iso", "dmy", "mdy", "dm", "md") and not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if name in ("iso", "dmy", "mdy"):
        return f"{groups['year']}-{month:02d}-{day:02d}"
    if name in ("dm", "md"):
        return f"--{month:02d}-{day:02d}"
    if name == "my":
        return f"{groups['year']}-{month:02d}"
    if name == "slash":
        return m.group()
    if name == "time":
        return _time(groups)
    if name in ("relative", "weekday"):
        return " ".join(m.group().casefold().split()).removesuffix("s") if name == "weekday" \
            else " ".join(m.group().casefold().split())
    if name == "decade":
        return f"{groups['decade']}s"
    if name == "month":
        word = groups["month"].rstrip(".").casefold()
        if word in ("may", "march", "jan", "mar", "sep", "dec", "aug") and not _month_cue_before(text, m.start()):
            return None
        return f"--{month:02d}"
    if name == "years":  # "2007-13", "2023\u201324", "1914-1918"
        start, to = int(groups["year"]), groups["to"]
        end = int(to) if len(to) == 4 else start // 100 * 100 + int(to)
        return f"{start}/{end}" if end > start else None
    return groups["year"]  # year


def _month_cue_before(text: str, at: int) -> bool:
    """A cue for a month ends at ``at`` ("in May", "mid-March"). The cue pattern is searched in the
    few characters before the white space there, not from the text's start: searched from 0 to each
    month, it read the whole text before it every time (quadratic on "May May May ...")."""
    start = at
    while start > 0 and text[start - 1].isspace():
        start -= 1
    # The longest cue word is 7 letters; its boundary needs the character before it (\b sees
    # characters before the search's start).
    return _MONTH_CUE.search(text, max(0, start - 12), at) is not None


def _time(groups: dict[str, str | None]) -> str | None:
    hour = int(groups.get("hour") or groups.get("hour2") or 0)
    minute = int(groups.get("minute") or groups.get("minute3") or 0)
    ampm = (groups.get("ampm") or groups.get("ampm2") or groups.get("ampm3") or "").casefold().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}"
