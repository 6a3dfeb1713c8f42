"""Python-Markdown's quadratic parts, replaced (app/documents/markdown_linear.py), read the same.

Blocks, indented code, lists and fenced code: the HTML is the same as
Python-Markdown's own for any text without backticks (code spans are the one
part read differently: an unclosed run of backticks is text, and reading goes
on right after it, where Python-Markdown 3.11 skipped as many characters again).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension

from app.documents import document_from_string
from app.documents.markdown_linear import MarkdownTooComplex, linear
from app.documents.markdown_reader import render_markdown

_PIECES = ["a", "word", " ", "\n", "\n\n", "    ", "\t", "- ", "* ", "+ ", "1. ", "2. ", "> ", "# ", "## ",
           "~~~", "~~~~", "~~~py", "  \n", "*", "_", "**", "[", "](x)", "<u>", "</u>", "&amp;", "\\", "---",
           "\n    ", "\n- ", "\n1. ", "\n~~~\n", "\n\n    code", "  ", "]", "(", ")", "![", "'", '"', "[a]",
           "[b]", "[]", "(http://x.org/a_(b))", ' "t"', "\n\n[a]: http://a.org\n", "\n[b]: /b 'T'\n", "<x>"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


def _upstream(text: str) -> str:
    return markdown.Markdown(extensions=[SaneListExtension(), FencedCodeExtension()]).convert(text)


def _linear(text: str, block_work: int = 1 << 60) -> str:
    md = markdown.Markdown(extensions=[SaneListExtension()])
    linear(md, block_work)
    return md.convert(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
@example("~~~\ncode\n~~~\n\n~~~py\nx\n\n~~~~\n~~~")
@example("    a\n\n    b\n\n\n    c\nd")
@example("- a\n  b\n    - c\n  d\n- e\n\n- f")
@example("1. a\n2. b\n    c\n\n3. d")
@example("~~~ \n\n~~~  \na")
@example('[a](x "t") [b](<y> \'u\') ![c](z(1) "v") [d](w"x) [e](q\'r\'s) [f]( "g" )')
@example('[a][b] [b] [a][] ![b][a]\n\n[a]: http://a.org "A"\n[b]: /b')
def test_blocks_lists_and_fences_read_as_python_markdown_reads_them(text: str) -> None:
    assert _linear(text) == _upstream(text)


def _code(text: str) -> str:
    return _linear(text).removeprefix("<p>").removesuffix("</p>")


def test_code_spans():
    assert _code("a `b` c") == "a <code>b</code> c"
    assert _code("``a`b``") == "<code>a`b</code>"
    assert _code("`` ` ``") == "<code>`</code>"
    assert _code("```a``") == "<code>`a</code>"  # no closer of three: the longest shorter run closes it
    assert _code("`a") == "`a"
    assert _code("``a` `b`") == "<code>`a</code> <code>b</code>"
    # No run of two nor a shorter one after the first: it is text, and reading goes on right after it.
    assert _code("``x```y```") == "``x<code>y</code>"
    assert _code("\\`a`") == "`a`"
    assert _code("`<b>&`") == "<code>&lt;b&gt;&amp;</code>"


def _seconds(text: str) -> float:
    started = time.perf_counter()
    render_markdown(text)
    return time.perf_counter() - started


def test_many_fences_and_backticks_cost_linear_time():
    # Each took time in the square of its length in Python-Markdown (40 KB: 10 to 28 s).
    for unit, head in (("~~~a\n", ""), ("    word\n\n", "```" + " " * 10_000 + "\n"),
                       ("word ", " ".join("`" * ticks for ticks in range(3, 100)) + " ")):
        small = min(_seconds(head + unit * 2_000), _seconds(head + unit * 2_000))
        large = min(_seconds(head + unit * 8_000), _seconds(head + unit * 8_000))
        assert large < 10 * max(small, 0.02), (unit, small, large)


def test_the_block_searches_read_an_ordinary_document_a_few_times_at_most():
    # Their budget is 20 characters read for each of the text's (and at least 20 million): this
    # project's own documents are read 3-5 times, headings without blank lines as often.
    root = Path(__file__).resolve().parents[3]
    headings = "".join(f"## Heading {n}\nSome text of the section here.\n" for n in range(2_000))
    for text in [*(path.read_text(encoding="utf-8") for path in sorted((root / "docs").glob("*.md"))), headings]:
        assert _linear(text, 6 * len(text)) == _upstream(text)
    assert _linear(headings).count("<h2>") == 2_000


def test_setext_headings_without_blank_lines_stop_at_the_budget_and_read_as_plain_text():
    # Each heading split its block and the searches read the rest again: 20 KB took 11 s and
    # 40 KB 53 s (time in the square of the length), for a turn at most as long as its text.
    text = "a\n=\n" * 5_000
    with pytest.raises(MarkdownTooComplex, match="headings or rules inside long paragraphs"):
        _linear(text, 100 * len(text))
    with pytest.raises(MarkdownTooComplex):
        render_markdown(text)
    document = document_from_string(text, "headings.md")
    assert document.read_as == "text" and document.text.count("=") == 5_000


class _CountingPattern:
    """A compiled pattern that counts the lines it is asked to match."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self.calls = 0

    def match(self, line: str) -> re.Match[str] | None:
        self.calls += 1
        return self.compiled.match(line)


def test_the_lines_of_a_lazy_list_item_are_not_looked_at_one_by_one():
    # A list item then 200,000 lines without a blank one: each line was matched against both
    # item patterns in Python (0.3 s of a 1 MiB read).
    md = markdown.Markdown(extensions=[SaneListExtension()])
    linear(md, 1 << 60)
    items = md.parser.blockprocessors["ulist"]
    items.CHILD_RE, items.INDENT_RE = _CountingPattern(items.CHILD_RE), _CountingPattern(items.INDENT_RE)
    block = "- a\n" + "word\n" * 1000 + "- b\n    - c\n  d"
    assert items.get_items(block) == ["\n".join(["a"] + ["word"] * 1000), "b", "    - c\n  d"]
    assert items.CHILD_RE.calls + items.INDENT_RE.calls <= 6
