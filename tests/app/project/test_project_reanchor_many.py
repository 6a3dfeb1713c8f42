"""Re-anchoring many reviews scores each only against the differences near it (same result)."""

from __future__ import annotations

import random
import time
from dataclasses import replace

import pytest

from app import CompareOptions, compare
from app.documents.model import Document
from app.project import Annotations, Verdict, reanchor, reattach
from app.project.annotations import review_of, sort_reviews

LINES = [f"Line {i} says the value was {i * 7 % 100} units on day {i % 9}." for i in range(1600)]


def _reviewed(n_lines: int, every: int, seed: int) -> tuple[Annotations, Document, Document]:
    rnd = random.Random(seed)
    left = Document.from_text("\n\n".join(LINES[:n_lines]), "a.txt")
    copy = [line if rnd.random() < 0.6 else f"Added line {i} of the copy." for i, line in enumerate(LINES[:n_lines])]
    right = Document.from_text("\n\n".join(copy), "b.txt")
    c = compare(left, right)
    reviews = [replace(review_of(c, d), verdict=Verdict.CONFIRMED, note=f"n{k}")
               for k, d in enumerate(c.differences) if k % every == 0]
    return Annotations(reviews=sort_reviews(reviews)), left, right


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_reviews_land_where_scoring_every_difference_puts_them(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    a, left, right = _reviewed(120, 2, seed)
    rnd = random.Random(seed)
    edited = Document.from_text("Intro line.\n\n" + right.text.replace("Added", "Put in", rnd.randint(1, 9)), "b.txt")
    for options in (CompareOptions(), CompareOptions(sensitivity=0.9, ignore_case=True)):
        later = compare(left, edited, options)
        quick = reanchor(a, later)
        every_one = list(range(len(later.differences)))  # what the old loop scored: every difference
        monkeypatch.setattr(reattach._SpanIndex, "touching", lambda self, where, found=every_one: found)
        every = reanchor(a, later)
        monkeypatch.undo()
        assert quick == every


def test_many_reviews_take_time_in_proportion() -> None:
    def seconds(n_lines: int) -> float:
        # CPU time, the best of 3: a busy machine (CI, a shared box) stalls single wall-clock runs.
        a, left, right = _reviewed(n_lines, 1, 7)
        later = compare(left, Document.from_text("Intro.\n\n" + right.text, "b.txt"))
        best = float("inf")
        for _ in range(3):
            started = time.thread_time()
            reanchor(a, later)
            best = min(best, time.thread_time() - started)
        return best

    small, large = seconds(400), seconds(1600)  # 4x the reviews and the differences: was 16x (3.6 s)
    assert large <= 8 * max(small, 0.02), (small, large)
