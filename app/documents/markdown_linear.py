"""Python-Markdown's parts that take time in the square of the text, replaced.

``linear(md, block_work)`` installs them on a ``markdown.Markdown``; the output is the
same for the extensions Verso uses (sane lists; fenced code without syntax
highlighting or attribute lists). What they replace:
- a fenced block's pattern tries, at every line starting with ``` or ~~~,
  each way to share the spaces after the fence between its two space
  patterns and, for each, a lazy ``.*?`` to the end of the text ("```",
  3,000 spaces and 13 KB: 12.6 s); it rebuilt the whole text after each
  block. Here each line is looked at once and closers are found by bisection;
- a code span's opener walks the rest of its paragraph character by
  character in Python for a closer (97 unclosed runs before 400 KB of
  words: 16.5 s). Here ``str.find`` skips from backtick to backtick, and
  links do the same (markdown_links);
- the block parser takes blocks from the front of a Python list (each
  ``pop(0)`` moves all the others), and indented code, empty blocks and
  list items grow their text by copying it for each line or block
  (100,000 blocks of indented code: 20 s). Here blocks are taken from the
  end of a reversed list and pieces are joined once.

One cost is bounded, not removed: a block processor that finds its kind of
line inside a block (a heading, a rule) splits it and puts the rest back,
and the processors before it search that rest again to its end. Lines of
headings with no blank line between them cost the square of the block
('a\n=\n' repeated: 20 KB took 11 s, 40 KB 53 s). The characters these
searches read are counted (``BlockWork``); past the budget rendering stops
with MarkdownTooComplex, and a .md is read as plain text.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from xml.etree import ElementTree as etree

from markdown import Markdown, util
from markdown.blockparser import BlockParser
from markdown.blockprocessors import (
    BlockQuoteProcessor,
    CodeBlockProcessor,
    EmptyBlockProcessor,
    HashHeaderProcessor,
    HRProcessor,
    ReferenceProcessor,
    SetextHeaderProcessor,
)
from markdown.extensions.sane_lists import SaneOListProcessor, SaneUListProcessor
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import InlineProcessor as InlineTreeprocessor
from markdown.treeprocessors import Treeprocessor

from app.documents.markdown_links import links

# An opening fence, as Python-Markdown's fenced_code reads one, on one line:
# the fence, then "{attributes}" or a language, then hl_lines="...". Each part
# is possessive or cannot overlap the next, so a long line costs one pass.
_OPENING = re.compile(
    r"(?P<fence>`{3,}+|~{3,}+)[ ]*+"
    r"(?:\{[^}\n]*+\}[ ]*+|\.?(?P<lang>[\w#.+-]*+)[ ]*+)?"
    r"(?:hl_lines=(?:\"[^\"\n]*+\"|'[^'\n]*+')[ ]*+)?\Z"
)
_CLOSING = re.compile(r"(`{3,}+|~{3,}+)[ ]*+\Z")


class MarkdownTooComplex(ValueError):
    """Markdown past a safety limit: nesting depth, inline markup per block or block work."""


class BlockWork:
    """The block parser's searches, counted in characters, against a budget.

    Each turn, the parser tests the first block with its processors in turn;
    those for headings, rules, quotations and link definitions search the
    block for their kind of line, and a setext heading splits it into lines.
    Each search is charged the characters it read: to the end of its match,
    or the whole block when it finds none. An ordinary document is read
    about once; headings without blank lines between them make each turn
    read the rest of their block again.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.done = 0

    def charge(self, characters: int) -> None:
        self.done += characters
        if self.done > self.limit:
            raise MarkdownTooComplex("headings or rules inside long paragraphs, too costly to render")

    def search(self, pattern: re.Pattern[str], block: str) -> re.Match[str] | None:
        found = pattern.search(block)
        self.charge(len(block) if found is None else found.end())
        return found


class _HashHeader(HashHeaderProcessor):
    def __init__(self, parser: BlockParser, work: BlockWork) -> None:
        super().__init__(parser)
        self.work = work

    def test(self, parent: etree.Element, block: str) -> bool:
        return self.work.search(self.RE, block) is not None


class _Setext(SetextHeaderProcessor):
    def __init__(self, parser: BlockParser, work: BlockWork) -> None:
        super().__init__(parser)
        self.work = work

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        self.work.charge(len(blocks[0]))  # the whole block split into lines, and the rest joined
        super().run(parent, blocks)


class _Rule(HRProcessor):
    def __init__(self, parser: BlockParser, work: BlockWork) -> None:
        super().__init__(parser)
        self.work = work

    def test(self, parent: etree.Element, block: str) -> bool:
        found = self.work.search(self.SEARCH_RE, block)
        if found is not None:
            self.match = found
        return found is not None


class _Quote(BlockQuoteProcessor):
    def __init__(self, parser: BlockParser, work: BlockWork) -> None:
        super().__init__(parser)
        self.work = work

    def test(self, parent: etree.Element, block: str) -> bool:
        return self.work.search(self.RE, block) is not None and not util.nearing_recursion_limit()


class _Reference(ReferenceProcessor):
    def __init__(self, parser: BlockParser, work: BlockWork) -> None:
        super().__init__(parser)
        self.work = work

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        self.work.search(self.RE, blocks[0])  # (charged as the search run makes)
        return super().run(parent, blocks)


class FencedCode(Preprocessor):
    """Fenced code blocks to the HTML stash, as ``fenced_code`` does, in linear time.

    A block opens on a line that is a fence (three or more backticks or tildes
    at the start of a line, then an optional language) and closes on the next
    line that is the same fence alone; an opening fence never closed is text.
    """

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "```" not in text and "~~~" not in text:
            return lines  # no fence: no line to look at
        closings: dict[str, list[int]] = defaultdict(list)
        for number, line in enumerate(lines):
            if line.startswith(("```", "~~~")) and (closing := _CLOSING.match(line)):
                closings[closing.group(1)].append(number)
        if not closings:
            return lines
        out: list[str] = []
        number = 0
        while number < len(lines):
            line = lines[number]
            opening = _OPENING.match(line) if line.startswith(("```", "~~~")) else None
            if opening:
                after = closings.get(opening.group("fence"), [])
                index = bisect_right(after, number)
                if index < len(after):
                    end = after[index]
                    code = "".join(text + "\n" for text in lines[number + 1 : end])
                    # Blank lines around the placeholder, as fenced_code leaves them.
                    out += ["", self.md.htmlStash.store(_block(code, opening.group("lang"))), ""]
                    number = end + 1
                    continue
            out.append(line)
            number += 1
        return out


def _block(code: str, lang: str | None) -> str:
    language = f' class="language-{html.escape(lang)}"' if lang else ""
    code = util.code_escape(code).replace('"', "&quot;")  # as fenced_code escapes it
    return f"<pre><code{language}>{code}</code></pre>"


# A backtick not escaped by a backslash (or an even run of backslashes before one).
BACKTICKS = r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)"
_RUN = re.compile(r"`+")
# How Python-Markdown stashes an escaped backslash (its unescape step puts it back).
_ESCAPED_BACKSLASH = util.STX + str(ord("\\")) + util.ETX


class CodeSpans(InlineProcessor):
    """`Code spans` as Python-Markdown 3.11 reads them, with the text between
    backticks skipped by ``str.find``, not walked character by character.

    A run of N backticks opens a span that the next run of exactly N closes.
    With none, the longest shorter run after it closes it (the opener then
    gives up its extra backticks to the code), and with no run at all the
    backticks are text. Only an opener with no closer looks to the end of
    its paragraph, and no two such openers have the same length, so they
    are fewer than sqrt(2 m) for m backticks (the markup budget bounds m).
    """

    def __init__(self, pattern: str = BACKTICKS) -> None:
        super().__init__(pattern)

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element | str | None, int | None, int | None]:
        if m.group(1):
            # Escaped backslashes before a backtick: the backtick is not escaped.
            return m.group(1).replace("\\\\", _ESCAPED_BACKSLASH), m.start(0), m.end(0)
        begin = m.start(0)
        opener = _RUN.match(data, begin)
        assert opener is not None  # the pattern matched a backtick here
        ticks = len(opener.group())
        closer = longest = None
        for run in _runs(data, opener.end()):
            if len(run.group()) == ticks:
                closer = run
                break
            if longest is None or len(run.group()) > len(longest.group()):
                longest = run
        if closer is not None:
            start = opener.end()
        elif longest is not None and len(longest.group()) < ticks:
            start, closer = begin + len(longest.group()), longest
        else:
            return None, begin, opener.end()  # no closer: the backticks are text
        element = etree.Element("code")
        element.text = util.AtomicString(util.code_escape(data[start : closer.start()].strip()))
        return element, begin, closer.end()


def _runs(data: str, start: int) -> Iterator[re.Match[str]]:
    """The runs of backticks in ``data`` from ``start``, in order."""
    found = data.find("`", start)
    while found >= 0:
        run = _RUN.match(data, found)
        assert run is not None
        yield run
        found = data.find("`", run.end())


class _Blocks:
    """The blocks still to parse, kept in reverse: the parser takes and puts
    back blocks at the front (``pop(0)``, ``insert(0, ...)``, ``[0]``), which
    is the cheap end of a reversed list."""

    def __init__(self, blocks: list[str]) -> None:
        self._reversed = blocks[::-1]

    def __bool__(self) -> bool:
        return bool(self._reversed)

    def __len__(self) -> int:
        return len(self._reversed)

    def __getitem__(self, index: int) -> str:
        return self._reversed[-1 - index]

    def pop(self, index: int = -1) -> str:
        return self._reversed.pop(-1 - index if index >= 0 else len(self._reversed) + index)

    def insert(self, index: int, block: str) -> None:
        self._reversed.insert(len(self._reversed) - index, block)


class _Pieces:
    """Text grown piece by piece on elements (a code block's lines), joined
    once when the blocks are parsed, instead of copied at each piece."""

    def __init__(self) -> None:
        self._pieces: dict[etree.Element, list[str]] = {}

    def append(self, element: etree.Element, piece: str) -> None:
        self._pieces.setdefault(element, [element.text or ""]).append(piece)

    def join(self) -> None:
        for element, pieces in self._pieces.items():
            element.text = util.AtomicString("".join(pieces))
        self._pieces.clear()


def _last_code(parent: etree.Element) -> etree.Element | None:
    """The <code> of a code block that is the last child of ``parent``."""
    sibling = parent[-1] if len(parent) else None
    if sibling is not None and sibling.tag == "pre" and len(sibling) and sibling[0].tag == "code":
        return sibling[0]
    return None


class _CodeBlock(CodeBlockProcessor):
    """Indented code, as CodeBlockProcessor reads it, a later block's lines added as a piece."""

    def __init__(self, parser: BlockParser, pieces: _Pieces) -> None:
        super().__init__(parser)
        self.pieces = pieces

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        code = _last_code(parent)
        if code is None:
            super().run(parent, blocks)  # a new code block: one piece, nothing to grow
            return
        block, rest = self.detab(blocks.pop(0))
        # Blank lines do not end indented code: the block joins the one before.
        self.pieces.append(code, f"\n{util.code_escape(block.rstrip())}\n")
        if rest:
            blocks.insert(0, rest)


class _EmptyBlock(EmptyBlockProcessor):
    """Empty blocks, as EmptyBlockProcessor reads them, a code block's blank lines added as a piece."""

    def __init__(self, parser: BlockParser, pieces: _Pieces) -> None:
        super().__init__(parser)
        self.pieces = pieces

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        filler = "\n\n"
        if block:
            filler = "\n"  # the block starts with an empty line: only that line is taken
            if block[1:]:
                blocks.insert(0, block[1:])
        code = _last_code(parent)
        if code is not None:
            self.pieces.append(code, filler)


class _Items:
    """List items of a block, each item's lines joined once (OListProcessor.get_items
    copied an item's text for each of its lines)."""

    tab_length: int
    TAG: str
    STARTSWITH: str
    CHILD_RE: re.Pattern[str]
    INDENT_RE: re.Pattern[str]

    def get_items(self, block: str) -> list[str]:
        lines = block.split("\n")
        items: list[list[str]] = []
        done = 0  # lines before this one are in ``items``
        # Only the lines that start an item or look like one are looked at one by one (a lazy
        # item of 200,000 lines took 0.3 s here); the others go on the item before, in bulk.
        for number in _lines_matching(block, (self.CHILD_RE, self.INDENT_RE)):
            if number > done:
                items[-1] += lines[done:number]  # more lines of the item (or of the indented item) before
            done = number + 1
            line = lines[number]
            child = self.CHILD_RE.match(line)
            if child:
                if not items and self.TAG == "ol":
                    self.STARTSWITH = re.match(r"\d+", child.group(1)).group()  # type: ignore[union-attr]
                items.append([child.group(3)])
            elif self.INDENT_RE.match(line) and not items[-1][0].startswith(" " * self.tab_length):
                items.append([line])  # a nested item, after an item that was not indented
            else:
                items[-1].append(line)
        if len(lines) > done:
            items[-1] += lines[done:]
        return ["\n".join(lines) for lines in items]


def _lines_matching(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[int]:
    """The numbers of the lines of ``text`` that one of ``patterns`` (each starting with "^",
    none matching a newline) matches at the line's start, in order."""
    starts: set[int] = set()
    for pattern in patterns:
        starts.update(found.start() for found in re.compile(pattern.pattern, pattern.flags | re.M).finditer(text))
    numbers, number, at = [], 0, 0
    for start in sorted(starts):
        number += text.count("\n", at, start)
        at = start
        numbers.append(number)
    return numbers


class _OList(_Items, SaneOListProcessor):
    pass


class _UList(_Items, SaneUListProcessor):
    pass


# What every inline pattern needs to match: a backtick, a backslash, emphasis,
# a bracket, an image's "!", a tag or autolink, an entity, a hard line break,
# or a placeholder of something stashed.
_INLINE_CUE = re.compile(r"[\\`*_\[!<&\x02]|  \n")


class _InlineOnCue(InlineTreeprocessor):
    """The inline step, skipping texts that no inline pattern can match: it
    tried each of its 17 patterns on every paragraph (40% of the time of a
    text of short plain paragraphs)."""

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if _INLINE_CUE.search(data) is None:
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)


class _JoinPieces(Treeprocessor):
    """First of the tree processors: the grown texts are joined before anything reads them."""

    def __init__(self, md: Markdown, pieces: _Pieces) -> None:
        super().__init__(md)
        self.pieces = pieces

    def run(self, root: etree.Element) -> None:
        self.pieces.join()


def linear(md: Markdown, block_work: int) -> None:
    """Install the linear-time parts on ``md`` (built with SaneListExtension only).

    ``block_work``: the characters the block parser's searches may read
    (``BlockWork``) before it stops with MarkdownTooComplex.
    """
    parser = md.parser
    pieces = _Pieces()
    parse_blocks = parser.parseBlocks
    work = BlockWork(block_work)

    def parse_reversed(parent: etree.Element, blocks: list[str]) -> None:
        parse_blocks(parent, blocks if isinstance(blocks, _Blocks) else _Blocks(blocks))

    parser.parseBlocks = parse_reversed
    parser.blockprocessors.register(_EmptyBlock(parser, pieces), "empty", 100)
    parser.blockprocessors.register(_CodeBlock(parser, pieces), "code", 80)
    parser.blockprocessors.register(_HashHeader(parser, work), "hashheader", 70)
    parser.blockprocessors.register(_Setext(parser, work), "setextheader", 60)
    parser.blockprocessors.register(_Rule(parser, work), "hr", 50)
    parser.blockprocessors.register(_OList(parser), "olist", 40)
    parser.blockprocessors.register(_UList(parser), "ulist", 30)
    parser.blockprocessors.register(_Quote(parser, work), "quote", 20)
    parser.blockprocessors.register(_Reference(parser, work), "reference", 15)
    md.treeprocessors.register(_JoinPieces(md, pieces), "join_pieces", 100)
    if hasattr(InlineTreeprocessor, "_InlineProcessor__handleInline"):  # Python-Markdown's private step
        md.treeprocessors.register(_InlineOnCue(md), "inline", 20)
    md.preprocessors.register(FencedCode(md), "fenced_code_block", 25)
    md.inlinePatterns.register(CodeSpans(), "backtick", 190)
    links(md)
