"""Comparing what the window is given (``window.comparing``): each request to the compare
worker, and each result shown.

A request goes to the review first (it may open a ``.verso`` path as a project, or ask
about unsaved notes), then to the worker (``ui.jobs.compare``: read, compare and build
the panes' documents off the GUI thread). A result becomes the reader state's comparison
(``window.state.show``), the panes' documents, an entry of File → Recent Comparisons,
the review's annotations placed on it, and the window title. A result that failed says
why in the message bar and leaves the texts on screen, and their review, as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QPalette

from app import Comparison, Document
from app.vocabulary import SIDES, Side
from ui import settings
from ui.jobs.compare import CompareWorker, Request, Result, Source
from ui.panels.count_chip import CountChip, make_room
from ui.panes.highlighting import build_document

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow

LAYOUT_DEPTH = 8  # levels of widgets a layout request may climb when a result is shown
translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "…") calls


class Comparing(QObject):
    """The window's requests to compare and the results it shows."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.state)
        self.window = window
        self.worker = CompareWorker(self, window.runner, prepare=self._prepare)
        self._pending_paths: dict[Side, str] = {}  # the paths of the request on its way
        self._keep_view = False  # the request compares the same texts again: keep the scroll
        self.worker.finished.connect(self.show_result)
        self.worker.busy_changed.connect(self._busy)

    def load_pair(self, left: Source | None, right: Source | None) -> None:
        """Show an original and a copy (paths or Documents; None keeps that side)."""
        sources = self.window.state.sources
        self.submit_sources(left if left is not None else sources["left"],
                            right if right is not None else sources["right"])

    def load(self, side: Side, source: Source) -> None:
        """Show ``source`` (a path or a Document) on ``side``, keeping the other side."""
        if side == "left":
            self.load_pair(source, None)
        else:
            self.load_pair(None, source)

    def submit_sources(self, left: Source | None, right: Source | None, keep_view: bool = False) -> None:
        """Compare ``left`` and ``right`` (the review may open a project instead, or ask first)."""
        window = self.window
        if not window.review.accept_sources(left, right):  # a .verso path; unsaved notes kept
            return
        pair: tuple[tuple[Side, Source | None], ...] = (("left", left), ("right", right))
        self._pending_paths = {s: v for s, v in pair if isinstance(v, str)}
        window.message.hide()  # a new request: the last one's problem is past (a notice may follow)
        self._keep_view = keep_view
        base = window.views["right"].palette().color(QPalette.ColorRole.Base).name()
        self.worker.submit(Request(left, right, window.options, window.dark, window.zoom, base,
                                   window.review.placement()))

    def recompare(self) -> None:
        """Compare the texts on screen again (new options, zoom or theme), keeping the view."""
        sources = self.window.state.sources
        if sources["left"] or sources["right"]:
            self.submit_sources(sources["left"], sources["right"], keep_view=True)

    def _busy(self, busy: bool) -> None:
        self.window.busy.setVisible(busy)
        self.window.busy_label.setVisible(busy)

    def _prepare(self, result: Result) -> Iterator[None]:
        """Before a long pair's result is shown (the worker runs each step in a turn of the event
        loop of its own): what its first paint would make in the turn that shows it, made now.
        The window keeps showing the comparison it has until then."""
        if result.comparison is not None:  # the side column at its width for this pair
            self._make_room(result.comparison)
            yield
        overview = self.window.overview
        if result.comparison is not None and result.derived is not None and overview.isVisibleTo(overview.window()):
            overview.prepare(result.comparison, result.derived.passages)  # thousands of marks
            yield
        for side in SIDES:
            qdoc = result.qdoc(side)
            if qdoc is not None:
                self.window.views[side].prepare(qdoc)  # its layout (10-20 ms for CJK)
                yield

    def show_result(self, result: Result) -> None:
        """A request's answer: its comparison on screen, or one line on why not."""
        window, state = self.window, self.window.state
        if result.error:
            window.review.sources_failed()  # the texts on screen keep their review
            window.message.show_message(
                result.error + ("" if state.comparison is None and not any(state.sources.values())
                                else translate("MainWindow", " — the current texts are unchanged.")))
            return
        if result.comparison is not None:
            self._make_room(result.comparison)  # (done already when the result was prepared)
        keep: dict[Side, int] = {}
        if self._keep_view:
            keep = {s: v.offset_at(0) for s, v in window.views.items() if v.document_model}
        same_docs = all(_same_document(result.document(side), state.sources[side]) for side in SIDES)
        state.show({"left": result.left, "right": result.right}, result.comparison, result.derived,
                   result.offset_maps, keep_current=same_docs)
        for side in SIDES:
            qdoc = result.qdoc(side) or build_document(None, None, side, window.dark)
            window.panes[side].set_document(result.document(side), qdoc, result.words.get(side),
                                            result.offset_maps.get(side))
        for side, offset in keep.items():
            window.views[side].scroll_offset_to(offset, 0)
        # Every pair of files compared goes to Recent, however it came: one request for both, or
        # Open Original then Open Copy, or one drop per pane (the documents keep their paths).
        paths = [self._pending_paths.get(s) or (doc.path if (doc := state.sources[s]) is not None else None)
                 for s in SIDES]
        if paths[0] and paths[1] and state.comparison is not None:
            pair = (str(Path(paths[0]).resolve()), str(Path(paths[1]).resolve()))
            # In a thread of the window's runner: QSettings syncs its file to disk when it is
            # written (an fdatasync: ~15 ms, longer on a busy disk), on the GUI thread a stall.
            window.runner.submit("recent", lambda _job: settings.add_recent(*pair), _ignore)
        window.review.comparison_arrived(result.file_sha256, result.placed)  # annotations placed on it
        self.update_title()
        state.annotations_placed()  # the order with the verdicts placed on it; refresh_views
        if window.inline_mode:
            window.view_actions.build_inline()
        if window.find_bar.isVisible() and window.find_bar.field.text():
            window.finder.search()
        if state.current_id is not None:
            window.select_difference(state.current_id, flash=False)
        _settle_layouts()  # the side column's content changed: before the first paint, not after it

    def _make_room(self, comparison: Comparison) -> None:
        """The chips of the side column get room for counts up to the pair's number of differences
        (ui.panels.count_chip): the column takes its width for this pair now, and keeps it as the
        counts arrive and change. Had it widened in the turn showing a long pair, the panes would
        have narrowed and laid out their first screens again (tens of ms for a line of Arabic)."""
        make_room(self.window.side_tabs.findChildren(CountChip), len(comparison.differences))
        _settle_layouts()

    def update_title(self) -> None:
        """The window title: project, original ↔ copy, and the unsaved mark."""
        sources = self.window.state.sources
        names = [d.name if d else "…" for d in (sources["left"], sources["right"])]
        if any(sources.values()):
            self.window.setWindowTitle(f"{self.window.review.title_prefix()}{names[0]} ↔ {names[1]}[*] — Verso")
        else:
            self.window.setWindowTitle("Verso")


def _settle_layouts() -> None:
    """Lay the window out now, not in a later turn (the whole window painted twice, ~35 ms for a
    long pair). A layout request climbs one parent a pass; the chips lie LAYOUT_DEPTH levels
    under the window."""
    for _ in range(LAYOUT_DEPTH):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _ignore(_value: object, _error: BaseException | None) -> None:
    """A job's answer nobody needs."""


def _same_document(new: Document | None, old: Document | None) -> bool:
    """Whether a side shows the same text as before (both empty, or the same checksum)."""
    if new is None or old is None:
        return new is None and old is None
    return new.sha256 == old.sha256
