"""Verdicts, notes and highlights: queries the window and panel use."""

from __future__ import annotations

import pytest

from app.engine.records import Comparison
from app.project import VERDICT_ORDER, Annotations, Verdict


def test_verdicts_have_labels_and_stable_values() -> None:
    assert [v.label for v in VERDICT_ORDER] == ["Unreviewed", "Needs check", "Confirmed",
                                                "Acceptable", "Error"]
    assert Verdict("needs-check") is Verdict.NEEDS_CHECK
    assert all(v.description for v in Verdict)


def test_review_is_anchored_on_both_sides(sample_comparison: Comparison) -> None:
    c = sample_comparison
    changed = next(d for d in c.differences if d.kind == "changed")
    a = Annotations().with_verdict(c, changed.id, Verdict.ERROR)
    review = a.review_for(changed.id)
    assert review is not None and review.kind == "changed"
    assert review.left is not None and review.right is not None
    assert review.left.span == changed.left and review.right.span == changed.right
    assert review.left.quote.exact == c.left.text[slice(*changed.left)]


def test_clearing_verdict_and_note_removes_the_review(sample_comparison: Comparison) -> None:
    c = sample_comparison
    d = c.differences[0].id
    a = Annotations().with_verdict(c, d, Verdict.ERROR).with_note(c, d, "why?")
    a = a.with_verdict(c, d, Verdict.UNREVIEWED)
    assert a.note_of(d) == "why?"
    a = a.with_note(c, d, "")
    assert a == Annotations()


def test_unknown_difference_and_bad_input(sample_comparison: Comparison) -> None:
    c = sample_comparison
    with pytest.raises(KeyError):
        Annotations().with_verdict(c, 99999, Verdict.ERROR)
    with pytest.raises(ValueError):
        Annotations().with_verdict(c, 1, "nonsense")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Annotations().with_highlight(c.left.text, "left", 5, 5)
    with pytest.raises(ValueError):
        Annotations().with_highlight(c.left.text, "left", 0, len(c.left.text) + 1)


def test_next_unreviewed_filter_and_counts(sample_comparison: Comparison) -> None:
    c = sample_comparison
    ids = [d.id for d in c.differences]
    a = Annotations().with_verdict(c, ids[0], Verdict.CONFIRMED)
    a = a.with_verdict(c, ids[1], Verdict.ERROR)
    nxt = a.next_unreviewed(c)
    assert nxt is not None and nxt.id == ids[2]
    last = ids[-1]
    wrapped = a.next_unreviewed(c, after_id=last)
    assert wrapped is not None and wrapped.id == ids[2]
    assert [d.id for d in a.differences_with(c, {Verdict.ERROR})] == [ids[1]]
    counts = a.verdict_counts(c)
    assert counts[Verdict.UNREVIEWED] == len(ids) - 2 and counts[Verdict.ERROR] == 1


def test_highlights_ids_notes_and_viewport_query(sample_comparison: Comparison) -> None:
    c = sample_comparison
    a, h1 = Annotations().with_highlight(c.left.text, "left", 10, 20, "one")
    a, h2 = a.with_highlight(c.right.text, "right", 30, 50)
    assert (h1.id, h2.id) == ("h1", "h2")
    assert a.highlights_in("left", 0, 15) == [h1]
    assert a.highlights_in("left", 20, 30) == []
    assert a.highlights_in("right", 49, 60) == [h2]
    a = a.with_highlight_note("h2", "two")
    assert a.highlight("h2").note == "two"  # type: ignore[union-attr]
    a = a.without_highlight("h1")
    _, h3 = a.with_highlight(c.left.text, "left", 0, 3)
    assert h3.id == "h3"
    with pytest.raises(KeyError):
        a.without_highlight("h1")
