"""The reader state (ui/review/state.py) and the data derived from a comparison (ui/review/derived.py)."""

from __future__ import annotations

import re

from app import Document, compare
from app.project import Verdict
from ui.review.derived import Paragraphs, derive
from ui.review.state import ReaderState

ORIGINAL = "First paragraph stays.\n\nSecond one is dropped entirely here.\n\nThird goes on as it was.\n"
COPY = "First paragraph stays.\n\nThird goes on as it was.\n\nA new closing line with no source at all.\n"


def _comparison():  # type: ignore[no-untyped-def]
    return compare(Document.from_text(ORIGINAL, "a"), Document.from_text(COPY, "b"))


def test_paragraph_numbers_count_the_non_empty_lines_as_the_old_regex_did() -> None:
    old = re.compile(r"[^\n]*\S[^\n]*")  # what ui/panels/differences.py used (it could backtrack)
    for text in ("", "one", "a\n\n  \nb\n\t\nc", "\n\nx\n  y  \n\n", "é\u00a0\n \u2003\nz"):
        starts = tuple(m.start() for m in old.finditer(text))
        assert Paragraphs.of(text).starts == starts, text
    paragraphs = Paragraphs.of("a\n\nb\nc")
    assert [paragraphs.number(o) for o in range(6)] == [1, 1, 1, 2, 2, 3]


def test_derive_makes_the_order_index_paragraphs_and_shares_once() -> None:
    comparison = _comparison()
    derived = derive(comparison)
    assert [d.id for d in derived.order] and set(derived.order) == set(comparison.differences)
    omitted = next(d for d in comparison.differences if d.kind == "omitted")
    assert omitted.left is not None
    assert derived.index["left"].overlapping(*omitted.left) == [omitted]
    assert derived.paragraphs("left", omitted.left[0]) == 2
    assert derived.shares.parts()


def test_the_state_says_what_changed(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ReaderState()
    seen: list[object] = []
    state.comparison_changed.connect(lambda: seen.append("comparison"))
    state.current_changed.connect(lambda i: seen.append(("current", i)))
    state.filter_changed.connect(lambda: seen.append("filter"))
    comparison = _comparison()
    state.show({"left": comparison.left, "right": comparison.right}, comparison)
    assert seen == ["comparison"] and state.order and state.derived is not None
    added = next(d for d in state.order if d.kind == "added")
    state.set_current(added.id)
    state.set_current(added.id)  # no change, no signal
    assert seen[-1] == ("current", added.id) and seen.count(("current", added.id)) == 1
    state.set_kinds({"omitted"})  # the current difference is hidden: it is let go
    assert seen[-2:] == [("current", None), "filter"]
    assert [d.kind for d in state.order] == ["omitted"]
    assert state.differences_on("right", 0, len(COPY)) == []
    state.set_kinds({"omitted", "added"})
    assert state.step("next") is state.order[0] and state.step("last") is state.order[-1]


def test_the_verdict_filter_reads_the_reviews_verdicts_only_when_they_are_placed(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ReaderState()
    comparison = _comparison()
    state.show({"left": comparison.left, "right": comparison.right}, comparison)
    first = state.order[0]
    placed: dict[int, Verdict] | None = {first.id: Verdict.CONFIRMED}
    state.set_verdict_lookup(lambda: placed)
    state.set_verdicts({Verdict.CONFIRMED})
    assert state.order == [first]
    placed = None  # annotations of other texts: nothing is filtered by verdict
    state.refresh()
    assert len(state.order) == len(comparison.differences)
