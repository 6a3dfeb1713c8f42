"""What the panes and the differences list show of the review: the marks in the notes
margin and the verdicts' counts, worked out from the annotations and the reader state.

Functions of what they are given (no Qt object kept): the review controller answers
the panes' ``marks_on`` and the verdict chips' counts with them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import Comparison
from app.project import VERDICT_ORDER, Annotations, Highlight, Verdict
from ui.palette import kind_label
from ui.panes.annotation_painting import Mark
from ui.review.state import ReaderState, ViewSide
from ui.review.verdicts import verdict_label


def highlights_on(annotations: Annotations, side: ViewSide, start: int, end: int) -> list[Highlight]:
    """The highlights with text on ``side`` in [start, end) (none in the redline)."""
    if side == "inline":
        return []
    return list(annotations.highlights_in(side, start, end))


def marks_on(annotations: Annotations, comparison: Comparison, state: ReaderState,
             side: ViewSide, start: int, end: int) -> list[Mark]:
    """Reviewed differences (of the kinds shown) and highlights with text on ``side`` in
    [start, end), in the order of the text."""
    marks = []
    for review in annotations.reviews:
        if review.difference_id is None or review.is_empty:
            continue
        diff = comparison.difference(review.difference_id)
        if diff is None or diff.kind not in state.kinds:
            continue
        span = state.span_on(side, diff)  # "inline": where the redline has it
        if span is None or not (span[0] < end and start < max(span[1], span[0] + 1)):
            continue
        title = f"{verdict_label(review.verdict)} · {kind_label(diff.kind)}"
        marks.append(Mark(span, ("difference", diff.id), review.verdict, review.note, title))
    # The context the string had in the review controller: the German catalogue has it there.
    title = QCoreApplication.translate("ReviewController", "Highlight")
    for h in highlights_on(annotations, side, start, end):
        marks.append(Mark(h.span, ("highlight", h.id), None, h.note, title))
    return sorted(marks, key=lambda m: m.span[0])


def verdicts_by_id(annotations: Annotations) -> dict[int, Verdict]:
    """Each reviewed difference's verdict, as ``Annotations.verdict_of`` gives it (one pass
    over the reviews instead of one per difference: thousands on long texts)."""
    out: dict[int, Verdict] = {}
    for review in annotations.reviews:
        if review.difference_id is not None:
            out.setdefault(review.difference_id, review.verdict)  # the first one counts
    return out


def verdict_counts(annotations: Annotations, comparison: Comparison | None,
                   state: ReaderState) -> dict[Verdict, int]:
    """Verdicts of the differences the window lists (kinds shown, furniture aside)."""
    counts = dict.fromkeys(VERDICT_ORDER, 0)
    if comparison is None:
        return counts
    verdicts = verdicts_by_id(annotations)
    shown = state.shown_differences() if comparison is state.comparison else \
        [d for d in comparison.differences if state.shows(d)]
    if not verdicts:  # a new review: every difference listed is unreviewed
        counts[Verdict.UNREVIEWED] = len(shown)
        return counts
    for diff in shown:
        counts[verdicts.get(diff.id, Verdict.UNREVIEWED)] += 1
    return counts
