"""Line numbers of offsets in a text, for reports: "original line 12 | copy line 14".

Counting the newlines before an offset from the start of the text, for
each difference, made reports O(differences x length): a 10 MB pair took
81 s as text. Here the newlines of a text are found once (kept for the
last few texts) and each line number is a binary search.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from functools import lru_cache

_NEWLINE = re.compile("\n")


@lru_cache(maxsize=8)
def _newlines(text: str) -> array[int]:
    return array("q", (m.start() for m in _NEWLINE.finditer(text)))


def line_number(text: str, offset: int) -> int:
    """The 1-based number of the line of ``text`` that holds ``offset``."""
    return bisect_left(_newlines(text), offset) + 1
