"""The entry point: one clear line instead of Qt's dump when no window can open."""

from __future__ import annotations

import ctypes.util

import pytest

from ui import main


def test_no_display_is_one_clear_line(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main.sys, "platform", "linux")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert main.run([]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "QT_QPA_PLATFORM=offscreen" in err


def test_missing_xcb_libraries_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main.sys, "platform", "linux")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    problem = main.display_problem({"DISPLAY": ":0"})
    assert problem is not None and "libxcb-cursor0" in problem and "\n" not in problem
    assert main.display_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None


def test_wayland_session_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main.sys, "platform", "linux")
    assert main.display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_run_opens_the_pair_and_returns_when_closed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    seen = {}
    before = set(QApplication.topLevelWidgets())

    def close_when_ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w not in before]
        window = windows[-1] if windows else None
        if window is None or window.comparison is None:
            QTimer.singleShot(50, close_when_ready)
            return
        seen["names"] = (window.comparison.left.name, window.comparison.right.name)
        window.close()
        QApplication.quit()

    QTimer.singleShot(50, close_when_ready)
    root = main.Path(__file__).resolve().parents[2] / "resources" / "samples"
    assert main.run([str(root / "putin-minerals-bbc.txt"),
                     str(root / "putin-minerals-rewrite.txt")]) == 0
    assert seen["names"] == ("putin-minerals-bbc.txt", "putin-minerals-rewrite.txt")
