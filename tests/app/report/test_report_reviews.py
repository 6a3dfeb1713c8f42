"""A report looks the verdicts and notes of its differences up in one index, not review by review."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.engine.records import Comparison
from app.project.annotations import Annotations, Verdict
from app.report.docx_writer import docx_bytes
from app.report.html_report import render_html
from app.report.reviews import ReviewIndex


def test_the_index_finds_what_review_for_finds(sample_comparison: Comparison) -> None:
    c = sample_comparison
    a = Annotations()
    for n, d in enumerate(c.differences):
        a = a.with_review(c, d.id, verdict=list(Verdict)[n % len(Verdict)], note="" if n % 3 else f"note {n}")
    doubled = replace(a, reviews=a.reviews + tuple(replace(r, note="a later one") for r in a.reviews[:3]))
    for given in (a, doubled, Annotations()):
        index = ReviewIndex(given)
        for d in c.differences:
            assert index.verdict_of(d.id) == given.verdict_of(d.id)
            assert index.note_of(d.id) == given.note_of(d.id)


def test_reports_do_not_read_the_reviews_for_each_difference(sample_comparison: Comparison,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    c = sample_comparison
    a = Annotations()
    for d in c.differences:
        a = a.with_review(c, d.id, verdict=Verdict.CONFIRMED, note="checked")
    asked: list[int] = []
    real = Annotations.review_for
    monkeypatch.setattr(Annotations, "review_for", lambda self, i: asked.append(i) or real(self, i))
    render_html(c, a)
    docx_bytes(c, a)
    assert asked == []  # (each look-up read every review: 25,000 reviewed differences took minutes)
