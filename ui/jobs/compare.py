"""Reading and comparing off the GUI thread; building the panes' documents on it, in steps.

Each request gets a generation number; a newer request marks older ones
cancelled (queued jobs are taken off the pool, a running job stops at its
next step) and the window ignores any result that is not the newest. The
job never touches a widget nor any other QObject (see ``build_steps``): it
returns plain records, and the GUI thread builds the two QTextDocuments a
few milliseconds at a time before it hands the result on.
"""

from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QTextDocument

from app import CompareOptions, Comparison, Difference, Document
from ui.documents_io import DocumentError, read_file
from ui.jobs import child_jobs
from ui.panels.differences import paragraph_number
from ui.panes.highlighting import build_steps, offset_map
from ui.review.navigation import SpanIndex, reading_order

_WORD = re.compile(r"\S+")
Source = Document | str  # a Document already read, or a path to read


@dataclass(frozen=True)
class Request:
    """What to show: a source for each side (or None), and how to compare."""

    left: Source | None
    right: Source | None
    options: CompareOptions = field(default_factory=CompareOptions)
    dark: bool = False
    zoom: int = 0
    base: str | None = None  # the panes' background colour, for opaque tints


@dataclass
class Result:
    """What a job produced for one request."""

    generation: int
    left: Document | None = None
    right: Document | None = None
    comparison: Comparison | None = None
    left_qdoc: QTextDocument | None = None
    right_qdoc: QTextDocument | None = None
    order: list[Difference] = field(default_factory=list)  # reading order
    index: dict[str, SpanIndex] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    error_side: str | None = None
    seconds: float = 0.0


class Cancelled(Exception):
    """A newer request superseded this one."""


class _Signals(QObject):
    finished = Signal(object)  # Result


class _Job(QRunnable):
    def __init__(self, generation: int, request: Request, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.generation = generation
        self.request = request
        self.signals = signals
        self.cancelled = threading.Event()

    def _check(self) -> None:
        if self.cancelled.is_set():
            raise Cancelled

    def run(self) -> None:  # worker thread
        started = time.perf_counter()
        result = Result(self.generation)
        try:
            self._check()
            self._read_and_compare(result)
            self._check()
            if result.comparison is not None:
                result.order = reading_order(result.comparison)
                result.index = {s: SpanIndex(result.comparison, s) for s in ("left", "right")}
                child_jobs.copy_shares(result.comparison)  # for the summary bar, here rather than there
                for side in ("left", "right"):  # the list's paragraph numbers, found once here
                    paragraph_number(result.comparison, side, 0)
                for side in ("left", "right"):  # the panes' offset maps, made once here
                    offset_map(result.comparison.document(side).text)
        except Cancelled:
            return
        except _SideError as exc:
            result = Result(self.generation, error=exc.message, error_side=exc.side)
        except Exception as exc:  # the engine failing must not kill the window (_Failed: in the child)
            failed = QCoreApplication.translate("Worker", "The comparison failed: {error}")
            result = Result(self.generation, error=failed.format(error=exc))
        result.seconds = time.perf_counter() - started
        if not self.cancelled.is_set():
            self.signals.finished.emit(result)

    def _read_and_compare(self, result: Result) -> None:
        """Read and compare in a child process (``ui.jobs.child_jobs``): pure Python that would hold
        this process's GIL for seconds on long texts; here in this thread if no child runs."""
        from ui.jobs import child_process, head_start

        request = self.request
        try:
            started = head_start.take(request.left, request.right, request.options)
            if started is not None:  # ``verso A B``: a child began before the window was built
                answer = started.result(self.cancelled)
            elif _size(request.left) + _size(request.right) < child_process.WORTH_IT:
                raise child_process.ProcessFailed("short texts: compared here")
            else:
                answer = child_process.run(child_jobs.read_and_compare,
                                           (request.left, request.right, request.options), self.cancelled)
        except child_process.Cancelled:
            raise Cancelled from None
        except child_process.JobFailed as exc:
            raise _Failed(str(exc)) from None
        except child_process.ProcessFailed:
            answer = None
        if answer is None:  # the same steps here
            result.left = _read(request.left, "left")
            self._check()
            result.right = _read(request.right, "right")
            self._check()
            if result.left is not None and result.right is not None:
                from app import compare  # (the engine: imported by the first comparison made here)

                result.comparison = compare(result.left, result.right, request.options)
            for side in ("left", "right"):
                doc = getattr(result, side)
                result.words[side] = len(_WORD.findall(doc.text)) if doc else 0
        elif answer[0] == "document":
            raise _SideError(answer[1], answer[2])
        elif answer[0] == "os":
            raise _SideError(answer[1], QCoreApplication.translate(
                "Worker", "{name}: cannot be read ({error})").format(name=answer[2], error=answer[3]))
        else:
            result.left, result.right, result.comparison = child_jobs.unpickle_comparison(answer[1])
            result.words = answer[2]
            child_jobs.remember_shares(result.comparison, answer[3])


class _Failed(Exception):
    """The comparison raised in the child process; the text is the child's exception's."""


class _SideError(Exception):
    def __init__(self, side: str, message: str) -> None:
        super().__init__(message)
        self.side = side
        self.message = message


def _size(source: Source | None) -> int:
    """About how many characters a source holds (a file's size in bytes; 0 if unknown)."""
    if isinstance(source, Document):
        return len(source.text)
    if isinstance(source, str):
        try:
            return os.stat(source).st_size
        except OSError:
            return 0
    return 0


def _read(source: Source | None, side: str) -> Document | None:
    if source is None or isinstance(source, Document):
        return source
    try:
        return read_file(source)
    except DocumentError as exc:
        raise _SideError(side, str(exc)) from None
    except OSError as exc:
        raise _SideError(side, QCoreApplication.translate("Worker", "{name}: cannot be read ({error})").format(
            name=source, error=exc)) from None


# A document is built in steps of about this long on the GUI thread, with the event loop
# run between them; a pair shorter than SHORT characters is built at once.
STEP_MS = 8
SHORT = 200_000


class CompareWorker(QObject):
    """Runs requests in a private thread pool; emits ``finished(Result)`` for the newest only,
    once the GUI thread has built its two documents."""

    finished = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._generation = 0
        self._jobs: dict[int, threading.Event] = {}  # generation -> its cancel flag
        self._request: Request | None = None  # the newest

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def submit(self, request: Request) -> int:
        """Start a request, superseding every older one; return its generation."""
        for cancelled in self._jobs.values():
            cancelled.set()  # a queued job stops before it starts, a running one at its next step
        self._jobs.clear()
        self._generation += 1
        self._request = request
        job = _Job(self._generation, request, self._signals)
        self._jobs[self._generation] = job.cancelled
        self._pool.start(job)
        self.busy_changed.emit(True)
        return self._generation

    def _on_finished(self, result: Result) -> None:
        if result.generation != self._generation or self._request is None:
            return  # superseded: a newer request is on its way
        if result.error:
            self._done(result)
            return
        steps = self._build(result, self._request)
        size = sum(len(d.text) for d in (result.left, result.right) if d is not None)
        if size < SHORT:
            for _ in steps:
                pass
            self._done(result)
        else:
            self._step(result, steps)

    @staticmethod
    def _build(result: Result, request: Request):  # type: ignore[no-untyped-def]
        for side in ("left", "right"):
            qdoc = yield from build_steps(getattr(result, side), result.comparison, side,
                                          request.dark, request.zoom, request.base)
            setattr(result, f"{side}_qdoc", qdoc)

    def _step(self, result: Result, steps) -> None:  # type: ignore[no-untyped-def]
        """Build for STEP_MS, then let the event loop run; stop if a newer request came."""
        if result.generation != self._generation:
            return
        until = time.perf_counter() + STEP_MS / 1000
        for _ in steps:
            if time.perf_counter() >= until:
                QTimer.singleShot(1, lambda: self._step(result, steps))
                return
        self._done(result)

    def _done(self, result: Result) -> None:
        self._jobs.pop(result.generation, None)
        self.busy_changed.emit(False)
        self.finished.emit(result)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the pool is idle (tests and shutdown)."""
        return self._pool.waitForDone(msecs)
