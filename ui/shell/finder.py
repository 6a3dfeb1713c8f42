"""Find in both panes: the find bar's query searched in the original and the copy (or the
redline), its hits marked, Enter and F3 stepping through the pane one is in."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from app.vocabulary import Side

if TYPE_CHECKING:  # pragma: no cover
    from ui.panes.text_view import TextView
    from ui.review.state import ViewSide
    from ui.shell.host import ReaderWindow

MAX_FIND_HITS = 5000
SELECT_LINE = 0.3  # where a hit is placed, as a fraction of the pane height


def find_spans(text: str, query: str, case: bool) -> list[tuple[int, int]]:
    """Where ``query`` is in ``text`` (the Document's, not the pane's with its added breaks), at
    most MAX_FIND_HITS: a search in C (QTextDocument.find, a call a hit, took 0.1 s a missing word
    in a 1 MB pair)."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), 0 if case else re.IGNORECASE)
    return [found.span() for found in itertools.islice(pattern.finditer(text), MAX_FIND_HITS)]


class PaneFinder(QObject):
    """The find bar's work for one window (``window.finder``)."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.state)
        self.window = window
        self.active_side: Side = "right"  # the pane one is in: Enter and F3 step through its hits
        self.hits: dict[ViewSide, list[tuple[int, int]]] = {}
        self.positions: dict[ViewSide, int] = {}
        bar = window.find_bar
        bar.changed.connect(self.search)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)
        bar.closed.connect(self.closed)

    def views(self) -> dict[ViewSide, TextView]:
        """The views searched: both panes, or the redline when it is shown."""
        window = self.window
        if window.inline_mode:
            return {"inline": window.inline_pane.view}
        return {side: view for side, view in window.views.items()}

    def show(self) -> None:
        """Edit → Find: open the bar on the pane that has the focus."""
        window = self.window
        focus = QApplication.focusWidget()
        self.active_side = next((s for s, v in window.views.items() if v is focus), self.active_side)
        window.find_bar.open_bar()
        self.search()

    def search(self) -> None:
        """Search the bar's query in every view searched; mark and count the hits."""
        bar = self.window.find_bar
        query = bar.query()
        counts = []
        self.hits = {}
        for side, view in self.views().items():
            text = view.document_model.text if view.document_model is not None else ""
            hits = find_spans(text, query, bar.case.isChecked())
            self.hits[side] = hits
            view.set_find_hits(hits, None)
            counts.append({"left": self.tr("%n in the original", "", len(hits)),
                           "right": self.tr("%n in the copy", "", len(hits)),
                           "inline": self.tr("%n in the redline", "", len(hits))}[side])
        self.positions = {}
        bar.count.setText(" · ".join(counts) if query else "")

    def step(self, forward: bool) -> None:
        """Go to the next (or previous) hit of the pane one is in (else of any pane with hits)."""
        if not self.window.find_bar.isVisible():
            self.show()
            return
        views = self.views()
        side: ViewSide = self.active_side if self.active_side in views else next(iter(views))
        hits = self.hits.get(side, [])
        if not hits:
            others = [s for s in views if self.hits.get(s)]
            if not others:
                return
            side, hits = others[0], self.hits[others[0]]
        view = views[side]
        index = self.positions.get(side, -1) + (1 if forward else -1)
        index %= len(hits)
        self.positions[side] = index
        view.set_find_hits(hits, hits[index])
        view.scroll_offset_to(hits[index][0], view.viewport().height() * SELECT_LINE)

    def next(self) -> None:
        """Edit → Find Next (Enter, F3)."""
        self.step(True)

    def previous(self) -> None:
        """Edit → Find Previous (Shift+Enter, Shift+F3)."""
        self.step(False)

    def closed(self) -> None:
        """The bar closed: hits unmarked, the focus back in the pane one was in."""
        window = self.window
        for view in (*window.views.values(), window.inline_pane.view):
            view.set_find_hits([], None)
        (window.inline_pane.view if window.inline_mode else window.views[self.active_side]).setFocus()
