"""Matching blocks as difflib finds them, with a budget of steps (app/facts/wordmatch.py)."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

from app.facts import wordmatch
from app.facts.wordmatch import matching_blocks, opcodes


def test_the_blocks_and_opcodes_are_difflibs() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        vocabulary = rng.choice(["ab", "abc", "abcdefgh", "abcdefghijklmnopqrstuvwxyz"])
        a = [rng.choice(vocabulary) for _ in range(rng.randrange(0, 30))]
        b = [rng.choice(vocabulary) for _ in range(rng.randrange(0, 30))]
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        blocks, _ = matching_blocks(a, b, 10**9)
        assert blocks == [tuple(block) for block in matcher.get_matching_blocks()]
        assert opcodes(blocks) == matcher.get_opcodes()


def test_the_steps_are_the_pairs_of_equal_words_walked() -> None:
    # 300 words of one word against the same with one changed: difflib walks every pair of
    # equal words (90,000) in each search for a longest match.
    a = ["a"] * 300
    b = ["a"] * 150 + ["b"] + ["a"] * 149
    blocks, steps = matching_blocks(a, b, 10**9)
    assert blocks == [(0, 0, 150), (150, 151, 149), (300, 300, 0)]
    assert steps > 300 * 299


def test_past_the_limit_it_gives_up_within_a_row() -> None:
    a = b = ["a"] * 300
    blocks, steps = matching_blocks(a, b, 5_000)
    assert blocks is None
    assert 5_000 < steps <= 5_000 + 301 + wordmatch.SEARCH_STEPS
    assert matching_blocks(a, b, 599 + wordmatch.CALL_STEPS) == (None, 0)  # the words alone are over: nothing walked
