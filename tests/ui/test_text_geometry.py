"""Where text is on screen (ui.panes.text_view): remembered for one geometry, never stale."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor


def _fresh(view: Any, offset: int) -> tuple[int, int, int, int]:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position(offset))
    return view.cursorRect(cursor).getRect()


def test_a_rectangle_asked_again_is_remembered_and_follows_scroll_and_size(qtbot, loaded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = loaded.views["right"]
    offsets = [d.right[0] for d in loaded.comparison.differences if d.right is not None][:12]
    assert all(view.rect_of(o).getRect() == _fresh(view, o) for o in offsets)
    made: list[int] = []
    real = type(view)._cursor
    monkeypatch.setattr(type(view), "_cursor", lambda v, o: made.append(o) or real(v, o))
    assert all(view.rect_of(o).getRect() == _fresh(view, o) for o in offsets)
    assert made == []  # (stepping asked 50 a step, twice each: the gutter, link map, frames...)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 137)
    assert all(view.rect_of(o).getRect() == _fresh(view, o) for o in offsets)
    assert set(offsets) <= set(made)  # each measured anew (the linked pane follows the scroll too)
    loaded.resize(loaded.width() - 300, loaded.height())
    qtbot.waitUntil(lambda: view.laid_out)
    assert all(view.rect_of(o).getRect() == _fresh(view, o) for o in offsets)
