"""A PDF form drawn many times is counted, before PDFium loads the page, as often as it is drawn.

PDFium parses a form's instructions again each time a page draws it ("/X0 Do"),
in one C call that cannot be stopped: a page drawing a 1 KB form 95,000 times
held it 13 s and 1.5 GB. app/documents/pdf_work.content_bytes counts each
drawing of a form (and of the forms it draws) against the page's budget
before PDFium loads the page. A form that draws itself is refused: PDFium
stops it only when its stream is stored unpacked, and one drawing itself
twice doubles at each of its 40 levels (the process died past 14 GB).
"""

from __future__ import annotations

import io
import subprocess
import sys
import time

import pytest
from pypdf import PdfReader

from app.documents import DocumentError, document_from_bytes
from app.documents.pdf_work import Unmeasurable, _operator_cost, content_bytes
from tests.hostile.families import _text_ops, pdf
from tests.hostile.runner import ROOT

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
    # (a form's lines and strings weigh as a page's do: pdf_work._operator_cost)
    assert content_bytes(page, {}) == len(b"q /X0 Do Q\n" * 3) + 3 * (len(FORM) + _operator_cost(FORM))


def test_a_form_that_draws_itself_ends():
    data = pdf([5], [FORM + b"/X0 Do\n", b"/X0 Do\n"], forms={"X0": 4}, inner={4: {"X0": 4}})
    started = time.perf_counter()
    try:
        document_from_bytes(data, "x.pdf")
    except DocumentError as error:
        assert "\n" not in str(error)
    assert time.perf_counter() - started < 10.0


def _read_in_a_child(data: bytes) -> str:
    """What reading ``data`` prints in a child process with 2 GB of address space: a crash of
    PDFium (an abort when it runs out of memory) must fail this test, not kill the suite."""
    script = ("import resource, sys\n"
              "resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))\n"
              "from app.documents import DocumentError, document_from_bytes\n"
              "try:\n    document_from_bytes(sys.stdin.buffer.read(), 'x.pdf'); print('read')\n"
              "except DocumentError as error:\n    print(error)\n")
    done = subprocess.run([sys.executable, "-c", script], input=data, capture_output=True, cwd=ROOT, timeout=60,
                          check=False)
    assert done.returncode == 0 and not done.stderr, (done.returncode, done.stderr[-500:])
    return done.stdout.decode().strip()


@pytest.mark.parametrize("times", [2, 5])
def test_a_packed_form_drawing_itself_more_than_once_is_refused(times: int) -> None:
    data = pdf([5], [FORM + b"q /X0 Do Q\n" * times, b"q /X0 Do Q\n"], forms={"X0": 4}, inner={4: {"X0": 4}})
    assert _read_in_a_child(data) == "x.pdf: page 1 of the PDF draws a form inside itself"


def test_forms_drawing_each_other_are_refused() -> None:
    data = pdf([6], [FORM + b"q /B Do Q q /B Do Q\n", FORM + b"q /A Do Q q /A Do Q\n", b"q /A Do Q\n"],
               forms={"A": 4, "B": 5}, inner={4: {"B": 5}, 5: {"A": 4}})
    assert _read_in_a_child(data) == "x.pdf: page 1 of the PDF draws a form inside itself"


def test_a_form_without_resources_draws_with_the_pages() -> None:
    # PDFium looks the names a form draws up in the page's resources when the form has none
    # of its own: X0 drawing X0 that way is the same cycle.
    data = pdf([5], [FORM + b"q /X0 Do Q q /X0 Do Q\n", b"q /X0 Do Q\n"], forms={"X0": 4})
    data = data.replace(b"/Resources << /Font << /F1 3 0 R >> /XObject << >> >> /Length", b"/Length", 1)
    assert b"/Subtype /Form /BBox [0 0 612 792] /Length" in data
    assert _read_in_a_child(data) == "x.pdf: page 1 of the PDF draws a form inside itself"


def test_a_page_drawing_a_damaged_form_is_not_measured() -> None:
    # pypdf reads the form as a dictionary without its stream (a damaged file); PDFium, repairing
    # the file its own way, may find a stream there (fuzzing found one drawing itself): the page
    # is not measured, so not given to PDFium (pdf_reader leaves it out and reads the rest).
    class Stream(dict):  # type: ignore[type-arg]
        def get_data(self) -> bytes:
            return b"q /X0 Do Q\n" * 3

    page = {"/Contents": Stream(), "/Resources": {"/XObject": {"/X0": {"/Type": "/XObject", "/Subtype": "/Form"}}}}
    with pytest.raises(Unmeasurable):
        content_bytes(page, {})


def test_a_key_defined_twice_is_refused() -> None:
    # pypdf keeps a dictionary's first /Subtype (no form: nothing to count), PDFium its last (a
    # form, here drawing a form that draws it back): found by fuzzing, it ran the process out
    # of memory. A key defined twice in what is measured refuses the PDF with one line.
    data = pdf([6], [FORM + b"q /B Do Q q /B Do Q\n", FORM + b"q /A Do Q q /A Do Q\n", b"q /A Do Q\n"],
               forms={"A": 4, "B": 5}, inner={4: {"B": 5}, 5: {"A": 4}})
    twice = data.replace(b"/Type /XObject /Subtype /Form", b"/Subtype/Xorm/Subtype /Form  ", 1)
    assert len(twice) == len(data)  # the cross-reference table still points right
    # Either check may see it first: the key defined twice, or (a stream drawn whose type pypdf
    # did not read is measured as a form) the forms drawing each other.
    assert _read_in_a_child(twice) in ("x.pdf: this PDF is damaged (on page 1, or in the list of its pages)",
                                       "x.pdf: page 1 of the PDF draws a form inside itself")
    one = pdf([5], [FORM, b"q /X0 Do Q\n"], forms={"X0": 4})  # no cycle: the key defined twice alone
    one = one.replace(b"/Type /XObject /Subtype /Form", b"/Subtype/Xorm/Subtype /Form  ", 1)
    assert _read_in_a_child(one) == "x.pdf: this PDF is damaged (on page 1, or in the list of its pages)"
