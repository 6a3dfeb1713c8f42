"""Linked scrolling: aligned passages stay level, no feedback loop, can be switched off."""

from __future__ import annotations

import pytest

from app import Document
from ui.panes.scroll_sync import READING_LINE


@pytest.fixture
def long_window(qtbot, window, long_texts, wait_loaded):  # type: ignore[no-untyped-def]
    window.load_pair(Document.from_text(long_texts[0], "a.txt"),
                     Document.from_text(long_texts[1], "b.txt"))
    wait_loaded(qtbot, window)
    return window


def test_matched_passages_stay_level(long_window) -> None:  # type: ignore[no-untyped-def]
    win = long_window
    left, right = win.views["left"], win.views["right"]
    line = left.viewport().height() * READING_LINE
    # Identical text: the character on the reading line stays level with its counterpart.
    # (Another character of that line may sit a line off on the other side: where a copy's
    # paragraph starts elsewhere its lines break elsewhere, and which pane widths do that
    # depends on the window: checking every sampled character failed at some widths.)
    points = [(m.left[0] + k, m.right[0] + k) for m in win.comparison.matches
              for k in range(0, m.left[1] - m.left[0], 700)]
    assert len(points) > 10
    checked = 0
    height = left.cursorRect().height()  # one line of the reading font
    for lp, rp in points:
        left.scroll_offset_to(lp, line - 6)  # the reader scrolls the original
        if not 0 < left.verticalScrollBar().value() < left.verticalScrollBar().maximum():
            continue
        read = left.offset_at(line)
        assert abs(left.y_of(read) - right.y_of(win.comparison.aligned_position("left", read))) <= 4, (lp, rp)
        assert abs(left.y_of(lp) - right.y_of(rp)) <= height * 1.6, (lp, rp)  # a line off at most
        checked += 1
    assert checked >= 5
    lp, rp = points[len(points) // 2]  # and the other way round
    right.scroll_offset_to(rp, line + 40)
    assert abs(left.y_of(lp) - right.y_of(rp)) <= 4


def test_scrolling_past_an_omission_keeps_the_copy_still(long_window) -> None:  # type: ignore[no-untyped-def]
    win = long_window
    left, right = win.views["left"], win.views["right"]
    omitted = next(d for d in win.comparison.differences if d.kind == "omitted")
    line = left.viewport().height() * READING_LINE
    left.scroll_offset_to(omitted.left[0], line)
    before = {s: v.verticalScrollBar().value() for s, v in win.views.items()}
    left.scroll_offset_to(omitted.left[1] - 1, line)
    moved_left = left.verticalScrollBar().value() - before["left"]
    moved_right = abs(right.verticalScrollBar().value() - before["right"])
    assert moved_left > 100
    assert moved_right < moved_left / 2  # the copy has nothing there: it barely moves


def test_no_feedback_loop(long_window) -> None:  # type: ignore[no-untyped-def]
    win = long_window
    moves = {"left": 0, "right": 0}
    for side in moves:
        win.views[side].verticalScrollBar().valueChanged.connect(
            lambda _v, s=side: moves.__setitem__(s, moves[s] + 1))
    win.views["left"].verticalScrollBar().setValue(900)
    assert moves == {"left": 1, "right": 1}


def test_linked_scrolling_can_be_switched_off(long_window) -> None:  # type: ignore[no-untyped-def]
    win = long_window
    win.actions_by_name["linked_scrolling"].trigger()
    before = win.views["right"].verticalScrollBar().value()
    win.views["left"].verticalScrollBar().setValue(1500)
    assert win.views["right"].verticalScrollBar().value() == before
    win.actions_by_name["linked_scrolling"].trigger()  # back on: the copy catches up
    assert win.views["right"].verticalScrollBar().value() != before
