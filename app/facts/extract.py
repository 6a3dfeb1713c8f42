"""All the facts of one text: numbers, dates, quotations and names, as Fact records."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from app.engine.segment import sentences
from app.facts.dates import find_dates
from app.facts.folding import fold_words
from app.facts.names import NameFact, NameWords, find_names
from app.facts.numbers import find_numbers
from app.facts.quotes import QuoteSpan, find_quotes
from app.facts.records import Fact, SideName, Span, Value


def extract_facts(text: str, side: SideName = "left", *, known_names: Iterable[str] = (),
                  skip: Sequence[Span] = (), name_words: NameWords | None = None) -> list[Fact]:
    """Every fact of ``text``, in text order (by start, then longest first).

    ``known_names``: capitalised words known as names from elsewhere (see
    ``app.facts.names.known_name_words``), which lets a name count at the
    start of a sentence or in a title-case line. Facts that overlap a span
    of ``skip`` (page furniture) are left out. Every fact's ``text`` is
    ``text[span[0]:span[1]]``. ``name_words``: ``app.facts.names.name_words(text)``, if read already.
    """
    facts: list[Fact] = []
    dates = find_dates(text)
    taken = _Spans(d.span for d in dates)
    for d in dates:
        facts.append(_fact(text, "date", d.span, d.value, side))
    for n in find_numbers(text):
        if not taken.overlaps(n.span):
            facts.append(_fact(text, n.kind, n.span, n.value, side))
    names = find_names(text, known_names, name_words)
    for name in names:
        facts.append(_fact(text, name.kind, name.span, name.value, side))
    quotes = find_quotes(text)
    speakers = _speakers(text, quotes, names)
    for q, speaker in zip(quotes, speakers, strict=True):
        words = fold_words(text[q.inner[0]:q.inner[1]])
        if words:
            facts.append(Fact("quote", text[q.inner[0]:q.inner[1]], " ".join(words), side, q.inner, speaker,
                              unclosed=not q.closed))
    if skip:
        furniture = _Spans(skip)
        facts = [f for f in facts if not furniture.overlaps(f.span)]
    facts.sort(key=lambda f: (f.span[0], -f.span[1]))
    return facts


def _fact(text: str, kind: str, span: Span, value: Value, side: SideName) -> Fact:
    return Fact(kind, text[span[0]:span[1]], value, side, span)


class _Spans:
    """Spans merged and sorted, to ask whether a span overlaps any of them (in log time: one
    test against every date or furniture span for each fact was quadratic)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, span: Span) -> bool:
        """Whether ``span`` overlaps one of the spans (touching is not overlapping)."""
        k = bisect.bisect_left(self._starts, span[1]) - 1  # the last span starting before span ends
        return k >= 0 and self._ends[k] > span[0] and self._starts[k] < span[1]


SPEAKERS_NEAR = 8  # people weighed as the speaker of a quotation, either side of it
_SPEECH_AFTER = re.compile(r"\W{0,3}(?:has |had |have )?(?:said|says|told|added|adds|wrote|writes|argued|"
                           r"warned|insisted|explained|replied|stressed|claimed|declared|tweeted|posted)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|according to|added|wrote)\W{1,3}$")


def _speaker(text: str, quote: QuoteSpan, people: list[NameFact]) -> str | None:
    """Who speaks: a person next to a verb of speech; else the first named before the quote; else after."""
    if not people:
        return None
    for person in sorted(people, key=lambda p: _gap(quote, p)):
        if _SPEECH_AFTER.match(text, person.span[1]) or _SPEECH_BEFORE.search(text, max(0, person.span[0] - 20),
                                                                             person.span[0]):
            return person.value
    before = [p for p in people if p.span[1] <= quote.outer[0]]
    if before:
        return before[0].value
    return min(people, key=lambda p: _gap(quote, p)).value


def _gap(quote: QuoteSpan, person: NameFact) -> int:
    return min(abs(person.span[0] - quote.outer[1]), abs(quote.outer[0] - person.span[1]))


def _speakers(text: str, quotes: list[QuoteSpan], names: list[NameFact]) -> list[str | None]:
    """The speaker of each quotation: a person named in its sentence(s), outside it (see _speaker)."""
    if not quotes:
        return []
    cut = sentences(text)
    starts = [s.start for s in cut]
    people = sorted((n for n in names if n.kind == "person"), key=lambda n: n.span)
    people_starts = [p.span[0] for p in people]
    out: list[str | None] = []
    for q in quotes:
        first = cut[max(0, bisect.bisect_right(starts, q.outer[0]) - 1)] if cut else None
        last = cut[max(0, bisect.bisect_right(starts, max(q.outer[0], q.outer[1] - 1)) - 1)] if cut else None
        lo = first.start if first is not None else 0
        hi = last.end if last is not None else len(text)
        # The people of its sentence(s) nearest the quotation, either side: a sentence of
        # thousands of names and quotations made each quotation weigh every name (quadratic).
        before = bisect.bisect_left(people_starts, q.outer[0])
        after = bisect.bisect_left(people_starts, q.outer[1])
        nearby = people[max(0, before - SPEAKERS_NEAR):before] + people[after:after + SPEAKERS_NEAR]
        candidates = [p for p in nearby if lo <= p.span[0] and p.span[1] <= hi]
        out.append(_speaker(text, q, candidates))
    return out
