"""The main window: two linked panes, the link map, the overview and the differences panel.

The window lays out and wires. What it shows (the comparison, the current
difference, the filters, the reading order) is its reader state
(``window.state``, ``ui.review.state``), which every widget reads. Its parts
do the work (``ui.shell.comparing``: requests to compare and results shown;
``ui.shell.stepper``, ``ui.shell.view_actions``, ...); actions come from
``ui.shell.actions``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import CompareOptions, Comparison, Difference, Document
from app.vocabulary import SIDES, Side
from ui import settings
from ui.jobs.compare import Source
from ui.jobs.runner import Runner
from ui.palette import is_dark
from ui.panels.differences import DifferencesPanel
from ui.panels.facts import FactsPanel
from ui.panels.scan import ScanPanel
from ui.panels.side_tabs import SideTabs
from ui.panels.summary_bar import SummaryBar
from ui.panes.article import ArticlePane, ElidedLabel
from ui.panes.drop import dropped_paths
from ui.panes.inline_view import InlineText
from ui.panes.link_map import LinkMap
from ui.panes.overview import Overview
from ui.panes.scroll_sync import ScrollSync
from ui.panes.text_view import TextView
from ui.review.controller import ReviewController
from ui.review.fact_marks import FactMarks
from ui.review.state import ReaderState, ViewSide
from ui.shell.accessibility import describe_window
from ui.shell.actions import build_actions
from ui.shell.banner import Banner
from ui.shell.comparing import Comparing
from ui.shell.facts_actions import FactsActions
from ui.shell.file_actions import FileActions, file_filter  # noqa: F401  (file_filter: re-exported)
from ui.shell.find_bar import FindBar
from ui.shell.finder import PaneFinder
from ui.shell.help_menu import HelpMenu
from ui.shell.links import open_link
from ui.shell.message_bar import MessageBar
from ui.shell.passage_steps import PassageSteps
from ui.shell.scan_window import ScanActions
from ui.shell.status import StatusText
from ui.shell.stepper import Stepper
from ui.shell.view_actions import ViewActions
from ui.style import style_window

SELECT_LINE = 0.3  # where a selected difference is placed, as a fraction of the pane height
translate = QCoreApplication.translate  # lupdate reads translate("WindowExtras", "…") calls


class MainWindow(QMainWindow):
    """Verso's reader window: it lays out the widgets, builds its parts and wires them."""

    # Its parts, built in _build_parts (declared here: the parts are typed against ReaderWindow,
    # which names some of them, so their types cannot be inferred from the assignments).
    comparing: Comparing
    files: FileActions
    finder: PaneFinder
    view_actions: ViewActions
    status: StatusText
    stepper: Stepper
    review: ReviewController
    facts: FactsActions

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Verso")
        self.setObjectName("verso")
        # What the window shows: comparison, current difference, filters, order (ui/review/state.py).
        self.state = ReaderState(settings.get("view/kinds"), bool(settings.get("view/furniture")), self)
        self.options: CompareOptions = settings.compare_options()
        self.zoom: int = settings.get("view/zoom")
        self.dark = is_dark()
        self.runner = Runner(self)  # every job off the GUI thread (ui/jobs/runner.py)
        self._build_widgets()
        self._build_parts()
        self.actions_by_name = build_actions(self)  # handlers name the parts ("review.file.save")
        self.review.update_actions()  # Undo/Redo as the history has them
        describe_window(self)  # accessible names and descriptions (ui/shell/accessibility.py)
        style_window(self)  # the style sheet, on the few widgets it styles (ui/style.py)
        self.view_actions.restore_settings()
        self.worker.finished.connect(self.facts.comparison_arrived)  # facts, summary bar, header
        self.state.filter_changed.connect(self.refresh_views)
        self.state.current_changed.connect(self._current_changed)
        self.setAcceptDrops(True)
        self.refresh_views()

    def _build_parts(self) -> None:
        """The window's parts, each an object with the window as its collaborator."""
        self.comparing = Comparing(self)  # requests and results (ui/shell/comparing.py)
        self.worker = self.comparing.worker  # the window's compare worker (ui/jobs/compare.py)
        self.files = FileActions(self)  # open, swap, paste, drop, copy (ui/shell/file_actions.py)
        self.finder = PaneFinder(self)  # find in both panes (ui/shell/finder.py)
        self.view_actions = ViewActions(self)  # View and Compare menus (ui/shell/view_actions.py)
        self.status = StatusText(self)  # the status bar's texts (ui/shell/status.py)
        self.stepper = Stepper(self)  # selecting and stepping through differences (ui/shell/stepper.py)
        self.passage_steps = PassageSteps(self)  # Go → Next Borrowed Passage (ui/shell/passage_steps.py)
        self.help = HelpMenu(self)  # the Help menu (ui/shell/help_menu.py)
        self.facts = FactsActions(self)  # the facts check, Go → Next Fact (ui/shell/facts_actions.py)
        self.scan = ScanActions(self)  # File → Scan Copies…, the Copies tab (ui/shell/scan_window.py)
        self.review = ReviewController(self, self.banner)  # notes, projects, reports (ui/review/)
        for view in (*self.views.values(), self.inline_pane.view):
            view.review = self.review  # highlights and the notes margin
        self.statusBar().messageChanged.connect(self.status.make_room_for_message)
        self.panel.kinds_changed.connect(self.view_actions.kinds_changed)
        self.panel.copy_requested.connect(self.files.copy_differences)
        for side, pane in self.panes.items():
            pane.text_dropped.connect(lambda text, side: self.files.text_dropped(text, side))

    # ---- building -----------------------------------------------------------

    def _build_widgets(self) -> None:
        """Lay out the panes, maps, side column, bars and status bar."""
        self.panes: dict[Side, ArticlePane] = {side: ArticlePane(side) for side in SIDES}
        self.views: dict[Side, TextView] = {s: p.view for s, p in self.panes.items()}
        for side, pane in self.panes.items():
            pane.view.state = self.state
            pane.view.difference_clicked.connect(self._difference_clicked)
            pane.files_dropped.connect(self.handle_files)
            pane.view.verticalScrollBar().valueChanged.connect(self._view_scrolled)
            pane.view.cursorPositionChanged.connect(lambda s=side: self._note_active(s))
            pane.view.focus_entered.connect(self._note_active)  # find steps in the pane one is in
            pane.view.anchorClicked.connect(open_link)
        self.link_map = LinkMap(self.state, self.views)
        self.link_map.difference_clicked.connect(self._difference_clicked)
        self.overview = Overview(self.state, self.views)
        self.overview.difference_clicked.connect(self._difference_clicked)
        self.sync = ScrollSync(self.views["left"], self.views["right"], lambda: self.state.comparison)
        compare_area = QWidget()
        row = QHBoxLayout(compare_area)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.panes["left"], 1)
        row.addWidget(self.link_map)
        row.addWidget(self.panes["right"], 1)
        row.addWidget(self.overview)
        self.inline_pane = ArticlePane("inline")
        self.inline_pane.setAcceptDrops(False)
        self.inline_pane.view.state = self.state
        self.inline_pane.view.difference_clicked.connect(self._difference_clicked)
        self.inline_pane.view.verticalScrollBar().valueChanged.connect(self._view_scrolled)
        self.stack = QStackedWidget()
        self.stack.addWidget(compare_area)
        self.stack.addWidget(self.inline_pane)
        self.panel = DifferencesPanel()
        self.panel.set_kinds(self.state.kinds)
        self.panel.difference_chosen.connect(lambda i: self.select_difference(i))
        self.panel.facts_first_changed.connect(self.state.set_facts_first)
        self.facts_panel = FactsPanel()
        self.scan_panel = ScanPanel()
        # The side column: the differences, the facts and the copies found, as tabs.
        self.side_tabs = SideTabs()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.panel, translate("WindowExtras", "Differences"))
        self.side_tabs.addTab(self.facts_panel, translate("WindowExtras", "Facts"))
        self.side_tabs.addTab(self.scan_panel, translate("ScanWindow", "Copies"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)
        self.message = MessageBar()
        self.banner = Banner()  # the review's questions and notices (ui/review/controller.py)
        self.find_bar = FindBar()
        self.find_bar.hide()
        central = QWidget()
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.message)
        col.addWidget(self.banner)
        col.addWidget(self.splitter, 1)
        col.addWidget(self.find_bar)
        self.setCentralWidget(central)
        # Shortened with … when the window is narrow or a status message needs the room.
        self.summary = ElidedLabel(mode=Qt.TextElideMode.ElideRight, tooltip=True)
        self.summary.setObjectName("summary")
        self.summary.setContentsMargins(16, 0, 6, 0)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Comparing…"))
        self.busy_label.hide()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.summary)  # stays while messages come and go
        self.summary_bar = SummaryBar()  # what the copy is made of, at a glance
        self.statusBar().addPermanentWidget(self.summary_bar)
        QWidget.setTabOrder(self.views["left"], self.views["right"])
        QWidget.setTabOrder(self.views["right"], self.panel.list)

    def sizeHint(self) -> QSize:
        return QSize(1500, 950)

    def describe(self, diff_id: int) -> str:
        """One or two lines about a difference, for tooltips and the status bar (ui/shell/status.py)."""
        return self.status.describe(diff_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.status.make_room_for_message(self.statusBar().currentMessage())

    # ---- the reader state, read where tests and scripts look (rooms read window.state) --------

    @property
    def comparison(self) -> Comparison | None:
        """The comparison on screen (``state.comparison``)."""
        return self.state.comparison

    @property
    def sources(self) -> dict[Side, Document | None]:
        """The documents on screen, by side (``state.sources``)."""
        return self.state.sources

    @property
    def current_id(self) -> int | None:
        """The current difference's id (``state.current_id``)."""
        return self.state.current_id

    @property
    def kinds(self) -> set[str]:
        """The kinds shown (``state.kinds``)."""
        return self.state.kinds

    @property
    def show_furniture(self) -> bool:
        """Whether page furniture is listed (``state.show_furniture``)."""
        return self.state.show_furniture

    @property
    def order(self) -> list[Difference]:
        """The differences listed, in the order F8 steps (``state.order``)."""
        return self.state.order

    @property
    def inline(self) -> InlineText | None:
        """The redline's layout (``state.inline``)."""
        return self.state.inline

    @property
    def fact_marks(self) -> FactMarks:
        """Which difference changes which fact (``state.fact_marks``)."""
        return self.state.fact_marks

    # ---- loading ------------------------------------------------------------

    def load_pair(self, left: Source | None, right: Source | None) -> None:
        """Show an original and a copy (paths or Documents; None keeps that side): ``comparing``."""
        self.comparing.load_pair(left, right)

    def load(self, side: Side, source: Source) -> None:
        """Show ``source`` (a path or a Document) on ``side``, keeping the other side."""
        self.comparing.load(side, source)

    def submit_sources(self, left: Source | None, right: Source | None, keep_view: bool = False) -> None:
        """Compare ``left`` and ``right`` (ui/shell/comparing.py)."""
        self.comparing.submit_sources(left, right, keep_view)

    def recompare(self) -> None:
        """Compare the texts on screen again (new options, zoom or theme), keeping the view."""
        self.comparing.recompare()

    def update_title(self) -> None:
        """The window title: project, original ↔ copy, and the unsaved mark."""
        self.comparing.update_title()

    # ---- refreshing the views -------------------------------------------------

    def refresh_views(self) -> None:
        """Redo the list, counts, summary and maps from the state's comparison and order."""
        state = self.state
        self.panel.set_fact_marks(state.fact_marks)
        self.panel.set_counts(state.counts())
        self.panel.show_differences(state.comparison, state.order, state.current_id, state.paragraph_numbers())
        self.status.update_summary()
        self.repaint_maps()

    def repaint_maps(self) -> None:
        """Repaint the link map, the overview and the gutters (they read the state)."""
        self.link_map.update()
        self.overview.update()
        for view in (*self.views.values(), self.inline_pane.view):
            view.gutter.update()

    def _view_scrolled(self) -> None:
        self.repaint_maps()

    def _current_changed(self, diff_id: int | None) -> None:
        if diff_id is None:  # a filter hid it, or another comparison came
            for view in (*self.views.values(), self.inline_pane.view):
                view.set_current([], flash=False)

    # ---- selecting and moving between differences ---------------------------

    def _difference_clicked(self, diff_id: int, origin: ViewSide | None = None) -> None:
        """A pane, gutter, band or overview mark was clicked: go there (the pane clicked stays)."""
        self.select_difference(diff_id, origin=origin)

    def select_difference(self, diff_id: int, origin: ViewSide | None = None,
                          flash: bool = True) -> None:
        """Make a difference current: scroll both panes to it, flash it, sync the list
        (ui/shell/stepper.py)."""
        self.stepper.select(diff_id, origin, flash)

    # ---- file actions -------------------------------------------------------

    def start_dir(self) -> str:
        """Where the open dialogs start (ui/shell/file_actions.py)."""
        return self.files.start_dir()

    def handle_files(self, paths: list[str], side: Side | None = None) -> None:
        """Load dropped or given files: two fill both sides, one ``side`` (or the empty one)."""
        if self.scan.folder_dropped(paths, side):  # a folder: scanned for copies (ui/shell/scan_window.py)
            return
        self.files.handle_files(paths, side)

    # ---- view actions ---------------------------------------------------------

    @property
    def inline_mode(self) -> bool:
        """Whether the redline is shown instead of the two panes."""
        return self.stack.currentWidget() is self.inline_pane

    def _note_active(self, side: Side) -> None:
        self.finder.active_side = side

    # ---- drops on the window, theme changes, settings -------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.handle_files(paths, None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ThemeChange):
            dark = is_dark(self.palette())
            if dark != self.dark:
                self.dark = dark
                QTimer.singleShot(0, self.recompare)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.review.may_close():  # unsaved notes: Save / Discard / Cancel
            event.ignore()
            return
        settings.put("window/geometry", self.saveGeometry())
        settings.put("window/splitter", self.splitter.saveState())
        self.runner.shutdown()  # nobody wants the answers: children end now
        self.runner.wait(3000)
        super().closeEvent(event)

    def text_point(self, side: Side, offset: int) -> QPoint:
        """Where an offset is drawn, in the view's viewport (tests, tooltips)."""
        view = self.views[side]
        return QPoint(view.viewport().width() // 2, view.y_of(offset) + 2)

    def wait_idle(self, msecs: int = 10000) -> Any:
        """Block until no job of the window runs (tests)."""
        return self.worker.wait(msecs)

