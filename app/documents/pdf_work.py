"""How much work reading a PDF's text takes, bounded before and while pypdf does it.

A PDF is small on disk and large in work: a compressed content stream of
a few hundred bytes can unpack to megabytes of drawing instructions, and
pypdf parses a page's stream again for every page that draws it (1,999
pages sharing one stream: 317 KB, 25 minutes) and a form's stream again
for every time a page draws the form. So:

- pages that draw the same content with the same resources are read once
  (``page_key``), their lines reused;
- the instructions a page would have pypdf parse (its content streams
  and the forms it can draw, unpacked) are counted against
  MAX_CONTENT_BYTES before it is parsed (``content_bytes``);
- every instruction pypdf runs, inside forms too, is counted against
  MAX_OPERATIONS while it runs (``Operations``), which bounds a form drawn
  thousands of times.

Over either budget, reading stops with one line.
"""

from __future__ import annotations

from typing import Any

# pypdf parses about 10,000 instructions (150 KB) a second here, on a busy machine: these
# budgets let a book of some 500 pages of text through and bound any PDF to some 15 seconds.
MAX_CONTENT_BYTES = 4 * 1024 * 1024  # unpacked drawing instructions parsed, all pages together
MAX_OPERATIONS = 150_000  # drawing instructions run, all pages and forms together
_MAX_KEY_NODES = 400  # a page whose resources are larger than this is not shared, only read
_MAX_FORM_DEPTH = 8


class OverBudget(BaseException):
    """Raised from inside pypdf when the instructions run exceed MAX_OPERATIONS.

    A BaseException, not an Exception: pypdf catches Exception around each
    form it draws (and goes on), and this must stop the whole reading.
    """


class Operations:
    """A visitor for pypdf's ``visitor_operand_before`` that counts instructions."""

    def __init__(self, limit: int = MAX_OPERATIONS) -> None:
        self.limit = limit
        self.count = 0

    def __call__(self, operator: Any, operands: Any, cm: Any, tm: Any) -> None:
        self.count += 1
        if self.count > self.limit:
            raise OverBudget


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


def content_bytes(page: Any, seen: set[int]) -> int:
    """Unpacked bytes of the content streams ``page`` has parsed, and of forms not seen before.

    A page's own streams count each time (pypdf parses them for every page
    that draws them, unless the page is shared whole); a form counts once
    (ids in ``seen``), its drawing again and again is what Operations counts.
    """
    total = 0
    contents = _resolve(page.get("/Contents"))
    streams = list(contents) if isinstance(contents, list) else [contents]
    for stream in streams:
        total += _stream_size(_resolve(stream))
    return total + _forms_size(page.get("/Resources"), seen, 0)


def _forms_size(resources: Any, seen: set[int], depth: int) -> int:
    resources = _resolve(resources)
    if depth > _MAX_FORM_DEPTH or not hasattr(resources, "get"):
        return 0
    xobjects = _resolve(resources.get("/XObject"))
    if not hasattr(xobjects, "values"):
        return 0
    total = 0
    for value in xobjects.values():
        form = _resolve(value)
        if id(form) in seen or not hasattr(form, "get") or form.get("/Subtype") != "/Form":
            continue
        seen.add(id(form))
        total += _stream_size(form) + _forms_size(form.get("/Resources"), seen, depth + 1)
    return total


def _stream_size(stream: Any) -> int:
    get_data = getattr(stream, "get_data", None)
    return len(get_data()) if get_data is not None else 0


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
