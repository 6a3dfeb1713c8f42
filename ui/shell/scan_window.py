"""File → Scan Copies…: the window's side of ``verso scan`` (``window.scan``).

The Copies tab (ui/panels/scan.py) sits beside Differences and Facts. A scan
takes the original on the left and a folder (chosen, or dropped on the
copy's pane); choosing a copy in the list opens that pair in the panes, and
Export… writes the list as the standalone HTML page of ``verso scan
--format html``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from app.documents.errors import DocumentError
from app.vocabulary import Side

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow  # what the window offers its rooms


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScanWindow", text)


def ask_folder(parent: Any, title: str, start: str) -> str:
    """A folder chosen by the user, or '' (tests replace this)."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, title, start)


def ask_save_path(parent: Any, title: str, suggested: str) -> str:
    """A file to write, or '' (tests replace this)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, _tr("Web page (*.html)"))
    return path


class ScanActions(QObject):
    """Scanning a folder for copies of the original, for one window; the Copies tab is
    ``window.scan_panel`` (the window lays it out in the side column)."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.state)
        self.window = window
        self.panel = window.scan_panel
        self.panel.copy_chosen.connect(self.open_scanned_copy)
        self.panel.export_requested.connect(self.export_scan)

    def scan_copies(self) -> None:
        """File → Scan Copies…: choose a folder to search for copies of the original."""
        if self.window.state.sources["left"] is None:
            self.window.message.show_message(_tr("Open the original first: the scan looks for copies of it."), "info")
            return
        folder = ask_folder(self.window, _tr("Scan a Folder for Copies of the Original"), self.window.start_dir())
        if folder:
            self.scan_folder(folder)

    def scan_folder(self, folder: str) -> bool:
        """Scan ``folder`` (recursively) for copies of the original on the left; False without one."""
        original = self.window.state.sources["left"]
        if original is None:
            return False
        from app.scan.pairs import make_job  # (app.scan: not imported at start-up)

        self.panel.start(self.window.runner, make_job(original, self.window.options), folder)
        self.window.view_actions.show_side_tab(self.panel)
        return True

    def open_scanned_copy(self, path: str) -> None:
        """A row of the Copies list chosen: that copy beside the scan's original."""
        job = self.panel.job
        if job is None:
            return
        original = job.original.path or job.original
        self.window.load_pair(original, path)

    def export_scan(self) -> None:
        """Export… in the Copies tab: the ranked list as a standalone HTML page."""
        from app.project.storage import atomic_write
        from app.scan.html_page import render_html

        report = self.panel.report()
        if report is None:
            return
        path = ask_save_path(self.window, _tr("Export the Copies"), "copies.html")
        if not path:
            return
        try:
            atomic_write(path, render_html(report).encode("utf-8"))
        except (OSError, DocumentError) as error:
            self.window.message.show_message(_tr("The list was not saved: {error}").format(error=error))
            return
        self.window.statusBar().showMessage(_tr("Saved {name}").format(name=os.path.basename(path)), 4000)

    def folder_dropped(self, paths: list[str], side: Side | None) -> bool:
        """A folder dropped on the copy's pane (or the window) starts a scan; True if it did."""
        if len(paths) != 1 or side == "left" or not os.path.isdir(paths[0]):
            return False
        if self.window.state.sources["left"] is None:
            self.window.message.show_message(_tr("Open the original first: a folder dropped on the copy's pane "
                                                 "is scanned for copies of it."), "info")
            return True
        return self.scan_folder(paths[0])
