"""Cutting both texts into aligned rows and marked runs, ready to print as HTML.

Rows: the two texts are cut where a linked pair (identical match, changed or
moved passage) starts on both sides at the start of a line, keeping only
pairs that are in the same order on both sides (a longest increasing run),
so each row shows an original passage next to its copy.

Runs: inside a row, the text is split wherever a mark (a difference, a word
edit, a highlight, a style) starts or ends; each run carries the CSS classes
of the marks covering it, and "points" (badges linking to the list of
differences) are placed before the run that starts at their offset.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from app.engine.records import Comparison, Span
from app.project.anchors import Side
from app.project.annotations import Annotations


# Marks and points are named tuples, not dataclasses: a report of 25,000 differences makes
# some 200,000 of them, three times faster so.
class Mark(NamedTuple):
    """A CSS class over [start, end) of one side's text."""

    start: int
    end: int
    css: str


class Point(NamedTuple):
    """An HTML fragment (already escaped) placed before offset ``at``."""

    at: int
    html: str
    order: int = 0


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text and the classes of the marks covering it."""

    text: str
    classes: tuple[str, ...]
    points_before: tuple[str, ...] = ()


def aligned_rows(comparison: Comparison) -> list[tuple[Span, Span]]:
    """Row ranges ``((left_start, left_end), (right_start, right_end))`` covering both texts."""
    left, right = comparison.left.text, comparison.right.text
    pairs: list[tuple[int, int]] = [(m.left[0], m.right[0]) for m in comparison.matches]
    pairs += [(d.left[0], d.right[0]) for d in comparison.differences
              if d.kind in ("changed", "moved") and d.left and d.right]
    pairs = sorted({p for p in pairs if _line_start(left, p[0]) and _line_start(right, p[1])})
    cuts = _increasing(pairs)
    starts = [(0, 0)] + [c for c in cuts if c != (0, 0)]
    rows = []
    for i, (ls, rs) in enumerate(starts):
        le, re_ = starts[i + 1] if i + 1 < len(starts) else (len(left), len(right))
        rows.append(((ls, le), (rs, re_)))
    return rows


def _line_start(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by left) whose right offsets strictly increase."""
    tails: list[int] = []        # smallest right offset ending a run of each length
    tail_index: list[int] = []
    back: list[int] = []
    for i, (_, r) in enumerate(pairs):
        k = bisect.bisect_left(tails, r)
        if k == len(tails):
            tails.append(r)
            tail_index.append(i)
        else:
            tails[k] = r
            tail_index[k] = i
        back.append(tail_index[k - 1] if k else -1)
    out = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        out.append(pairs[i])
        i = back[i]
    return out[::-1]


def side_marks(comparison: Comparison, annotations: Annotations, side: Side) -> list[Mark]:
    """Every mark on one side: differences by kind, word edits, highlights, styles."""
    doc = comparison.document(side)
    marks = [Mark(b.start, b.end, "s-heading") for b in doc.blocks if b.kind == "heading"]
    marks += [Mark(s.start, s.end, f"s-{s.kind}") for s in doc.styles
              if s.kind in ("bold", "italic")]
    for d in comparison.differences:
        span = d.span(side)
        if span is not None and span[0] < span[1]:
            marks.append(Mark(span[0], span[1], f"k-{d.kind}"))
            if getattr(d, "furniture", False):  # menus, bylines, footers of a web page
                marks.append(Mark(span[0], span[1], "furniture"))
        for e in d.edits:
            espan = e.left if side == "left" else e.right
            if espan is not None and espan[0] < espan[1]:
                marks.append(Mark(espan[0], espan[1], "e-del" if side == "left" else "e-ins"))
    for h in annotations.highlights:
        if h.placed and h.side == side:
            marks.append(Mark(h.span[0], h.span[1], "hl"))
    return marks


class MarkIndex:
    """Marks found by the stretch of text they touch, in time for that stretch, not for all marks.

    Scanning every mark of a text for each row made a report O(rows x marks):
    a 1 MB pair with a difference on every other line took minutes.
    """

    CHUNK = 256  # characters of text per bucket: a row (a line or two) looks at few marks

    def __init__(self, marks: Iterable[Mark]) -> None:
        self._buckets: dict[int, list[Mark]] = {}
        for mark in marks:
            for bucket in range(mark.start // self.CHUNK, max(mark.start, mark.end - 1) // self.CHUNK + 1):
                self._buckets.setdefault(bucket, []).append(mark)

    def touching(self, start: int, end: int) -> list[Mark]:
        """The marks with ``m.start < end`` and ``start < m.end``."""
        found: dict[int, Mark] = {}
        for bucket in range(start // self.CHUNK, max(start, end - 1) // self.CHUNK + 1):
            for mark in self._buckets.get(bucket, ()):
                if mark.start < end and start < mark.end:
                    found.setdefault(id(mark), mark)
        return list(found.values())


class PointIndex:
    """Points in order of offset (then ``order``), found by a stretch of text."""

    def __init__(self, points: Iterable[Point]) -> None:
        self._points = sorted(points, key=lambda p: (p.at, p.order))
        self._at = [p.at for p in self._points]

    def within(self, start: int, end: int, text_end: int) -> list[Point]:
        """Points in [start, end), and those at ``end`` when it is the end of the text."""
        stop = bisect.bisect_right(self._at, end) if end == text_end else bisect.bisect_left(self._at, end)
        return self._points[bisect.bisect_left(self._at, start):stop]


def runs(text: str, start: int, end: int, marks: MarkIndex | Iterable[Mark],
         points: PointIndex | Iterable[Point]) -> list[Run]:
    """The runs of ``text[start:end]``; points at ``end`` belong to the next row."""
    return [Run(*part) for part in run_parts(text, start, end, *marks_and_points(text, start, end, marks, points))]


def marks_and_points(text: str, start: int, end: int, marks: MarkIndex | Iterable[Mark],
                     points: PointIndex | Iterable[Point]) -> tuple[list[Mark], list[Point]]:
    """The marks touching ``[start, end)`` and the points in it (at ``end`` too, at the text's end)."""
    # A few marks or points in a list (a difference's own edits) are looked through, not indexed.
    if isinstance(marks, MarkIndex):
        inside = marks.touching(start, end)
    else:
        inside = [m for m in marks if m.start < end and start < m.end]
    here = (points if isinstance(points, PointIndex) else PointIndex(points)).within(start, end, len(text))
    return inside, here


Part = tuple[str, tuple[str, ...], tuple[str, ...]]


def run_parts(text: str, start: int, end: int, inside: list[Mark], here: list[Point]) -> list[Part]:
    """The runs of ``text[start:end]`` as (text, classes, points before) tuples, given the marks
    touching it and the points in it (as ``marks_and_points`` or ``RowSweep`` find them, points in order)."""
    if not inside and not here:
        return [(text[start:end], (), ())] if start < end else []
    # Where each mark starts and stops covering this row: one sweep over the row's bounds.
    events: dict[int, list[tuple[str, int]]] = {}
    for m in inside:
        events.setdefault(m.start if m.start > start else start, []).append((m.css, 1))
        events.setdefault(m.end if m.end < end else end, []).append((m.css, -1))
    before_at: dict[int, list[str]] = {}
    for p in here:
        before_at.setdefault(p.at, []).append(p.html)
    bounds = sorted({start, end, *before_at, *events})
    active: dict[str, int] = {}
    classes: tuple[str, ...] = ()
    out: list[Part] = []
    last = len(bounds) - 1
    for k, a in enumerate(bounds):
        b = bounds[k + 1] if k < last else a
        changes = events.get(a)
        if changes:  # the classes change only where a mark starts or stops
            for css, change in changes:
                active[css] = active.get(css, 0) + change
            classes = tuple(sorted(css for css, count in active.items() if count > 0))
        before = before_at.get(a)
        if a < b:
            out.append((text[a:b], classes, tuple(before) if before else ()))
        elif before:
            out.append(("", (), tuple(before)))
    return out


class Segments:
    """One side's text cut at every place a mark starts or ends, a point stands or a row is cut,
    each piece with the classes covering it: found once for the whole text, each row is then
    read off these pieces (a 1 MB pair with 25,000 differences: 2 s of runs made row by row).

    ``parts(start, end)`` gives what ``run_parts`` gives for ``[start, end)`` with the marks
    touching it and the points in it, for ``start`` and ``end`` among ``cuts``; ``cell(start,
    end)`` gives the HTML of those parts (``cell_html``), each piece written once for the text."""

    def __init__(self, text: str, marks: Iterable[Mark], points: Iterable[Point], cuts: Iterable[int]) -> None:
        self._text = text
        marks = list(marks)
        self._marks = marks
        self._index = PointIndex(points)
        self._points: dict[int, list[str]] = {}
        for p in self._index.within(0, len(text), len(text)):
            self._points.setdefault(p.at, []).append(p.html)
        self._inverted = any(m.start > m.end for m in marks)  # read row by row, as run_parts does
        # Each class is a bit (bits in the order of the class names, so a set of bits reads as
        # its classes in order); a mark of class k starts with change k + 1, ends with -(k + 1).
        names = sorted({m.css for m in marks})
        code = {css: k + 1 for k, css in enumerate(names)}
        changes: dict[int, list[int]] = {}
        for m in marks:
            k = code[m.css]
            changes.setdefault(m.start, []).append(k)
            changes.setdefault(m.end, []).append(-k)
        self._bounds = bounds = sorted({0, len(text), *cuts, *self._points, *changes})
        self._where = {b: k for k, b in enumerate(bounds)}
        # The classes after the changes at each offset where some change, in one sweep.
        count = [0] * (len(names) + 1)  # marks of each class covering the offset
        shown = 0  # the bits of the classes with marks covering it (a count above 0)
        after: dict[int, int] = {}
        for at in sorted(changes):
            for k in changes[at]:
                if k > 0:
                    count[k] += 1
                    if count[k] == 1:
                        shown |= 1 << k
                else:
                    count[-k] -= 1
                    if count[-k] == 0:
                        shown &= ~(1 << -k)
            after[at] = shown
        # Each piece (from a bound to the next) has the classes of the last change at or before it.
        shown = 0
        self._shown = [shown := after.get(b, shown) for b in bounds]
        self._named = {k: tuple(name for name in names if k & 1 << code[name]) for k in set(after.values())}
        self._named[0] = ()
        opening = {k: f'<span class="{" ".join(css)}">' if css else "" for k, css in self._named.items()}
        pieces = [text[a:b] for a, b in pairwise(bounds)]
        if needs_escape(text):  # (most texts hold no character to escape)
            pieces = list(map(html.escape, pieces))
        self._html = [f"{opening[k]}{piece}</span>" if k else piece
                      for k, piece in zip(self._shown, pieces, strict=False)]
        for at, before in self._points.items():  # the points before the piece at their offset
            k = self._where[at]
            if k < len(self._html):
                self._html[k] = "".join(before) + self._html[k]

    def parts(self, start: int, end: int) -> list[Part]:
        """The runs of ``text[start:end]`` (points at ``end`` belong to the next row)."""
        first, last = self._where.get(start), self._where.get(end)
        if first is None or last is None or self._inverted or start > end:
            return run_parts(self._text, start, end,
                             *marks_and_points(self._text, start, end, self._marks, self._index))
        text, bounds, shown, named, points = self._text, self._bounds, self._shown, self._named, self._points
        out: list[Part] = []
        for k in range(first, last):
            a = bounds[k]
            before = points.get(a)
            out.append((text[a:bounds[k + 1]], named[shown[k]], tuple(before) if before else ()))
        if end == len(text) and end in points:
            out.append(("", (), tuple(points[end])))
        return out

    def cell(self, start: int, end: int) -> str:
        """``cell_html(self.parts(start, end))``."""
        first, last = self._where.get(start), self._where.get(end)
        if first is None or last is None or self._inverted or start > end:
            return cell_html(self.parts(start, end))
        out = "".join(self._html[first:last])
        if end == len(self._text) and end in self._points:
            out += "".join(self._points[end])
        return out.strip("\n")


def needs_escape(text: str) -> bool:
    """Whether ``html.escape`` changes ``text`` (most texts hold no ``&<>"'`` at all)."""
    return "&" in text or "<" in text or ">" in text or '"' in text or "'" in text


def cell_html(parts: list[Part]) -> str:
    """The HTML of a row's runs: the points before each run, each run escaped, in a span of
    its classes when it has any."""
    out: list[str] = []
    for piece, classes, before in parts:
        out.extend(before)
        if piece:
            body = html.escape(piece)
            out.append(f'<span class="{" ".join(classes)}">{body}</span>' if classes else body)
    return "".join(out).strip("\n") or ""
