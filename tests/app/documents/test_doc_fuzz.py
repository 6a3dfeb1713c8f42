"""Fuzz tests for every reader: any input gives a Document or a DocumentError.

Inputs are valid fixtures with random damage (flipped, cut and inserted
bytes) and random streams of each format's own building blocks, so the
readers' inner paths are reached, not only their first checks.
"""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.documents import Document, DocumentError, document_from_bytes, document_from_string
from tests.app.documents.documents_fixtures import build_docx, build_odt
from tests.app.documents.test_doc_formats import (
    PAGE,
    article_docx,
    article_odt,
    article_pdf,
    article_rtf,
)

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


def check(data: bytes, name: str, read_as: str = "auto") -> None:
    try:
        doc = document_from_bytes(data, name, read_as)
    except DocumentError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert_well_formed(doc)


def assert_well_formed(doc: Document) -> None:
    assert doc.text.strip()
    for item in (*doc.blocks, *doc.styles):
        assert 0 <= item.start < item.end <= len(doc.text)
    if doc.read_as != "text":
        for left, right in zip(doc.blocks, doc.blocks[1:], strict=False):
            assert doc.text[left.end : right.start] == "\n\n"


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        else:
            del data[at:]
    return bytes(data)


@functools.cache
def originals() -> dict[str, bytes]:
    return {
        "docx": article_docx(),
        "odt": article_odt(),
        "pdf": article_pdf(),
        "rtf": article_rtf(),
        "html": PAGE.encode("utf-8"),
    }


@FUZZ
@given(st.data(), st.sampled_from(["docx", "odt", "pdf", "rtf", "html"]))
def test_damaged_files_give_document_or_error(data, fmt):
    check(data.draw(damaged(originals()[fmt])), f"story.{fmt}")


@FUZZ
@given(st.data(), st.sampled_from(["docx", "odt", "pdf", "rtf"]))
def test_damaged_files_forced_to_their_format(data, fmt):
    check(data.draw(damaged(originals()[fmt])), "x", read_as=fmt)


DOCX_PIECES = [
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "text ", "<w:br/>", "<w:tab/>",
    "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>", "<w:rPr><w:b/></w:rPr>",
    '<w:hyperlink r:id="rIdLink">', "</w:hyperlink>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>",
    "<w:del>", "</w:del>", "<w:ins>", "</w:ins>", "&amp;", "<", "&", "]]>",
    '<w:pPr><w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr></w:pPr>',
]  # fmt: skip
ODT_PIECES = [
    "<text:p>", "</text:p>", "<text:h text:outline-level=\"x\">", "</text:h>", "words ",
    '<text:span text:style-name="T1">', '<text:span text:style-name="T3">', "</text:span>",
    "<text:list><text:list-item>", "</text:list-item></text:list>", '<text:s text:c="99999"/>',
    "<text:line-break/>", '<text:a xlink:href="javascript:x">', "</text:a>", "<text:note>",
    "</text:note>", "&lt;", "<", "é",
]  # fmt: skip


@FUZZ
@given(st.lists(st.sampled_from(DOCX_PIECES), max_size=60))
def test_docx_with_random_body_xml(pieces):
    check(build_docx("".join(pieces), links={"rIdLink": "https://example.org"}), "x.docx")


@FUZZ
@given(st.lists(st.sampled_from(ODT_PIECES), max_size=60))
def test_odt_with_random_body_xml(pieces):
    check(build_odt("".join(pieces)), "x.odt")


RTF_PIECES = [
    "{", "}", "\\par ", "\\line ", "\\b ", "\\b0 ", "\\i ", "\\ul ", "\\ulnone ", "\\u8212?",
    "\\u-3913?", "\\uc2 ", "\\'e9", "\\'", "\\*", "\\fonttbl ", "\\pict ", "\\bin5 ", "\\field ",
    "\\fldinst HYPERLINK \"http://x\" ", "\\fldrslt ", "\\outlinelevel3 ", "\\ls1 ", "\\ilvl99 ",
    "\\pard ", "text ", "\\ansicpg1251 ", "\\ansicpg99999 ", "\\\\", "\\{", "\\~", "\r\n", "\\",
]  # fmt: skip


@FUZZ
@given(st.lists(st.sampled_from(RTF_PIECES), max_size=80))
def test_rtf_token_soup(pieces):
    check(("{\\rtf1\\ansi " + "".join(pieces)).encode("latin-1"), "x.rtf")


HTML_PIECES = [
    "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<pre>", "</pre>", "<br>", "<li>", "<ul>",
    "</ul>", "<h2>", "</h2>", "<blockquote>", "</blockquote>", "<a href='http://x'>", "</a>",
    "<script>", "</script>", "<style>", "<!--", "-->", "text ", "&amp;", "&#0;", "&#x110000;",
    "<table><tr><td>", "</td></tr></table>", "\n", "  ", "<html><body>", "<!DOCTYPE html>", "<",
]  # fmt: skip


@FUZZ
@given(st.lists(st.sampled_from(HTML_PIECES), max_size=80), st.sampled_from(["auto", "html"]))
def test_html_soup(pieces, read_as):
    text = "".join(pieces)
    try:
        doc = document_from_string(text, "x.html", read_as)
    except DocumentError as error:
        assert "\n" not in str(error)
        return
    assert_well_formed(doc)


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["", "a.txt", "a.html", "a.docx", "a.pdf", "a.rtf"]))
def test_any_bytes_with_any_name(data, name):
    check(data, name)
