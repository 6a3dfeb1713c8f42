"""The one way the window runs work off the GUI thread.

Every background job of the window (comparing, checking facts, looking at
the project's files on disk, reading them again) is handed to a
:class:`Runner` with a name. The runner:

- runs it in a plain Python thread that makes no Qt call at all (no QObject,
  no signal, no translation: PySide can deadlock a worker that takes Qt's
  locks while holding the GIL against a GUI thread that waits for the GIL);
- supersedes: a new job of the same name cancels the older one, whose answer
  is dropped; :meth:`Runner.cancel` does the same without a new job;
- hands the answer to the GUI thread: the thread puts it on a queue, which a
  timer of the GUI thread looks at every ``POLL_MS`` while jobs run, and the
  job's ``done(value, error)`` is called there. (A socket pair and a
  ``QSocketNotifier`` would wake it sooner, but a runner dropped by the
  garbage collector closes its socket before Qt forgets the notifier, and a
  new socket reusing the number crashed the event loop.)
- runs the part that could run away in a child process (:meth:`Job.child`),
  under a memory ceiling (``setrlimit`` in the child) and a timeout. A job
  stopped there raises :class:`Stopped`, and ``describe_stop`` says so to
  the user in one line; the window keeps what it shows.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui.jobs import child_process
from ui.jobs.child_process import (
    COMPARE_LIMITS,
    FACTS_LIMITS,
    GIB,
    Cancelled,
    JobFailed,
    Limits,
    ProcessFailed,
    Stopped,
)

__all__ = ["COMPARE_LIMITS", "FACTS_LIMITS", "Cancelled", "Job", "JobFailed", "Limits", "Runner", "Stopped",
           "describe_stop"]

T = TypeVar("T")
POLL_MS = 10  # how often the GUI thread looks for answers while a job runs


class Job(Generic[T]):
    """One piece of work, as its thread sees it: its name, its cancel flag, and how it runs
    a child process. It holds nothing of the window (see ``Runner.submit``)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        """Nobody wants the answer any more: a child running for it is ended."""
        self.cancelled.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the job was cancelled (between steps of in-thread work)."""
        if self.cancelled.is_set():
            raise Cancelled

    def child(self, func: Callable[..., Any], args: tuple[Any, ...], limits: Limits,
              fallback: bool = True) -> Any:
        """``func(*args)`` in a child process under ``limits`` (``func`` at module level).

        Raises ``Cancelled``, ``Stopped`` (memory, time, child died) or
        ``JobFailed``. Only if no child can be started at all (a sandbox) and
        ``fallback`` is on does it run here, in this thread, instead.
        """
        try:
            return child_process.run(func, args, self.cancelled, limits.memory, limits.seconds)
        except ProcessFailed:
            if not fallback:
                raise
        self.check()
        return func(*args)


class Runner(QObject):
    """Runs named jobs off the GUI thread and calls their ``done`` on it (one per window)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answers: queue.SimpleQueue[tuple[Job[Any], Any, BaseException | None]] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._deliver)
        self._jobs: dict[str, Job[Any]] = {}  # the newest job of each name, until answered
        self._done: dict[Job[Any], Callable[[Any, BaseException | None], None]] = {}
        self._threads: set[threading.Thread] = set()

    def submit(self, name: str, work: Callable[[Job[T]], T],
               done: Callable[[T | None, BaseException | None], None]) -> Job[T]:
        """Run ``work(job)`` in a thread, superseding the job of the same name; ``done(value,
        None)`` or ``done(None, error)`` follows on the GUI thread unless it was superseded.

        ``work`` must hold no QObject (nor a widget's method): the thread drops its
        references when it ends, and a QObject whose last reference goes in a worker
        thread is destroyed there, under the GUI thread's feet (its timers fired into a
        freed object). ``done`` stays here, on the GUI thread's side.
        """
        old = self._jobs.get(name)
        if old is not None:
            old.cancel()
            self._done.pop(old, None)
        was_busy = bool(self._jobs)
        job: Job[T] = Job(name)
        self._jobs[name] = job
        self._done[job] = done
        thread = threading.Thread(target=_run, args=(self._answers, job, work), name=f"verso-{name}",
                                  daemon=True)
        self._threads = {t for t in self._threads if t.is_alive()} | {thread}
        thread.start()
        self._timer.start()
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    def _deliver(self) -> None:
        if not any(t.is_alive() for t in self._threads) and self._answers.empty():
            self._timer.stop()  # nothing running, nothing to hand over
        while True:
            try:
                job, value, error = self._answers.get_nowait()
            except queue.Empty:
                break
            done = self._done.pop(job, None)
            if self._jobs.get(job.name) is not job or job.cancelled.is_set() or done is None:
                continue  # superseded or cancelled: nobody wants it
            del self._jobs[job.name]
            if not self._jobs:
                self.busy_changed.emit(False)
            done(value, error)

    def busy(self, name: str | None = None) -> bool:
        """Whether a job (of ``name``, or any) waits for its answer."""
        return bool(self._jobs) if name is None else name in self._jobs

    def cancel(self, name: str) -> None:
        """Cancel the job of ``name``, if any: its answer is dropped."""
        job = self._jobs.pop(name, None)
        if job is not None:
            job.cancel()
            self._done.pop(job, None)
            if not self._jobs:
                self.busy_changed.emit(False)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until every job's thread has ended (tests, shutdown); answers then come
        with the next turn of the event loop."""
        import time

        deadline = time.monotonic() + msecs / 1000
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        self._threads = {t for t in self._threads if t.is_alive()}
        return not self._threads

    def shutdown(self) -> None:
        """Cancel every job (the window closes): their children are ended, answers dropped."""
        for name in list(self._jobs):
            self.cancel(name)


def _run(answers: queue.SimpleQueue[tuple[Job[Any], Any, BaseException | None]], job: Job[Any],
         work: Callable[[Job[Any]], Any]) -> None:
    """A job's thread: no Qt call, and no reference to the runner (see ``Runner.submit``)."""
    try:
        value, error = work(job), None
    except BaseException as exc:  # handed to the GUI thread, which decides
        value, error = None, exc
    answers.put((job, value, error))


def describe_stop(stop: Stopped, what: str) -> str:
    """One line for the user about a job stopped in its child; ``what`` names the work
    ("The comparison"). Called on the GUI thread (it translates)."""
    if stop.reason == "time":
        seconds = f"{stop.limit:.0f}" if stop.limit else "?"
        return QCoreApplication.translate("Runner", "{what} was stopped after {seconds} seconds").format(
            what=what, seconds=seconds)
    if stop.reason == "memory":
        return QCoreApplication.translate(
            "Runner", "{what} was stopped: it needed more than {gib} GB of memory").format(
            what=what, gib=f"{(stop.limit or 0) / GIB:.0f}")
    return QCoreApplication.translate(
        "Runner", "{what} was stopped: its worker process ended (out of memory?)").format(what=what)
