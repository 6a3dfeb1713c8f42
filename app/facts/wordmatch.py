"""Words two sequences share in order, as ``difflib.SequenceMatcher`` finds them, with a budget of steps.

The strict quotation check scores a quotation of the copy against sources
of the original by the words they share in order: the matching blocks of
``SequenceMatcher(None, source, words, autojunk=False)``. Its cost is not
bounded by the lengths: each search for a longest match walks every pair of
equal words, again for each block found. Two quotations of 1,400 words of
one word ('"a a a ... a"', one changed) took 1 s a pair, 32 pairs a
quotation (a megabyte of such quotations: hours); every other word changed,
1,500 words of distinct ones, 0.3 s a pair.

``matching_blocks`` finds the same blocks (the same longest match first,
the same ties broken the same way) and counts its steps: the pairs of equal
words it walks and the words it reads. Past ``limit`` steps it gives up
(None), at most one word's row of pairs past it; the caller decides what an unweighed
pair means.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

# What a call and a search for a longest match cost besides their words, in steps (a short pair of
# seven words takes some 6 us, a step of a long pair 0.07 us).
CALL_STEPS = 40
SEARCH_STEPS = 8
Block = tuple[int, int, int]  # (i, j, size): a[i:i + size] == b[j:j + size]
Opcode = tuple[str, int, int, int, int]


def matching_blocks(a: Sequence[str], b: Sequence[str], limit: int) -> tuple[list[Block] | None, int]:
    """The matching blocks of ``a`` and ``b`` (as ``SequenceMatcher.get_matching_blocks``, the
    dummy last block included) and the steps spent; (None, steps) once past ``limit`` steps, (None,
    0) if the words alone are more than ``limit``."""
    la, lb = len(a), len(b)
    steps = la + lb + CALL_STEPS
    if steps > limit:
        return None, 0
    b2j: dict[str, list[int]] = {}
    for j, word in enumerate(b):
        b2j.setdefault(word, []).append(j)
    found: list[Block] = []
    queue = [(0, la, 0, lb)]
    nothing: list[int] = []
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        steps += SEARCH_STEPS
        # The longest match in a[alo:ahi] and b[blo:bhi], the first in a (then in b) of those as
        # long: SequenceMatcher.find_longest_match without junk. Its walk of every occurrence in b
        # below blo (skipped, one by one) starts here at blo instead: the same matches, fewer steps.
        besti, bestj, bestsize = alo, blo, 0
        j2len: dict[int, int] = {}
        for i in range(alo, ahi):
            positions = b2j.get(a[i], nothing)
            start = bisect_left(positions, blo) if positions and positions[0] < blo else 0
            get = j2len.get
            new: dict[int, int] = {}
            for j in positions[start:]:
                if j >= bhi:
                    break
                k = new[j] = get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            steps += 1 + len(new)
            if steps > limit:  # (checked a word of ``a`` at a time: past the limit by one row at most)
                return None, steps
            j2len = new
        if bestsize:
            found.append((besti, bestj, bestsize))
            if alo < besti and blo < bestj:
                queue.append((alo, besti, blo, bestj))
            if besti + bestsize < ahi and bestj + bestsize < bhi:
                queue.append((besti + bestsize, ahi, bestj + bestsize, bhi))
    found.sort()
    blocks: list[Block] = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in found:  # adjacent blocks joined, as SequenceMatcher does
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                blocks.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        blocks.append((i1, j1, k1))
    blocks.append((la, lb, 0))
    return blocks, steps


def opcodes(blocks: list[Block]) -> list[Opcode]:
    """``SequenceMatcher.get_opcodes`` from the matching blocks."""
    i = j = 0
    answer: list[Opcode] = []
    for ai, bj, size in blocks:
        tag = ""
        if i < ai and j < bj:
            tag = "replace"
        elif i < ai:
            tag = "delete"
        elif j < bj:
            tag = "insert"
        if tag:
            answer.append((tag, i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            answer.append(("equal", ai, i, bj, j))
    return answer
