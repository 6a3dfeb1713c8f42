"""Sanitized HTML to canonical text, blocks and inline styles.

The walk follows how a browser lays out text: runs of ASCII whitespace
become one space, soft line breaks inside a paragraph become a space, <br>
becomes "\\n", and <pre> keeps its text as is. Every block of inline text
becomes one Block; blocks are separated by "\\n\\n". Separators are emitted
lazily, just before the next visible text, so no block or style ever starts
or ends on whitespace that was only there as markup layout.

What the walk reads is what the stdlib's html.parser reports (tags, end
tags, text with its character references replaced). Sanitizer output and
the simple markup the format readers write hold nothing but plain tags,
double-quoted attributes and escaped text; such markup is cut into those
same events by one regular expression here, without html.parser's
several Python calls a tag (a page of 95,000 elements: 2.6 s of the walk's
2.7). Any other markup (a '<' that is not such a tag, comments, raw text of
script and style) goes through html.parser itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from typing import cast

from app.documents.model import Block, Style

_INLINE_STYLES: dict[str, str] = {
    "b": "bold", "strong": "bold",
    "i": "italic", "em": "italic", "cite": "italic", "dfn": "italic", "var": "italic",
    "u": "underline", "ins": "underline",
    "s": "strike", "strike": "strike", "del": "strike",
    "code": "code", "kbd": "code", "samp": "code",
    "a": "link",
}  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Open blocks that make a run of text something other than a paragraph (see _block_kind).
_KIND_TAGS = frozenset({*_HEADINGS, "li", "blockquote"})
# Tags whose start or end closes the current run of inline text.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div",
        "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_VOID_TAGS = frozenset({"br", "hr", "img", "wbr", "input", "meta", "link", "area", "col"})
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_SPACES = re.compile(r"[ \t\n\r\f]+")

# One event of html.parser: (text, start tag, its attributes, "/" if self-closing, end tag).
# Here each is the text before a tag and the tag; the last alternative stops at a '<' that is
# not a plain tag (the whole walk is then html.parser's). html.parser opens raw text after
# <script> and <style>: those are looked for in the tags found (_RAW_TEXT).
_WS = "[ \\t\\n\\r\\f]"
_PLAIN_ATTRIBUTE = rf'{_WS}+[a-zA-Z][-a-zA-Z0-9_:.]*(?:="[^"<]*")?'
_EVENT = re.compile(
    rf"([^<]*+)(?:<(?:([a-zA-Z][a-zA-Z0-9]*+)((?:{_PLAIN_ATTRIBUTE})*+){_WS}*+(/?)"
    rf"|/([a-zA-Z][a-zA-Z0-9]*+){_WS}*+)>|(<)|\Z)"
)
_ONE_ATTRIBUTE = re.compile(rf'{_WS}+([a-zA-Z][-a-zA-Z0-9_:.]*)(?:(=)"([^"<]*)")?')
_RAW_TEXT = frozenset({"script", "style"})  # html.parser's CDATA_CONTENT_ELEMENTS

_Event = tuple[str, str, object, str, str, str]  # text, start, attributes, "/", end, stray '<'


@dataclass(frozen=True, slots=True)
class WalkedText:
    """The result of a walk: text plus blocks and styles as offsets into it."""

    text: str
    blocks: tuple[Block, ...]
    styles: tuple[Style, ...]


@dataclass(slots=True)
class _OpenStyle:
    tag: str
    kind: str
    href: str | None
    start: int | None = None  # set when its first visible character is written


class _NotPlain(Exception):
    """The markup holds more than plain tags and text: html.parser reads it."""


def walk_html(html: str) -> WalkedText:
    """Turn (already sanitized) HTML into text, blocks and styles."""
    try:
        return _walk(_EVENT.findall(html), plain=True)
    except _NotPlain:
        return _walk(_parsed_events(html), plain=False)


class _Events(HTMLParser):
    """html.parser's events, as the tuples the plain markup's pattern finds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[_Event] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("", tag, attrs, "", "", ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("", tag, attrs, "/", "", ""))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("", "", None, "", tag, ""))

    def handle_data(self, data: str) -> None:
        self.events.append((data, "", None, "", "", ""))


def _parsed_events(html: str) -> list[_Event]:
    parser = _Events()
    parser.feed(html)
    parser.close()
    return parser.events


# A '&' that does not start one of the references a writer of escaped text makes.
_OTHER_REFERENCE = re.compile(r"&(?!(?:amp|lt|gt|quot|nbsp);)")


def _unescape(text: str) -> str:
    """``html.unescape(text)``; where every '&' starts "&amp;", "&lt;", "&gt;", "&quot;" or
    "&nbsp;" (escaped text: nh3's, the format readers'), by replacing them in turn. unescape
    calls a Python function for each reference: 5 million '&amp;' that a 45 KB .docx unpacked
    to took 1.8 s. (The references do not overlap, each starting at its own '&', and "&amp;"
    goes last: the '&' it leaves starts nothing.)"""
    if _OTHER_REFERENCE.search(text):
        return unescape(text)
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&nbsp;", "\xa0")
            .replace("&amp;", "&"))


def _href(attributes: object) -> str | None:
    """The value of the last href among a start tag's ``attributes``, as html.parser reads it:
    a list of (name, value) from html.parser, or the tag's attributes as written."""
    if not isinstance(attributes, str):
        return dict(cast("list[tuple[str, str | None]]", attributes)).get("href")
    href = None
    for name, equals, value in _ONE_ATTRIBUTE.findall(attributes):
        if name.lower() == "href":
            href = (unescape(value) if value else value) if equals else None
    return href


def _walk(events: Iterable[_Event], plain: bool) -> WalkedText:
    """The text, blocks and styles of html.parser's ``events``.

    One loop with its state in local variables: this runs once a tag on
    pages of 100,000 elements. ``plain``: the events come from _EVENT (text
    still escaped, tag names as written, attributes one string).
    """
    parts: list[str] = []
    length = 0
    blocks: list[Block] = []
    styles: list[Style] = []
    open_styles: list[_OpenStyle] = []
    unstarted = 0  # the last open styles have no visible character yet
    context: list[str] = []  # open block-level tags, outermost first
    kinds = 0  # how many of them are in _KIND_TAGS
    run_start: int | None = None
    pending_space = False
    pending_newlines = 0
    pre_depth = 0
    pre_just_opened = False
    split = _SPACES.split

    for text, start_tag, attributes, self_closing, end_tag, stray in events:
        if stray:
            raise _NotPlain
        if text:
            trailing = 0
            space_before = space_after = False
            if plain and "&" in text:
                text = _unescape(text)
            if pre_depth:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
                if pre_just_opened:
                    # As in browsers, a newline right after <pre> is not content.
                    text = text.removeprefix("\n")
                    pre_just_opened = False
                body = text.rstrip("\n")
                trailing = len(text) - len(body)
                text = body
            else:
                # Words of one piece of text are written together, one space between them: the
                # same text as one word at a time, without a Python call per word.
                words = split(text)
                if len(words) > 1:
                    space_before = not words[0]
                    space_after = not words[-1]
                    text = " ".join(filter(None, words))
            if space_before and run_start is not None and not pending_newlines:
                pending_space = True
            if text:  # visible text, with whatever separator is pending before it
                if run_start is None:
                    if length:
                        parts.append("\n\n")
                        length += 2
                    run_start = length
                elif pending_newlines:
                    parts.append("\n" * pending_newlines)
                    length += pending_newlines
                elif pending_space:
                    parts.append(" ")
                    length += 1
                pending_newlines = 0
                pending_space = False
                if unstarted:
                    for style in open_styles[-unstarted:]:
                        style.start = length
                    unstarted = 0
                parts.append(text)
                length += len(text)
            if space_after and run_start is not None and not pending_newlines:
                pending_space = True
            if trailing and run_start is not None:
                pending_newlines += trailing
        if start_tag:
            tag = start_tag.lower() if plain else start_tag
            closing = tag if self_closing and tag not in _VOID_TAGS else ""
            if tag in _BLOCK_TAGS:
                if run_start is not None and length > run_start:
                    blocks.append(_block(context, kinds, run_start, length))
                run_start = None
                pending_space = False
                pending_newlines = 0
                if tag not in _VOID_TAGS:
                    context.append(tag)
                    kinds += tag in _KIND_TAGS
                if tag == "pre":
                    pre_depth += 1
                    pre_just_opened = True
            elif tag == "br":
                if run_start is not None:
                    pending_newlines += 1
                    pending_space = False
            else:
                kind = _INLINE_STYLES.get(tag)
                if kind is not None:
                    href = _href(attributes) if tag == "a" else None
                    if kind != "link" or _is_absolute_link(href):  # relative links would resolve locally
                        open_styles.append(_OpenStyle(tag, kind, href))
                        unstarted += 1
                elif plain and tag in _RAW_TEXT and not self_closing:
                    raise _NotPlain  # html.parser reads what follows as raw text
        elif end_tag:
            closing = end_tag.lower() if plain else end_tag
        else:
            continue
        if not closing:
            continue
        if closing in _BLOCK_TAGS:
            if run_start is not None and length > run_start:
                blocks.append(_block(context, kinds, run_start, length))
            run_start = None
            pending_space = False
            pending_newlines = 0
            if context and context[-1] == closing:
                context.pop()
                kinds -= closing in _KIND_TAGS
            elif closing in context:
                # Close up to the innermost matching tag (sanitized HTML nests well).
                index = len(context) - 1 - context[::-1].index(closing)
                kinds -= sum(tag in _KIND_TAGS for tag in context[index:])
                del context[index:]
            if closing == "pre" and pre_depth:
                pre_depth -= 1
            continue
        for i in range(len(open_styles) - 1, -1, -1):
            style = open_styles[i]
            if style.tag == closing:
                del open_styles[i]
                if style.start is None:
                    unstarted -= 1
                elif length > style.start:
                    styles.append(Style(style.kind, style.start, length, style.href))
                break

    if run_start is not None and length > run_start:
        blocks.append(_block(context, kinds, run_start, length))
    for style in open_styles:
        if style.start is not None and length > style.start:
            styles.append(Style(style.kind, style.start, length, style.href))
    text = "".join(parts)
    return WalkedText(text, tuple(blocks), _merged(styles, text))


def _block(context: list[str], kinds: int, start: int, end: int) -> Block:
    """The block of a run of text, by the innermost open heading, list item or quote."""
    if kinds:
        for tag in reversed(context):
            if tag in _HEADINGS:
                return Block("heading", start, end, _HEADINGS[tag])
            if tag == "li":
                depth = sum(1 for t in context if t in ("ul", "ol"))
                return Block("list_item", start, end, max(depth, 1))
            if tag == "blockquote":
                return Block("quote", start, end, sum(1 for t in context if t == "blockquote"))
    return Block("paragraph", start, end, 0)


def _merged(styles: list[Style], text: str) -> tuple[Style, ...]:
    """Styles sorted, with spans of one kind (and link) joined when they overlap,
    touch, or stand apart by spaces only.

    Word runs and ODF spans split one bold phrase into many pieces; a reader
    sees one.
    """
    merged: list[Style] = []
    for style in sorted(styles, key=lambda s: (s.kind, s.href or "", s.start, s.end)):
        last = merged[-1] if merged else None
        if (
            last
            and (last.kind, last.href) == (style.kind, style.href)
            and (style.start <= last.end or not text[last.end : style.start].strip(" "))
        ):
            merged[-1] = Style(last.kind, last.start, max(last.end, style.end), last.href)
        else:
            merged.append(style)
    return tuple(sorted(merged, key=lambda s: (s.start, -s.end, s.kind)))


def _is_absolute_link(href: str | None) -> bool:
    return href is not None and href.strip().lower().startswith(_LINK_SCHEMES)
