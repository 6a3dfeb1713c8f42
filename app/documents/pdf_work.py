"""How much work reading a PDF's text takes, bounded before and while pypdf does it.

A PDF is small on disk and large in work: a compressed content stream of
a few hundred bytes can unpack to megabytes of drawing instructions, and
pypdf parses a page's stream again for every page that draws it (1,999
pages sharing one stream: 317 KB, 25 minutes) and a form's stream again
for every time a page draws the form. So:

- pages that draw the same content with the same resources are read once
  (``page_key``), their lines reused;
- the instructions a page would have pypdf parse are counted against
  MAX_CONTENT_BYTES before it is parsed (``content_bytes``): its content
  streams, unpacked, and a form's stream once for each time the page (or a
  form it draws) draws it ("/X0 Do"), since pypdf parses it again each time:
  a page drawing a 1 KB form 95,000 times is refused at once, not after
  14 s of parsing;
- every instruction pypdf runs, inside forms too, is counted against
  MAX_OPERATIONS while it runs (``Operations``), for what the count before
  parsing cannot see.

Over either budget, reading stops with one line. And since pypdf takes some
60-90 ms a page of dense book text here (kerned words, each a string of its
own), a legitimate PDF within both budgets could still keep a reader waiting
half a minute: reading stops after MAX_PDF_SECONDS, checked between pages and,
inside a page, every few hundred instructions (``Operations``).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from typing import Any

# pypdf parses about 10,000 instructions (150 KB) a second here, on a busy machine: these
# budgets let a book of some 500 pages of text through and bound any PDF to some 15 seconds.
MAX_CONTENT_BYTES = 4 * 1024 * 1024  # unpacked drawing instructions parsed, all pages together
MAX_OPERATIONS = 150_000  # drawing instructions run, all pages and forms together
# Seconds of reading a PDF's text, all pages together: a book of some 300 dense pages here.
MAX_PDF_SECONDS = 20.0
_CLOCK_EVERY = 256  # instructions between two looks at the clock
_MAX_KEY_NODES = 400  # a page whose resources are larger than this is not shared, only read
_MAX_FORM_DEPTH = 8
# "/Name Do": draw the XObject named Name. A name ends at white space or a delimiter.
_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+Do(?![^\s/\[\]()<>{}%])")


class OverBudget(BaseException):
    """Raised from inside pypdf when the instructions run exceed MAX_OPERATIONS.

    A BaseException, not an Exception: pypdf catches Exception around each
    form it draws (and goes on), and this must stop the whole reading.
    """


class OverTime(BaseException):
    """Raised from inside pypdf (or between pages) when reading passes its time budget."""


class Operations:
    """A visitor for pypdf's ``visitor_operand_before`` that counts instructions, and
    watches the clock (``seconds`` after it was made; ``check`` between pages)."""

    def __init__(self, limit: int = MAX_OPERATIONS, seconds: float = MAX_PDF_SECONDS) -> None:
        self.limit = limit
        self.count = 0
        self.deadline = time.monotonic() + seconds

    def __call__(self, operator: Any, operands: Any, cm: Any, tm: Any) -> None:
        self.count += 1
        if self.count > self.limit:
            raise OverBudget
        if not self.count % _CLOCK_EVERY:
            self.check()

    def check(self) -> None:
        """Raise OverTime once the time budget is spent."""
        if time.monotonic() > self.deadline:
            raise OverTime


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


def content_bytes(page: Any, forms: dict[int, int]) -> int:
    """Unpacked bytes of the instructions pypdf will parse to read ``page``.

    Its own content streams, and each form it draws (by name, "/X0 Do") as
    many times as it draws it, with the forms that form draws in turn.
    ``forms`` keeps, across pages, what drawing each form once costs.
    """
    contents = _resolve(page.get("/Contents"))
    streams = list(contents) if isinstance(contents, list) else [contents]
    data = [_stream_data(_resolve(stream)) for stream in streams]
    return sum(map(len, data)) + sum(_drawn(part, _resources(page), forms, 0) for part in data)


def _drawn(data: bytes, resources: Any, forms: dict[int, int], depth: int) -> int:
    """Bytes parsed for the forms that the instructions ``data`` draw."""
    draws = Counter(_DRAW.findall(data))
    if not draws:
        return 0
    resources = _resolve(resources)
    xobjects: Any = _resolve(resources.get("/XObject")) if hasattr(resources, "get") else None
    if not hasattr(xobjects, "get"):
        return 0
    total = 0
    for name, times in draws.items():
        form = _resolve(xobjects.get("/" + name.decode("latin-1")))
        if hasattr(form, "get") and form.get("/Subtype") == "/Form":
            total += times * _form_cost(form, forms, depth + 1)
    return total


def _form_cost(form: Any, forms: dict[int, int], depth: int) -> int:
    """Bytes parsed to draw ``form`` once: its stream and the forms it draws."""
    if id(form) in forms:
        return forms[id(form)]
    forms[id(form)] = 0  # a form that draws itself: pypdf stops it, so do we
    data = _stream_data(form)
    cost = len(data)
    if depth <= _MAX_FORM_DEPTH:
        cost += _drawn(data, form.get("/Resources"), forms, depth)
    forms[id(form)] = cost
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
