"""The Facts panel: numbers, dates, quotations and names of the original, checked in the copy.

``FactsWorker`` runs ``app.facts.check_facts`` on a comparison as the
window runner's job "facts" (in a child process; the job makes no Qt call
and hands back a plain, immutable ``FactReport``); a newer comparison
supersedes an older one. ``FactsPanel`` lists the report grouped by status, the most
urgent first, with filters by kind and status; choosing an entry asks the
window to select the fact in both panes (``jump_span``). Each row shows the
reviewer's verdict on the fact; the editor under the list gives the current
fact a verdict and a note (``ui.review.fact_reviewing`` records them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import Comparison
from app.facts import KINDS, STATUSES, FactCheck, FactReport
from app.project import Verdict
from app.project.fact_reviews import FactReviewIndex
from app.vocabulary import SIDES
from ui.jobs.child_process import FACTS_LIMITS
from ui.jobs.runner import Job, Runner, Stopped, describe_stop
from ui.panels.note_editor import NoteEditor
from ui.review.derived import ParagraphNumbers
from ui.review.verdicts import NOTE_GLYPH, verdict_icon, verdict_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT = 90
MAX_LISTED = 2000  # facts the list holds (the filters choose among the others)

STATUS_LABELS = {
    "missing": str(QT_TRANSLATE_NOOP("FactsPanel", "Missing from the copy")),
    "altered": str(QT_TRANSLATE_NOOP("FactsPanel", "Altered in the copy")),
    "unsourced": str(QT_TRANSLATE_NOOP("FactsPanel", "Quotations and claims with no source")),
    "new": str(QT_TRANSLATE_NOOP("FactsPanel", "New in the copy")),
    "shortened": str(QT_TRANSLATE_NOOP("FactsPanel", "Shortened quotations")),
    "kept": str(QT_TRANSLATE_NOOP("FactsPanel", "Kept")),
}
STATUS_MEANINGS = {
    "missing": str(QT_TRANSLATE_NOOP("FactsPanel", "in the original, nowhere in the copy")),
    "altered": str(QT_TRANSLATE_NOOP("FactsPanel", "a figure, date or name that changed inside a passage the copy "
                                     "kept, or a quotation whose words differ")),
    "unsourced": str(QT_TRANSLATE_NOOP("FactsPanel", "a quotation of the copy found nowhere in the original, "
                                   "or a claim it added in unnamed mouths (\u201cexperts say\u201d)")),
    "new": str(QT_TRANSLATE_NOOP("FactsPanel", "a figure, date or name only the copy has")),
    "shortened": str(QT_TRANSLATE_NOOP("FactsPanel", "a quotation of the copy that is part of one in the original")),
    "kept": str(QT_TRANSLATE_NOOP("FactsPanel", "the copy carries it")),
}
KIND_LABELS = {
    "number": str(QT_TRANSLATE_NOOP("FactsPanel", "Numbers")),
    "money": str(QT_TRANSLATE_NOOP("FactsPanel", "Money")),
    "percent": str(QT_TRANSLATE_NOOP("FactsPanel", "Percentages")),
    "date": str(QT_TRANSLATE_NOOP("FactsPanel", "Dates and times")),
    "quote": str(QT_TRANSLATE_NOOP("FactsPanel", "Quotations")),
    "person": str(QT_TRANSLATE_NOOP("FactsPanel", "People")),
    "place": str(QT_TRANSLATE_NOOP("FactsPanel", "Places")),
    "organisation": str(QT_TRANSLATE_NOOP("FactsPanel", "Organisations")),
    "name": str(QT_TRANSLATE_NOOP("FactsPanel", "Other names")),
    "claim": str(QT_TRANSLATE_NOOP("FactsPanel", "Claims with no named source")),
}
KIND_WORDS = {
    "number": str(QT_TRANSLATE_NOOP("FactsPanel", "number")),
    "money": str(QT_TRANSLATE_NOOP("FactsPanel", "money")),
    "percent": str(QT_TRANSLATE_NOOP("FactsPanel", "percentage")),
    "date": str(QT_TRANSLATE_NOOP("FactsPanel", "date")),
    "quote": str(QT_TRANSLATE_NOOP("FactsPanel", "quotation")),
    "person": str(QT_TRANSLATE_NOOP("FactsPanel", "person")),
    "place": str(QT_TRANSLATE_NOOP("FactsPanel", "place")),
    "organisation": str(QT_TRANSLATE_NOOP("FactsPanel", "organisation")),
    "name": str(QT_TRANSLATE_NOOP("FactsPanel", "name")),
    "claim": str(QT_TRANSLATE_NOOP("FactsPanel", "claim")),
}
PROBLEMS = ("missing", "altered", "unsourced", "new", "shortened")


def tr(text: str) -> str:
    """A string of the tables above in the user's language (lupdate reads them as marked)."""
    return QCoreApplication.translate("FactsPanel", text)


# ---- the background job -------------------------------------------------------------

def check_facts(comparison: Comparison, job: Job[Any] | None = None, pickled: bytes | None = None) -> FactReport:
    """``app.facts.check_facts``, computed in a child process under ``FACTS_LIMITS``.

    The check is pure Python and may run away on hostile text: in a thread of
    this process it would hold the GIL and the window's memory. The calling
    thread (the runner's ``job``) only waits on a pipe. ``pickled``: the
    comparison as the comparing child sent it (handed on, not pickled again).
    Where no child process can be started at all, it is checked in the calling thread.
    """
    from ui.jobs import child_jobs

    job = job if job is not None else Job("facts")
    return job.child(child_jobs.check_facts, (comparison if pickled is None else pickled,), FACTS_LIMITS)


def _checked(comparison: Comparison, job: Job[Any], pickled: bytes | None) -> tuple[FactReport, Any]:
    """The job's work: the report, and which differences change which facts (``link_facts``), made
    here, off the GUI thread (6,001 differences and 18,003 facts: 40-100 ms there)."""
    from app.facts.links import link_facts

    report = check_facts(comparison, job=job, pickled=pickled)
    return report, link_facts(comparison, report)


class FactsWorker(QObject):
    """Checks the facts of the newest comparison off the GUI thread (the runner's job
    "facts": a newer request supersedes the older one and ends its child process)."""

    finished = Signal(object, object, object)  # comparison, FactReport (or an error line), its FactLinks
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.runner = runner if runner is not None else Runner(self)
        self._generation = 0
        self._done = 0  # the newest generation answered

    @property
    def busy(self) -> bool:
        """Whether a check is on its way."""
        return self._generation > self._done

    def submit(self, comparison: Comparison | None, pickled: bytes | None = None) -> None:
        """Check ``comparison`` (None: nothing to check), superseding any older request;
        ``pickled``: its bytes as the comparing child sent them (``Derived.pickled``)."""
        self._generation += 1
        generation = self._generation
        if comparison is None:
            self.runner.cancel("facts")
            self._done = generation
            self.finished.emit(None, None, None)
            return
        self.busy_changed.emit(True)
        self.runner.submit("facts", lambda job: _checked(comparison, job, pickled),
                           lambda checked, error: self._answered(generation, comparison, checked, error))

    def _answered(self, generation: int, comparison: Comparison, checked: tuple[FactReport, Any] | None,
                  error: BaseException | None) -> None:
        """On the GUI thread: a report and its links, or one translated line."""
        if generation != self._generation:
            return  # superseded
        report, links = checked if checked is not None else (None, None)
        result: object = report
        if isinstance(error, Stopped):
            result = describe_stop(error, QCoreApplication.translate("FactsPanel", "The facts check"))
        elif error is not None:  # the checker failing must not take the window down
            result = QCoreApplication.translate(
                "FactsPanel", "The facts could not be checked: {error}").format(error=error)
        self._done = generation
        self.busy_changed.emit(False)
        self.finished.emit(comparison, result, links)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until no check runs (tests, shutdown)."""
        return self.runner.wait(msecs)


# ---- the panel ----------------------------------------------------------------------

def entry_text(entry: FactCheck) -> str:
    """What the list shows of an entry: the fact, and the copy's form when it differs."""
    def short(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"

    fact = entry.fact
    text = short(fact.text)
    if entry.kind == "quote":
        text = f"“{text}”"
    if entry.left is not None and entry.right is not None and entry.right.text != entry.left.text:
        other = short(entry.right.text)
        text += f" → “{other}”" if entry.kind == "quote" else f" → {other}"
    return text


def entry_where(comparison: Comparison | None, entry: FactCheck, numbers: ParagraphNumbers | None = None) -> str:
    """Paragraphs in the original and the copy, as the differences list says them (``numbers``:
    the comparison's paragraph numbers, made here if not given)."""
    if comparison is None:
        return ""
    paragraph_number = numbers or ParagraphNumbers.of(comparison)
    parts = []
    words = (QCoreApplication.translate("FactsPanel", "original"),
             QCoreApplication.translate("FactsPanel", "copy"))
    for side, word in zip(SIDES, words, strict=True):
        span = entry.span(side)
        if span is not None:
            parts.append(f"{word} ¶{paragraph_number(side, span[0])}")
    return " · ".join(parts)


def entry_description(comparison: Comparison | None, entry: FactCheck,
                      numbers: ParagraphNumbers | None = None) -> str:
    """A line or two about an entry (tooltip, status bar)."""
    lines = [f"{tr(STATUS_LABELS[entry.status])} ({tr(KIND_WORDS.get(entry.kind, entry.kind))}): "
             f"{entry_text(entry)}"]
    speaker = (entry.right and entry.right.speaker) or (entry.left and entry.left.speaker)
    if speaker:
        lines.append(QCoreApplication.translate("FactsPanel", "Said by {speaker}").format(speaker=speaker))
    if entry.note:
        lines.append(entry.note)
    where = entry_where(comparison, entry, numbers)
    if where:
        lines.append(where)
    return "\n".join(lines)


class FactsPanel(QWidget):
    """Filters over the report's entries, grouped by status (most urgent first)."""

    entry_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsPanel")
        self.comparison: Comparison | None = None
        self.numbers: ParagraphNumbers | None = None
        self.report: FactReport | None = None
        self.error = ""
        self.title = QLabel(self.tr("Facts"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.counts = QLabel("")
        self.counts.setWordWrap(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind_filter.addItem(tr(KIND_LABELS.get(kind, kind)), kind)
        self.kind_filter.setToolTip(self.tr("Show facts of one kind only"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Every status"), "")
        self.status_filter.addItem(self.tr("Needs a look (all but kept)"), "problems")
        for status in STATUSES:
            self.status_filter.addItem(tr(STATUS_LABELS[status]), status)
        self.status_filter.setToolTip(self.tr("Show facts with one status only"))
        self.kind_filter.currentIndexChanged.connect(self._refill)
        self.status_filter.currentIndexChanged.connect(self._refill)
        for combo in (self.kind_filter, self.status_filter):
            # As narrow as 12 characters: the longest entry's width made the side column's
            # minimum (485 px), and the panes paid for it in a small window.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.status_filter, 1)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Fact"), self.tr("Kind"), self.tr("Verdict")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.tree.viewport().installEventFilter(self)  # rows' tooltips (item_tooltip)
        self.empty = QLabel("")
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.editor = NoteEditor(subject="fact")  # the current fact's verdict and note
        layout.addWidget(self.editor)
        #: The reviewer's verdicts and notes on facts (None: none to show); set by the review.
        self.reviews: Callable[[], FactReviewIndex | None] = lambda: None
        self._quiet = False
        self._marked = True  # whether rows may show verdicts (show_reviews clears them once)
        self.set_report(None, None)

    # ---- content ------------------------------------------------------------

    def set_busy(self) -> None:
        """A comparison arrived; its facts are being checked."""
        self.empty.setText(self.tr("Checking the facts…"))
        self.empty.show()

    def set_report(self, comparison: Comparison | None, report: FactReport | str | None,
                   numbers: ParagraphNumbers | None = None) -> None:
        """Show a report (a string: the checker failed; None: nothing compared yet); ``numbers``:
        the comparison's paragraph numbers (the reader state's; made here if not given)."""
        self.comparison = comparison
        self.numbers = numbers or (ParagraphNumbers.of(comparison) if comparison is not None
                                   and isinstance(report, FactReport) else None)
        self.error = report if isinstance(report, str) else ""
        self.report = report if isinstance(report, FactReport) else None
        if self.report is not None:
            summary = self.report.summary()
            self.counts.setText(" · ".join(f"{tr(STATUS_LABELS[s])}: {n}"
                                           for s, n in summary.items() if n)
                                or self.tr("No facts found in either text."))
        else:
            self.counts.setText("")
        self._refill()

    def visible_entries(self) -> list[FactCheck]:
        """The entries the filters let through, in the order the list shows them."""
        if self.report is None:
            return []
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        statuses = PROBLEMS if status == "problems" else (status,) if status else STATUSES
        out: list[FactCheck] = []
        for group in STATUSES:
            if group not in statuses:
                continue
            out.extend(e for e in self.report.with_status(group) if not kind or e.kind == kind)
        return out

    def _refill(self) -> None:
        current = self.current_entry()
        self._quiet = True
        self.tree.clear()
        self._marked = False  # new rows show no verdict yet
        entries = self.visible_entries()
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for entry in entries[:MAX_LISTED]:
            group = groups.get(entry.status)
            if group is None:
                count = sum(1 for e in entries if e.status == entry.status)
                group = QTreeWidgetItem([f"{tr(STATUS_LABELS[entry.status])} ({count})", ""])
                group.setFont(0, bold)
                group.setToolTip(0, tr(STATUS_MEANINGS[entry.status]))
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
                groups[entry.status] = group
                self.tree.addTopLevelItem(group)
            item = QTreeWidgetItem([entry_text(entry), tr(KIND_WORDS.get(entry.kind, entry.kind)), ""])
            item.setData(0, ENTRY_ROLE, entry.id)
            group.addChild(item)
        for status, group in groups.items():
            group.setExpanded(status != "kept" or len(groups) == 1)
        if len(entries) > MAX_LISTED:  # a longer list took the window seconds to build, for no reader
            more = QTreeWidgetItem([self.tr("%n more not listed: choose a kind or a status above", "",
                                            len(entries) - MAX_LISTED), ""])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            more.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(more)
        self.show_reviews()
        self._quiet = False
        if self.report is None:
            self.empty.setText(self.error or self.tr("Open an original and a copy to check their facts."))
        elif not entries:
            self.empty.setText(self.tr("No facts of this kind and status.") if self.report.entries
                               else self.tr("No numbers, dates, quotations or names found."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        if current is not None:
            self.set_current(current.id)

    def show_reviews(self) -> None:
        """Each row's verdict and note (from ``reviews``), without building the list again."""
        if self.report is None:
            return
        index = self.reviews()
        if not index and not self._marked:
            return  # no row shows a verdict, and none should (on arrival: nothing to do)
        self._marked = bool(index)
        for item in self._items():
            entry = self.report.entry(item.data(0, ENTRY_ROLE))
            if entry is None:
                continue
            review = index.review_for(entry) if index is not None else None
            verdict = review.verdict if review is not None else Verdict.UNREVIEWED
            note = review.note if review is not None else ""
            text = "" if verdict is Verdict.UNREVIEWED else verdict_label(verdict)
            item.setText(2, f"{text} {NOTE_GLYPH}".strip() if note else text)
            item.setIcon(2, verdict_icon(verdict, 14) if verdict is not Verdict.UNREVIEWED else QIcon())

    def item_tooltip(self, item: QTreeWidgetItem) -> str:
        """A row's tooltip: the fact, where it is, its verdict and note (made when asked: made for
        every row, they took most of the list's building)."""
        entry = self.report.entry(item.data(0, ENTRY_ROLE)) if self.report is not None else None
        if entry is None:
            return item.toolTip(0)
        index = self.reviews()
        review = index.review_for(entry) if index is not None else None
        tip = entry_description(self.comparison, entry, self.numbers)
        if review is not None and review.verdict is not Verdict.UNREVIEWED:
            tip += "\n" + self.tr("Verdict: {verdict}").format(verdict=verdict_label(review.verdict))
        if review is not None and review.note:
            tip += "\n" + self.tr("Note: {note}").format(note=review.note)
        return tip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.ToolTip and \
                isinstance(event, QHelpEvent):
            item = self.tree.itemAt(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), self.item_tooltip(item), self.tree)
                return True
        return super().eventFilter(watched, event)

    # ---- the current entry and stepping -------------------------------------

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                out.extend(item for j in range(group.childCount()) if (item := group.child(j)) is not None)
        return out

    def current_entry(self) -> FactCheck | None:
        """The fact selected in the list, or None."""
        item = self.tree.currentItem()
        entry_id = item.data(0, ENTRY_ROLE) if item is not None else None
        return self.report.entry(entry_id) if self.report and entry_id is not None else None

    def set_current(self, entry_id: int | None, choose: bool = False) -> bool:
        """Make an entry current in the list (and, with ``choose``, jump to it)."""
        for item in self._items():
            if item.data(0, ENTRY_ROLE) == entry_id:
                group = item.parent()
                if group is not None:
                    group.setExpanded(True)
                self._quiet = not choose
                self.tree.setCurrentItem(item)
                self._quiet = False
                self.tree.scrollToItem(item)
                return True
        return False

    def step(self, forward: bool) -> FactCheck | None:
        """Go to the next (or previous) listed entry; None at either end or when empty."""
        items = self._items()
        if not items:
            return None
        ids = [item.data(0, ENTRY_ROLE) for item in items]
        current = self.current_entry()
        if current is None or current.id not in ids:
            target = ids[0] if forward else ids[-1]
        else:
            i = ids.index(current.id) + (1 if forward else -1)
            if not 0 <= i < len(ids):
                return None
            target = ids[i]
        self.set_current(target, choose=True)
        return self.current_entry()

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if self._quiet or current is None:
            return
        entry_id = current.data(0, ENTRY_ROLE)
        if entry_id is not None:
            self.entry_chosen.emit(int(entry_id))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry_id = item.data(0, ENTRY_ROLE)
        if entry_id is not None:
            self.entry_chosen.emit(int(entry_id))
        else:
            item.setExpanded(not item.isExpanded())
