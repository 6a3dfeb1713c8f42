"""The Copies panel: one original scanned against a folder, its copies ranked as they arrive.

The scan runs as the window runner's job "scan" (ui/jobs/runner.py). Its
thread iterates ``app.scan.runner.outcomes`` (a process pool of its own) and
puts each outcome on a plain queue; the panel's timer, on the GUI thread,
takes them from there, counts them (``app.scan.runner.Collector``) and
inserts each copy at its rank. The job holds no QObject. A newer scan, Stop
or closing the window cancels it, and the pool is ended at the next outcome.
"""

from __future__ import annotations

import bisect
import queue
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.jobs.runner import Job, Runner

if TYPE_CHECKING:  # app.scan is imported when a scan starts or one is restored: not at start-up
    from app.documents.model import Document  # (its modules: ~35 ms the window need not wait for)
    from app.scan.pairs import ScanJob
    from app.scan.records import CopyResult, ScanReport
    from app.scan.runner import Collector, Item

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
POLL_MS = 100
JOB_NAME = "scan"


def _new_collector() -> Collector:
    from app.scan.runner import Collector

    return Collector()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScanPanel", text)


def scan_work(job: ScanJob, folder: str, inbox: queue.SimpleQueue[Item]) -> Callable[[Job[None]], None]:
    """The job's thread: every outcome onto ``inbox`` until the end or a cancel (no Qt here)."""

    def work(runner_job: Job[None]) -> None:
        from app.scan.runner import outcomes

        items = outcomes(job, [folder])
        try:
            for item in items:
                if runner_job.cancelled.is_set():
                    break
                inbox.put(item)
        finally:
            items.close()  # ends the pool at once when cancelled

    return work


class ScanPanel(QWidget):
    """The ranked list of copies of the window's original, filled while the scan runs."""

    copy_chosen = Signal(str)       # the path of a copy to open beside the original
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanPanel")
        self.status = QLabel(_tr("Scan a folder for copies of the original: File → Scan Copies…, "
                                 "or drop a folder on the copy's pane."))
        self.status.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("scanList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([_tr("Reused"), _tr("Covered"), _tr("Passages"), _tr("Document")])
        header = self.list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.stop_button = QPushButton(_tr("Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.export_button = QPushButton(_tr("Export…"))
        self.export_button.setToolTip(_tr("Save the ranked list as a standalone HTML page"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(6, 6, 6, 6)
        col.addWidget(self.status)
        col.addWidget(self.list, 1)
        col.addLayout(buttons)
        self.job: ScanJob | None = None
        self._runner: Runner | None = None
        self._collector: Collector | None = None  # made when first asked for (collector)
        self.running = False
        self.stopped = False
        self.folder = ""
        self._started = 0.0
        self._elapsed = 0.0
        self._inbox: queue.SimpleQueue[Item] = queue.SimpleQueue()
        self._keys: list[tuple[float, float, str]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._take)

    @property
    def collector(self) -> Collector:
        """What the scan found, counted (``app.scan.runner.Collector``)."""
        if self._collector is None:
            self._collector = _new_collector()
        return self._collector

    # ---- running ---------------------------------------------------------------

    def start(self, runner: Runner, job: ScanJob, folder: str) -> None:
        """Scan ``folder`` for copies of ``job.original`` (a running scan is cancelled)."""
        runner.cancel(JOB_NAME)
        self.job = job
        self.folder = folder
        self._collector = _new_collector()
        self._inbox = queue.SimpleQueue()
        self._keys = []
        self.list.clear()
        self.running = True
        self.stopped = False
        self._started = time.monotonic()
        self.stop_button.setEnabled(True)
        self.export_button.setEnabled(False)
        self._runner = runner
        runner.submit(JOB_NAME, scan_work(job, folder, self._inbox), self._finished)
        self._timer.start()
        self._show_status()

    def stop(self) -> None:
        """Stop the scan; the list keeps what was found."""
        if self._runner is not None and self.running:
            self._runner.cancel(JOB_NAME)
            self._finished(None, None, stopped=True)

    def _finished(self, _value: Any, error: BaseException | None, stopped: bool = False) -> None:
        self._take()
        self._timer.stop()
        self.running = False
        self.stopped = stopped
        self._elapsed = time.monotonic() - self._started
        self.stop_button.setEnabled(False)
        self.export_button.setEnabled(self.job is not None)
        self._show_status(stopped=stopped, error=error)

    def _take(self) -> None:
        """Add what the scan found since the last look (GUI thread)."""
        from app.scan.records import CopyResult
        while True:
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                break
            self.collector.add(item)
            if isinstance(item, CopyResult) and item.borrowed:
                self._insert(item)
        if self.running:
            self._show_status()

    def _insert(self, copy: CopyResult) -> None:
        key = copy.rank_key()
        at = bisect.bisect(self._keys, key)
        self._keys.insert(at, key)
        item = QTreeWidgetItem([f"{copy.reused:.0%}", f"{copy.covered:.0%}", str(len(copy.passages)), copy.name])
        for col in range(3):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, PATH_ROLE, copy.path)
        item.setToolTip(3, copy.path)
        tip = _tr("{reused} of this document comes from the original; it uses {covered} of the original, "
                  "in {n} borrowed passages").format(reused=f"{copy.reused:.0%}", covered=f"{copy.covered:.0%}",
                                                     n=len(copy.passages))
        for col in range(3):
            item.setToolTip(col, tip)
        self.list.insertTopLevelItem(at, item)

    def _show_status(self, stopped: bool = False, error: BaseException | None = None) -> None:
        c = self.collector.counts
        if error is not None:
            text = _tr("The scan failed: {error}").format(error=str(error) or type(error).__name__)
        elif self.running:
            text = _tr("Scanning… {done} documents, {found} borrowed from the original").format(
                done=f"{c.documents:,}", found=f"{c.borrowed:,}")
        else:
            head = _tr("Stopped after {done} documents") if stopped else _tr("{done} documents scanned")
            text = head.format(done=f"{c.documents:,}") + ": " + _tr(
                "{found} borrowed from the original").format(found=f"{c.borrowed:,}")
            if c.unreadable:
                text += " · " + _tr("{n} unreadable").format(n=f"{c.unreadable:,}")
        self.status.setText(text)
        unreadable = self.collector.unreadable[:20]
        self.status.setToolTip("\n".join(f"{u.path}: {u.reason}" for u in unreadable))

    def report(self) -> ScanReport | None:
        """The scan so far, as ``verso scan`` would report it (for the HTML export)."""
        if self.job is None:
            return None
        elapsed = time.monotonic() - self._started if self.running else self._elapsed
        return self.collector.report(self.job, elapsed, interrupted=self.running or self.stopped,
                                     settings={"folder": self.folder})

    # ---- saved in a project ---------------------------------------------------------

    def saved_state(self) -> dict[str, Any] | None:
        """The scan as a project saves it (view state), or None when there is none to save."""
        report = self.report()
        if report is None or self.running:
            return None
        from app.scan.saved import scan_to_view

        return scan_to_view(report, self.folder)

    def restore(self, data: Any, original: Document) -> bool:
        """Show a scan saved in a project, if it was made for this original; True if shown."""
        from app.scan.pairs import make_job
        from app.scan.saved import scan_from_view

        saved = scan_from_view(data)
        if saved is None or saved[1] != original.sha256 or self.running:
            return False
        folder, _sha, counts, stopped, copies, unreadable = saved
        self.job = make_job(original)
        self.folder = folder
        self._collector = _new_collector()
        self.collector.restore(copies, unreadable, counts)
        self._keys = []
        self.list.clear()
        for copy in self.collector.ranked():
            self._insert(copy)
        self.stopped = stopped
        self._elapsed = 0.0
        self.export_button.setEnabled(True)
        self._show_status(stopped=stopped)
        self.status.setText(_tr("Saved scan of {folder}").format(folder=folder) + " — " + self.status.text())
        return True

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        path = item.data(0, PATH_ROLE)
        if path:
            self.copy_chosen.emit(str(path))
