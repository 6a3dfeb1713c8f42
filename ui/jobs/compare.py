"""Reading and comparing off the GUI thread; building the panes' documents on it, in steps.

Each request gets a generation number and goes to the window's runner
(``ui.jobs.runner``) as the job "compare": a newer request supersedes the
older one (its child process is ended) and the window sees the newest only.
The job makes no Qt call (see ``build_steps``): it reads and compares in a
child process under a memory ceiling and a timeout, and returns plain
records; the GUI thread builds the two QTextDocuments a few milliseconds at
a time before it hands the result on.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from app import CompareOptions, Comparison, Document
from app.vocabulary import SIDES, Side
from ui.jobs import child_jobs, child_process
from ui.jobs.head_start import HeadStart
from ui.jobs.runner import COMPARE_LIMITS, Cancelled, Job, Runner, Stopped, describe_stop
from ui.panes.highlighting import build_steps
from ui.panes.offsets import OffsetMap
from ui.review.derived import Derived, derive

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
    place: Callable[[Comparison], Any] | None = None  # run in the job's thread on the comparison made


@dataclass
class Result:
    """What a job produced for one request."""

    generation: int
    left: Document | None = None
    right: Document | None = None
    comparison: Comparison | None = None
    left_qdoc: QTextDocument | None = None
    right_qdoc: QTextDocument | None = None
    derived: Derived | None = None  # reading order, span index, paragraphs, shares
    offset_maps: dict[Side, OffsetMap] = field(default_factory=dict)
    words: dict[Side, int] = field(default_factory=dict)
    file_sha256: dict[Side, str | None] = field(default_factory=dict)  # of each side's file as read
    placed: Any = None  # what ``Request.place`` gave (None: nothing placed)
    error: str | None = None
    error_side: Side | None = None
    seconds: float = 0.0

    def document(self, side: Side) -> Document | None:
        """The document read for ``side``, or None."""
        return self.left if side == "left" else self.right

    def qdoc(self, side: Side) -> QTextDocument | None:
        """The QTextDocument built for ``side``, or None."""
        return self.left_qdoc if side == "left" else self.right_qdoc


class _SideError(Exception):
    """A side could not be read: ``message`` is the reader's line, or (name, error) of an
    OSError, translated on the GUI thread."""

    def __init__(self, side: Side, message: str | None = None, name: str = "", error: str = "") -> None:
        super().__init__(message or error)
        self.side = side
        self.message = message
        self.name = name
        self.error = error


def compare_job(job: Job[Result], generation: int, request: Request,
                head_start: HeadStart | None = None) -> Result:
    """Read, compare and prepare one request: in the runner's thread, no Qt call.

    Reading and comparing run in a child process under ``COMPARE_LIMITS``
    (``ui.jobs.child_jobs.read_and_compare``); ``verso A B``'s ``head_start`` is
    taken if it is this very request (and ended if not). The reading order, span index, paragraph
    numbers and shares (``ui.review.derived``) are made here too, off the GUI thread; the panes'
    offset maps and the files' digests come from the child.
    """
    started = time.perf_counter()
    result = Result(generation)
    head = head_start.take(request.left, request.right, request.options) if head_start is not None else None
    if head is not None:  # ``verso A B``: a child began before the window was built
        try:
            answer = head.result(job.cancelled)
        except child_process.ProcessFailed:
            answer = job.child(child_jobs.read_and_compare, (request.left, request.right, request.options),
                               COMPARE_LIMITS)
    else:
        answer = job.child(child_jobs.read_and_compare, (request.left, request.right, request.options),
                           COMPARE_LIMITS)
    job.check()
    if answer[0] == "document":
        raise _SideError(answer[1], message=answer[2])
    if answer[0] == "os":
        raise _SideError(answer[1], name=answer[2], error=answer[3])
    result.left, result.right, result.comparison = child_jobs.unpickle_comparison(answer[1])
    result.words = answer[2]
    if result.comparison is not None:  # the reader state's derived data (the child's shares)
        result.derived = derive(result.comparison, answer[3], pickled=answer[1])
    result.offset_maps, result.file_sha256 = answer[4], answer[5]  # made in the child
    if request.place is not None and result.comparison is not None:
        job.check()
        with contextlib.suppress(Exception):  # (the review places them on the GUI thread then)
            result.placed = request.place(result.comparison)
    result.seconds = time.perf_counter() - started
    return result


# A document is built in steps of about this long on the GUI thread, with the event loop
# run between them; a pair of a build_size under SHORT is built at once.
STEP_MS = 8
SHORT = 200_000
_LAST = object()  # what next() gives for a stage iterator with no step left


# A line is a block to Qt: about 2 us to make, format and lay out, as much as 20 characters of
# a line (24,000 tiny Markdown blocks a side, 0.1 MB of text, were built at once: 153 ms).
LINE_COST = 20


def build_size(*texts: str) -> int:
    """What the GUI thread's work on ``texts`` costs, in characters (a line counts LINE_COST)."""
    return sum(len(text) + LINE_COST * (text.count("\n") + text.count("\u2029")) for text in texts)


def is_long(comparison: Comparison) -> bool:
    """Whether a pair is long enough for its GUI-thread work to go in steps (or to a child)."""
    return build_size(comparison.left.text, comparison.right.text) >= SHORT


def in_steps(steps: Iterator[Any], alive: Callable[[], bool], done: Callable[[Any], None]) -> None:
    """Run ``steps`` (a generator) for STEP_MS, let the event loop run, and so on; then ``done``
    with its value. Given up as soon as it is no longer ``alive()`` (a newer request came)."""
    if not alive():
        return
    until = time.perf_counter() + STEP_MS / 1000
    try:
        next(steps)  # one step a turn at least
        while time.perf_counter() < until:
            next(steps)
    except StopIteration as end:
        done(end.value)
        return
    QTimer.singleShot(1, lambda: in_steps(steps, alive, done))


class CompareWorker(QObject):
    """Runs requests on the window's ``Runner`` (name "compare": a newer request supersedes);
    emits ``finished(Result)`` for the newest only, once the GUI thread has built its two
    documents."""

    finished = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, runner: Runner | None = None,
                 prepare: Callable[[Result], Iterable[None]] | None = None) -> None:
        super().__init__(parent)
        self.runner = runner if runner is not None else Runner(self)
        # Steps on the GUI thread between building a long pair's documents and handing the
        # result on, each in a turn of the event loop of its own (see _step): what the
        # result's first paint would make (ui/shell/comparing.py).
        self.prepare = prepare
        self._generation = 0
        self._busy = False
        self._request: Request | None = None  # the newest
        # ``verso A B``: the pair compared in a child while the window was built, for the first
        # request (ui/jobs/head_start.py; ui.main.open_window hands it over).
        self.head_start: HeadStart | None = None

    @property
    def busy(self) -> bool:
        """Whether a request is on its way (compared or built)."""
        return self._busy

    def submit(self, request: Request) -> int:
        """Start a request, superseding every older one; return its generation."""
        self._generation += 1
        generation = self._generation
        self._request = request
        head, self.head_start = self.head_start, None  # the first request only
        self.runner.submit("compare", lambda job: compare_job(job, generation, request, head),
                           lambda result, error: self._answered(generation, result, error))
        if not self._busy:
            self._busy = True
            self.busy_changed.emit(True)
        return generation

    def _answered(self, generation: int, result: Result | None, error: BaseException | None) -> None:
        """The job's answer, on the GUI thread: errors become one translated line."""
        if isinstance(error, _SideError):
            message = error.message or QCoreApplication.translate(
                "Worker", "{name}: cannot be read ({error})").format(name=error.name, error=error.error)
            result = Result(generation, error=message, error_side=error.side)
        elif isinstance(error, Stopped):
            what = QCoreApplication.translate("Worker", "The comparison")
            result = Result(generation, error=describe_stop(error, what))
        elif isinstance(error, Cancelled):
            return
        elif error is not None or result is None:  # the engine failing must not kill the window
            failed = QCoreApplication.translate("Worker", "The comparison failed: {error}")
            result = Result(generation, error=failed.format(error=error))
        self._on_finished(result)

    def _on_finished(self, result: Result) -> None:
        if result.generation != self._generation or self._request is None:
            return  # superseded: a newer request is on its way
        if result.error:
            self._done(result)
            return
        steps = self._build(result, self._request)
        if build_size(*(d.text for d in (result.left, result.right) if d is not None)) < SHORT:
            for _ in steps:
                pass
            for _ in self._prepared(result):
                pass
            self._done(result)
        else:
            self._step(result, steps)

    def _prepared(self, result: Result) -> Iterator[None]:
        return iter(self.prepare(result)) if self.prepare is not None else iter(())

    @staticmethod
    def _build(result: Result, request: Request):
        for side in SIDES:
            qdoc = yield from build_steps(result.document(side), result.comparison, side,
                                          request.dark, request.zoom, request.base,
                                          result.offset_maps.get(side))
            setattr(result, f"{side}_qdoc", qdoc)

    def _step(self, result: Result, steps) -> None:
        """Build in steps; stop if a newer request came. Then each of ``prepare``'s steps, and
        then the result handed on (and shown), each in a turn of its own: together they held
        the event loop past 100 ms (issue 13)."""
        in_steps(steps, lambda: result.generation == self._generation,
                 lambda _built: self._next_turn(result, self._prepared(result)))

    def _next_turn(self, result: Result, stages: Iterator[None]) -> None:
        QTimer.singleShot(0, self, lambda: self._stage(result, stages))

    def _stage(self, result: Result, stages: Iterator[None]) -> None:
        if result.generation != self._generation:
            return  # superseded
        if next(stages, _LAST) is _LAST:
            self._done(result)
        else:
            self._next_turn(result, stages)

    def _done(self, result: Result) -> None:
        if self._busy:
            self._busy = False
            self.busy_changed.emit(False)
        self.finished.emit(result)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until no job runs (tests and shutdown)."""
        return self.runner.wait(msecs)
