"""Reading a PDF's text layer with PDFium: what the page draws, where, and at what size.

The article fixtures (two columns, running heads, hyphenation, a PDF written
by Qt) are in test_doc_formats.py; budgets in tests/hostile/test_pdf_*.py.
"""

from __future__ import annotations

import io
import threading

import pytest

from app.documents import DocumentError, document_from_bytes
from app.documents.pdf_text import _pieces, pdfium_document
from tests.app.documents.documents_fixtures import build_pdf
from tests.app.documents.test_doc_formats import PDF_PARAGRAPHS, article_pdf
from tests.hostile.families import pdf


def blocks(data: bytes) -> list[tuple[str, str]]:
    doc = document_from_bytes(data, "x.pdf")
    return [(block.kind, doc.text[block.start : block.end]) for block in doc.blocks]


def test_a_title_scaled_by_its_text_matrix_is_a_heading():
    # Many writers set the font at size 1 and scale it with the text matrix (Tm) or the
    # page's matrix (cm): the size a reader sees is the product.
    page = (b"BT /F1 1 Tf 20 0 0 20 72 700 Tm (Matrix Title) Tj ET\n"
            b"BT /F1 10 Tf 72 660 Td (Body text of the page, set at ten points.) Tj ET\n"
            b"q 2 0 0 2 0 0 cm BT /F1 10 Tf 36 300 Td (Drawn twice as large) Tj ET Q\n"
            b"BT /F1 10 Tf 72 560 Td (More body text after it.) Tj ET\n")
    assert blocks(pdf([4], [page])) == [
        ("heading", "Matrix Title"),
        ("paragraph", "Body text of the page, set at ten points."),
        ("heading", "Drawn twice as large"),
        ("paragraph", "More body text after it."),
    ]


def test_a_word_hyphenated_at_a_line_end_is_rejoined_and_the_lines_kept_apart():
    # PDFium joins the two lines itself (with U+FFFE for the hyphen); the reader takes the
    # lines back, so the line after still starts its own paragraph where the gap says so.
    page = [(72, 700, "The minister said the agree-", 10), (72, 686, "ment was ready.", 10),
            (72, 640, "A new paragraph starts here.", 10)]
    assert blocks(build_pdf([page])) == [("paragraph", "The minister said the agreement was ready."),
                                         ("paragraph", "A new paragraph starts here.")]


def test_lines_are_cut_where_pdfium_breaks_them_and_after_a_rejoined_hyphen():
    # PDFium's text of a page: "\r\n" between lines, U+FFFE for a hyphen it joined across a
    # line end; each piece keeps its offset in that text (to find its first glyph).
    text = "Math \U0001d400 here\ufffeand\r\nnext line\rlast"
    assert list(_pieces(text)) == [(0, "Math \U0001d400 here-"), (12, "and"), (17, "next line"), (27, "last")]


def test_pdfs_read_in_threads_at_once_read_as_alone():
    # PDFium is not thread-safe (not even for two documents): one lock serialises it.
    data, expected = article_pdf(), "\n\n".join(PDF_PARAGRAPHS)
    results: list[str] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(5):
                results.append(document_from_bytes(data, "x.pdf").text)
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors and results == [expected] * 20


def test_a_pdf_that_needs_a_password_gets_one_line():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(article_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(DocumentError) as error:
        document_from_bytes(locked.getvalue(), "x.pdf")
    assert str(error.value) == "x.pdf: this PDF is protected by a password"


def _encrypted(user_password: str, algorithm: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(article_pdf())))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    locked = io.BytesIO()
    writer.write(locked)
    return locked.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_encrypted_with_an_empty_user_password_is_read(algorithm: str):
    # "Secured" reports: anyone may open them, copying is "not allowed"; PDFium reads them, and
    # pypdf (with the cryptography package for AES) must decrypt them to measure their pages.
    data = _encrypted("", algorithm)
    assert document_from_bytes(data, "x.pdf").text == "\n\n".join(PDF_PARAGRAPHS)


def test_an_aes_pdf_that_needs_a_password_gets_one_line():
    with pytest.raises(DocumentError) as error:
        document_from_bytes(_encrypted("secret", "AES-256"), "x.pdf")
    assert str(error.value) == "x.pdf: this PDF is protected by a password"


def test_a_damaged_pdf_gets_one_line():
    with pytest.raises(DocumentError) as error, pdfium_document(b"%PDF-1.4\nnot a pdf", "x.pdf"):
        pass
    assert str(error.value) == "x.pdf: this PDF is damaged or not supported"


def test_a_page_tree_whose_count_is_not_its_pages_gets_one_line():
    # PDFium numbers pages by the tree's /Count, pypdf (which measures each page before PDFium
    # loads it) by its pages: if the two disagree, the page measured may not be the page
    # loaded, and a cheap page could hide a costly one.
    data = build_pdf([[(72, 700, "First page text.", 10)], [(72, 700, "Second page text.", 10)]])
    assert "First page text." in document_from_bytes(data, "x.pdf").text
    for count in (b"/Count 3", b"/Count 1"):
        with pytest.raises(DocumentError) as error:
            document_from_bytes(data.replace(b"/Count 2", count), "x.pdf")
        assert str(error.value) == "x.pdf: this PDF's list of pages is damaged (its counts do not match its pages)"
