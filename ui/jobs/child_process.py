"""Long pure-Python jobs (comparing, checking facts) in child processes, off the window's GIL.

In a thread of the window's process such a job holds the GIL in long
stretches (and for whole C calls: a regular expression over a megabyte), and
the event loop stalls. Here it runs in a child process started with
``spawn`` (no fork of a process running Qt's threads): a module-level
function and its arguments go in, its value comes back, both pickled. The
calling thread waits on a pipe, the GIL free meanwhile, and can cancel: the
child is then ended at once.

Children are kept: one waits, its imports done (``prestart``), for the next
job, and a child that answered serves again. This module imports no Qt, and
neither does a child: it imports only what its jobs need (``app``).

The child ``verso ORIGINAL COPY`` starts first (``prestart``, before Qt is
imported) is forked on Linux while the process is still one thread with no
Qt (``ui/jobs/forked.py``): it starts with the window's imports done, and
needs neither an interpreter start-up of its own (~50-80 ms of CPU) nor
multiprocessing's resource tracker (another interpreter, ~40 ms), both
competing with the window's start on a busy machine; nor does the window
import multiprocessing for it (~20 ms). Any later child is spawned.

A job may have a memory ceiling (``resource.setrlimit(RLIMIT_AS)`` in the
child, for that job only; where the platform has none, no ceiling) and a
timeout. A job that passes either, or whose child dies under it, raises
``Stopped``: the child is ended, and the job is never tried again in the
window's own process, where it would run away the same way.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import threading
import time
from dataclasses import dataclass
from typing import Any

from ui.jobs import forked

POLL_SECONDS = 0.05  # how often a waiting caller looks at its cancel flag
IDLE_CHILDREN = 2  # children kept waiting (a comparison and a fact check may overlap)
PRELOAD = ("app", "app.documents.markdown_reader", "app.facts")  # imported while a child waits


GIB = 1 << 30


@dataclass(frozen=True)
class Limits:
    """How much a child job may take: bytes of memory it may add, seconds it may run."""

    memory: int | None = 3 * GIB
    seconds: float | None = 180.0


COMPARE_LIMITS = Limits(memory=3 * GIB, seconds=180.0)  # reading and comparing two files
FACTS_LIMITS = Limits(memory=2 * GIB, seconds=120.0)  # checking a comparison's facts
EXPORT_LIMITS = Limits(memory=3 * GIB, seconds=300.0)  # writing a long pair's report (PDF: ~75 s a MB)
PROJECT_LIMITS = Limits(memory=3 * GIB, seconds=120.0)  # reading a big project file


class Cancelled(Exception):
    """The caller's cancel flag was set while the child worked."""


class ProcessFailed(Exception):
    """No child could be started, or it ended without an answer."""


class JobFailed(Exception):
    """The job raised in the child; ``str()`` is the child's exception text."""


class Stopped(Exception):
    """The job was stopped: ``reason`` is "memory" (it passed its ceiling), "time" (its
    timeout) or "died" (its child ended under it, e.g. killed for lack of memory)."""

    def __init__(self, reason: str, limit: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.limit = limit


def _address_space() -> int:
    """This process's address space now, in bytes (0 if unknown)."""
    try:
        with open("/proc/self/statm") as statm:
            import os

            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _set_ceiling(memory: int | None) -> Any:
    """Limit what the job may add to this process's address space; returns what to restore
    (None where the platform sets no such limit)."""
    try:
        import resource
    except ImportError:  # Windows: no ceiling
        return None
    old = resource.getrlimit(resource.RLIMIT_AS)
    if memory is None:
        return None
    soft = _address_space() + memory
    if old[1] != resource.RLIM_INFINITY:
        soft = min(soft, old[1])
    try:
        resource.setrlimit(resource.RLIMIT_AS, (soft, old[1]))
    except (ValueError, OSError):
        return None
    return old


def _lift_ceiling(old: Any) -> None:
    if old is not None:
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, old)


def _serve(conn: Any, preload: tuple[str, ...]) -> None:  # the child's main loop
    gc.enable()  # (a forked child inherits start-up's disabled collector: ui/main.py)
    for name in preload:
        if conn.poll(0):  # a job is waiting: it imports what it needs itself
            break
        with contextlib.suppress(Exception):  # the job will say what is wrong
            importlib.import_module(name)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the window went away
            return
        if job is None:
            return
        func, args, memory = job
        old = _set_ceiling(memory)
        try:
            answer: tuple[str, Any] = ("ok", func(*args))
        except MemoryError:
            answer = ("memory", None)
        except Exception as exc:
            answer = ("error", str(exc))
        finally:
            _lift_ceiling(old)
        try:
            conn.send(answer)
        except OSError:  # the window went away while the job ran (a traceback in its terminal)
            return
        except Exception as exc:  # an answer that does not pickle
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
        if answer[0] == "memory":
            return  # a heap that ran out is not trusted with another job


def _serve_preloaded(conn: Any) -> None:  # a forked child's
    _serve(conn, PRELOAD)


class _Child:
    def __init__(self, fork: bool = False) -> None:
        self.process: Any
        self.conn: Any  # a multiprocessing Connection, or a forked.Channel (the same four methods)
        if fork:  # the channel and the handle are what multiprocessing's would be (ui/jobs/forked.py)
            try:
                self.process, self.conn = forked.fork(_serve_preloaded)
            except OSError as exc:
                raise ProcessFailed(str(exc)) from exc
            return
        import multiprocessing  # (here: the first child of ``verso A B`` is forked without it)

        context = multiprocessing.get_context("spawn")
        self.conn, child_end = context.Pipe(duplex=True)
        try:
            self.process = context.Process(target=_serve, args=(child_end, PRELOAD),
                                           name="verso-worker", daemon=True)
            self.process.start()
        except Exception as exc:  # no processes here (a sandbox, a broken bundle)
            self.conn.close()
            raise ProcessFailed(str(exc)) from exc
        finally:
            child_end.close()  # the child holds its own: EOF here when it dies

    def alive(self) -> bool:
        return bool(self.process.is_alive())

    def end(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(1.0)


_idle: list[_Child] = []
_lock = threading.Lock()


def prestart() -> None:
    """Have a child waiting, its imports done, for the next job (quietly does nothing on failure);
    forked when ``forked.safe()`` (at start, before Qt), else spawned."""
    with _lock:
        if any(child.alive() for child in _idle):
            return
    try:
        child = _Child(fork=forked.safe())
    except ProcessFailed:
        return
    with _lock:
        _idle.append(child)


def _take() -> _Child:
    with _lock:
        while _idle:
            child = _idle.pop(0)
            if child.alive():
                return child
            child.end()
    return _Child()


def _give_back(child: _Child) -> None:
    with _lock:
        if len(_idle) < IDLE_CHILDREN:
            _idle.append(child)
            return
    child.end()


class Pending:
    """A job handed to a child (``start``); ``result`` waits for its value."""

    def __init__(self, child: _Child, memory: int | None = None, seconds: float | None = None) -> None:
        self._child: _Child | None = child
        self.memory = memory
        self.deadline = None if seconds is None else time.monotonic() + seconds
        self.seconds = seconds

    def result(self, cancelled: threading.Event | None = None) -> Any:
        """The job's value (once). Raises as ``run`` does."""
        child, self._child = self._child, None
        if child is None:
            raise ProcessFailed("the answer was already taken, or the job was cancelled")
        try:
            while not child.conn.poll(POLL_SECONDS):
                if cancelled is not None and cancelled.is_set():
                    raise Cancelled
                if self.deadline is not None and time.monotonic() > self.deadline:
                    raise Stopped("time", self.seconds)
            status, value = child.conn.recv()
        except (Cancelled, Stopped):
            child.end()
            raise
        except (EOFError, OSError):
            child.end()
            raise Stopped("died", self.memory) from None
        except BaseException:
            child.end()
            raise
        if status == "memory":
            child.end()
            raise Stopped("memory", self.memory)
        _give_back(child)
        if status != "ok":
            raise JobFailed(value)
        return value

    def cancel(self) -> None:
        """Nobody wants the answer: the child is ended."""
        child, self._child = self._child, None
        if child is not None:
            child.end()


def start(func: Any, args: tuple[Any, ...], memory: int | None = None,
          seconds: float | None = None) -> Pending:
    """Hand ``func(*args)`` to a child process and return at once; ``func`` must be a
    module-level function. ``memory``: bytes the job may add to the child's address space;
    ``seconds``: how long ``result`` waits for it. Raises ``ProcessFailed`` if no child
    could take the job."""
    child = _take()
    try:
        child.conn.send((func, args, memory))
    except Exception as exc:  # arguments that do not pickle, a child gone
        child.end()
        raise ProcessFailed(f"the job could not be handed over ({type(exc).__name__}: {exc})") from None
    return Pending(child, memory, seconds)


def run(func: Any, args: tuple[Any, ...], cancelled: threading.Event | None = None,
        memory: int | None = None, seconds: float | None = None) -> Any:
    """``func(*args)`` computed in a child process; ``func`` must be a module-level function.

    Raises ``Cancelled`` if ``cancelled`` is set before the answer arrives
    (the child is ended), ``ProcessFailed`` if no child could run the job,
    ``Stopped`` if it passed ``memory`` or ``seconds`` or its child died, and
    ``JobFailed`` with the child's exception text if the job raised.
    """
    return start(func, args, memory, seconds).result(cancelled)
