"""Markdown to a Document: render with `markdown`, sanitize with nh3, walk.

Python-Markdown only honours backslash escapes of a few characters; writers
(and CommonMark) escape any ASCII punctuation ("\\$500bn"), so all of it is
made escapable here.
"""

from __future__ import annotations

import re
import string

import markdown

from app.documents.html_walker import WalkedText, walk_html
from app.documents.sanitizing import sanitize_html

_EXTENSIONS = ["sane_lists", "fenced_code"]
_SURROGATES = re.compile("[\ud800-\udfff]")
# Python-Markdown recurses once per nesting level; deeper input fails with
# RecursionError after a long time, so refuse it up front.
MAX_NESTING = 60
_NESTING = re.compile(rf"^[ \t]*(?:(?:>|[-*+]|\d{{1,9}}[.)])[ \t]*){{{MAX_NESTING},}}", re.M)


class MarkdownTooDeep(ValueError):
    """The Markdown nests quotes or lists deeper than MAX_NESTING."""


def render_markdown(text: str) -> WalkedText:
    """Markdown source to canonical text, blocks and styles.

    Raises MarkdownTooDeep for absurdly nested input; any other failure of
    the renderer propagates for the caller to turn into a DocumentError.
    """
    text = _SURROGATES.sub("\ufffd", text)
    if _NESTING.search(text) or _deep_indent(text):
        raise MarkdownTooDeep(f"quotes or lists nest more than {MAX_NESTING} levels deep")
    md = markdown.Markdown(extensions=_EXTENSIONS, output_format="html")
    md.ESCAPED_CHARS = sorted(set(md.ESCAPED_CHARS) | set(string.punctuation))
    html = md.convert(text)
    return walk_html(sanitize_html(html))


def _deep_indent(text: str) -> bool:
    """Lines indented far enough to nest lists past the limit."""
    limit = 4 * MAX_NESTING
    return any(len(line) - len(line.lstrip(" \t")) > limit for line in text.split("\n"))
