"""The facts check's work grows with the text, not with its square: counted, not timed.

Each test counts the steps of one part of the check (lines run, calls made)
on a text and on one twice as long, or against the text's size.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from app import compare
from app.documents import document_from_string
from app.facts import check_facts, dates, names
from app.facts import context as context_module


def _lines_run(module_file: str, call: Callable[[], object]) -> int:
    """How many lines of ``module_file`` run during ``call()``."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if frame.f_code.co_filename != module_file:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_dates_found_in_time_linear_in_their_number() -> None:
    # Each date was tested against every date found before it: "today" in every clause of a
    # megabyte took the check past 100 s.
    def work(n: int) -> int:
        text = "we went back home today and " * n
        assert len(dates.find_dates(text)) == n
        return _lines_run(dates.__file__, lambda: dates.find_dates(text))

    assert work(400) < 2.5 * work(200)


def test_a_month_cue_is_looked_for_just_before_the_month(monkeypatch: pytest.MonkeyPatch) -> None:
    # "in May": the cue was searched from the text's start for each month word (quadratic).
    searched: list[tuple[int, int]] = []
    cue = dates._MONTH_CUE

    class Spy:
        def search(self, text: str, pos: int, endpos: int) -> object:
            searched.append((pos, endpos))
            return cue.search(text, pos, endpos)

    monkeypatch.setattr(dates, "_MONTH_CUE", Spy())
    text = "We met in May. " + "It rained. " * 500 + "Then in    May, May again."
    found = [text[d.span[0]:d.span[1]] for d in dates.find_dates(text)]
    assert found == ["May.", "May"]  # the third has no cue before it
    assert searched and all(end - start <= 32 for start, end in searched)


def test_a_word_before_a_full_stop_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # "e.g. e.g. e.g. ...": each word after a full stop folded the word before it again.
    calls = 0
    real = names.name_key

    def counted(text: str) -> str:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(names, "name_key", counted)
    words = names.name_words("Start e.g. " * 2000)
    assert len(words.tokens) == 6000
    assert calls < 10


def test_each_pair_of_facts_is_weighed_only_while_both_are_free(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every figure was weighed against its 16 nearest counterparts before any was paired.
    calls = 0
    real = context_module.ContextJudge.same_fact

    def counted(self: context_module.ContextJudge, left: Any, right: Any) -> bool:
        nonlocal calls
        calls += 1
        return real(self, left, right)

    monkeypatch.setattr(context_module.ContextJudge, "same_fact", counted)
    text = "it cost 12 units more in 1999 and we went. " * 300
    report = check_facts(compare(document_from_string(text, "original.txt", "text"),
                                         document_from_string(text, "copy.txt", "text")))
    kept = report.with_status("kept")
    assert len(kept) == 600
    assert calls <= 2 * len(kept)


def test_lines_without_quotation_marks_are_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each line was searched for marks on its own: 2 us a line of a text of short lines.
    from app.facts import quotes

    searches = 0
    marks = quotes._MARKS

    class Spy:
        def search(self, text: str, *span: int) -> object:
            nonlocal searches
            searches += 1
            return marks.search(text, *span)

    monkeypatch.setattr(quotes, "_MARKS", Spy())
    text = "a\n" * 1000 + 'He said "yes and no" then.\n' + "b\n" * 1000 + "It's 'fine' here.\n" + "c\n" * 1000
    found = [text[q.inner[0]:q.inner[1]] for q in quotes.find_quotes(text)]
    assert found == ["yes and no", "fine"]
    assert searches < 20


def test_only_words_near_a_capital_are_kept_for_names() -> None:
    # Every word of both texts was a token for the name heuristics, most of the check's time.
    words = names.name_words("a b " * 1000 + "in Paris of the Bank of England said " + "c d " * 1000)
    assert [t.text for t in words.tokens] == ["a", "b", "in", "Paris", "of", "the", "Bank", "of", "England", "said",
                                              "c", "d"]
    found = names.find_names("a b " * 1000 + "in Paris of the Bank of England said " + "c d " * 1000)
    alone = names.find_names("in Paris of the Bank of England said")
    assert [(n.kind, n.value, n.span[0] - 4000) for n in found] == [(n.kind, n.value, n.span[0]) for n in alone]
    assert [n.value for n in alone] == ["Paris", "Bank of England"]


def test_a_fact_paired_with_its_nearest_needs_no_list_of_counterparts(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each fact's 16 nearest counterparts were listed (and sorted, for names) before pairing:
    # a fifth of the check of a name or a figure in every sentence.
    from app.facts import matching

    lists = 0
    real = matching.FactIndex.nearest

    def counted(self: matching.FactIndex, *args: Any) -> Any:
        nonlocal lists
        lists += 1
        return real(self, *args)

    monkeypatch.setattr(matching.FactIndex, "nearest", counted)
    text = "then we met Anna there in 1999 and paid 12 units. " * 300
    report = check_facts(compare(document_from_string(text, "original.txt", "text"),
                                 document_from_string(text, "copy.txt", "text")))
    assert len(report.with_status("kept")) == 900
    assert lists == 0


def test_lower_case_words_far_from_a_capital_are_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every word of the text was read (a match, its start, a test of its first letter): 0.25 s a
    # megabyte of lower-case prose; only words near a capital are read now.
    read = 0

    class Spy:
        def __init__(self, real: Any) -> None:
            self.real = real

        def finditer(self, text: str, *span: int) -> Any:
            nonlocal read
            for m in self.real.finditer(text, *span):
                read += 1
                yield m

        def findall(self, text: str, *span: int) -> list[str]:
            return self.real.findall(text, *span)

    for pattern in ("_TOKEN", "_ASCII_TOKEN"):  # (the second, for ASCII text)
        if hasattr(names, pattern):
            monkeypatch.setattr(names, pattern, Spy(getattr(names, pattern)))
    text = "we went back home and " * 2000 + "then we met Anna there. " + "we went back home and " * 2000
    words = names.name_words(text)
    assert [t.text for t in words.tokens] == ["then", "we", "met", "Anna", "there", "we", "went"]
    assert read < 50


def test_scoring_quotations_for_similarity_keeps_to_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    # Quotations of one word repeated, one word changed in the copy: each pair scored walked every
    # pair of equal words, again for each block (1,400 words: 2.4 million steps a pair, 32 pairs
    # a quotation, a megabyte of them: hours). The check shares a budget of steps.
    from app.facts import quotecheck, wordmatch

    monkeypatch.setattr(quotecheck, "SCORING_STEPS", 200_000)
    monkeypatch.setattr(quotecheck, "QUOTE_STEPS", 100_000)
    spent: list[int] = []
    real = quotecheck.matching_blocks

    def counted(a: tuple[str, ...], b: tuple[str, ...], limit: int) -> object:
        blocks, steps = real(a, b, limit)
        spent.append(steps)
        return blocks, steps

    monkeypatch.setattr(quotecheck, "matching_blocks", counted)
    left = "\n\n".join('"' + " ".join(["a"] * 200) + '"' for _ in range(30))
    right = "\n\n".join('"' + " ".join(["a"] * 100 + ["b"] + ["a"] * 99) + '"' for _ in range(30))
    report = check_facts(compare(document_from_string(left, "original.txt"), document_from_string(right, "copy.txt")))
    quotes = [entry for entry in report.entries if entry.kind == "quote" and entry.right is not None]
    assert len(quotes) == 30
    assert quotes[0].status == "altered"  # the first are weighed; those past the budget say so
    assert "not all weighed" in quotes[-1].note
    assert sum(spent) <= 200_000 + 30 * (201 + wordmatch.SEARCH_STEPS)


def test_the_searches_of_the_quotation_check_keep_to_their_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    # Quotations of a few common words, none in the other text: each search checked 400
    # occurrences of its rarest word in vain, four searches a quotation (1 MiB: 10 s).
    import random

    from app.facts import quotecheck, wordindex

    monkeypatch.setattr(quotecheck, "SEARCH_TRIES", 20_000)
    budgets: list[wordindex.Tries] = []
    real = wordindex.Tries.__init__

    def made(self: wordindex.Tries, left: int) -> None:
        real(self, left)
        budgets.append(self)

    monkeypatch.setattr(wordindex.Tries, "__init__", made)
    rng = random.Random(3)

    def page() -> str:
        return "".join(f'"{" ".join(rng.choice("abcdefgh") for _ in range(6))}" and then more. ' for _ in range(800))

    original, copy = document_from_string(page(), "original.txt"), document_from_string(page(), "copy.txt")
    report = check_facts(compare(original, copy))
    (budget,) = budgets
    assert 20_000 - budget.left <= 20_000 + wordindex.SEARCH_COST + 6  # one search's cost past it at most
    quotes = [entry for entry in report.entries if entry.kind == "quote"]
    assert any(quotecheck.NOT_SEARCHED in entry.note for entry in quotes if entry.status == "unsourced")
    assert any(quotecheck.NOT_SEARCHED in entry.note for entry in quotes if entry.status == "missing")


def test_a_quotations_pieces_are_found_unquoted_near_each_other(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pieces of a quotation joined by ellipses, found in order anywhere after the first: the
    # stretch ran over the text, folded again and kept for each quotation (1 MiB: 11 s, 350 MB).
    from app.facts import quotecheck

    monkeypatch.setattr(quotecheck, "STRETCH_CHARS", 200)
    near = "The plan was bold and the cost was high, he said in a speech. " * 2
    far = "The plan was bold. " + "Other words come here now. " * 20 + "The cost was high. "
    for original, kept in ((near, True), (far, False)):
        words = quotecheck._Words(original, "left", quotecheck.Tries(10_000))
        found = words.find([("plan", "was", "bold"), ("cost", "was", "high")])
        assert (found is not None) == kept
        if found is not None:
            assert found.value == "plan was bold and the cost was high"


def test_rare_words_are_looked_up_only_where_they_can_bring_a_source(monkeypatch: pytest.MonkeyPatch) -> None:
    # With NEAREST quotations either side, those are the ones weighed: each quotation looked up
    # the quotations of 64 places of each of its 8 rarest words in vain (1 MiB: 3 s).
    from app.facts import quotecheck
    from app.facts.records import Fact

    text = " ".join(f'"w{k} common words here" x.' for k in range(200))
    quotes = [Fact("quote", text[m.start() + 1:m.end() - 1], "", "left", (m.start() + 1, m.end() - 1))
              for m in re.finditer(r'"[^"]*"', text)]
    sources = quotecheck._Sources(quotes, text, {q.span: quotecheck.fold_words(q.text) for q in quotes},
                                  quotecheck.Tries(10**6))
    looked_up: list[str] = []
    real = sources.index.positions
    monkeypatch.setattr(sources.index, "positions", lambda word: looked_up.append(word) or real(word))
    words = ("w100", "common", "words", "there")
    middle = list(sources.similar(words, sources.first[100]))
    assert not looked_up
    assert {s.quote.span for s in middle} >= {quotes[i].span for i in range(85, 116)}
    list(sources.similar(words, sources.first[0]))  # near the start: farther ones may come
    assert looked_up
