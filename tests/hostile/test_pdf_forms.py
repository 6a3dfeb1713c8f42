"""A PDF form drawn many times is counted, before pypdf parses anything, as often as it is drawn.

pypdf parses a form's instructions again each time a page draws it ("/X0 Do"):
a page drawing a 1 KB form 95,000 times took 14 s of parsing before the
instruction budget stopped it. app/documents/pdf_work.content_bytes now
counts each drawing of a form (and of the forms it draws) against the
budget before the page is parsed.
"""

from __future__ import annotations

import io
import time

import pytest
from pypdf import PdfReader

from app.documents import DocumentError, document_from_bytes
from app.documents.pdf_work import content_bytes
from tests.hostile.families import _text_ops, pdf

FORM = _text_ops(20)  # about 1 KB of text instructions


def _refused_quickly(data: bytes) -> str:
    started = time.perf_counter()
    with pytest.raises(DocumentError) as error:
        document_from_bytes(data, "x.pdf")
    assert time.perf_counter() - started < 3.0  # parsing would take 15 s and more
    assert "\n" not in str(error.value)
    return str(error.value)


def test_a_form_drawn_thousands_of_times_is_refused_before_parsing():
    data = pdf([5], [FORM, b"q /X0 Do Q\n" * 5_000], forms={"X0": 4})
    assert "drawing instructions" in _refused_quickly(data)


def test_forms_drawing_forms_multiply():
    # The page draws A 100 times, A draws B 100 times: B is parsed 10,000 times.
    data = pdf([6], [FORM, b"q /B Do Q\n" * 100, b"q /A Do Q\n" * 100], forms={"A": 5, "B": 4}, inner={5: {"B": 4}})
    assert "drawing instructions" in _refused_quickly(data)


def test_a_form_drawn_a_few_times_is_read_and_counted_each_time():
    data = pdf([5], [FORM, b"q /X0 Do Q\n" * 3], forms={"X0": 4})
    doc = document_from_bytes(data, "x.pdf")
    assert doc.text.count("Words of line 3 on the page.") == 3
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert content_bytes(page, {}) == len(b"q /X0 Do Q\n" * 3) + 3 * len(FORM)


def test_a_form_that_draws_itself_ends():
    data = pdf([5], [FORM + b"/X0 Do\n", b"/X0 Do\n"], forms={"X0": 4}, inner={4: {"X0": 4}})
    started = time.perf_counter()
    try:
        document_from_bytes(data, "x.pdf")
    except DocumentError as error:
        assert "\n" not in str(error)
    assert time.perf_counter() - started < 10.0
