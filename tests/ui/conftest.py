"""Fixtures for the window tests: offscreen Qt, isolated settings, a loaded window."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

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


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):  # type: ignore[no-untyped-def]
    """Verso's English catalogue ("1 difference", "2 differences"), installed as ``create_app`` does."""
    from PySide6.QtCore import QLocale

    from ui.translations import install_translators

    install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(autouse=True)
def isolated_recovery(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> Path:
    """Crash-recovery files go to a temporary folder, never to the real home."""
    folder = tmp_path_factory.mktemp("recovery")
    monkeypatch.setenv("VERSO_RECOVERY_DIR", str(folder))
    return folder


WORDS = ("minister harbour council budget river school station market bridge winter "
         "report museum festival railway hospital garden library factory airport").split()


def paragraph(i: int, n: int = 3) -> str:
    """A distinct paragraph of ``n`` sentences."""
    out = []
    for s in range(n):
        w = [WORDS[(i * 7 + s * 3 + k) % len(WORDS)] for k in range(9)]
        out.append(f"Paragraph {i} sentence {s} says the {' '.join(w)} were seen on day {i * 10 + s}.")
    return " ".join(out)


def long_pair(count: int = 40) -> tuple[str, str]:
    """An original of ``count`` paragraphs and a copy that keeps most of them.

    The copy drops paragraph 5, adds one after paragraph 12, rewords a
    sentence of paragraph 20 and repeats paragraph 3 at the end.
    """
    left = [paragraph(i) for i in range(count)]
    right = []
    for i in range(count):
        if i == 5:
            continue
        text = left[i]
        if i == 20:
            text = text.replace("sentence 1 says the", "sentence 1 claims that the", 1)
        right.append(text)
        if i == 12:
            right.append("An entirely new paragraph about volcano telescopes and orchestra "
                         "funding appears here with no source at all in the original text.")
    right.append(left[3])
    return "\n\n".join(left) + "\n", "\n\n".join(right) + "\n"


@pytest.fixture
def long_texts() -> tuple[str, str]:
    """A 40-paragraph original and a copy with one omission, addition, rewording, repeat."""
    return long_pair()


@pytest.fixture(name="wait_loaded")
def wait_loaded_fixture():  # type: ignore[no-untyped-def]
    return wait_loaded


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """A shown, empty main window at a fixed size."""
    from ui.shell.main_window import MainWindow

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
