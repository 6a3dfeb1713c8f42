"""Files macOS Finder opens arrive as QFileOpenEvent on the application (docs/packaging.md, need 4)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from app.documents import read_document
from app.project import Project, save_project
from tests.ui.conftest import COPY, ORIGINAL
from ui import main
from ui.shell.file_open import FileOpenFilter


def opener_for(window) -> FileOpenFilter:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    opener = FileOpenFilter(window)  # dies with the window, so tests do not leak filters
    app.installEventFilter(opener)
    opener.attach(window)
    return opener


def test_two_files_opened_from_finder_become_original_and_copy(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    opener_for(window)
    app = QApplication.instance()
    QCoreApplication.postEvent(app, QFileOpenEvent(str(ORIGINAL)))
    QCoreApplication.postEvent(app, QFileOpenEvent(str(COPY)))
    qtbot.waitUntil(lambda: window.comparison is not None and not window.worker.busy, timeout=15000)
    assert window.comparison.left.name == ORIGINAL.name
    assert window.comparison.right.name == COPY.name


def test_a_project_opened_from_finder_opens_as_a_project(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    project = Project.create(read_document(str(ORIGINAL)), read_document(str(COPY)))
    path = tmp_path / "finder.verso"
    save_project(project, path)
    opener_for(window)
    QCoreApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    qtbot.waitUntil(lambda: window.review.path is not None and window.comparison is not None, timeout=15000)
    assert window.review.path == str(path.resolve())
    assert window.comparison.right.text == project.right.text


def test_files_opened_before_the_window_exists_wait_for_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    opener = FileOpenFilter(window)
    QApplication.instance().installEventFilter(opener)
    QCoreApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(ORIGINAL)))
    qtbot.waitUntil(lambda: opener.pending == [str(ORIGINAL)], timeout=5000)
    qtbot.wait(2 * 150)
    assert window.sources["left"] is None  # no window attached yet: kept
    opener.attach(window)
    qtbot.waitUntil(lambda: window.sources["left"] is not None and not window.worker.busy, timeout=15000)
    assert window.sources["left"].name == ORIGINAL.name and window.sources["right"] is None


def test_the_app_s_filter_is_made_once_and_open_window_attaches_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert main.file_opener(app) is None
    opener = main.install_file_opener(app, "darwin")  # what create_app does on macOS
    try:
        assert isinstance(opener, FileOpenFilter) and opener.parent() is app  # the application owns it
        assert main.install_file_opener(app, "darwin") is opener and main.file_opener(app) is opener
        window = main.open_window([])
        qtbot.addWidget(window)
        assert opener.window is window
    finally:
        app.removeEventFilter(opener)
        opener.setParent(None)  # no longer the application's (deleteLater waits for the event loop)
        opener.deleteLater()


def test_no_application_wide_filter_where_no_system_sends_file_open_events() -> None:
    assert main.install_file_opener(QApplication.instance(), "linux") is None
    assert main.install_file_opener(QApplication.instance(), "win32") is None
    assert main.file_opener(QApplication.instance()) is None
