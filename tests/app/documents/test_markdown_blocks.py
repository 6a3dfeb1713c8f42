"""Raw HTML blocks in Markdown (app/documents/markdown_blocks.py) read as Python-Markdown reads them.

A run of blocks, each alone between blank lines, is stashed as one: the HTML
that Python-Markdown writes is the same, and the block parser, the inline step
and the postprocessor see one paragraph instead of one a block (0.1 ms each).
The extractor looks for a blank line after a block where it is, instead of on
a copy of the rest of the text.
"""

from __future__ import annotations

import markdown
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown.preprocessors import HtmlBlockPreprocessor, Preprocessor

from app.documents import markdown_blocks, markdown_reader

_BLOCKS = ["<div>\na\n</div>", "<div>a</div>", "<div>\n<p>x</p>\n</div>", "<!-- note -->", "<hr>", "<p>para</p> tail",
           "text", "<div>\n\ninner\n\n</div>", "    indented", "- item", "> quote", "```\ncode\n```", "<span>x</span>",
           "<div\nclass=y>z</div>", "<pre>\n  pre\n</pre>", "<script>x</script>", "<b>bold</b> <!-- c --> </b>",
           "Title\n---", "<div>open", "</div>", "<custom>x</custom>", "<?php ?>", "<![CDATA[a]]>", "  <div>sp</div>",
           "   <!-- c -->", "<", "&amp;", "<DIV>A</DIV>"]  # fmt: skip
_GAPS = ["\n", "\n\n", "\n\n\n", "\n \n", "  \n\n", ""]
_TEXTS = st.lists(st.tuples(st.sampled_from(_BLOCKS), st.sampled_from(_GAPS)), max_size=30).map(
    lambda items: "".join(block + gap for block, gap in items)
)


class _Nothing(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return lines


def _rendered(text: str) -> tuple[object, list[str]]:
    """The WalkedText and the HTML Python-Markdown wrote for it."""
    written: list[str] = []
    sanitize = markdown_reader.sanitize_html

    def recording(html: str) -> str:
        written.append(html)
        return sanitize(html)

    markdown_reader.sanitize_html = recording  # type: ignore[assignment]
    try:
        return markdown_reader.render_markdown(text), written
    finally:
        markdown_reader.sanitize_html = sanitize


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
@example("<div>\na\n</div>\n\n<div>\nb\n</div>\n\n\n<!-- c -->\n\n<hr>\n\ntext\n\n<div>d</div>\n\n")
@example("```\ncode\n```\n\n<div>a</div>\n\n    indented\n\n<div>b</div>\n\n<div>c</div>")
def test_raw_html_blocks_give_the_html_python_markdown_gives(monkeypatch, text: str) -> None:
    ours = _rendered(text)
    with monkeypatch.context() as upstream:
        upstream.setattr(markdown_reader, "HtmlBlocks", HtmlBlockPreprocessor)
        upstream.setattr(markdown_reader, "JoinedHtmlBlocks", _Nothing)
        assert ours == _rendered(text)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
def test_the_extractor_stashes_and_leaves_what_python_markdowns_does(text: str) -> None:
    def extracted(preprocessor: type[HtmlBlockPreprocessor]) -> tuple[list[str], list[object]]:
        md = markdown.Markdown()
        lines = preprocessor(md).run(text.split("\n"))
        return lines, md.htmlStash.rawHtmlBlocks

    assert extracted(markdown_blocks.HtmlBlocks) == extracted(HtmlBlockPreprocessor)


def test_a_run_of_raw_html_blocks_is_one_paragraph_for_the_block_parser(monkeypatch) -> None:
    paragraphs = []
    run = markdown.blockprocessors.ParagraphProcessor.run

    def counting(self, parent, blocks):  # type: ignore[no-untyped-def]
        paragraphs.append(blocks[0])
        return run(self, parent, blocks)

    monkeypatch.setattr(markdown.blockprocessors.ParagraphProcessor, "run", counting)
    walked = markdown_reader.render_markdown("Text.\n\n" + "<div>\na\n</div>\n\n" * 1000 + "End.")
    assert walked.text.count("a") == 1000 and len(walked.blocks) == 1002
    assert len(paragraphs) == 3  # "Text.", the run of blocks, "End."


_PLAIN = ["<div>\na\n</div>", "<div>a</div>", "<DIV>A</div>", "<div></div>", "<section>\n\ns\n\n</section>",
          "<p>x</p>", "<div>a</span>", "<span>a</span>", "<custom>x</custom>", "<hr>x</hr>", "<script>x</script>",
          "<div>a > b</div>"]  # fmt: skip
_PLAIN_GAPS = ["", "\n", "\n\n", "\n \n", "  \n\n", "\n\n ", "\n\n   ", "\n\n    ", "\n\t\n", "\n\n\n"]
# What comes before and after a run: the parser's states (an inline tag still open, a tail, an unclosed
# comment or instruction that stops the parser until it is closed) and what looks back at them.
_HEADS = ["", "<span>x\n", "<b>y\n\n", "<!--", "<?", "<!", "<![CDATA[", "&#", "<span>", "<div>a</div>b\n", "  ", "<div"]
_TAILS = ["", "-->", "?>", ">", "]]>", "</span>", "</div>", "text", "<!--", "<?", "\n<!-- c --></span>", "\n<!-- c -->"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(_HEADS),
    st.lists(st.tuples(st.sampled_from(_PLAIN), st.sampled_from(_PLAIN_GAPS)), min_size=1, max_size=10),
    st.sampled_from(_TAILS),
)
@example("<span>x\n", [("<div>a</div>", "\n\n"), ("<div>b</div>", "\n")], "<!-- c --></span>")  # an inline tag
@example("<div>\na\n</div>", [("<![CDATA[<div>\na\n</div>", "\n"), ("<div>\na\n</div>", "")], "")  # the line cache
def test_runs_of_plain_blocks_are_extracted_as_the_html_parser_extracts_them(
    head: str, items: list[tuple[str, str]], tail: str
) -> None:
    text = head + "".join(block + gap for block, gap in items) + tail
    test_the_extractor_stashes_and_leaves_what_python_markdowns_does.hypothesis.inner_test(text)  # type: ignore[attr-defined]


def test_a_run_of_plain_blocks_costs_the_html_parser_no_tag(monkeypatch) -> None:
    tags: list[str] = []
    for name in ("parse_starttag", "parse_endtag"):
        real = getattr(markdown.htmlparser.HTMLExtractor, name)

        def counting(self, i, real=real):  # type: ignore[no-untyped-def]
            tags.append(self.rawdata[i : i + 5])
            return real(self, i)

        monkeypatch.setattr(markdown.htmlparser.HTMLExtractor, name, counting)
    md = markdown.Markdown()
    text = "Text.\n\n" + "<div>\na\n</div>\n\n" * 1000 + "<div class=x>b</div>\n\nEnd."
    lines = markdown_blocks.HtmlBlocks(md).run(text.split("\n"))
    assert len(md.htmlStash.rawHtmlBlocks) == 1001 and len(lines) > 3000
    assert tags == ["<div ", "</div"]  # none of the run's 2,000 tags, only the last block's (an attribute)
