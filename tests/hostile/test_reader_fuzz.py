"""Structured hostile input for every reader: deep nesting, repeated markers, long runs, huge counts.

Random bytes (tests/app/documents/test_doc_fuzz.py) rarely build the
shapes that make a reader slow: a thousand unclosed tags, a run of
punctuation, a count of a million. Here hypothesis picks a few of each
format's dangerous pieces and how often each repeats; the file is built
at that scale and at four times it. Each must read (or be refused with
one line), and the larger must take at most GROWTH times as long.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.documents import DocumentError, document_from_bytes
from app.engine.segment import sentences
from app.project import ProjectError, load_project
from tests.app.documents.documents_fixtures import build_docx, build_odt
from tests.hostile.families import pdf

GROWTH = 10.0
FLOOR = 0.02  # seconds: below this, timing is noise
FUZZ = settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
Runs = list[tuple[str, int]]


def _runs(units: list[str], most: int = 300) -> st.SearchStrategy[Runs]:
    return st.lists(st.tuples(st.sampled_from(units), st.integers(1, most)), min_size=1, max_size=5)


def _timed(read: Callable[[], object]) -> float:
    started = time.perf_counter()
    try:
        read()
    except (DocumentError, ProjectError) as error:
        assert str(error) and "\n" not in str(error)
    return time.perf_counter() - started


def _grows_linearly(build: Callable[[int], Callable[[], object]]) -> None:
    small_read, large_read = build(1), build(4)
    for _attempt in range(2):  # a busy machine can stall one run; a quadratic stage is slow every time
        small = min(_timed(small_read), _timed(small_read))
        large = min(_timed(large_read), _timed(large_read))
        if large <= GROWTH * max(small, FLOOR):
            return
    pytest.fail(f"{small:.3f} s, then {large:.3f} s for four times the input")


def _text(runs: Runs, scale: int) -> str:
    return "".join(unit * (count * scale) for unit, count in runs)


def _reading(runs: Runs, name: str, read_as: str = "auto",
             wrap: Callable[[str], bytes] = lambda body: body.encode("utf-8")) -> None:
    def build(scale: int) -> Callable[[], object]:
        data = wrap(_text(runs, scale))
        return lambda: document_from_bytes(data, name, read_as)

    _grows_linearly(build)


_PLAIN = [".", "!?", "\u2026", ". ", " ", "\n", "\n\n", "a", "Mr. ", "\"", "'", "(", ")", "\u201c", "A. ",
          "e.g. ", "\t", "\u00a0", "-", "* ", "1.", "U.S.", "...", "?!\"", "x.y"]


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(_runs(_PLAIN, most=2500))
def test_plain_text_and_its_sentences(runs: Runs) -> None:
    def build(scale: int) -> Callable[[], object]:
        text = "Start. " + _text(runs, scale)
        return lambda: (document_from_bytes(text.encode(), "x.txt", "text"), sentences(text))

    _grows_linearly(build)


_MARKDOWN = ["`", "```", "``", "~~~", "~~~a\n", "```a\n", "\n", "\n\n", "    ", "    x\n\n", "- ", "- a\n",
             "  b\n", "1. ", "> ", "# ", "*", "**", "_", "[", "](x)", "![", "<u>", "</u>", "<script>", "<?", "?>",
             "  \n", "&amp;", "\\", "\\`", "a", " ", "word ", "<b", "\t", "\r", "\r\n", "    - ", "- - - ",
             "\u00a0", "\u00ab", "&"]


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(_runs(_MARKDOWN, most=400), st.sampled_from(["x.md", "x.txt"]))
def test_markdown(runs: Runs, name: str) -> None:
    # A .txt with Markdown markup is rendered too, then checked for lost words.
    _reading(runs, name, "auto", lambda body: ("Text with **bold** words.\n\n" + body).encode())


_HTML = ["<div/>", '<div title="<">', "<b a=1>", "</div>", "<div>", "<span>", "</span>", "<p>", "<table>",
         "<td>", "<svg>", "<path/>", "<a href=x>", "<!--", "-->", "<!--StartFragment-->", "<!--EndFragment-->",
         "&amp;", "&#x41;", "<li>", "<ul>", "<script>", "</script>", "<", ">", "x", " ", '"', "<div><b a=2></div>",
         "<html>", "<body>", "<br>", "<p a=1 b=2 c=3 d=4>", "\u00a0", "\u00a9", "<xmp>", "</xmp>", '<p title="',
         '">', "<noembed>", "<math>"]


@FUZZ
@given(_runs(_HTML))
def test_html(runs: Runs) -> None:
    _reading(runs, "x.html", "html", lambda body: ("<p>text</p>" + body).encode())


_DOCX = ["<w:p><w:r><w:t>word </w:t></w:r></w:p>", "<w:p>", "</w:p>", "<w:r><w:t>x</w:t></w:r>", "<w:p/>", "<w:r/>",
         "<w:r><w:t>a&amp;b</w:t></w:r>",
         "<w:r><w:tab/></w:r>", "<w:r><w:br/></w:r>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>",
         "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>H</w:t></w:r></w:p>",
         "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"8\"/></w:numPr></w:pPr><w:r><w:t>li</w:t></w:r></w:p>",
         "<w:r><w:rPr><w:b/><w:i/><w:u w:val=\"single\"/></w:rPr><w:t>b</w:t></w:r>"]


@FUZZ
@given(_runs(_DOCX, most=120))
def test_docx(runs: Runs) -> None:
    _reading(runs, "x.docx", wrap=lambda body: build_docx("<w:p><w:r><w:t>Text</w:t></w:r></w:p>" + body))


_ODT = ['<text:p>word<text:s text:c="99999"/>word</text:p>', "<text:p>", "</text:p>",
        "<text:list><text:list-item>", "</text:list-item></text:list>", '<text:span text:style-name="T1">',
        "</text:span>", "<text:p><text:tab/><text:line-break/></text:p>", '<text:h text:outline-level="99">h</text:h>',
        "<text:section>", "</text:section>", "<text:p>a</text:p>", "<text:p/>", "a&amp;",
        '<text:a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="http://x/">a</text:a>']


@FUZZ
@given(_runs(_ODT, most=120))
def test_odt(runs: Runs) -> None:
    _reading(runs, "x.odt", wrap=lambda body: build_odt("<text:p>Text</text:p>" + body))


_RTF = ["{", "}", "\\par ", "\\'e9", "\\u1234?", "\\uc5 ", "{\\*\\foo x}", "\\\\", "\\b ", "\\b0 ", "word ",
        "\\tab ", "\\line ", "{\\fonttbl{\\f0 Arial;}}", "\\pard ", "\\bin5 ", "\\'", "\\u-1?", "\\par\\par "]


@FUZZ
@given(_runs(_RTF, most=200))
def test_rtf(runs: Runs) -> None:
    _reading(runs, "x.rtf", wrap=lambda body: ("{\\rtf1\\ansi Text " + body + "}").encode("latin-1"))


_PDF_OPS = ["BT /F1 10 Tf 72 700 Td (word) Tj ET\n", "q ", "Q ", "BT (a) Tj ", "ET ", "(x) '\n",
            "[(a) -100 (b)] TJ\n", "1 0 0 1 5 5 cm ", "/X0 Do\n", "0 -12 TD ", "T* ", "BT /F1 99999 Tf (big) Tj ET\n"]


@FUZZ
@given(_runs(_PDF_OPS, most=200), st.integers(1, 40))
def test_pdf(runs: Runs, pages: int) -> None:
    form = b"BT /F1 10 Tf 72 600 Td (form text) Tj ET\n"

    def build(scale: int) -> Callable[[], object]:
        content = ("BT /F1 10 Tf 72 720 Td (Text) Tj ET\n" + _text(runs, scale)).encode("latin-1")
        data = pdf([5] * pages, [form, content], forms={"X0": 4})
        return lambda: document_from_bytes(data, "x.pdf")

    _grows_linearly(build)


_PROJECT_TEXT = ["a", "\\n", "\\u0000", "\\ud800", "\\\"", ".", "!?", " ", "\\n\\n", "\\u201c"]


@FUZZ
@given(_runs(_PROJECT_TEXT), st.sampled_from(["[]", "[[\"paragraph\", 0, 1, 0]]", "[" + "[" * 70 + "]" * 70 + "]"]),
       st.sampled_from(["0.5", "1" + "0" * 300, "1e400", "-0", "true", "\"0.5\""]))
def test_project(tmp_path_factory: object, runs: Runs, blocks: str, sensitivity: str) -> None:
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="verso-fuzz-"))

    def build(scale: int) -> Callable[[], object]:
        text = "Start." + _text(runs, scale)
        doc = (f'{{"name": "x", "text": "{text}", "read_as": "text", "blocks": {blocks}, "styles": []}}')
        path = folder / f"p{scale}.verso"
        path.write_text(f'{{"format": "verso-project", "version": 1, "documents": {{"left": {doc}, "right": {doc}}}, '
                        f'"options": {{"sensitivity": {sensitivity}}}, "annotations": {{}}}}', encoding="utf-8")
        return lambda: load_project(path)

    _grows_linearly(build)


_QUOTES = ["Some words", "Some wordz here", "words of the", "", "text here. Some", "zz"]


@FUZZ
@given(_runs(_PLAIN[:12], most=400), st.lists(st.sampled_from(_QUOTES), min_size=1, max_size=4),
       st.integers(1, 60))
def test_placing_annotations_again(runs: Runs, quotes: list[str], count: int) -> None:
    # Highlights not where they were: searched again, by quote and context, then fuzzily.
    from app.documents.model import Document
    from app.engine.compare import compare
    from app.project import Annotations, reanchor
    from app.project.anchors import TextAnchor, TextPositionSelector, TextQuoteSelector
    from app.project.annotations import Highlight

    def build(scale: int) -> Callable[[], object]:
        text = "Some words of the text here. " * (10 * scale) + _text(runs, scale)
        comparison = compare(Document.from_text(text), Document.from_text(text + " More."))
        highlights = tuple(
            Highlight(f"h{i}", TextAnchor("left", TextPositionSelector(i * 7 % len(text), i * 7 % len(text)),
                                          TextQuoteSelector(quote, "text here. ", " of the")))
            for i, quote in enumerate(quotes * count * scale))
        return lambda: reanchor(Annotations(highlights=highlights), comparison)

    _grows_linearly(build)
