"""Offsets in a text as a pane shows it: Python ``str`` offsets against Qt (UTF-16) positions.

Pure Python, no Qt: the compare job makes each text's :class:`OffsetMap` off the GUI
thread (a search over a megabyte of text), and the reader state hands it to the pane
with its document (``ui.review.state``). Positions in the QTextDocument equal offsets
in ``Document.text`` except after characters outside the Basic Multilingual Plane,
which Qt counts twice, and after the break opportunities a pane adds to a run of
``BREAK_EVERY`` or more characters with no space in it (``ui.panes.highlighting``
says why).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
BREAK_EVERY = 256  # characters of a run with no whitespace between two added break opportunities
BREAK = "\u200b"  # zero-width space: a line may break there; nothing is drawn
# A run long enough to need breaks: the look-behind starts it only at a run's first
# character, so no position is tried twice (linear).
_LONG_RUN = re.compile(r"(?<!\S)\S{" + str(BREAK_EVERY + 1) + ",}")
NEW_BLOCK_EVERY = 16  # every 16th added break starts a new block: Qt lays out a block whole
# Qt lays out a block whole, on the GUI thread, at each new width: a paragraph of 300 KB with
# spaces held the window 0.8 s (Arabic, Devanagari or combining marks: 1.3-3.9 s). A line longer
# than this is shown as blocks of about this length, each new one after a space.
LONG_LINE = BREAK_EVERY * NEW_BLOCK_EVERY
# Combining marks stacked on one letter ("zalgo" text) cost Qt time in the square of a block's
# length: 4,096 characters of them took 0.5 s to lay out, 256 of them 38 ms. A line with 8 in a
# row (no language stacks so many) is shown as blocks of about BREAK_EVERY characters.
_MARK_RUN = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{8}")
_LINE = re.compile(r"[^\n]{" + str(BREAK_EVERY + 1) + ",}")
# A run of white space is one line however long (it hangs past the margin): Qt shapes all of
# it for each block, and a screen of 4,096-space blocks took 120 ms at each new width. A longer
# run than this is shown as blocks of this many (blank lines).
_SPACE_RUN = re.compile(r"[^\S\n]{" + str(BREAK_EVERY + 1) + ",}")
_LAST_SPACE = re.compile(r"[^\n]*[^\S\n]")  # to the last white space of a line's stretch (tabs, no-break...)
_LONG_LINE = re.compile(r"(?<![^\n])[^\n]{" + str(LONG_LINE + 1) + ",}")  # (from a line's start only)


def break_points(text: str) -> list[int]:
    """Offsets after which the pane shows a break opportunity (``BREAK``), in order."""
    points: list[int] = []
    for run in _LONG_RUN.finditer(text):
        points.extend(range(run.start() + BREAK_EVERY - 1, run.end() - 1, BREAK_EVERY))
    return points


def block_points(text: str) -> list[int]:
    """Offsets after which the pane starts a new block: after white space about every LONG_LINE
    characters of a longer line, every BREAK_EVERY of a run of white space, and about every
    BREAK_EVERY of a line heavy with marks."""
    points = _cuts(text, _LONG_LINE.finditer(text), LONG_LINE, anywhere=False)
    blank = [point for run in _SPACE_RUN.finditer(text)
             for point in range(run.start() + BREAK_EVERY - 1, run.end() - 1, BREAK_EVERY)]
    if blank:
        points = sorted(set(points).union(blank))
    if _MARK_RUN.search(text) is None:
        return points
    heavy = [line for line in _LINE.finditer(text) if _MARK_RUN.search(text, line.start(), line.end())]
    return sorted(set(points).union(_cuts(text, heavy, BREAK_EVERY, anywhere=True)))


def _cuts(text: str, lines: Iterable[re.Match[str]], limit: int, anywhere: bool) -> list[int]:
    """Offsets after white space about every ``limit`` characters of ``lines``; where a stretch has
    none, ``anywhere``: at its end, else none (a run with no space has its break opportunities)."""
    points: list[int] = []
    for line in lines:
        cursor, end = line.start(), line.end()
        while end - cursor > limit:
            last = _LAST_SPACE.match(text, cursor + limit // 2, cursor + limit)  # (each character
            cut = last.end() - 1 if last else -1  # is read at most twice)
            if cut < 0 and not anywhere:
                cursor += limit
                continue
            cut = cut if cut >= 0 else cursor + limit - 1
            points.append(cut)
            cursor = cut + 1
    return points


class OffsetMap:
    """Convert between Python str offsets and Qt (UTF-16) positions of one text as a pane
    shows it: a character outside the BMP, or one followed by an added ``BREAK`` or new
    block, takes two positions."""

    def __init__(self, text: str) -> None:
        astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        runs = break_points(text)
        blocks = block_points(text)
        # After these, a new block; after the other breaks, a BREAK.
        self._new_blocks = frozenset(runs[NEW_BLOCK_EVERY - 1::NEW_BLOCK_EVERY] + blocks)
        self.breaks = sorted(set(runs).union(blocks)) if blocks else runs
        self._astral = sorted(astral + self.breaks) if self.breaks else astral

    def shown(self, text: str) -> str:
        """``text`` as the pane holds it: with a ``BREAK`` or a new block after each of ``breaks``."""
        if not self.breaks:
            return text
        pieces, last = [], 0
        for point in self.breaks:
            pieces.append(text[last:point + 1])
            pieces.append("\n" if point in self._new_blocks else BREAK)
            last = point + 1
        pieces.append(text[last:])
        return "".join(pieces)

    def to_qt(self, offset: int) -> int:
        """The Qt (UTF-16) position of a Python offset."""
        return offset + bisect.bisect_left(self._astral, offset) if self._astral else offset

    def to_py(self, position: int) -> int:
        """The Python offset of a Qt (UTF-16) position."""
        if not self._astral:
            return position
        lo, hi = 0, len(self._astral)
        while lo < hi:  # the number k of astral chars with astral[k] + k < position
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < position:
                lo = mid + 1
            else:
                hi = mid
        return position - lo
