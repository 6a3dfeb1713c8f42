"""The HTML walker as it was before its events came from one regular expression (a test oracle).

app/documents/html_walker.py walks plain markup without html.parser and
keeps its state in one loop; this is the walker it replaced, html.parser
callbacks and all, kept to check that every page still reads the same
(tests/app/documents/test_html_walker.py). Change it only together with a
change of what the walker is meant to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

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


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.styles: list[Style] = []
        self.open_styles: list[_OpenStyle] = []
        self.context: list[str] = []  # open block-level tags, outermost first
        self.run_start: int | None = None
        self.pending_space = False
        self.pending_newlines = 0
        self.pre_depth = 0
        self.pre_just_opened = False

    # -- writing ---------------------------------------------------------
    def _write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _emit(self, text: str) -> None:
        """Write visible text, with whatever separator is pending before it."""
        if self.run_start is None:
            if self.length:
                self._write("\n\n")
            self.run_start = self.length
        elif self.pending_newlines:
            self._write("\n" * self.pending_newlines)
        elif self.pending_space:
            self._write(" ")
        self.pending_newlines = 0
        self.pending_space = False
        for style in self.open_styles:
            if style.start is None:
                style.start = self.length
        self._write(text)

    def _end_run(self) -> None:
        if self.run_start is not None and self.length > self.run_start:
            kind, level = self._block_kind()
            self.blocks.append(Block(kind, self.run_start, self.length, level))
        self.run_start = None
        self.pending_space = False
        self.pending_newlines = 0

    def _block_kind(self) -> tuple[str, int]:
        for tag in reversed(self.context):
            if tag in _HEADINGS:
                return "heading", _HEADINGS[tag]
            if tag == "li":
                depth = sum(1 for t in self.context if t in ("ul", "ol"))
                return "list_item", max(depth, 1)
            if tag == "blockquote":
                return "quote", sum(1 for t in self.context if t == "blockquote")
        return "paragraph", 0

    # -- parser callbacks ------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._end_run()
            if tag not in _VOID_TAGS:
                self.context.append(tag)
            if tag == "pre":
                self.pre_depth += 1
                self.pre_just_opened = True
            return
        if tag == "br":
            if self.run_start is not None:
                self.pending_newlines += 1
                self.pending_space = False
            return
        kind = _INLINE_STYLES.get(tag)
        if kind is not None:
            href = dict(attrs).get("href") if tag == "a" else None
            if kind == "link" and not _is_absolute_link(href):
                return  # relative links would resolve against a local file
            self.open_styles.append(_OpenStyle(tag, kind, href))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._end_run()
            if tag in self.context:
                # Close up to the innermost matching tag (sanitized HTML nests well).
                index = len(self.context) - 1 - self.context[::-1].index(tag)
                del self.context[index:]
            if tag == "pre" and self.pre_depth:
                self.pre_depth -= 1
            return
        for i in range(len(self.open_styles) - 1, -1, -1):
            style = self.open_styles[i]
            if style.tag == tag:
                del self.open_styles[i]
                if style.start is not None and self.length > style.start:
                    self.styles.append(Style(style.kind, style.start, self.length, style.href))
                return

    def handle_data(self, data: str) -> None:
        if self.pre_depth:
            self._pre_data(data)
            return
        # Words of one piece of text are written together, one space between them: the same
        # text as one word at a time, without a Python call per word (a 1 MB PDF book: 0.5 s).
        words = _SPACES.split(data)
        if len(words) > 1 and not words[0]:  # whitespace before the first word
            self._space()
        text = " ".join(word for word in words if word)
        if text:
            self._emit(text)
        if len(words) > 1 and not words[-1]:  # and after the last
            self._space()

    def _space(self) -> None:
        if self.run_start is not None and not self.pending_newlines:
            self.pending_space = True

    def _pre_data(self, data: str) -> None:
        data = data.replace("\r\n", "\n").replace("\r", "\n")
        if self.pre_just_opened:
            # As in browsers, a newline right after <pre> is not content.
            data = data.removeprefix("\n")
            self.pre_just_opened = False
        body = data.rstrip("\n")
        trailing = len(data) - len(body)
        if body:
            self._emit(body)
        if self.run_start is not None:
            self.pending_newlines += trailing

    def close_walk(self) -> WalkedText:
        self.close()
        self._end_run()
        for style in self.open_styles:
            if style.start is not None and self.length > style.start:
                self.styles.append(Style(style.kind, style.start, self.length, style.href))
        self.open_styles.clear()
        text = "".join(self.parts)
        return WalkedText(text, tuple(self.blocks), _merged(self.styles, text))


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


def walk_html(html: str) -> WalkedText:
    """Turn (already sanitized) HTML into text, blocks and styles."""
    walker = _Walker()
    walker.feed(html)
    return walker.close_walk()
