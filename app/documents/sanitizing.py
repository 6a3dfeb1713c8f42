"""Sanitizing HTML with nh3 before anything walks or shows it.

Only structure and inline styles survive: no scripts or styles (dropped
with their content), no event handlers or other attributes, no images or
media, and links only to http(s) and mailto.
"""

from __future__ import annotations

import nh3

from app.documents.html_balance import balanced_html

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "article", "aside", "b", "blockquote", "br", "caption", "cite",
        "code", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
        "ins", "kbd", "li", "main", "mark", "ol", "p", "pre", "q", "s", "samp",
        "section", "small", "span", "strike", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
    }
)  # fmt: skip
_ATTRIBUTES: dict[str, set[str]] = {"a": {"href"}}
_URL_SCHEMES: set[str] = {"http", "https", "mailto"}
# Dropped together with everything inside them, not just their tags.
_CLEAN_CONTENT_TAGS: set[str] = {
    "script", "style", "template", "noscript", "iframe", "object", "embed",
    "svg", "math", "head", "title", "textarea", "select", "button",
}  # fmt: skip


def sanitize_html(html: str, balanced: bool = False) -> str:
    """``html`` with everything but text structure and inline styles removed.

    Balanced first (app/documents/html_balance.py), unless ``balanced`` says
    it is already: raises HtmlTooDeep for markup nested deeper than a tree
    builder copes with in linear time.
    """
    return nh3.clean(
        html if balanced else balanced_html(html),
        tags=set(ALLOWED_TAGS),
        clean_content_tags=_CLEAN_CONTENT_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
