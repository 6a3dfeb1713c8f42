"""Word edits of pairs that share a shape are diffed once and placed on each pair's own words."""

from __future__ import annotations

from app.engine.options import CompareOptions
from app.engine.words import Shapes, word_edits

SHAPES: Shapes = {}  # one comparison's shapes, shared by the calls below as build() shares them


def _edits(left: str, right: str) -> list[tuple[str, str]]:
    wd = word_edits(left, (0, len(left)), right, (0, len(right)), CompareOptions(), SHAPES)
    return [(e.op, left[e.left[0]:e.left[1]] if e.left else right[e.right[0]:e.right[1]]) for e in wd.edits]


def test_pairs_of_one_shape_each_get_their_own_words():
    first = _edits("Line 3 says the value was 21 units.", "Added line 3 of the copy alone.")
    again = _edits("Line 5 says the value was 35 units.", "Added line 5 of the copy alone.")
    assert [op for op, _ in first] == [op for op, _ in again]
    assert len(SHAPES) >= 1  # the second pair was read from the first one's shape
    assert "21" in " ".join(word for _, word in first)
    assert "35" in " ".join(word for _, word in again) and "21" not in " ".join(word for _, word in again)


def test_a_shared_shape_is_not_changed_by_its_users():
    before = _edits("The cat sat on the mat today.", "The dog sat on the rug today.")
    for _ in range(3):
        assert _edits("The cat sat on the mat today.", "The dog sat on the rug today.") == before
    # Same codes, but other words are meaningful: the clean-up may differ, the spans stay right.
    other = _edits("A b c d e f g.", "A x c d y f g.")
    assert all(word.strip() for _, word in other)
