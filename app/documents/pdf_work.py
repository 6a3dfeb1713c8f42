"""How much work reading a PDF's text takes, bounded before PDFium does it.

PDFium (app/documents/pdf_text.py) reads a page in C calls that cannot be
stopped once started, and it parses a form's instructions again each time a
page draws it ("/X0 Do"): a 1 MB file whose one page draws a 1 KB form
95,000 times held it 13 s and 1.5 GB in loading that page alone. So the
PDF's structure is first read with pypdf (objects and streams only; it
parses no drawing instructions, some 0.5 ms a page), and:

- the instructions a page would have PDFium parse are counted before it
  loads the page (``content_bytes``): its content streams, unpacked, and a
  form's stream once for each time the page (or a form it draws) draws it;
  a page over MAX_PAGE_CONTENT_BYTES is refused with one line. At that size
  the densest text here takes PDFium some 2.5 s and 0.5 GB;
- pages that draw the same content with the same resources (``page_key``)
  are read once, their lines reused: PDFium parses a shared stream again for
  every page (1,999 pages drawing one 20 KB stream: 10 ms a page);
- reading stops after MAX_PDF_SECONDS, checked between pages, and after
  MAX_PDF_PAGES pages or MAX_PDF_TEXT_CHARS characters (pdf_reader.py).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from typing import Any

from app.documents.errors import DocumentError

# pypdf logs each repair it makes to a damaged file ("incorrect startxref pointer"). With
# no logging set up, Python prints such records on stderr, under the command's one line
# of output or error; a handler here stops that (an application's own handlers still
# receive them).
logging.getLogger("pypdf").addHandler(logging.NullHandler())


class _Repairs(logging.Handler):
    """Counts the objects pypdf repaired as it read them (its warnings: a key defined twice, a
    damaged dictionary cut short...). Where pypdf repairs, PDFium may repair
    otherwise, and what pypdf measured may not be what PDFium draws: fuzzing found
    '/Subtype /Xorm ... /Subtype /Form' (pypdf keeps a key's first definition, PDFium its
    last) and a page dictionary cut short at a damaged entry, each hiding from pypdf a form
    that drew itself, which ran the process out of memory in PDFium."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        # Objects read otherwise than written (pypdf.generic); not the cross-references found
        # again by scanning a file whose offsets are wrong (pypdf._reader), which both repair.
        if record.name.startswith("pypdf.generic"):
            self.count += 1  # under pdf_text's lock: one PDF is measured at a time


_REPAIRS = _Repairs()
logging.getLogger("pypdf").addHandler(_REPAIRS)
logging.getLogger("pypdf").setLevel(logging.WARNING)  # made even when the application logs only errors

# Unpacked drawing instructions of one page, forms counted each time they are drawn: the
# densest text PDFium reads at about 1.6 MB/s here (a dense book page is 8 KB).
MAX_PAGE_CONTENT_BYTES = 2 * 1024 * 1024
# A move to a new line costs as much as this many bytes of instructions: PDFium makes the line,
# the reader puts it in order (~14 us), where a byte of instructions costs PDFium 0.03-0.15 us;
# showing a string or an inline image, as much as SHOW_COST bytes (~1 us for "(a) Tj").
LINE_COST = 96
SHOW_COST = 16
# Instructions of all pages read (a page drawing what another drew is read once): at most this
# many bytes for each byte of the file, and at least MIN_PDF_CONTENT. Packed, a megabyte of file
# held pages of 1.9 MB of tiny text instructions each, that PDFium read for 20 s; a dense book
# page is about 10 KB with its lines counted, packed in some 2.6 KB of file.
CONTENT_PER_FILE_BYTE = 32
MIN_PDF_CONTENT = 16 * 1024 * 1024
# Seconds of reading a PDF's text, all pages together, checked between pages. A book of
# 400 dense pages takes about 1 s here; the page limit is met long before this one.
MAX_PDF_SECONDS = 20.0
_MAX_KEY_NODES = 400  # a page whose resources are larger than this is not shared, only read
_MAX_FORM_DEPTH = 41  # forms inside forms PDFium draws (its kMaxFormLevel is 40, checked with >)
# "/Name Do": draw the XObject named Name. A name ends at white space or a delimiter.
_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+Do(?![^\s/\[\]()<>{}%])")


class PageCosts:
    """The PDF's pages as pypdf sees them: what each would cost PDFium, and which are alike."""

    def __init__(self, data: bytes, label: str, count: int) -> None:
        """Open ``data`` with pypdf and find its ``count`` pages (as many as PDFium counts);
        raise DocumentError (one line) if it cannot be opened or its page tree disagrees."""
        try:
            from pypdf import PdfReader
        except ImportError:  # pragma: no cover - a broken install
            raise DocumentError(label, "reading PDF needs the pypdf package") from None
        self._repairs = _REPAIRS.count
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentError(label, "this PDF is protected by a password")
            catalog: Any = reader.trailer["/Root"]
            root = catalog["/Pages"]
        except DocumentError:
            raise
        except Exception:  # pypdf raises many kinds on damaged files
            raise DocumentError(label, "this PDF is damaged or not supported") from None
        try:
            self._pages = _page_list(root, count)
        except Exception:
            raise DocumentError(label, "this PDF's list of pages is damaged (its counts do not match its pages)") \
                from None
        self._forms: dict[tuple[int, int], int] = {}  # what drawing each form once costs, across pages

    def page(self, number: int) -> tuple[tuple[Any, ...] | None, int]:
        """Page ``number``: its key (``page_key``) and the bytes of instructions
        PDFium would parse to read it (``content_bytes``). Raises on a damaged page."""
        page = self._pages[number]
        measured = page_key(page), content_bytes(page, self._forms)
        if _REPAIRS.count != self._repairs:
            raise Repaired
        return measured


class _Inconsistent(Exception):
    pass


def _page_list(root: Any, count: int) -> list[Any]:
    """The pages of the page tree under ``root``, in order; exactly ``count`` of them.

    PDFium numbers pages by the /Count of each node of the tree (it skips a
    node's pages by its count); pypdf by walking every node. Where the two
    could differ (a /Count that is not the number of pages under its node, a
    node met twice), page i measured here might not be the page i PDFium
    loads, and a cheap page measured could hide a costly one: raises
    _Inconsistent. The walk stops at ``count`` pages and a few nodes more.
    """
    pages: list[Any] = []
    budget = [4 * count + 64]  # tree nodes visited
    inside: set[int] = set()

    def walk(node: Any, depth: int) -> int:
        node = _resolve(node)
        budget[0] -= 1
        if budget[0] < 0 or depth > 64 or id(node) in inside or not hasattr(node, "get"):
            raise _Inconsistent
        kids = _resolve(node.get("/Kids"))
        if not isinstance(kids, list):
            pages.append(node)
            if len(pages) > count:
                raise _Inconsistent
            return 1
        inside.add(id(node))
        leaves = sum(walk(kid, depth + 1) for kid in kids)
        inside.discard(id(node))
        if int(node.get("/Count", -1)) != leaves:
            raise _Inconsistent
        return leaves

    if walk(root, 0) != count:
        raise _Inconsistent
    return pages


def page_key(page: Any) -> tuple[Any, ...] | None:
    """What a page draws, as a key: equal keys give equal text (None: the page is not shared)."""
    budget = [_MAX_KEY_NODES]
    try:
        return (_shape(page.get("/Contents"), budget), _shape(_resources(page), budget))
    except _TooLarge:
        return None


def _resources(page: Any) -> Any:
    """A page's resources, its own or inherited from the page tree above it."""
    node = page
    for _ in range(32):
        if not hasattr(node, "get"):
            return None
        if node.get("/Resources") is not None:
            return node.get("/Resources")
        node = _resolve(node.get("/Parent"))
    return None


class Repaired(Exception):
    """pypdf repaired what it measured (see _Repairs): PDFium may read it otherwise."""


class Unmeasurable(Exception):
    """A page whose drawing pypdf cannot measure as PDFium would draw it: not given to PDFium."""


class FormCycle(Exception):
    """A form that draws itself (directly or through other forms)."""


def content_bytes(page: Any, forms: dict[tuple[int, int], int]) -> int:
    """Unpacked bytes of the instructions PDFium will parse to read ``page``.

    Its own content streams, and each form it draws (by name, "/X0 Do") as
    many times as it draws it, with the forms that form draws in turn, as
    deep as PDFium goes. ``forms`` keeps, across pages, what drawing each
    form once costs. Raises FormCycle for a form that draws itself: PDFium
    stops such a form only when its stream is stored unpacked; a packed one
    drawn twice by itself doubles at each of PDFium's 40 levels (a 600-byte
    file took the process past 14 GB), so such a page is refused. Raises
    Unmeasurable where a form it draws cannot be read.
    """
    contents = _resolve(page.get("/Contents"))
    streams = list(contents) if isinstance(contents, list) else [contents]
    data = [_stream_data(_resolve(stream)) for stream in streams]
    resources = _resolve(_resources(page))
    return (sum(map(len, data)) + sum(map(_operator_cost, data))
            + sum(_drawn(part, resources, forms, set()) for part in data))


def _operator_cost(data: bytes) -> int:
    """What the operators of ``data`` cost beyond their bytes: about how many times it moves to
    a new line of text (T*, Td, TD, ' and ", an apostrophe in a string counted too), each a line
    PDFium and then the reader make, and how many strings and inline images it shows."""
    moves = sum(data.count(op) for op in (b"T*", b"Td", b"TD", b"'", b'"'))
    shows = sum(data.count(op) for op in (b"Tj", b"TJ", b"BI"))
    return LINE_COST * moves + SHOW_COST * shows


def _drawn(data: bytes, resources: Any, forms: dict[tuple[int, int], int], drawing: set[int]) -> int:
    """Bytes parsed for the forms that the instructions ``data`` draw, with ``resources``;
    ``drawing``: the forms being drawn around these instructions."""
    draws = Counter(_DRAW.findall(data))
    if not draws:
        return 0
    xobjects: Any = _resolve(resources.get("/XObject")) if hasattr(resources, "get") else None
    if not hasattr(xobjects, "get"):
        raise Unmeasurable  # drawing what is not there: resources pypdf read otherwise than PDFium may
    total = 0
    for name, times in draws.items():
        try:
            form = _resolve(xobjects.get("/" + name.decode("latin-1")))
            kind = form.get("/Subtype") if hasattr(form, "get") else None
        except Exception:  # a damaged reference: what PDFium would make of it is unknown
            raise Unmeasurable from None
        if not hasattr(form, "get_data"):  # missing, or not a stream as an XObject is: damaged
            raise Unmeasurable
        if kind != "/Image":
            # A form, or a stream whose type pypdf did not read as PDFium may (a damaged
            # /Subtype): measured as a form, what PDFium would draw if it is one.
            total += times * _form_cost(form, resources, forms, drawing)
    return total


def _form_cost(form: Any, outer: Any, forms: dict[tuple[int, int], int], drawing: set[int]) -> int:
    """Bytes parsed to draw ``form`` once (its stream and the forms it draws), inside
    instructions whose resources are ``outer`` (a form without its own uses those)."""
    if id(form) in drawing:
        raise FormCycle
    resources = _resolve(form.get("/Resources")) or outer
    key = (id(form), id(resources))
    if key in forms:
        return forms[key]
    if len(drawing) > _MAX_FORM_DEPTH:
        return 0  # PDFium draws nothing deeper than this
    data = _stream_data(form)
    drawing.add(id(form))
    try:
        cost = len(data) + _operator_cost(data) + _drawn(data, resources, forms, drawing)
    finally:
        drawing.discard(id(form))
    forms[key] = cost
    return cost


def _stream_data(stream: Any) -> bytes:
    get_data = getattr(stream, "get_data", None)
    data = get_data() if get_data is not None else b""
    return data if isinstance(data, bytes) else b""


def _resolve(value: Any) -> Any:
    get_object = getattr(value, "get_object", None)
    return get_object() if get_object is not None else value


class _TooLarge(Exception):
    pass


def _shape(value: Any, budget: list[int]) -> Any:
    """A hashable picture of a PDF object, references kept as references (not followed)."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooLarge
    if hasattr(value, "idnum") and hasattr(value, "generation"):
        return ("ref", value.idnum, value.generation)
    if isinstance(value, dict):
        if hasattr(value, "get_data"):  # an inline stream: only itself is the same
            return ("stream", id(value))
        return tuple(sorted((str(k), _shape(v, budget)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_shape(v, budget) for v in value)
    return (type(value).__name__, str(value))
