"""The Facts panel's side of the window (``window.facts``): the facts check of each comparison,
choosing and stepping through facts (Go → Next Fact), View → Focus Facts List.

The check runs on the window's runner (``FactsWorker``, the job "facts"); its report goes
to the Facts panel and, as marks, to the reader state (the list's ⚠ rows, "Facts first",
the gutters' ⚠, the frames in the panes). Its strings keep the context they had in the
window's former mixin ("WindowExtras"): the German catalogue has them there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor

from app import Comparison
from app.facts import FactReport
from app.vocabulary import SIDES
from ui.panels.facts import FactsWorker, entry_description
from ui.shell.accessibility import describe_comparison

if TYPE_CHECKING:  # pragma: no cover
    from app.facts import FactLinks
    from ui.jobs.compare import Result
    from ui.shell.host import ReaderWindow

SELECT_LINE = 0.3  # as ui.shell.stepper: where a chosen fact is placed in each pane
translate = QCoreApplication.translate  # lupdate reads translate("WindowExtras", "…") calls


class FactsActions(QObject):
    """The facts check and the Facts panel's actions, for one window."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.state)
        self.window = window
        self.state = window.state
        self.panel = window.facts_panel
        self.worker = FactsWorker(self, window.runner)
        self.worker.finished.connect(self._facts_arrived)
        self.panel.entry_chosen.connect(self.select_fact)

    def comparison_arrived(self, result: Result) -> None:
        """A comparison was shown: check its facts in the background, redraw the bars."""
        if result.error:
            return
        window, state = self.window, self.state  # the state's fact marks went with the old comparison
        describe_comparison(window)
        window.summary_bar.set_shares(state.shares)
        window.panes["right"].set_borrowing(window.status.borrowing(short=True))
        if state.comparison is not None:
            self.panel.set_busy()
        # Next turn of the event loop, once the comparison is painted: starting the check
        # (for short texts, the check itself, in a thread) would slow that first paint.
        QTimer.singleShot(0, self, lambda c=state.comparison: self._check_facts(c))

    def _check_facts(self, comparison: Comparison | None) -> None:
        state = self.state
        if comparison is state.comparison:  # else a newer comparison's own call follows
            self.worker.submit(comparison, state.derived.pickled if state.derived is not None else None)

    def _facts_arrived(self, comparison: Comparison | None, report: FactReport | str | None,
                       links: FactLinks | None = None) -> None:
        state, window = self.state, self.window
        if comparison is not state.comparison:
            return  # an older comparison's facts
        self.panel.set_report(comparison, report, state.paragraph_numbers())
        window.review.facts.refresh()  # the rows' verdicts and the fact editor (ui/review/fact_reviewing.py)
        # The list's ⚠ rows and "Facts first", the gutters' ⚠ (filter_changed: refresh_views).
        state.set_facts(comparison, report if isinstance(report, FactReport) else None, links)
        for view in window.views.values():
            view.viewport().update()
            view.gutter.update()
        if isinstance(report, FactReport):
            summary = report.summary()
            urgent = sum(summary[s] for s in ("missing", "altered", "unsourced"))
            title = translate("WindowExtras", "Facts ({n})").format(n=urgent)
        else:
            urgent, title = 0, ""
        if not urgent:
            title = translate("WindowExtras", "Facts")
        window.side_tabs.setTabText(window.side_tabs.indexOf(self.panel), title)

    def select_fact(self, entry_id: int) -> None:
        """Select a fact in both panes (or where the pane would have it) and scroll to it; the
        difference it lies in becomes the current one (framed, and current in the list)."""
        window = self.window
        comparison, report = self.state.comparison, self.panel.report
        entry = report.entry(entry_id) if report is not None else None
        if comparison is None or entry is None or self.panel.comparison is not comparison:
            return
        if window.inline_mode:  # facts are placed side by side
            window.view_actions.toggle_inline(False)
        from app.facts import jump_span

        marks = self.state.fact_marks
        links = marks.links if marks.comparison is comparison else None
        shown = [d for i in (links.differences_of(entry_id) if links is not None else ())
                 if (d := comparison.difference(i)) is not None and self.state.shows(d)]
        if shown:
            window.select_difference(shown[0].id, flash=False)

        with window.sync.locked():
            for side in SIDES:
                view = window.views[side]
                start, end = jump_span(comparison, entry, side)
                cursor = QTextCursor(view.document())
                cursor.setPosition(view.position(start))
                cursor.setPosition(view.position(end), QTextCursor.MoveMode.KeepAnchor)
                if view.laid_out:  # (else Qt would lay out all the text above the fact at once
                    view.setTextCursor(cursor)  # to show the cursor; the fact's frame marks it)
                view.scroll_offset_to(start, view.viewport().height() * SELECT_LINE)
        self.panel.set_current(entry_id)
        window.statusBar().showMessage(entry_description(comparison, entry, self.state.paragraph_numbers())
                                       .replace("\n", " — "), 8000)
        window.repaint_maps()

    def next_fact(self) -> None:
        """Go → Next Fact (F9): the next fact of the Facts list."""
        self._step_fact(True)

    def previous_fact(self) -> None:
        """Go → Previous Fact (Shift+F9)."""
        self._step_fact(False)

    def _step_fact(self, forward: bool) -> None:
        window = self.window
        if self.panel.report is None:
            window.statusBar().showMessage(translate("WindowExtras", "No facts to go to yet."), 4000)
            return
        if window.side_tabs.isVisible():
            window.side_tabs.setCurrentWidget(self.panel)
        if self.panel.step(forward) is None:
            if forward:
                text = translate("WindowExtras", "This is the last fact listed.")
            else:
                text = translate("WindowExtras", "This is the first fact listed.")
            window.statusBar().showMessage(text, 4000)

    def focus_facts(self) -> None:
        """View → Focus Facts List (Ctrl+4)."""
        self.window.view_actions.show_side_tab(self.panel)
        self.panel.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
