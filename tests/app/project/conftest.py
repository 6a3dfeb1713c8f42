"""Shared fixtures for the project tests: the sample pair, its comparison, a project."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import CompareOptions, compare
from app.documents.model import Document
from app.engine.records import Comparison
from app.project import Project, Verdict

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"


@pytest.fixture(scope="session")
def sample_docs() -> tuple[Document, Document]:
    left = Document.from_text((SAMPLES / "putin-minerals-bbc.txt").read_text("utf-8"),
                              "putin-minerals-bbc.txt")
    right = Document.from_text((SAMPLES / "putin-minerals-rewrite.txt").read_text("utf-8"),
                               "putin-minerals-rewrite.txt")
    return left, right


@pytest.fixture(scope="session")
def sample_comparison(sample_docs: tuple[Document, Document]) -> Comparison:
    return compare(*sample_docs, CompareOptions())


@pytest.fixture
def annotated(sample_comparison: Comparison) -> Project:
    """A project of the sample pair with two reviews and a highlight."""
    c = sample_comparison
    first, second = c.differences[0], c.differences[-1]
    a = Project(c.left, c.right).annotations
    a = a.with_verdict(c, first.id, Verdict.ERROR).with_note(c, first.id, "Dropped: ask desk")
    a = a.with_review(c, second.id, verdict=Verdict.ACCEPTABLE, note="house style")
    a, _ = a.with_highlight(c.right.text, "right", 10, 40, "check spelling ✓")
    return Project(c.left, c.right, CompareOptions(sensitivity=0.6), a,
                   {"current": first.id, "scroll": [0.25, 0.5]})
