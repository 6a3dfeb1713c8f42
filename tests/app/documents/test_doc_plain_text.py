"""Plain-text mode keeps every character but line endings and a leading BOM."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents import document_from_bytes, document_from_string, read_document

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
CORPUS = Path("/work/shared/corpus/bbc")


def test_text_is_the_file_with_only_line_endings_normalised(write_file):
    raw = "  Title  \r\n\r\nFirst  line\twith\u00a0spaces \rsecond\n\n\n\nlast   \n"
    doc = read_document(write_file("a.txt", raw))
    assert doc.read_as == "text"
    assert doc.text == raw.replace("\r\n", "\n").replace("\r", "\n")


def test_leading_bom_dropped_and_nothing_else(write_file):
    doc = read_document(write_file("a.txt", "\ufeffHello\u2028world\u2029 x\ufeff".encode()))
    assert doc.text == "Hello\u2028world\u2029 x\ufeff"
    assert doc.encoding == "utf-8-sig"


def test_paragraph_blocks_between_blank_lines(write_file):
    doc = read_document(write_file("a.txt", "One line\nstill one.\n\nTwo.\n"))
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["One line\nstill one.", "Two."]
    assert all(b.kind == "paragraph" for b in doc.blocks)
    assert doc.styles == ()


@pytest.mark.parametrize(
    "text",
    [
        "Rolls-Royce won a $1.13bn (£600m) order. Shares rose 5%.",
        "A study from the University of Delaware*, found that 70% were no worse off.",
        "The #1 seller [of dividends and other income] rose 2*3 = 6 times.",
        "Use C:\\Users\\me\\file.txt and \\\\server\\share please.",
        "Prices (in brackets) [sic] and a_b_c or 5 * 3 * 2, <no tags here>.",
        "1. Point one\n2. Point two\n- dash item\n# not a heading, just a hash",
        "a < b and c > d, then x<y>z.",
        "Python calls __init__ and __main__ by name.",
    ],
)
def test_ordinary_text_stays_plain(text):
    doc = document_from_string(text, "story.txt")
    assert doc.read_as == "text"
    assert doc.text == text


def test_rewrite_sample_is_plain_text():
    path = SAMPLES / "putin-minerals-rewrite.txt"
    doc = read_document(path)
    assert doc.read_as == "text"
    assert doc.text == path.read_bytes().decode("utf-8").replace("\r\n", "\n")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared BBC corpus not available")
def test_every_bbc_corpus_file_is_plain_text_and_unchanged():
    files = sorted(CORPUS.glob("*/*.txt"))
    assert files
    for path in files:
        doc = read_document(path)
        assert doc.read_as == "text", path
        raw = path.read_bytes().decode(doc.encoding)
        assert doc.text == raw.replace("\r\n", "\n").replace("\r", "\n"), path


def test_forced_text_mode_keeps_markup(write_file):
    raw = "# Title\n\n**bold** and \\$5"
    doc = read_document(write_file("a.md", raw), read_as="text")
    assert doc.read_as == "text"
    assert doc.text == raw


def test_bytes_and_string_entry_points_agree():
    raw = "line one\r\nline two\r\n"
    assert document_from_bytes(raw.encode()).text == document_from_string(raw).text
    assert document_from_string(raw).text == "line one\nline two\n"


def test_text_mentioning_a_pdf_header_stays_text():
    text = "Every PDF file starts with %PDF-1.7 and ends with %%EOF, as this note explains."
    doc = document_from_string(text, "note.txt")
    assert doc.read_as == "text" and doc.text == text
    assert document_from_bytes(text.encode(), "note.txt").text == text


def test_exactly_one_leading_bom_is_dropped():
    assert document_from_bytes(b"\xef\xbb\xbf\xef\xbb\xbfHi", "a.txt").text == "\ufeffHi"
    assert document_from_string("\ufeff\ufeffHi", "a.txt").text == "\ufeffHi"
    assert document_from_bytes("\ufeffHi".encode("utf-16"), "a.txt").text == "\ufeffHi"  # codec adds a BOM


def test_lone_surrogates_of_a_paste_read_as_replacement_characters():
    # nh3 encodes to UTF-8: pasted HTML with one was refused, a pasted page lost the text after it.
    from app.documents import document_from_string

    for text, mode in (("<p>a\ud800b</p>", "html"), ("<!doctype html><html><body><p>a\udfffb</p>", "auto"),
                       ("a\ud800b", "auto")):
        assert document_from_string(text, read_as=mode).text == "a\ufffdb"
