"""The vocabulary is declared once (app/vocabulary.py) and everyone reads it."""

from __future__ import annotations

from app.documents.formats import BINARY_FORMATS, HTML_SUFFIXES, MARKDOWN_SUFFIXES, TEXT_FORMATS
from app.documents.reader import READ_AS_CHOICES
from app.engine.records import KINDS as RECORD_KINDS
from app.report.palette import KIND_STYLES
from app.textreport import KIND_LABEL
from app.vocabulary import FORMAT, FORMAT_TABLE, KIND, KIND_TABLE, KINDS, open_patterns


def test_every_reader_of_kinds_has_every_kind_of_the_table() -> None:
    assert RECORD_KINDS == KINDS == tuple(k.name for k in KIND_TABLE)
    assert set(KIND_STYLES) == set(KIND_LABEL) == set(KINDS)
    for kind in KIND_TABLE:
        assert KIND_STYLES[kind.name].colour == kind.colour and KIND_STYLES[kind.name].label == kind.label
    assert len({k.glyph for k in KIND_TABLE}) == len({k.colour for k in KIND_TABLE}) == len(KINDS)
    assert sorted(k.rank for k in KIND_TABLE) == list(range(len(KINDS)))
    assert all(KIND[k].sides for k in KINDS)


def test_every_format_is_read_and_offered() -> None:
    assert ("auto", *(f.name for f in FORMAT_TABLE)) == READ_AS_CHOICES
    assert set(TEXT_FORMATS) | set(BINARY_FORMATS) == set(FORMAT)
    assert set(FORMAT["markdown"].suffixes) == MARKDOWN_SUFFIXES and ".htm" in HTML_SUFFIXES
    patterns = open_patterns().split()
    for fmt in FORMAT_TABLE:
        assert fmt.suffixes and all(f"*{s}" in patterns for s in fmt.suffixes)
    assert "*.pdf" in patterns  # the Open dialog lacked it


def test_the_docs_name_every_format_of_the_table() -> None:
    """The registry feeds the docs too: a format added to FORMAT_TABLE must be named where a
    reader learns what Verso opens (README, user guide)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for doc in (root / "README.md", root / "docs" / "user-guide.md"):
        text = doc.read_text("utf-8").lower()
        for fmt in FORMAT_TABLE:
            names = (fmt.display, fmt.display.split()[0], *fmt.suffixes)
            assert any(n.lower() in text for n in names), (doc.name, fmt.name)
