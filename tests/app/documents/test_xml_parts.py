"""XML parts of .docx and .odt: what parsing them may cost is bounded before a tree is built."""

from __future__ import annotations

import pytest

from app.documents import DocumentError, document_from_bytes, html_building, reader, xml_parts
from app.documents.html_balance import MAX_ELEMENTS
from app.documents.xml_parts import MAX_XML_DEPTH, MAX_XML_ELEMENTS, parse_xml
from tests.app.documents.documents_fixtures import build_docx, build_odt


def test_a_part_parses_into_a_tree() -> None:
    root = parse_xml(b'<?xml version="1.0"?><a x="1"><b>t</b>tail<c/></a>', "x")
    assert root.tag == "a" and root.get("x") == "1" and [child.tag for child in root] == ["b", "c"]
    assert root[0].text == "t" and root[0].tail == "tail"


@pytest.mark.parametrize("data", [b"", b"<a>", b"<a></b>", b"text", b"<a/><b/>"])
def test_damaged_xml_is_one_line(data: bytes) -> None:
    with pytest.raises(DocumentError, match="damaged"):
        parse_xml(data, "x")


def test_depth_is_bounded() -> None:
    assert parse_xml(b"<a>" * MAX_XML_DEPTH + b"</a>" * MAX_XML_DEPTH, "x") is not None
    with pytest.raises(DocumentError, match="levels deep"):
        parse_xml(b"<a>" * (MAX_XML_DEPTH + 1) + b"</a>" * (MAX_XML_DEPTH + 1), "x")


def test_elements_are_counted_before_any_tree_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    # A 4 KB .docx held a million empty runs ('<w:r/>'): parsed, built and walked (1.4 s, 130 MB),
    # and 10 million of them in 90 KB took 19 s and 1 GB, to be found empty.
    built = []
    monkeypatch.setattr(xml_parts.ET, "fromstring", lambda data: built.append(data))
    many = b"<p>" + b"<r/>" * MAX_XML_ELEMENTS + b"</p>"
    with pytest.raises(DocumentError, match="too many XML elements"):
        parse_xml(many, "x")
    assert not built
    parse_xml(b"<p>" + b"<r/>" * (MAX_XML_ELEMENTS - 1) + b"</p>", "x")
    assert len(built) == 1


def _walked_not(monkeypatch: pytest.MonkeyPatch) -> None:
    def walk(html: str) -> None:
        raise AssertionError("the HTML was walked")

    monkeypatch.setattr(reader, "walk_html", walk)


def test_a_docx_of_too_many_paragraphs_is_refused_before_it_is_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    _walked_not(monkeypatch)
    data = build_docx("<w:p><w:r><w:t>a</w:t></w:r></w:p>" * (MAX_ELEMENTS + 1))
    with pytest.raises(DocumentError, match="more than 100,000 elements"):
        document_from_bytes(data, "x.docx")


def test_an_odt_of_too_many_links_is_refused_before_it_is_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    _walked_not(monkeypatch)
    link = '<text:a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="http://x/">a</text:a>'
    data = build_odt("<text:p>" + link * (MAX_ELEMENTS + 1) + "</text:p>")
    with pytest.raises(DocumentError, match="more than 100,000 elements"):
        document_from_bytes(data, "x.odt")


@pytest.mark.parametrize("build", [build_docx, build_odt])
def test_text_over_the_limit_is_refused_as_it_is_read(build: object, monkeypatch: pytest.MonkeyPatch) -> None:
    # A 90 KB .docx unpacked to 60 million characters, copied some ten times on their way to the
    # limit (1.2 GB): counted as the reader takes them, the file is refused before any copy.
    _walked_not(monkeypatch)
    monkeypatch.setattr(html_building, "MAX_TEXT_CHARS", 1000)
    body = "<w:p><w:r><w:t>" + "word " * 300 + "</w:t></w:r></w:p>" if build is build_docx else \
        "<text:p>" + "word " * 300 + "</text:p>"
    with pytest.raises(DocumentError, match="too long"):
        document_from_bytes(build(body), "x.docx" if build is build_docx else "x.odt")  # type: ignore[operator]
