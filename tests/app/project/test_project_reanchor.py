"""Finding annotations again after a text changed: position, exact quote, fuzzy, lost."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app import CompareOptions, compare
from app.documents.model import Document
from app.engine.records import Comparison
from app.project import (
    Annotations,
    DifferenceReview,
    Project,
    Verdict,
    anchor_span,
    locate,
    reanchor,
)

TEXT = ("The minister said on Monday that the talks would resume next week. "
        "Critics called the plan a surrender. The deal covers rare earths, "
        "including deposits in occupied areas. Officials declined to comment.")


def test_unchanged_text_is_placed_by_position() -> None:
    anchor = anchor_span(TEXT, "left", 69, 104)
    assert locate(anchor, TEXT).method == "position"


def test_text_inserted_before_moves_the_anchor() -> None:
    start = TEXT.index("Critics")
    anchor = anchor_span(TEXT, "left", start, start + 36)
    edited = "BREAKING. " + TEXT
    placement = locate(anchor, edited)
    assert placement.method == "exact"
    assert placement.span == (start + 10, start + 46)


def test_repeated_quote_is_told_apart_by_context() -> None:
    text = "He said yes. Then she said no. Later he said yes again."
    second = text.rindex("said yes")
    anchor = anchor_span(text, "left", second, second + 8)
    edited = "Quote: " + text.replace("Later", "Much later")
    placement = locate(anchor, edited)
    assert placement.span == (edited.rindex("said yes"), edited.rindex("said yes") + 8)


def test_edited_quote_is_found_fuzzily() -> None:
    start = TEXT.index("The deal")
    end = TEXT.index("areas.") + 6
    anchor = anchor_span(TEXT, "left", start, end)
    edited = TEXT.replace("rare earths", "rare-earth minerals")
    edited = edited.replace("The minister", "A minister")
    placement = locate(anchor, edited)
    assert placement.method == "fuzzy" and placement.similarity >= 0.8
    assert placement.span is not None
    found = edited[slice(*placement.span)]
    assert found.startswith("The deal") and found.endswith("areas.")


def test_deleted_passage_is_lost() -> None:
    start = TEXT.index("Critics")
    anchor = anchor_span(TEXT, "left", start, start + 36)
    placement = locate(anchor, TEXT.replace("Critics called the plan a surrender. ", ""))
    assert not placement.placed and placement.method == "lost"


def test_fuzzy_search_on_a_long_text_finishes() -> None:
    import time

    filler = " ".join(f"Sentence {i} says something different." for i in range(3000))
    text = filler + " " + TEXT + " " + filler
    start = text.index("The deal")
    anchor = anchor_span(text, "left", start, start + 90)
    edited = text.replace("rare earths", "rare minerals").replace("Sentence 5 ", "Line 5 ")
    began = time.monotonic()
    placement = locate(anchor, edited)
    assert time.monotonic() - began < 20  # a hang guard, not a speed test (0.4 s alone; 3.4 s at load 5)
    assert placement.placed and placement.span is not None
    assert edited[slice(*placement.span)].startswith("The deal")


# ---- reviews and highlights follow an edited text into a new comparison --------

def _edited_copy_comparison(c: Comparison, old: str, new: str) -> Comparison:
    assert old in c.right.text
    right = Document.from_text(c.right.text.replace(old, new, 1), c.right.name)
    return compare(c.left, right, CompareOptions())


def test_reanchoring_after_an_edit_to_the_copy(sample_comparison: Comparison) -> None:
    c = sample_comparison
    # Annotate a difference late in the copy and highlight text after the edit point.
    diff = next(d for d in reversed(c.differences) if d.right is not None)
    a = Annotations().with_verdict(c, diff.id, Verdict.ERROR).with_note(c, diff.id, "fix")
    start = c.right.text.index("Putin", len(c.right.text) // 2)
    a, h = a.with_highlight(c.right.text, "right", start, start + 5, "name")
    head = c.right.text[:60]
    new_c = _edited_copy_comparison(c, head, head + " Extra words for a new opening.")
    report = reanchor(a, new_c)
    assert report.all_placed, report.lost
    (moved_h,) = report.annotations.highlights
    assert new_c.right.text[slice(*moved_h.span)] == "Putin" and moved_h.span != h.span
    (review,) = report.annotations.reviews
    assert review.verdict is Verdict.ERROR and review.note == "fix"
    new_diff = new_c.difference(review.difference_id or 0)
    assert new_diff is not None and new_diff.kind == diff.kind
    assert new_diff.right is not None and diff.right is not None
    assert new_c.right.text[slice(*new_diff.right)] == c.right.text[slice(*diff.right)]


def test_fixed_difference_is_listed_not_dropped(tmp_path: Path) -> None:
    left = Document.from_text("The fund holds 4 billion dollars. It was set up in 2019.")
    wrong = Document.from_text("The fund holds 40 billion dollars. It was set up in 2019.")
    c = compare(left, wrong)
    changed = next(d for d in c.differences if d.kind == "changed")
    a = Annotations().with_verdict(c, changed.id, Verdict.ERROR)
    fixed = compare(left, Document.from_text(left.text))
    assert fixed.differences == ()
    report = reanchor(a, fixed)
    (lost,) = report.lost
    assert isinstance(lost, DifferenceReview)
    assert lost.verdict is Verdict.ERROR and report.annotations.unplaced() == (lost,)
    # The unplaced review survives a save/load and re-attaches if the error comes back.
    from app.project import load_project, save_project

    project = Project(fixed.left, fixed.right, annotations=report.annotations)
    save_project(project, tmp_path / "p.verso")
    again = reanchor(load_project(tmp_path / "p.verso").annotations, c)
    assert again.all_placed and again.annotations.verdict_of(changed.id) is Verdict.ERROR


def test_recompared_project_carries_annotations(annotated: Project) -> None:
    c = compare(annotated.left, annotated.right, annotated.options)
    new_options = replace(annotated.options, ignore_case=True)
    new_c = compare(annotated.left, annotated.right, new_options)
    project, report = annotated.recompared(new_c, new_options)
    assert project.options == new_options
    assert len(project.annotations.reviews) == len(annotated.annotations.reviews)
    assert report.all_placed or report.lost
    same, report2 = annotated.recompared(c)
    assert same.annotations == annotated.annotations and not report2.moved


# ---- properties -------------------------------------------------------------------

WORDS = st.sampled_from(["the", "minister", "said", "talks", "deal", "rare", "earths", "Kyiv",
                         "on", "Monday", "40%", "—", "«", "»", "\n\n", "é", "😀"])
texts = st.lists(WORDS, min_size=1, max_size=80).map(" ".join)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@settings(max_examples=200, deadline=None)
@given(text_and_span())
def test_anchor_in_the_same_text_is_found_where_it_was(case: tuple[str, int, int]) -> None:
    text, start, end = case
    placement = locate(anchor_span(text, "left", start, end), text)
    assert placement.span == (start, end)


def _overlapping_count(text: str, needle: str) -> int:
    return sum(1 for i in range(len(text)) if text.startswith(needle, i))


@settings(max_examples=200, deadline=None)
@given(text_and_span(), texts)
def test_insertion_before_shifts_the_anchor(case: tuple[str, int, int], inserted: str) -> None:
    text, start, end = case
    anchor = anchor_span(text, "left", start, end)
    new_text = inserted + " " + text
    q = anchor.quote
    assume(_overlapping_count(new_text, q.prefix + q.exact + q.suffix) == 1)
    shift = len(inserted) + 1
    assert locate(anchor, new_text).span == (start + shift, end + shift)


@settings(max_examples=200, deadline=None)
@given(text_and_span(), texts, st.integers(0, 10_000), st.integers(0, 200))
def test_any_edit_gives_a_span_inside_the_text_or_lost(case: tuple[str, int, int], junk: str,
                                                       at: int, cut: int) -> None:
    text, start, end = case
    anchor = anchor_span(text, "left", start, end)
    at %= len(text) + 1
    new_text = text[:at] + junk + text[at + cut:]
    placement = locate(anchor, new_text)
    if placement.span is None:
        assert placement.method == "lost"
    else:
        s, e = placement.span
        assert 0 <= s <= e <= len(new_text)
        if placement.method in ("position", "exact"):
            assert new_text[s:e] == anchor.quote.exact
