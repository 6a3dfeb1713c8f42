"""Issue 6, must show: the facts of the sample pair (BBC article and its AI rewrite)."""

from __future__ import annotations

import json

import pytest

from app import compare
from app.documents import read_document
from app.facts import FactReport, check_facts


@pytest.fixture(scope="module")
def comparison(sample_paths):
    left, right = (read_document(str(p)) for p in sample_paths)
    return compare(left, right)


@pytest.fixture(scope="module")
def report(comparison) -> FactReport:
    return check_facts(comparison)


def _texts(report: FactReport, status: str, side: str = "left") -> set[str]:
    out = set()
    for e in report.with_status(status):
        fact = e.left if side == "left" else e.right
        if fact is not None:
            out.add(fact.text)
    return out


@pytest.mark.parametrize("text", ["$500bn", "£396bn", "Krasnoyarsk", "Rusal", "Siberia", "2023",
                                  "Stéphane Séjourné", "win-win"])
def test_the_copy_drops_these_facts(report, text):
    assert text in _texts(report, "missing")
    assert text not in _texts(report, "kept") | _texts(report, "altered")


def test_missing_facts_have_the_right_kinds_and_values(report):
    by_text = {e.left.text: e.left for e in report.with_status("missing") if e.left}
    assert by_text["$500bn"].kind == "money" and by_text["$500bn"].value == ("USD", 500e9)
    assert by_text["£396bn"].value == ("GBP", 396e9)
    assert by_text["2023"].kind == "date" and by_text["2023"].value == "2023"
    assert by_text["Stéphane Séjourné"].kind == "person"
    assert by_text["win-win"].kind == "quote"
    assert by_text["win-win"].speaker == "Stéphane Séjourné"


def test_the_four_quotations_of_the_copy_are_found_in_the_original(report, comparison):
    quotes = [e for e in report.of_kind("quote") if e.right is not None]
    status = {}
    for e in quotes:
        words = e.right.value
        status.setdefault(words, set()).add(e.status)
        assert e.left is not None, f"{e.right.text!r} has no source"
        # The source is an original quotation that contains the copy's words.
        assert words in e.left.value
    assert status == {
        "significantly more resources": {"shortened"},
        "broad prospects": {"shortened"},
        "new territories": {"kept"},
        "constructive": {"shortened"},
    }


def test_nothing_in_the_copy_is_an_unsourced_quotation(report):
    assert report.with_status("unsourced") == []
    assert report.summary()["unsourced"] == 0


def test_quotes_point_at_their_source_in_the_original(report, comparison):
    entry = next(e for e in report.of_kind("quote") if e.right and e.right.value == "broad prospects")
    assert comparison.left.text[slice(*entry.left.span)] == "quite broad prospects"
    assert entry.left.speaker == "Dmitry Peskov"


def test_furniture_gives_no_facts(report, comparison):
    furniture = [d.left for d in comparison.differences if d.furniture and d.left]
    assert furniture, "the BBC page has menus and footers"
    for e in report.entries:
        for side in ("left", "right"):
            span = e.span(side)
            if span is None:
                continue
            for d in comparison.differences:
                fs = d.span(side)
                if d.furniture and fs is not None:
                    assert not (fs[0] < span[1] and span[0] < fs[1]), (e, d)
    # "Copyright 2025 BBC" is furniture: no missing 2025.
    assert "2025" not in _texts(report, "missing")


def test_kept_facts_on_the_sample(report):
    kept = _texts(report, "kept")
    assert {"5%", "three years", "Dmitry Peskov", "Olga Stefanishyna", "Kyiv", "European Union"} <= kept
    # "US" in the original is "United States" in the copy.
    us = [e for e in report.with_status("kept") if e.left and e.left.text == "US" and e.right]
    assert any(e.right.text == "United States" for e in us) or all(e.right.value == "United States" for e in us)


def test_every_span_holds_its_fact(report, comparison):
    for e in report.entries:
        for fact, doc in ((e.left, comparison.left), (e.right, comparison.right)):
            if fact is not None:
                start, end = fact.span
                assert 0 <= start < end <= len(doc.text)
                assert doc.text[start:end] == fact.text


def test_to_dict_is_json(report):
    data = json.loads(json.dumps(report.to_dict()))
    assert data["summary"] == report.summary()
    assert len(data["items"]) == len(report.entries)
    money = next(i for i in data["items"] if i["text"] == "$500bn")
    assert money == {"id": money["id"], "kind": "money", "status": "missing", "text": "$500bn",
                     "value": ["USD", 500000000000.0], "left": money["left"], "right": None}
    assert sum(data["summary"].values()) == len(data["items"])
