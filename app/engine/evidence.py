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
from collections import Counter
from itertools import chain as joined
from itertools import pairwise

from app.engine.similarity import Profiles

# A link standing on its own shares this many meaningful words at this similarity (or more):
# fewer words are evidence only in a closer pair.
SEED_TIERS = ((4, 0.6), (3, 0.7), (2, 0.85))
# ... or share this many meaningful words in the same order (a passage whose words were
# swapped, cut or replaced here and there keeps the order of the rest).
SEED_ORDERED = 6
SEED_ORDERED_SIMILARITY = 0.37
# ... or be an identical sentence with this many meaningful words.
SEED_EXACT_WORDS = 3
# A copy is a version of the original when its links explain this share of both texts'
# weighted words (the geometric mean of the two shares: a rewrite that drops half of a
# page full of menus still counts; a copy whose borrowed passages make up a tenth of it
# does not, however much of the original they take).
RELATED = 0.35
# In short texts there is little to coincide with: a pair of sentences that each make up
# this share of their text's weighted words is a seed when it passes the linking bar.
SEED_SHARE = 0.25
# A short sentence of one text that a much longer one of the other holds nearly whole, in
# order (a list of lines the copy ran together into one paragraph, a heading folded into a
# sentence): this share of its weighted words, this many meaningful words in order.
CONTAINED = 0.8
CONTAINED_WORDS = 5
CONTAINED_LONGER = 2.0
# A link is carried by a neighbour linked within this many sentences, in the same order.
NEAR = 3
# Links that follow one another (at most CHAIN_RIGHT sentences apart in the copy, and
# CHAIN_LEFT in the original, in order) are evidence together when they share this
# many meaningful words in all and one of them is this similar: a reworded passage.
CHAIN_RIGHT = 3
CHAIN_LEFT = 15
CHAIN_WORDS = 6
CHAIN_SIMILARITY = 0.35
CHAIN_LINK_WORDS = 2
# Links that follow one another in the copy but come from one stretch of the original in
# another order (a copy that shuffles the sentences it takes) are evidence together when
# there are this many of them, sharing this many meaningful words in all.
CLUSTER_LINKS = 2
CLUSTER_WORDS = 8
CLUSTER_LEFT = 8
# Two texts on one subject name it again and again: a meaningful word in this share of the
# sentences of both texts together, and in this many sentences of each at least, says what
# they are about, not that one sentence was taken from the other. When all the evidence
# that a copy borrows is one passage (no two links more than LONE_GAP sentences apart in
# the copy) that shares such words, it shares this many meaningful words besides them, or
# it is two texts on one subject that both name it in a title and both define it first.
SUBJECT_SHARE = 0.1
SUBJECT_SENTENCES = 2
LONE_GAP = NEAR
LONE_WORDS = 4


def subject_words(profiles: Profiles) -> set[int]:
    """The meaningful words frequent in both texts: what they are about."""
    left = Counter(joined.from_iterable(profiles.left))  # in how many sentences of each text
    right = Counter(joined.from_iterable(profiles.right))
    least = SUBJECT_SHARE * (len(profiles.left) + len(profiles.right))
    content = profiles.is_content
    return {t for t, n in left.items()
            if content[t] and min(n, right[t]) >= SUBJECT_SENTENCES and n + right[t] >= least}


def lone_passage(profiles: Profiles, links: set[tuple[int, int]]) -> bool:
    """Whether the links make a single passage that shares words of the two texts' subject and
    fewer than LONE_WORDS meaningful words besides: no evidence of borrowing, however closely
    its sentences match (a title naming the subject, a first sentence defining it)."""
    rights = sorted(j for _, j in links)
    if not rights or any(b - a > LONE_GAP for a, b in pairwise(rights)):
        return False
    content = profiles.is_content
    shared = {t for i, j in links for t in profiles.left[i] & profiles.right[j] if content[t]}
    own = shared - subject_words(profiles)
    return own != shared and len(own) < LONE_WORDS


def mostly_related(profiles: Profiles, links: list[tuple[int, int]], repeats: set[int]) -> bool:
    """Whether the links explain much of both texts (the copy's repeats of itself aside): then
    the copy is a version of the original (a rewrite, an edit), and every link that passed
    the bar stands. Measured alike on both sides, so that swapping them changes nothing."""
    left = sum(profiles.left_total[i] for i in {i for i, _ in links})
    right = sum(profiles.right_total[j] for j in {j for _, j in links})
    own = profiles.right_sum - sum(profiles.right_total[j] for j in repeats)
    if profiles.left_sum <= 0 or own <= 0:
        return True
    return (left / profiles.left_sum) * (right / own) >= RELATED * RELATED


def contained(profiles: Profiles, i: int, j: int) -> bool:
    """Whether left sentence i is held nearly whole, in order, by the much longer right
    sentence j (or the other way round)."""
    lt, rt = profiles.left_total[i], profiles.right_total[j]
    short = min(lt, rt)
    if short <= 0 or max(lt, rt) < CONTAINED_LONGER * short:
        return False
    if profiles.shared(profiles.left[i], profiles.right[j]) < CONTAINED * short:
        return False
    return profiles.ordered_shared(i, j) >= CONTAINED_WORDS


def is_seed(profiles: Profiles, i: int, j: int, exact: bool) -> bool:
    """Whether the link (i, j) is evidence enough on its own."""
    if contained(profiles, i, j):
        return True
    if (profiles.left_total[i] >= SEED_SHARE * profiles.left_sum
            and profiles.right_total[j] >= SEED_SHARE * profiles.right_sum):
        return True
    shared = profiles.content_count(profiles.left[i] & profiles.right[j])
    if exact:
        return shared >= SEED_EXACT_WORDS
    sim = profiles.dice(i, j)
    if any(shared >= words and sim >= bar for words, bar in SEED_TIERS):
        return True
    return (shared >= SEED_ORDERED and sim >= SEED_ORDERED_SIMILARITY
            and profiles.ordered_shared(i, j) >= SEED_ORDERED)


def chain_seeds(profiles: Profiles, links: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Links in a chain that follows on in both texts and shares enough words in all."""
    chains: list[list[tuple[int, int]]] = []
    open_ends: dict[int, list[int]] = {}  # right index of a chain's last link -> chain numbers
    for i, j in sorted(links, key=lambda x: (x[1], x[0])):
        if profiles.content_count(profiles.left[i] & profiles.right[j]) < CHAIN_LINK_WORDS:
            continue  # a pair sharing one word is no part of a chain
        home = -1
        for pj in range(j - 1, j - CHAIN_RIGHT - 1, -1):
            for c in open_ends.get(pj, ()):
                pi = chains[c][-1][0]
                if 0 < i - pi <= CHAIN_LEFT and chains[c][-1][1] == pj:
                    home = c
                    break
            if home >= 0:
                break
        if home < 0:
            home = len(chains)
            chains.append([])
        chains[home].append((i, j))
        open_ends.setdefault(j, []).append(home)
    out: set[tuple[int, int]] = set()
    for chain in chains:
        if len(chain) < 2:
            continue
        words = sum(profiles.content_count(profiles.left[i] & profiles.right[j]) for i, j in chain)
        if words >= CHAIN_WORDS and max(profiles.dice(i, j) for i, j in chain) >= CHAIN_SIMILARITY:
            out.update(chain)
    return out


def cluster_seeds(profiles: Profiles, links: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Links close together in both texts, in any order, that share enough words in all."""
    out: set[tuple[int, int]] = set()
    group: list[tuple[int, int]] = []

    def close() -> None:
        if len(group) >= CLUSTER_LINKS:
            words = sum(profiles.content_count(profiles.left[i] & profiles.right[j]) for i, j in group)
            if words >= CLUSTER_WORDS and max(profiles.dice(i, j) for i, j in group) >= CHAIN_SIMILARITY:
                out.update(group)

    lo = hi = 0
    for i, j in sorted(links, key=lambda x: (x[1], x[0])):
        if profiles.content_count(profiles.left[i] & profiles.right[j]) < CHAIN_LINK_WORDS:
            continue  # a pair sharing one word is no part of a cluster
        if group and (j - group[-1][1] > CHAIN_RIGHT or i < lo - CLUSTER_LEFT or i > hi + CLUSTER_LEFT):
            close()
            group = []
        if not group:
            lo = hi = i
        group.append((i, j))
        lo, hi = min(lo, i), max(hi, i)
    close()
    return out


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
