"""A line with no space in it (issue 13, item 6): laid out in linear time, resized without
a stall, and copied as the document has it."""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QTextCursor

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
    assert all(LONG_LINE // 2 <= b - a <= LONG_LINE for a, b in zip(edges, edges[1:-1]))
    assert edges[-1] - edges[-2] <= LONG_LINE
    assert block_points("word " * (LONG_LINE // 5)) == []  # a line just within the limit stays whole
    assert block_points("x" * (3 * LONG_LINE)) == []  # no space: the break opportunities cut it
    omap = OffsetMap(text)
    shown = omap.shown(text)
    assert shown.count("\n") == text.count("\n") + len(points)
    assert all(shown[omap.to_qt(p) + 1] == "\n" for p in points)
    for offset in (0, points[0], points[0] + 1, points[-1] + 1, len(text)):
        assert omap.to_py(omap.to_qt(offset)) == offset


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


def test_a_long_line_is_shown_with_its_text_and_copied_without_the_breaks(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.panes.text_view import TextView

    text = "Start. " + "x" * 5000 + " end."
    document = Document.from_text(text, "long")
    view = TextView("left")
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show_document(document, build_document(document, None, "left", False))
    assert view.document().toPlainText().replace(BREAK, "").replace("\n", "") == text
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position(3))
    cursor.setPosition(view.position(len(text) - 2), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.copy()
    assert QGuiApplication.clipboard().text() == text[3:-2]


def test_a_long_paragraph_is_shown_in_blocks_and_copied_as_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.panes.text_view import TextView

    text = "Start. " + "many words in one paragraph " * 600 + "end."
    document = Document.from_text(text, "long")
    view = TextView("left")
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show_document(document, build_document(document, None, "left", False))
    assert view.document().blockCount() == 1 + len(block_points(text)) > 2
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position(3))
    cursor.setPosition(view.position(len(text) - 2), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.copy()
    assert QGuiApplication.clipboard().text() == text[3:-2]


def test_a_megabyte_with_no_space_opens_and_resizes_without_a_long_stall(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Before: 256 KB stalled the event loop 9 s on opening and up to 36 s on a resize
    # (Qt looked for a break to the end of the run, for every line).
    from ui.panes.text_view import TextView

    document = Document.from_text("x" * (1 << 20), "long")
    view = TextView("left")
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qdoc = build_document(document, None, "left", False)
    started = time.perf_counter()
    view.show_document(document, qdoc)
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)
    worst = 0.0
    for width in (500, 900, 650):
        started = time.perf_counter()
        view.resize(width, 500)
        qtbot.wait(1)
        worst = max(worst, time.perf_counter() - started)
    assert worst < 1.0, f"a resize held the event loop {worst:.2f} s"
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)


def test_a_megabyte_on_one_line_is_shown_without_a_long_stall(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Before: the pane made the document's layout before giving it a width, and Qt laid the
    # first blocks out unwrapped: 85-120 ms of a 150-330 ms stall when the window showed a
    # 1 MB line (the rest: the window's first paint and the result's panels).
    from ui.panes.text_view import TextView

    document = Document.from_text("x" * (1 << 20), "long")
    view = TextView("left")
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qdoc = build_document(document, None, "left", False)
    ticks: list[float] = []  # a timer probe: the gaps between its ticks are the event loop's stalls
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    qtbot.wait(30)
    started = time.perf_counter()
    view.show_document(document, qdoc)
    shown = time.perf_counter() - started
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)
    qtbot.wait(30)
    probe.stop()
    worst = max(b - a for a, b in pairwise(ticks))
    assert shown < 0.05, f"showing the document held the event loop {shown * 1000:.0f} ms"
    assert worst < 0.1, f"the event loop stalled {worst * 1000:.0f} ms"
    assert view.document().textWidth() == view.viewport().width()
