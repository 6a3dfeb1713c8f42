"""HTML balancing as it was before its loop was rewritten for speed (a test oracle).

app/documents/html_balance.py now reads the text and the tag after it in one
match and keeps the open elements in local variables; this is the code it
replaced, kept to check that every page is balanced exactly as before
(tests/hostile/test_html_balance.py). Change it only together with a change
of what balancing is meant to do.
"""

from __future__ import annotations

import re

MAX_DEPTH = 512
# Elements of one page: each becomes work for every tree builder and walker after this (a page
# of 1.9 million tiny paragraphs: 70 s, 2.85 GB); a long real page has a few thousand.
MAX_ELEMENTS = 100_000


class HtmlTooDeep(ValueError):
    """The HTML nests elements deeper than MAX_DEPTH (or, HtmlTooLarge, holds too many)."""


class HtmlTooLarge(HtmlTooDeep):
    """The HTML holds more than MAX_ELEMENTS elements."""


VOID_TAGS = frozenset(
    "area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr"
    .split())
# Tags that end themselves (or never nest in a parser's tree): written as they are, not counted.
FLAT_TAGS = frozenset(
    "colgroup dd dt li optgroup option p rb rp rt rtc tbody td tfoot th thead tr".split())
# Their text runs to their end tag, tags and all.
_RAW_TEXT = frozenset("script style textarea title xmp iframe noembed noframes".split())
_FOREIGN = frozenset({"svg", "math"})
_CLOSE_OWN_KIND = frozenset({"a", "nobr", "button", "form"})
# HTML tags that leave SVG or MathML (the parser closes the foreign elements first).
_BREAKOUT = frozenset(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li "
    "listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var".split())

_NEXT = re.compile(r"<(?:[a-zA-Z/!?])")
# The rest of a tag after its name: attributes as HTML5 reads them (a quoted value may hold '>'),
# each alternative starting on a different character, all possessive: one pass, no backtracking.
_ATTRIBUTE = r"""[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+(?:"|\Z)|'[^']*+(?:'|\Z)|[^\s>]*+))?"""
_TAG_REST = re.compile(rf"(?:\s++|/(?!>)|{_ATTRIBUTE})*+(/?)(>?)")
_ONE_ATTRIBUTE = re.compile(_ATTRIBUTE)
# Attributes kept on one element: tree builders check each new attribute against those before it
# (one <p> with 100,000 attributes: 10.7 s in nh3); no element of a real page has this many.
MAX_ATTRIBUTES = 100
_LONG_TAG = 4 * MAX_ATTRIBUTES  # characters: a shorter tag cannot hold more attributes
TEXT_NODE = 4096  # characters of text with references, at most, between two tags
_NAME = re.compile(r"[^\s/>]*+")
_COMMENT_END = re.compile(r"-->|--!>")


def balanced_html(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with every element closed once, in order; raises HtmlTooDeep past ``max_depth``."""
    return balance(html, max_depth)[0]


def balance(html: str, max_depth: int = MAX_DEPTH, max_elements: int = MAX_ELEMENTS) -> tuple[str, int]:
    """``html`` balanced (see balanced_html), and how many elements it holds.

    Raises HtmlTooDeep past ``max_depth``, HtmlTooLarge past ``max_elements``.
    """
    out: list[str] = []
    elements = 0
    open_ = _Open(out)
    pos = 0
    size = len(html)

    while pos < size:
        found = _NEXT.search(html, pos)
        text = _HiddenText if open_.foreign else _Text  # (SVG and MathML: dropped, not cut)
        if found is None:
            out.append(text(html[pos:]))
            break
        at = found.start()
        out.append(text(html[pos:at]))
        second = html[at + 1]
        if second == "!":
            if html.startswith("<!--", at):
                if html.startswith(("<!-->", "<!--->"), at):
                    end = html.index(">", at + 4) + 1
                else:
                    ended = _COMMENT_END.search(html, at + 4)
                    end = ended.end() if ended else size
                    if not ended:  # the comment runs to the end: end it, or what is closed below is in it
                        out.append(html[at:] + "-->")
                        pos = size
                        continue
            else:
                closing = html.find(">", at)
                end = closing + 1 if closing >= 0 else size
            out.append(html[at:end] if end < size or html.endswith(">") else html[at:] + ">")
            pos = end
            continue
        if second == "?":
            closing = html.find(">", at)
            end = closing + 1 if closing >= 0 else size
            out.append(html[at:end] if closing >= 0 else html[at:] + ">")
            pos = end
            continue
        is_end = second == "/"
        name_at = at + 2 if is_end else at + 1
        if is_end and (name_at >= size or not html[name_at].isalpha()):
            closing = html.find(">", at)  # '</>' or '</ 3': not a tag, a bogus comment
            end = closing + 1 if closing >= 0 else size
            if name_at < size and html[name_at] != ">":
                out.append(html[at:end] if closing >= 0 else html[at:] + ">")
            pos = end
            continue
        name_match = _NAME.match(html, name_at)
        rest = _TAG_REST.match(html, name_match.end()) if name_match else None
        assert name_match is not None and rest is not None  # (both patterns match the empty string)
        name = name_match.group().lower()
        if not rest.group(2):  # the file ends inside the tag: a parser drops it
            pos = size
            break
        end = rest.end()
        tag = html[at:end]
        if end - at > _LONG_TAG and not is_end:
            tag = _fewer_attributes(tag, name_match.end() - at, bool(rest.group(1)))
        pos = end
        if is_end:
            if name in VOID_TAGS:
                out.append(tag)
            elif name in FLAT_TAGS and not open_.foreign:
                open_.close_flat(name)
            elif open_.count.get(name):
                open_.close_to(name)
            continue  # an end tag that closes nothing open is left out, as parsers ignore it
        self_closing = bool(rest.group(1))
        if open_.foreign and name in _BREAKOUT:
            open_.leave_foreign()  # then read as any HTML tag ("<p><svg><p>": the second p ends the first)
        if name in _CLOSE_OWN_KIND and open_.count.get(name):
            open_.close_to(name)  # parsers do not nest these: a second one closes the first
        elif name in FLAT_TAGS and not open_.foreign:
            open_.close_flat(name)  # a paragraph, item or cell ends where the next one starts
        out.append(tag)
        elements += 1
        if elements > max_elements:
            raise HtmlTooLarge(f"the HTML holds more than {max_elements:,} elements")
        if name in VOID_TAGS or (self_closing and (open_.foreign or name in _FOREIGN)):
            continue
        if name == "plaintext" and not open_.foreign:  # the rest is text, end tags too: nothing closes
            out.append(html[pos:])
            return _joined(out), elements
        if name in _RAW_TEXT and not open_.foreign:
            closing_tag = re.compile(rf"</{name}(?=[\s/>])", re.IGNORECASE).search(html, pos)
            stop = closing_tag.start() if closing_tag else size
            raw = html[pos:stop]
            if name in ("xmp", "noembed", "noframes") and len(raw) > TEXT_NODE and _SLOW.search(raw):
                raw = f"</{name}><{name}>".join(_pieces(raw))  # the sanitizer keeps their text
            out.append(raw)
            pos = stop
        if open_.push(name) > max_depth:
            raise HtmlTooDeep(f"the HTML nests more than {max_depth} elements deep")
    open_.close_all()
    return _joined(out), elements


class _Text(str):
    """Text between tags in the output (everything else there is markup)."""


class _HiddenText(_Text):
    """Text inside SVG or MathML, which the sanitizer drops: never cut."""


def _joined(out: list[str]) -> str:
    """The output, each run of text between two tags cut as ``_text`` cuts it.

    Runs are cut whole, not token by token: text on both sides of a tag left
    out is one run, and cutting the pieces apart made a second balancing cut
    it elsewhere (balancing must leave balanced HTML as it is).
    """
    pieces: list[str] = []
    run: list[str] = []
    for item in out:
        if isinstance(item, _Text):
            run.append(item)
            continue
        if run:
            pieces.append(_run(run))
            run = []
        pieces.append(item)
    if run:
        pieces.append(_run(run))
    return "".join(pieces)


# Elements that end themselves, by kind: one of a kind ends where another starts ("<li>a<li>b").
_FLAT_KIND = {"p": "p", "li": "li", "dd": "dl", "dt": "dl", "td": "cell", "th": "cell", "tr": "tr",
              "option": "option", "optgroup": "optgroup", "thead": "rows", "tbody": "rows", "tfoot": "rows",
              "colgroup": "colgroup", "rb": "ruby", "rp": "ruby", "rt": "ruby", "rtc": "ruby"}
# Inline elements a paragraph's or an item's end passes through (it closes them with it).
_INLINE = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q s samp small span "
    "strike strong sub sup time tt u var".split())


class _Open:
    """The open elements, written out closed when they end; depth counts all but FLAT_TAGS."""

    def __init__(self, out: list[str]) -> None:
        self.out = out
        self.names: list[str] = []
        self.counted: list[bool] = []
        self.count: dict[str, int] = {}
        self.depth = 0
        self.foreign = 0  # how many of the open elements are svg/math or inside them (the top ones)

    def push(self, name: str) -> int:
        """Open ``name``; returns the depth."""
        foreign = bool(self.foreign) or name in _FOREIGN
        counted = foreign or name not in FLAT_TAGS
        self.names.append(name)
        self.counted.append(counted)
        self.count[name] = self.count.get(name, 0) + 1
        self.depth += counted
        self.foreign += foreign
        return self.depth

    def pop(self) -> str:
        name = self.names.pop()
        self.depth -= self.counted.pop()
        self.count[name] -= 1
        self.foreign = max(0, self.foreign - 1)
        self.out.append(f"</{name}>")
        return name

    def close_to(self, name: str) -> None:
        """Close the elements above the innermost ``name``, and it."""
        while self.names and self.pop() != name:
            pass

    def close_flat(self, name: str) -> None:
        """Close the open element of ``name``'s kind, if only inline elements stand above it."""
        kind = _FLAT_KIND.get(name, name)
        for i in range(len(self.names) - 1, -1, -1):
            other = self.names[i]
            if _FLAT_KIND.get(other) == kind:
                while len(self.names) > i:
                    self.pop()
                return
            if other not in _INLINE and other not in FLAT_TAGS:
                return

    def leave_foreign(self) -> None:
        while self.foreign and self.names:
            self.pop()

    def close_all(self) -> None:
        while self.names:
            self.pop()


def _run(run: list[str]) -> str:
    text = "".join(run)
    return text if any(isinstance(item, _HiddenText) for item in run) else _text(text)


# '&' and U+0080-U+00BF: html5ever grows a text node (or an attribute's value) at each of them
# at a cost that grows with the node.
_SLOW = re.compile("[&\u0080-\u00bf]")


def _text(text: str) -> str:
    """Text between tags; a long run with '&' or U+0080-U+00BF in it is cut by empty spans.

    html5ever (in nh3) grows a text node at each of them at a cost that grows
    with the node: 400,000 '&amp;' in one paragraph took 8.3 s; cut into nodes
    of TEXT_NODE characters, 0.7 s. An empty span changes no text: the walker
    and the sanitizer keep what is around it.
    """
    if len(text) <= TEXT_NODE or not _SLOW.search(text):
        return text
    return "<span></span>".join(_pieces(text))


def _pieces(text: str) -> list[str]:
    pieces = []
    start = 0
    while True:
        cut = _SLOW.search(text, start + TEXT_NODE)  # before one: never inside a reference
        if cut is None:
            pieces.append(text[start:])
            return pieces
        pieces.append(text[start:cut.start()])
        start = cut.start()


def _fewer_attributes(tag: str, name_end: int, self_closing: bool) -> str:
    """``tag`` with its first MAX_ATTRIBUTES attributes only, leaving out any that holds more than
    TEXT_NODE '&' or U+0080-U+00BF (html5ever builds a value as it builds a text node)."""
    every = [match.group() for match in _ONE_ATTRIBUTE.finditer(tag, name_end, len(tag) - 1)]
    kept = [attribute for attribute in every if len(_SLOW.findall(attribute)) <= TEXT_NODE]
    if kept == every and len(every) <= MAX_ATTRIBUTES:
        return tag
    return tag[:name_end] + " " + " ".join(kept[:MAX_ATTRIBUTES]) + (" />" if self_closing else ">")
