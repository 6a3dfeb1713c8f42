"""The main window: two linked panes, the link map, the overview and the differences panel.

The window holds the current comparison (an immutable value) and which
difference is current; every widget asks it what to draw. Comparing runs
in ``ui.jobs.compare``; actions come from ``ui.shell.actions``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import CompareOptions, Comparison, Difference, Document
from app.vocabulary import open_patterns
from ui import settings
from ui.documents_io import DocumentError, from_text
from ui.jobs.compare import CompareWorker, Request, Result, Source
from ui.jobs.runner import Runner
from ui.palette import KINDS, STYLES, is_dark, kind_label, kind_meaning, kind_word
from ui.panels.differences import DifferencesPanel, paragraph_number
from ui.panes import furniture
from ui.panes.article import ArticlePane, ElidedLabel, TextView
from ui.panes.drop import drop_targets, dropped_paths
from ui.panes.highlighting import build_document
from ui.panes.inline_view import InlineText, build_inline_document
from ui.panes.link_map import LinkMap
from ui.panes.overview import Overview
from ui.panes.scroll_sync import ScrollSync
from ui.review.controller import ReviewController
from ui.review.fact_marks import FactMarks, copy_to_clipboard
from ui.review.navigation import SpanIndex, reading_order, step
from ui.review.review_actions import ReviewActions
from ui.shell.actions import SENSITIVITY, build_actions
from ui.shell.find_bar import FindBar
from ui.shell.scan_window import ScanWindow
from ui.shell.window_extras import WindowExtras
from ui.style import style_window

FILE_PATTERNS = open_patterns()  # every format of app/vocabulary.py (PDF was missing)
SELECT_LINE = 0.3  # where a selected difference is placed, as a fraction of the pane height
MAX_FIND_HITS = 5000


def file_filter() -> str:
    """The open dialogs' filter, in the user's language."""
    return (QCoreApplication.translate("MainWindow", "Texts ({patterns})").format(patterns=FILE_PATTERNS) + ";;"
            + QCoreApplication.translate("MainWindow", "All files (*)"))


def open_link(url: QUrl) -> None:
    """Open a link the reader clicked, in the browser; only web and mail links."""
    if url.scheme() in ("http", "https", "mailto"):
        QDesktopServices.openUrl(url)


class MessageBar(QFrame):
    """A dismissable line above the panes for problems (a bad file) and notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(QCoreApplication.translate("MainWindow", "Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str, level: str = "error") -> None:
        self.setProperty("level", level)
        mark = "⚠ " if level == "error" else "ℹ "
        self.label.setText(mark + text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


class MainWindow(ReviewActions, WindowExtras, ScanWindow, QMainWindow):
    """Verso's reader window."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Verso")
        self.setObjectName("verso")
        self.comparison: Comparison | None = None
        self.sources: dict[str, Document | None] = {"left": None, "right": None}
        self.current_id: int | None = None
        self.kinds: set[str] = set(settings.get("view/kinds")) & set(KINDS) or set(KINDS)
        self.options: CompareOptions = settings.compare_options()
        self.zoom: int = settings.get("view/zoom")
        self.inline: InlineText | None = None
        self.order: list[Difference] = []
        self._dark = is_dark()
        self._pending_paths: dict[str, str] = {}
        self._keep_view = False
        self._index: tuple[Comparison | None, dict[str, SpanIndex]] = (None, {})
        self._order_all: tuple[Comparison | None, list[Difference]] = (None, [])
        self.runner = Runner(self)  # every job off the GUI thread (ui/jobs/runner.py)
        self.fact_marks = FactMarks()  # which difference changes which fact (ui/review/fact_marks.py)
        self._build_widgets()
        self.actions_by_name = build_actions(self)
        self.review = ReviewController(self)  # ui/review/controller.py: notes, projects
        self._install_extras()  # ui/shell/window_extras.py: furniture, facts, summary bar, help
        self._install_scan()  # ui/shell/scan_window.py: File → Scan Copies…, the Copies tab
        style_window(self)  # the style sheet, on the few widgets it styles (ui/style.py)
        self._restore_settings()
        self.worker = CompareWorker(self, self.runner)
        self.worker.finished.connect(self._on_result)
        self.worker.busy_changed.connect(self._on_busy)
        self.worker.finished.connect(self._comparison_arrived)  # facts, summary bar (window_extras)
        self.setAcceptDrops(True)
        self._refresh_all()

    # ---- building -----------------------------------------------------------

    def _build_widgets(self) -> None:
        self.panes = {side: ArticlePane(side) for side in ("left", "right")}
        self.views: dict[str, TextView] = {s: p.view for s, p in self.panes.items()}
        for side, pane in self.panes.items():
            pane.view.host = self
            pane.files_dropped.connect(self.handle_files)
            pane.text_dropped.connect(self._text_dropped)
            pane.view.verticalScrollBar().valueChanged.connect(self._view_scrolled)
            pane.view.cursorPositionChanged.connect(lambda s=side: self._note_active(s))
            pane.view.focus_entered.connect(self._note_active)  # find steps in the pane one is in
            pane.view.anchorClicked.connect(open_link)
        self.link_map = LinkMap(self)
        self.overview = Overview(self)
        self.sync = ScrollSync(self.views["left"], self.views["right"], lambda: self.comparison)
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
        self.inline_pane.view.host = self
        self.inline_pane.view.verticalScrollBar().valueChanged.connect(self._view_scrolled)
        self.stack = QStackedWidget()
        self.stack.addWidget(compare_area)
        self.stack.addWidget(self.inline_pane)
        self.panel = DifferencesPanel()
        self.panel.set_kinds(self.kinds)
        self.panel.difference_chosen.connect(lambda i: self.select_difference(i))
        self.panel.kinds_changed.connect(self._kinds_changed)
        self.panel.facts_first_changed.connect(lambda _on: self._refresh_all())
        self.panel.copy_requested.connect(self.copy_differences)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1200, 320])
        self.message = MessageBar()
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.changed.connect(self._find_changed)
        self.find_bar.next_requested.connect(self.find_next)
        self.find_bar.previous_requested.connect(self.find_previous)
        self.find_bar.closed.connect(self._find_closed)
        central = QWidget()
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.message)
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
        self.statusBar().messageChanged.connect(self._make_room_for_message)
        QWidget.setTabOrder(self.views["left"], self.views["right"])
        QWidget.setTabOrder(self.views["right"], self.panel.list)
        self._active_side = "right"
        self._find_pos: dict[str, int] = {}

    def sizeHint(self) -> QSize:
        return QSize(1500, 950)

    def _make_room_for_message(self, text: str) -> None:
        """A status message ("This is the last difference.") gets the room it needs: the
        permanent summary takes it all in a window under ~1400 px, so it is shortened meanwhile."""
        if not text:
            self.summary.setMaximumWidth(16777215)
            return
        bar = self.statusBar()
        others = sum(w.sizeHint().width() + 6 for w in (self.summary_bar, self.busy, self.busy_label)
                     if w.isVisible())
        needed = bar.fontMetrics().horizontalAdvance(text) + 40  # the message's margins, the grip
        self.summary.setMaximumWidth(max(0, bar.width() - needed - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._make_room_for_message(self.statusBar().currentMessage())

    # ---- what the views ask -------------------------------------------------

    def differences_on(self, side: str, start: int, end: int) -> list[Difference]:
        """Differences (of the kinds shown) with text on ``side`` in [start, end)."""
        comparison = self.comparison
        if comparison is None:
            return []
        if side == "inline":
            if self.inline is None:
                return []
            out = []
            for diff_id, (s, e) in self.inline.spans.items():
                diff = comparison.difference(diff_id)
                if diff and self.shows(diff) and s < end and start < e:
                    out.append(diff)
            return out
        if self._index[0] is not comparison or not self._index[1]:
            self._index = (comparison, {s: SpanIndex(comparison, s) for s in ("left", "right")})
        return [d for d in self._index[1][side].overlapping(start, end) if self.shows(d)]

    def span_on(self, side: str, diff: Difference) -> tuple[int, int] | None:
        """Where a difference is in a view's text ("left", "right" or the "inline" redline)."""
        if side == "inline":
            return self.inline.spans.get(diff.id) if self.inline is not None else None
        return diff.span(side)  # type: ignore[arg-type]

    def fact_changes(self, diff_id: int) -> list[str]:
        """What a difference does to facts ("53% → 35%"), for the gutters' ⚠ and tooltips."""
        return self.fact_marks.changes(diff_id)

    def facts_on(self, side: str, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
        """Facts to check on a side, overlapping [start, end): framed in the panes."""
        return self.fact_marks.facts_on(side, start, end)

    def copy_differences(self, ids: list[int]) -> None:
        """Edit → Copy in the list (Ctrl+C, context menu): the differences as text and HTML."""
        comparison = self.comparison
        diffs = [d for i in ids if comparison is not None and (d := comparison.difference(i)) is not None]
        if comparison is None or not diffs:
            return
        copy_to_clipboard(comparison, diffs, self.review.placed_annotations, self.fact_marks)
        self.statusBar().showMessage(self.tr("Copied {n} difference(s) as text and HTML.").format(n=len(diffs)),
                                     4000)

    def describe(self, diff_id: int) -> str:
        """One or two lines about a difference, for tooltips and the status bar."""
        comparison = self.comparison
        diff = comparison.difference(diff_id) if comparison else None
        if comparison is None or diff is None:
            return ""
        style = STYLES[diff.kind]
        text = f"{style.glyph} {kind_label(diff.kind)}: {kind_meaning(diff.kind)}"
        if diff.furniture:
            text += f"\n{furniture.label()}: {furniture.meaning()}"
        if diff.kind == "duplicated" and diff.duplicate_of:
            first = comparison.right.text[diff.duplicate_of[0]:diff.duplicate_of[1]]
            first = " ".join(first.split())
            first = first if len(first) < 120 else first[:119] + "…"
            para = paragraph_number(comparison, "right", diff.duplicate_of[0])
            text += "\n" + self.tr("First occurrence, copy ¶{n}: “{text}”").format(n=para, text=first)
        if diff.kind in ("changed", "moved") and diff.similarity is not None:
            text += "\n" + self.tr("{share} alike").format(
                share=f"{diff.similarity:.0%}")
        facts = self.fact_marks.changes(diff_id)
        if facts:
            text += "\n" + self.tr("\u26a0 Facts: {changes}").format(changes=" · ".join(facts))
        return text

    # ---- loading ------------------------------------------------------------

    def load_pair(self, left: Source | None, right: Source | None) -> None:
        """Show an original and a copy (paths or Documents; None keeps that side)."""
        self._submit(left if left is not None else self.sources["left"],
                     right if right is not None else self.sources["right"])

    def load(self, side: str, source: Source) -> None:
        if side == "left":
            self.load_pair(source, None)
        else:
            self.load_pair(None, source)

    def _submit(self, left: Source | None, right: Source | None, keep_view: bool = False) -> None:
        if not self.review.accept_sources(left, right):  # a .verso path; unsaved notes kept
            return
        self.note_pending(left, right)
        self.message.hide()  # a new request: the last one's problem is past (a notice may follow)
        self._keep_view = keep_view
        base = self.views["right"].palette().color(QPalette.ColorRole.Base).name()
        self.worker.submit(Request(left, right, self.options, self._dark, self.zoom, base))

    def note_pending(self, left: Source | None, right: Source | None) -> None:
        """Remember which paths the request on its way came from (for Recent Comparisons)."""
        self._pending_paths = {s: v for s, v in (("left", left), ("right", right))
                               if isinstance(v, str)}

    def recompare(self) -> None:
        if self.sources["left"] or self.sources["right"]:
            self._submit(self.sources["left"], self.sources["right"], keep_view=True)

    def _on_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _on_result(self, result: Result) -> None:
        if result.error:
            self.review.sources_failed()  # the texts on screen keep their review
            self.message.show_message(
                result.error + ("" if self.comparison is None and not any(self.sources.values())
                                else self.tr(" — the current texts are unchanged.")))
            return
        keep = {}
        if self._keep_view:
            keep = {s: v.offset_at(0) for s, v in self.views.items() if v.document_model}
        same_docs = all(
            (getattr(result, s) is None and self.sources[s] is None)
            or (getattr(result, s) is not None and self.sources[s] is not None
                and getattr(result, s).sha256 == self.sources[s].sha256)  # type: ignore[union-attr]
            for s in ("left", "right"))
        self.sources = {"left": result.left, "right": result.right}
        self.comparison = result.comparison
        self._index = (result.comparison, result.index)
        self._order_all = (result.comparison, result.order)
        stale = (self.comparison is None or self.current_id is None
                 or self.comparison.difference(self.current_id) is None)
        if not same_docs or stale:
            self.current_id = None
        for side in ("left", "right"):
            qdoc = getattr(result, f"{side}_qdoc") or build_document(None, None, side, self._dark)
            self.panes[side].set_document(getattr(result, side), qdoc, result.words.get(side))
        for side, offset in keep.items():
            self.views[side].scroll_offset_to(offset, 0)
        # Every pair of files compared goes to Recent, however it came: one request for both, or
        # Open Original then Open Copy, or one drop per pane (the documents keep their paths).
        paths = [self._pending_paths.get(s) or (doc.path if (doc := self.sources[s]) is not None else None)
                 for s in ("left", "right")]
        if paths[0] and paths[1] and self.comparison is not None:
            pair = (str(Path(paths[0]).resolve()), str(Path(paths[1]).resolve()))
            QTimer.singleShot(0, lambda: settings.add_recent(*pair))  # disk writes: next turn
        self.review.comparison_arrived()  # annotations placed on this comparison
        self._update_title()
        self._refresh_all()
        if self.inline_mode:
            self._build_inline()
        if self.find_bar.isVisible() and self.find_bar.field.text():
            self._find_changed()
        if self.current_id is not None:
            self.select_difference(self.current_id, flash=False)

    def _update_title(self) -> None:
        names = [d.name if d else "…" for d in (self.sources["left"], self.sources["right"])]
        if any(self.sources.values()):
            self.setWindowTitle(f"{self.review.title_prefix()}{names[0]} ↔ {names[1]}[*] — Verso")
        else:
            self.setWindowTitle("Verso")

    # ---- refreshing the views -------------------------------------------------

    def _refresh_all(self) -> None:
        comparison = self.comparison
        if comparison is not None and self._order_all[0] is not comparison:
            self._order_all = (comparison, reading_order(comparison))
        self.order = ([d for d in self._order_all[1] if self.shows(d)]
                      if comparison else [])
        self.order = self.review.filter_order(self.order)  # the panel's verdict filter
        if self.panel.facts_first:
            self.order = self.fact_marks.order(self.order)
        self.panel.set_fact_marks(self.fact_marks)
        counts: dict[str, int] = {}
        for diff in comparison.differences if comparison else ():
            if self.show_furniture or not diff.furniture:
                counts[diff.kind] = counts.get(diff.kind, 0) + 1
        self.panel.set_counts(counts)
        self.panel.show_differences(comparison, self.order, self.current_id)
        self._update_summary()
        self._repaint_maps()

    def _update_summary(self) -> None:
        comparison = self.comparison
        if comparison is None:
            missing = tuple(s for s in ("left", "right") if self.sources[s] is None)
            self.summary.setText({
                ("left", "right"): self.tr("Open or drop the original and the copy to compare."),
                ("left",): self.tr("Open or drop the original to compare."),
                ("right",): self.tr("Open or drop the copy to compare."),
            }.get(missing, ""))
            return
        s = comparison.summary
        counted = [d for d in comparison.differences if self.counted(d)]  # page furniture aside
        omissions = sum(1 for d in counted if d.kind == "omitted")
        self.summary.setText("    ".join((
            self.tr("Copy: {reused} reused from the original · {added} added · {duplicated} duplicated").format(
                reused=f"{s.reused:.0%}", added=f"{s.added:.0%}", duplicated=f"{s.duplicated:.0%}"),
            self.tr("Original: %n omission(s) ({share} of its text)", "", omissions).format(
                share=f"{s.omitted:.0%}"),
            self.tr("%n difference(s)", "", len(counted)))) + self.furniture_summary())

    def _repaint_maps(self) -> None:
        self.link_map.update()
        self.overview.update()
        for view in (*self.views.values(), self.inline_pane.view):
            view.gutter.update()

    def _view_scrolled(self) -> None:
        self._repaint_maps()

    def toggle_kind(self, name: str) -> None:
        """View → Show <kind>: the same switch as the legend chip."""
        kind = name.removeprefix("show_")
        on = self.actions_by_name[name].isChecked()
        self.panel.set_kinds(self.kinds | {kind} if on else self.kinds - {kind})

    def _kinds_changed(self, kinds: set[str]) -> None:
        self.kinds = set(kinds)
        for kind in KINDS:
            action = getattr(self, "actions_by_name", {}).get(f"show_{kind}")
            if action is not None:
                action.setChecked(kind in self.kinds)
        settings.put("view/kinds", sorted(self.kinds))
        if self.current_id is not None and self.comparison is not None:
            diff = self.comparison.difference(self.current_id)
            if diff is None or diff.kind not in self.kinds:
                self.current_id = None
                self._clear_current()
        self._refresh_all()

    def _clear_current(self) -> None:
        for view in (*self.views.values(), self.inline_pane.view):
            view.set_current([], flash=False)

    # ---- selecting and moving between differences ---------------------------

    def select_difference(self, diff_id: int, origin: str | None = None,
                          flash: bool = True) -> None:
        """Make a difference current: scroll both panes to it, flash it, sync the list."""
        comparison = self.comparison
        diff = comparison.difference(diff_id) if comparison else None
        if comparison is None or diff is None:
            return
        self.current_id = diff_id
        self.review.difference_selected(diff_id)  # the note editor follows
        if self.inline_mode and self.inline is not None:
            span = self.inline.spans.get(diff_id)
            view = self.inline_pane.view
            if span is not None:
                if origin != "inline":
                    view.scroll_offset_to(span[0], view.viewport().height() * SELECT_LINE)
                view.set_current([(span, diff.kind)], flash=flash)
        else:
            self._scroll_to(diff, origin)
            for side in ("left", "right"):
                spans = [(s, diff.kind) for s in [diff.span(side)] if s is not None]  # type: ignore[arg-type]
                if side == "right" and diff.duplicate_of is not None:
                    spans.append((diff.duplicate_of, "duplicated"))
                self.views[side].set_current(spans, flash=flash)
        self.panel.set_current(diff_id)
        self.statusBar().showMessage(self.describe(diff_id).replace("\n", " — "), 8000)
        self._repaint_maps()

    def _scroll_to(self, diff: Difference, origin: str | None) -> None:
        comparison = self.comparison
        assert comparison is not None
        points = {}
        for side, other in (("left", "right"), ("right", "left")):
            span = diff.span(side)  # type: ignore[arg-type]
            if span is not None:
                points[side] = span[0]
            else:
                other_span = diff.span(other)  # type: ignore[arg-type]
                assert other_span is not None
                points[side] = comparison.aligned_position(other, other_span[0])  # type: ignore[arg-type]
        with self.sync.locked():
            if origin in self.views:
                y = self.views[origin].y_of(points[origin])
                if not 0 <= y < self.views[origin].viewport().height():
                    y = int(self.views[origin].viewport().height() * SELECT_LINE)
                    self.views[origin].scroll_offset_to(points[origin], y)
            else:
                y = int(self.views["right"].viewport().height() * SELECT_LINE)
            for side in ("left", "right"):
                if side != origin:
                    self.views[side].scroll_offset_to(points[side], y)

    def _go(self, move: str, same_kind: bool = False) -> None:
        if not self.order:
            self.statusBar().showMessage(self.tr("No differences to go to."), 4000)
            return
        kind = None
        if same_kind and self.current_id is not None and self.comparison is not None:
            current = self.comparison.difference(self.current_id)
            kind = current.kind if current else None
        target = step(self.order, self.current_id, move, kind)
        if target is None:
            if kind:
                text = (self.tr("This is the last {kind} difference.") if move == "next" else
                        self.tr("This is the first {kind} difference.")).format(kind=kind_word(kind))
            else:
                text = (self.tr("This is the last difference.") if move == "next"
                        else self.tr("This is the first difference."))
            self.statusBar().showMessage(text, 4000)
            return
        self.select_difference(target.id)

    def go_first_occurrence(self) -> None:
        """Scroll the copy to the first occurrence of the selected duplicated passage."""
        comparison = self.comparison
        diff = comparison.difference(self.current_id) if comparison and self.current_id else None
        if diff is None or diff.duplicate_of is None:
            self.statusBar().showMessage(
                self.tr("Select a duplicated passage first."), 4000)
            return
        view = self.views["right"]
        view.scroll_offset_to(diff.duplicate_of[0], view.viewport().height() * SELECT_LINE)
        view.set_current([(diff.duplicate_of, "duplicated")], flash=True)
        para = paragraph_number(comparison, "right", diff.duplicate_of[0])  # type: ignore[arg-type]
        self.statusBar().showMessage(
            self.tr("First occurrence of the repeat, copy ¶{n}; Alt+Down goes on from the repeat.").format(n=para),
            6000)

    def next_difference(self) -> None:
        self._go("next")

    def previous_difference(self) -> None:
        self._go("previous")

    def first_difference(self) -> None:
        self._go("first")

    def last_difference(self) -> None:
        self._go("last")

    def next_same_kind(self) -> None:
        self._go("next", same_kind=True)

    def previous_same_kind(self) -> None:
        self._go("previous", same_kind=True)

    # ---- file actions -------------------------------------------------------

    def _start_dir(self) -> str:
        """Where the Open dialogs start: the folder last opened from, else the texts' folder."""
        last = settings.get("files/last_folder")
        if last and Path(last).is_dir():
            return str(last)
        for doc in (self.sources["right"], self.sources["left"]):
            if doc is not None and doc.path:
                return str(Path(doc.path).parent)
        return str(Path.home())

    def _ask_path(self, title: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, title, self._start_dir(), file_filter())
        if path:
            settings.put("files/last_folder", str(Path(path).parent))
        return path

    def open_original(self) -> None:
        path = self._ask_path(self.tr("Open the Original"))
        if path:
            self.load("left", path)

    def open_copy(self) -> None:
        path = self._ask_path(self.tr("Open the Copy"))
        if path:
            self.load("right", path)

    def swap_sides(self) -> None:
        if not any(self.sources.values()):
            return
        self.current_id = None
        self._submit(self.sources["right"], self.sources["left"])

    def build_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        self.review.add_recent_projects(menu)
        pairs = settings.recent_pairs()
        for left, right in pairs:
            action = menu.addAction(f"{Path(left).name}  ↔  {Path(right).name}")
            action.setToolTip(f"{left}\n{right}")
            action.triggered.connect(lambda _c=False, a=left, b=right: self.load_pair(a, b))
        if not pairs:
            menu.addAction(self.tr("No recent comparisons")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Recent"), lambda: settings.put("recent", []))

    def quit_app(self) -> None:
        QApplication.closeAllWindows()

    def paste_original(self) -> None:
        self._paste("left")

    def paste_copy(self) -> None:
        self._paste("right")

    def _paste(self, side: str) -> None:
        """Paste as original/copy: the clipboard's HTML when present (ui/shell/clipboard.py), else its text."""
        from ui.shell.clipboard import clipboard_document

        name = (self.tr("Pasted original") if side == "left"
                else self.tr("Pasted copy"))
        try:
            document = clipboard_document(QGuiApplication.clipboard().mimeData(), name)
        except DocumentError as exc:
            self.message.show_message(str(exc))
            return
        self.load(side, document)

    def _text_dropped(self, text: str, side: str) -> None:
        name = (self.tr("Dropped original") if side == "left"
                else self.tr("Dropped copy"))
        try:
            document = from_text(text, name)
        except DocumentError as exc:
            self.message.show_message(str(exc))
            return
        self.load(side, document)

    def handle_files(self, paths: list[str], side: str | None = None) -> None:
        """Load dropped or given files: two fill both sides, one ``side`` (or the empty one)."""
        if self.folder_dropped(paths, side):  # a folder: scanned for copies (ui/shell/scan_window.py)
            return
        filled = {s: d is not None for s, d in self.sources.items()}
        targets = dict(drop_targets(paths, side, filled))
        if not targets:
            return
        self.load_pair(targets.get("left"), targets.get("right"))
        if len(paths) > 2:  # after the request, which clears the message bar
            self.message.show_message(self.tr(
                "%n files were dropped; the first two are compared (original, then copy).", "", len(paths)), "info")

    def copy_selection(self) -> None:
        """Edit → Copy (Ctrl+C): the selected text of a pane, or the differences selected in the list."""
        widget = QApplication.focusWidget()
        if isinstance(widget, TextView):
            widget.copy()
        elif widget is self.panel.list:
            self.copy_differences(self.panel.selected_ids())

    def select_all(self) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, TextView):
            widget.selectAll()

    # ---- view actions ---------------------------------------------------------

    @property
    def inline_mode(self) -> bool:
        return self.stack.currentWidget() is self.inline_pane

    def toggle_inline(self, on: bool | None = None) -> None:
        action = self.actions_by_name["inline"]
        on = action.isChecked() if on is None else on
        action.setChecked(on)
        settings.put("view/inline", on)
        self.stack.setCurrentWidget(self.inline_pane if on else self.stack.widget(0))
        self.link_map.setVisible(not on)
        if on:
            self._build_inline()
        if self.current_id is not None:
            self.select_difference(self.current_id, flash=False)

    def _build_inline(self) -> None:
        if self.comparison is None:
            self.inline = None
            self.inline_pane.set_document(None, QTextDocument())
            return
        qdoc, self.inline, document = build_inline_document(self.comparison, self._dark, self.zoom)
        self.inline_pane.set_document(document, qdoc)
        self.inline_pane.name.setText(self.tr("{copy}, against {original}").format(
            copy=self.comparison.right.name, original=self.comparison.left.name))
        self.inline_pane.info.setText(
            self.tr("struck: original's wording · underlined: copy's"))

    def toggle_linked_scrolling(self) -> None:
        on = self.actions_by_name["linked_scrolling"].isChecked()
        self.sync.enabled = on
        settings.put("view/linked_scrolling", on)
        if on:
            self.sync.follow(self.sync.last_side)

    def toggle_panel(self) -> None:
        on = self.actions_by_name["show_panel"].isChecked()
        self.panel.setVisible(on)
        self._side_visible(on)  # the Differences/Facts tabs (ui/shell/window_extras.py)
        settings.put("view/panel", on)

    def _set_zoom(self, zoom: int) -> None:
        self.zoom = max(-6, min(16, zoom))
        settings.put("view/zoom", self.zoom)
        self.recompare()

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom - 1)

    def zoom_reset(self) -> None:
        self._set_zoom(0)

    def focus_original(self) -> None:
        self.views["left"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_copy(self) -> None:
        (self.inline_pane.view if self.inline_mode else self.views["right"]).setFocus(
            Qt.FocusReason.ShortcutFocusReason)

    def focus_list(self) -> None:
        self.show_side_tab(self.panel)
        self.panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _note_active(self, side: str) -> None:
        self._active_side = side

    # ---- compare options --------------------------------------------------------

    def toggle_option(self, name: str) -> None:
        value = self.actions_by_name[name].isChecked()
        self.options = dataclasses.replace(self.options, **{name: value})
        settings.put(f"compare/{name}", value)
        self.recompare()

    def set_sensitivity(self, name: str) -> None:
        for other in SENSITIVITY:
            self.actions_by_name[other].setChecked(other == name)
        self.options = dataclasses.replace(self.options, sensitivity=SENSITIVITY[name])
        settings.put("compare/sensitivity", SENSITIVITY[name])
        self.recompare()

    # ---- find in both panes -----------------------------------------------------

    def _find_views(self) -> dict[str, TextView]:
        return {"inline": self.inline_pane.view} if self.inline_mode else dict(self.views)

    def show_find(self) -> None:
        focus = QApplication.focusWidget()  # Enter and F3 step through the pane one was in
        self._active_side = next((s for s, v in self.views.items() if v is focus), self._active_side)
        self.find_bar.open_bar()
        self._find_changed()

    def _find_changed(self) -> None:
        query = self.find_bar.query()
        flags = QTextDocument.FindFlag(0)
        if self.find_bar.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        counts = []
        self._find_hits: dict[str, list[tuple[int, int]]] = {}
        for side, view in self._find_views().items():
            hits: list[tuple[int, int]] = []
            if query:
                doc = view.document()
                cursor = doc.find(query, 0, flags)
                while not cursor.isNull() and len(hits) < MAX_FIND_HITS:
                    hits.append((view.omap.to_py(cursor.selectionStart()),
                                 view.omap.to_py(cursor.selectionEnd())))
                    cursor = doc.find(query, cursor, flags)
            self._find_hits[side] = hits
            view.set_find_hits(hits, None)
            counts.append({"left": self.tr("%n in the original", "", len(hits)),
                           "right": self.tr("%n in the copy", "", len(hits)),
                           "inline": self.tr("%n in the redline", "", len(hits))}[side])
        self._find_pos = {}
        self.find_bar.count.setText(" · ".join(counts) if query else "")

    def _find_step(self, forward: bool) -> None:
        if not self.find_bar.isVisible():
            self.show_find()
            return
        views = self._find_views()
        side = self._active_side if self._active_side in views else next(iter(views))
        hits = getattr(self, "_find_hits", {}).get(side, [])
        if not hits:
            others = [s for s in views if getattr(self, "_find_hits", {}).get(s)]
            if not others:
                return
            side, hits = others[0], self._find_hits[others[0]]
        view = views[side]
        index = self._find_pos.get(side, -1) + (1 if forward else -1)
        index %= len(hits)
        self._find_pos[side] = index
        view.set_find_hits(hits, hits[index])
        view.scroll_offset_to(hits[index][0], view.viewport().height() * SELECT_LINE)

    def find_next(self) -> None:
        self._find_step(True)

    def find_previous(self) -> None:
        self._find_step(False)

    def _find_closed(self) -> None:
        for view in (*self.views.values(), self.inline_pane.view):
            view.set_find_hits([], None)
        (self.inline_pane.view if self.inline_mode else self.views[self._active_side]).setFocus()

    # ---- help ---------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from ui.dialogs.shortcuts import show_shortcuts  # dialogs load on demand: faster start

        show_shortcuts(self)

    def show_about(self) -> None:
        from ui.dialogs.help import show_about  # versions and licences (issue 7)

        show_about(self)

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
            if dark != self._dark:
                self._dark = dark
                QTimer.singleShot(0, self.recompare)

    def _restore_settings(self) -> None:
        geometry = settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(self.sizeHint())
        splitter = settings.get("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.actions_by_name["linked_scrolling"].setChecked(settings.get("view/linked_scrolling"))
        self.sync.enabled = settings.get("view/linked_scrolling")
        self.actions_by_name["show_panel"].setChecked(settings.get("view/panel"))
        self.panel.setVisible(settings.get("view/panel"))
        self._side_visible(settings.get("view/panel"))
        for kind in KINDS:
            self.actions_by_name[f"show_{kind}"].setChecked(kind in self.kinds)
        for name in ("ignore_case", "ignore_punctuation", "ignore_typography"):
            self.actions_by_name[name].setChecked(getattr(self.options, name))
        for name, value in SENSITIVITY.items():
            self.actions_by_name[name].setChecked(abs(value - self.options.sensitivity) < 0.01)
        if settings.get("view/inline"):
            self.toggle_inline(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.review.may_close():  # unsaved notes: Save / Discard / Cancel
            event.ignore()
            return
        settings.put("window/geometry", self.saveGeometry())
        settings.put("window/splitter", self.splitter.saveState())
        self.runner.shutdown()  # nobody wants the answers: children end now
        self.runner.wait(3000)
        super().closeEvent(event)

    def text_point(self, side: str, offset: int) -> QPoint:
        """Where an offset is drawn, in the view's viewport (tests, tooltips)."""
        view = self.views[side]
        return QPoint(view.viewport().width() // 2, view.y_of(offset) + 2)

    def wait_idle(self, msecs: int = 10000) -> Any:
        return self.worker.wait(msecs)
