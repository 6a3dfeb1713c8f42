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
