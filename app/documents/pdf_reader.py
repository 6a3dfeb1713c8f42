"""PDF text layer to HTML for the walker, with paragraphs rebuilt.

PDFium (app/documents/pdf_text.py) gives the text of each page as lines, in
the order the page draws them, with where each line starts and its size.
From that: running headers and footers (the same line, digits aside, at the
top or bottom of most pages) and bare page numbers are dropped; lines are
joined into paragraphs, breaking at a wider gap than the usual line spacing,
at an indented first line, after a short line that ends a sentence, and
where the text jumps to a new column; a word hyphenated at a line end is
rejoined. Lines set clearly larger than the body text become headings.
What reading may cost is bounded first (app/documents/pdf_work.py).
"""

from __future__ import annotations

import itertools
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, replace

from app.documents.errors import DocumentError
from app.documents.html_building import HtmlBuilder, inline_html
from app.documents.pdf_text import Line as _Line
from app.documents.pdf_text import PageUnreadable, PdfiumDocument, pdfium_document
from app.documents.pdf_work import (
    CONTENT_PER_FILE_BYTE,
    MAX_PAGE_CONTENT_BYTES,
    MAX_PDF_SECONDS,
    MIN_PDF_CONTENT,
    FormCycle,
    PageCosts,
    Repaired,
)

MAX_PDF_PAGES = 2000
MAX_PDF_TEXT_CHARS = 20 * 1024 * 1024
_BAND = 0.08  # top and bottom share of the page where running heads live
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?[-–—(\[]?\s*(\d{1,5}|[ivxlcdm]{1,8})\s*[-–—)\]]?"
    r"(?:\s*(?:of|/)\s*\d{1,5})?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_BULLET = re.compile(r"^[•▪◦●‣∙]\s*")
_HYPHENATED = re.compile(r"[^\W\d_]-$")


def pdf_to_html(data: bytes, label: str) -> str:
    """The text layer of a PDF as simple HTML paragraphs and headings."""
    pages, heights = _read_lines(data, label)
    lines = _drop_running_lines(pages, heights)
    return _paragraphs(lines)


def _read_lines(data: bytes, label: str) -> tuple[list[list[_Line]], list[float]]:
    deadline = time.monotonic() + MAX_PDF_SECONDS
    with pdfium_document(data, label) as document:
        count = len(document)  # PDFium reads it off the page tree's root, in no time
        if count > MAX_PDF_PAGES:
            raise DocumentError(label, f"the PDF has too many pages ({count}; the limit is {MAX_PDF_PAGES})")
        costs = PageCosts(data, label, count)
        pages: list[list[_Line]] = []
        heights: list[float] = []
        total = 0
        read: dict[tuple[object, ...], tuple[float, list[_Line]]] = {}  # pages drawing the same thing
        limit = max(MIN_PDF_CONTENT, CONTENT_PER_FILE_BYTE * len(data))
        budget = [limit, limit]  # instructions left to read, of so many
        for number in range(count):
            if time.monotonic() > deadline:
                raise DocumentError(label, f"the PDF takes too long to read (stopped at page {number + 1} of "
                                           f"{count}; the limit is {MAX_PDF_SECONDS:g} s of reading)")
            height, lines = _page(costs, document, number, read, label, budget)
            heights.append(height)
            total += sum(len(line.text) for line in lines)
            if total > MAX_PDF_TEXT_CHARS:
                raise DocumentError(label, "the PDF holds more text than Verso reads (20 million characters)")
            pages.append(lines)
    if not any(pages):
        raise DocumentError(label, "this PDF has no text layer (a scan?); Verso does not read images")
    return pages, heights


def _page(costs: PageCosts, document: PdfiumDocument, number: int,
          read: dict[tuple[object, ...], tuple[float, list[_Line]]], label: str,
          budget: list[int]) -> tuple[float, list[_Line]]:
    """Page ``number``'s height and lines; a page neither reader can make sense of has none.
    ``budget``: [bytes of instructions left to read, less this page's; the file's limit]."""
    try:
        key, cost = costs.page(number)
    except FormCycle:
        raise DocumentError(label, f"page {number + 1} of the PDF draws a form inside itself") from None
    except Repaired:
        raise DocumentError(label, f"this PDF is damaged (on page {number + 1}, or in the list of its pages)") \
            from None
    except Exception:  # a page pypdf cannot find or measure is not given to PDFium; the rest is read
        return 792.0, []
    if key is not None and key in read:
        height, lines = read[key]
        return height, [replace(line, page=number) for line in lines]
    if cost > MAX_PAGE_CONTENT_BYTES:
        limit = MAX_PAGE_CONTENT_BYTES / 1024**2
        raise DocumentError(label, f"page {number + 1} of the PDF holds more drawing instructions than Verso "
                                   f"reads ({cost / 1024**2:.1f} MB; the limit is {limit:g} MB a page)")
    budget[0] -= cost
    if budget[0] < 0:
        raise DocumentError(label, f"the PDF holds more drawing instructions than Verso reads in a file of its "
                                   f"size (over {budget[1] / 1024**2:.0f} MB by page {number + 1})")
    try:
        height, lines = document.page(number)
    except PageUnreadable:
        return 792.0, []
    if key is not None:
        read[key] = (height, lines)
    return height, lines


def _drop_running_lines(pages: list[list[_Line]], heights: list[float]) -> list[_Line]:
    """All lines in order, less running headers/footers and page numbers."""

    def in_band(line: _Line) -> bool:
        height = heights[line.page]
        return line.y >= height * (1 - _BAND) or line.y <= height * _BAND

    def shape(text: str) -> str:
        return re.sub(r"\d+", "#", text.lower())

    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({shape(line.text) for line in lines if in_band(line)})
    repeated = {key for key, count in seen.items() if len(pages) >= 2 and count >= max(2, len(pages) // 2)}
    kept: list[_Line] = []
    for lines in pages:
        for line in lines:
            if in_band(line) and (shape(line.text) in repeated or _PAGE_NUMBER.match(line.text)):
                continue
            kept.append(line)
    return kept


@dataclass(frozen=True, slots=True)
class _Layout:
    """What is typical in this document: line spacing, line length, left edges."""

    spacing: float
    full_width: int  # characters in a full line
    edges: Counter[int]

    def margin(self, line: _Line) -> float:
        """The left edge of the column ``line`` stands in (most lines start there)."""
        near = [(count, x) for x, count in self.edges.items() if line.x - 4 * line.size <= x <= line.x + 1]
        return float(max(near)[1]) if near else line.x

    def indented(self, line: _Line) -> bool:
        return line.x - self.margin(line) > 0.8 * line.size


def _paragraphs(lines: list[_Line]) -> str:
    out = HtmlBuilder()
    if not lines:
        return out.html()
    body_size = statistics.median(line.size for line in lines) or 1.0
    lengths = sorted(len(line.text) for line in lines)
    layout = _Layout(
        spacing=_typical_spacing(lines),
        full_width=lengths[int(0.9 * (len(lengths) - 1))],
        edges=Counter(round(line.x) for line in lines),
    )
    paragraph: list[_Line] = []
    heading: list[_Line] = []
    in_item = False  # the paragraph being built is a bulleted list item

    def flush() -> None:
        nonlocal in_item
        if heading:
            out.block("h2", inline_html(" ".join(line.text for line in heading)))
            heading.clear()
        if paragraph:
            if in_item:
                out.list_item(1, inline_html(_join(paragraph)))
            else:
                out.block("p", inline_html(_join(paragraph)))
            paragraph.clear()
        in_item = False

    for line in lines:
        if line.size >= body_size * 1.2 and len(line.text) < 200:
            if paragraph:
                flush()
            if heading and not _continues_heading(heading[-1], line, layout.spacing):
                flush()
            heading.append(line)
            continue
        if heading:
            flush()
        bullet = _BULLET.match(line.text)
        if bullet and len(line.text) > bullet.end():
            flush()
            in_item = True
            line = _Line(line.text[bullet.end() :], line.x, line.y, line.size, line.page)
        elif paragraph and (
            _item_ends(paragraph[-1], line, layout) if in_item else _breaks(paragraph[-1], line, layout)
        ):
            flush()
        paragraph.append(line)
    flush()
    return out.html()


def _item_ends(previous: _Line, line: _Line, layout: _Layout) -> bool:
    """Does ``line`` leave the bulleted item ``previous`` belongs to?

    Continuation lines of an item hang indented under its text, so only a
    wider gap or a jump to a new column after a finished sentence ends it.
    """
    same_flow = previous.page == line.page and 0 < previous.y - line.y <= 3 * layout.spacing
    if not same_flow:
        return bool(_SENTENCE_END.search(previous.text)) and not line.text[:1].islower()
    return previous.y - line.y > 1.5 * layout.spacing or line.x < previous.x - 0.8 * line.size


def _typical_spacing(lines: list[_Line]) -> float:
    gaps = [a.y - b.y for a, b in itertools.pairwise(lines) if a.page == b.page and 0 < a.y - b.y < 4 * max(a.size, 1)]
    if gaps:
        return statistics.median_low(gaps)
    return 1.2 * (statistics.median(line.size for line in lines) or 10.0)


def _continues_heading(previous: _Line, line: _Line, spacing: float) -> bool:
    return (
        previous.page == line.page
        and abs(previous.size - line.size) < 0.5
        and 0 < previous.y - line.y <= 1.6 * max(spacing, line.size)
    )


def _breaks(previous: _Line, line: _Line, layout: _Layout) -> bool:
    """Does ``line`` start a new paragraph after ``previous``?"""
    ends_sentence = bool(_SENTENCE_END.search(previous.text))
    starts_lower = line.text[:1].islower()
    short = len(previous.text) < 0.85 * layout.full_width
    same_flow = previous.page == line.page and 0 < previous.y - line.y <= 3 * layout.spacing
    if not same_flow:
        # A new page or column: the paragraph runs on unless its last line
        # ended a sentence short of the full width, or the new line is indented.
        if starts_lower or not ends_sentence:
            return False
        return short or layout.indented(line)
    if previous.y - line.y > 1.5 * layout.spacing:
        return not starts_lower or ends_sentence  # a blank line's worth of space
    if layout.indented(line) and not layout.indented(previous):
        return True  # an indented first line
    return ends_sentence and short and not starts_lower and len(previous.text) < 0.7 * layout.full_width


def _join(lines: list[_Line]) -> str:
    # Pieces in a list, and the hyphen looked for in the last line only: searching the text
    # joined so far, and copying it, for every line was quadratic (a paragraph of 160,000
    # lines: 38 s in this function alone).
    parts = [lines[0].text]
    for line in lines[1:]:
        if _HYPHENATED.search(parts[-1][-2:]) and line.text[:1].islower():
            parts[-1] = parts[-1][:-1]  # (the previous line alone: a short copy)
        else:
            parts.append(" ")
        parts.append(line.text)
    return "".join(parts)
