"""Fixtures for the window tests: offscreen Qt, isolated settings, a loaded window."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
ORIGINAL = SAMPLES / "putin-minerals-bbc.txt"
COPY = SAMPLES / "putin-minerals-rewrite.txt"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every test starts from default settings in its own folder."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """A shown, empty main window at a fixed size."""
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.worker.wait(10000)


def wait_loaded(qtbot, win, timeout: int = 15000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window shows a comparison and its worker is idle."""
    qtbot.waitUntil(lambda: win.comparison is not None and not win.worker.busy, timeout=timeout)


@pytest.fixture
def loaded(qtbot, window):  # type: ignore[no-untyped-def]
    """The window on the sample pair."""
    window.load_pair(str(ORIGINAL), str(COPY))
    wait_loaded(qtbot, window)
    return window
