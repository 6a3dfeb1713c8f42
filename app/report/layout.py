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
from collections.abc import Iterable
from dataclasses import dataclass

from app.engine.records import Comparison, Span
from app.project.anchors import Side
from app.project.annotations import Annotations


@dataclass(frozen=True, slots=True)
class Mark:
    """A CSS class over [start, end) of one side's text."""

    start: int
    end: int
    css: str


@dataclass(frozen=True, slots=True)
class Point:
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


def runs(text: str, start: int, end: int, marks: Iterable[Mark],
         points: Iterable[Point]) -> list[Run]:
    """The runs of ``text[start:end]``; points at ``end`` belong to the next row."""
    inside = [m for m in marks if m.start < end and start < m.end]
    here = sorted((p for p in points if start <= p.at < end or (p.at == end == len(text))),
                  key=lambda p: (p.at, p.order))
    bounds = sorted({start, end, *(p.at for p in here),
                     *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    out: list[Run] = []
    for a, b in zip(bounds, [*bounds[1:], bounds[-1]], strict=True):
        before = tuple(p.html for p in here if p.at == a)
        if a == b and not before:
            continue
        classes = tuple(sorted({m.css for m in inside if m.start <= a and b <= m.end and a < b}))
        out.append(Run(text[a:b], classes, before))
    return out
