"""The bundled sample pair: what a reader must see (issue 2's checks), and its golden JSON."""

import json
import os
from pathlib import Path

import pytest

from app import compare
from app.documents import read_document

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "sample-comparison.json"


@pytest.fixture(scope="module")
def result(sample_paths):
    left, right = sample_paths
    return compare(read_document(left), read_document(right))


def kinds_at(c, side, snippet, occurrence=0):
    """Kinds of the differences covering the n-th occurrence of snippet on a side."""
    text = c.left.text if side == "left" else c.right.text
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(snippet, pos + 1)
    found = c.differences_in(side, pos, pos + len(snippet))
    if c.matches_in(side, pos, pos + len(snippet)):
        found = [*found, "match"]
    return [d if isinstance(d, str) else d.kind for d in found]


def the_difference(c, side, snippet):
    text = c.left.text if side == "left" else c.right.text
    pos = text.index(snippet)
    (d,) = c.differences_in(side, pos, pos + len(snippet))
    return d


def test_markdown_escapes_are_rendered(result):
    assert "$500bn" in result.left.text and "\\$" not in result.left.text
    assert "<u>" not in result.left.text


def test_repeated_title_and_paragraphs_are_duplicated_later_copies_only(result):
    title = "Putin Proposes Rare Mineral Access to the US Amid Ukraine Negotiations"
    assert "duplicated" not in kinds_at(result, "right", title, 0)
    assert kinds_at(result, "right", title, 1) == ["duplicated"]
    for opening in ("During a state television interview", "Putin\u2019s remarks came as a direct rebuttal",
                    "Putin confidently claimed", "As negotiations continue",
                    "The backdrop of these discussions"):
        assert "duplicated" not in kinds_at(result, "right", opening, 0), opening
        assert kinds_at(result, "right", opening, 1) == ["duplicated"], opening
        d = the_difference_nth(result, opening, 1)
        first = result.right.text.index(opening)
        assert d.duplicate_of[0] <= first < d.duplicate_of[1]


def the_difference_nth(c, snippet, occurrence):
    text = c.right.text
    pos = text.index(snippet)
    for _ in range(occurrence):
        pos = text.index(snippet, pos + 1)
    (d,) = c.differences_in("right", pos, pos + len(snippet))
    return d


@pytest.mark.parametrize("snippet", [
    "amounted to about $500bn",
    "Zelenzky has disputed that figure",
    "collaborate on aluminium production in Krasnoyarsk",
    "The televised comments followed a cabinet meeting",
    "Offering the US access to minerals is an eye-catching move",
    "In 2023 Putin accused the West",
])
def test_facts_the_copy_dropped_are_omitted(result, snippet):
    assert kinds_at(result, "left", snippet) == ["omitted"]


@pytest.mark.parametrize("snippet", [
    "The backdrop of these discussions illustrates",
    "While Putin's proposal aims to exhibit",
])
def test_commentary_the_copy_added_is_added(result, snippet):
    assert kinds_at(result, "right", snippet.replace("'", "\u2019") if snippet not in result.right.text
                    else snippet, 0) == ["added"]


@pytest.mark.parametrize(("left_snippet", "right_snippet"), [
    ("Kremlin spokesman Dmitry Peskov told journalists", "Kremlin spokesman Dmitry Peskov emphasized"),
    ("Kyiv estimates that about 5%", "with Kyiv estimating that around 5%"),
    ("Olga Stefanishyna, said negotiations", "Olga Stefanishyna has characterized"),
    ("Putin said a potential US-Ukraine deal", "Putin confidently claimed"),
    ("In a state TV interview on Monday", "During a state television interview"),
])
def test_paraphrases_are_changed_and_linked_to_their_source(result, left_snippet, right_snippet):
    d = the_difference(result, "right", right_snippet)
    assert d.kind == "changed"
    lpos = result.left.text.index(left_snippet)
    linked = [x for x in result.differences_in("left", lpos, lpos + len(left_snippet))]
    assert linked and all(x.kind == "changed" for x in linked)
    assert any(x.right and x.right[0] <= result.right.text.index(right_snippet) < x.right[1] for x in linked)


def test_golden_json(result):
    """The sample's whole comparison, as JSON; regenerate with VERSO_REGOLD=1 after a deliberate change."""
    data = result.to_dict()
    if os.environ.get("VERSO_REGOLD"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert data == json.loads(GOLDEN.read_text(encoding="utf-8"))
