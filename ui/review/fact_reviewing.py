"""Verdicts and notes on facts, in the window: the Facts panel's editor and its rows' verdicts.

One :class:`FactReviewing` per review (``window.review.facts``), built by the
review controller with its collaborators: the review (``ui.review.core.ReviewCore``)
and the window (``ui.shell.host.ReaderWindow``: its Facts panel, side column and
status bar). A verdict or note given to the current fact becomes new
annotations recorded in the review's undo history (Edit → Undo takes it back,
as for a difference), and is saved in the project (``annotations.facts``,
docs/project-format.md). The verdict keys (Alt+0…4) and Ctrl+E act on the
current fact while the Facts tab is in front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from app import Comparison
from app.facts import FactCheck
from app.project import Verdict
from app.project.fact_reviews import FactReviewIndex
from ui.panels.facts import FactsPanel, entry_description
from ui.review.verdicts import verdict_label

if TYPE_CHECKING:
    from ui.review.core import ReviewCore
    from ui.shell.host import ReaderWindow


class FactReviewing(QObject):
    """Gives the Facts panel's current fact a verdict and a note, with undo."""

    def __init__(self, review: ReviewCore, window: ReaderWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.window = window
        self.panel: FactsPanel = window.facts_panel
        panel = self.panel
        panel.reviews = self.index
        panel.editor.verdict_chosen.connect(self.set_verdict)
        panel.editor.note_edited.connect(self._note_edited)
        panel.tree.currentItemChanged.connect(lambda *_: self.show())
        review.annotations_changed.connect(self.refresh)
        self.show()

    def index(self) -> FactReviewIndex | None:
        """The reviews of facts, when the annotations are placed on the panel's comparison."""
        live = self.review.live()
        if live is None or self.panel.comparison is not live:
            return None
        return self.review.annotations.fact_index()

    def _current(self) -> tuple[Comparison, FactCheck] | None:
        """The comparison and the fact selected in the Facts panel, when it can be reviewed."""
        live = self.review.live()
        entry = self.panel.current_entry()
        if live is None or entry is None or self.panel.comparison is not live:
            return None
        return live, entry

    def active(self) -> bool:
        """Whether the review keys act on a fact: the Facts tab is in front, with a fact selected."""
        tabs = self.window.side_tabs
        return (tabs.isVisible() and tabs.currentWidget() is self.panel
                and self._current() is not None)

    def set_verdict(self, verdict: Verdict) -> None:
        """Give the current fact ``verdict`` (an undo step)."""
        current = self._current()
        status = self.window.statusBar()
        if current is None:
            status.showMessage(self.tr("Select a fact first."), 4000)
            return
        comparison, entry = current
        try:
            new = self.review.annotations.with_fact_review(comparison, entry, verdict=verdict)
        except ValueError as error:  # no room for one more annotation
            status.showMessage(str(error), 6000)
            return
        self.review.record(new, self.tr("Set Fact Verdict: {verdict}").format(verdict=verdict_label(verdict)))
        status.showMessage(self.tr("Fact: {verdict}. F9 goes to the next fact.").format(
            verdict=verdict_label(verdict)), 5000)

    def _note_edited(self, text: str) -> None:
        current = self._current()
        if current is None:
            return
        comparison, entry = current
        try:
            new = self.review.annotations.with_fact_review(comparison, entry, note=text)
        except ValueError as error:  # a note over the limit
            self.window.statusBar().showMessage(str(error), 4000)
            return
        # Keyed by the fact's place, so typing is one undo step per fact.
        key = ("fact-note", entry.kind, entry.span("left"), entry.span("right"))
        self.review.record(new, self.tr("Edit Fact Note"), merge_key=key)

    def edit_note(self) -> None:
        """Put the cursor in the current fact's note."""
        self.panel.editor.focus_note()

    def refresh(self) -> None:
        """The annotations changed (an edit, undo, a project opened): rows and editor follow."""
        self.panel.show_reviews()
        self.show()

    def show(self) -> None:
        """The editor shows the current fact's verdict and note (or why there is nothing to edit)."""
        editor = self.panel.editor
        current = self._current()
        if current is None:
            if self.panel.report is None or self.review.live() is None:
                editor.show_nothing(self.tr("Verdicts and notes on facts can be given once the facts "
                                            "are checked."))
            else:
                editor.show_nothing()
            return
        comparison, entry = current
        index = self.index()
        review = index.review_for(entry) if index is not None else None
        header = entry_description(comparison, entry).split("\n")[0]
        editor.show_target(header, review.verdict if review else Verdict.UNREVIEWED,
                           review.note if review else "")
        editor.header.setTextFormat(Qt.TextFormat.PlainText)  # a fact's words, never markup
