"""A tiny HTML writer that format readers use to hand structure to the walker.

Readers of .docx, .odt and .pdf describe what they find as simple,
escaped HTML (p, h1-h6, ul/li, blockquote, b/i/u/s/a, br); the one HTML
walker then makes the canonical text, blocks and styles, so every format
ends in the same Document model with the same rules. (.rtf writes its text and
blocks itself, with the walker's own helpers: app/documents/rtf_reader.py.)
"""

from __future__ import annotations

from html import escape

from app.documents.html_balance import MAX_ELEMENTS, HtmlTooLarge
from app.documents.limits import MAX_TEXT_CHARS, TextTooLong

# The inline styles a reader can ask for, in the order they are nested.
INLINE_TAGS: dict[str, str] = {
    "bold": "b",
    "italic": "i",
    "underline": "u",
    "strike": "s",
    "code": "code",
}


class HtmlBuilder:
    """Collects escaped HTML; keeps list nesting balanced for the caller.

    Raises HtmlTooLarge once the HTML holds more than MAX_ELEMENTS elements,
    as a web page is refused: the walker takes some 4 us a tag, and a 100 KB
    .odt can hold a million links or paragraphs (10 s to walk them).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._list_depth = 0
        self._tags = 0  # start and end tags written (two an element, one a <br>)
        self._chars = 0  # characters of text given to ``inline``

    def inline(self, text: str, styles: frozenset[str] = frozenset(), href: str | None = None) -> str:
        """``inline_html`` of ``text``, counted: raises TextTooLong past MAX_TEXT_CHARS characters
        (the walker folds white space, so the text read is no longer). A 90 KB .docx unpacked
        to 60 million characters, copied some ten times on their way to the limit (1.2 GB)."""
        self._chars += len(text)
        if self._chars > MAX_TEXT_CHARS:
            raise TextTooLong
        return inline_html(text, styles, href)

    def block(self, tag: str, inner_html: str) -> None:
        """A whole block (p, h1-h6) whose inner HTML is already built."""
        if tag != "li":
            self.set_list_depth(0)
        self._add(f"<{tag}>{inner_html}</{tag}>")

    def list_item(self, depth: int, inner_html: str) -> None:
        """A list item at nesting ``depth`` (1 = top level)."""
        self.set_list_depth(max(depth, 1))
        self._add(f"<li>{inner_html}</li>")

    def quote(self, inner_html: str) -> None:
        """A quoted paragraph."""
        self.set_list_depth(0)
        self._add(f"<blockquote><p>{inner_html}</p></blockquote>")

    def set_list_depth(self, depth: int) -> None:
        """Open or close <ul> elements until ``depth`` lists are open."""
        while self._list_depth < depth:
            self._add("<ul>")
            self._list_depth += 1
        while self._list_depth > depth:
            self._parts.append("</ul>")
            self._list_depth -= 1

    def _add(self, html: str) -> None:
        self._tags += html.count("<")  # (text is escaped: every "<" starts a tag)
        if self._tags > 2 * MAX_ELEMENTS:
            raise HtmlTooLarge(f"the document holds more than {MAX_ELEMENTS:,} elements (paragraphs, "
                               "styled runs, links, line breaks)")
        self._parts.append(html)

    def html(self) -> str:
        """The HTML built so far, with every list closed."""
        self.set_list_depth(0)
        return "".join(self._parts)


def inline_html(text: str, styles: frozenset[str] = frozenset(), href: str | None = None) -> str:
    """Escaped ``text`` wrapped in the tags for ``styles`` and a link."""
    if not text:
        return ""
    html = escape(text, quote=False)
    for style, tag in INLINE_TAGS.items():
        if style in styles:
            html = f"<{tag}>{html}</{tag}>"
    if href:
        html = f'<a href="{escape(href, quote=True)}">{html}</a>'
    return html


def text_html(text: str) -> str:
    """Escaped text with its line breaks as <br>."""
    return "<br>".join(escape(line, quote=False) for line in text.split("\n"))
