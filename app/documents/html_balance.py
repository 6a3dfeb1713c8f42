"""HTML made balanced before any tree builder sees it, refusing deep nesting.

nh3 (html5ever) and lxml build trees; on deep or tangled markup their cost
grows with the square of the input. Counting tags with a regular
expression missed what parsers nest: ``<div/>`` (a div cannot close
itself: parsers open it), ``<div title="<">`` (the '<' hid the tag), and
formatting elements a parser reopens in every new block
(``<div><b a=1></div><div><b a=2></div>...``: 40 KB became 14 MB of
output). So the markup is tokenized here once, as HTML5 does (quoted
attribute values, comments, raw text of script and style, self-closing
only in SVG and MathML), and written back with every element closed
exactly once, innermost first: a tree builder then builds what this
stack held, and nothing deeper than MAX_DEPTH gets through.

Paragraphs, list items and table cells, which end themselves, are not
counted (see FLAT_TAGS); void elements never open.
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
_RAW_TEXT_END = {name: re.compile(rf"</{name}(?=[\s/>])", re.IGNORECASE) for name in _RAW_TEXT}
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
# What html5ever takes in time growing with its text node (see _text).
_SLOW_CHARACTER = re.compile("[&\x80-\xbf]")
# Raw text the sanitizer keeps, as text, when it drops the element (see _raw_text).
_KEPT_RAW_TEXT = frozenset({"xmp", "noembed", "noframes"})
_NAME = re.compile(r"[^\s/>]*+")
_COMMENT_END = re.compile(r"-->|--!>")
# The text before the next tag and that tag, in one match: _NEXT's text, then an ASCII-named tag as
# _NAME and _TAG_REST read it, ended by '>'. Comments, declarations, '</3', a tag the file ends in:
# no match, and the loop takes them one by one.
_TEXT_AND_TAG = re.compile(
    rf"([^<]*+(?:<(?![a-zA-Z/!?])[^<]*+)*+)(<(/?)([a-zA-Z][^\s/>]*+)(?:\s++|/(?!>)|{_ATTRIBUTE})*+(/?)>)")


def balanced_html(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with every element closed once, in order; raises HtmlTooDeep past ``max_depth``."""
    return balance(html, max_depth)[0]


def balance(html: str, max_depth: int = MAX_DEPTH, max_elements: int = MAX_ELEMENTS,
            cut: bool = True) -> tuple[str, int]:
    """``html`` balanced (see balanced_html), and how many elements it holds.

    Raises HtmlTooDeep past ``max_depth``, HtmlTooLarge past ``max_elements``.
    ``cut``: long runs of text cut for html5ever (see _text); trafilatura
    (lxml) takes them whole, and deleted each empty span with a copy of the
    text after it (a megabyte paragraph of '&amp;': 255 copies, 0.67 s).

    One loop with the open elements in local variables: it runs once a tag,
    on pages of up to MAX_ELEMENTS elements. ``names`` are the open elements,
    ``depths[k + 1]`` the depth once ``names[k]`` is open (FLAT_TAGS are not
    counted), ``count`` how many of each name are open; the elements from
    ``foreign`` up are svg/math or inside them.
    """
    out: list[str] = []
    text_runs: dict[int, int] = {}  # out[start:end] is text longer than TEXT_NODE (see _joined)
    run_start = run_end = run_chars = 0
    elements = 0
    names: list[str] = []
    depths = [0]
    count: dict[str, int] = {}
    foreign = _NOT_FOREIGN
    pos = 0
    size = len(html)

    while pos < size:
        # The text up to a tag and the tag, in one match (most of a page); anything else below.
        found = _TEXT_AND_TAG.match(html, pos)
        one_match = found is not None
        if found is not None:
            text, tag, slash, tag_name, self_closing = found.groups()
            pos = found.end()
        else:
            found = _NEXT.search(html, pos)
            text = html[pos:found.start()] if found is not None else html[pos:]
        if text:  # a run of text goes on past tags left out, up to the next markup written
            if run_end != len(out):
                run_start = run_end = len(out)
                run_chars = 0
            out.append(text)
            run_end += 1
            run_chars += len(text)
            if run_chars > TEXT_NODE and len(names) <= foreign:  # (SVG and MathML: dropped, not cut)
                text_runs[run_start] = run_end
        if found is None:
            break
        if not one_match:
            at = found.start()
            token = _token(html, at)
            if token is not None:  # a comment, a declaration, '</3': written (or left out) as it is
                pos, written = token
                if written:
                    out.append(written)
                continue
            slash = "/" if html[at + 1] == "/" else ""
            name_match = _NAME.match(html, at + 1 + len(slash))
            rest = _TAG_REST.match(html, name_match.end()) if name_match else None
            assert name_match is not None and rest is not None  # (both patterns match the empty string)
            if not rest.group(2):  # the file ends inside the tag: a parser drops it
                break
            tag_name = name_match.group()
            self_closing = rest.group(1)
            pos = rest.end()
            tag = html[at:pos]
        name = tag_name.lower()
        in_foreign = len(names) > foreign
        if slash:
            top = names[-1] if names else ""
            if name in VOID_TAGS:
                out.append(tag)
            elif name in FLAT_TAGS and not in_foreign:
                if _FLAT_KIND.get(top) == _FLAT_KIND[name]:  # (most often the element it closes is on top)
                    names.pop()
                    depths.pop()
                    count[top] -= 1
                    out.append(f"</{top}>")
                else:
                    _close_flat(name, names, depths, count, out)
            elif top == name:
                names.pop()
                depths.pop()
                count[top] -= 1
                out.append(f"</{top}>")
            elif count.get(name):
                _close_from(len(names) - 1 - names[::-1].index(name), names, depths, count, out)
            continue  # an end tag that closes nothing open is left out, as parsers ignore it
        if not in_foreign and name not in _SPECIAL_START and len(tag) <= _LONG_TAG:
            # Most start tags: it closes nothing and opens one counted element (as below, shortened).
            out.append(tag)
            elements += 1
            if elements > max_elements:
                raise HtmlTooLarge(f"the HTML holds more than {max_elements:,} elements")
            foreign = _NOT_FOREIGN
            names.append(name)
            count[name] = count.get(name, 0) + 1
            depth = depths[-1] + 1
            depths.append(depth)
            if depth > max_depth:
                raise HtmlTooDeep(f"the HTML nests more than {max_depth} elements deep")
            continue
        if len(tag) > _LONG_TAG:
            tag = _fewer_attributes(tag, 1 + len(tag_name), bool(self_closing))
        if in_foreign and name in _BREAKOUT:
            # Then read as any HTML tag ("<p><svg><p>": the second p ends the first).
            _close_from(foreign, names, depths, count, out)
            in_foreign = False
        if name in _CLOSE_OWN_KIND and count.get(name):
            # Parsers do not nest these: a second one closes the first.
            _close_from(len(names) - 1 - names[::-1].index(name), names, depths, count, out)
            in_foreign = len(names) > foreign  # ("<a><svg><a>": the svg is closed with the first link)
        elif name in FLAT_TAGS and not in_foreign and names and names[-1] in _PASSED:
            _close_flat(name, names, depths, count, out)  # a paragraph, item or cell ends where the next starts
        out.append(tag)
        elements += 1
        if elements > max_elements:
            raise HtmlTooLarge(f"the HTML holds more than {max_elements:,} elements")
        if name in VOID_TAGS or (self_closing and (in_foreign or name in _FOREIGN)):
            continue
        if name == "plaintext" and not in_foreign:
            # Everything after it is text to a parser, end tags too: what is open stays open
            # (closing it here wrote "</plaintext></p>" into the text).
            out.append(html[pos:])
            return _joined(out, text_runs if cut else {}), elements
        if name in _RAW_TEXT and not in_foreign:
            closing_tag = _RAW_TEXT_END[name].search(html, pos)
            stop = closing_tag.start() if closing_tag else size
            out.append(_raw_text(name, html[pos:stop]) if cut else html[pos:stop])
            pos = stop
        if not in_foreign:
            foreign = len(names) if name in _FOREIGN else _NOT_FOREIGN
        names.append(name)
        count[name] = count.get(name, 0) + 1
        depth = depths[-1] + (len(names) > foreign or name not in FLAT_TAGS)
        depths.append(depth)
        if depth > max_depth:
            raise HtmlTooDeep(f"the HTML nests more than {max_depth} elements deep")
    _close_from(0, names, depths, count, out)
    return _joined(out, text_runs if cut else {}), elements


def _token(html: str, at: int) -> tuple[int, str] | None:
    """Where the comment, declaration or bogus comment at ``at`` ends and what is written for
    it; None for a tag."""
    size = len(html)
    second = html[at + 1]
    if second == "!":
        if html.startswith("<!--", at):
            if html.startswith(("<!-->", "<!--->"), at):
                end = html.index(">", at + 4) + 1
            else:
                ended = _COMMENT_END.search(html, at + 4)
                if not ended:  # the comment runs to the end: end it, or what is closed below is in it
                    return size, html[at:] + "-->"
                end = ended.end()
        else:
            closing = html.find(">", at)
            end = closing + 1 if closing >= 0 else size
        return end, (html[at:end] if end < size or html.endswith(">") else html[at:] + ">")
    if second == "?":
        closing = html.find(">", at)
        return (closing + 1, html[at:closing + 1]) if closing >= 0 else (size, html[at:] + ">")
    name_at = at + 2
    if second == "/" and (name_at >= size or not html[name_at].isalpha()):
        closing = html.find(">", at)  # '</>' or '</ 3': not a tag, a bogus comment
        end = closing + 1 if closing >= 0 else size
        if name_at < size and html[name_at] != ">":
            return end, (html[at:end] if closing >= 0 else html[at:] + ">")
        return end, ""
    return None


def _joined(out: list[str], text_runs: dict[int, int]) -> str:
    """The output, each long run of text between two tags cut as ``_text`` cuts it.

    Runs are cut whole, not piece by piece: text on both sides of a tag left
    out is one run, and cutting the pieces apart made a second balancing cut
    it elsewhere (balancing must leave balanced HTML as it is).
    """
    for start, end in reversed(text_runs.items()):  # from the last: the earlier places stay put
        out[start:end] = [_text("".join(out[start:end]))]
    return "".join(out)


_NOT_FOREIGN = 1 << 62  # (``foreign`` when no svg or math element is open: past any index)
# Elements that end themselves, by kind: one of a kind ends where another starts ("<li>a<li>b").
_FLAT_KIND = {"p": "p", "li": "li", "dd": "dl", "dt": "dl", "td": "cell", "th": "cell", "tr": "tr",
              "option": "option", "optgroup": "optgroup", "thead": "rows", "tbody": "rows", "tfoot": "rows",
              "colgroup": "colgroup", "rb": "ruby", "rp": "ruby", "rt": "ruby", "rtc": "ruby"}
# Inline elements a paragraph's or an item's end passes through (it closes them with it).
_INLINE = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q s samp small span "
    "strike strong sub sup time tt u var".split())
_PASSED = _INLINE | FLAT_TAGS  # what the search for an element that ends itself passes
# Start tags that close, do not open, open raw text or foreign content (not the plain push).
_SPECIAL_START = _CLOSE_OWN_KIND | FLAT_TAGS | VOID_TAGS | _RAW_TEXT | _FOREIGN | {"plaintext"}


def _close_from(index: int, names: list[str], depths: list[int], count: dict[str, int], out: list[str]) -> None:
    """Close the open elements from ``names[index]`` up, innermost first."""
    for name in reversed(names[index:]):
        out.append(f"</{name}>")
        count[name] -= 1
    del names[index:]
    del depths[index + 1:]


def _close_flat(name: str, names: list[str], depths: list[int], count: dict[str, int], out: list[str]) -> None:
    """Close the open element of ``name``'s kind, if only inline elements stand above it."""
    kind = _FLAT_KIND[name]
    for i in range(len(names) - 1, -1, -1):
        other = names[i]
        if _FLAT_KIND.get(other) == kind:
            _close_from(i, names, depths, count, out)
            return
        if other not in _PASSED:
            return


def _text(text: str) -> str:
    """Text between tags; a long run with many slow characters is cut by empty spans.

    html5ever (in nh3) grows a text node at each '&' (a character reference or
    a bare ampersand) and each character from U+0080 to U+00BF (a no-break
    space, '«', '»', '©', '°', a soft hyphen...) at a cost that grows with the
    node: 400,000 '&amp;' in one paragraph took 8.3 s, 512,000 'a\xa0' 7.4 s;
    cut into nodes of TEXT_NODE characters, well under a second. An empty span
    changes no text: the walker and the sanitizer keep what is around it.
    """
    if len(text) <= TEXT_NODE or _SLOW_CHARACTER.search(text) is None:
        return text
    return "<span></span>".join(_cut(text))


def _cut(text: str) -> list[str]:
    """``text`` in pieces of at least TEXT_NODE characters, each after the first starting at a
    slow character (never inside a character reference)."""
    pieces = []
    start = 0
    while True:
        cut = _SLOW_CHARACTER.search(text, start + TEXT_NODE)
        if cut is None:
            pieces.append(text[start:])
            return pieces
        pieces.append(text[start:cut.start()])
        start = cut.start()


def _raw_text(name: str, text: str) -> str:
    """The raw text of a ``name`` element; for one whose text the sanitizer keeps (<xmp>...), a long
    run with many slow characters (see _text) is cut by ending the element and starting another.

    No empty span can cut raw text (it would be text); the sanitizer drops these elements and
    keeps their text, so two of them in a row read as one."""
    if name not in _KEPT_RAW_TEXT or len(text) <= TEXT_NODE or _SLOW_CHARACTER.search(text) is None:
        return text
    return f"</{name}><{name}>".join(_cut(text))


def _fewer_attributes(tag: str, name_end: int, self_closing: bool) -> str:
    """``tag`` with its first MAX_ATTRIBUTES attributes only, and none whose value holds more than
    TEXT_NODE slow characters (see _text: html5ever builds a value as it builds a text node, and
    the sanitizer keeps a title or a link's address; no real page has such a value)."""
    attributes = []
    changed = False
    for match in _ONE_ATTRIBUTE.finditer(tag, name_end, len(tag) - 1):
        attribute = match.group()
        if len(attribute) > TEXT_NODE and len(_SLOW_CHARACTER.findall(attribute)) > TEXT_NODE:
            changed = True
            continue
        attributes.append(attribute)
        if len(attributes) > MAX_ATTRIBUTES:
            changed = True
            break
    if not changed:
        return tag
    return tag[:name_end] + " " + " ".join(attributes[:MAX_ATTRIBUTES]) + (" />" if self_closing else ">")
