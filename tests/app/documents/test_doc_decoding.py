"""Encodings: BOMs, UTF-8, UTF-16 with and without BOM, cp1252/latin-1."""

from __future__ import annotations

import codecs
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents import DocumentError, document_from_bytes, read_document
from app.documents.repair import repair_text

TEXT = "The café’s “crème brûlée” cost £5 – naïve, 100% sure.\nSecond line.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(data, encoding, write_file):
    doc = read_document(write_file("a.txt", data))
    assert doc.text == TEXT
    assert doc.encoding == encoding
    assert doc.read_as == "text"


@pytest.mark.parametrize(
    "text",
    [
        "café",
        "naïve résumé",
        "Grüße aus München",
        "Señor Muñoz paid €20 — “fine”.",
        "Ça a coûté 5 £ à l’hôtel.",
    ],
)
def test_short_western_texts_are_cp1252_not_an_exotic_code_page(text):
    doc = document_from_bytes(text.encode("cp1252"), "a.txt")
    assert doc.text == text
    assert doc.encoding == "cp1252"


def test_latin1_bytes_read():
    text = "Ångström naïve façade déjà vu"
    assert document_from_bytes(text.encode("latin-1"), "a.txt").text == text


def test_cyrillic_cp1251_is_not_forced_into_cp1252():
    text = "Президент России заявил, что готов предложить американским партнёрам ресурсы."
    doc = document_from_bytes(text.encode("cp1251"), "a.txt")
    assert doc.text == text


def test_crlf_in_utf16_normalised():
    doc = document_from_bytes("a\r\nb\rc".encode("utf-16"), "a.txt")
    assert doc.text == "a\nb\nc"


def test_broken_bom_marked_text_is_an_error():
    with pytest.raises(DocumentError, match="UTF-16"):
        document_from_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", "a.txt")


def test_markdown_in_utf16_file(write_file):
    doc = read_document(write_file("a.md", "# Título\n\n**negrita**".encode("utf-16")))
    assert doc.text == "Título\n\nnegrita"
    assert doc.encoding == "utf-16"


def test_html_meta_charset_is_honoured_when_not_utf8():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
        "</head><body><p>Zażółć gęślą jaźń.</p></body></html>"
    )
    doc = document_from_bytes(page.encode("cp1250"), "page.html")
    assert doc.encoding == "cp1250"
    assert doc.text == "Zażółć gęślą jaźń."


def test_unknown_meta_charset_is_ignored():
    page = '<html><head><meta charset="bogus-9"></head><body><p>café</p></body></html>'
    assert document_from_bytes(page.encode("cp1252"), "page.html").text == "café"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_ascii_text_in_utf16_without_bom_is_text_not_binary(codec):
    # Every other byte is NUL, which is also valid UTF-8: it must not be called binary.
    text = "Prices rose 4% in March, the office said.\nSecond line.\n"
    doc = document_from_bytes(text.encode(codec), "a.txt")
    assert doc.text == text
    assert doc.encoding == codec


_WESTERN_TEXT = st.text(
    alphabet=st.sampled_from(string.ascii_letters + " .,;:'\"!?-\n0123456789éèàçüöäßñ’“”—€"),
    min_size=1, max_size=200,
).filter(lambda t: sum(c.isalpha() for c in t) >= 4)


@settings(max_examples=200, deadline=None)
@given(_WESTERN_TEXT, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]))
def test_western_text_decodes_to_itself_in_any_unicode_encoding(text, codec):
    doc = document_from_bytes(text.encode(codec), "a.txt", "text")
    # Up to mojibake repair, which takes "ß€" for the UTF-8 of "߀" as ftfy does.
    assert doc.text == repair_text(text).replace("\r\n", "\n")


@pytest.mark.parametrize("charset", ["rot13", "zlib", "base64", "hex", "bz2", "uu", "quopri", "undefined", "utf-7",
                                     "idna", "punycode", "unicode_escape", "raw_unicode_escape"])
def test_a_page_declaring_a_codec_that_is_no_page_encoding_is_read_as_if_it_declared_none(charset: str) -> None:
    # '<meta charset="rot13">' on a page that is not UTF-8 was a traceback ("not a text encoding").
    doc = document_from_bytes(f'<meta charset="{charset}"><p>caf\xe9 +AGE- \\x41</p>'.encode("latin-1"), "x.html")
    assert (doc.text, doc.encoding) == ("café +AGE- \\x41", "cp1252")
