"""Checking facts in a separate process, so the window's Python thread never waits for the GIL.

``app.facts.check_facts`` is pure Python and takes seconds on long texts; in
a thread of the window's process it holds the GIL in long stretches and the
event loop stalls. Here it runs in a child process started with ``spawn``
(no fork of a process running Qt's threads): the comparison goes in, the
report comes back, both pickled. The calling thread waits on a pipe (the GIL
is free meanwhile) and can cancel, which ends the child at once.

This module imports no Qt, and neither does the child: it imports only
``app.facts``.
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import Any

POLL_SECONDS = 0.05  # how often a waiting caller looks at its cancel flag


class Cancelled(Exception):
    """The caller's cancel flag was set while the child worked."""


class ProcessFailed(Exception):
    """The child could not be started or ended without an answer."""


def _child(conn: Any, comparison: Any) -> None:  # in the child process
    try:
        from app.facts import check_facts

        answer: tuple[str, Any] = ("ok", check_facts(comparison))
    except Exception as exc:  # reported to the window as one line
        answer = ("error", f"{type(exc).__name__}: {exc}")
    conn.send(answer)
    conn.close()


def check_in_process(comparison: Any, cancelled: threading.Event | None = None) -> Any:
    """``app.facts.check_facts(comparison)`` computed in a child process.

    Raises ``Cancelled`` if ``cancelled`` is set before the answer arrives
    (the child is terminated), ``ProcessFailed`` if no child could run it,
    and re-raises the checker's own failure as a ``RuntimeError``.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    try:
        process = context.Process(target=_child, args=(sender, comparison),
                                  name="verso-facts", daemon=True)
        process.start()
    except Exception as exc:  # no processes here (a sandbox, a broken bundle)
        receiver.close()
        sender.close()
        raise ProcessFailed(str(exc)) from exc
    sender.close()  # the child holds its own end: EOF here when it dies
    answered = False
    try:
        while not receiver.poll(POLL_SECONDS):
            if cancelled is not None and cancelled.is_set():
                raise Cancelled
        try:
            status, value = receiver.recv()
        except EOFError:
            raise ProcessFailed("the fact checker ended without an answer "
                                f"(exit code {process.exitcode})") from None
        answered = True
    finally:
        receiver.close()
        if answered:
            process.join(2.0)  # it is ending on its own
        if process.is_alive():
            process.terminate()
        process.join(1.0)
    if status != "ok":
        raise RuntimeError(value)
    return value
