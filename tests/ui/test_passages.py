"""Borrowed passages in the window: the count in the status bar, the sentence in the copy's
header, the link map's bands and brackets, the overview's brackets, Go → Next Borrowed Passage."""

from __future__ import annotations

from app import Document
from app.report.shares import borrowed, percent
from tests.ui.conftest import paragraph
from ui.shell.stepper import SELECT_LINE


def _own(i: int) -> str:
    return (f"Column {i}: our correspondent walked along the quiet canal where herons wait, and thought "
            f"about kettles, violins and the price of apples at dawn. She wrote {i} letters home.")


ORIGINAL = "\n\n".join(paragraph(i) for i in range(10)) + "\n"
# A copy of its own that took two paragraphs of the original, far apart.
COPY = "\n\n".join([*map(_own, range(6)), paragraph(2), *map(_own, range(6, 14)), paragraph(7),
                    *map(_own, range(14, 20))]) + "\n"


def _load(qtbot, window, wait_loaded, copy: str = COPY):  # type: ignore[no-untyped-def]
    window.load_pair(Document.from_text(ORIGINAL, "release.txt"), Document.from_text(copy, "column.txt"))
    wait_loaded(qtbot, window)
    return window.comparison


def test_the_summary_and_the_copys_header_say_what_it_borrowed(qtbot, window, wait_loaded) -> None:  # type: ignore[no-untyped-def]
    comparison = _load(qtbot, window, wait_loaded)
    taken = borrowed(comparison)
    assert len(taken.passages) == 2
    share = percent(taken.share)
    assert f"Borrowed passages: 2 ({share} of the copy)" in window.summary.text()
    header = window.panes["right"].borrowing
    assert header.isVisible() and header.text() == f"borrows 2 passages, {share} of its text"
    assert not window.panes["left"].borrowing.isVisible()
    assert window.status.borrowing() == f"The copy borrows 2 passages, {share} of its text."


def test_unrelated_texts_share_no_passage(qtbot, window, wait_loaded) -> None:  # type: ignore[no-untyped-def]
    comparison = _load(qtbot, window, wait_loaded, "\n\n".join(map(_own, range(8))) + "\n")
    assert borrowed(comparison).passages == ()
    assert "Borrowed passages: none" in window.summary.text()
    assert window.panes["right"].borrowing.text() == "shares no passage with the original"
    assert window.link_map.passage_bands() == [] and window.overview.brackets().isEmpty()
    window.passage_steps.next_passage()
    assert window.statusBar().currentMessage() == "The copy shares no passage with the original."


def test_go_steps_through_the_passages_and_the_maps_outline_them(qtbot, window, wait_loaded) -> None:  # type: ignore[no-untyped-def]
    comparison = _load(qtbot, window, wait_loaded)
    first, second = borrowed(comparison).passages
    right, left = window.views["right"], window.views["left"]
    assert right.verticalScrollBar().maximum() > 0, "the copy must scroll for this test"
    line = right.viewport().height() * SELECT_LINE

    window.actions_by_name["next_passage"].trigger()
    assert abs(right.y_of(first.right[0]) - line) < 30
    assert 0 <= left.y_of(first.left[0]) < left.viewport().height()
    message = window.statusBar().currentMessage()
    assert message.startswith("Borrowed passage 1 of 2: original ¶3 → copy ¶7, 100% alike")

    # The link map: a band for the passage on screen, a bracket on each edge level with its text.
    bands = window.link_map.passage_bands()
    assert [p.id for p, _band, _brackets in bands] == [first.id]
    _passage, band, brackets = bands[0]
    box = brackets.boundingRect()
    assert box.left() <= 1.5 and box.right() >= window.link_map.width() - 1.5
    top = window.link_map.mapFromGlobal(right.viewport().mapToGlobal(right.rect().topLeft())).y()
    assert abs(band.boundingRect().top() - (right.y_of(first.right[0]) + top)) < 30

    window.actions_by_name["next_passage"].trigger()
    assert abs(right.y_of(second.right[0]) - line) < 30
    window.actions_by_name["next_passage"].trigger()
    assert window.statusBar().currentMessage() == "This is the last borrowed passage."
    window.actions_by_name["previous_passage"].trigger()
    assert abs(right.y_of(first.right[0]) - line) < 30
    window.actions_by_name["previous_passage"].trigger()
    assert window.statusBar().currentMessage() == "This is the first borrowed passage."

    # The overview: brackets outside both columns, at the passages' places in each text.
    path = window.overview.brackets()
    xs = {round(path.elementAt(i).x, 1) for i in range(path.elementCount())}
    assert 1.5 in xs and round(window.overview.width() - 1.5, 1) in xs
    col = window.overview._column("right")
    y = col.top() + second.right[0] / len(comparison.right.text) * col.height()
    assert any(abs(path.elementAt(i).y - y) < 1 for i in range(path.elementCount()))


def test_the_next_passage_is_found_from_where_the_copy_is_read(qtbot, window, wait_loaded) -> None:  # type: ignore[no-untyped-def]
    comparison = _load(qtbot, window, wait_loaded)
    _first, second = borrowed(comparison).passages
    right = window.views["right"]
    right.scroll_offset_to(second.right[0] - 40, right.viewport().height() * SELECT_LINE)  # between the two
    window.passage_steps.next_passage()
    assert window.statusBar().currentMessage().startswith("Borrowed passage 2 of 2")
