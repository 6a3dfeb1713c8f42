"""Words kept in order (app/engine/similarity.py): difflib's count where it is cheap, an exact
longest common subsequence elsewhere, and bounded time whatever the words."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from app import Document, compare
from app.engine.similarity import ORDERED_PAIRS, ORDERED_PRODUCT, kept_in_order, places

WORDS = st.lists(st.integers(0, 6), max_size=90) | st.lists(st.integers(0, 400), max_size=90)


def _longest_common(a: list[int], b: list[int]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        row = [0]
        for k, y in enumerate(b):
            row.append(previous[k] + 1 if x == y else max(previous[k + 1], row[k]))
        previous = row
    return previous[-1]


def _pairs(a: list[int], b: list[int]) -> int:
    return sum(b.count(word) for word in a)


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS)
def test_kept_in_order_is_difflibs_count_where_cheap_and_exact_elsewhere(a: list[int], b: list[int]) -> None:
    got = kept_in_order(a, b)
    assert got == kept_in_order(a, b, places(a), places(b))
    assert got <= _longest_common(a, b)
    if len(a) * len(b) <= ORDERED_PRODUCT and _pairs(a, b) <= len(a) + len(b):
        assert got == sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    elif _pairs(a, b) <= ORDERED_PAIRS * (len(a) + len(b)):
        assert got == _longest_common(a, b)


def test_a_long_sentence_of_one_word_repeated_is_compared_at_once() -> None:
    # "Mr Mr Mr ..." ends no sentence: 8,333 words of one sentence against 8,337 of its copy, which
    # difflib counted in time growing with the square of their equal pairs (66 s).
    text = "Mr " * 8_333
    kept = kept_in_order(["Mr"] * 8_333, ["Mr"] * 8_337)  # no word said once: none counted
    assert kept == 0
    copy = text[:12_501] + "new words " + text[12_501:]
    comparison = compare(Document.from_text(text, "a"), Document.from_text(copy, "b"))
    [changed] = comparison.differences
    assert changed.kind == "changed" and len(changed.edits) == 1
    (edit,) = changed.edits
    assert edit.op == "insert" and copy[edit.right[0]:edit.right[1]] == "new words"
