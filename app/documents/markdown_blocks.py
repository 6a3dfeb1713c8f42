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
