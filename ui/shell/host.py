"""What the rooms of the window may ask of the main window: a Protocol, so that no room
imports ``ui.shell.main_window`` (which imports them all) and no import runs back up.

The window's parts that are handed the window (the review controller and its jobs,
the facts and scan actions, accessibility, the macOS file-open filter) are typed
against ``ReaderWindow``; ``MainWindow`` provides it. What the window shows is its
reader state (``state``); the rest is the widgets it laid out and the parts it built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStackedWidget, QStatusBar

    from app import CompareOptions
    from app.vocabulary import Side
    from ui.jobs.compare import Source
    from ui.jobs.runner import Runner
    from ui.panels.differences import DifferencesPanel
    from ui.panels.facts import FactsPanel
    from ui.panels.scan import ScanPanel
    from ui.panels.side_tabs import SideTabs
    from ui.panels.summary_bar import SummaryBar
    from ui.panes.article import ArticlePane, ElidedLabel
    from ui.panes.link_map import LinkMap
    from ui.panes.overview import Overview
    from ui.panes.scroll_sync import ScrollSync
    from ui.panes.text_view import TextView
    from ui.review.state import ReaderState, ViewSide
    from ui.shell.find_bar import FindBar
    from ui.shell.finder import PaneFinder
    from ui.shell.message_bar import MessageBar
    from ui.shell.status import StatusText
    from ui.shell.view_actions import ViewActions


class ReaderWindow(Protocol):
    """The window's state, widgets and parts, and the calls its rooms make (see ``MainWindow``)."""

    state: ReaderState  # what the window shows (ui/review/state.py)
    options: CompareOptions
    zoom: int
    dark: bool
    runner: Runner
    # the widgets it laid out
    views: dict[Side, TextView]  # side -> the pane's text view
    panes: dict[Side, ArticlePane]
    inline_pane: ArticlePane
    stack: QStackedWidget
    panel: DifferencesPanel
    facts_panel: FactsPanel
    scan_panel: ScanPanel
    side_tabs: SideTabs
    summary_bar: SummaryBar
    summary: ElidedLabel
    message: MessageBar
    find_bar: FindBar
    link_map: LinkMap
    overview: Overview
    sync: ScrollSync
    actions_by_name: dict[str, QAction]
    # its parts (the review's own modules are typed against this Protocol: Any here, no cycle)
    view_actions: ViewActions
    status: StatusText
    finder: PaneFinder
    review: Any  # ui.review.controller.ReviewController

    @property
    def inline_mode(self) -> bool: ...
    def statusBar(self) -> QStatusBar: ...
    def select_difference(self, diff_id: int, origin: ViewSide | None = None, flash: bool = True) -> None: ...
    def refresh_views(self) -> None: ...
    def repaint_maps(self) -> None: ...
    def update_title(self) -> None: ...
    def load_pair(self, left: Source | None, right: Source | None) -> None: ...
    def submit_sources(self, left: Source | None, right: Source | None, keep_view: bool = False) -> None: ...
    def start_dir(self) -> str: ...
    def handle_files(self, paths: list[str], side: Side | None = None) -> None: ...
    def windowTitle(self) -> str: ...
    def setWindowModified(self, modified: bool) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...
    def findChildren(self, kind: Any) -> list[Any]: ...
