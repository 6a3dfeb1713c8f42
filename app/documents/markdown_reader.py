"""Markdown to a Document: render with `markdown`, sanitize with nh3, walk.

Python-Markdown only honours backslash escapes of a few characters; writers
(and CommonMark) escape any ASCII punctuation ("\\$500bn"), so all of it is
made escapable here.
"""

from __future__ import annotations

import re
import string

import markdown
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension

from app.documents.html_walker import WalkedText, walk_html
from app.documents.sanitizing import sanitize_html

_SURROGATES = re.compile("[\ud800-\udfff]")
# Python-Markdown recurses once per nesting level; deeper input fails with
# RecursionError after a long time, so refuse it up front.
MAX_NESTING = 60
_NESTING = re.compile(rf"^[ \t]*(?:(?:>|[-*+]|\d{{1,9}}[.)])[ \t]*){{{MAX_NESTING},}}", re.M)


# Python-Markdown's inline parsing grows with the square of the markup in one
# block (2,000 brackets in a paragraph take 0.4 s). The sum over blocks of
# (markup characters)^2 bounds the work; ordinary documents stay far below
# (a 20 MB book with 20 markup characters per paragraph: 1e7).
MAX_MARKUP_WORK = 50_000_000
_MARKUP = re.compile(r"[\[\]()<>&*_`\\]")
_BLOCK_GAP = re.compile(r"\n[ \t]*\n")


class MarkdownTooComplex(ValueError):
    """Markdown past a safety limit: nesting depth or inline markup per block."""


def render_markdown(text: str) -> WalkedText:
    """Markdown source to canonical text, blocks and styles.

    Raises MarkdownTooComplex for absurdly nested or markup-dense input; any
    other failure of the renderer propagates for the caller to turn into a
    DocumentError.
    """
    text = _SURROGATES.sub("\ufffd", text)
    if _NESTING.search(text) or _deep_indent(text):
        raise MarkdownTooComplex(f"quotes or lists nest more than {MAX_NESTING} levels deep")
    if _markup_work(text) > MAX_MARKUP_WORK:
        raise MarkdownTooComplex("too much inline markup in its paragraphs to render safely")
    # Extensions as objects: by name, Python-Markdown looks them up in every installed
    # package's entry points (importlib.metadata), which costs more than the rendering.
    md = markdown.Markdown(extensions=[SaneListExtension(), FencedCodeExtension()], output_format="html")
    md.ESCAPED_CHARS = sorted(set(md.ESCAPED_CHARS) | set(string.punctuation))
    html = md.convert(text)
    return walk_html(sanitize_html(html))


def _markup_work(text: str) -> int:
    return sum(len(_MARKUP.findall(block)) ** 2 for block in _BLOCK_GAP.split(text))


def _deep_indent(text: str) -> bool:
    """Lines indented far enough to nest lists past the limit."""
    limit = 4 * MAX_NESTING
    return any(len(line) - len(line.lstrip(" \t")) > limit for line in text.split("\n"))
