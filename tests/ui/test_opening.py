"""Opening (issue 14): every compared pair goes to Recent; the Open dialogs remember their folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import COPY, ORIGINAL, wait_loaded
from ui import settings


def test_open_original_then_open_copy_is_recorded_in_recent(qtbot, window):  # type: ignore[no-untyped-def]
    window.load("left", str(ORIGINAL))
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=15000)
    window.load("right", str(COPY))
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: bool(settings.recent_pairs()), timeout=5000)
    assert settings.recent_pairs()[0] == (str(ORIGINAL.resolve()), str(COPY.resolve()))


def test_the_open_dialog_starts_where_the_last_file_came_from(qtbot, window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "desk"
    folder.mkdir()
    text = folder / "wire.txt"
    text.write_text("The wire story, as sent.\n", "utf-8")
    asked: list[str] = []

    def fake_dialog(parent, title, start, filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(text), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    window.files.open_original()
    window.files.open_copy()
    assert asked[1] == str(folder)
    assert settings.get("files/last_folder") == str(folder)
    assert Path(window.start_dir()) == folder


def test_an_empty_window_has_no_stray_scroll_bars(qtbot, window):  # type: ignore[no-untyped-def]
    for view in window.views.values():
        assert not view.verticalScrollBar().isVisible() and not view.horizontalScrollBar().isVisible()
    window.load_pair(str(ORIGINAL), str(COPY))
    wait_loaded(qtbot, window)
    for view in window.views.values():  # with a text the vertical bar stays (no relayout when it would come)
        assert view.verticalScrollBar().isVisible()
