"""Saved web pages and pasted HTML to text, blocks and styles.

A whole page goes through trafilatura (offline) to keep the article's main
text and structure without menus, adverts and footers; when it finds
nothing, or for a fragment such as a clipboard selection, the sanitized
HTML is walked in full. Either way nh3 sanitizes before anything is walked.
"""

from __future__ import annotations

import html as html_lib
import re

from app.documents.html_balance import MAX_DEPTH, HtmlTooDeep, balance
from app.documents.html_walker import WalkedText, walk_html
from app.documents.sanitizing import sanitize_html

__all__ = ["MAX_HTML_DEPTH", "HtmlTooDeep", "looks_like_html", "read_html"]

MAX_HTML_DEPTH = MAX_DEPTH
_FAST_EXTRACTION_CHARS = 500_000
# Pages with more elements are read whole, their main text not picked out: trafilatura spends
# about 0.3 ms on each element here (a page of 10,000 empty paragraphs: 4.5 s), and real
# pages have a few thousand.
MAIN_TEXT_ELEMENTS = 8_000
_FULL_PAGE = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
# Each comment ends at its first "-->" (atomic group): a lazy ".*?" inside a repeated group
# could also end at any later "-->", and on a page that does not start like HTML every way
# of cutting N comments was tried (2**N: 48 s for a 209-byte file of 26 comments).
_HTML_START = re.compile(
    r"^\s*+(?:<\?xml[^>]*+>\s*+)?+(?:<!--(?>.*?-->)\s*+)*+"
    r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])",
    re.IGNORECASE | re.DOTALL,
)
# The markers of a clipboard copy, found one after the other (see _clipboard_fragment).
_FRAGMENT_START = re.compile(r"<!--\s*+StartFragment\s*+-->")
_FRAGMENT_END = re.compile(r"<!--\s*+EndFragment\s*+-->")
_META_TITLE = re.compile(r'<meta name="title" content="([^"]*)"', re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True if ``text`` starts like an HTML document (doctype, <html>, <head>...)."""
    return _HTML_START.match(text[:4096]) is not None


def read_html(html: str) -> WalkedText:
    """The main text of a page (or all of a fragment) as text, blocks, styles.

    A whole page goes through trafilatura; a fragment (no <html>/<body>, or
    a clipboard copy marked with StartFragment/EndFragment) is walked in
    full, since its owner chose exactly that text.
    """
    source = html
    html, elements = balance(html)  # every tree builder below gets balanced, bounded markup
    fragment = _clipboard_fragment(html)
    if fragment is not None:
        # A clipboard copy (Windows CF_HTML, browsers): exactly what was selected.
        return walk_html(sanitize_html(fragment))
    if _FULL_PAGE.search(html[:65536]) and elements <= MAIN_TEXT_ELEMENTS:
        # (balanced again, its long runs of text whole: see html_balance.balance)
        main = _main_text(balance(source, cut=False)[0])
        if main is not None and main.text.strip():
            return main
    return walk_html(sanitize_html(html, balanced=True))


def _clipboard_fragment(html: str) -> str | None:
    """What lies between the first StartFragment marker and the EndFragment after it.

    Two searches, each once through the text. One pattern "start(.*?)end" was
    tried from every start marker to the end of the text when no end marker
    followed: quadratic, 65 s for a megabyte of start markers.
    """
    start = _FRAGMENT_START.search(html)
    if start is None:
        return None
    end = _FRAGMENT_END.search(html, start.end())
    return html[start.end():end.start()] if end is not None else None


def _main_text(html: str) -> WalkedText | None:
    try:
        import trafilatura

        extracted = trafilatura.extract(
            html,
            output_format="html",
            include_formatting=True,
            include_links=True,
            include_tables=True,
            include_images=False,
            include_comments=False,
            with_metadata=True,
            deduplicate=False,
            # Its fallback extractors grow faster than linearly; skip them on huge pages.
            fast=len(html) > _FAST_EXTRACTION_CHARS,
        )
    except Exception:  # the extractor's failure falls back to the full walk
        return None
    if not extracted:
        return None
    walked = walk_html(sanitize_html(extracted))
    title = _META_TITLE.search(extracted)
    if title and walked.text.strip():
        heading = " ".join(html_lib.unescape(title.group(1)).split())
        has_heading = any(block.kind == "heading" for block in walked.blocks)
        if heading and not has_heading and heading not in walked.text[:2000]:
            return walk_html(f"<h1>{html_lib.escape(heading)}</h1>" + sanitize_html(extracted))
    return walked
