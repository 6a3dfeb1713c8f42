"""Limits against hostile files: zip bombs, XML bombs, deep nesting, page counts."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.documents import DocumentError, document_from_bytes, pdf_reader, xml_parts
from tests.app.documents.documents_fixtures import (
    build_docx,
    build_odt,
    build_pdf,
    docx_paragraph,
    docx_run,
)


def message(data: bytes, name: str) -> str:
    with pytest.raises(DocumentError) as info:
        document_from_bytes(data, name)
    text = str(info.value)
    assert text.startswith(f"{name}: ") and "\n" not in text
    return text


def test_zip_bomb_refused_by_declared_size():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a>" + b" " * (xml_parts.MAX_PART_BYTES + 10) + b"</a>")
    data = buffer.getvalue()
    assert len(data) < 200_000  # tiny on disk, huge unpacked
    assert "unpacks to more than" in message(data, "bomb.docx")


def test_total_unzipped_size_limit(monkeypatch):
    monkeypatch.setattr(xml_parts, "MAX_UNZIPPED_BYTES", 1000)
    body = docx_paragraph(docx_run("x" * 2000))
    assert "unpacks to more than" in message(build_docx(body), "big.docx")


def test_xml_entity_bomb_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    data = build_docx("")
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = bomb.encode() + content.split(b"?>", 1)[1]
            target.writestr(info, content)
    assert "DTD" in message(buffer.getvalue(), "bomb.docx")


def test_xml_nesting_depth_limit():
    deep = "<w:sdt><w:sdtContent>" * 200 + docx_paragraph(docx_run("x")) + "</w:sdtContent></w:sdt>" * 200
    assert "nests more than" in message(build_docx(deep), "deep.docx")


def test_odt_nesting_depth_limit():
    deep = "<text:section>" * 300 + "<text:p>x</text:p>" + "</text:section>" * 300
    assert "nests more than" in message(build_odt(deep), "deep.odt")


def test_rtf_nesting_depth_limit():
    data = b"{\\rtf1 " + b"{" * 5000 + b"x" + b"}" * 5000 + b"}"
    assert "nests more than" in message(data, "deep.rtf")


def test_pdf_page_count_limit(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 2)
    pages = [[(50, 700, f"Page text {n}.", 10)] for n in range(3)]
    assert "too many pages" in message(build_pdf(pages), "long.pdf")


def test_damaged_pdf():
    assert "damaged" in message(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "broken.pdf")


def test_damaged_docx():
    assert "damaged" in message(b"PK\x03\x04" + b"\x00" * 40, "broken.docx")


def test_docx_split_runs_make_one_style():
    body = docx_paragraph(docx_run("op", b=True) + docx_run("en", b=True) + docx_run(" door"))
    doc = document_from_bytes(build_docx(body), "x.docx")
    assert [(s.kind, doc.text[s.start : s.end]) for s in doc.styles] == [("bold", "open")]


def test_markup_dense_markdown_is_refused_quickly_when_forced():
    import time

    from app.documents import document_from_string

    text = "[" * 20000 + "](" * 20000
    start = time.monotonic()
    with pytest.raises(DocumentError, match="too much inline markup"):
        document_from_string(text, "x.md", read_as="markdown")
    assert time.monotonic() - start < 2


def test_markup_dense_txt_falls_back_to_plain_text():
    from app.documents import document_from_string

    text = "**bold** " + "&amp;" * 50000
    doc = document_from_string(text, "x.txt")
    assert doc.read_as == "text" and doc.text == text


def test_an_rtf_of_too_many_paragraphs_is_refused_as_they_are_written(monkeypatch: pytest.MonkeyPatch) -> None:
    # It was refused only once all of them were read and walked: 1 MiB of 'a\\par ' took 5.8 s.
    from app.documents import rtf_reader

    monkeypatch.setattr(rtf_reader, "MAX_BLOCKS", 10)
    data = b"{\\rtf1\\ansi " + b"a\\par " * 1000 + b"}"
    with pytest.raises(DocumentError, match="too many paragraphs"):
        rtf_reader.read_rtf(data, "many.rtf")
    assert message(data, "many.rtf") == "many.rtf: the text has too many paragraphs (more than 10)"
