"""What the rooms of the window may ask of the main window: a Protocol, so that no room
imports ``ui.shell.main_window`` (which imports them all) and no import runs back up.

The review controller, the side column (window_extras), accessibility, the help
dialogs and the macOS file-open filter are typed against ``ReaderWindow``;
``MainWindow`` provides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar

    from app import CompareOptions, Comparison, Difference, Document
    from ui.jobs.runner import Runner
    from ui.panels.differences import DifferencesPanel
    from ui.review.state import ReaderState


class ReaderWindow(Protocol):
    """The window's parts and the calls its rooms make (see ``MainWindow``)."""

    state: ReaderState  # what the window shows (ui/review/state.py)
    comparison: Comparison | None
    current_id: int | None
    kinds: set[str]
    options: CompareOptions
    sources: dict[str, Document | None]
    order: list[Difference]
    views: dict[str, Any]  # side -> TextView
    panel: DifferencesPanel
    message: Any  # MessageBar
    actions_by_name: dict[str, QAction]
    runner: Runner
    review: Any  # ReviewController
    link_map: Any  # LinkMap
    overview: Any  # Overview
    find_bar: Any  # FindBar
    summary: Any  # the status bar's summary label

    def statusBar(self) -> QStatusBar: ...
    def select_difference(self, diff_id: int, origin: str | None = None, flash: bool = True) -> None: ...
    def refresh_views(self) -> None: ...
    def update_title(self) -> None: ...
    def submit_sources(self, left: Any, right: Any, keep_view: bool = False) -> None: ...
    def start_dir(self) -> str: ...
    def toggle_panel(self) -> None: ...
    def handle_files(self, paths: list[str], side: str | None = None) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...
    def findChildren(self, kind: Any) -> list[Any]: ...
