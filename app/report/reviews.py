"""Verdicts and notes of a project's differences, looked up by id for a whole report.

``Annotations.review_for`` reads the reviews one by one, the first of an id
winning; a report asks for every difference, so a project with a review on
each of 25,000 differences made a report O(differences x reviews): 2,000
reviews doubled the time of a 1 MB report, and all of them took minutes.
"""

from __future__ import annotations

from app.project.annotations import Annotations, DifferenceReview, Verdict


class ReviewIndex:
    """The review of each difference id, as ``Annotations.review_for`` finds it."""

    def __init__(self, annotations: Annotations) -> None:
        self._by_id: dict[int | None, DifferenceReview] = {}
        for review in annotations.reviews:
            self._by_id.setdefault(review.difference_id, review)  # the first one, as review_for

    def verdict_of(self, difference_id: int) -> Verdict:
        """The verdict of this difference (``UNREVIEWED`` when there is none)."""
        review = self._by_id.get(difference_id)
        return review.verdict if review else Verdict.UNREVIEWED

    def note_of(self, difference_id: int) -> str:
        """The note on this difference ('' when there is none)."""
        review = self._by_id.get(difference_id)
        return review.note if review else ""
