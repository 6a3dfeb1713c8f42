"""Moving between differences: reading order, keys, ends, same kind, Tab focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import compare
from ui.review.navigation import reading_order, step


def activate(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts fire only in the active window."""
    win.activateWindow()
    win.raise_()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)


def test_reading_order_follows_the_copy(long_texts) -> None:  # type: ignore[no-untyped-def]
    comparison = compare(*long_texts)
    order = reading_order(comparison)
    assert sorted(d.id for d in order) == sorted(d.id for d in comparison.differences)
    keys = [d.right[0] if d.right else comparison.aligned_position("left", d.left[0])
            for d in order]
    assert keys == sorted(keys)


def test_step_moves_and_stops_at_the_ends(long_texts) -> None:  # type: ignore[no-untyped-def]
    order = reading_order(compare(*long_texts))
    assert len(order) >= 3
    assert step(order, None, "next") is order[0]
    assert step(order, None, "previous") is order[-1]
    assert step(order, order[0].id, "next") is order[1]
    assert step(order, order[1].id, "previous") is order[0]
    assert step(order, order[-1].id, "next") is None
    assert step(order, order[0].id, "previous") is None
    assert step(order, order[1].id, "first") is order[0]
    assert step(order, order[0].id, "last") is order[-1]
    kind = order[0].kind
    same = [d for d in order if d.kind == kind]
    if len(same) > 1:
        assert step(order, same[0].id, "next", kind) is same[1]


def test_keyboard_walks_every_difference_in_order(qtbot, window, long_texts, wait_loaded) -> None:  # type: ignore[no-untyped-def]
    from app import Document

    window.load_pair(Document.from_text(long_texts[0], "a.txt"),
                     Document.from_text(long_texts[1], "b.txt"))
    wait_loaded(qtbot, window)
    activate(qtbot, window)
    window.views["right"].setFocus()
    expected = [d.id for d in window.order]
    seen = []
    for i in range(len(expected)):
        key = Qt.Key.Key_F8 if i % 2 else Qt.Key.Key_Down
        mods = Qt.KeyboardModifier.NoModifier if i % 2 else Qt.KeyboardModifier.AltModifier
        qtbot.keyClick(QApplication.focusWidget() or window, key, mods)
        seen.append(window.current_id)
    assert seen == expected
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)  # at the end: stays
    assert window.current_id == expected[-1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.current_id == expected[-2]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_id == expected[-3]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.current_id == expected[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    assert window.current_id == expected[-1]
    # Every difference stepped to is on screen in both panes (or its aligned place).
    diff = window.comparison.difference(window.current_id)
    for side in ("left", "right"):
        span = diff.span(side)
        if span:
            assert 0 <= window.views[side].y_of(span[0]) < window.views[side].viewport().height()


def test_next_of_the_same_kind(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, loaded)
    loaded.stepper.first_difference()
    kind = loaded.comparison.difference(loaded.current_id).kind
    same = [d.id for d in loaded.order if d.kind == kind]
    qtbot.keyClick(loaded.panel.list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert loaded.current_id == same[1]
    loaded.stepper.previous_same_kind()
    assert loaded.current_id == same[0]


def test_tab_cycles_panes_and_list(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, loaded)
    loaded.views["left"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is loaded.views["left"], timeout=3000)
    qtbot.keyClick(loaded.views["left"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is loaded.views["right"]
    qtbot.keyClick(loaded.views["right"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is loaded.panel.list


def test_find_in_both_panes(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, loaded)
    qtbot.keyClick(QApplication.focusWidget() or loaded, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier)
    assert loaded.find_bar.isVisible()
    qtbot.keyClicks(loaded.find_bar.field, "Peskov")
    left = loaded.comparison.left.text.count("Peskov")
    right = loaded.comparison.right.text.count("Peskov")
    assert f"{left} in the original" in loaded.find_bar.count.text()
    assert f"{right} in the copy" in loaded.find_bar.count.text()
    qtbot.keyClick(loaded.find_bar.field, Qt.Key.Key_Return)
    view = loaded.views[loaded.finder.active_side]
    hit = loaded.finder.hits[loaded.finder.active_side][0]
    assert 0 <= view.y_of(hit[0]) < view.viewport().height()
    qtbot.keyClick(loaded.find_bar.field, Qt.Key.Key_Escape)
    assert not loaded.find_bar.isVisible()


def test_find_steps_through_the_pane_one_is_in(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, loaded)
    qtbot.keyClick(QApplication.focusWidget() or loaded, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is loaded.views["left"]  # the original, from the keyboard
    qtbot.keyClick(loaded.views["left"], Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(loaded.find_bar.field, "Peskov")
    qtbot.keyClick(loaded.find_bar.field, Qt.Key.Key_Return)
    assert list(loaded.finder.positions) == ["left"]  # was the copy: only a click in a pane counted
    qtbot.keyClick(loaded.find_bar.field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(loaded.views["right"], Qt.Key.Key_F3)  # the bar still open: now the copy's hits
    assert set(loaded.finder.positions) == {"left", "right"}
    qtbot.keyClick(loaded.views["right"], Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is loaded.views["right"]
