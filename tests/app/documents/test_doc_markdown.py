"""Markdown rendering: canonical text, blocks, styles, sanitizing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents import Document, document_from_string, read_document
from app.documents.markdown_linear import MarkdownTooComplex
from app.documents.markdown_reader import MAX_MARKDOWN_BLOCKS, _more_blocks_than, render_markdown

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"


def md(text: str) -> Document:
    return document_from_string(text, "x.md")


def spans(doc: Document, kind: str) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.styles if s.kind == kind]


def blocks(doc: Document) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, doc.text[b.start : b.end]) for b in doc.blocks]


def test_md_extension_reads_markdown():
    doc = md("# Title\n\nSome *text*.")
    assert doc.read_as == "markdown"
    assert doc.text == "Title\n\nSome text."


def test_blocks_headings_lists_quotes():
    doc = md(
        "# Big\n\n## Smaller\n\nA paragraph\nwith a soft break.\n\n"
        "- one\n- two\n    - nested\n\n1. first\n2. second\n\n> quoted\n> text\n"
    )
    assert doc.text == (
        "Big\n\nSmaller\n\nA paragraph with a soft break.\n\none\n\ntwo\n\nnested\n\nfirst\n\nsecond\n\nquoted text"
    )
    assert blocks(doc) == [
        ("heading", 1, "Big"),
        ("heading", 2, "Smaller"),
        ("paragraph", 0, "A paragraph with a soft break."),
        ("list_item", 1, "one"),
        ("list_item", 1, "two"),
        ("list_item", 2, "nested"),
        ("list_item", 1, "first"),
        ("list_item", 1, "second"),
        ("quote", 1, "quoted text"),
    ]


def test_inline_styles_and_links():
    doc = md(
        "**bold** *italic* <u>under</u> ~~no~~ <del>gone</del> `code` "
        '[link](https://example.org "t") <s>s</s> <ins>i</ins>'
    )
    assert doc.text == "bold italic under ~~no~~ gone code link s i"
    assert spans(doc, "bold") == ["bold"]
    assert spans(doc, "italic") == ["italic"]
    assert spans(doc, "underline") == ["under", "i"]
    assert spans(doc, "strike") == ["gone", "s"]
    assert spans(doc, "code") == ["code"]
    links = [s for s in doc.styles if s.kind == "link"]
    assert [(doc.text[s.start : s.end], s.href) for s in links] == [("link", "https://example.org")]


def test_nested_styles_do_not_include_separators():
    doc = md("a ***both*** b **x *y* z**")
    assert doc.text == "a both b x y z"
    assert spans(doc, "bold") == ["both", "x y z"]
    assert spans(doc, "italic") == ["both", "y"]


def test_hard_break_becomes_newline():
    doc = md("line one  \nline two\\\nthree")
    assert doc.text.startswith("line one\nline two")


def test_entities_and_escapes_decoded():
    doc = md("Tom &amp; Jerry &lt;3 &eacute; \\$500bn \\*not\\* \\_x\\_ &#8212;")
    assert doc.text == "Tom & Jerry <3 é $500bn *not* _x_ —"


def test_no_markup_or_unsafe_content_survives():
    doc = md(
        "<script>alert('x')</script>\n\n"
        '<p onclick="evil()">Click</p>\n\n'
        "[bad](javascript:alert(1)) ![img](https://example.org/a.png) <img src=x onerror=y>\n\n"
        "<style>p{}</style><iframe src='https://example.org'></iframe>text <!-- hidden -->"
    )
    assert "alert" not in doc.text
    assert "<" not in doc.text and ">" not in doc.text
    assert "hidden" not in doc.text and "p{}" not in doc.text
    assert "Click" in doc.text and "bad" in doc.text and "text" in doc.text
    assert all(s.href is None or s.href.startswith("http") for s in doc.styles)
    assert not any(s.kind == "link" for s in doc.styles)


def test_code_block_keeps_lines():
    doc = md("Before\n\n```\nline 1\n    line 2\n```\n\nAfter")
    assert doc.text == "Before\n\nline 1\n    line 2\n\nAfter"
    assert spans(doc, "code") == ["line 1\n    line 2"]


def test_spans_lie_inside_text_and_blocks_separated():
    doc = md("# T\n\nP *i* **b**\n\n- a\n- b\n\n> q")
    for item in (*doc.blocks, *doc.styles):
        assert 0 <= item.start < item.end <= len(doc.text)
    for left, right in zip(doc.blocks, doc.blocks[1:], strict=False):
        assert doc.text[left.end : right.start] == "\n\n"


def test_bbc_sample_detected_as_markdown():
    doc = read_document(SAMPLES / "putin-minerals-bbc.txt")
    assert doc.read_as == "markdown"
    assert "about $500bn (£396bn)" in doc.text
    assert "\\" not in doc.text
    assert "<u>" not in doc.text and "**" not in doc.text
    assert "Live coverage of this story" in spans(doc, "underline")
    assert "Read about our approach to external linking." in spans(doc, "bold")
    assert "not responsible for the content of external sites" in spans(doc, "italic")
    items = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        "Live coverage of this story",
        "Why is Ukraine negotiating a minerals deal with the US?",
    ]
    # The scraped sentence split across a blank line stays two paragraphs.
    assert "including companies\n\non mining minerals." in doc.text


def test_forced_markdown_on_txt(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Just *one* thing.", encoding="utf-8")
    assert read_document(path).read_as == "text"
    doc = read_document(path, read_as="markdown")
    assert doc.read_as == "markdown"
    assert doc.text == "Just one thing."


def test_auto_txt_with_markup_is_markdown():
    doc = document_from_string("Some **bold** words.", "note.txt")
    assert doc.read_as == "markdown"
    assert doc.text == "Some bold words."


def test_too_deep_markdown_falls_back_to_text_in_auto_mode():
    deep = "".join("    " * i + "- x\n" for i in range(300)) + "\n**bold**"
    doc = document_from_string(deep, "deep.txt")
    assert doc.read_as == "text"
    assert doc.text == deep


def test_only_absolute_web_and_mail_links_are_kept():
    doc = md("[a](/etc/passwd) [b](../x.html) [c](#top) [d](mailto:x@example.org) [e](http://x.org)")
    assert doc.text == "a b c d e"
    hrefs = [s.href for s in doc.styles if s.kind == "link"]
    assert hrefs == ["mailto:x@example.org", "http://x.org"]


def test_cr_and_crlf_line_ends_read_as_lf_ones():
    text = "# Title\n\n- one\n- two\n\n> quoted *text*\n\nSetext\n===\n"
    expected = md(text)
    for ends in ("\r\n", "\r"):
        doc = md(text.replace("\n", ends))
        assert (doc.text, doc.blocks, doc.styles, doc.read_as) == (
            expected.text, expected.blocks, expected.styles, expected.read_as)


def test_the_block_budget_counts_lines_of_any_line_end():
    # Every check before rendering read lines, and a file of CR line ends was one line to them:
    # 1 MiB of '# a\r' rendered 262,000 headings (6 s).
    for ends in ("\r", "\r\n"):
        with pytest.raises(MarkdownTooComplex, match="paragraphs, list items or headings"):
            render_markdown(f"# a{ends}" * (MAX_MARKDOWN_BLOCKS + 1))
    with pytest.raises(MarkdownTooComplex, match="levels deep"):
        render_markdown("Text.\r\r" + ">" * 100 + " a\r")


def test_the_block_budget_counts_nested_and_indented_list_items():
    # '- - - a' is three lists; '    - b' an item nested in the one before; '1234567890.' an item too.
    lines = MAX_MARKDOWN_BLOCKS // 59 + 1
    for text in ("- " * 59 + "a\n") * lines, "- a\n" + "    - b\n" * MAX_MARKDOWN_BLOCKS, \
            "1234567890. a\n" * (MAX_MARKDOWN_BLOCKS + 1), "- a\n" + "\t- b\n" * MAX_MARKDOWN_BLOCKS:
        with pytest.raises(MarkdownTooComplex, match="paragraphs, list items or headings"):
            render_markdown(text)
    assert not _more_blocks_than("> > > quoted line\n" * 10_000, 10_000)  # quotes are not opened on each line


def test_a_markdown_file_of_very_many_character_references_reads_as_plain_text(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Python-Markdown stashes each reference and puts it back (~8 us): 175,000 '&amp;' under the
    # markup budget took 1.5 s a megabyte. Past MAX_MARKDOWN_REFERENCES, the file is plain text.
    import app.documents.markdown_reader as markdown_reader

    monkeypatch.setattr(markdown_reader, "MAX_MARKDOWN_REFERENCES", 30)
    within = "Text.\n\n" + "\n\n".join(["A &amp; B &#233; &eacute; && &x"] * 10)  # 30 references
    assert "A & B é é && &x" in md(within).text
    with pytest.raises(MarkdownTooComplex, match="more than 30 character references"):
        render_markdown(within + "\n\n&lt;")
    doc = md(within + "\n\n&lt;")
    assert "A &amp; B &#233;" in doc.text and doc.text.endswith("&lt;")  # every character kept, as written
