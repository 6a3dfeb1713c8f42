"""The inline redline: one column reading the copy, with the original's words struck through.

Where the copy rewords, the original's deleted words stand struck through
just before the copy's underlined new ones (as Word and Draftable show a
redline); omitted passages of the original appear struck through where they
would have been; added, duplicated and moved passages keep their marks.
``build_inline`` is a pure function; the view is a TextView so navigation,
flashing and finding work as in the panes.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from app import Comparison, Document
from ui.palette import STYLES, colour, tint
from ui.panes.furniture import furniture_format
from ui.panes.highlighting import (
    DIFF_ID,
    FORMAT_STEP,
    finish,
    merge_in_pieces,
    reading_font,
    text_pieces,
)
from ui.panes.offsets import OffsetMap


@dataclass
class InlineText:
    """The redline's text, its formatting runs, and where each difference sits in it."""

    text: str
    # (start, end, kind, how, difference id)
    runs: list[tuple[int, int, str, str, int]] = field(default_factory=list)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)


def _left_pieces(comparison: Comparison) -> list[tuple[int, str, str, int]]:
    """Original text to insert into the copy: (copy position, text, kind, id)."""
    left, right = comparison.left.text, comparison.right.text
    snap = _snapper(comparison)
    pieces = []
    for diff in comparison.differences:
        if diff.kind in ("changed", "moved") and diff.left and diff.right:
            inserts = sorted(e.right for e in diff.edits if e.op == "insert" and e.right)
            deletes = sorted(e.left for e in diff.edits if e.op == "delete" and e.left)
            deleted_before = 0
            for a, b in deletes:
                common = (a - diff.left[0]) - deleted_before
                deleted_before += b - a
                pos, remaining = diff.right[0], common
                for s, e in inserts:
                    if s - pos >= remaining:
                        break
                    remaining -= max(0, s - pos)
                    pos = max(pos, e)
                at = min(pos + remaining, diff.right[1])
                pieces.append((at, _spaced(left[a:b], right, at), diff.kind, diff.id))
        elif diff.kind == "omitted" and diff.left:
            at = snap(comparison.aligned_position("left", diff.left[0]))
            text = left[diff.left[0]:diff.left[1]]
            whole = diff.left[0] == 0 or left[diff.left[0] - 1] == "\n"
            if whole and (at == 0 or right[at - 1] == "\n"):
                pieces.append((at, text + "\n\n", "omitted", diff.id))
            elif whole and at < len(right) and right[at] == "\n":
                pieces.append((at, "\n\n" + text, "omitted", diff.id))
            else:
                pieces.append((at, _spaced(text, right, at), "omitted", diff.id))
    pieces.sort(key=lambda p: p[0])
    return pieces


def _spaced(text: str, right: str, at: int) -> str:
    """The struck words with a space where they would otherwise touch the copy's words."""
    text = text.strip()
    before = at > 0 and not right[at - 1].isspace()
    after = at < len(right) and not right[at].isspace()
    return (" " if before else "") + text + (" " if after or not before else "")


def _snapper(comparison: Comparison) -> Callable[[int], int]:
    """``snap(at)``: an insertion point moved out of the middle of a passage of the copy (a match
    or a difference) to the end of the longest-reaching one it lies in. The passages are indexed
    once (asking the comparison for each point scanned them all: 1.5 s for a 1 MB pair)."""
    right = comparison.right.text
    spans = sorted([m.right for m in comparison.matches] + [d.right for d in comparison.differences if d.right])
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end so far

    def snap(at: int) -> int:
        at = max(0, min(at, len(right)))
        if at == 0 or right[at - 1] == "\n":
            return at
        i = bisect.bisect_right(starts, at)  # the passages starting at or before ``at``
        return max(at, reach[i - 1]) if i else at  # (one reaching past ``at`` holds it)

    return snap


def build_inline(comparison: Comparison) -> InlineText:
    """Compose the redline text of a comparison."""
    right = comparison.right.text
    pieces = _left_pieces(comparison)
    positions = [p[0] for p in pieces]
    cumulative = [0]
    for p in pieces:
        cumulative.append(cumulative[-1] + len(p[1]))

    def start_of(r: int) -> int:  # insertions at r come before a passage starting at r
        return r + cumulative[bisect.bisect_right(positions, r)]

    def end_of(r: int) -> int:
        return r + cumulative[bisect.bisect_left(positions, r)]

    out: list[str] = []
    result = InlineText("")
    last = 0
    for i, (at, text, kind, diff_id) in enumerate(pieces):
        out.append(right[last:at])
        start = at + cumulative[i]
        out.append(text)
        result.runs.append((start, start + len(text), kind, "struck", diff_id))
        if kind == "omitted":
            result.spans[diff_id] = (start, start + len(text))
        last = at
    out.append(right[last:])
    result.text = "".join(out)
    for diff in comparison.differences:
        if diff.right is None:
            continue
        span = (start_of(diff.right[0]), end_of(diff.right[1]))
        result.spans[diff.id] = span
        result.runs.append((*span, diff.kind, "passage", diff.id))
        for edit in diff.edits:
            if edit.op == "insert" and edit.right:
                result.runs.append((start_of(edit.right[0]), end_of(edit.right[1]), diff.kind,
                                    "inserted", diff.id))
    return result


@dataclass(frozen=True)
class ComposedRedline:
    """What the redline's document is built from, made off the GUI thread (``compose``)."""

    inline: InlineText
    omap: OffsetMap
    words: int


def compose(comparison: Comparison) -> ComposedRedline:
    """The redline's text, runs and offsets: pure Python, for the runner's thread (a 1 MB pair's
    text and offset map: 0.2 s)."""
    inline = build_inline(comparison)
    return ComposedRedline(inline, OffsetMap(inline.text), len(inline.text.split()))


def build_inline_document(comparison: Comparison, dark: bool,
                          zoom: int = 0) -> tuple[QTextDocument, InlineText, Document]:
    """The redline as a QTextDocument, with its layout record and a Document of its text, at once."""
    composed = compose(comparison)
    qdoc = finish(build_inline_steps(comparison, composed, dark, zoom))
    return qdoc, composed.inline, redline_document(comparison, composed)


def redline_document(comparison: Comparison, composed: ComposedRedline) -> Document:
    """The Document the redline pane reads (its text, and a name saying what it is)."""
    name = QCoreApplication.translate("InlineView", "{copy} (redline against {original})").format(
        copy=comparison.right.name, original=comparison.left.name)
    return Document(text=composed.inline.text, name=name)


def build_inline_steps(comparison: Comparison, composed: ComposedRedline, dark: bool,
                       zoom: int = 0) -> Generator[None, None, QTextDocument]:
    """The redline's QTextDocument in steps of a few milliseconds, as ``build_steps`` builds a
    pane's (on the GUI thread; a 1 MB pair's redline at once held the window 0.7 s)."""
    inline, omap = composed.inline, composed.omap
    qdoc = QTextDocument()
    qdoc.setDefaultFont(reading_font(zoom))
    qdoc.setDocumentMargin(14)
    qdoc.setUndoRedoEnabled(False)
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    shown = omap.shown(inline.text)
    for start, end in text_pieces(shown):
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(shown[start:end])
        yield
    order = {"passage": 0, "inserted": 1, "struck": 2}
    runs = sorted(inline.runs, key=lambda r: order[r[3]])
    for first in range(0, len(runs), FORMAT_STEP):
        for start, end, kind, how, diff_id in runs[first:first + FORMAT_STEP]:
            yield from merge_in_pieces(cursor, omap, inline.text, start, end,
                                       _run_format(comparison, kind, how, diff_id, dark))
        yield
    cursor.endEditBlock()
    return qdoc


def _run_format(comparison: Comparison, kind: str, how: str, diff_id: int, dark: bool) -> QTextCharFormat:
    diff = comparison.difference(diff_id)
    if diff is not None and diff.furniture:  # page furniture: dimmed, as in the panes
        fmt = furniture_format(dark)
        fmt.setProperty(DIFF_ID, diff_id)
        fmt.setFontStrikeOut(how == "struck")
        return fmt
    fmt = QTextCharFormat()
    fmt.setProperty(DIFF_ID, diff_id)
    if how == "passage":
        fmt.setBackground(tint(kind, dark))
        if STYLES[kind].underline != QTextCharFormat.UnderlineStyle.NoUnderline:
            fmt.setUnderlineStyle(STYLES[kind].underline)
            fmt.setUnderlineColor(colour(kind))
    elif how == "inserted":
        fmt.setBackground(tint(kind, dark, strong=True))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(colour(kind))
    else:
        fmt.setBackground(tint(kind, dark, strong=kind != "omitted"))
        fmt.setFontStrikeOut(True)
        fmt.setForeground(colour(kind).darker(130) if not dark else colour(kind).lighter(130))
    return fmt
