"""Saved web pages, .docx, .odt, .rtf and .pdf read into the same Document model.

Each fixture is built here from one article and checked against the article's
plain-text twin: the same canonical text, blocks and styles.
"""

from __future__ import annotations

from html import escape

import pytest

from app.documents import Document, DocumentError, document_from_bytes, document_from_string
from tests.app.documents.documents_fixtures import (
    build_docx,
    build_odt,
    build_pdf,
    docx_paragraph,
    docx_run,
    layout_columns,
)

TITLE = "Putin offers rare minerals to US"
INTRO = (
    "Russian President Vladimir Putin said he is open to offering the US access to rare "
    "minerals, including from Russian-occupied Ukraine."
)
HEADING = "A state TV interview"
BODY = (
    "In a state TV interview on Monday, Putin said he was ready to offer resources to "
    "American partners in joint projects."
)
ITEMS = ["Aluminium extraction in Krasnoyarsk", "Mining in the new territories"]
QUOTE = "We are ready to attract foreign partners, he added."
OUTRO = "Kyiv estimates that about 5% of the world's critical raw materials are in Ukraine."

TWIN = "\n\n".join([TITLE, INTRO, HEADING, BODY, *ITEMS, QUOTE, OUTRO])
TWIN_BLOCKS = [
    ("heading", TITLE),
    ("paragraph", INTRO),
    ("heading", HEADING),
    ("paragraph", BODY),
    ("list_item", ITEMS[0]),
    ("list_item", ITEMS[1]),
    ("quote", QUOTE),
    ("paragraph", OUTRO),
]


def block_view(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def styled(doc: Document, kind: str) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.styles if s.kind == kind]


# ------------------------------------------------------------------ HTML
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} - BBC News</title>
<script>document.write('tracker')</script><style>body {{ color: red }}</style></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<div class="advert">Advertisement: cheap flights to everywhere, book now!</div>
<main><article>
<h1>{TITLE}</h1>
<p>Russian President Vladimir Putin said he is <b>open</b> to offering the US access to rare
minerals, including from <a href="https://example.org/ukraine">Russian-occupied Ukraine</a>.</p>
<h2>{HEADING}</h2>
<p>{escape(BODY)}</p>
<ul><li>{ITEMS[0]}</li><li>{ITEMS[1]}</li></ul>
<blockquote><p>{QUOTE}</p></blockquote>
<p>{escape(OUTRO)}</p>
</article></main>
<aside><h3>Related</h3><ul><li><a href="/a">Why is Ukraine negotiating?</a></li>
<li><a href="/b">Trump very frustrated</a></li></ul></aside>
<footer><p>Copyright 2025 BBC. All rights reserved.</p><a href="/terms">Terms of Use</a></footer>
<img src="https://tracker.example/pixel.gif" onerror="alert(1)">
</body></html>"""


def test_saved_web_page_keeps_the_article_only():
    doc = document_from_bytes(PAGE.encode("utf-8"), "story.html")
    assert doc.read_as == "html"
    assert doc.text == TWIN
    assert block_view(doc) == TWIN_BLOCKS
    assert styled(doc, "bold") == ["open"]
    links = [(doc.text[s.start : s.end], s.href) for s in doc.styles if s.kind == "link"]
    assert links == [("Russian-occupied Ukraine", "https://example.org/ukraine")]
    for furniture in ("Home", "Advertisement", "Related", "Copyright", "tracker", "Terms"):
        assert furniture not in doc.text


def test_html_detected_by_content_whatever_the_name():
    assert document_from_bytes(PAGE.encode("utf-8"), "story.txt").read_as == "html"
    assert document_from_string(PAGE).read_as == "html"


def test_html_in_cp1252_with_meta_charset():
    page = PAGE.replace("open", "open – “très”")
    doc = document_from_bytes(page.encode("cp1252"), "story.htm")
    assert "open – “très”" in doc.text


def test_pasted_html_fragment_is_walked_in_full_and_sanitized():
    fragment = (
        "<p>First <b>bold</b> line<br>second line</p><ul><li>one</li></ul>"
        "<script>alert(1)</script><p onclick='x()'>last <a href='javascript:x()'>link</a></p>"
    )
    doc = document_from_string(fragment, read_as="html")
    assert doc.read_as == "html"
    assert doc.text == "First bold line\nsecond line\n\none\n\nlast link"
    assert not any(s.kind == "link" for s in doc.styles)


def test_page_without_main_text_falls_back_to_full_walk():
    doc = document_from_string("<html><body><p>Just one short line.</p></body></html>")
    assert doc.text == "Just one short line."


def test_too_deeply_nested_html_is_refused():
    deep = "<html><body>" + "<div>" * 5000 + "x" + "</div>" * 5000 + "</body></html>"
    with pytest.raises(DocumentError, match="nests more than"):
        document_from_string(deep)


# ------------------------------------------------------------------ .docx
def article_docx() -> bytes:
    body = "".join(
        [
            docx_paragraph(docx_run(TITLE), "Title"),
            docx_paragraph(
                docx_run("Russian President Vladimir Putin said he is ")
                + docx_run("open", b=True)
                + docx_run(" to offering the US access to rare minerals, including from ")
                + '<w:hyperlink r:id="rIdLink">'
                + docx_run("Russian-occupied Ukraine", u=True)
                + "</w:hyperlink>"
                + docx_run(".")
                + '<w:del w:id="1" w:author="x"><w:r><w:delText> Deleted words.</w:delText></w:r></w:del>'
            ),
            docx_paragraph(docx_run(HEADING), "Heading1"),
            docx_paragraph(
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                + docx_run("In a state TV interview on Monday,")
                + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                + '<w:ins w:id="2" w:author="x">'
                + docx_run(" Putin said he was ready to offer resources to American partners")
                + "</w:ins>"
                + docx_run(" in joint ")
                + docx_run("projects", i=True)
                + docx_run(".")
            ),
            docx_paragraph(docx_run(ITEMS[0]), "ListParagraph", list_level=0),
            docx_paragraph(docx_run(ITEMS[1]), "ListParagraph", list_level=0),
            docx_paragraph(docx_run(QUOTE), "Quote"),
            docx_paragraph(""),  # an empty paragraph is no block
            docx_paragraph(docx_run(OUTRO)),
        ]
    )
    return build_docx(body, links={"rIdLink": "https://example.org/ukraine"})


def test_docx_matches_its_plain_text_twin():
    doc = document_from_bytes(article_docx(), "story.docx")
    assert doc.read_as == "docx"
    assert doc.text == TWIN
    assert block_view(doc) == TWIN_BLOCKS
    assert styled(doc, "bold") == ["open"]
    assert styled(doc, "italic") == ["projects"]
    assert styled(doc, "underline") == ["Russian-occupied Ukraine"]
    assert [s.href for s in doc.styles if s.kind == "link"] == ["https://example.org/ukraine"]


def test_docx_nested_list_table_and_line_break():
    body = (
        docx_paragraph(docx_run("top"), list_level=0)
        + docx_paragraph(docx_run("nested"), list_level=1)
        + "<w:tbl><w:tr><w:tc>"
        + docx_paragraph(docx_run("cell one"))
        + "</w:tc><w:tc>"
        + docx_paragraph(docx_run("cell two"))
        + "</w:tc></w:tr></w:tbl>"
        + docx_paragraph(docx_run("line") + "<w:r><w:br/></w:r>" + docx_run("break"))
    )
    doc = document_from_bytes(build_docx(body), "x.docx")
    assert doc.text == "top\n\nnested\n\ncell one\n\ncell two\n\nline\nbreak"
    assert [(b.kind, b.level) for b in doc.blocks][:2] == [("list_item", 1), ("list_item", 2)]


def test_docx_detected_by_content_not_name():
    assert document_from_bytes(article_docx(), "story.bin").read_as == "docx"
    assert document_from_bytes(article_docx(), "").read_as == "docx"


# ------------------------------------------------------------------ .odt
def article_odt() -> bytes:
    body = (
        '<text:sequence-decls/><text:p text:style-name="Title">Putin offers rare minerals to US</text:p>'
        "<text:p>Russian President Vladimir Putin said he is "
        '<text:span text:style-name="T1">open</text:span> to offering the US access to rare '
        "minerals, including from "
        '<text:a xlink:type="simple" xlink:href="https://example.org/ukraine">Russian-occupied'
        '<text:s/>Ukraine</text:a>.<text:note text:note-class="footnote"><text:note-citation>1'
        "</text:note-citation><text:note-body><text:p>A footnote.</text:p></text:note-body>"
        "</text:note></text:p>"
        f'<text:h text:outline-level="2">{HEADING}</text:h>'
        "<text:p>In a state TV interview on Monday, Putin said he was ready to offer resources "
        "to American partners in joint "
        '<text:span text:style-name="T2">projects</text:span>.'
        "<office:annotation><text:p>A reviewer comment.</text:p></office:annotation></text:p>"
        f"<text:list><text:list-item><text:p>{ITEMS[0]}</text:p></text:list-item>"
        f"<text:list-item><text:p>{ITEMS[1]}</text:p></text:list-item></text:list>"
        f'<text:p text:style-name="P1">{QUOTE}</text:p>'
        "<text:p><draw:frame><draw:text-box><text:p>Frame text</text:p></draw:text-box></draw:frame></text:p>"
        f"<text:p>Kyiv estimates that about 5% of the world's critical raw materials are in "
        '<text:span text:style-name="T3">Ukraine</text:span>.</text:p>'
    )
    return build_odt(body)


def test_odt_matches_its_plain_text_twin():
    doc = document_from_bytes(article_odt(), "story.odt")
    assert doc.read_as == "odt"
    assert doc.text == TWIN.replace("\n\nA state", "\n\nA state")
    assert block_view(doc) == TWIN_BLOCKS
    assert styled(doc, "bold") == ["open", "Ukraine"]  # T3 inherits bold from Strong
    assert styled(doc, "italic") == ["projects"]
    assert styled(doc, "underline") == ["Ukraine"]
    assert [s.href for s in doc.styles if s.kind == "link"] == ["https://example.org/ukraine"]
    assert [b.level for b in doc.blocks if b.kind == "heading"] == [1, 2]


def test_odt_nested_lists_and_line_break():
    body = (
        "<text:list><text:list-item><text:p>top</text:p><text:list><text:list-item>"
        "<text:p>inner</text:p></text:list-item></text:list></text:list-item></text:list>"
        '<text:p>one<text:line-break/>two<text:tab/>three<text:s text:c="3"/>four</text:p>'
    )
    doc = document_from_bytes(build_odt(body), "x.odt")
    assert doc.text == "top\n\ninner\n\none\ntwo three four"
    assert [(b.kind, b.level) for b in doc.blocks][:2] == [("list_item", 1), ("list_item", 2)]


# ------------------------------------------------------------------ .rtf
def article_rtf() -> bytes:
    def rtf(text: str) -> str:
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
            else:
                out.append(ch)
        return "".join(out)

    source = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}"
        r"{\colortbl;\red0\green0\blue0;}{\stylesheet{\s1 heading 1;}}"
        r"{\info{\title Not body text}{\author Someone}}"
        r"{\header \pard Running header\par}"
        "\n"
        rf"\pard\outlinelevel0 {rtf(TITLE)}\par"
        "\n"
        r"\pard Russian President Vladimir Putin said he is {\b open} to offering the US access to"
        "\n"
        ' rare minerals, including from {\\field{\\*\\fldinst HYPERLINK "https://example.org/ukraine"}'
        r"{\fldrslt Russian-occupied Ukraine}}.\par"
        rf"\pard\outlinelevel1 {rtf(HEADING)}\par"
        rf"\pard In a state TV interview on Monday, Putin said he was ready to offer resources to "
        r"American partners in joint {\i projects}.\par"
        rf"\pard{{\listtext\'95\tab}}\ls1\ilvl0 {rtf(ITEMS[0])}\par"
        rf"{{\listtext\'95\tab}}{rtf(ITEMS[1])}\par"
        rf"\pard {rtf(QUOTE)}\par"
        r"{\pict\pngblip 89504e470d0a1a0a}"
        rf"\pard Kyiv estimates that about 5\'25 of the world\rquote s critical raw materials are in Ukraine.\par"
        "}"
    )
    return source.encode("ascii")


def test_rtf_matches_its_plain_text_twin_apart_from_quotes():
    doc = document_from_bytes(article_rtf(), "story.rtf")
    assert doc.read_as == "rtf"
    # RTF has no quote style of its own: the quote is a paragraph here.
    assert doc.text == TWIN.replace("world's", "world\u2019s")
    assert block_view(doc)[:6] == TWIN_BLOCKS[:6]
    assert styled(doc, "bold") == ["open"]
    assert styled(doc, "italic") == ["projects"]
    assert [s.href for s in doc.styles if s.kind == "link"] == ["https://example.org/ukraine"]
    assert "Running header" not in doc.text and "Not body text" not in doc.text


def test_rtf_unicode_and_code_page_bytes():
    doc = document_from_bytes(rb"{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2 \u1052?\u1080?\u1088?\par}", "r.rtf")
    assert doc.text == "Привет Мир"


# ------------------------------------------------------------------ .pdf
PDF_PARAGRAPHS = [
    "Russian President Vladimir Putin said he is open to offering the United States access to "
    "rare minerals, including deposits from Russian-occupied Ukraine, according to a state "
    "television interview broadcast on Monday evening.",
    "This comes after US President Donald Trump has repeatedly pushed for Ukraine to give up "
    "some of its minerals in exchange for continued military and financial support, in a deal "
    "which is currently being finalised, according to a Ukrainian minister.",
    "Putin said he was ready to offer resources to American partners in joint projects, "
    "including mining in territories that Russia has occupied since launching its full-scale "
    "invasion three years ago.",
    "The proposal could also see the two countries collaborating on aluminium extraction in "
    "Krasnoyarsk and supply to the United States to stabilise prices, he added.",
    "Kremlin spokesman Dmitry Peskov told journalists the proposal opened up quite broad "
    "prospects, adding that the United States needed rare earth minerals.",
    "Kyiv estimates that about five percent of the world's critical raw materials are in "
    "Ukraine, although some deposits have been seized by Russia since its invasion.",
]


def article_pdf() -> bytes:
    lines = layout_columns(PDF_PARAGRAPHS)
    per_column = 16
    pages: list[list[tuple[float, float, str, int]]] = []
    columns = [lines[i : i + per_column] for i in range(0, len(lines), per_column)]
    for number, start in enumerate(range(0, len(columns), 2), 1):
        page: list[tuple[float, float, str, int]] = [
            (50, 810, "Verso Test Report: Ukraine minerals", 9),
            (450, 810, "March 2025", 9),
        ]
        for column, x in zip(columns[start : start + 2], (50, 310), strict=False):
            y = 760.0
            for text in column:
                if text:
                    page.append((x, y, text, 10))
                y -= 14
        page.append((290, 30, f"Page {number}", 9))
        pages.append(page)
    assert len(pages) >= 2
    return build_pdf(pages)


def test_pdf_two_columns_running_heads_and_hyphenation():
    data = article_pdf()
    doc = document_from_bytes(data, "report.pdf")
    assert doc.read_as == "pdf"
    assert doc.text == "\n\n".join(PDF_PARAGRAPHS)
    assert all(b.kind == "paragraph" for b in doc.blocks)
    assert "Verso Test Report" not in doc.text and "Page 1" not in doc.text


def test_pdf_hyphenation_really_happened_in_the_fixture():
    lines = layout_columns(PDF_PARAGRAPHS)
    assert any(line.endswith("-") and line[-2].isalpha() for line in lines)


def test_pdf_larger_lines_become_headings():
    page = [(50, 760, "A Big Title", 20), (50, 730, "Body text of the page goes here.", 10)]
    doc = document_from_bytes(build_pdf([page]), "x.pdf")
    assert block_view(doc) == [("heading", "A Big Title"), ("paragraph", "Body text of the page goes here.")]


def test_pdf_without_text_layer():
    with pytest.raises(DocumentError, match="no text layer"):
        document_from_bytes(build_pdf([[]]), "scan.pdf")


# ------------------------------------------------------------------ forcing and errors
@pytest.mark.parametrize("fmt", ["docx", "odt", "rtf", "pdf"])
def test_forcing_a_format_on_the_wrong_content(fmt):
    with pytest.raises(DocumentError, match="this is not"):
        document_from_bytes(b"Just some text.", "x.txt", read_as=fmt)


def test_forcing_text_on_a_pdf():
    with pytest.raises(DocumentError, match="PDF, not text"):
        document_from_bytes(article_pdf(), "x.pdf", read_as="text")


def test_zip_that_is_not_a_document():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.txt", "hello")
    with pytest.raises(DocumentError, match="zip archive, not a document"):
        document_from_bytes(buffer.getvalue(), "x.docx")


def test_string_cannot_be_forced_into_a_binary_format():
    with pytest.raises(DocumentError, match="cannot be read as a PDF"):
        document_from_string("hello", read_as="pdf")


# ------------------------------------------------------------------ twins through the engine
@pytest.mark.parametrize(
    ("make", "name", "twin"),
    [
        (lambda: PAGE.encode("utf-8"), "story.html", TWIN),
        (article_docx, "story.docx", TWIN),
        (article_odt, "story.odt", TWIN),
        (article_rtf, "story.rtf", TWIN.replace("world's", "world\u2019s")),
        (article_pdf, "report.pdf", "\n\n".join(PDF_PARAGRAPHS)),
        (lambda: TWIN.encode("cp1252"), "story.txt", TWIN),
        (lambda: TWIN.encode("utf-16"), "story.txt", TWIN),
    ],
)
def test_each_format_compares_clean_against_its_plain_text_twin(make, name, twin):
    from app import compare

    doc = document_from_bytes(make(), name)
    comparison = compare(doc, document_from_string(twin, "twin.txt", read_as="text"))
    assert comparison.differences == ()


QT_PDF_SCRIPT = """
import sys
from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPainter, QPdfWriter
lines, out = eval(sys.stdin.read())
app = QGuiApplication([])
writer = QPdfWriter(out)
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
writer.setResolution(72)
painter = QPainter(writer)
columns = [lines[i : i + 16] for i in range(0, len(lines), 16)]
for number, start in enumerate(range(0, len(columns), 2), 1):
    if number > 1:
        writer.newPage()
    painter.setFont(QFont("Helvetica", 9))
    painter.drawText(40, 30, "Verso Test Report: Ukraine minerals")
    painter.drawText(450, 30, "March 2025")
    painter.drawText(280, 820, f"Page {number}")
    painter.setFont(QFont("Helvetica", 10))
    for column, x in zip(columns[start : start + 2], (40, 300)):
        for row, text in enumerate(column):
            if text:
                painter.drawText(x, 80 + 14 * row, text)
painter.end()
"""


def test_pdf_written_by_qt_reads_like_its_twin(tmp_path):
    """A real PDF writer (Qt's, run in a subprocess: app/ never loads Qt) with
    embedded fonts, ligatures, two columns, running heads and hyphenation."""
    import os
    import subprocess
    import sys

    pytest.importorskip("PySide6.QtGui")
    out = tmp_path / "qt.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", QT_PDF_SCRIPT],
        input=repr((layout_columns(PDF_PARAGRAPHS), str(out))),
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    if proc.returncode != 0 or not out.exists():
        pytest.skip(f"Qt could not write a PDF here: {proc.stderr.strip()[-200:]}")
    doc = document_from_bytes(out.read_bytes(), "qt.pdf")
    assert doc.text == "\n\n".join(PDF_PARAGRAPHS)


def test_pdf_bulleted_lines_become_list_items():
    page = [
        (50, 760, "Two things were agreed:", 10),
        (50, 746, "\u2022 aluminium supply to the United States, with", 10),
        (60, 732, "prices set for three years", 10),
        (50, 718, "\u2022 joint mining projects.", 10),
        (50, 690, "Talks continue next week.", 10),
    ]
    doc = document_from_bytes(build_pdf([page]), "x.pdf")
    assert block_view(doc) == [
        ("paragraph", "Two things were agreed:"),
        ("list_item", "aluminium supply to the United States, with prices set for three years"),
        ("list_item", "joint mining projects."),
        ("paragraph", "Talks continue next week."),
    ]


def test_clipboard_html_with_fragment_markers_keeps_the_selection():
    clipboard = (
        "<html><body><!--StartFragment--><h2>Short</h2><p>One line.</p><ul><li>a</li></ul>"
        "<!--EndFragment--></body></html>"
    )
    doc = document_from_string(clipboard, read_as="html")
    assert block_view(doc) == [("heading", "Short"), ("paragraph", "One line."), ("list_item", "a")]


def test_clipboard_html_from_qt_with_meta_prefix():
    clipboard = '<meta http-equiv="content-type" content="text/html; charset=utf-8"><p>Copied <i>text</i>.</p>'
    doc = document_from_string(clipboard)
    assert doc.read_as == "html"
    assert doc.text == "Copied text."
