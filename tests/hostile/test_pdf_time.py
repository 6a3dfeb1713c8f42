"""A long PDF is read whole and quickly; reading still has budgets that refuse with one line (issue 13).

PDFium reads a dense book page in a few milliseconds (pypdf took 60-90 ms,
and a 400-page book was refused after 20 s). Reading still stops after
app.documents.pdf_reader.MAX_PDF_SECONDS, checked between pages; what one
page may cost is bounded before PDFium loads it (PDFium cannot be stopped
inside a page), by the drawing instructions it would parse.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from types import SimpleNamespace

import pytest

from app.documents import DocumentError, document_from_bytes, document_from_string, pdf_reader, pdf_text
from tests.hostile.families import book_page, pdf


def _book(pages: int) -> bytes:
    return pdf([4 + n for n in range(pages)], [book_page(n) for n in range(pages)])


def _last_words(page: int) -> str:
    last = book_page(page).split(b"\n")[-2]  # the last line of the page: "[(wo)20(rd)-333(...)]TJ T*"
    words = [(a + b).decode() for a, b in re.findall(rb"\((\w*)\)-?\d+\((\w*)\)", last)]
    return " ".join(words[-4:])


def _best_time(read: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        read()
        best = min(best, time.perf_counter() - started)
    return best


def test_a_book_within_the_budget_is_read_whole() -> None:
    document = document_from_bytes(_book(12), "book.pdf")
    assert _last_words(11) in document.text


def test_a_long_book_reads_whole_at_the_cost_of_its_pages() -> None:
    # Ratios, not wall time: the machine may be busy, so the readings compared are interleaved
    # and the best of each kept. A page of a 300-page book costs what a page of a 30-page book
    # costs (nothing grows with the page count: 10 times the pages, about 10 times the time),
    # and the whole book some 100 times what reading its text from a .txt costs (pypdf took
    # some 1,000 times, and a 400-page book was refused after 20 s).
    short, book = _book(30), _book(300)
    document = document_from_bytes(book, "book.pdf")
    assert _last_words(0) in document.text and _last_words(299) in document.text
    times: dict[str, float] = {"short": float("inf"), "book": float("inf"), "plain": float("inf")}
    reads = {"short": lambda: document_from_bytes(short, "short.pdf"),
             "book": lambda: document_from_bytes(book, "book.pdf"),
             "plain": lambda: document_from_string(document.text, "book.txt", read_as="text")}
    for _ in range(3):
        for name, read in reads.items():
            times[name] = min(times[name], _best_time(read, runs=1))
    assert times["book"] < 20 * times["short"], times
    assert times["book"] < 400 * times["plain"], times


def test_reading_stops_at_the_time_budget_with_one_line_naming_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A clock that moves only while PDFium reads a page (20 ms a page): the budget of 50 ms is
    # passed after the third page, and reading stops there, checked between pages, not at the
    # end of the book. No wall time is measured, so a busy machine cannot change the outcome.
    clock = [0.0]
    read = pdf_text.PdfiumDocument.page

    def slow_page(self, number):  # type: ignore[no-untyped-def]
        clock[0] += 0.02
        return read(self, number)

    monkeypatch.setattr(pdf_reader, "MAX_PDF_SECONDS", 0.05)
    monkeypatch.setattr(pdf_reader, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    monkeypatch.setattr(pdf_text.PdfiumDocument, "page", slow_page)
    with pytest.raises(DocumentError) as error:
        document_from_bytes(_book(400), "book.pdf")
    assert clock[0] == pytest.approx(0.06)  # three pages read, not the book's 400
    message = str(error.value)
    assert "\n" not in message and "takes too long to read" in message and "the limit is 0.05 s" in message
    assert "stopped at page 4 of 400" in message


def test_a_page_of_too_much_drawing_is_refused_before_pdfium_loads_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = b"\n".join(book_page(n) for n in range(280))  # one page drawing 280 pages' text: 2.2 MB
    data = pdf([4], [page])

    def never(self, number):  # type: ignore[no-untyped-def]
        raise AssertionError("PDFium was given the page")  # it would take about 1 s and 200 MB

    monkeypatch.setattr(pdf_text.PdfiumDocument, "page", never)
    with pytest.raises(DocumentError) as error:
        document_from_bytes(data, "long.pdf")
    message = str(error.value)
    assert "\n" not in message and "page 1 of the PDF holds more drawing instructions" in message
    assert "the limit is 2 MB a page" in message


def test_the_page_budget_counts_only_the_page_it_is_about(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # 60 pages of 8 KB each (13.5 KB, their lines and strings counted) are read under a budget of
    # 20 KB a page; one page of two of them (27 KB) is not.
    monkeypatch.setattr(pdf_reader, "MAX_PAGE_CONTENT_BYTES", 20_000)
    assert _last_words(59) in document_from_bytes(_book(60), "book.pdf").text
    with pytest.raises(DocumentError, match="page 1 of the PDF holds more drawing"):
        document_from_bytes(pdf([4], [b"\n".join(book_page(n) for n in range(2))]), "long.pdf")


def test_a_pdf_reads_at_most_so_many_instructions_for_its_size(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Packed, a megabyte of file held pages of 1.9 MB of tiny text instructions each, every one
    # under the page limit, that PDFium read until the 20 s budget (14.5-19.6 s). All pages read
    # have a budget of instructions, their lines and strings counted, for the file's size.
    from app.documents import pdf_work

    book = _book(60)  # 13.5 KB a page, counted so, packed in some 2.6 KB
    monkeypatch.setattr(pdf_reader, "MIN_PDF_CONTENT", 0)
    monkeypatch.setattr(pdf_reader, "CONTENT_PER_FILE_BYTE", 2)  # 60 pages take about 5 times their file
    with pytest.raises(DocumentError) as refused:
        document_from_bytes(book, "book.pdf")
    found = re.search(r"more drawing instructions than Verso reads in a file of its size "
                      r"\(over 0 MB by page (\d+)\)", str(refused.value))
    assert found and 10 < int(found.group(1)) < 40, str(refused.value)
    # Pages drawing one stream are read once, and counted once.
    shared = pdf([4] * 60, [book_page(1)])
    monkeypatch.setattr(pdf_reader, "CONTENT_PER_FILE_BYTE", 2 * 13_500 // len(shared) + 1)
    assert _last_words(1) in document_from_bytes(shared, "shared.pdf").text
    # The cost of a page: its bytes, 96 more for each move to a new line (the quote operator too), 16
    # for each string shown with Tj or TJ.
    assert pdf_work._operator_cost(b"BT 0 -1 Td (a) Tj (b) ' ET") == 2 * pdf_work.LINE_COST + pdf_work.SHOW_COST \
        and pdf_work.LINE_COST == 96 and pdf_work.SHOW_COST == 16
