"""Entry point of the window: ``run(paths)`` (called by ``verso [ORIGINAL COPY]``)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.feature_scan import skip_feature_scan  # (no Qt: imported before PySide, never read by it)

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui.shell.file_open import FileOpenFilter
    from ui.shell.main_window import MainWindow

XCB_LIBS = {  # library soname stem -> Debian/Ubuntu package
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
}
HEADLESS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")
DESKTOP_ID = "io.github.verso.Verso"  # packaging/linux: the .desktop file, AppStream id, icon name
SHOW_BY_MS = 400  # a window waiting for its first comparison is shown by then all the same


def bundled_library(stem: str) -> str | None:
    """``lib<stem>.so*`` inside a PyInstaller bundle (``sys._MEIPASS``), or None (not frozen, not there).

    PyInstaller copies the system libraries Qt needs next to Python (``_internal/``) and
    Qt's own under ``PySide6/Qt/lib``; ``ctypes.util.find_library`` never looks there.
    """
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not base:
        return None
    for folder in (Path(base), Path(base) / "PySide6" / "Qt" / "lib", Path(base) / "PySide6"):
        found = next(iter(sorted(folder.glob(f"lib{stem}.so*"))), None) if folder.is_dir() else None
        if found is not None:
            return str(found)
    return None


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """One line explaining why Qt cannot open a window here, or None if it should work."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in HEADLESS:
        return None
    wayland = bool(env.get("WAYLAND_DISPLAY")) and platform.startswith("wayland")
    if wayland or (env.get("WAYLAND_DISPLAY") and not platform):
        return None  # Qt tries Wayland first and falls back to xcb only if it must
    if not env.get("DISPLAY"):
        return ("verso: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it from a "
                "desktop session, or set QT_QPA_PLATFORM=offscreen to run without a screen.")
    import ctypes.util  # (here: it costs more to import than the check takes elsewhere)

    # A bundle carries the libraries itself: look there first, then on the system.
    missing = [pkg for lib, pkg in XCB_LIBS.items()
               if bundled_library(lib) is None and ctypes.util.find_library(lib) is None]
    if missing:
        return ("verso: Qt's xcb platform plugin needs system libraries that are missing; "
                f"install them (sudo apt-get install {' '.join(missing)}) or set "
                "QT_QPA_PLATFORM=offscreen.")
    return None


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, named for QSettings."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    skip_feature_scan()  # before the window's modules are imported (ui/feature_scan.py)
    from ui import settings

    # Background threads (comparing, fact checks) run Python too; with the default 5 ms
    # switch interval every GIL hand-back to the GUI thread can wait that long, and a
    # frame needs dozens of them. 1 ms keeps the window responsive while they work.
    sys.setswitchinterval(0.001)
    # Qt hands a large fill (a link map band, a pane's background) to a pool of threads and
    # waits for them: on a busy machine each frame then waits for those threads to be
    # scheduled. Stepping through differences at load 3.5 on 2 cores: 52 ms a step with the
    # pool, 24-45 ms without (the same CPU). Our frames are small; they paint on the GUI thread.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)  # the window's application, never a bare QCoreApplication
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Verso")
    # The desktop entry's name: Wayland's app id, so the dock finds the menu entry and icon.
    app.setDesktopFileName(DESKTOP_ID)
    icon = Path(__file__).resolve().parent.parent / "resources" / "icons" / "verso-app.svg"
    # After the first paint (the SVG plugin takes a while to load); the installed theme icon
    # first, so window, dock and menu show the same one.
    QTimer.singleShot(0, lambda: app.setWindowIcon(QIcon.fromTheme(DESKTOP_ID, QIcon(str(icon)))))
    from ui.style import apply_style

    apply_style(app)
    from ui.translations import install_translators

    install_translators(app)  # the user's language where a catalogue exists (make translations)
    install_file_opener(app)
    return app


def install_file_opener(app: QApplication, platform: str = sys.platform) -> FileOpenFilter | None:
    """The application's FileOpenFilter (made once) on macOS, whose Finder opens files with
    QFileOpenEvent, not argv (ui/shell/file_open.py); ``open_window`` attaches the window to it.

    Elsewhere no system sends that event, and a filter on the application would see every
    event of every widget, in Python (and make PySide load a few hundred lazy types when
    the first widgets are built: ~60 ms more at start): None there.
    """
    if platform != "darwin":
        return None
    opener = file_opener(app)
    if opener is None:
        from ui.shell.file_open import FileOpenFilter

        opener = FileOpenFilter(app)  # the application owns it
        app.installEventFilter(opener)
    return opener


def file_opener(app: QCoreApplication | None) -> FileOpenFilter | None:
    """The application's FileOpenFilter if ``install_file_opener`` made one (macOS), else None."""
    from PySide6.QtCore import Qt

    from ui.shell.file_open import FileOpenFilter

    if app is None:
        return None
    return app.findChild(FileOpenFilter, "", Qt.FindChildOption.FindDirectChildrenOnly)


def _compares(paths: list[str]) -> bool:
    """Whether ``paths`` start a comparison of two files (not a project)."""
    return len(paths) >= 2 and not any(p.lower().endswith(".verso") for p in paths[:2])


def start_child(paths: list[str]) -> None:
    """The child process that will compare ``paths`` (if they are a pair of files), started
    before Qt is imported: it is then forked (ui/jobs/forked.py) with this process's imports
    done, and does the rest of its own while this process imports Qt and builds the window.
    ``verso`` calls it before it imports Qt (ui/launcher.py); ``start`` again (no second child)."""
    if _compares(paths):
        from ui.jobs import child_process

        child_process.prestart()


def open_window(paths: list[str]) -> MainWindow:
    """Create the main window and start loading 0, 1 or 2 paths (original, copy)."""
    if _compares(paths):
        # Compared in a child process while the window is built (ui/jobs/head_start.py); in a
        # thread here the two would only take turns with the GIL.
        from ui import settings
        from ui.jobs import head_start

        started = head_start.begin(paths[0], paths[1], settings.compare_options())
    else:
        started = None
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    window.worker.head_start = started  # its first request takes the child's answer
    from PySide6.QtCore import QCoreApplication

    opener = file_opener(QCoreApplication.instance())
    if opener is not None:
        opener.attach(window)  # files Finder opens (QFileOpenEvent) go to this window
    if len(paths) >= 2:
        window.load_pair(paths[0], paths[1])
    elif len(paths) == 1:
        window.load("left", paths[0])
    return window


def start(paths: list[str]) -> tuple[QApplication, MainWindow]:
    """The application and its window on 0, 1 or 2 paths, shown: ``run`` before the event loop."""
    # Start-up makes objects that live as long as the window (modules, classes, Qt's enums, the
    # widgets): the cycle collector went over them again and again while they were made (~80
    # collections, 15-30 ms of the start), and would at every full collection after. Not
    # collected until the window is shown, then frozen (gc.freeze: left out of collections).
    gc.disable()
    start_child(paths)
    app = create_app()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(SHOW_BY_MS, _started)  # even if the window was closed before it was shown
    window = open_window(list(paths))
    if len(paths) > 2:
        from PySide6.QtCore import QCoreApplication

        window.message.show_message(QCoreApplication.translate(
            "Main", "Only the first two files are compared (original, copy)."), "info")
    if _compares(paths):
        show_when_compared(window)
    else:
        window.show()
        _started()
    return app, window


def _started() -> None:
    """The window is on screen: what start-up made is kept out of the collector's passes
    (once: from ``show_when_compared``, or by ``SHOW_BY_MS`` all the same)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def show_when_compared(window: MainWindow) -> None:
    """Show ``window`` when its first comparison is in, painted once with it rather than
    empty and then again; by ``SHOW_BY_MS`` all the same (a long pair, a failed read).

    Either way it is shown once: a window the user (or a test) closed before
    ``SHOW_BY_MS`` stays closed. (The fallback used to show it again, and the event
    loop then never quit: tests/ui/test_main.py hung in 4 of 12 runs.)
    """
    from PySide6.QtCore import QTimer

    shown = False

    def show(*_args: object) -> None:
        nonlocal shown
        if shown:
            return
        shown = True
        window.worker.finished.disconnect(show)
        if not window.isVisible():
            window.show()
        _started()

    window.worker.finished.connect(show)  # after the window's own slots: the result is in place
    QTimer.singleShot(SHOW_BY_MS, window, show)


def run(paths: list[str]) -> int:
    """Open the reader window on 0, 1 or 2 paths and run the event loop."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    app, window = start(paths)
    code = app.exec()
    window.worker.wait(3000)  # let a comparison still running end before Python tears down
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
