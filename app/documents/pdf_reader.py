"""PDF text layer to HTML for the walker, with paragraphs rebuilt.

pypdf gives the text of each page as lines, in the order the page draws
them, and (through its visitor) where each piece of text stands. From that:
running headers and footers (the same line, digits aside, at the top or
bottom of most pages) and bare page numbers are dropped; lines are joined
into paragraphs, breaking at a wider gap than the usual line spacing, at an
indented first line, after a short line that ends a sentence, and where the
text jumps to a new column; a word hyphenated at a line end is rejoined.
Lines set clearly larger than the body text become headings.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from app.documents.errors import DocumentError
from app.documents.html_building import HtmlBuilder, inline_html
from app.documents.pdf_work import (
    MAX_CONTENT_BYTES,
    MAX_OPERATIONS,
    MAX_PDF_SECONDS,
    Operations,
    OverBudget,
    OverTime,
    content_bytes,
    page_key,
)

# pypdf logs each repair it makes to a damaged file ("incorrect startxref pointer"). With
# no logging set up, Python prints such records on stderr, under the command's one line
# of output or error; a handler here stops that (an application's own handlers still
# receive them).
logging.getLogger("pypdf").addHandler(logging.NullHandler())

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
# Typesetting ligatures (ﬁ, ﬂ, ﬀ...) come out of PDFs as one character each.
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
     "\ufb05": "st", "\ufb06": "st"}
)  # fmt: skip


@dataclass(slots=True)
class _Line:
    text: str
    x: float
    y: float
    size: float
    page: int


def pdf_to_html(data: bytes, label: str) -> str:
    """The text layer of a PDF as simple HTML paragraphs and headings."""
    pages, heights = _read_lines(data, label)
    lines = _drop_running_lines(pages, heights)
    return _paragraphs(lines)


def _read_lines(data: bytes, label: str) -> tuple[list[list[_Line]], list[float]]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - a broken install
        raise DocumentError(label, "reading PDF needs the pypdf package") from None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(label, "this PDF is protected by a password")
        count = len(reader.pages)
    except DocumentError:
        raise
    except (PdfReadError, Exception):  # pypdf raises many kinds on damaged files
        raise DocumentError(label, "this PDF is damaged or not supported") from None
    if count > MAX_PDF_PAGES:
        raise DocumentError(label, f"the PDF has too many pages ({count}; the limit is {MAX_PDF_PAGES})")
    pages: list[list[_Line]] = []
    heights: list[float] = []
    total = 0
    operations = Operations(seconds=MAX_PDF_SECONDS)
    parsed = 0  # unpacked bytes of instructions pypdf was asked to parse
    forms: dict[int, int] = {}  # what drawing each form once costs (content_bytes)
    read: dict[tuple[object, ...], list[_Line]] = {}  # pages drawing the same thing: read once
    for number in range(count):
        try:
            operations.check()
            page = reader.pages[number]
            box = page.mediabox
            heights.append(float(box.height) or 792.0)
            key = page_key(page)
            if key is not None and key in read:
                lines = [_Line(line.text, line.x, line.y, line.size, number) for line in read[key]]
            else:
                parsed += content_bytes(page, forms)
                if parsed > MAX_CONTENT_BYTES:
                    raise DocumentError(label, _too_much_drawing())
                lines = _page_lines(page, number, operations)
                if key is not None:
                    read[key] = lines
        except DocumentError:
            raise
        except OverBudget:
            raise DocumentError(label, _too_much_drawing()) from None
        except OverTime:
            raise DocumentError(label, f"the PDF takes too long to read (stopped at page {number + 1} of "
                                       f"{count}; the limit is {MAX_PDF_SECONDS:g} s of reading)") from None
        except Exception:  # one bad page should not lose the rest
            if len(heights) == len(pages):
                heights.append(792.0)
            lines = []
        total += sum(len(line.text) for line in lines)
        if total > MAX_PDF_TEXT_CHARS:
            raise DocumentError(label, "the PDF holds more text than Verso reads (20 million characters)")
        pages.append(lines)
    if not any(pages):
        raise DocumentError(label, "this PDF has no text layer (a scan?); Verso does not read images")
    return pages, heights


def _too_much_drawing() -> str:
    megabytes = MAX_CONTENT_BYTES // (1024 * 1024)
    return (f"the PDF's pages hold more drawing instructions than Verso reads ({megabytes} MB "
            f"or {MAX_OPERATIONS:,} instructions)")


def _page_lines(page: object, number: int, operations: Operations) -> list[_Line]:
    pieces: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        pieces.append((text, x, y, float(size or 0) * scale))

    page.extract_text(visitor_text=visit, visitor_operand_before=operations)  # type: ignore[attr-defined]
    lines: list[_Line] = []
    current: list[str] = []
    where: tuple[float, float, float] | None = None
    for text, x, y, size in pieces:
        chunks = text.split("\n")
        for index, chunk in enumerate(chunks):
            if index:
                _close_line(lines, current, where, number)
                current, where = [], None
            if chunk:
                if where is None and chunk.strip():
                    where = (x, y, size)
                current.append(chunk)
    _close_line(lines, current, where, number)
    return lines


def _close_line(lines: list[_Line], parts: list[str], where: tuple[float, float, float] | None, page: int) -> None:
    text = " ".join("".join(parts).translate(_LIGATURES).split())
    if text and where is not None:
        lines.append(_Line(text, where[0], where[1], where[2], page))


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
