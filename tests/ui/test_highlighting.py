"""Pane documents: offsets map to Qt positions, differences carry their id and style."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from app import compare
from ui.panes.highlighting import DIFF_ID, OffsetMap, build_document
from ui.panes.inline_view import build_inline


def test_offset_map_handles_characters_outside_the_bmp() -> None:
    text = "a😀b😀c"
    omap = OffsetMap(text)
    assert [omap.to_qt(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert [omap.to_py(omap.to_qt(i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert OffsetMap("plain").to_qt(3) == 3


def test_differences_are_painted_with_their_id(qapp, long_texts) -> None:  # type: ignore[no-untyped-def]
    comparison = compare(*long_texts)
    for side in ("left", "right"):
        qdoc = build_document(comparison.document(side), comparison, side, dark=False)
        assert qdoc.toPlainText() == comparison.document(side).text
        for diff in comparison.differences:
            span = diff.span(side)
            if span is None:
                continue
            cursor = QTextCursor(qdoc)
            cursor.setPosition(span[0] + 1)
            fmt = cursor.charFormat()
            assert fmt.property(DIFF_ID) == diff.id
            assert fmt.background().color().alpha() > 0


def test_emoji_text_keeps_highlights_on_the_right_words(qapp) -> None:  # type: ignore[no-untyped-def]
    left = "Fans 😀 cheered the team.\n\nThe mayor spoke at noon."
    right = "Fans 😀 cheered the team.\n\nThe mayor spoke at dawn."
    comparison = compare(left, right)
    qdoc = build_document(comparison.right, comparison, "right", dark=True)
    omap = OffsetMap(right)
    diff = next(d for d in comparison.differences if d.right)
    cursor = QTextCursor(qdoc)
    cursor.setPosition(omap.to_qt(diff.right[0]))
    cursor.setPosition(omap.to_qt(diff.right[1]), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == right[diff.right[0]:diff.right[1]].replace("\n", "\u2029")


def test_inline_redline_reads_the_copy_with_the_original_struck(long_texts) -> None:  # type: ignore[no-untyped-def]
    comparison = compare(*long_texts)
    inline = build_inline(comparison)
    # The copy's text is all there, in order (the original's words are only inserted).
    it = iter(inline.text)
    assert all(ch in it for ch in comparison.right.text)
    for diff in comparison.differences:
        s, e = inline.spans[diff.id]
        assert 0 <= s <= e <= len(inline.text)
        if diff.kind == "omitted":
            assert inline.text[s:e].strip() == comparison.left.text[slice(*diff.left)].strip()
    struck = [r for r in inline.runs if r[3] == "struck"]
    assert any("sentence 1 says" in inline.text[r[0]:r[1]] or "says" in inline.text[r[0]:r[1]]
               for r in struck)



def _blocks_started(text: str) -> int:
    """How many new blocks QTextCursor.insertText starts for ``text``."""
    return sum(text.count(mark) for mark in "\n\r\u2029\ufdd0\ufdd1")


@given(st.text(alphabet="ab\n\u2029\r", max_size=300), st.integers(0, 300), st.integers(0, 300))
def test_the_text_goes_in_by_pieces_of_bounded_characters_and_lines(text: str, a: int, b: int) -> None:
    # A piece is one insertText: 87,000 one-letter lines in one held the window 0.33 s, and
    # 149,000 words between paragraph separators (U+2029, a block to Qt too) 0.19 s.
    import ui.panes.highlighting as highlighting

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(highlighting, "TEXT_STEP", 17)
        patch.setattr(highlighting, "LINES_STEP", 3)
        for first, last, pieces in ((0, len(text), list(highlighting.text_pieces(text))),
                                    (start, end, list(highlighting.text_pieces(text, start, end, 11)))):
            assert "".join(text[s:e] for s, e in pieces) == text[first:last]
            assert all(0 < e - s <= 17 and _blocks_started(text[s:e]) <= 3 for s, e in pieces)
            assert all(p[1] == q[0] for p, q in itertools.pairwise(pieces))
            assert not pieces or pieces[0][0] == first


def test_a_difference_over_many_lines_is_painted_a_piece_at_a_time(qapp) -> None:  # type: ignore[no-untyped-def]
    # Qt merges a format block by block: one difference over 262,000 lines merged at once held
    # the window 0.28 s. Each merge covers at most LINES_STEP blocks, with a step between.
    import ui.panes.highlighting as highlighting
    from app import Document

    left = Document.from_text("a\n" * 9_000, "original.txt")
    right = Document.from_text("b\n" * 4_500 + "changed words\n" + "b\n" * 4_500, "copy.txt")
    comparison = compare(left, right)
    assert max(d.right[1] - d.right[0] for d in comparison.differences if d.right) > 8_000
    selected: list[tuple[int, int]] = []
    real = highlighting._select

    def select(cursor, omap, start, end):  # type: ignore[no-untyped-def]
        selected.append((start, end))
        real(cursor, omap, start, end)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(highlighting, "_select", select)
        qdoc = build_document(right, comparison, "right", dark=False)
    assert selected and max(right.text.count("\n", s, e) for s, e in selected) <= highlighting.LINES_STEP
    cursor = QTextCursor(qdoc)
    cursor.setPosition(right.text.index("changed") + 2)
    assert cursor.charFormat().property(DIFF_ID) is not None
    # The body's line height is on every block, set before the text went in.
    assert {qdoc.findBlockByNumber(n).blockFormat().lineHeight() for n in range(0, qdoc.blockCount(), 97)} == {135}


def test_the_redline_snaps_an_insertion_point_as_the_comparison_says(long_texts) -> None:  # type: ignore[no-untyped-def]
    # The index of the copy's passages gives what asking the comparison gave (scanning all its
    # matches and differences for each point: 1.5 s for a 1 MB pair).
    from ui.panes.inline_view import _snapper

    comparison = compare(*long_texts)
    right = comparison.right.text
    snap = _snapper(comparison)

    def asked(at: int) -> int:
        if at == 0 or right[at - 1] == "\n":
            return at
        ends = [m.right[1] for m in comparison.matches_in("right", at, at)]
        ends += [d.right[1] for d in comparison.differences_in("right", at, at) if d.right]
        return max(ends, default=at)

    assert all(snap(at) == asked(at) for at in range(0, len(right) + 1, 7))
