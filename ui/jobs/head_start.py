"""The first comparison, started in a child process before the window is built.

``verso ORIGINAL COPY`` knows what to compare before Qt has built a single
widget; importing and building the window takes most of the start-up, and it
holds this process's GIL. On a machine with a second core, a child
(``ui.jobs.child_process``) reads and compares the pair meanwhile: ``begin``
returns a :class:`HeadStart`, which ``ui.main.open_window`` hands to the
window's compare worker, and the worker's first request takes its answer if
it is that very pair (``ui.jobs.compare``) instead of starting over. No Qt here.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from ui.jobs import child_jobs, child_process


class HeadStart:
    """A comparison begun in a child for one request (paths and options); taken once."""

    def __init__(self, key: tuple[Any, ...], pending: child_process.Pending) -> None:
        self.key = key
        self._lock = threading.Lock()  # taken in the runner's thread, ended from the GUI thread
        self._pending: child_process.Pending | None = pending

    def take(self, left: Any, right: Any, options: Any) -> child_process.Pending | None:
        """The answer on its way for exactly this request (once), or None. Any other request
        ends it: only the first request can use it."""
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is None:
            return None
        if self.key == (left, right, options):
            return pending
        pending.cancel()
        return None

    def cancel(self) -> None:
        """Nobody will ask for it: the child is ended (nothing if it was taken)."""
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is not None:
            pending.cancel()


def begin(left: str, right: str, options: Any) -> HeadStart | None:
    """Start reading and comparing ``left`` and ``right`` (paths) in a child; None if not started
    (one core, where the child would only take turns with the window; no child process here)."""
    if (os.cpu_count() or 1) < 2:
        return None
    try:
        limits = child_process.COMPARE_LIMITS
        pending = child_process.start(child_jobs.read_and_compare, (left, right, options),
                                      limits.memory, limits.seconds)
    except child_process.ProcessFailed:
        return None
    return HeadStart((left, right, options), pending)
