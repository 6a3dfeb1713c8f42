"""Annotations: verdicts and notes on differences and on facts, highlights with notes on text.

All records are immutable; every edit returns a new :class:`Annotations`, so
the undo history (:mod:`app.project.history`) can keep plain snapshots.

Verdicts are the ones a newsroom desk uses when checking a copy against its
source: *Needs check* (look again / ask the reporter), *Confirmed* (checked
against the original: the copy is right), *Acceptable* (an edit that is
fine: style, shortening, house rules) and *Error* (the copy is wrong: must
be corrected). A difference nobody has looked at yet is *Unreviewed*.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from app.project.anchors import SIDES, Side, TextAnchor, anchor_span
from app.project.fact_reviews import (
    FactEntry,
    FactReview,
    FactReviewIndex,
    Texts,
    entry_spans,
    fact_review_of,
    sort_fact_reviews,
)

if TYPE_CHECKING:
    from app.engine.records import Comparison, Difference


class Verdict(StrEnum):
    """A reviewer's verdict on one difference; the value is what the project file stores."""

    UNREVIEWED = "unreviewed"
    NEEDS_CHECK = "needs-check"
    CONFIRMED = "confirmed"
    ACCEPTABLE = "acceptable"
    ERROR = "error"

    @property
    def label(self) -> str:
        """The name shown to people (menus, panel, report)."""
        return _LABELS[self][0]

    @property
    def description(self) -> str:
        """A one-line explanation for tooltips and the report legend."""
        return _LABELS[self][1]


_LABELS: dict[Verdict, tuple[str, str]] = {
    Verdict.UNREVIEWED: ("Unreviewed", "Nobody has looked at this difference yet."),
    Verdict.NEEDS_CHECK: ("Needs check", "Look again or ask the writer before publishing."),
    Verdict.CONFIRMED: ("Confirmed", "Checked against the original: the copy is right."),
    Verdict.ACCEPTABLE: ("Acceptable", "A legitimate edit (style, length, house rules)."),
    Verdict.ERROR: ("Error", "The copy is wrong here and must be corrected."),
}

#: The order verdicts appear in menus; the window may map them to keys 0-4.
VERDICT_ORDER: tuple[Verdict, ...] = (Verdict.UNREVIEWED, Verdict.NEEDS_CHECK,
                                      Verdict.CONFIRMED, Verdict.ACCEPTABLE, Verdict.ERROR)

#: Longest note we accept (characters); longer notes are a sign of a hostile file.
MAX_NOTE_CHARS = 100_000
# Reviews, fact reviews and highlights of one project, together: the window places each again
# when the texts arrive (~11 us) and paints those on screen; 100,000 highlights held it 1.1 s
# at each arrival and 0.6 s a paint. Made by hand one at a time, a review rarely holds 1,000.
MAX_ANNOTATIONS = 10_000


@dataclass(frozen=True, slots=True)
class DifferenceReview:
    """A verdict and note on one difference of the current comparison.

    ``difference_id`` is the id in the comparison the review was last placed
    on, or None when the difference can no longer be found (the review is
    then kept and listed as unplaced). ``left``/``right`` anchor the
    difference's text so the review can follow it into a new comparison.
    """

    difference_id: int | None
    kind: str
    verdict: Verdict = Verdict.UNREVIEWED
    note: str = ""
    left: TextAnchor | None = None
    right: TextAnchor | None = None

    @property
    def placed(self) -> bool:
        """True while the review is attached to a difference."""
        return self.difference_id is not None

    def anchor(self, side: Side) -> TextAnchor | None:
        """The anchor on ``side``, or None if the difference has no text there."""
        return self.left if side == "left" else self.right

    @property
    def is_empty(self) -> bool:
        """An unreviewed verdict without a note carries nothing worth keeping."""
        return self.verdict is Verdict.UNREVIEWED and not self.note


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlight with a note on a span of either text. ``placed`` is False when lost."""

    id: str
    anchor: TextAnchor
    note: str = ""
    placed: bool = True

    @property
    def side(self) -> Side:
        """Which text the highlight is on."""
        return self.anchor.side

    @property
    def span(self) -> tuple[int, int]:
        """Its (start, end) offsets; meaningful only while ``placed``."""
        return self.anchor.span


_UNSET = object()


@dataclass(frozen=True, slots=True)
class Annotations:
    """Every review (of differences and of facts) and highlight of one project, in a stable order."""

    reviews: tuple[DifferenceReview, ...] = ()
    highlights: tuple[Highlight, ...] = ()
    fact_reviews: tuple[FactReview, ...] = ()
    # The reviews by difference id (the first of an id, as a scan finds it), made with the record.
    # Read one by one for each question, a window or report asking about every difference was
    # O(differences x reviews): Next Unreviewed over 12,000 reviewed differences took seconds.
    _by_difference: dict[int | None, DifferenceReview] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict)

    def __post_init__(self) -> None:
        for review in self.reviews:
            self._by_difference.setdefault(review.difference_id, review)

    # ---- queries -------------------------------------------------------------

    def review_for(self, difference_id: int) -> DifferenceReview | None:
        """The review attached to this difference, or None."""
        if type(self.reviews) is not tuple:  # (a list could change after the index was made)
            return next((r for r in self.reviews if r.difference_id == difference_id), None)
        return self._by_difference.get(difference_id)

    def verdict_of(self, difference_id: int) -> Verdict:
        """The verdict of this difference (``UNREVIEWED`` when there is none)."""
        review = self.review_for(difference_id)
        return review.verdict if review else Verdict.UNREVIEWED

    def note_of(self, difference_id: int) -> str:
        """The note on this difference ('' when there is none)."""
        review = self.review_for(difference_id)
        return review.note if review else ""

    def highlight(self, highlight_id: str) -> Highlight | None:
        """The highlight with this id, or None."""
        return next((h for h in self.highlights if h.id == highlight_id), None)

    def highlights_in(self, side: Side, start: int, end: int) -> list[Highlight]:
        """Placed highlights on ``side`` overlapping [start, end), for painting a viewport."""
        out = []
        for h in self.highlights:
            if h.placed and h.side == side:
                s, e = h.span
                if (s < end and start < e) or (s == e and start <= s <= end):
                    out.append(h)
        return out

    def unplaced(self) -> tuple[DifferenceReview | Highlight | FactReview, ...]:
        """Reviews and highlights that could not be placed in the current texts."""
        return tuple([r for r in self.reviews if not r.placed]
                     + [h for h in self.highlights if not h.placed]
                     + [f for f in self.fact_reviews if not f.placed])

    def fact_index(self) -> FactReviewIndex:
        """The placed fact reviews, to look entries up by (build once per list or report)."""
        return FactReviewIndex(self.fact_reviews)

    def fact_review_for(self, entry: FactEntry) -> FactReview | None:
        """The review of a facts-check entry (same kind, same spans), or None."""
        return self.fact_index().review_for(entry)

    def fact_verdict_of(self, entry: FactEntry) -> Verdict:
        """The verdict on a fact (``UNREVIEWED`` when there is none)."""
        review = self.fact_review_for(entry)
        return review.verdict if review else Verdict.UNREVIEWED

    def fact_note_of(self, entry: FactEntry) -> str:
        """The note on a fact ('' when there is none)."""
        review = self.fact_review_for(entry)
        return review.note if review else ""

    def differences_with(self, comparison: Comparison,
                         verdicts: Iterable[Verdict]) -> list[Difference]:
        """The comparison's differences whose verdict is one of ``verdicts`` (panel filter)."""
        wanted = set(verdicts)
        return [d for d in comparison.differences if self.verdict_of(d.id) in wanted]

    def verdict_counts(self, comparison: Comparison) -> dict[Verdict, int]:
        """How many differences of ``comparison`` carry each verdict."""
        counts = dict.fromkeys(VERDICT_ORDER, 0)
        for d in comparison.differences:
            counts[self.verdict_of(d.id)] += 1
        return counts

    def next_unreviewed(self, comparison: Comparison, after_id: int | None = None,
                        wrap: bool = True) -> Difference | None:
        """The first unreviewed difference after ``after_id`` (in list order), wrapping round."""
        diffs = comparison.differences
        start = 0
        if after_id is not None:
            start = next((i + 1 for i, d in enumerate(diffs) if d.id == after_id), 0)
        order = list(diffs[start:]) + (list(diffs[:start]) if wrap else [])
        return next((d for d in order if self.verdict_of(d.id) is Verdict.UNREVIEWED), None)

    # ---- edits (each returns new Annotations) ---------------------------------

    def with_review(self, comparison: Comparison, difference_id: int, *,
                    verdict: Verdict | object = _UNSET,
                    note: str | object = _UNSET) -> Annotations:
        """Set the verdict and/or note of a difference (omitted arguments stay as they are).

        A review that ends up unreviewed and without a note is removed.
        Raises KeyError if the comparison has no such difference.
        """
        diff = comparison.difference(difference_id)
        if diff is None:
            raise KeyError(f"no difference {difference_id}")
        found = self.review_for(difference_id)
        old = found or review_of(comparison, diff)
        new = old
        if verdict is not _UNSET:
            new = replace(new, verdict=Verdict(verdict))  # type: ignore[arg-type]
        if note is not _UNSET:
            new = replace(new, note=_check_note(note))
        if found is None and not new.is_empty:
            _check_room(self)
        kept = tuple(r for r in self.reviews if r.difference_id != difference_id)
        reviews = kept if new.is_empty else sort_reviews((*kept, new))
        return replace(self, reviews=reviews)

    def with_verdict(self, comparison: Comparison, difference_id: int,
                     verdict: Verdict) -> Annotations:
        """Set the verdict of one difference."""
        return self.with_review(comparison, difference_id, verdict=verdict)

    def with_note(self, comparison: Comparison, difference_id: int, note: str) -> Annotations:
        """Set the note on one difference ('' clears it)."""
        return self.with_review(comparison, difference_id, note=note)

    def without_review(self, review: DifferenceReview | FactReview) -> Annotations:
        """Remove a review (e.g. an unplaced one the user dismissed)."""
        if isinstance(review, FactReview):
            return replace(self, fact_reviews=tuple(r for r in self.fact_reviews if r != review))
        return replace(self, reviews=tuple(r for r in self.reviews if r != review))

    def with_fact_review(self, texts: Texts, entry: FactEntry, *,
                         verdict: Verdict | object = _UNSET,
                         note: str | object = _UNSET) -> Annotations:
        """Set the verdict and/or note of a fact of a facts check of ``texts`` (a Comparison).

        Omitted arguments stay as they are; a review left unreviewed and without
        a note is removed. The review records the entry's status as it is now.
        """
        old = self.fact_review_for(entry)
        new = old or fact_review_of(texts, entry, Verdict.UNREVIEWED)
        new = replace(new, status=entry.status)
        if verdict is not _UNSET:
            new = replace(new, verdict=Verdict(verdict))  # type: ignore[arg-type]
        if note is not _UNSET:
            new = replace(new, note=_check_note(note))
        if old is None and not new.is_empty:
            _check_room(self)
        key = (entry.kind, *entry_spans(entry))
        kept = tuple(r for r in self.fact_reviews
                     if not (r.placed and (r.kind, *r.spans) == key))
        reviews = kept if new.is_empty else sort_fact_reviews((*kept, new))
        return replace(self, fact_reviews=reviews)

    def with_highlight(self, text: str, side: Side, start: int, end: int,
                       note: str = "") -> tuple[Annotations, Highlight]:
        """Add a highlight on ``text[start:end]`` of ``side``; returns (new annotations, it)."""
        if side not in SIDES:
            raise ValueError(f"side must be 'left' or 'right', not {side!r}")
        if start >= end:
            raise ValueError("a highlight needs some selected text")
        _check_room(self)
        highlight = Highlight(self._next_highlight_id(), anchor_span(text, side, start, end),
                              _check_note(note))
        return replace(self, highlights=(*self.highlights, highlight)), highlight

    def with_highlight_note(self, highlight_id: str, note: str) -> Annotations:
        """Change a highlight's note. Raises KeyError for an unknown id."""
        if self.highlight(highlight_id) is None:
            raise KeyError(f"no highlight {highlight_id!r}")
        return replace(self, highlights=tuple(
            replace(h, note=_check_note(note)) if h.id == highlight_id else h
            for h in self.highlights))

    def without_highlight(self, highlight_id: str) -> Annotations:
        """Remove a highlight. Raises KeyError for an unknown id."""
        if self.highlight(highlight_id) is None:
            raise KeyError(f"no highlight {highlight_id!r}")
        return replace(self, highlights=tuple(h for h in self.highlights if h.id != highlight_id))

    def _next_highlight_id(self) -> str:
        numbers = [int(h.id[1:]) for h in self.highlights
                   if h.id.startswith("h") and h.id[1:].isdigit()]
        return f"h{max(numbers, default=0) + 1}"


def review_of(comparison: Comparison, diff: Difference) -> DifferenceReview:
    """A fresh (unreviewed) review of ``diff``, anchored in both texts."""
    anchors: dict[Side, TextAnchor | None] = {}
    for side in SIDES:
        span = diff.span(side)
        anchors[side] = None if span is None else anchor_span(
            comparison.document(side).text, side, span[0], span[1])
    return DifferenceReview(diff.id, diff.kind, Verdict.UNREVIEWED, "",
                            anchors["left"], anchors["right"])


def _check_room(annotations: Annotations) -> None:
    """Raise ValueError if ``annotations`` has no room for one more."""
    if len(annotations.reviews) + len(annotations.fact_reviews) + len(annotations.highlights) >= MAX_ANNOTATIONS:
        raise ValueError(f"a project keeps at most {MAX_ANNOTATIONS:,} annotations")


def _check_note(note: object) -> str:
    if not isinstance(note, str):
        raise TypeError("a note is text")
    if len(note) > MAX_NOTE_CHARS:
        raise ValueError(f"a note is limited to {MAX_NOTE_CHARS} characters")
    return note


def sort_reviews(items: Iterable[DifferenceReview]) -> tuple[DifferenceReview, ...]:
    """Reviews in difference order, unplaced ones last."""
    reviews = tuple(items)
    placed = sorted((r for r in reviews if r.difference_id is not None),
                    key=lambda r: r.difference_id or 0)
    return (*placed, *(r for r in reviews if r.difference_id is None))
