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



@given(st.text(alphabet="ab\n", max_size=300))
def test_the_text_goes_in_by_pieces_of_bounded_characters_and_lines(text: str) -> None:
    # A piece is one insertText: 87,000 one-letter lines in one held the window 0.33 s.
    import ui.panes.highlighting as highlighting

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(highlighting, "TEXT_STEP", 17)
        patch.setattr(highlighting, "LINES_STEP", 3)
        pieces = list(highlighting.text_pieces(text))
    assert "".join(text[start:end] for start, end in pieces) == text
    assert all(0 < end - start <= 17 and text[start:end].count("\n") <= 3 for start, end in pieces)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))


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
