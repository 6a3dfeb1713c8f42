"""Files the system asks Verso to open while it runs: macOS Finder sends ``QFileOpenEvent``.

Finder (Open, Open With, a double-clicked ``.verso``, files dropped on the
Dock icon) does not pass paths in ``argv``: it sends the application one
``QEvent.Type.FileOpen`` per file, possibly before the window exists.
``FileOpenFilter``, an event filter on the QApplication (``create_app``
installs it), collects them for a moment and hands them to the window's
normal open path, as if they had been dropped on it: a ``.verso`` opens as a
project, two files fill the original then the copy, one file the first empty
side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow as MainWindow  # what the window offers its rooms

BATCH_MS = 150  # Finder sends one event per selected file, back to back: open them together


class FileOpenFilter(QObject):
    """Routes QFileOpenEvents on the application to the window (``attach``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: MainWindow | None = None
        self.pending: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self.flush)

    def attach(self, window: MainWindow) -> None:
        """The window that opens the files (those that came before it are opened now)."""
        self.window = window
        if self.pending:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.pending.append(path)
                self._timer.start()
            return True
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Open what was collected: a project on its own, else the files as a drop on the window."""
        window = self.window
        if window is None or not self.pending:
            return
        paths, self.pending = self.pending, []
        projects = [p for p in paths if p.lower().endswith(".verso")]
        window.handle_files(projects[-1:] if projects else paths)
        window.raise_()
        window.activateWindow()
