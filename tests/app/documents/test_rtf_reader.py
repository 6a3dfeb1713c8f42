"""The RTF reader writes its paragraphs straight into the Document's text.

It wrote them as simple HTML and walked that (two thirds of its time): the
text, blocks and styles must be what the walker makes of that HTML, and the
work must not be done twice.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.documents import document_from_bytes, rtf_reader
from app.documents.html_building import HtmlBuilder, inline_html
from app.documents.html_walker import WalkedText, walk_html
from app.documents.model import Block, Style

PIECES = [
    "{", "}", "\\par ", "\\line ", "\\line", "\\b ", "\\b0 ", "\\i ", "\\i0 ", "\\ul ", "\\ulnone ", "\\uldb ",
    "\\strike ", "\\plain ", "\\u8212?", "\\u-3913?", "\\uc2 ", "\\uc0 ", "\\'e9", "\\'0d", "\\'a0", "\\'20", "\\'",
    "\\*", "\\fonttbl ", "\\bin3 ", "{\\field{\\*\\fldinst HYPERLINK \"http://x?a=1&b=<2>\"}{\\fldrslt link}}",
    "{\\field{\\*\\fldinst HYPERLINK relative }{\\fldrslt \\b bold link}}", "\\outlinelevel1 ", "\\outlinelevel12 ",
    "\\ls1 ", "\\ilvl2 ", "\\pard ", "text ", "word", " ", "  ", "\t", "\\tab ", "\\cell ", "\\emdash ", "\\\\",
    "\\{", "\\~", "\r\n", "\\\n", "\\", "a&b", "<p>", "\x0c", "\x1c", "\xa0", "\\f0 ",
]  # fmt: skip


class _HtmlWriter:
    """The paragraphs written as HTML and walked: what the reader did before."""

    def __init__(self) -> None:
        self.out = HtmlBuilder()

    def block(self, pieces: list, kind: str, level: int) -> None:
        inner = "".join("<br>" if p is None else inline_html(p[0], frozenset(p[1]), p[2]) for p in pieces)
        if kind == "heading":
            self.out.block(f"h{level}", inner)
        elif kind == "list_item":
            self.out.list_item(level, inner)
        else:
            self.out.block("p", inner)

    def walked(self) -> WalkedText:
        return walk_html(self.out.html())


def _through_html(data: bytes) -> WalkedText:
    reader = rtf_reader._RtfReader("x.rtf")
    reader.out = _HtmlWriter()  # type: ignore[assignment]
    return reader.read(data.decode("latin-1"))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(PIECES), max_size=100))
def test_the_text_blocks_and_styles_are_what_the_walker_made_of_them_as_html(pieces):
    data = ("{\\rtf1\\ansi " + "".join(pieces)).encode("latin-1")
    assert rtf_reader.read_rtf(data, "x.rtf") == _through_html(data)


def test_white_space_breaks_styles_and_blocks():
    data = (b"{\\rtf1\\ansi  One \\b  two\\b0   three\\line\\line  four \\par"
            b"\\pard\\outlinelevel0 Head\\par\\pard\\ls1\\ilvl1 item\\par}")
    walked = rtf_reader.read_rtf(data, "x.rtf")
    assert walked.text == "One two three\n\nfour\n\nHead\n\nitem"
    assert walked.blocks == (Block("paragraph", 0, 19), Block("heading", 21, 25, 1), Block("list_item", 27, 31, 2))
    assert walked.styles == (Style("bold", 4, 7),)


def test_an_rtf_is_not_written_as_html_and_parsed_again(monkeypatch):
    def refuse(*args: object) -> None:
        raise AssertionError("walked as HTML")

    monkeypatch.setattr("app.documents.reader.walk_html", refuse)
    doc = document_from_bytes(b"{\\rtf1\\ansi \\b bold\\b0  text\\par}", "x.rtf")
    assert doc.text == "bold text" and doc.read_as == "rtf"


def test_style_words_make_one_state_of_each_kind(monkeypatch):
    # '\ul a \ulnone b ' to 1 MiB made 130,000 states (a new tuple for each control word).
    made = []
    styled = rtf_reader._styled

    def counting(*args):
        made.append(args)
        return styled(*args)

    monkeypatch.setattr(rtf_reader, "_styled", counting)
    walked = rtf_reader.read_rtf(b"{\\rtf1\\ansi " + b"\\ul a \\ulnone b " * 1000 + b"}", "x.rtf")
    assert len(walked.styles) == 1000
    assert len(made) == 2
