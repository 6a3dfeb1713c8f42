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
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import threading
from typing import Any

POLL_SECONDS = 0.05  # how often a waiting caller looks at its cancel flag
WORTH_IT = 200_000  # characters (both texts) from which a job goes to a child: below, starting
# one (and its imports, ~0.1 s) costs more than the job holds the GIL
IDLE_CHILDREN = 2  # children kept waiting (a comparison and a fact check may overlap)
PRELOAD = ("app", "app.documents.markdown_reader", "app.facts")  # imported while a child waits


class Cancelled(Exception):
    """The caller's cancel flag was set while the child worked."""


class ProcessFailed(Exception):
    """No child could be started, or it ended without an answer."""


class JobFailed(Exception):
    """The job raised in the child; ``str()`` is the child's exception text."""


def _serve(conn: Any, preload: tuple[str, ...]) -> None:  # the child's main loop
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
        func, args = job
        try:
            answer: tuple[str, Any] = ("ok", func(*args))
        except Exception as exc:
            answer = ("error", str(exc))
        try:
            conn.send(answer)
        except Exception as exc:  # an answer that does not pickle
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class _Child:
    def __init__(self) -> None:
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
        return self.process.is_alive()

    def end(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(1.0)


_idle: list[_Child] = []
_lock = threading.Lock()


def prestart() -> None:
    """Have a child waiting, its imports done, for the next job (quietly does nothing on failure)."""
    with _lock:
        if any(child.alive() for child in _idle):
            return
    try:
        child = _Child()
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

    def __init__(self, child: _Child) -> None:
        self._child: _Child | None = child

    def result(self, cancelled: threading.Event | None = None) -> Any:
        """The job's value (once). Raises as ``run`` does."""
        child, self._child = self._child, None
        if child is None:
            raise ProcessFailed("the answer was already taken, or the job was cancelled")
        try:
            while not child.conn.poll(POLL_SECONDS):
                if cancelled is not None and cancelled.is_set():
                    raise Cancelled
            status, value = child.conn.recv()
        except Cancelled:
            child.end()
            raise
        except (EOFError, OSError) as exc:
            child.end()
            raise ProcessFailed(f"the worker process ended without an answer ({exc or type(exc).__name__})") from None
        except BaseException:
            child.end()
            raise
        _give_back(child)
        if status != "ok":
            raise JobFailed(value)
        return value

    def cancel(self) -> None:
        """Nobody wants the answer: the child is ended."""
        child, self._child = self._child, None
        if child is not None:
            child.end()


def start(func: Any, args: tuple[Any, ...]) -> Pending:
    """Hand ``func(*args)`` to a child process and return at once; ``func`` must be a
    module-level function. Raises ``ProcessFailed`` if no child could take the job."""
    child = _take()
    try:
        child.conn.send((func, args))
    except Exception as exc:  # arguments that do not pickle, a child gone
        child.end()
        raise ProcessFailed(f"the job could not be handed over ({type(exc).__name__}: {exc})") from None
    return Pending(child)


def run(func: Any, args: tuple[Any, ...], cancelled: threading.Event | None = None) -> Any:
    """``func(*args)`` computed in a child process; ``func`` must be a module-level function.

    Raises ``Cancelled`` if ``cancelled`` is set before the answer arrives
    (the child is ended), ``ProcessFailed`` if no child could run the job, and
    ``JobFailed`` with the child's exception text if the job raised.
    """
    return start(func, args).result(cancelled)
