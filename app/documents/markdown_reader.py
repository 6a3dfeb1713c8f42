"""Markdown to a Document: render with `markdown`, sanitize with nh3, walk.

Python-Markdown only honours backslash escapes of a few characters; writers
(and CommonMark) escape any ASCII punctuation ("\\$500bn"), so all of it is
made escapable here.

Nothing the writer meant as text vanishes: only tags of HTML pass as HTML
(and those whose content the sanitizer drops, such as <script>, only when
they are closed); any other tag (<element id="0">, <OR>) and any stray
markup stays in the text as written. An image reads as its alt text.
``lost_words`` tells which words of a source a rendering left out, so that
a plain-text file is read as Markdown only when nothing is lost.
"""

from __future__ import annotations

import re
import string
from collections import Counter

import markdown
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

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


# Tags whose content the sanitizer drops with them: they pass as HTML only
# when closed, or an unclosed "<title>" would take the rest of the text along.
_CONTENT_TAGS = frozenset(
    "button embed head iframe math noscript object script select style svg template textarea title".split()
)
# The other tags of HTML (current and old): they pass, and the sanitizer keeps
# or strips them, keeping their text. Every other tag is text.
_HTML_TAGS = frozenset(
    """a abbr acronym address applet area article aside audio b base bdi bdo big blink blockquote body br
    canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em
    fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html i
    img input ins kbd label legend li link main map mark marquee menu meta meter nav ol optgroup option
    output p param picture pre progress q rp rt ruby s samp search section slot small source span strike
    strong sub summary sup table tbody td tfoot th thead time tr track tt u ul var video wbr""".split()
)
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BLOCK_TAG = re.compile(r"^ {0,3}<([A-Za-z][A-Za-z0-9-]*)")
# A processing instruction, CDATA or declaration starting a line: Python-Markdown
# stashes it as raw HTML and the sanitizer drops it; in Markdown it is stray text.
_BLOCK_STRAY = re.compile(r"^ {0,3}<(?:\?|!\[|![A-Za-z])")
_WORD = re.compile(r"[^\W_]+")
# "](address)" of an inline link, without a title.
_LINK_TARGET = re.compile(r"\]\([ \t]*<?[^\s()<>]{0,2000}>?[ \t]*\)")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_FENCE_INFO = re.compile(r"^( {0,3}(?:`{3,}|~{3,})[ \t]*)[^\s`]+", re.M)


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
    md.block_level_elements = [tag for tag in md.block_level_elements if tag in _HTML_TAGS | _CONTENT_TAGS]
    md.preprocessors.register(_UnclosedContentTags(md), "unclosed_content_tags", 25)
    md.inlinePatterns.register(_KnownHtml(HTML_RE, md), "html", 90)
    md.treeprocessors.register(_ImagesAsAltText(md), "images_as_alt_text", 15)
    html = md.convert(text)
    return walk_html(sanitize_html(html))


def lost_words(source: str, walked: WalkedText, limit: int = 100) -> Counter[str]:
    """Words of a Markdown ``source`` that its rendering ``walked`` lacks, with
    counts; the first ``limit`` of them (each costs a search to the end).

    Markup is not words: tags that pass as HTML, character references ("&eacute;"
    reads "é", but in code it reads as written: either way no word of the
    source is lost), a link's address (the Document keeps it with the link)
    and a code fence's language. Everything else counts: HTML comments, a
    link's title, an image's address. Each word is looked for in the rendered
    words run together, after the last one found: "a*b*" (rendered "ab") loses
    nothing, and a word dropped here is not matched by its twin earlier on.
    """
    text = _LINK_TARGET.sub("]", _TAG.sub(_as_markup, source))
    text = _ENTITY.sub(" ", _FENCE_INFO.sub(r"\1", text))
    rendered = "".join(_WORD.findall(walked.text))
    lost: Counter[str] = Counter()
    position = 0
    for word in _WORD.finditer(text):
        found = rendered.find(word.group(), position)
        if found >= 0:
            position = found + len(word.group())
            continue
        lost[word.group()] += 1
        if lost.total() >= limit:
            break
    return lost


_TAG = re.compile(HTML_RE.replace("!--(?:(?!<!--|-->).)*--|", ""))


def _as_markup(match: re.Match[str]) -> str:
    """A tag as the words see it: a gap if it is HTML, itself if it is text."""
    return match.group() if _passes(match.group()) is False else " "


def _passes(tag: str) -> bool | None:
    """Whether a tag (or comment) in the source passes to the sanitizer as HTML.

    True for a tag of HTML, False for any other; None for a tag whose content
    the sanitizer drops: it passes only if the text after it closes it.
    """
    if tag.startswith("<!--"):
        return True  # a comment: hidden, as Markdown means it to be
    match = _TAG_NAME.match(tag)
    if match is None:
        return False  # <?php ... ?>, <![CDATA[ ... ]]>: stray markup, kept as text
    closing, name = match.group(1), match.group(2).lower()
    if name in _HTML_TAGS:
        return True
    if name in _CONTENT_TAGS:
        return True if closing else None
    return False


class _LastClosing:
    """Where the last closing tag of a name starts in a text: one search per
    text and name, so many unclosed tags in one block cost no more."""

    def __init__(self) -> None:
        self._found: dict[tuple[int, str], int] = {}
        self._texts: list[str] = []  # keeps each text alive while its id is a key

    def after(self, text: str, name: str, end: int) -> bool:
        """True if ``text`` has a closing tag ``</name`` at or after ``end``."""
        key = (id(text), name)
        if key not in self._found:
            self._texts.append(text)
            self._found[key] = text.lower().rfind("</" + name)
        return self._found[key] >= end


class _KnownHtml(HtmlInlineProcessor):
    """Raw inline HTML, for tags of HTML only: any other "tag" stays text."""

    def __init__(self, pattern: str, md: markdown.Markdown) -> None:
        super().__init__(pattern, md)
        self.closing = _LastClosing()

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str | None, int | None, int | None]:
        tag = m.group(1)
        passes = _passes(tag)
        if passes is None:
            name = _TAG_NAME.match(tag)
            passes = name is not None and self.closing.after(data, name.group(2).lower(), m.end())
        if not passes:
            return None, None, None
        return super().handleMatch(m, data)


class _UnclosedContentTags(Preprocessor):
    """Escape a block-level <script>, <style>, <textarea>... that is never closed,
    and a line that starts with "<?", "<![CDATA[" or "<!DOCTYPE".

    Python-Markdown stashes them (an unclosed tag with everything after it) as
    raw HTML, and the sanitizer drops it all. Lines in fenced code are left alone.
    """

    def run(self, lines: list[str]) -> list[str]:
        whole = "\n".join(lines)
        closing = _LastClosing()
        fence = ""
        out = []
        offset = 0  # where the line starts in ``whole``
        for line in lines:
            marker = _FENCE.match(line)
            if marker and (not fence or marker.group(1).startswith(fence)):
                fence = "" if fence else marker.group(1)[:3]
            elif not fence:
                tag = _BLOCK_TAG.match(line)
                name = tag.group(1).lower() if tag else ""
                unclosed = name in _CONTENT_TAGS and not closing.after(whole, name, offset + len(name) + 1)
                if unclosed or _BLOCK_STRAY.match(line):
                    line = line.replace("<", "&lt;", 1)
            out.append(line)
            offset += len(line) + 1
        return out


class _ImagesAsAltText(Treeprocessor):
    """An image becomes its alt text: the sanitizer drops images, and the words
    the writer gave it are text."""

    def run(self, root):
        for element in root.iter("img"):
            alt = element.get("alt") or ""
            element.tag = "span"
            element.attrib.clear()
            element.text = alt
        return None


def _markup_work(text: str) -> int:
    return sum(len(_MARKUP.findall(block)) ** 2 for block in _BLOCK_GAP.split(text))


def _deep_indent(text: str) -> bool:
    """Lines indented far enough to nest lists past the limit."""
    limit = 4 * MAX_NESTING
    return any(len(line) - len(line.lstrip(" \t")) > limit for line in text.split("\n"))
