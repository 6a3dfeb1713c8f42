"""Noticing that the original files of a project changed (or vanished) on disk."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from app.project.anchors import SIDES, Side
from app.project.model import Project, file_sha256

if TYPE_CHECKING:
    from app.engine.records import Comparison
    from app.project.reattach import ReanchorReport


class SourceState(StrEnum):
    """What became of one original file since the project read it."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"      # the file's bytes differ: offer to re-compare
    MISSING = "missing"      # the file is gone (or unreadable): the project still opens
    UNKNOWN = "unknown"      # pasted text, or no digest was recorded


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """The state of one side's original file."""

    side: Side
    path: str | None
    state: SourceState
    current_sha256: str | None = None

    def message(self) -> str:
        """One line for the window's banner, e.g. 'copy.txt changed on disk.'"""
        name = Path(self.path).name if self.path else "pasted text"
        return {
            SourceState.UNCHANGED: f"{name} is unchanged.",
            SourceState.CHANGED: f"{name} changed on disk since it was compared.",
            SourceState.MISSING: f"{name} is no longer at {self.path}.",
            SourceState.UNKNOWN: f"{name}: no file to check.",
        }[self.state]


def check_sources(project: Project) -> tuple[SourceStatus, SourceStatus]:
    """The state of both original files now (reads and hashes them; run off the GUI thread
    for big files). The window offers to re-compare when any is CHANGED.
    """
    out = []
    for side in SIDES:
        doc = project.document(side)
        recorded = project.file_sha256(side)
        if not doc.path or recorded is None:
            out.append(SourceStatus(side, doc.path, SourceState.UNKNOWN))
            continue
        now = file_sha256(doc.path)
        if now is None:
            state = SourceState.MISSING
        else:
            state = SourceState.UNCHANGED if now == recorded else SourceState.CHANGED
        out.append(SourceStatus(side, doc.path, state, now))
    return out[0], out[1]


def changed_sources(project: Project) -> list[SourceStatus]:
    """Only the sides whose file changed on disk (empty list: nothing to offer)."""
    return [s for s in check_sources(project) if s.state is SourceState.CHANGED]


def refresh_from_disk(project: Project, sides: tuple[Side, ...] | None = None
                      ) -> tuple[Project, Comparison, ReanchorReport]:
    """Re-read the original files (by default those that changed), re-compare, re-anchor.

    Each file is read the way it was read before (``read_as``; "auto" if this
    Verso no longer knows that reader). Slow: run it in the background worker.
    Raises ``app.documents.DocumentError`` (one line) if a file cannot be read;
    the project is then unchanged. ``report.lost`` lists annotations that could
    not be placed in the new texts (they are kept, marked unplaced).
    """
    from app.documents import READ_AS_CHOICES, read_document
    from app.engine.compare import compare

    if sides is None:
        sides = tuple(s.side for s in changed_sources(project))
    docs = {side: project.document(side) for side in SIDES}
    for side in sides:
        old = docs[side]
        if not old.path:
            continue
        read_as = old.read_as if old.read_as in READ_AS_CHOICES else "auto"
        docs[side] = read_document(old.path, read_as)
    comparison = compare(docs["left"], docs["right"], project.options)
    new, report = project.recompared(comparison, reread=True)
    return new, comparison, report
