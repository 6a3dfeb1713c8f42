"""Undo/redo of annotation edits, with labels, merging and the saved (clean) mark."""

from __future__ import annotations

from app.engine.records import Comparison
from app.project import Annotations, History, Verdict


def test_undo_redo_of_annotation_edits(sample_comparison: Comparison) -> None:
    c = sample_comparison
    d = c.differences[0].id
    a0 = Annotations()
    h = History(a0)
    assert not h.can_undo and not h.can_redo and not h.dirty
    a1 = a0.with_verdict(c, d, Verdict.NEEDS_CHECK)
    h = h.record(a1, "Set verdict: Needs check")
    a2 = a1.with_note(c, d, "call the agency")
    h = h.record(a2, "Edit note")
    assert h.present == a2 and h.undo_label == "Edit note" and h.dirty
    h = h.undo()
    assert h.present == a1 and h.redo_label == "Edit note"
    h = h.undo()
    assert h.present == a0 and not h.can_undo and not h.dirty
    h = h.undo()  # nothing more: no change
    assert h.present == a0
    h = h.redo().redo()
    assert h.present == a2 and not h.can_redo
    assert h.present.note_of(d) == "call the agency"


def test_new_edit_after_undo_drops_the_redo_future(sample_comparison: Comparison) -> None:
    c = sample_comparison
    d = c.differences[0].id
    h = History(Annotations()).record(Annotations().with_verdict(c, d, Verdict.ERROR), "error")
    h = h.undo().record(Annotations().with_verdict(c, d, Verdict.CONFIRMED), "confirmed")
    assert not h.can_redo and h.present.verdict_of(d) is Verdict.CONFIRMED


def test_typing_in_a_note_merges_into_one_step(sample_comparison: Comparison) -> None:
    c = sample_comparison
    d = c.differences[0].id
    h = History(Annotations())
    for text in ("c", "ch", "che", "check"):
        h = h.record(h.present.with_note(c, d, text), "Edit note", merge_key=("note", d))
    assert h.present.note_of(d) == "check"
    assert h.undo().present == Annotations()


def test_saved_mark_and_dirty(sample_comparison: Comparison) -> None:
    c = sample_comparison
    d = c.differences[0].id
    h = History(Annotations()).record(Annotations().with_verdict(c, d, Verdict.ERROR), "e")
    h = h.mark_saved()
    assert not h.dirty
    h = h.undo()
    assert h.dirty
    h = h.redo()
    assert not h.dirty
    # Recording the same state is not a change.
    assert h.record(h.present, "nothing") is h


def test_limit_keeps_the_latest_steps(sample_comparison: Comparison) -> None:
    c = sample_comparison
    d = c.differences[0].id
    h = History(Annotations(), limit=3)
    for i in range(10):
        h = h.record(h.present.with_note(c, d, str(i)), f"note {i}")
    steps = 0
    while h.can_undo:
        h = h.undo()
        steps += 1
    assert steps == 3 and h.present.note_of(d) == "6"
    assert h.dirty  # the saved (empty) state fell off the history
