"""Property tests: any input gives a Document or a DocumentError, spans in range."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.documents import Document, DocumentError, document_from_bytes, document_from_string
from app.documents.repair import JUNK_CONTROL, repair_text

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = [
    *(string.ascii_letters[:8] + " \n\t*_`#>-+.![]()<>/\\&;=\"'$|~:1"),
    *["\r\n", "**", "__", "<u>", "</u>", "<b>", "</b>", "](http://x)", "&amp;", "é", "\u00a0"],
]
MARKDOWNISH = st.lists(st.sampled_from(_PIECES), max_size=150).map("".join)


def assert_well_formed(doc: Document) -> None:
    assert isinstance(doc.text, str)
    for block in doc.blocks:
        assert 0 <= block.start < block.end <= len(doc.text)
        assert block.kind in ("heading", "paragraph", "list_item", "quote")
    for style in doc.styles:
        assert 0 <= style.start < style.end <= len(doc.text)
        assert style.kind in ("bold", "italic", "underline", "strike", "code", "link")
    starts = [b.start for b in doc.blocks]
    assert starts == sorted(starts)


@FAST
@given(st.binary(max_size=2000), st.sampled_from(["", "a.txt", "a.md", "a"]))
def test_any_bytes_give_a_document_or_a_document_error(data, name):
    try:
        doc = document_from_bytes(data, name)
    except DocumentError as error:
        assert "\n" not in str(error)
        return
    assert_well_formed(doc)


@FAST
@given(MARKDOWNISH, st.sampled_from(["auto", "markdown", "text"]))
def test_any_markdownish_text_gives_well_formed_document(text, read_as):
    try:
        doc = document_from_string(text, "x.txt", read_as)
    except DocumentError:
        assert not text.strip() or read_as != "text"
        return
    assert_well_formed(doc)


@FAST
@given(st.text(max_size=500))
def test_plain_text_mode_preserves_every_non_newline_character(text):
    # Apart from the repairs every text gets (C1 controls, mojibake, NULs).
    try:
        doc = document_from_string(text, "x.txt", "text")
    except DocumentError:
        # Empty once a leading byte-order mark is dropped, or binary.
        assert not text.removeprefix("\ufeff").strip() or JUNK_CONTROL.search(text)
        return
    expected = repair_text(text.removeprefix("\ufeff"))
    strip = str.maketrans("", "", "\r\n")
    assert doc.text.translate(strip) == expected.translate(strip)
    assert doc.text == expected.replace("\r\n", "\n").replace("\r", "\n")
    assert_well_formed(doc)


@FAST
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=500))
def test_text_without_controls_or_mojibake_is_kept_exactly(text):
    if repair_text(text) != text:
        return  # mojibake by ftfy's test (such as "ß€", the UTF-8 of "߀")
    try:
        doc = document_from_string(text, "x.txt", "text")
    except DocumentError:
        assert not text.removeprefix("\ufeff").strip()
        return
    assert doc.text == text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


@FAST
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_utf8_bytes_round_trip_in_text_mode(text):
    data = text.encode("utf-8")
    try:
        doc = document_from_bytes(data, "x.txt", "text")
    except DocumentError:
        return
    if doc.encoding in ("utf-16-le", "utf-16-be"):
        # The bytes of "a\x00b\x00" are also UTF-16 of "ab", read so.
        assert "\x00" in text
        return
    expected = repair_text(text.removeprefix("\ufeff"))
    assert doc.text == expected.replace("\r\n", "\n").replace("\r", "\n")


@FAST
@given(st.text(alphabet="ab\n", max_size=60), st.data())
def test_line_of_counts_the_newlines_before_the_offset(text: str, data: st.DataObject) -> None:
    # Reports say "original line 12" for thousands of differences: the newlines are found once
    # for the document and each line number is a search, counted the same as from the start.
    document = Document(text=text)
    offsets = data.draw(st.lists(st.integers(0, len(text)), max_size=10))
    for offset in offsets:
        assert document.line_of(offset) == text.count("\n", 0, offset) + 1
