"""Shared fixtures for the report tests: the sample comparison and its annotations."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import compare
from app.documents.model import Document
from app.engine.records import Comparison
from app.project import Annotations, Verdict

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
FIXED_TIME = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def sample_comparison() -> Comparison:
    left = Document.from_text((SAMPLES / "putin-minerals-bbc.txt").read_text("utf-8"),
                              "putin-minerals-bbc.txt")
    right = Document.from_text((SAMPLES / "putin-minerals-rewrite.txt").read_text("utf-8"),
                               "putin-minerals-rewrite.txt")
    return compare(left, right)


@pytest.fixture(scope="session")
def annotate():
    """A function annotating a comparison (a few verdicts, notes and a highlight)."""
    return _annotate


@pytest.fixture(scope="session")
def fixed_time() -> datetime:
    return FIXED_TIME


def _annotate(c: Comparison) -> Annotations:
    diffs = c.differences
    a = Annotations()
    changed = [d for d in diffs if d.kind == "changed"]
    if changed:
        a = a.with_review(c, changed[0].id, verdict=Verdict.ERROR,
                          note='Headline invents "Proposes"; check <b>wire</b> & agency.')
    others = [d for d in diffs if not changed or d.id != changed[0].id]
    if others:
        a = a.with_verdict(c, others[0].id, Verdict.NEEDS_CHECK)
    if len(others) > 1:
        a = a.with_review(c, others[1].id, verdict=Verdict.ACCEPTABLE, note="Page furniture.")
    text = c.right.text
    at = text.find("Putin")
    if at >= 0:
        a, _ = a.with_highlight(text, "right", at, at + 5, "Name spelled as in the wire.")
    return a
