"""Blocks of raw HTML in Markdown at a cost for each tag, not each block or the rest of the text.

Python-Markdown 3.11 stashes each block of raw HTML (its HtmlBlockPreprocessor,
an HTMLParser fed the whole text) and leaves a placeholder paragraph in its
place. Two costs grew with the blocks, not with their tags:

- each placeholder paragraph went through the block parser, the inline step
  (every inline pattern tried on it), the serializer and the postprocessor
  that puts the HTML back: some 0.1 ms a block ('<div>\\na\\n</div>' blocks:
  24,000 in 384 KB took 4.3 s a read). Here a run of such paragraphs with
  only blank lines between them becomes one placeholder for all of their
  HTML, joined with the newline that the serializer wrote between the
  paragraphs: the same HTML comes out (``JoinedHtmlBlocks``);
- at the end of each block (and each comment or empty tag at a line's start)
  the extractor copied the rest of the text to look for a blank line after
  it: time in the square of the text (``Extractor``, which looks in place).

And one cost for each tag: the extractor is the standard library's HTML parser,
some 20 us a tag. A run of plain blocks ('<div>', text with no "<" or "&",
'</div>', a blank line, the next) is read by one regular expression instead,
with the very steps the parser's calls would take (``Extractor._plain_blocks``);
anything else, or a parser in any other state, takes the parser's own path.
"""

from __future__ import annotations

import re

from markdown import util
from markdown.htmlparser import HTMLExtractor, inner_blank_line_re
from markdown.postprocessors import RawHtmlPostprocessor
from markdown.preprocessors import HtmlBlockPreprocessor, Preprocessor

# markdown.htmlparser.blank_line_re without its "^" (which holds only at a string's start):
# matched at a position instead of on a copy of the text from there.
_BLANK_LINE = re.compile(r"(?:[ ]*\n){2}")
# A block the parser reads as: start tag, data, end tag (no attribute, no "<" or "&" inside).
_PLAIN_BLOCK = re.compile(r"<([A-Za-z][A-Za-z0-9]*)>[^<&]*</([A-Za-z][A-Za-z0-9]*)>")
# What may stand between two plain blocks of a run: a blank line (or more), then at most three
# spaces (the next block starts at its line's start).
_GAP = re.compile(r"(?:[ ]*\n){2,}[ ]{0,3}")
# Tags the parser (or a later Python's) reads the content of as raw text: never plain.
_RAW_TEXT_TAGS = frozenset("iframe noembed noframes noscript plaintext script style textarea title xmp".split())
_PLACEHOLDER_LINE = re.compile("^" + util.HTML_PLACEHOLDER % r"([0-9]+)" + "$", re.MULTILINE)


class Extractor(HTMLExtractor):
    """HTMLExtractor, reading the text after a tag in place instead of copying it.

    Each method is Python-Markdown 3.11's, but for the marked line.
    """

    inraw: bool
    intail: bool
    stack: list[str]
    inline_stack: list[str]
    _cache: list[str]
    cleandoc: list[str]
    lineno: int

    _whole_text = False  # set while the parser reads the whole text from its start (in ``feed``)

    def feed(self, data: str) -> None:
        self._whole_text = not self.rawdata and self.lineno == 1 and self.offset == 0
        try:
            super().feed(data)
        finally:
            self._whole_text = False

    def parse_starttag(self, i: int) -> int:
        if self._whole_text and not (self.inraw or self.intail or self.stack or self._cache or self.cdata_elem):
            end = self._plain_blocks(i)
            if end >= 0:
                return end
        return super().parse_starttag(i)

    def _plain_block(self, found: re.Match[str] | None) -> bool:
        """Whether ``found`` is a block of raw HTML closed by its own end tag and read as plain data."""
        if found is None:
            return False
        name = found.group(1).lower()
        return (
            name == found.group(2).lower()
            and name not in self.empty_tags
            and name not in _RAW_TEXT_TAGS
            and name not in self.CDATA_CONTENT_ELEMENTS
            and bool(self.md.is_block_level(name))
        )

    def _plain_blocks(self, i: int) -> int:
        """Read a run of plain blocks at ``i`` as the parser would and return where it ends; -1 if none.

        The parser, out of any raw block and tail, at a line's start, meets '<div>': a raw block
        starts (a newline to the text); the data and '</div>' go to the block, which ends there,
        is stashed (with a newline if a blank line follows, else what follows is its tail) and two
        newlines go to the text; then the data up to the next block (blank lines, up to three
        spaces) goes to the text and ends any paragraph. Called where the parser calls
        ``parse_starttag``, with ``rawdata`` the whole text: what it looks at after the run is
        where it is, and the parser's line cache is left as its calls would leave it.
        """
        rawdata = self.rawdata
        block = _PLAIN_BLOCK.match(rawdata, i)
        if not self._plain_block(block) or not self.at_line_start():
            return -1
        assert block is not None
        store = self.md.htmlStash.store
        while True:
            gap = _GAP.match(rawdata, block.end())
            following = _PLAIN_BLOCK.match(rawdata, gap.end()) if gap else None
            if gap is None or not self._plain_block(following):
                break
            assert following is not None
            self.cleandoc += ("\n", store(block.group() + "\n"), "\n\n", gap.group())
            self.inline_stack = []
            block = following
        if _BLANK_LINE.match(rawdata, block.end()):
            self.cleandoc += ("\n", store(block.group() + "\n"), "\n\n")
        else:
            self.cleandoc += ("\n", store(block.group()), "\n\n")
            self.intail = True
        self.lasttag = block.group(1).lower()
        self._HTMLExtractor__starttag_text = block.group()[: len(block.group(1)) + 2]
        # The parser found the start of the last end tag's line (cached, and used as it is after
        # ``close`` trims the text it read).
        lineno = self.lineno
        self.lineno += rawdata.count("\n", i, block.start(2) - 2)
        _ = self.line_offset
        self.lineno = lineno
        return block.end()

    def _after(self, text: str) -> int:
        return self.line_offset + self.offset + len(text)

    def handle_endtag(self, tag: str) -> None:
        text = self.get_endtag_text(tag)
        if self.inraw:
            self._cache.append(text)
            if tag in self.stack:
                while self.stack:
                    if self.stack.pop() == tag:
                        break
            if len(self.stack) == 0:
                if _BLANK_LINE.match(self.rawdata, self._after(text)):  # (changed)
                    self._cache.append("\n")
                else:
                    self.intail = True
                self.inraw = False
                self.cleandoc.append(self.md.htmlStash.store("".join(self._cache)))
                self.cleandoc.append("\n\n")
                self._cache = []
        else:
            self.cleandoc.append(text)
            self.close_inline_tag(tag)

    def handle_empty_tag(self, data: str, is_block: bool) -> None:
        if self.inraw or self.intail:
            self._cache.append(data)
        elif self.at_line_start() and is_block:
            if _BLANK_LINE.match(self.rawdata, self._after(data)):  # (changed)
                data += "\n"
            else:
                self.intail = True
            item = self.cleandoc[-1] if self.cleandoc else ""
            if not item.endswith("\n\n") and item.endswith("\n"):
                self.cleandoc.append("\n")
            self.cleandoc.append(self.md.htmlStash.store(data))
            self.cleandoc.append("\n\n")
        else:
            self.cleandoc.append(data)

    def inline_close_follows(self, text: str) -> bool:
        if not self.inline_stack:
            return False
        start = self._after(text)
        blank = inner_blank_line_re.search(self.rawdata, start)  # (changed: no copy to the end)
        rest = self.rawdata[start : blank.start() if blank else len(self.rawdata)]
        return any(re.search(rf"</\s*{re.escape(tag)}\s*>", rest, re.I) for tag in self.inline_stack)


class HtmlBlocks(HtmlBlockPreprocessor):
    """HtmlBlockPreprocessor with the Extractor above."""

    def run(self, lines: list[str]) -> list[str]:
        parser = Extractor(self.md)
        parser.feed("\n".join(lines))
        parser.close()
        return "".join(parser.cleandoc).split("\n")


class JoinedHtmlBlocks(Preprocessor):
    """Runs of stashed blocks of HTML, each alone between blank lines, stashed as one.

    Such a line is a paragraph of its own at the top of the document (the line
    before it is blank, and it is not indented); the postprocessor puts back
    its HTML in place of the paragraph when the HTML starts with a block-level
    tag, and the serializer writes a newline after each paragraph. So the run
    comes out as the blocks' HTML joined by newlines: one paragraph of that
    gives the same HTML.
    """

    def run(self, lines: list[str]) -> list[str]:
        raw_html = self.md.postprocessors["raw_html"]
        assert isinstance(raw_html, RawHtmlPostprocessor)
        stash = self.md.htmlStash.rawHtmlBlocks
        text = "\n".join(lines)
        if util.STX not in text:
            return lines
        last = len(lines) - 1
        blocks: list[tuple[int, str]] = []  # (line number, HTML) of each stashed block alone on its line
        number = at = 0
        for found in _PLACEHOLDER_LINE.finditer(text):
            number += text.count("\n", at, found.start())
            at = found.start()
            key = int(found.group(1))
            html = stash[key] if key < len(stash) else None
            alone = (number == 0 or not lines[number - 1]) and (number == last or not lines[number + 1])
            if isinstance(html, str) and alone and raw_html.isblocklevel(html):
                blocks.append((number, html))
        out: list[str] = []
        done = 0  # lines before this one are in ``out``
        run: list[tuple[int, str]] = []
        for block in blocks:
            if run and not any(lines[run[-1][0] + 1 : block[0]]):
                run.append(block)  # only blank lines since the run's last block
                continue
            done = self._join(run, lines, out, done)
            run = [block]
        done = self._join(run, lines, out, done)
        out += lines[done:]
        return out

    def _join(self, run: list[tuple[int, str]], lines: list[str], out: list[str], done: int) -> int:
        """Put the lines up to ``run`` in ``out``, then one placeholder for the run (if of two
        blocks or more); return the number of the line after the run."""
        if len(run) < 2:
            return done
        out += lines[done : run[0][0]]
        out.append(self.md.htmlStash.store("\n".join(html for _, html in run)))
        return run[-1][0] + 1
