"""Immutable records of a comparison, and the queries a view asks of them.

Offsets are 0-based, end-exclusive indices into the Python ``str`` of each
side's text, as in the JSON format of DESIGN.md.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from app.documents.model import Document
from app.vocabulary import KINDS, Side  # noqa: F401  (KINDS: re-exported for its readers)

Span = tuple[int, int]
SideName = Side  # the two sides and the kinds are declared in app/vocabulary.py
FORMAT_NAME = "verso-comparison"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Edit:
    """A word-level edit inside a changed or moved pair: ``delete`` (left) or ``insert`` (right)."""

    op: Literal["delete", "insert"]
    left: Span | None
    right: Span | None

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "left": _span(self.left), "right": _span(self.right)}


@dataclass(frozen=True, slots=True)
class Difference:
    """One difference a reader steps through. ``left``/``right`` are None where a side is empty."""

    id: int
    kind: str
    left: Span | None
    right: Span | None
    similarity: float | None = None
    edits: tuple[Edit, ...] = ()
    duplicate_of: Span | None = None
    furniture: bool = False  # page furniture (menus, bylines, footers): dimmed and skipped by default

    def span(self, side: SideName) -> Span | None:
        return self.left if side == "left" else self.right

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind,
                               "left": _span(self.left), "right": _span(self.right)}
        if self.kind in ("changed", "moved"):
            out["similarity"] = round(self.similarity if self.similarity is not None else 1.0, 4)
            out["edits"] = [e.to_dict() for e in self.edits]
        if self.kind == "duplicated":
            out["duplicate_of"] = _span(self.duplicate_of)
            if self.similarity is not None:
                out["similarity"] = round(self.similarity, 4)
        if self.furniture:
            out["furniture"] = True
        return out


@dataclass(frozen=True, slots=True)
class Match:
    """Identical text on both sides, in reading order."""

    left: Span
    right: Span
    similarity: float = 1.0

    def span(self, side: SideName) -> Span:
        return self.left if side == "left" else self.right

    def to_dict(self) -> dict[str, Any]:
        return {"left": list(self.left), "right": list(self.right),
                "similarity": round(self.similarity, 4)}


@dataclass(frozen=True, slots=True)
class Summary:
    """Shares of the copy's (reused, added, duplicated) and the original's (omitted) non-space text."""

    reused: float
    added: float
    duplicated: float
    omitted: float

    def to_dict(self) -> dict[str, float]:
        return {"reused": round(self.reused, 4), "added": round(self.added, 4),
                "duplicated": round(self.duplicated, 4), "omitted": round(self.omitted, 4)}


@dataclass(frozen=True, slots=True)
class Passage:
    """A maximal borrowed passage: linked text that follows on in both texts.

    ``differences`` are the ids of the changed and moved differences inside it,
    ``matches`` the indexes (into ``Comparison.matches``) of its identical text.
    """

    id: int
    left: Span
    right: Span
    similarity: float
    differences: tuple[int, ...] = ()
    matches: tuple[int, ...] = ()

    def span(self, side: SideName) -> Span:
        return self.left if side == "left" else self.right

    def to_dict(self) -> dict[str, Any]:
        links: list[dict[str, int]] = [{"difference": d} for d in self.differences]
        links += [{"match": m} for m in self.matches]
        return {"id": self.id, "left": list(self.left), "right": list(self.right),
                "similarity": round(self.similarity, 4), "links": links}


@dataclass(frozen=True)
class Comparison:
    """The result of comparing an ORIGINAL (left) with a COPY (right)."""

    left: Document
    right: Document
    differences: tuple[Difference, ...]
    matches: tuple[Match, ...]
    summary: Summary
    _anchors: tuple[tuple[Span, Span], ...] = field(default=(), repr=False, compare=False)
    passages: tuple[Passage, ...] = ()

    # ---- queries for views -------------------------------------------------

    def document(self, side: SideName) -> Document:
        return self.left if side == "left" else self.right

    def difference(self, diff_id: int) -> Difference | None:
        """The difference with this id, or None."""
        index = diff_id - 1
        if 0 <= index < len(self.differences) and self.differences[index].id == diff_id:
            return self.differences[index]
        return next((d for d in self.differences if d.id == diff_id), None)

    def differences_in(self, side: SideName, start: int, end: int) -> list[Difference]:
        """Differences whose span on ``side`` overlaps [start, end) (empty ranges touch)."""
        out = []
        for d in self.differences:
            s = d.span(side)
            if s is not None and _overlaps(s, start, end):
                out.append(d)
        return out

    def matches_in(self, side: SideName, start: int, end: int) -> list[Match]:
        """Identical passages whose span on ``side`` overlaps [start, end)."""
        return [m for m in self.matches if _overlaps(m.span(side), start, end)]

    def passages_in(self, side: SideName, start: int, end: int) -> list[Passage]:
        """Borrowed passages whose span on ``side`` overlaps [start, end)."""
        return [p for p in self.passages if _overlaps(p.span(side), start, end)]

    def aligned_position(self, side: SideName, offset: int) -> int:
        """The offset on the other side that lines up with ``offset`` on ``side``.

        Anchored on aligned chunks (matches and in-order linked differences),
        interpolating inside a chunk and between neighbouring chunks.
        """
        other_len = len(self.document("right" if side == "left" else "left").text)
        if not self._anchors:
            own_len = max(1, len(self.document(side).text))
            return round(offset / own_len * other_len)
        mine, theirs, starts = self._anchor_index[side]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < mine[i][1]:
            return _interpolate(offset, mine[i], theirs[i])
        # Between chunks: interpolate from the end of the previous to the start of the next.
        prev_mine = mine[i][1] if i >= 0 else 0
        prev_theirs = theirs[i][1] if i >= 0 else 0
        next_mine = mine[i + 1][0] if i + 1 < len(mine) else len(self.document(side).text)
        next_theirs = theirs[i + 1][0] if i + 1 < len(theirs) else other_len
        return _interpolate(offset, (prev_mine, next_mine), (prev_theirs, max(prev_theirs, next_theirs)))

    @cached_property
    def _anchor_index(self) -> dict[str, tuple[list[Span], list[Span], list[int]]]:
        """Anchor spans seen from each side, with their starts for bisection (built once)."""
        out = {}
        for side in ("left", "right"):
            mine = [a[0] if side == "left" else a[1] for a in self._anchors]
            theirs = [a[1] if side == "left" else a[0] for a in self._anchors]
            out[side] = (mine, theirs, [s for s, _ in mine])
        return out

    # ---- the JSON format ------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The comparison in the JSON format of DESIGN.md."""
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "left": _side(self.left),
            "right": _side(self.right),
            "differences": [d.to_dict() for d in self.differences],
            "matches": [m.to_dict() for m in self.matches],
            "passages": [p.to_dict() for p in self.passages],
            "summary": self.summary.to_dict(),
        }


def _side(doc: Document) -> dict[str, str]:
    return {"name": doc.name, "text": doc.text, "sha256": doc.sha256}


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _overlaps(span: Span, start: int, end: int) -> bool:
    s, e = span
    if start == end:
        return s <= start < e or s == e == start
    return s < end and start < e


def _interpolate(offset: int, mine: Span, theirs: Span) -> int:
    width = mine[1] - mine[0]
    if width <= 0:
        return theirs[0]
    frac = (offset - mine[0]) / width
    return round(theirs[0] + frac * (theirs[1] - theirs[0]))
