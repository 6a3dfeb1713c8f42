"""Mislabels a journalist met (issue 14), each held by a test: quotes, figures, names, claims."""

from __future__ import annotations

import pytest

from app import compare
from app.documents import document_from_string
from app.engine.records import Comparison
from app.facts import FactReport, check_facts
from app.facts.names import find_names
from app.facts.render import render_facts

ORIGINAL = (
    "Mobiles 'are the new memory aid'\n\n"
    "People are relying on their mobile phones to remember the details of their lives, a survey suggests.\n\n"
    "More than 50% of those questioned by Orange said they could not recall their own home number. "
    "The survey of 2,000 adults was carried out by Intervoice for the Memory Mate service.\n\n"
    "\"People no longer bother to learn numbers because the phone is their address book. "
    "\"The mobile phone has become an extension of our memory,\" said Dr Lucy Burns, a psychologist at "
    "the University of Leeds.\n\n"
    "Half of owners store more than 100 numbers on their Sim card, and 50% of them never back them up, "
    "the study found.\n\n"
    "Orange said the phone is now used at the Grand Prix to send race updates.\n\n"
    "Fans in Monaco follow races on it, according to Mr Jenkins.\n"
)
COPY = (
    "Mobiles 'are the new memory aid'\n\n"
    "People are relying on their mobile phones to remember the details of their lives, a survey suggests.\n\n"
    "Over half of those questioned by Orange said they could not recall their own home number. "
    "The survey of 2,000 adults was carried out by Intervoice for the Memory Mate service.\n\n"
    "\"People no longer bother to learn phone numbers because the phone is now their address book,\" said "
    "Dr Lucy Burns, a psychologist at the University of Leeds. "
    "\"The mobile phone has become an extension of our memory.\"\n\n"
    "Half of owners store more than 100 numbers on their Sim card, and 50% of them never back them up, "
    "the study found.\n\n"
    "Orange said the phone is now used at the Grand Prix to send race updates.\n\n"
    "Fans in Monaco follow races on it, according to Mr Jenkins. Experts say the habit is harmless, "
    "but critics argue that it weakens memory.\n"
)


def _compare(original: str, copy: str) -> Comparison:
    return compare(document_from_string(original, "original.txt", "text"),
                   document_from_string(copy, "copy.txt", "text"))


@pytest.fixture(scope="module")
def review() -> tuple[Comparison, FactReport]:
    comparison = _compare(ORIGINAL, COPY)
    return comparison, check_facts(comparison)


def test_a_quote_whose_closing_mark_is_lost_is_altered_not_unsourced(review):
    _, report = review
    (altered,) = [e for e in report.with_status("altered") if e.kind == "quote"]
    assert altered.left.text == "People no longer bother to learn numbers because the phone is their address book."
    assert altered.left.unclosed and not altered.right.unclosed
    assert 'adds "phone"' in altered.note and "does not close" in altered.note
    assert not [e for e in report.with_status("unsourced") if e.kind == "quote"]


def test_a_figure_is_kept_only_in_its_context(review):
    comparison, report = review
    fifty = [e for e in report.entries if e.kind == "percent"]
    by_status = {e.status: e for e in fifty}
    # "More than 50%" became "Over half": the 50% of the sentence about backups does not keep it.
    assert set(by_status) == {"missing", "kept"}
    missing = by_status["missing"]
    assert comparison.left.text[missing.left.span[0] - 10:missing.left.span[1]] == "More than 50%"
    kept = by_status["kept"]
    assert "back them up" in comparison.right.text[kept.right.span[1]:kept.right.span[1] + 40]
    assert "back them up" in comparison.left.text[kept.left.span[1]:kept.left.span[1] + 40]


def test_the_same_value_in_other_words_elsewhere_is_new_not_kept():
    original = "Sales rose 7% in March.\n\nThe weather was fine all spring.\n"
    copy = "Sales rose in March.\n\nThe weather was fine all spring, and rain fell 7% less often.\n"
    report = check_facts(_compare(original, copy))
    assert sorted(e.status for e in report.entries if e.kind == "percent") == ["missing", "new"]


def test_a_moved_and_reworded_figure_is_kept_by_its_words():
    original = ("The council will spend $4m on new bus lanes in the city centre.\n\n"
                "Residents welcomed the plan at a meeting.\n\nOthers worried about the cost.\n")
    copy = ("Residents welcomed the plan at a meeting.\n\nOthers worried about the cost.\n\n"
            "New bus lanes in the city centre will cost the council $4m.\n")
    report = check_facts(_compare(original, copy))
    assert [e.status for e in report.entries if e.kind == "money"] == ["kept"]


def test_a_quote_kept_as_unquoted_words_counts_both_occurrences():
    original = "The minister said the talks were going nowhere fast, officials added.\n"
    copy = "\"The talks were going nowhere fast,\" the minister said.\n"
    comparison = _compare(original, copy)
    report = check_facts(comparison)
    (entry,) = [e for e in report.entries if e.kind == "quote"]
    assert entry.status == "kept"
    assert entry.left is not None and entry.left.text == "the talks were going nowhere fast"
    assert "original \u00d71, copy \u00d71" in render_facts(report, comparison)
    assert "\u00d70" not in render_facts(report, comparison)


def test_a_dropped_quote_kept_without_marks_points_at_the_copy_words():
    original = "\"We will rebuild the bridge within a year,\" the mayor said.\n"
    copy = "The mayor promised: we will rebuild the bridge within a year.\n"
    comparison = _compare(original, copy)
    report = check_facts(comparison)
    (entry,) = [e for e in report.entries if e.kind == "quote"]
    assert entry.status == "kept" and entry.right is not None
    assert comparison.right.text[entry.right.span[0]:entry.right.span[1]] == "we will rebuild the bridge within a year"
    assert "\u00d70" not in render_facts(report, comparison)


def test_a_copy_quote_that_lost_its_closing_mark_is_kept():
    original = "\"We are ready to talk,\" he said on Monday. Nothing else was agreed.\n"
    copy = "\"We are ready to talk, he said on Monday. Nothing else was agreed.\n"
    report = check_facts(_compare(original, copy))
    (entry,) = [e for e in report.entries if e.kind == "quote"]
    assert entry.status == "kept" and "does not close" in entry.note


def _kinds(text: str) -> dict[str, str]:
    return {text[n.span[0]:n.span[1]]: n.kind for n in find_names(text)}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The survey was carried out for the Memory Mate service.", "Memory Mate", "name"),
    ("He said Memory Mate said its memory service was popular.", "Memory Mate", "name"),
    ("More than half of those questioned by Orange said they forget.", "Orange", "name"),
    ("He said Orange said the phone is used at the Grand Prix to send updates.", "Orange", "name"),
    ("He said the phone is used at the Grand Prix to send updates.", "Grand Prix", "name"),
    ("They store numbers on their Sim card.", "Sim", "name"),
    ("Numbers are kept in Sim cards.", "Sim", "name"),
    ("The survey was done by Intervoice.", "Intervoice", "name"),
    ("The survey was done at Intervoice.", "Intervoice", "name"),
    ("Most of the staff of Intervoice agreed.", "Intervoice", "organisation"),
    ("said Cliff Pollard, an analyst at Intervoice.", "Intervoice", "organisation"),
    ("said Dr Lucy Burns, a psychologist.", "Lucy Burns", "person"),
    ("It was, said Lucy Burns of the survey, a surprise.", "Lucy Burns", "person"),
    ("He works in Krasnoyarsk, in Siberia.", "Krasnoyarsk", "place"),
    ("He lives in Normanton and works there.", "Normanton", "place"),
    ("He visited the capital of Ruritania last year.", "Ruritania", "place"),
    ("Yaseen Lakhani told the BBC News website.", "Yaseen Lakhani", "person"),
    ("Mr Glazer spoke. The bid by Malcolm Glazer failed.", "Malcolm Glazer", "person"),
    ("Jenkins said so, according to Mr Jenkins.", "Jenkins", "person"),
])
def test_names_are_typed_with_evidence_not_from_capitals(text, name, kind):
    assert _kinds(text)[name] == kind


def test_unsourced_claims_in_added_text(review):
    _, report = review
    (claim,) = report.of_kind("claim")
    assert claim.status == "unsourced" and claim.left is None
    assert claim.right.text == "Experts say the habit is harmless, but critics argue that it weakens memory."
    assert claim.right.value == "experts say; critics argue"
    assert "nobody named" in claim.note


@pytest.mark.parametrize(("added", "found"), [
    ("Critics argue the plan is too costly.", True),
    ("It is widely believed that the plan will fail.", True),
    ("According to sources, the plan will fail.", True),
    ("Studies show that such plans fail.", True),
    ("The plan is said to be costly.", True),
    ("Many believe that the plan will fail.", True),
    ("Analysts at Barclays say the plan is costly.", False),
    ("The critics argued nothing new.", False),
    ("Mr Jones says the plan will fail.", False),
])
def test_attributions_to_unnamed_people(added, found):
    original = "The council met on Monday.\n\nIt approved the budget.\n"
    copy = f"The council met on Monday.\n\n{added}\n\nIt approved the budget.\n"
    report = check_facts(_compare(original, copy))
    assert bool(report.of_kind("claim")) is found


def test_claims_the_original_already_makes_are_not_listed():
    original = "Experts say the habit is harmless.\n\nThe survey was small.\n"
    copy = "Experts say the habit is harmless.\n\nThe survey was small, critics argue.\n"
    report = check_facts(_compare(original, copy))
    (claim,) = report.of_kind("claim")
    assert claim.right.text == "The survey was small, critics argue."
