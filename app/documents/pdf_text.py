"""The text layer of PDF pages as positioned lines, read with PDFium (pypdfium2).

PDFium (the C++ engine of Chrome) builds a page's text in C: one call gives
the page's text in drawing order, with the line breaks and word spaces it
infers from where the glyphs stand; a few calls a line then give where the
line starts and how large its text is set. A dense book page takes some
2-3 ms here (pypdf, in pure Python, took 60-90 ms).

PDFium is not thread-safe, even across documents: every use of it in this
process goes through one lock (``pdfium_document``). Its calls release the
GIL, so a window reading a PDF in a background thread stays responsive.
"""

from __future__ import annotations

import bisect
import ctypes
import logging
import math
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from app.documents.errors import DocumentError

# pypdfium2 logs through "pypdfium2"; with no logging set up nothing of it may reach stderr.
logging.getLogger("pypdfium2").addHandler(logging.NullHandler())

_LOCK = threading.Lock()
# Where PDFium rejoined a word hyphenated at a line end it puts U+FFFE for the hyphen and
# drops the line break: the paragraph logic wants the two lines (and rejoins the word itself).
_SOFT_HYPHEN = "\ufffe"
_BREAK = re.compile("\r\n|[\r\n\ufffe]")
_WIDE_IS_UTF16 = ctypes.sizeof(ctypes.c_wchar) == 2  # PDFium's text indexes count UTF-16 units there
# Typesetting ligatures (ﬁ, ﬂ, ﬀ...) come out of PDFs as one character each.
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
     "\ufb05": "st", "\ufb06": "st"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page: where it starts (PDF points, y up from the page's
    bottom edge) and the size its first glyph is set at."""

    text: str
    x: float
    y: float
    size: float
    page: int


class PageUnreadable(Exception):
    """PDFium could not load this page (the others may still be read)."""


class PdfiumDocument:
    """An open PDF in PDFium; made by ``pdfium_document``, valid inside its ``with``."""

    def __init__(self, document: Any) -> None:
        self._document = document

    def __len__(self) -> int:
        return len(self._document)

    def page(self, number: int) -> tuple[float, list[Line]]:
        """The height of page ``number`` and its lines of text, in drawing order.

        Raises PageUnreadable when PDFium cannot load the page.
        """
        import pypdfium2 as pdfium

        try:
            page = self._document[number]
        except pdfium.PdfiumError:
            raise PageUnreadable from None
        try:
            _left, bottom, _right, top = page.get_mediabox()
            textpage = page.get_textpage()
            try:
                lines = _lines(textpage.raw, number, bottom)
            finally:
                textpage.close()
        except pdfium.PdfiumError:
            raise PageUnreadable from None
        finally:
            page.close()
        return (top - bottom) or 792.0, lines


@contextmanager
def pdfium_document(data: bytes, label: str) -> Iterator[PdfiumDocument]:
    """``data`` opened in PDFium, holding the process's PDFium lock until the ``with`` ends.

    Raises DocumentError (one line) for a PDF that needs a password or that
    PDFium cannot open.
    """
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - a broken install
        raise DocumentError(label, "reading PDF needs the pypdfium2 package") from None
    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if error.err_code == raw.FPDF_ERR_PASSWORD:
                raise DocumentError(label, "this PDF is protected by a password") from None
            raise DocumentError(label, "this PDF is damaged or not supported") from None
        try:
            yield PdfiumDocument(document)
        finally:
            document.close()


def _lines(textpage: Any, number: int, bottom: float) -> list[Line]:
    """The lines of one text page: its whole text in one call, then each line's first
    glyph looked up for its origin, font size and scale (a few calls a line)."""
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    # UTF-16 out: each character may take two units (outside the BMP), plus the terminator.
    buffer = (ctypes.c_ushort * (2 * count + 2))()
    written = raw.FPDFText_GetText(textpage, 0, count, buffer)
    if written <= 1:
        return []
    text = bytes(buffer)[: 2 * (written - 1)].decode("utf-16-le", errors="replace")
    # PDFium indexes its text by wchar_t: one per character here, one per UTF-16 unit on Windows.
    wide = [i for i, char in enumerate(text) if char > "\uffff"] if _WIDE_IS_UTF16 and not text.isascii() else []
    x, y, matrix = ctypes.c_double(), ctypes.c_double(), raw.FS_MATRIX()
    lines: list[Line] = []
    for start, piece in _pieces(text):
        first = start + len(piece) - len(piece.lstrip())
        if first == start + len(piece):
            continue  # a blank line
        index = raw.FPDFText_GetCharIndexFromTextIndex(textpage, first + bisect.bisect_left(wide, first))
        if index < 0 or not raw.FPDFText_GetCharOrigin(textpage, index, x, y):
            continue
        size = raw.FPDFText_GetFontSize(textpage, index)
        if raw.FPDFText_GetMatrix(textpage, index, matrix):
            # The font size is in text space; the glyph's matrix scales it onto the page.
            size *= math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
        lines.append(Line(" ".join(piece.translate(_LIGATURES).split()), x.value, y.value - bottom, size, number))
    return lines


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """The page's text cut at PDFium's line breaks ("\\r\\n", or a lone "\\r" or "\\n"),
    and after a hyphen it rejoined across a line end (U+FFFE, given back as "-"):
    each piece with its offset in ``text``."""
    start = 0
    for cut in _BREAK.finditer(text):
        yield start, text[start : cut.start()] + ("-" if cut.group() == _SOFT_HYPHEN else "")
        start = cut.end()
    yield start, text[start:]
