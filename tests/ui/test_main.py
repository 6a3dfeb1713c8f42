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
