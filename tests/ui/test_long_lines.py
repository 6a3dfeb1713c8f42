"""A line with no space in it (issue 13, item 6): laid out in linear time, resized without
a stall, and copied as the document has it."""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from app import Document
from ui.panes.highlighting import BREAK, BREAK_EVERY, NEW_BLOCK_EVERY, OffsetMap, break_points, build_document
from ui.panes.offsets import LONG_LINE, block_points


def test_break_points_fall_only_in_long_runs() -> None:
    text = "short words only " * 50 + "x" * (3 * BREAK_EVERY + 5) + " tail"
    points = break_points(text)
    run = text.index("x")
    assert points == [run + BREAK_EVERY - 1, run + 2 * BREAK_EVERY - 1, run + 3 * BREAK_EVERY - 1]
    assert break_points("a" * BREAK_EVERY + " b") == []  # a run just at the limit is left as it is


def test_a_long_line_is_cut_into_blocks_after_white_space() -> None:
    # Qt lays out a block whole at each new width: a 300 KB paragraph held the window 0.8 s.
    line = "word " * 5_000 + "tab\t" * 3_000 + "last"
    text = "Short line.\n" + line + "\nshort again"
    points = block_points(text)
    assert points and all(text[p] in " \t" for p in points)
    edges = [text.index(line), *(p + 1 for p in points), text.index("\nshort again")]
    assert all(LONG_LINE // 2 <= b - a <= LONG_LINE for a, b in pairwise(edges[:-1]))
    assert edges[-1] - edges[-2] <= LONG_LINE
    assert block_points("word " * (LONG_LINE // 5)) == []  # a line just within the limit stays whole
    assert block_points("x" * (3 * LONG_LINE)) == []  # no space: the break opportunities cut it
    omap = OffsetMap(text)
    shown = omap.shown(text)
    assert shown.count("\n") == text.count("\n") + len(points)
    assert all(shown[omap.to_qt(p) + 1] == "\n" for p in points)
    for offset in (0, points[0], points[0] + 1, points[-1] + 1, len(text)):
        assert omap.to_py(omap.to_qt(offset)) == offset


def test_a_line_heavy_with_stacked_marks_is_cut_short() -> None:
    # Qt lays out stacked combining marks in time growing with the square of the block: 4,096
    # characters of them took 0.5 s (at every new width), 256 of them 38 ms.
    zalgo = " ".join("a" + "\u0301\u0302\u0303" * 4 for _ in range(300))  # 12 marks a letter
    points = block_points("Title\n" + zalgo)
    edges = [6, *(p + 1 for p in points), 6 + len(zalgo)]
    assert all(0 < b - a <= BREAK_EVERY for a, b in pairwise(edges))
    accents = "Vi\u0323\u0302t Nam e\u0301te\u0301 " * 200  # two marks at most: an ordinary line
    assert block_points(accents) == []
    assert block_points("a" + "\u0301" * 3 * BREAK_EVERY)  # one letter and its marks: anywhere


def test_a_long_run_of_white_space_is_cut_into_short_blocks() -> None:
    # A run of spaces is one line however long (it hangs past the margin): a screen of
    # 4,096-space blocks took Qt 120 ms to lay out, at each new width.
    text = "Title\nword" + " " * (5 * BREAK_EVERY + 7) + "word " * 10
    run = text.index("  ")
    points = block_points(text)
    assert points and all(text[p] == " " for p in points)
    edges = [run, *(p + 1 for p in points), run + 5 * BREAK_EVERY + 7]
    assert all(0 < b - a <= BREAK_EVERY for a, b in pairwise(edges))
    assert block_points("word" + " " * BREAK_EVERY + "word") == []  # a run at the limit stays whole


def test_offsets_map_both_ways_with_breaks_and_astral_characters() -> None:
    text = "😀 " + "y" * (2 * BREAK_EVERY) + "😀z" + " w" + "q" * (NEW_BLOCK_EVERY * BREAK_EVERY + 3)
    omap = OffsetMap(text)
    shown = omap.shown(text)
    assert shown.replace(BREAK, "").replace("\n", "") == text
    assert shown.count("\n") == 1  # the run of q is long enough for one new block
    for offset in range(len(text) + 1):
        position = omap.to_qt(offset)
        assert omap.to_py(position) == offset
        if offset < len(text):  # the character is where the map says, in UTF-16 units
            utf16 = shown.encode("utf-16-le")
            assert utf16[2 * position:2 * position + 2].decode("utf-16-le", "surrogatepass")[0] in (
                text[offset], text[offset].encode("utf-16-le", "surrogatepass")[:2].decode(
                    "utf-16-le", "surrogatepass"))


@pytest.mark.parametrize("text", ["Start. " + "x" * 5000 + " end.",  # break opportunities, a new block
                                  "Start. " + "many words in one paragraph " * 600 + "end."])  # new blocks
def test_a_long_line_is_shown_with_its_text_and_copied_without_the_breaks(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    from ui.panes.text_view import TextView

    document = Document.from_text(text, "long")
    view = TextView("left")
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show_document(document, build_document(document, None, "left", False))
    assert view.document().toPlainText().replace(BREAK, "").replace("\n", "") == text
    assert view.document().blockCount() > 1
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position(3))
    cursor.setPosition(view.position(len(text) - 2), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.copy()
    assert QGuiApplication.clipboard().text() == text[3:-2]


def _cpu(action: Callable[[], object]) -> float:
    """GUI-thread CPU seconds of ``action`` (CPU, not wall time: a busy machine does not count)."""
    started = time.thread_time()
    action()
    return time.thread_time() - started


def _worst_turn(until: Callable[[], bool], seconds: float = 60.0) -> float:
    """The most GUI-thread CPU one event-loop turn takes until ``until()`` (and a moment after)."""
    app = QApplication.instance()
    worst, end, after = 0.0, time.monotonic() + seconds, None
    while after is None or time.monotonic() < after:
        worst = max(worst, _cpu(app.processEvents))
        time.sleep(0.001)
        if after is None and (until() or time.monotonic() > end):
            after = time.monotonic() + 0.05
    return worst


HEAVY_LINES = {  # each one line, laid out by Qt in time growing faster than its length before
    "a megabyte with no space": "x" * (1 << 20),
    "300 KB of words": "word " * 60_000,
    "a letter and 300,000 marks": "Start. a" + "\u0301" * 300_000 + " end.",
    "300 KB of words with stacked marks": " ".join("a" + "\u0300\u0301\u0302\u0303" * 60 for _ in range(1_200)),
    "300,000 tabs": "\t" * 300_000 + "a",
    "backticks and 262,144 spaces": "`" * 92 + " " * 262_144 + "\n\n    word",
}


@pytest.mark.parametrize("name", HEAVY_LINES)
def test_a_long_line_opens_lays_out_and_resizes_in_short_turns(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    # Before: 256 KB with no space stalled the event loop 9 s on opening and up to 36 s on a
    # resize (Qt looked for a break to the end of the run, for every line); a 300 KB paragraph
    # 0.8 s, stacked marks 1.1 s, tabs 1.0 s (Qt lays out a block whole, at each new width).
    from ui.panes.text_view import TextView

    document = Document.from_text(HEAVY_LINES[name], "long")
    view = TextView("left")
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qdoc = build_document(document, None, "left", False)
    shown = _cpu(lambda: view.show_document(document, qdoc))
    turns = [_worst_turn(lambda: view.laid_out)]
    assert view.laid_out
    for width in (500, 900, 650):
        turns.append(_cpu(lambda w=width: view.resize(w, 500)))  # type: ignore[misc]
        turns.append(_worst_turn(lambda: view.laid_out))
    assert shown < 0.15, f"showing the text took {shown * 1000:.0f} ms of the GUI thread"
    assert max(turns) < 0.1, f"an event-loop turn took {max(turns) * 1000:.0f} ms of the GUI thread"


def test_a_megabyte_on_one_line_is_laid_out_at_the_pane_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Before: the pane made the document's layout before giving it a width, and Qt laid the
    # first blocks out unwrapped: 85-120 ms of a 150-330 ms stall when the window showed a
    # 1 MB line (the rest: the window's first paint and the result's panels).
    view = _shown(qtbot, "x" * (1 << 20))
    assert view.document().textWidth() == view.viewport().width()


def _shown(qtbot, text: str, height: int = 500):  # type: ignore[no-untyped-def]
    """A shown 700-pixel-wide pane of ``text`` (its stepped layout begun)."""
    from ui.panes.text_view import TextView

    document = Document.from_text(text, "long")
    view = TextView("left")
    qtbot.addWidget(view)
    view.resize(700, height)
    view.show()
    view.show_document(document, build_document(document, None, "left", False))
    return view


def test_a_resize_that_moves_the_margins_lays_the_text_out_once(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Wider than the reading width, the pane's margins grow with it: the new margins resized
    # the viewport again, and the text was laid out at the passing width, then at the final
    # one (1M lines: 58 ms of the GUI thread a resize, not 28).
    import ui.panes.text_view as text_view

    view = _shown(qtbot, "word\n" * 20_000)
    qtbot.waitUntil(lambda: view.laid_out, timeout=20_000)
    layouts: list[int] = []
    real = text_view.hold_layout
    monkeypatch.setattr(text_view, "hold_layout", lambda qdoc: (layouts.append(view.viewport().width()), real(qdoc)))
    view.resize(1100, 500)
    assert layouts == [view.viewport().width()]
    qtbot.waitUntil(lambda: view.laid_out, timeout=20_000)
    assert view.document().textWidth() == view.viewport().width()


def test_a_place_asked_for_during_the_stepped_layout_waits_for_the_scroll_range(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Short lines: Qt's scroll range is a few screens while the layout steps. Reached by the
    # stepped layout, a place asked for beyond it laid out all the rest at once (the redline
    # of 12,000 differences: 0.39 s of the GUI thread).
    import ui.panes.text_view as text_view

    view = _shown(qtbot, "a line.\n" * 50_000, height=900)
    document = view.document_model
    early: list[int] = []
    real = text_view.TextView.finish_layout

    def finish(self):  # type: ignore[no-untyped-def]
        if not self.laid_out and self._laid_out < self.document().characterCount():
            early.append(self._laid_out)  # the stepped layout still going: the rest at once
        real(self)

    monkeypatch.setattr(text_view.TextView, "finish_layout", finish)
    target = len(document.text) // 10
    while view._laid_out <= target:  # the stepped layout past the place, the rest still to come
        view._layout_step()
    view.verticalScrollBar().setMaximum(3161)  # the range Qt had told by then
    view.scroll_offset_to(target, 0)
    qtbot.waitUntil(lambda: view.laid_out, timeout=30_000)
    assert early == []
    assert view.offset_at(0) <= target < view.offset_at(view.viewport().height() // 2)
