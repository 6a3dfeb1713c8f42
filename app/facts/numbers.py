"""Numbers in prose: amounts of money, percentages and quantities, in figures or in words.

"$500bn", "£396bn", "500 billion dollars", "USD 5m", "5%", "76 per cent",
"three years", "five" (= 5), "1.13bn", "half a point", "twenty-five". A
four-digit year alone ("2023") is a date, left to :mod:`app.facts.dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.facts.leading import by_first_letter, first_class
from app.facts.records import Span, Value

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_ONES)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12}

_ONES_RE = "|".join(sorted(_ONES, key=len, reverse=True))
_BASIC = rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_ONES[1:10])})\b)?|(?:{_ONES_RE}))"
_SCALE = "hundred|thousand|million|billion|trillion|dozen"
# "a" starts a match only before a number word ("a million"): every word starting with "a" was a
# match of its own (a second a megabyte of "a.b." or "and"), left out after as no number.
# Each alternative word is looked for only after a letter that starts one: under IGNORECASE the
# pattern tried all thirty of them at every word (1.2 s a megabyte of "a\n").
_NUMBER_WORD = rf"(?=[zotfsenhmbd])(?:{_BASIC}|{_SCALE})"
# The pattern of a number in words, rf"\b(?:(?=[zotfsen]){_BASIC}|a(?=(?:\s+and)?\s+{_NUMBER_WORD}\b))"
# rf"(?:(?:\s+and)?\s+{_NUMBER_WORD}\b)*(?:\s+(?=[hmbtd])(?:{_SCALE})\b)?" under IGNORECASE, led by
# its first letter (see leading.py): led by ``\b``, it was tried at every offset (0.17-0.23 s a
# megabyte; tests/app/facts/test_numbers.py holds it to the plain pattern).
_BASIC_LED = by_first_letter([_TENS, sorted(_ONES, key=len, reverse=True)],
                             [rf"(?:[-\s](?:{'|'.join(_ONES[1:10])})\b)?", ""])
_WORD_NUMBER = re.compile(
    first_class("zotfsena") + r"(?<!\w.)(?i:"
    rf"(?:{_BASIC_LED}|(?<=a)(?=(?:\s+and)?\s+{_NUMBER_WORD}\b))"
    rf"(?:(?:\s+and)?\s+{_NUMBER_WORD}\b)*(?:\s+(?=[hmbtd])(?:{_SCALE})\b)?)")
_DIGITS = re.compile(r"(?<![\w.,\u2010-\u2015/:-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,]\d)")
# r"\b(?:half\s+an?|a\s+half)\b" (IGNORECASE), led by its first letter (see leading.py): 0.07 -> 0.02 s a megabyte
_HALF = re.compile(first_class("ha") + r"(?<!\w.)(?i:(?<=h)alf\s+an?|(?<=a)\s+half)\b")

# Scale after the figure: attached ("500bn", "5m") or spaced ("5 billion").
_SCALE_AFTER = re.compile(
    r"(?:(?P<attached>bn|tn|mn|m|k|b)|\s?(?P<spaced>billion|million|thousand|trillion|bn|tn))(?![\w])",
    re.IGNORECASE)
SCALE_FACTORS = {"bn": 1e9, "b": 1e9, "billion": 1e9, "m": 1e6, "mn": 1e6, "million": 1e6, "k": 1e3,
                 "thousand": 1e3, "tn": 1e12, "trillion": 1e12}

CURRENCY_SYMBOLS = {"US$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "$": "USD",
                    "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₹": "INR", "₴": "UAH"}
CURRENCY_CODES = ("USD", "GBP", "EUR", "RUB", "JPY", "CNY", "INR", "UAH", "CHF", "AUD", "CAD")
CURRENCY_WORDS = {"dollar": "USD", "pound": "GBP", "euro": "EUR", "rouble": "RUB", "ruble": "RUB",
                  "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "hryvnia": "UAH",
                  "franc": "CHF"}
_CURRENCY_BEFORE = re.compile(
    r"(?:(?P<symbol>US\$|A\$|C\$|HK\$|NZ\$|[$£€¥₽₹₴])|\b(?P<code>" + "|".join(CURRENCY_CODES) + r")\s?)\s?$")
# White space taken whole (possessive): what follows it is a letter or nothing, so giving some
# back cannot match, and a long run of spaces after a figure was retried for every word below.
_CURRENCY_AFTER = re.compile(
    r"(?:\s++(?:US\s++)?(?P<word>dollar|pound|euro|rouble|ruble|yen|yuan|renminbi|rupee|hryvnia|franc)s?"
    r"(?:\s+sterling)?|\s?(?P<code>" + "|".join(CURRENCY_CODES) + r"))\b")
# The look-ahead takes white space whole (possessive): its two \s* shared a run of spaces after "5%"
# every way there is ('5%', 32,000 spaces: 15 s; a megabyte: hours); "age" and "point" start
# with a letter, so giving some back cannot match.
_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)(?!\s*+(?:age)?\s*+points?)|"
                            r"\s?(?P<points>(?:%|per\s?cent(?:age)?)\s+points?)\b", re.IGNORECASE)
UNITS = {
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "weeks": "week",
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
    "mins": "minute", "min": "minute", "second": "second", "seconds": "second", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century", "people": "person",
    "person": "person", "persons": "person", "deaths": "death", "death": "death", "tonne": "tonne",
    "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "barrel": "barrel", "barrels": "barrel",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "point": "point", "points": "point",
    "percentage point": "percentage point", "percentage points": "percentage point", "times": "times",
    "votes": "vote", "vote": "vote", "seats": "seat", "seat": "seat", "children": "child",
    "child": "child", "soldiers": "soldier", "troops": "soldier", "jobs": "job", "homes": "home",
    "countries": "country", "member": "member", "members": "member", "hectares": "hectare",
}
_UNIT_AFTER = re.compile(
    r"(?:[\s-]++|\s++(?:more|fewer|extra|additional|new|other|consecutive|straight)\s++)"
    r"(?P<unit>" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
# Whether any of the four patterns after a figure matches there (scale, currency, percent, unit):
# one search instead of four for a figure followed by none (a year, "12 units": most figures).
_ANYTHING_AFTER = re.compile("|".join(f"(?:{p.pattern})" if p.flags & re.IGNORECASE == 0 else f"(?i:{p.pattern})"
                                      for p in (_SCALE_AFTER, _CURRENCY_AFTER, _PERCENT_AFTER, _UNIT_AFTER)))
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberFact:
    """A number found in a text, before it becomes a Fact."""

    kind: str  # number, money, percent
    span: Span
    value: Value


def parse_number_words(words: str) -> float | None:
    """``"twenty-five"`` -> 25.0, ``"three hundred thousand"`` -> 300000.0, ``"a million"`` -> 1e6."""
    tokens = [t for t in re.split(r"[\s-]+", words.casefold()) if t and t != "and"]
    total = 0.0
    current = 0.0
    seen = False
    for i, token in enumerate(tokens):
        if token == "a":
            if i + 1 >= len(tokens) or tokens[i + 1] not in SCALE_WORDS:
                return None
            current = max(current, 1.0)
        elif token in WORD_VALUES:
            current += WORD_VALUES[token]
            seen = True
        elif token == "hundred":
            current = max(current, 1.0) * 100
            seen = True
        elif token in SCALE_WORDS:
            total += max(current, 1.0) * SCALE_WORDS[token]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def find_numbers(text: str) -> list[NumberFact]:
    """Every number of ``text`` with its currency, scale, percent sign or unit, in text order."""
    out: list[NumberFact] = []
    cores: list[tuple[int, int, float, bool]] = []
    for m in _DIGITS.finditer(text):
        if _ORDINAL.match(text, m.end()):
            continue
        if m.start() >= 2 and text[m.start() - 1] in "-\u2010\u2011" and text[m.start() - 2].isalpha():
            continue  # "Covid-19", "F-16"
        cores.append((m.start(), m.end(), float(m.group().replace(",", "")), True))
    for m in _WORD_NUMBER.finditer(text):
        number = parse_number_words(m.group())
        if number is not None:
            cores.append((m.start(), m.end(), number, False))
    for m in _HALF.finditer(text):
        cores.append((m.start(), m.end(), 0.5, False))
    cores.sort(key=lambda c: (c[0], -c[1]))
    last_end = -1
    for start, end, number, in_figures in cores:
        if start < last_end:
            continue
        fact = _around(text, start, end, number, in_figures)
        if fact is not None:
            out.append(fact)
            last_end = fact.span[1]
    return out


def _around(text: str, start: int, end: int, number: float, in_figures: bool) -> NumberFact | None:
    """The number at [start, end) with what surrounds it: currency, scale, percent, unit."""
    currency = None
    before = _CURRENCY_BEFORE.search(text, max(0, start - 5), start)
    if before is not None and before.end() == start:
        currency = CURRENCY_SYMBOLS.get(before.group("symbol") or "") or before.group("code")
        start = before.start()
    if _ANYTHING_AFTER.match(text, end) is None:  # (nothing of the four patterns below follows)
        return _bare(text, start, end, number, in_figures, currency)
    scale = _SCALE_AFTER.match(text, end)
    if scale is not None:
        word = (scale.group("attached") or scale.group("spaced")).casefold()
        if not (word in ("m", "b") and currency is None and not in_figures):
            number *= SCALE_FACTORS[word]
            end = scale.end()
    if currency is None:
        after = _CURRENCY_AFTER.match(text, end)
        if after is not None:
            currency = CURRENCY_WORDS.get((after.group("word") or "").casefold()) or after.group("code")
            end = after.end()
    if currency is not None:
        return NumberFact("money", (start, end), (currency, _round(number)))
    percent = _PERCENT_AFTER.match(text, end)
    if percent is not None:
        if percent.group("points"):
            return NumberFact("number", (start, percent.end()), (_round(number), "percentage point"))
        return NumberFact("percent", (start, percent.end()), _round(number / 100))
    unit = _UNIT_AFTER.match(text, end)
    if unit is not None:
        name = UNITS[unit.group("unit").casefold()]
        return NumberFact("number", (start, unit.end()), (_round(number), name))
    return _bare(text, start, end, number, in_figures, currency)


def _bare(text: str, start: int, end: int, number: float, in_figures: bool, currency: str | None,
          ) -> NumberFact | None:
    """The number at [start, end) with nothing after it (its currency, if any, before it)."""
    if currency is not None:
        return NumberFact("money", (start, end), (currency, _round(number)))
    word = text[start:end].casefold()
    if not in_figures and word in ("one", "half a", "half an", "a half", "zero"):
        return None  # "one of the", "half a dozen"... too common to be facts on their own
    if in_figures and "." not in word and "," not in word and 1000 <= number <= 2100:
        return None  # a year: a date
    return NumberFact("number", (start, end), _round(number))


def _round(number: float) -> float:
    """Rid values of float noise (1.13 * 1e9) so that equal amounts compare equal."""
    if type(number) is float and number.is_integer() and -1e9 < number < 1e9:
        return number  # (a whole number of nine digits or fewer has no noise: most figures)
    return float(f"{number:.9g}")
