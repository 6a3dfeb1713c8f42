"""The File and Edit menus' work on texts: open, swap, recent pairs, paste, drop, copy.

``window.files`` (one per window); the actions registry names its methods
("files.open_original"). It reads and loads through the window (``load``,
``load_pair``) and reports problems on its message bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from app.vocabulary import Side, open_patterns
from ui import settings
from ui.documents_io import DocumentError, from_text
from ui.panes.drop import drop_targets
from ui.panes.text_view import TextView
from ui.review.fact_marks import copy_to_clipboard

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow

FILE_PATTERNS = open_patterns()  # every format of app/vocabulary.py (PDF was missing)


def file_filter() -> str:
    """The open dialogs' filter, in the user's language."""
    return (QCoreApplication.translate("MainWindow", "Texts ({patterns})").format(patterns=FILE_PATTERNS) + ";;"
            + QCoreApplication.translate("MainWindow", "All files (*)"))


class FileActions(QObject):
    """Opening, swapping, pasting, dropping and copying texts for one window."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.state)
        self.window = window

    def start_dir(self) -> str:
        """Where the Open dialogs start: the folder last opened from, else the texts' folder."""
        last = settings.get("files/last_folder")
        if last and Path(last).is_dir():
            return str(last)
        for doc in (self.window.state.sources["right"], self.window.state.sources["left"]):
            if doc is not None and doc.path:
                return str(Path(doc.path).parent)
        return str(Path.home())

    def _ask_path(self, title: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window.window(), title, self.start_dir(), file_filter())
        if path:
            settings.put("files/last_folder", str(Path(path).parent))
        return path

    def open_original(self) -> None:
        """File → Open Original."""
        path = self._ask_path(self.tr("Open the Original"))
        if path:
            self.window.load("left", path)

    def open_copy(self) -> None:
        """File → Open Copy."""
        path = self._ask_path(self.tr("Open the Copy"))
        if path:
            self.window.load("right", path)

    def swap_sides(self) -> None:
        """File → Swap Sides: the copy becomes the original and the other way round."""
        window = self.window
        sources = window.state.sources
        if not any(sources.values()):
            return
        window.state.set_current(None)
        window.submit_sources(sources["right"], sources["left"])

    def build_recent_menu(self, menu: QMenu) -> None:
        """Fill File → Recent: recent projects, then recent pairs."""
        window = self.window
        menu.clear()
        window.review.file.add_recent_projects(menu)
        pairs = settings.recent_pairs()
        for left, right in pairs:
            action = menu.addAction(f"{Path(left).name}  ↔  {Path(right).name}")
            action.setToolTip(f"{left}\n{right}")
            action.triggered.connect(lambda _c=False, a=left, b=right: window.load_pair(a, b))
        if not pairs:
            menu.addAction(self.tr("No recent comparisons")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Recent"), lambda: settings.put("recent", []))

    def quit_app(self) -> None:
        """File → Quit: every window closes (each asks about unsaved work)."""
        QApplication.closeAllWindows()

    def paste_original(self) -> None:
        """Edit → Paste as Original."""
        self._paste("left")

    def paste_copy(self) -> None:
        """Edit → Paste as Copy."""
        self._paste("right")

    def _paste(self, side: Side) -> None:
        """Paste as original/copy: the clipboard's HTML when present (ui/shell/clipboard.py), else its text."""
        from ui.shell.clipboard import clipboard_document

        name = (self.tr("Pasted original") if side == "left"
                else self.tr("Pasted copy"))
        try:
            document = clipboard_document(QGuiApplication.clipboard().mimeData(), name)
        except DocumentError as exc:
            self.window.message.show_message(str(exc))
            return
        self.window.load(side, document)

    def text_dropped(self, text: str, side: Side) -> None:
        """Text dropped on a pane: it becomes that side."""
        name = (self.tr("Dropped original") if side == "left"
                else self.tr("Dropped copy"))
        try:
            document = from_text(text, name)
        except DocumentError as exc:
            self.window.message.show_message(str(exc))
            return
        self.window.load(side, document)

    def handle_files(self, paths: list[str], side: Side | None = None) -> None:
        """Load dropped or given files: two fill both sides, one ``side`` (or the empty one)."""
        window = self.window
        filled = {s: d is not None for s, d in window.state.sources.items()}
        targets = dict(drop_targets(paths, side, filled))
        if not targets:
            return
        window.load_pair(targets.get("left"), targets.get("right"))
        if len(paths) > 2:  # after the request, which clears the message bar
            window.message.show_message(self.tr(
                "%n files were dropped; the first two are compared (original, then copy).", "", len(paths)), "info")

    def copy_selection(self) -> None:
        """Edit → Copy (Ctrl+C): the selected text of a pane, or the differences selected in the list."""
        widget = QApplication.focusWidget()
        if isinstance(widget, TextView):
            widget.copy()
        elif widget is self.window.panel.list:
            self.copy_differences(self.window.panel.selected_ids())

    def select_all(self) -> None:
        """Edit → Select All, in the pane that has the focus."""
        widget = QApplication.focusWidget()
        if isinstance(widget, TextView):
            widget.selectAll()

    def copy_differences(self, ids: list[int]) -> None:
        """Edit → Copy in the list (Ctrl+C, context menu): the differences as text and HTML."""
        comparison = self.window.state.comparison
        diffs = [d for i in ids if comparison is not None and (d := comparison.difference(i)) is not None]
        if comparison is None or not diffs:
            return
        copy_to_clipboard(comparison, diffs, self.window.review.placed_annotations, self.window.state.fact_marks)
        self.window.statusBar().showMessage(
            self.tr("Copied {n} difference(s) as text and HTML.").format(n=len(diffs)), 4000)
