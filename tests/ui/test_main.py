"""The entry point: one clear line instead of Qt's dump when no window can open."""

from __future__ import annotations

import ctypes.util
import os
import subprocess

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


def test_a_bundle_uses_the_xcb_libraries_it_carries(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main.sys, "platform", "linux")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)  # the desktop has none of them
    monkeypatch.setattr(main.sys, "frozen", True, raising=False)
    monkeypatch.setattr(main.sys, "_MEIPASS", str(tmp_path), raising=False)
    for stem in main.XCB_LIBS:
        if stem != "xcb-cursor":
            (tmp_path / f"lib{stem}.so.0").write_bytes(b"")  # PyInstaller puts them in _internal/
    problem = main.display_problem({"DISPLAY": ":0"})
    assert problem is not None and "libxcb-cursor0" in problem and "libxcb-icccm4" not in problem
    qt_lib = tmp_path / "PySide6" / "Qt" / "lib"
    qt_lib.mkdir(parents=True)
    (qt_lib / "libxcb-cursor.so.0").write_bytes(b"")
    assert main.bundled_library("xcb-cursor") == str(qt_lib / "libxcb-cursor.so.0")
    assert main.display_problem({"DISPLAY": ":0"}) is None  # the bundle starts
    monkeypatch.setattr(main.sys, "frozen", False)  # a checkout never looks at _MEIPASS
    assert main.bundled_library("xcb-cursor") is None
    assert main.display_problem({"DISPLAY": ":0"}) is not None


def test_wayland_session_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main.sys, "platform", "linux")
    assert main.display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


RUN_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import main
from ui.shell.main_window import MainWindow

def close_when_ready():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or windows[0].comparison is None:
        QTimer.singleShot(50, close_when_ready)
        return
    print("names", windows[0].comparison.left.name, windows[0].comparison.right.name)
    windows[0].close()

app = QApplication(sys.argv[:1])  # run() reuses it; the timer needs it to exist
QTimer.singleShot(50, close_when_ready)
sys.exit(main.run(sys.argv[1:]))
"""


def _run_on_samples(script: str, settings: main.Path):  # type: ignore[no-untyped-def]
    """``script`` run offscreen in a new Python on the sample pair (settings in ``settings``)."""

    root = main.Path(__file__).resolve().parents[2]
    samples = root / "resources" / "samples"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(settings))
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [main.sys.executable, "-c", script, str(samples / "putin-minerals-bbc.txt"),
         str(samples / "putin-minerals-rewrite.txt")],
        capture_output=True, text=True, timeout=60, env=env, cwd=root)


def test_run_opens_the_pair_and_returns_when_closed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # In a subprocess: once a QApplication has quit, pytest-qt's waits stop delivering
    # queued signals in that process, which would break every later test.
    proc = _run_on_samples(RUN_SCRIPT, tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "names putin-minerals-bbc.txt putin-minerals-rewrite.txt" in proc.stdout


def _window_with_a_worker():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QWidget

    class Worker(QObject):
        finished = Signal(object)

    window = QWidget()
    window.worker = Worker(window)  # type: ignore[attr-defined]
    return window


def test_a_window_closed_before_the_fallback_show_stays_closed(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # The cause of the hang of test_run_opens_the_pair_and_returns_when_closed (4 runs in 12):
    # the comparison came in, the window was shown and closed, then the SHOW_BY_MS fallback
    # showed it again, and the event loop never quit.
    monkeypatch.setattr(main, "SHOW_BY_MS", 100)
    window = _window_with_a_worker()
    qtbot.addWidget(window)
    main.show_when_compared(window)
    window.worker.finished.emit(None)
    assert window.isVisible()
    window.close()
    qtbot.wait(300)
    assert not window.isVisible()


def test_a_window_with_no_comparison_yet_is_shown_by_the_fallback(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main, "SHOW_BY_MS", 50)
    window = _window_with_a_worker()
    qtbot.addWidget(window)
    main.show_when_compared(window)
    assert not window.isVisible()
    qtbot.waitUntil(window.isVisible, timeout=2000)
    window.close()
    window.worker.finished.emit(None)  # the comparison arriving after the user closed it
    assert not window.isVisible()


GC_SCRIPT = """
import gc, sys
from ui import main
during = []
built = main.open_window
main.open_window = lambda paths: (during.append(gc.isenabled()), built(paths))[1]
app, window = main.start(sys.argv[1:3])
def shown(_result):  # after show_when_compared's slot: the window is on screen
    print("collector", during, gc.isenabled(), gc.get_freeze_count() > 0, window.isVisible(), flush=True)
    app.quit()
window.worker.finished.connect(shown)
app.exec()
"""


def test_start_up_is_not_collected_and_frozen_once_shown(tmp_path) -> None:  # type: ignore[no-untyped-def]
    proc = _run_on_samples(GC_SCRIPT, tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "collector [False] True True True" in proc.stdout


def test_the_window_imports_neither_the_engine_nor_the_scanner() -> None:
    # The window compares in a child process and scans only when asked: at start-up the
    # engine (app.engine.compare and its modules) and app.scan are ~80 ms of imports it
    # does not need; nor does it need the facts' links, the clipboard's HTML or the
    # placement of reviews (difflib, diff_match_patch) before a check, a copy or a project,
    # nor the review's dialogs (QMessageBox) before one is shown.
    # (In a fresh interpreter: this one has imported them for other tests.)
    proc = _fresh_window("print(sorted(m for m in sys.modules if m.startswith(("
                         "'app.scan', 'app.engine.compare', 'app.facts.links', 'app.report.clipboard', "
                         "'app.project.placement', 'diff_match_patch', 'difflib', 'ui.dialogs.review_dialogs'))))\n")
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_pyside_reads_no_source_of_verso_at_start() -> None:
    # PySide reads the source of each module imported after it to see whether it uses
    # PySide (its __feature__ switch), ~23 ms at start; ui/feature_scan.py enters Verso's
    # modules beforehand. Whatever it read is left in linecache.
    proc = _fresh_window("import linecache\n"
                         "print(sorted(f for f in linecache.cache if '/app/' in f or '/ui/' in f))\n")
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_verso_selects_no_pyside_feature() -> None:
    # What makes ui/feature_scan.py's "ignore" entries safe: no module selects a feature, so
    # PySide never switches a class to another attribute set for any module.
    root = main.Path(__file__).resolve().parents[2]
    feature = "from " + "__feature__"  # (not written out: this file would match itself)
    users = [str(p) for folder in ("app", "ui", "tools", "benchmarks") for p in (root / folder).rglob("*.py")
             if feature in p.read_text(encoding="utf-8")]
    assert users == []


def _fresh_window(tail: str) -> subprocess.CompletedProcess[str]:
    """Run ``create_app(); open_window([])`` (``verso``'s start-up, no files) and then ``tail``
    in a fresh interpreter."""
    root = main.Path(__file__).resolve().parents[2]
    script = ("import sys\nfrom ui.main import create_app, open_window\n"
              "app = create_app()\nwindow = open_window([])\n" + tail)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run([main.sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, env=env, cwd=root)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def test_the_app_paints_on_the_gui_thread_unless_told_otherwise(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # Qt's pool of fill threads made each frame wait for them to be scheduled on a busy machine.
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL", raising=False)
    main.create_app()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"
    monkeypatch.setenv("QT_NO_GUI_THREADPOOL", "")  # a value the user set stands
    main.create_app()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == ""
