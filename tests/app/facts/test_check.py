"""Checking a copy's facts against the original: statuses, pairing, quotations."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import compare
from app.documents import document_from_string
from app.facts import STATUSES, FactReport, check_facts, extract_facts, furniture_spans, jump_span
from app.facts.names import known_name_words


def _check(original: str, copy: str) -> FactReport:
    return check_facts(compare(document_from_string(original, "original.txt", "text"),
                               document_from_string(copy, "copy.txt", "text")))


def _status(report: FactReport, text: str) -> set[str]:
    return {e.status for e in report.entries
            if (e.left and e.left.text == text) or (e.right and e.right.text == text)}


ORIGINAL = ("The deal is worth $500bn, officials said on Monday.\n\n"
            "Deputy Prime Minister Olga Stefanishyna met the minister in Kyiv.\n\n"
            "Five soldiers were hurt, according to the US military.\n\n"
            "Nothing else happened that week, and the weather stayed mild.\n")


def test_a_changed_number_in_an_aligned_sentence_is_altered():
    report = _check(ORIGINAL, ORIGINAL.replace("$500bn", "$600bn"))
    (entry,) = report.with_status("altered")
    assert entry.kind == "money"
    assert (entry.left.text, entry.right.text) == ("$500bn", "$600bn")
    assert entry.note == "$500bn \u2192 $600bn"
    assert _status(report, "Monday") == {"kept"}


def test_a_changed_place_is_altered():
    report = _check(ORIGINAL, ORIGINAL.replace("in Kyiv", "in Lviv"))
    (entry,) = report.with_status("altered")
    assert entry.kind == "place" and entry.right.value == "Lviv"


def test_form_does_not_matter():
    copy = ORIGINAL.replace("$500bn", "500 billion dollars").replace("Five", "5").replace(
        "US military", "United States military").replace("Olga Stefanishyna met", "Stefanishyna met")
    report = _check(ORIGINAL, copy)
    assert report.with_status("missing", "new", "altered") == []


def test_dropped_and_added_facts():
    copy = ORIGINAL.replace("The deal is worth $500bn, officials said on Monday.\n\n", "").replace(
        "the weather stayed mild.", "the weather stayed mild. Rain cost $3bn.")
    report = _check(ORIGINAL, copy)
    assert _status(report, "$500bn") == {"missing"}
    assert _status(report, "Monday") == {"missing"}
    assert _status(report, "$3bn") == {"new"}


QUOTED = ('Putin said Russia "undoubtedly have, I want to emphasise, significantly more resources of this '
          'kind than Ukraine".\n\n'
          '"We are ready," Peskov said, "to attract foreign partners."\n\n'
          'The minister called the talks "very constructive \u2014 with nearly all details finalised".\n\n'
          'The weather was mild and the markets were calm.\n')


def _quote_statuses(copy: str) -> dict[str, tuple[str, str]]:
    report = _check(QUOTED, copy)
    return {e.right.text: (e.status, e.note) for e in report.of_kind("quote") if e.right is not None}


def test_quotations_word_for_word_typography_aside():
    copy = QUOTED.replace('"', "\u201c", 1).replace('Ukraine".', "Ukraine\u201d.").replace("\u2014", "-")
    statuses = _quote_statuses(copy)
    assert {s for s, _ in statuses.values()} == {"kept"}


def test_shortened_contiguous_and_with_an_ellipsis():
    copy = ('Putin said Russia has "significantly more resources".\n\n'
            'He said Russia "undoubtedly have \u2026 significantly more resources".\n\n'
            'The minister called the talks "constructive".\n')
    statuses = _quote_statuses(copy)
    assert statuses["significantly more resources"] == ("shortened", "")
    assert statuses["undoubtedly have \u2026 significantly more resources"] == (
        "shortened", "parts joined by an ellipsis")
    assert statuses["constructive"][0] == "shortened"


def test_joined_quotations_of_one_sentence():
    statuses = _quote_statuses('Peskov said: "We are ready to attract foreign partners."\n\n'
                               'He said "ready ... to attract".\n')
    assert statuses["We are ready to attract foreign partners."] == ("kept", "joins two quotations of the original")
    assert statuses["ready ... to attract"] == ("shortened", "parts joined by an ellipsis, joins two quotations "
                                                              "of the original")


def test_altered_and_unsourced_quotations():
    copy = ('Putin said Russia "undoubtedly has, I want to stress, significantly more resources than Ukraine".\n\n'
            'Peskov said "the sanctions will fail".\n')
    statuses = _quote_statuses(copy)
    status, note = statuses["undoubtedly has, I want to stress, significantly more resources than Ukraine"]
    assert status == "altered"
    assert '"has" where the original has "have"' in note
    assert statuses["the sanctions will fail"] == ("unsourced", "not found in the original")


def test_quoted_in_the_copy_but_not_in_the_original():
    statuses = _quote_statuses('The weather was "mild", and the markets were calm.\n')
    assert statuses["mild"] == ("kept", "the original has these words, but not as a quotation")


def test_original_quotations_the_copy_dropped_or_unquoted():
    copy = "Putin said Russia undoubtedly have, I want to emphasise, significantly more resources of this kind.\n"
    report = _check(QUOTED, copy)
    by_text = {e.left.text: e for e in report.of_kind("quote") if e.left is not None}
    assert by_text["undoubtedly have, I want to emphasise, significantly more resources of this kind than "
                   "Ukraine"].status == "missing"  # the copy does not have "than Ukraine"
    assert by_text["We are ready,"].status == "missing"
    report = _check(QUOTED, copy.replace(" of this kind.", " of this kind than Ukraine."))
    kept = [e for e in report.of_kind("quote") if e.status == "kept"]
    assert kept and kept[0].note == "the copy has these words without quotation marks"


def test_report_queries_and_json():
    report = _check(ORIGINAL, ORIGINAL.replace("$500bn", "$600bn"))
    assert [e.id for e in report.entries] == list(range(1, len(report.entries) + 1))
    altered = report.with_status("altered")[0]
    assert report.entry(altered.id) is altered
    start, end = altered.span("right")
    assert altered in report.entries_in("right", start, end)
    assert altered in report.entries_in("left", *altered.span("left"))
    data = json.loads(json.dumps(report.to_dict()))
    item = next(i for i in data["items"] if i["id"] == altered.id)
    assert item["right_text"] == "$600bn" and item["right_value"] == ["USD", 600e9]
    assert list(data["summary"]) == list(STATUSES)


_WORDS = ["The", "minister", "Putin", "said", "$5bn", "five", "5%", "on Monday", "in 2023", "Kyiv", "US",
          '"we will win"', "\u201cnever\u201d", "'no'", "Dr Jane Smith", "three years", "and", ".", ",", "\n\n"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.lists(st.sampled_from(_WORDS), max_size=40))
def test_any_pair_of_texts(left_words, right_words):
    left, right = " ".join(["Text", *left_words]), " ".join(["Text", *right_words])
    report = _check(left, right)
    known = known_name_words(left, right)
    left_facts = {f.span for f in extract_facts(left, "left", known_names=known)}
    seen = set()
    for e in report.entries:
        assert e.status in STATUSES
        assert e.left is not None or e.right is not None
        for fact, text in ((e.left, left), (e.right, right)):
            if fact is not None:
                assert text[fact.span[0]:fact.span[1]] == fact.text
        if e.left is not None:
            seen.add(e.left.span)
    # Every fact of the original is reported (furniture aside), and nothing else.
    comparison = compare(document_from_string(left, "original.txt", "text"),
                         document_from_string(right, "copy.txt", "text"))
    furniture = furniture_spans(comparison, "left")
    assert seen == {s for s in left_facts if not any(a < s[1] and s[0] < b for a, b in furniture)}
    right_facts = extract_facts(right, "right", known_names=known, skip=furniture_spans(comparison, "right"))
    assert {e.right.span for e in report.entries if e.right} == {f.span for f in right_facts}
    json.dumps(report.to_dict())


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_extraction_never_fails_and_spans_hold_their_text(text):
    for fact in extract_facts(text, "right"):
        assert 0 <= fact.span[0] < fact.span[1] <= len(text)
        assert text[fact.span[0]:fact.span[1]] == fact.text
        json.dumps(fact.to_dict())


def test_jump_span_of_a_missing_fact_is_where_the_copy_would_have_it():
    copy = ORIGINAL.replace(" on Monday", "")
    comparison = compare(document_from_string(ORIGINAL, "original.txt", "text"),
                         document_from_string(copy, "copy.txt", "text"))
    report = check_facts(comparison)
    (monday,) = report.with_status("missing")
    assert jump_span(comparison, monday, "left") == monday.left.span
    start, end = jump_span(comparison, monday, "right")
    assert start == end and 0 < start < copy.index("Deputy")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40), st.booleans(), st.integers(1, 8)), max_size=40),
       st.integers(-10, 320), st.integers(0, 60))
def test_report_lookups_by_id_and_place_answer_as_a_scan(spans, start, width):
    # The window asks entries by id and by place at every paint: indexed, with the scan's answers.
    from app.facts.records import Fact, FactCheck

    entries = tuple(
        FactCheck(fid, "number", "altered",
                  Fact("number", "x", 1.0, "left", (s, s + n)) if on_left else None,
                  Fact("number", "x", 1.0, "right", (s, s + n)))
        for s, n, on_left, fid in spans)
    report = FactReport(entries)
    end = start + width
    for side in ("left", "right"):
        scan = [e for e in entries if (sp := e.span(side)) is not None and sp[0] < end and start < sp[1]]
        assert report.entries_in(side, start, end) == scan
    for fid in range(0, 10):
        assert report.entry(fid) is next((e for e in entries if e.id == fid), None)
