"""File → Scan Copies…: the window's side of ``verso scan``, as a mixin of MainWindow.

The Copies tab (ui/panels/scan.py) sits beside Differences and Facts. A scan
takes the original on the left and a folder (chosen, or dropped on the
copy's pane); choosing a copy in the list opens that pair in the panes, and
Export… writes the list as the standalone HTML page of ``verso scan
--format html``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.documents.errors import DocumentError
from app.scan.pairs import make_job
from ui.panels.scan import ScanPanel

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow as _Base  # what the window offers its rooms
else:
    _Base = object


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


class ScanWindow(_Base):
    """Mixed into MainWindow (which provides sources, runner, side_tabs, message, load_pair...)."""

    def _install_scan(self) -> None:
        """The Copies tab, after the Differences and Facts tabs exist."""
        self.scan_panel = ScanPanel()
        self.scan_panel.copy_chosen.connect(self.open_scanned_copy)
        self.scan_panel.export_requested.connect(self.export_scan)
        self.side_tabs.addTab(self.scan_panel, _tr("Copies"))

    def scan_copies(self) -> None:
        """File → Scan Copies…: choose a folder to search for copies of the original."""
        if self.sources["left"] is None:
            self.message.show_message(_tr("Open the original first: the scan looks for copies of it."), "info")
            return
        folder = ask_folder(self, _tr("Scan a Folder for Copies of the Original"), self.start_dir())
        if folder:
            self.scan_folder(folder)

    def scan_folder(self, folder: str) -> bool:
        """Scan ``folder`` (recursively) for copies of the original on the left; False without one."""
        original = self.sources["left"]
        if original is None:
            return False
        self.scan_panel.start(self.runner, make_job(original, self.options), folder)
        if not self.side_tabs.isVisible():
            self.actions_by_name["show_panel"].setChecked(True)
            self.toggle_panel()
        self.side_tabs.setCurrentWidget(self.scan_panel)
        return True

    def open_scanned_copy(self, path: str) -> None:
        """A row of the Copies list chosen: that copy beside the scan's original."""
        job = self.scan_panel.job
        if job is None:
            return
        original = job.original.path or job.original
        self.load_pair(original, path)

    def export_scan(self) -> None:
        """Export… in the Copies tab: the ranked list as a standalone HTML page."""
        from app.project.storage import atomic_write
        from app.scan.html_page import render_html

        report = self.scan_panel.report()
        if report is None:
            return
        path = ask_save_path(self, _tr("Export the Copies"), "copies.html")
        if not path:
            return
        try:
            atomic_write(path, render_html(report).encode("utf-8"))
        except (OSError, DocumentError) as error:
            self.message.show_message(_tr("The list was not saved: {error}").format(error=error))
            return
        self.statusBar().showMessage(_tr("Saved {name}").format(name=os.path.basename(path)), 4000)

    def folder_dropped(self, paths: list[str], side: str | None) -> bool:
        """A folder dropped on the copy's pane (or the window) starts a scan; True if it did."""
        if len(paths) != 1 or side == "left" or not os.path.isdir(paths[0]):
            return False
        if self.sources["left"] is None:
            self.message.show_message(_tr("Open the original first: a folder dropped on the copy's pane "
                                          "is scanned for copies of it."), "info")
            return True
        return self.scan_folder(paths[0])
