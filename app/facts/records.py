"""Immutable records of the facts of a text and of the check of a copy against its original.

Offsets are 0-based, end-exclusive indices into ``Document.text`` of the
side named, as everywhere in Verso.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

Span = tuple[int, int]
SideName = Literal["left", "right"]
# A normalised value: a str, a float, or a tuple of them (a list in JSON).
Value = str | float | tuple[str | float, ...]

KINDS = ("number", "money", "percent", "date", "quote", "person", "place", "organisation", "name", "claim")
"""Kinds of fact. ``name`` is a proper name whose kind the heuristics could not tell; ``claim`` a
sentence the copy added that puts a statement in unnamed mouths ("experts say")."""

NAME_KINDS = frozenset({"person", "place", "organisation", "name"})

STATUSES = ("missing", "altered", "unsourced", "new", "shortened", "kept")
"""Statuses of a checked fact, most urgent first.

- ``kept``: the copy carries the fact (for a quote: the same words).
- ``missing``: in the original only.
- ``new``: in the copy only (never used for quotes: see ``unsourced``).
- ``altered``: a number, date or name that changed inside an aligned passage,
  or a quotation of the copy whose words differ from the original's.
- ``shortened``: a quotation of the copy that is part of one in the original
  (a contiguous part, or parts joined by an ellipsis, in order).
- ``unsourced``: a quotation of the copy found nowhere in the original, or a
  claim the copy added and attributed to unnamed people ("critics argue").
"""


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact found in a text: what it is, where it is, and its normalised value.

    ``value`` is what facts are matched on: ``("USD", 500e9)`` for "$500bn",
    ``0.05`` for "5%", ``(3.0, "year")`` for "three years", ``5.0`` for
    "five", ``"2023"`` / ``"2025-03-12"`` / ``"monday"`` for dates, the
    folded words of a quotation, the canonical form of a name ("United
    States" for "US").
    """

    kind: str
    text: str
    value: Value
    side: SideName
    span: Span
    speaker: str | None = None  # quotes: the person the sentence names, if any
    unclosed: bool = False  # quotes: no closing mark (runs to the next opening mark or the paragraph's end)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text, "value": json_value(self.value),
                               "side": self.side, "span": list(self.span)}
        if self.speaker:
            out["speaker"] = self.speaker
        if self.unclosed:
            out["unclosed"] = True
        return out


@dataclass(frozen=True, slots=True)
class FactCheck:
    """One entry of a fact report: a fact of the original and/or of the copy, and its status.

    ``left`` is the fact in the original (None when ``new``/``unsourced``),
    ``right`` the fact in the copy (None when ``missing``). For ``kept``
    facts that occur several times, each occurrence is its own entry, paired
    with the nearest aligned occurrence on the other side.
    """

    id: int
    kind: str
    status: str
    left: Fact | None
    right: Fact | None
    note: str = ""

    @property
    def fact(self) -> Fact:
        """The fact this entry is about: the original's if there is one, else the copy's."""
        fact = self.left or self.right
        assert fact is not None
        return fact

    def span(self, side: SideName) -> Span | None:
        """The span of this entry's fact on ``side``, or None: where a view jumps to."""
        fact = self.left if side == "left" else self.right
        return None if fact is None else fact.span

    def to_dict(self) -> dict[str, Any]:
        fact = self.fact
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "status": self.status,
                               "text": fact.text, "value": json_value(fact.value),
                               "left": _span(self.span("left")), "right": _span(self.span("right"))}
        if self.left is not None and self.right is not None and (
                self.right.text != self.left.text or self.right.value != self.left.value):
            out["right_text"] = self.right.text
            out["right_value"] = json_value(self.right.value)
        speaker = (self.right and self.right.speaker) or (self.left and self.left.speaker)
        if speaker:
            out["speaker"] = speaker
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class FactReport:
    """The facts of both texts, checked: entries in reading order of the original, then of the copy."""

    entries: tuple[FactCheck, ...]

    def summary(self) -> dict[str, int]:
        """How many entries have each status (every status present, zero or not)."""
        counts = Counter(e.status for e in self.entries)
        return {status: counts.get(status, 0) for status in STATUSES}

    def with_status(self, *statuses: str) -> list[FactCheck]:
        """Entries with one of these statuses, in report order."""
        return [e for e in self.entries if e.status in statuses]

    def of_kind(self, *kinds: str) -> list[FactCheck]:
        """Entries about facts of these kinds, in report order."""
        return [e for e in self.entries if e.kind in kinds]

    def entry(self, entry_id: int) -> FactCheck | None:
        """The entry with this id, or None."""
        return self._by_id.get(entry_id)

    def entries_in(self, side: SideName, start: int, end: int) -> list[FactCheck]:
        """Entries whose fact on ``side`` overlaps [start, end): what a pane shows (report order)."""
        starts, spans, longest = self._spans[side]
        # Spans sorted by start: those starting before ``end``, and not so far before
        # ``start`` that even the longest span would end before it.
        low, high = bisect.bisect_left(starts, start - longest), bisect.bisect_left(starts, end)
        found = sorted(at for s, e, at in spans[low:high] if start < e)
        return [self.entries[at] for at in found]

    # Indexes for the window, which asks for entries by id and by place at every paint
    # (a scan of every entry each time: thousands of facts made each step through the
    # differences of a long pair slow). Made on first use; the record stays immutable.
    @cached_property
    def _by_id(self) -> dict[int, FactCheck]:
        by_id: dict[int, FactCheck] = {}
        for e in self.entries:
            by_id.setdefault(e.id, e)  # the first entry of an id, as the scan found
        return by_id

    @cached_property
    def _spans(self) -> dict[str, tuple[list[int], list[tuple[int, int, int]], int]]:
        index: dict[str, tuple[list[int], list[tuple[int, int, int]], int]] = {}
        for side in ("left", "right"):
            spans = sorted((span[0], span[1], at) for at, e in enumerate(self.entries)
                           if (span := e.span(side)) is not None)
            longest = max((e - s for s, e, _at in spans), default=0)
            index[side] = ([s for s, _e, _at in spans], spans, longest)
        return index

    def to_dict(self) -> dict[str, Any]:
        """The ``facts`` section of the JSON format: ``{"version", "items", "summary"}``."""
        return {"version": 1, "items": [e.to_dict() for e in self.entries], "summary": self.summary()}


def json_value(value: Value) -> str | float | list[str | float]:
    """A value as JSON has it: tuples become lists; whole floats stay floats."""
    return list(value) if isinstance(value, tuple) else value


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]
