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
    from collections.abc import Callable, Mapping

    from PySide6.QtCore import QByteArray, QSize
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QSplitter, QStackedWidget, QStatusBar, QWidget

    from app import CompareOptions, Comparison
    from app.project import Annotations
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
    from ui.shell.message_bar import MessageBar


class SideColumn(Protocol):
    """What the rooms ask of the View menu's part (``ui.shell.view_actions.ViewActions``)."""

    def show_side_tab(self, widget: QWidget) -> None: ...
    def toggle_inline(self, on: bool | None = None) -> None: ...
    def build_inline(self) -> None: ...


class Borrowing(Protocol):
    """What the rooms ask of the status texts (``ui.shell.status.StatusText``)."""

    def borrowing(self, short: bool = False) -> str: ...


class Finding(Protocol):
    """What the rooms ask of the find part (``ui.shell.finder.PaneFinder``)."""

    active_side: Side  # the pane one is in

    def search(self) -> None: ...


class RecentProjects(Protocol):
    """The review's project file as File → Recent uses it (``ui.review.project_file.ProjectFile``)."""

    def add_recent_projects(self, menu: QMenu) -> None: ...


class FactVerdicts(Protocol):
    """The review's verdicts on facts as the Facts part uses them (``ui.review.fact_reviewing``)."""

    def refresh(self) -> None: ...


class Review(Protocol):
    """What the window's parts ask of its review (``ui.review.controller.ReviewController``, which
    imports this module: named here by what it does)."""

    @property
    def placed_annotations(self) -> Annotations | None: ...
    @property
    def file(self) -> RecentProjects: ...
    @property
    def facts(self) -> FactVerdicts: ...
    def difference_selected(self, diff_id: int) -> None: ...
    def accept_sources(self, left: Source | None, right: Source | None) -> bool: ...
    def sources_failed(self) -> None: ...
    def placement(self) -> Callable[[Comparison], Any] | None: ...
    def comparison_arrived(self, file_sha256: Mapping[Side, str | None] | None = None,
                           placed: Any = None) -> None: ...
    def title_prefix(self) -> str: ...


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
    splitter: QSplitter
    panel: DifferencesPanel
    facts_panel: FactsPanel
    scan_panel: ScanPanel
    side_tabs: SideTabs
    summary_bar: SummaryBar
    summary: ElidedLabel
    busy: QProgressBar
    busy_label: QLabel
    message: MessageBar
    find_bar: FindBar
    link_map: LinkMap
    overview: Overview
    sync: ScrollSync
    actions_by_name: dict[str, QAction]
    # its parts, as the rooms use them (the parts are typed against this Protocol: importing
    # their classes here would make a cycle)
    @property
    def view_actions(self) -> SideColumn: ...
    @property
    def status(self) -> Borrowing: ...
    @property
    def finder(self) -> Finding: ...
    @property
    def review(self) -> Review: ...

    @property
    def inline_mode(self) -> bool: ...
    def statusBar(self) -> QStatusBar: ...
    def select_difference(self, diff_id: int, origin: ViewSide | None = None, flash: bool = True) -> None: ...
    def refresh_views(self) -> None: ...
    def repaint_maps(self) -> None: ...
    def update_title(self) -> None: ...
    def recompare(self) -> None: ...
    def describe(self, diff_id: int) -> str: ...
    def load(self, side: Side, source: Source) -> None: ...
    def load_pair(self, left: Source | None, right: Source | None) -> None: ...
    def submit_sources(self, left: Source | None, right: Source | None, keep_view: bool = False) -> None: ...
    def start_dir(self) -> str: ...
    def handle_files(self, paths: list[str], side: Side | None = None) -> None: ...
    def window(self) -> QWidget: ...  # the window as a widget (a dialog's parent)
    def windowTitle(self) -> str: ...
    def setWindowTitle(self, title: str) -> None: ...
    def sizeHint(self) -> QSize: ...
    def resize(self, size: QSize) -> None: ...
    def restoreGeometry(self, geometry: QByteArray) -> bool: ...
    def setWindowModified(self, modified: bool) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...
    def findChildren(self, kind: Any) -> list[Any]: ...
