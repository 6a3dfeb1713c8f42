"""The link map and the overview: bands and marks select their difference on click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from app import Document


def inside(path) -> QPoint:  # type: ignore[no-untyped-def]
    """A point inside a painter path (its bounding box centre may lie outside)."""
    box = path.boundingRect()
    for fy in (0.5, 0.3, 0.7, 0.1, 0.9):
        for fx in (0.5, 0.3, 0.7, 0.1, 0.9):
            p = QPointF(box.left() + fx * box.width(), box.top() + fy * box.height())
            if path.contains(p):
                return p.toPoint()
    raise AssertionError("no inner point found")


def test_bands_join_visible_differences_and_click_selects(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    bands = loaded.link_map.bands()
    assert bands, "the sample's first screen has differences"
    kinds = {d.kind for d, _ in bands}
    assert "changed" in kinds or "moved" in kinds
    for diff, path in bands[:6]:
        point = inside(path)
        if loaded.link_map.diff_at(QPointF(point)) is not diff:
            continue  # overlapped by a later band
        qtbot.mouseClick(loaded.link_map, Qt.MouseButton.LeftButton, pos=point)
        assert loaded.current_id == diff.id
        break
    else:
        raise AssertionError("no band could be clicked")


def test_one_sided_differences_taper_to_a_point(loaded) -> None:  # type: ignore[no-untyped-def]
    loaded.view_actions.toggle_furniture(True)  # the first screen's omissions are the BBC page's menu and byline
    for diff, path in loaded.link_map.bands():
        if diff.right is None:  # omitted: full height on the left, a point on the right
            w = loaded.link_map.width()
            right_edge = [path.elementAt(i) for i in range(path.elementCount())
                          if abs(path.elementAt(i).x - w) < 0.01]
            ys = {round(e.y, 3) for e in right_edge}
            assert len(ys) == 1
            return
    raise AssertionError("no omission on the first screen")


def test_overview_marks_select_and_clicks_scroll(qtbot, window, long_texts, wait_loaded) -> None:  # type: ignore[no-untyped-def]
    window.load_pair(Document.from_text(long_texts[0], "a.txt"),
                     Document.from_text(long_texts[1], "b.txt"))
    wait_loaded(qtbot, window)
    overview = window.overview
    marks = overview.marks()
    assert {s for _d, s, _r in marks} == {"left", "right"}
    diff, _side, rect = marks[-1]
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.current_id == diff.id
    # A click away from any mark scrolls that side there (and linked scrolling follows).
    window.panel.set_kinds(set())
    assert overview.marks() == []
    right = window.views["right"]
    x = int(overview.width() * 0.75)
    qtbot.mousePress(overview, Qt.MouseButton.LeftButton, pos=QPoint(x, overview.height() - 6))
    assert right.verticalScrollBar().value() > right.verticalScrollBar().maximum() * 0.8
    qtbot.mouseMove(overview, QPoint(x, 8))
    qtbot.mouseRelease(overview, Qt.MouseButton.LeftButton, pos=QPoint(x, 8))
    assert right.verticalScrollBar().value() < right.verticalScrollBar().maximum() * 0.2


def test_an_omission_and_an_addition_at_one_spot_do_not_cross(qtbot, window, wait_loaded) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: both bands tapered to the same point and crossed in an X that read as a move.
    Now the omission ends above the added text and the addition starts below the omitted text."""
    left = ("The council met on Monday to discuss the budget for the coming year.\n\n"
            "Fishermen along the northern coast reported record catches of mackerel this spring.\n\n"
            "The mayor said the plan would be published next week.")
    right = ("The council met on Monday to discuss the budget for the coming year.\n\n"
             "Critics argue the orchestra's new conductor has transformed its sound entirely.\n\n"
             "The mayor said the plan would be published next week.")
    window.load_pair(Document.from_text(left, "a.txt"), Document.from_text(right, "b.txt"))
    wait_loaded(qtbot, window)
    bands = {d.kind: path for d, path in window.link_map.bands()}
    assert set(bands) == {"omitted", "added"}
    w = window.link_map.width()

    def edge(path, x):  # type: ignore[no-untyped-def]
        ys = [path.elementAt(i).y for i in range(path.elementCount()) if abs(path.elementAt(i).x - x) < 0.01]
        return min(ys), max(ys)

    o_left, o_right = edge(bands["omitted"], 0), edge(bands["omitted"], w)
    a_left, a_right = edge(bands["added"], 0), edge(bands["added"], w)
    assert o_right[0] == o_right[1] and a_left[0] == a_left[1]  # each tapers to a point
    assert a_left[0] >= o_left[1] - 0.5  # the addition starts below the omission on the left
    assert o_right[1] <= a_right[0] + 0.5  # the omission ends above the addition on the right


def test_taper_points_move_past_touching_one_sided_spans() -> None:
    from ui.panes.link_map import taper_point

    text = "aaaa\n\nbbbb\n\ncccc"
    spans = [(0, 4), (6, 10)]
    assert taper_point(text, 0, spans, after=True) == (10, (6, 10))  # below both (a run of neighbours)
    assert taper_point(text, 10, spans, after=False) == (0, (0, 4))  # above both
    assert taper_point(text, 16, spans, after=False) == (16, None)  # not touching: text between
    assert taper_point(text, 12, [(12, 16)], after=False) == (12, None)
