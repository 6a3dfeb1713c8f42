"""Immutable records of a scan: one original against many documents.

The JSON form (``ScanReport.to_dict()``) is the ``verso-scan`` format of
docs/scan-format.md. Spans are 0-based, end-exclusive offsets into the text
Verso reads from each file, as in the comparison format of DESIGN.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

FORMAT_NAME = "verso-scan"
FORMAT_VERSION = 1
#: Kinds of difference counted for each copy (the comparison's kinds).
COUNTED_KINDS = ("changed", "moved", "added", "omitted", "duplicated")


@dataclass(frozen=True, slots=True)
class Passage:
    """A borrowed passage: text of the original (left) that the copy (right) took, in one run."""

    left: Span
    right: Span
    similarity: float
    left_text: str
    right_text: str
    links: tuple[int | str, ...] = ()  # difference ids and "m<index>" for identical matches
    # Word edits inside, relative to the passage's own text: words of the original the copy
    # dropped or replaced (deleted) and words the copy put in (inserted).
    deleted: tuple[Span, ...] = ()
    inserted: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"left": list(self.left), "right": list(self.right),
                "similarity": round(self.similarity, 4),
                "original_text": self.left_text, "copy_text": self.right_text,
                "deleted": [list(x) for x in self.deleted], "inserted": [list(x) for x in self.inserted]}


@dataclass(frozen=True, slots=True)
class CopyResult:
    """What one document took from the original, after the full comparison."""

    path: str
    name: str
    sha256: str
    chars: int
    reused: float   # share of the copy's non-space text linked to the original
    covered: float  # share of the original's non-space text the copy uses
    passages: tuple[Passage, ...]
    counts: tuple[tuple[str, int], ...]  # (kind, number of differences), kinds of COUNTED_KINDS
    added: float       # share of the copy's text added
    omitted: float     # share of the original's text left out
    duplicated: float  # share of the copy's text repeating itself
    facts: tuple[tuple[str, int], ...] | None = None  # (fact status, how many), with --facts
    # The engine's reused share before the evidence rule (app/scan/passages.is_evidence): equal to
    # ``reused`` for a copy that borrowed; a document whose links are all loose has reused 0.
    linked: float = 0.0

    def count(self, kind: str) -> int:
        """How many differences of ``kind`` the comparison found."""
        return dict(self.counts).get(kind, 0)

    def fact_count(self, status: str) -> int | None:
        """How many facts have ``status`` ("altered", "missing"...), or None without --facts."""
        return None if self.facts is None else dict(self.facts).get(status, 0)

    @property
    def borrowed(self) -> bool:
        """True when the copy took anything at all from the original."""
        return bool(self.passages)

    def rank_key(self) -> tuple[float, float, str]:
        """Sort key: most reused first, then most of the original covered, then by path."""
        return (-round(self.reused, 4), -round(self.covered, 4), self.path)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path, "name": self.name, "sha256": self.sha256, "chars": self.chars,
            "reused": round(self.reused, 4), "covered": round(self.covered, 4),
            "counts": dict(self.counts),
            "shares": {"added": round(self.added, 4), "omitted": round(self.omitted, 4),
                       "duplicated": round(self.duplicated, 4)},
            "passages": [p.to_dict() for p in self.passages],
        }
        if self.facts is not None:
            out["facts"] = dict(self.facts)
        return out


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file the scan could not read, with its one-line reason."""

    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Rejected:
    """A document the candidate stage set aside: it shares too little with the original."""

    path: str
    shared_ngrams: int
    word_share: float


Outcome = CopyResult | Unreadable | Rejected


@dataclass(frozen=True, slots=True)
class OriginalInfo:
    """The original, as the report names it."""

    path: str
    name: str
    sha256: str
    chars: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "name": self.name, "sha256": self.sha256, "chars": self.chars}


@dataclass(frozen=True, slots=True)
class Counts:
    """How many files the scan met and what became of them."""

    documents: int = 0    # files read (or tried): compared + set aside + unreadable
    candidates: int = 0   # passed the candidate stage and were compared in full
    borrowed: int = 0     # compared and found to take something from the original
    unreadable: int = 0
    skipped: int = 0      # files in folders that are not documents by name, and the original itself

    def to_dict(self) -> dict[str, int]:
        return {"documents": self.documents, "candidates": self.candidates, "borrowed": self.borrowed,
                "unreadable": self.unreadable, "skipped": self.skipped}


@dataclass(frozen=True)
class ScanReport:
    """The outcome of a scan: copies ranked by how much they borrowed."""

    original: OriginalInfo
    copies: tuple[CopyResult, ...]      # ranked, after --min-share and --top
    unreadable: tuple[Unreadable, ...]
    counts: Counts
    elapsed: float = 0.0
    interrupted: bool = False
    settings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The ``verso-scan`` JSON format (docs/scan-format.md)."""
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "original": self.original.to_dict(),
            "settings": dict(self.settings),
            "counts": {**self.counts.to_dict(), "listed": len(self.copies)},
            "interrupted": self.interrupted,
            "elapsed_seconds": round(self.elapsed, 3),
            "copies": [{"rank": i, **c.to_dict()} for i, c in enumerate(self.copies, 1)],
            "unreadable": [u.to_dict() for u in self.unreadable],
        }
