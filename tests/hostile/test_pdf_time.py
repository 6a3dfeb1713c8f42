"""Reading a PDF has a time budget, checked between pages and inside a page (issue 13).

pypdf takes some 60-90 ms a page of dense book text here: a legitimate PDF
within the content budget (4 MB of instructions) could take half a minute.
Reading stops after app.documents.pdf_reader.MAX_PDF_SECONDS with one line
that names the limit; a book within it is read whole.
"""

from __future__ import annotations

import re
import time

import pytest

from app.documents import DocumentError, document_from_bytes, pdf_reader
from tests.hostile.families import book_page, pdf


def _book(pages: int) -> bytes:
    return pdf([4 + n for n in range(pages)], [book_page(n) for n in range(pages)])


def test_a_book_within_the_budget_is_read_whole() -> None:
    document = document_from_bytes(_book(12), "book.pdf")
    last = book_page(11).split(b"\n")[-2]  # the last line of the last page: "[(wo)20(rd)-333(...)]TJ T*"
    words = [(a + b).decode() for a, b in re.findall(rb"\((\w*)\)-?\d+\((\w*)\)", last)]
    assert " ".join(words[-4:]) in document.text


def test_reading_stops_at_the_time_budget_with_one_line_naming_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf_reader, "MAX_PDF_SECONDS", 0.4)
    started = time.perf_counter()
    with pytest.raises(DocumentError) as error:
        document_from_bytes(_book(200), "book.pdf")  # some 15 s of reading
    assert time.perf_counter() - started < 0.4 + 2.0
    message = str(error.value)
    assert "\n" not in message and "takes too long to read" in message and "the limit is 0.4 s" in message
    assert "of 200" in message


def test_a_single_long_page_is_stopped_inside_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf_reader, "MAX_PDF_SECONDS", 0.3)
    page = b"\n".join(book_page(n) for n in range(60))  # one page drawing 60 pages' text
    started = time.perf_counter()
    with pytest.raises(DocumentError) as error:
        document_from_bytes(pdf([4], [page]), "long.pdf")
    assert time.perf_counter() - started < 0.3 + 1.5  # the page alone takes some 5 s
    assert "page 1 of 1" in str(error.value)
