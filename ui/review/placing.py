"""A project's annotations placed on a new comparison in the compare job's thread (issue 13).

Placing them again (each re-anchored, and matched against an index of the pair's
differences) held the GUI thread 0.5 s for 3,000 reviews of a 1 MB pair of 12,000
differences. The review controller gives the compare request a ``placement`` (pure, no
Qt); the job runs it on the comparison it made, and the controller takes its answer when
it was made from what is still there (else it places the annotations itself).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the reattaching modules are imported when a project is placed, not at start)
    from app import CompareOptions, Comparison
    from app.project import Annotations, Project, ReanchorReport


@dataclass(frozen=True)
class Placed:
    """Annotations placed on a comparison, and what they were placed from."""

    old: Project
    annotations: Annotations
    options: CompareOptions
    comparison: Comparison
    project: Project  # ``old`` with the comparison's texts and the annotations placed on them
    report: ReanchorReport


def placement(old: Project | None, annotations: Annotations,
              options: CompareOptions) -> Callable[[Comparison], Placed] | None:
    """What the compare job runs on its comparison to place ``annotations`` (None: no project)."""
    if old is None:
        return None

    def place(comparison: Comparison) -> Placed:
        project, report = _recompared(old, annotations, options, comparison)
        return Placed(old, annotations, options, comparison, project, report)

    return place


def recompared(placed: Placed | None, old: Project, annotations: Annotations, options: CompareOptions,
               comparison: Comparison) -> tuple[Project, ReanchorReport]:
    """``placed``'s answer if it was made from these, else the annotations placed now."""
    if (placed is not None and placed.old is old and placed.annotations is annotations
            and placed.options == options and placed.comparison is comparison):
        return placed.project, placed.report
    return _recompared(old, annotations, options, comparison)


def _recompared(old: Project, annotations: Annotations, options: CompareOptions,
                comparison: Comparison) -> tuple[Project, ReanchorReport]:
    same_texts = comparison.left.text == old.left.text and comparison.right.text == old.right.text
    return old.with_annotations(annotations).recompared(comparison, options, reread=not same_texts)
