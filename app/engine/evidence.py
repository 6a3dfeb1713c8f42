"""Which sentence links the texts give evidence for.

Two articles on one subject share words by the dozen: "Leave the dam alone to
work." and "It is wise to leave the dog alone" share two meaningful words
and nothing else. A link needs evidence: a sentence pair that shares enough
rare words on its own (a seed), or a pair that sits beside other linked
pairs in the same order in both texts (a passage carried over). A weak pair
far from any seed is a coincidence of subject, and is dropped.
"""

from __future__ import annotations

import bisect

from app.engine.similarity import Profiles

# A link standing on its own must be this similar and share this many meaningful words.
SEED_SIMILARITY = 0.6
SEED_WORDS = 4
# ... or be an identical sentence with this many meaningful words.
SEED_EXACT_WORDS = 3
# A link is carried by a neighbour linked within this many sentences, in the same order.
NEAR = 3


def is_seed(profiles: Profiles, i: int, j: int, exact: bool) -> bool:
    """Whether the link (i, j) is evidence enough on its own."""
    shared = profiles.content_count(profiles.left[i] & profiles.right[j])
    if exact:
        return shared >= SEED_EXACT_WORDS
    return shared >= SEED_WORDS and profiles.dice(i, j) >= SEED_SIMILARITY


def supported(links: list[tuple[int, int]], seeds: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The links reachable from a seed through neighbours that follow on in both texts.

    Two links are neighbours when they are at most NEAR sentences apart on each
    side and in the same order (or share a sentence: a merge or a split)."""
    by_right = sorted(links, key=lambda x: (x[1], x[0]))
    rights = [j for _, j in by_right]
    kept = set(seeds)
    stack = list(seeds)
    while stack:
        i, j = stack.pop()
        lo = bisect.bisect_left(rights, j - NEAR)
        hi = bisect.bisect_right(rights, j + NEAR)
        for k in range(lo, hi):
            i2, j2 = by_right[k]
            if (i2, j2) in kept or abs(i2 - i) > NEAR:
                continue
            if (i2 - i) * (j2 - j) >= 0:
                kept.add((i2, j2))
                stack.append((i2, j2))
    return kept
