"""Line numbers of offsets in a text, for reports: "original line 12 | copy line 14".

Counting the newlines before an offset from the start of the text, for
each difference, made reports O(differences x length): a 10 MB pair took
81 s as text. Here the newlines of a text are found once (kept for the
last few texts) and each line number is a binary search.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

_KEPT = 8
# The newlines of the last few texts, by the text's identity: an lru_cache keyed by the text
# compared an equal text of another object with the cached one in full, a megabyte for each
# line number (a project's report: 1.9 s for 25,000 line numbers). The text is kept with
# its newlines, so its id stays its own while it is here.
_known: dict[int, tuple[str, array[int]]] = {}
_lock = threading.Lock()


def _newlines(text: str) -> array[int]:
    found = _known.get(id(text))
    if found is not None and found[0] is text:
        return found[1]
    # The offset of each newline: one less than the lengths of the lines before it and its own,
    # each with its newline, summed (in C: 0.1 s a MB as a match a newline).
    newlines = array("q", accumulate(map((1).__add__, map(len, text.split("\n"))), initial=-1))[1:-1]
    with _lock:  # reports may be written in two threads (an export, a copy)
        while len(_known) >= _KEPT:
            _known.pop(next(iter(_known)))
        _known[id(text)] = (text, newlines)
    return newlines


def line_number(text: str, offset: int) -> int:
    """The 1-based number of the line of ``text`` that holds ``offset``."""
    return bisect_left(_newlines(text), offset) + 1


def line_finder(text: str) -> Callable[[int], int]:
    """``line_number`` for one text, its newlines found once (a report asks for thousands)."""
    newlines = _newlines(text)
    return lambda offset: bisect_left(newlines, offset) + 1
