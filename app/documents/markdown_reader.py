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
from collections.abc import Iterator

import markdown
from markdown.extensions.sane_lists import SaneListExtension
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from app.documents.html_walker import WalkedText, walk_html
from app.documents.markdown_blocks import HtmlBlocks, JoinedHtmlBlocks
from app.documents.markdown_linear import MarkdownTooComplex, linear
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
# A hard line break ("  " ending a line) costs like a markup character.
_MARKUP = re.compile(r"[\[\]()<>&*_`\\]|  \n")
_BLOCK_GAP = re.compile(r"\n[ \t]*\n")
# Python-Markdown and the HTML steps after it cost about 0.15 ms per block
# (paragraph, list item, heading, quoted line) on this 2-core machine, so a
# megabyte of one-line paragraphs took a minute before the 100,000-block limit
# refused it. Past this many, a .md reads as plain text (every word kept) and
# "read as Markdown" is refused: a 25,000-paragraph book is 5-10 MB of prose.
MAX_MARKDOWN_BLOCKS = 25_000
# Python-Markdown stashes each character reference ("&amp;", "&#233;") and puts it back after,
# some 8 us each: 175,000 of them, under the markup budget, took 1.5 s a megabyte. Past this
# many, a .md reads as plain text too (every word kept).
MAX_MARKDOWN_REFERENCES = 50_000
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# The block parser's searches read an ordinary document about once; headings inside long
# paragraphs make them read the rest of the paragraph again for each (markdown_linear.BlockWork),
# some 30-50 ns a character here. Past this budget (at least 1 s of it), rendering stops.
BLOCK_WORK_PER_CHARACTER = 20
MIN_BLOCK_WORK = 20_000_000
# The placeholders Python-Markdown puts in the text for what it stashed (code spans,
# inline and block HTML); none may reach the reader.
_LEAKED = re.compile(r"(?:klzzwxh|wzxhzdk):\d")
# Where a block may start: a blank line, a heading, or a line led by quote and list markers, at any
# indentation (an indented item is a nested one), each list marker after the first a list of its
# own ("- - - a": three lists, three items; a line of 59 took 2.5 s a megabyte when counted once).
_BLOCK_START = re.compile(
    r"\n[ \t]*\n|^(?: {0,3}#|[ \t]*+(?:[-*+>]|\d++[.)])((?:[ \t]*+(?:>|(?:[-*+]|\d++[.)])(?=[ \t])))*+))", re.M)
_NESTED_ITEM = re.compile(r"[-*+]|\d++[.)]")


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
# A tag as CommonMark defines one (attribute names and values well formed).
# Python-Markdown takes anything but "<" and ">" for attributes: a "<b" that
# ends a line made one tag of it and the next lines, and their words were lost.
_WELL_FORMED = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9-]*+"
    r"(?:\s++[A-Za-z_:][A-Za-z0-9_.:-]*+(?:\s*+=\s*+(?:[^\s\"'=<>`]++|'[^']*+'|\"[^\"]*+\"))?+)*+\s*+/?"
    r"|/[A-Za-z][A-Za-z0-9-]*+\s*+)>\Z"
)
_BLOCK_TAG_LINES = re.compile(r"^ {0,3}<([A-Za-z][A-Za-z0-9-]*)", re.MULTILINE)
_WORD = re.compile(r"[^\W_]+")
# "](address)" of an inline link, without a title.
_LINK_TARGET = re.compile(r"\]\([ \t]*<?[^\s()<>]{0,2000}>?[ \t]*\)")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_FENCE_INFO = re.compile(r"^( {0,3}(?:`{3,}|~{3,})[ \t]*)[^\s`]+", re.M)


def render_markdown(text: str) -> WalkedText:
    """Markdown source to canonical text, blocks and styles.

    Raises MarkdownTooComplex for absurdly nested or markup-dense input; any
    other failure of the renderer propagates for the caller to turn into a
    DocumentError.
    """
    # Line ends as Python-Markdown makes them (its first step): every check below reads lines, and
    # a file of CR or CRLF line ends was one line to them (1 MiB of '# a\\r': 6 s to render).
    block_work = max(MIN_BLOCK_WORK, BLOCK_WORK_PER_CHARACTER * len(text))
    text = _SURROGATES.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    if _NESTING.search(text) or _deep_indent(text):
        raise MarkdownTooComplex(f"quotes or lists nest more than {MAX_NESTING} levels deep")
    if _more_blocks_than(text, MAX_MARKDOWN_BLOCKS):
        raise MarkdownTooComplex(f"more than {MAX_MARKDOWN_BLOCKS:,} paragraphs, list items or headings to render")
    if _markup_work(text) > MAX_MARKUP_WORK:
        raise MarkdownTooComplex("too much inline markup in its paragraphs to render safely")
    if text.count("&") > MAX_MARKDOWN_REFERENCES and _count(_REFERENCE, text) > MAX_MARKDOWN_REFERENCES:
        raise MarkdownTooComplex(f"more than {MAX_MARKDOWN_REFERENCES:,} character references (&amp; ...) to render")
    # Extensions as objects: by name, Python-Markdown looks them up in every installed
    # package's entry points (importlib.metadata), which costs more than the rendering.
    md = markdown.Markdown(extensions=[SaneListExtension()], output_format="html")
    md.ESCAPED_CHARS = sorted(set(md.ESCAPED_CHARS) | set(string.punctuation))
    md.block_level_elements = [tag for tag in md.block_level_elements if tag in _HTML_TAGS | _CONTENT_TAGS]
    # Fenced code (a preprocessor at 25), code spans, blocks: in linear time, but for the block
    # work of headings inside long paragraphs, which has a budget.
    linear(md, block_work)
    # After fenced blocks are stashed: a tag in code is left alone, and an opening
    # fence that is never closed hides nothing.
    md.preprocessors.register(_StrayMarkup(md), "stray_markup", 22)
    # Raw HTML blocks: none copies the rest of the text, and a run of them is one paragraph.
    md.preprocessors.register(HtmlBlocks(md), "html_block", 20)
    md.preprocessors.register(JoinedHtmlBlocks(md), "joined_html_blocks", 19)
    md.inlinePatterns.register(_KnownHtml(HTML_RE, md), "html", 90)
    md.treeprocessors.register(_ImagesAsAltText(md), "images_as_alt_text", 15)
    html = md.convert(text)
    if _LEAKED.search(html) and not _LEAKED.search(text):
        # Python-Markdown 3.x can cut the placeholder of a code span inside emphasis
        # ('_`__*_```a```' gives "klzzwxh:0000" and loses the code, and an escaped
        # backtick fares no better): refused, so that a .md is read as plain text
        # (every word kept) and "read as Markdown" says why in one line.
        raise MarkdownTooComplex("code spans inside emphasis that the Markdown renderer would lose")
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
    # Lines as Python-Markdown sees them (its first step), each "<" the renderer
    # escapes as stray markup made a space: in "<?><u>?>" the <u> is a tag.
    text = source.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    text = "".join(_spaced(text, _stray_angles(text)))
    text = _LINK_TARGET.sub("]", _without_tags(text))
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


def _without_tags(text: str) -> str:
    """``text`` with a gap for each tag that may pass as HTML.

    Stray markup stays, but a tag inside it is still looked for: in
    "[<?<u>](x)?>" the link is read first, and the <u> in its text is a tag.
    """
    pieces = []
    done = 0
    tag = _TAG.search(text)
    while tag is not None:
        if _passes(tag.group()) is False:
            tag = _TAG.search(text, tag.start() + 1)
            continue
        pieces += [text[done : tag.start()], " "]
        done = tag.end()
        tag = _TAG.search(text, done)
    return "".join([*pieces, text[done:]])


def _passes(tag: str) -> bool | None:
    """Whether a tag (or comment) in the source passes to the sanitizer as HTML.

    True for a well-formed tag of HTML, False for any other; None for a tag
    whose content the sanitizer drops: it passes only if the text after it
    closes it.
    """
    if tag.startswith("<!--"):
        return True  # a comment: hidden, as Markdown means it to be
    match = _TAG_NAME.match(tag)
    if match is None or _WELL_FORMED.match(tag) is None:
        return False  # <?php ... ?>, <![CDATA[ ... ]]>, <b x=">: stray markup, kept as text
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


class _StrayMarkup(Preprocessor):
    """Escape every "<" that starts no tag, comment, autolink or link target, and
    a block-level <script>, <style>, <textarea>... that is never closed.

    Stray markup ("<?php", "<![CDATA[", "<b" with no ">") is text. Left as it
    is, Python-Markdown stashed some of it (an unclosed tag with everything
    after it) as raw HTML for the sanitizer to drop, and its HTML block step
    (the standard library's HTML parser, fed the whole text) took each "<b"
    for a tag name running on to the next space: time in the square of a run
    of "<b" (2,000 of them: 3.5 s). Runs after fenced code is stashed. The "<"
    goes to the stash as "&lt;", which reads "<" even in code.
    """

    def run(self, lines: list[str]) -> list[str]:
        whole = "\n".join(lines)
        strays = _stray_angles(whole)
        closing = _LastClosing()
        for tag in _BLOCK_TAG_LINES.finditer(whole):  # (a tag at a line's start: tag.start() is the line's)
            name = tag.group(1).lower()
            if name in _CONTENT_TAGS and not closing.after(whole, name, tag.start() + len(name) + 1):
                strays.append(tag.start(1) - 1)
        if not strays:
            return lines
        less_than = self.md.htmlStash.store("&lt;")
        pieces, done = [], 0
        for at in sorted(set(strays)):
            pieces += [whole[done:at], less_than]
            done = at + 1
        pieces.append(whole[done:])
        return "".join(pieces).split("\n")


# What a "<" may start and stay: a well-formed tag (or a tag that is not HTML:
# the inline step keeps those as text), a comment, an autolink, an e-mail link.
_KEPT_ANGLE = re.compile(
    _WELL_FORMED.pattern.removesuffix(r"\Z")
    + r"|<!--|<[A-Za-z][A-Za-z0-9+.-]*://[^<>]*>|<[^<> !]+@[^@<> ]+>"
)
_LINK_TARGET_START = re.compile(r"\]\([ \t]*\Z")


def _spaced(text: str, places: list[int]) -> Iterator[str]:
    """The pieces of ``text`` with a space at each of ``places`` (in order)."""
    done = 0
    for at in places:
        yield text[done:at] + " "
        done = at + 1
    yield text[done:]


def _stray_angles(text: str) -> list[int]:
    """Where the "<" of ``text`` start no tag, comment, autolink or "](<target>)".

    A kept tag is skipped whole, so a "<" in its quoted attribute is not looked at.
    """
    strays = []
    at = text.find("<")
    while at >= 0:
        kept = _KEPT_ANGLE.match(text, at)
        if kept is not None:
            at = text.find("<", at + 4 if kept.group() == "<!--" else kept.end())
            continue
        if _LINK_TARGET_START.search(text, max(0, at - 20), at) is None:
            strays.append(at)
        at = text.find("<", at + 1)
    return strays


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


def _more_blocks_than(text: str, limit: int) -> bool:
    """True if ``text`` has more than ``limit`` places where a block may start."""
    count = 0
    for start in _BLOCK_START.finditer(text):
        nested = start.group(1)
        count += 1 + (len(_NESTED_ITEM.findall(nested)) if nested else 0)
        if count > limit:
            return True
    return False


def _markup_work(text: str) -> int:
    return sum(len(_MARKUP.findall(block)) ** 2 for block in _BLOCK_GAP.split(text))


_DEEP_INDENT = re.compile(rf"^[ \t]{{{4 * MAX_NESTING + 1}}}", re.MULTILINE)


def _deep_indent(text: str) -> bool:
    """Lines indented far enough to nest lists past the limit (one search, not a Python step a line)."""
    return _DEEP_INDENT.search(text) is not None


def _count(pattern: re.Pattern[str], text: str) -> int:
    """How many times ``pattern`` matches in ``text``."""
    return sum(1 for _ in pattern.finditer(text))
