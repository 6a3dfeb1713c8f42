"""A long text laid out again at a new width keeps the line read at the top of the pane."""

from __future__ import annotations

from app import Document
from ui.panes.highlighting import build_document

TEXT = "".join(f"Paragraph {n}: " + "words that wrap at any width " * 12 + "\n\n" for n in range(2500))


def _long_pane(qtbot):  # type: ignore[no-untyped-def]
    """A pane 900 px wide, just given TEXT (a long text: laid out in steps)."""
    from ui.panes.text_view import TextView

    document = Document.from_text(TEXT, "long.txt")
    view = TextView("left")
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.show_document(document, build_document(document, None, "left", False))
    return view


def test_a_new_width_keeps_the_line_at_the_top(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Before: the scroll bar kept its pixels while the text rewrapped, and a 1 MB text put
    # the reader some 40,000 characters off, even just after a difference was selected.
    view = _long_pane(qtbot)
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)
    target = TEXT.index("Paragraph 2000:")
    view.scroll_offset_to(target, 0)
    assert abs(view.offset_at(0) - target) < 200
    view.resize(500, 500)  # narrower: every paragraph takes more lines above the place read
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)
    top = view.offset_at(0)
    assert abs(top - target) < 400, (top, target)


def test_a_place_not_laid_out_yet_is_scrolled_to_when_the_layout_gets_there(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Before: Qt laid out all the text above the place at once: going to a 1 MB pair's last
    # difference just after it opened held the window 0.33 s (now 34 ms: the pane goes there
    # as soon as its stepped layout reaches it).
    view = _long_pane(qtbot)
    target = TEXT.index("Paragraph 2400:")
    view.scroll_offset_to(target, 40)
    block = view.document().findBlock(view.position(target))
    assert not view.laid_out and block.layout().lineCount() == 0  # not laid out by the call
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)
    assert abs(view.offset_at(40) - target) < 200, (view.offset_at(40), target)


def test_a_scroll_past_the_layout_shows_a_band_until_the_layout_gets_there(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Before: dragging the scroll bar to the end of a 1 MB pair just after it opened made Qt
    # lay out all the text above at once, in the paint: 330 to 680 ms on the GUI thread.
    from PySide6.QtCore import QPoint, Qt

    view = _long_pane(qtbot)
    qtbot.wait(120)  # a few layout steps: the scroll range has grown past the first screen
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    view.viewport().repaint()  # Qt lays out down to whatever it paints
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, 200))  # and hit tests
    last = view.document().lastBlock()
    assert not view.laid_out and last.layout().lineCount() == 0, "the paint laid the whole text out"
    assert view.layout_pending() is not None  # the band stands there
    assert view.offset_at(0) <= view.omap.to_py(view.document().findBlock(view._laid_out).position()
                                                  + view.document().findBlock(view._laid_out).length())
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)
    assert view.layout_pending() is None
    assert view.offset_at(0) > len(TEXT) * 0.9  # the text there, once laid out


def test_ctrl_end_before_the_layout_is_done_goes_to_the_end_once_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Before: Qt put the cursor at the end and laid out all the text above it at once (0.38 s a MB).
    from PySide6.QtCore import Qt

    view = _long_pane(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert not view.laid_out and view.document().lastBlock().layout().lineCount() == 0
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)
    assert view.offset_at(view.viewport().height() - 80) > len(TEXT) - 400


def test_a_slice_of_the_stepped_layout_is_bounded_in_characters_and_in_blocks(qapp) -> None:  # type: ignore[no-untyped-def]
    # A slice of 4,000 characters of one-letter lines is 2,667 blocks: 17 ms, over the turn's budget.
    from PySide6.QtGui import QTextDocument

    from ui.panes.highlighting import LAYOUT_BLOCKS, LAYOUT_STEP, next_slice

    lines, prose = QTextDocument(), QTextDocument()
    lines.setPlainText("a\n\n" * 5_000)
    prose.setPlainText("words in a long paragraph " * 1_000)
    assert next_slice(lines, 0) == lines.findBlockByNumber(LAYOUT_BLOCKS).position() < LAYOUT_STEP
    assert next_slice(lines, 9_000) == lines.findBlockByNumber(lines.findBlock(9_000).blockNumber()
                                                               + LAYOUT_BLOCKS).position()
    assert next_slice(prose, 0) == LAYOUT_STEP and next_slice(prose, 25_000) == 25_000 + LAYOUT_STEP


def test_a_new_width_far_down_a_long_text_lays_out_nothing_above_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Before: Qt's own relayout at the new width went down to the viewport, from the top: scrolled
    # to the end of a 1 MB pair, each resize of the window held it 0.6-0.76 s.
    view = _long_pane(qtbot)
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)
    target = TEXT.index("Paragraph 2400:")
    view.scroll_offset_to(target, 0)
    middle = view.position(TEXT.index("Paragraph 1200:"))

    def lines() -> int:  # the middle paragraph's lines as laid out (0: not laid out)
        return view.document().findBlock(middle).layout().lineCount()

    before = lines()
    view.resize(500, 500)  # narrower: the paragraph takes more lines once laid out again
    relaid = lines()
    assert view.layout_pending() is not None  # the band stands there meanwhile
    qtbot.waitUntil(lambda: view.laid_out, timeout=60000)
    assert lines() > before and relaid in (0, before), (before, relaid, lines())  # not relaid at once
    assert abs(view.offset_at(0) - target) < 400
