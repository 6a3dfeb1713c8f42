"""Facts attached to differences: ids both ways, change labels, facts-first order, the JSON."""

from __future__ import annotations

import json

import pytest

from app import compare
from app.cli import main
from app.documents import document_from_string, read_document
from app.facts import change_label, check_facts, comparison_dict_with_facts, facts_first, link_facts

ORIGINAL = ("A poll found that 53% of voters back the plan.\n\n"
            "The council met on Monday and spent $500bn on roads.\n\n"
            "Nothing else happened that week, and the weather stayed mild.\n")
COPY = ("A poll found that 35% of voters back the plan.\n\n"
        "Nothing else happened that week, and the weather stayed mild. Experts say it will rain in 2026.\n")


@pytest.fixture(scope="module")
def linked():
    comparison = compare(document_from_string(ORIGINAL, "original.txt", "text"),
                         document_from_string(COPY, "copy.txt", "text"))
    report = check_facts(comparison)
    return comparison, report, link_facts(comparison, report)


def _difference_with(comparison, side, text):
    doc = comparison.document(side)
    at = doc.text.index(text)
    return next(d for d in comparison.differences
                if d.span(side) is not None and d.span(side)[0] <= at < d.span(side)[1])


def test_each_difference_lists_the_facts_it_changes_drops_or_adds(linked):
    comparison, report, links = linked
    changed = _difference_with(comparison, "left", "53%")
    assert links.changes(changed.id) == ["53% \u2192 35%"]
    assert links.status(changed.id) == "altered"
    omitted = _difference_with(comparison, "left", "$500bn")
    assert set(links.changes(omitted.id)) == {"Monday \u2192 \u2014", "$500bn \u2192 \u2014"}
    assert links.status(omitted.id) == "missing"
    added = _difference_with(comparison, "right", "Experts say")
    assert set(links.changes(added.id)) == {"experts say (nobody named)", "\u2014 \u2192 2026"}
    for diff_id, fact_ids in links.by_difference.items():
        for fact_id in fact_ids:
            assert diff_id in links.differences_of(fact_id)
            entry = report.entry(fact_id)
            assert entry.status != "kept"
            difference = comparison.difference(diff_id)
            assert any(entry.span(side) and difference.span(side)
                       and entry.span(side)[0] < difference.span(side)[1]
                       and difference.span(side)[0] < entry.span(side)[1] for side in ("left", "right"))


def test_facts_first_puts_differences_with_facts_first_most_urgent_first(linked):
    comparison, _, links = linked
    ordered = facts_first(comparison.differences, links)
    assert sorted(d.id for d in ordered) == sorted(d.id for d in comparison.differences)
    statuses = [links.status(d.id) for d in ordered]
    with_facts = [s for s in statuses if s is not None]
    assert statuses[:len(with_facts)] == with_facts  # all with facts come first
    assert with_facts[0] == "missing"


def test_change_labels_cut_long_quotations():
    original = '"We will never, ever agree to any such deal with anyone at all," she said.\n'
    copy = '"We will never agree to any deal with anyone at all," she said.\n'
    comparison = compare(document_from_string(original, "o.txt", "text"), document_from_string(copy, "c.txt", "text"))
    (entry,) = [e for e in check_facts(comparison).entries if e.kind == "quote"]
    label = change_label(entry)
    assert label.startswith("\u201cWe will never, ever agree") and "\u2026\u201d \u2192 \u201c" in label
    assert len(label) < 100


def test_the_json_lists_fact_ids_on_differences(linked):
    comparison, report, _ = linked
    data = comparison_dict_with_facts(comparison, report)
    ids = {item["id"] for item in data["facts"]["items"]}
    listed = [d for d in data["differences"] if "facts" in d]
    assert listed and all(set(d["facts"]) <= ids for d in listed)
    assert all("facts" not in d for d in comparison.to_dict()["differences"])


def test_every_flagged_fact_of_the_sample_lies_in_a_difference(sample_paths, capsys):
    left, right = map(str, sample_paths)
    comparison = compare(read_document(left), read_document(right))
    report = check_facts(comparison)
    links = link_facts(comparison, report)
    flagged = [e for e in report.entries if e.status != "kept"]
    assert flagged and all(links.differences_of(e.id) for e in flagged)
    assert main(["compare", left, right, "--format", "json", "--facts"]) == 0
    data = json.loads(capsys.readouterr().out)
    listed = {i for d in data["differences"] for i in d.get("facts", [])}
    assert listed == {e.id for e in flagged}
