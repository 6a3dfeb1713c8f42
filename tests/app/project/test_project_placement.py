"""Placing anchors again: the exact search tells occurrences apart in time bounded per anchor, and
the fuzzy search has a budget for all annotations together."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import compare
from app.documents.model import Document
from app.project import Annotations, placement, reanchor
from app.project.anchors import TextAnchor, TextPositionSelector, TextQuoteSelector
from app.project.annotations import Highlight
from app.project.placement import MAX_CONTEXT_SCORES, MAX_FUZZY_MATCHES, SearchBudget, context_score, locate

_AB = st.text(alphabet="ab", max_size=6)


def _anchor(exact: str, prefix: str = "", suffix: str = "", old: int = 0) -> TextAnchor:
    return TextAnchor("left", TextPositionSelector(old, old + len(exact)), TextQuoteSelector(exact, prefix, suffix))


def _score_a_character_at_a_time(anchor: TextAnchor, text: str, start: int) -> int:
    q = anchor.quote
    score = 0
    for a, b in zip(reversed(q.prefix), reversed(text[max(0, start - len(q.prefix)):start]), strict=False):
        if a != b:
            break
        score += 1
    end = start + len(q.exact)
    for a, b in zip(q.suffix, text[end:end + len(q.suffix)], strict=False):
        if a != b:
            break
        score += 1
    return score


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab", max_size=60), st.text(alphabet="ab", min_size=1, max_size=3), _AB, _AB,
       st.integers(0, 70))
def test_the_best_occurrence_is_the_one_scoring_each_occurrence_would_choose(
        text: str, exact: str, prefix: str, suffix: str, old: int) -> None:
    anchor = _anchor(exact, prefix, suffix, old)
    starts = [i for i in range(len(text)) if text.startswith(exact, i)]
    if len(starts) < 2:
        return
    for start in starts:
        assert context_score(anchor, text, start) == _score_a_character_at_a_time(anchor, text, start)
    expected = max(starts, key=lambda s: (_score_a_character_at_a_time(anchor, text, s), -abs(s - old)))
    assert placement._best_by_context(anchor, text, SearchBudget()) == expected
    whole = [s for s in starts if _score_a_character_at_a_time(anchor, text, s) == len(prefix) + len(suffix)]
    nearest = min(whole or starts, key=lambda s: abs(s - old))  # no scoring left: the whole context, or nearness
    assert placement._best_by_context(anchor, text, SearchBudget(scores=0)) == nearest


def test_a_common_quote_in_its_context_is_not_scored_at_each_occurrence(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2,000 occurrences scored a character at a time for each of 2,000 highlights: 8 s a report.
    scored = []
    monkeypatch.setattr(placement, "context_score", lambda *args: scored.append(args) or 0)
    text = "Some words of the text here. " * 5000
    where = locate(_anchor("Some words", "text here. ", " of the text", old=50_001), text)
    assert where.span == (49_996, 50_006) and not scored


def test_fuzzy_searches_have_one_budget_for_all_annotations(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2,000 highlights whose quotes are nowhere: two bitap searches or more each (5 s).
    calls = []
    original = placement.diff_match_patch.match_main
    monkeypatch.setattr(placement.diff_match_patch, "match_main",
                        lambda self, *args: calls.append(args) or original(self, *args))
    text = "Some words of the text here. " * 200
    comparison = compare(Document.from_text(text), Document.from_text(text + " More."))
    lost = tuple(Highlight(f"h{i}", _anchor(f"Some wordz of the texq here {i} words of", old=i * 29))
                 for i in range(1000))
    report = reanchor(Annotations(highlights=lost), comparison)
    assert 0 < len(calls) <= MAX_FUZZY_MATCHES
    assert len(report.annotations.highlights) == 1000  # kept, listed as lost


def test_context_scores_have_one_budget_for_all_annotations(monkeypatch: pytest.MonkeyPatch) -> None:
    # A common quote whose context agrees only in part, everywhere: 2,000 occurrences scored for
    # each of 2,000 highlights (9.6 s).
    scored = []
    original = placement.context_score
    monkeypatch.setattr(placement, "context_score", lambda *args: scored.append(1) or original(*args))
    text = "Some words of the text here. " * 3000
    budget = SearchBudget()
    for i in range(200):
        where = locate(_anchor("Some words", "text here. ", " ZZZ", old=i * 290), text, budget)
        assert where.span is not None
    assert MAX_CONTEXT_SCORES <= len(scored) <= MAX_CONTEXT_SCORES + 2000
    assert where.span == (57_710, 57_720)  # past the budget: the occurrence nearest the old place
