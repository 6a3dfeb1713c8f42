"""The status bar's texts for one window (``window.status``): the permanent summary, a
status message's room, and the one or two lines that describe a difference."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.report.shares import percent
from app.vocabulary import SIDES
from ui.panes import furniture
from ui.review.describe import describe_difference

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow

translate = QCoreApplication.translate  # lupdate reads translate("WindowExtras", "…") calls


class StatusText(QObject):
    """What the status bar and tooltips say about the comparison on screen."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.state)
        self.window = window

    def make_room_for_message(self, text: str) -> None:
        """A status message ("This is the last difference.") gets the room it needs: the
        permanent summary takes it all in a window under ~1400 px, so it is shortened meanwhile,
        to its short form at the least ("Copy: 45% reused · 30 differences"; a long message
        is cut at its end rather than leaving the summary "Co…")."""
        if not text:
            self.window.summary.setMaximumWidth(16777215)
            return
        bar = self.window.statusBar()
        window = self.window
        others = sum(w.sizeHint().width() + 6 for w in (window.summary_bar, window.busy, window.busy_label)
                     if w.isVisible())
        needed = bar.fontMetrics().horizontalAdvance(text) + 40  # the message's margins, the grip
        self.window.summary.setMaximumWidth(max(self.window.summary.short_width(), bar.width() - needed - others))

    def describe(self, diff_id: int) -> str:
        """One or two lines about a difference, for tooltips and the status bar."""
        return describe_difference(self.window.state, diff_id)

    def borrowing(self, short: bool = False) -> str:
        """What the copy borrowed, in a sentence ("The copy borrows 2 passages, 12% of its text.");
        ``short`` for the copy's pane header ("borrows 2 passages, 12% of its text"); empty
        without a comparison."""
        shares = self.window.state.shares  # made with the comparison, off the GUI thread
        if shares is None:
            return ""
        n, share = shares.passages, percent(shares.borrowed)
        if not n:
            return (self.tr("shares no passage with the original") if short
                    else self.tr("The copy shares no passage with the original."))
        if short:
            return self.tr("borrows %n passage(s), {share} of its text", "", n).format(share=share)
        return self.tr("The copy borrows %n passage(s), {share} of its text.", "", n).format(share=share)

    def update_summary(self) -> None:
        """The permanent summary in the status bar: the copy's make-up and the counts."""
        comparison = self.window.state.comparison
        if comparison is None:
            missing = tuple(s for s in SIDES if self.window.state.sources[s] is None)
            self.window.summary.setText({
                ("left", "right"): self.tr("Open or drop the original and the copy to compare."),
                ("left",): self.tr("Open or drop the original to compare."),
                ("right",): self.tr("Open or drop the copy to compare."),
            }.get(missing, ""))
            self.window.summary.set_short("")
            return
        s = comparison.summary
        counted = [d for d in comparison.differences if not d.furniture]  # page furniture is never counted
        omissions = sum(1 for d in counted if d.kind == "omitted")
        shares = self.window.state.shares
        passages = (self.tr("Borrowed passages: %n ({share} of the copy)", "", shares.passages).format(
            share=percent(shares.borrowed)) if shares and shares.passages else self.tr("Borrowed passages: none"))
        self.window.summary.setText("    ".join((
            self.tr("Copy: {reused} reused from the original · {added} added · {duplicated} duplicated").format(
                reused=f"{s.reused:.0%}", added=f"{s.added:.0%}", duplicated=f"{s.duplicated:.0%}"),
            passages,
            self.tr("Original: %n omission(s) ({share} of its text)", "", omissions).format(
                share=f"{s.omitted:.0%}"),
            self.tr("%n difference(s)", "", len(counted)))) + self.furniture_summary())
        self.window.summary.set_short(" · ".join((
            self.tr("Copy: {reused} reused").format(reused=f"{s.reused:.0%}"),
            self.tr("%n difference(s)", "", len(counted)))))

    def furniture_summary(self) -> str:
        """The status-bar note about page furniture ("" when there is none)."""
        state = self.window.state
        hidden = furniture.count_hidden(state.comparison.differences) if state.comparison else 0
        if not hidden:
            return ""
        # The context the strings had in the window's former mixin: the German catalogue has it.
        if state.show_furniture:
            text = translate("WindowExtras", "{n} in page furniture (shown, not counted)")
        else:
            text = translate("WindowExtras", "{n} in page furniture (hidden)")
        return " · " + text.format(n=hidden)
