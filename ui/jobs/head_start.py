"""The first comparison, started in a child process before the window is built.

``verso ORIGINAL COPY`` knows what to compare before Qt has built a single
widget; importing and building the window takes most of the start-up, and it
holds this process's GIL. On a machine with a second core, a child
(``ui.jobs.child_process``) reads and compares the pair meanwhile, and the
window's first request for that pair (``ui.jobs.compare``) takes its answer
instead of starting over. No Qt here.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from ui.jobs import child_jobs, child_process

_lock = threading.Lock()
_pending: tuple[tuple[Any, ...], child_process.Pending] | None = None


def begin(left: str, right: str, options: Any) -> bool:
    """Start reading and comparing ``left`` and ``right`` (paths) in a child; False if not started
    (one core, where the child would only take turns with the window; no child process here)."""
    global _pending
    if (os.cpu_count() or 1) < 2:
        return False
    try:
        limits = child_process.COMPARE_LIMITS
        pending = child_process.start(child_jobs.read_and_compare, (left, right, options),
                                      limits.memory, limits.seconds)
    except child_process.ProcessFailed:
        return False
    with _lock:
        previous, _pending = _pending, ((left, right, options), pending)
    if previous is not None:
        previous[1].cancel()
    return True


def take(left: Any, right: Any, options: Any) -> child_process.Pending | None:
    """The head start for exactly this request (once), or None. Any other request ends it:
    only the window's first request can use it."""
    global _pending
    with _lock:
        started, _pending = _pending, None
    if started is None:
        return None
    key, pending = started
    if key == (left, right, options):
        return pending
    pending.cancel()
    return None
