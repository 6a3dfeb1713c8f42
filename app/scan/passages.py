"""Borrowed passages of one comparison, as the scan reports them.

The one place where the scan reads passages from a Comparison. The engine
does not group its links into passages yet (issue 12 adds
``Comparison.passages``); until it does, links are grouped here: identical
matches and changed or moved pairs, in the copy's order, join one passage
while they follow on in both texts with at most a short unlinked piece
between them (a heading, a date line, a sentence the copy folded in). When
the engine's passages land, ``borrowed_passages`` reads them instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.engine.records import Comparison, Edit
from app.scan.records import Passage, Span

#: Longest unlinked piece (non-space characters, on either side) that a passage spans.
MAX_GAP = 120
# What makes a passage evidence of borrowing (``is_evidence``). Two articles on one story
# share names and stock phrases, and the engine may link such sentences loosely ("Shadow
# foreign secretary Michael Ancram told MPs..." / "...Michael Ancram said...", 0.31; three
# linked sentences at 0.33 between two reports of one interest-rate rise). A copy that
# borrowed shows one sentence taken closely, or a run of linked sentences: the longer the
# run, the looser each link may be. Measured on the 125 unrelated documents of six scan sets
# (tools/scanset.py, seeds 1-6, 10 originals each) that passed the candidate stage: single
# links at most 0.72, runs of two at most 0.42, longer runs at most 0.33. PAN pairs that
# borrow under random word edits, translation or summary: 54-60% of those the engine links
# keep a passage above these bars (verbatim: 73 of 77).
SINGLE_SIMILARITY = 0.8   # one linked sentence, at least this similar ...
SINGLE_CHARS = 40         # ... and at least this many non-space characters in the copy
PAIR_SIMILARITY = 0.5     # two linked sentences in a row
RUN_SIMILARITY = 0.4      # three or more
# A rewrite of the whole text (the bundled AI rewrite of the sample) has many loose links,
# each too weak alone but together covering much of the original: similarity-weighted linked
# text of 0.16 of the original for the sample, at most 0.08 for the 125 unrelated documents.
MIN_MASS = 0.12


@dataclass(frozen=True, slots=True)
class _Link:
    left: Span
    right: Span
    similarity: float
    ref: int | str
    edits: tuple[Edit, ...] = ()


def borrowed_passages(comparison: Comparison) -> tuple[Passage, ...]:
    """The copy's borrowed passages, in the copy's order."""
    links = _links(comparison)
    lt, rt = comparison.left.text, comparison.right.text
    runs: list[list[_Link]] = []
    for link in links:
        if runs and _follows(runs[-1][-1], link, lt, rt):
            runs[-1].append(link)
        else:
            runs.append([link])
    out = []
    for run in runs:
        left = (min(x.left[0] for x in run), max(x.left[1] for x in run))
        right = (run[0].right[0], max(x.right[1] for x in run))
        weights = [max(1, x.right[1] - x.right[0]) for x in run]
        similarity = sum(w * x.similarity for w, x in zip(weights, run, strict=True)) / sum(weights)
        deleted = tuple((e.left[0] - left[0], e.left[1] - left[0])
                        for x in run for e in x.edits if e.op == "delete" and e.left is not None)
        inserted = tuple((e.right[0] - right[0], e.right[1] - right[0])
                         for x in run for e in x.edits if e.op == "insert" and e.right is not None)
        out.append(Passage(left, right, similarity, lt[left[0]:left[1]], rt[right[0]:right[1]],
                           tuple(x.ref for x in run), tuple(sorted(deleted)), tuple(sorted(inserted))))
    return tuple(out)


def is_evidence(passage: Passage) -> bool:
    """Is this passage evidence that the copy borrowed (not a loose link between two texts on one story)?"""
    links = len(passage.links)
    if links >= 3:
        return passage.similarity >= RUN_SIMILARITY
    if links == 2:
        return passage.similarity >= PAIR_SIMILARITY
    return (passage.similarity >= SINGLE_SIMILARITY
            and len("".join(passage.right_text.split())) >= SINGLE_CHARS)


def borrowed(comparison: Comparison, passages: tuple[Passage, ...]) -> bool:
    """Did the copy borrow: one passage that is evidence, or loose links that add up (MIN_MASS)?"""
    return any(is_evidence(p) for p in passages) or similarity_mass(comparison) >= MIN_MASS


def similarity_mass(comparison: Comparison) -> float:
    """The copy's linked text, each link weighted by its similarity, as a share of the original
    (non-space characters of both)."""
    rt = comparison.right.text
    mass = sum(x.similarity * _count(rt, *x.right) for x in _links(comparison))
    return mass / max(1, _count(comparison.left.text, 0, len(comparison.left.text)))


def _count(text: str, start: int, end: int) -> int:
    return len("".join(text[start:end].split()))


def _links(c: Comparison) -> list[_Link]:
    """Every linked pair of article text (page furniture aside), in the copy's order."""
    links = [_Link(m.left, m.right, m.similarity, f"m{i}") for i, m in enumerate(c.matches)]
    links += [_Link(d.left, d.right, d.similarity if d.similarity is not None else 1.0, d.id, d.edits)
              for d in c.differences
              if d.kind in ("changed", "moved") and not d.furniture
              and d.left is not None and d.right is not None]
    links.sort(key=lambda x: (x.right[0], x.left[0]))
    return links


def _follows(prev: _Link, link: _Link, lt: str, rt: str) -> bool:
    """Does ``link`` carry on the passage that ``prev`` ends, in both texts?"""
    if link.left[0] < prev.left[1] - 1 or link.right[0] < prev.right[1] - 1:
        return False  # out of order on one side (a moved piece), or overlapping
    return (_non_space(lt, prev.left[1], link.left[0]) <= MAX_GAP
            and _non_space(rt, prev.right[1], link.right[0]) <= MAX_GAP)


def _non_space(text: str, start: int, end: int) -> int:
    if end - start > 16 * MAX_GAP:  # bounded work: so long a gap is too long whatever it holds
        return MAX_GAP + 1
    return len("".join(text[start:end].split()))
