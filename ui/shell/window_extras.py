"""The window's page-furniture switch, Facts panel, summary bar, borrowed passages and help,
as a mixin.

``MainWindow`` inherits ``WindowExtras`` and calls ``_install_extras()``
once its actions exist; everything here lives outside ``main_window.py`` so
that file stays small. Handlers named in ``ui.shell.actions`` are methods here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTabWidget, QWidget

from app import Comparison, Difference
from app.facts import FactReport
from ui import settings
from ui.panels.facts import FactsPanel, FactsWorker, entry_description
from ui.panels.summary_bar import SummaryBar
from ui.panes import furniture
from ui.review.fact_reviewing import FactReviewing
from ui.shell.accessibility import describe_comparison, describe_window
from ui.shell.passage_steps import PassageSteps

if TYPE_CHECKING:  # pragma: no cover
    from ui.jobs.compare import Result
    from ui.shell.host import ReaderWindow as _Base
else:
    _Base = object

SELECT_LINE = 0.3  # as ui.shell.main_window: where a chosen fact is placed in each pane


class SideTabs(QTabWidget):
    """The side column's tabs, without a full repaint for every layout request from inside.

    QTabWidget lays itself out again and repaints all of itself (list, chips,
    editor) at every LayoutRequest, and one arrives at every step through the
    differences: the note editor's header takes the new difference's text,
    and a layout inside asks all its parents again. A request
    that leaves the tab bar's size hint as it was only passes the request on
    to the parents (``updateGeometry``, as QTabWidget would): the pages have
    laid themselves out already, and the tab bar and page keep their places.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar_hint: QSize | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            hint = self.tabBar().sizeHint()
            if hint == self._bar_hint:
                self.updateGeometry()
                return True
            self._bar_hint = hint
        return super().event(event)


class WindowExtras(_Base):
    """Mixed into MainWindow (which provides state, actions_by_name, ...)."""

    def _install_extras(self) -> None:
        """Build the extra widgets and restore their settings (actions exist by now)."""
        action = self.actions_by_name.get("show_furniture")
        if action is not None:
            action.setChecked(self.state.show_furniture)
        # The differences panel and the Facts panel share the side column, as tabs.
        self.facts_panel = FactsPanel()
        self.facts_panel.entry_chosen.connect(self.select_fact)
        self.fact_reviewing = FactReviewing(self.review, self.facts_panel)  # verdicts and notes on facts
        self.side_tabs = SideTabs()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        at = self.splitter.indexOf(self.panel)
        self.side_tabs.addTab(self.panel, QCoreApplication.translate("WindowExtras", "Differences"))
        self.side_tabs.addTab(self.facts_panel, QCoreApplication.translate("WindowExtras", "Facts"))
        self.splitter.insertWidget(at, self.side_tabs)
        self.splitter.setCollapsible(at, True)
        QWidget.setTabOrder(self.views["right"], self.panel.list)  # Tab: original, copy, list
        self.facts_worker = FactsWorker(self, self.runner)
        self.facts_worker.finished.connect(self._facts_arrived)
        self.summary_bar = SummaryBar()
        self.statusBar().addPermanentWidget(self.summary_bar)
        self.passage_steps = PassageSteps(self)  # Go → Next Borrowed Passage (ui/shell/passage_steps.py)
        describe_window(self)  # accessible names and descriptions (ui/shell/accessibility.py)

    def next_passage(self) -> None:
        """Go → Next Borrowed Passage (the actions exist before ``passage_steps``)."""
        self.passage_steps.next_passage()

    def previous_passage(self) -> None:
        """Go → Previous Borrowed Passage."""
        self.passage_steps.previous_passage()

    # ---- page furniture --------------------------------------------------------

    def toggle_furniture(self, on: bool | None = None) -> None:
        """View → Show Page Furniture: list, map and step through furniture too (still dimmed)."""
        action = self.actions_by_name["show_furniture"]
        on = action.isChecked() if on is None else on
        action.setChecked(on)
        settings.put("view/furniture", on)
        self.state.set_show_furniture(on)  # a current furniture difference is let go
        comparison = self.state.comparison
        hidden = furniture.count_hidden(comparison.differences) if comparison else 0
        if hidden:
            if on:
                text = QCoreApplication.translate(
                    "WindowExtras", "Page furniture shown, dimmed: {n} differences.")
            else:
                text = QCoreApplication.translate(
                    "WindowExtras", "Page furniture hidden: {n} differences.")
            text = text.format(n=hidden)
            self.statusBar().showMessage(text, 4000)

    def furniture_summary(self) -> str:
        """The status-bar note about page furniture ("" when there is none)."""
        comparison = self.state.comparison
        hidden = furniture.count_hidden(comparison.differences) if comparison else 0
        if not hidden:
            return ""
        if self.state.show_furniture:
            text = QCoreApplication.translate("WindowExtras", "{n} in page furniture (shown, not counted)")
        else:
            text = QCoreApplication.translate("WindowExtras", "{n} in page furniture (hidden)")
        return " · " + text.format(n=hidden)

    def counted(self, diff: Difference) -> bool:
        """Whether a difference counts in the status-bar figures: never page furniture."""
        return not diff.furniture

    # ---- the side column: Differences and Facts tabs ------------------------------

    def _side_visible(self, on: bool) -> None:
        """View → Differences Panel (F4) shows or hides the whole side column."""
        self.side_tabs.setVisible(on)
        if on:
            self.panel.setVisible(True)

    def show_side_tab(self, widget: QWidget) -> None:
        """Bring a side panel to the front (showing the column if hidden)."""
        if not self.side_tabs.isVisible():
            action = self.actions_by_name["show_panel"]
            action.setChecked(True)
            self.toggle_panel()
        self.side_tabs.setCurrentWidget(widget)

    # ---- facts -----------------------------------------------------------------------

    def _comparison_arrived(self, result: Result) -> None:
        """A comparison was shown: check its facts in the background, redraw the bar."""
        if result.error:
            return
        describe_comparison(self)
        state = self.state  # its fact marks were cleared with the new comparison
        self.summary_bar.set_shares(state.shares)
        self.panes["right"].set_borrowing(self.status.borrowing(short=True))
        if state.comparison is not None:
            self.facts_panel.set_busy()
        # Next turn of the event loop, once the comparison is painted: starting the check
        # (for short texts, the check itself, in a thread) would slow that first paint.
        QTimer.singleShot(0, self, lambda c=state.comparison: self._check_facts(c))

    def _check_facts(self, comparison: Comparison | None) -> None:
        state = self.state
        if comparison is state.comparison:  # else a newer comparison's own call follows
            self.facts_worker.submit(comparison, state.derived.pickled if state.derived is not None else None)

    def _facts_arrived(self, comparison: Comparison | None, report: FactReport | str | None) -> None:
        state = self.state
        if comparison is not state.comparison:
            return  # an older comparison's facts
        self.facts_panel.set_report(comparison, report, state.paragraph_numbers())
        self.fact_reviewing.refresh()
        # The list's ⚠ rows and "Facts first", the gutters' ⚠ (filter_changed: refresh_views).
        state.set_facts(comparison, report if isinstance(report, FactReport) else None)
        for view in self.views.values():
            view.viewport().update()
            view.gutter.update()
        if isinstance(report, FactReport):
            summary = report.summary()
            urgent = sum(summary[s] for s in ("missing", "altered", "unsourced"))
            title = QCoreApplication.translate("WindowExtras", "Facts ({n})").format(n=urgent)
        else:
            urgent, title = 0, ""
        if not urgent:
            title = QCoreApplication.translate("WindowExtras", "Facts")
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.facts_panel), title)

    def select_fact(self, entry_id: int) -> None:
        """Select a fact in both panes (or where the pane would have it) and scroll to it; the
        difference it lies in becomes the current one (framed, and current in the list)."""
        comparison, report = self.state.comparison, self.facts_panel.report
        entry = report.entry(entry_id) if report is not None else None
        if comparison is None or entry is None or self.facts_panel.comparison is not comparison:
            return
        if self.inline_mode:  # facts are placed side by side
            self.toggle_inline(False)
        from app.facts import jump_span

        marks = self.state.fact_marks
        links = marks.links if marks.comparison is comparison else None
        shown = [d for i in (links.differences_of(entry_id) if links is not None else ())
                 if (d := comparison.difference(i)) is not None and self.state.shows(d)]
        if shown:
            self.select_difference(shown[0].id, flash=False)

        with self.sync.locked():
            for side in ("left", "right"):
                view = self.views[side]
                start, end = jump_span(comparison, entry, side)
                cursor = QTextCursor(view.document())
                cursor.setPosition(view.position(start))
                cursor.setPosition(view.position(end), QTextCursor.MoveMode.KeepAnchor)
                view.setTextCursor(cursor)
                view.scroll_offset_to(start, view.viewport().height() * SELECT_LINE)
        self.facts_panel.set_current(entry_id)
        self.statusBar().showMessage(entry_description(comparison, entry, self.state.paragraph_numbers())
                                     .replace("\n", " — "), 8000)
        self.repaint_maps()

    def next_fact(self) -> None:
        """Go → Next Fact (F9): the next fact of the Facts list."""
        self._step_fact(True)

    def previous_fact(self) -> None:
        """Go → Previous Fact (Shift+F9)."""
        self._step_fact(False)

    def _step_fact(self, forward: bool) -> None:
        if self.facts_panel.report is None:
            self.statusBar().showMessage(QCoreApplication.translate("WindowExtras", "No facts to go to yet."), 4000)
            return
        if self.side_tabs.isVisible():
            self.side_tabs.setCurrentWidget(self.facts_panel)
        if self.facts_panel.step(forward) is None:
            if forward:
                text = QCoreApplication.translate("WindowExtras", "This is the last fact listed.")
            else:
                text = QCoreApplication.translate("WindowExtras", "This is the first fact listed.")
            self.statusBar().showMessage(text, 4000)

    # ---- help ------------------------------------------------------------------------

    def show_user_guide(self) -> None:
        """Help → User Guide: the manual, rendered read-only (ui/dialogs/help.py)."""
        from ui.dialogs.help import show_user_guide  # on demand: faster start

        self.user_guide = show_user_guide(self)

    def focus_facts(self) -> None:
        """View → Focus Facts List (Ctrl+4)."""
        self.show_side_tab(self.facts_panel)
        self.facts_panel.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
