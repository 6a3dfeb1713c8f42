"""Borrowed passages of one comparison as the scan reports them, and the evidence rule.

The engine groups its links into maximal borrowed passages
(``Comparison.passages``, app/engine/passages.py); the scan adds each
passage's text on both sides and the word edits inside it, and decides
whether a document borrowed at all (``borrowed``).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.engine.records import Comparison
from app.scan.records import Passage, Span

# What makes a passage evidence of borrowing (``is_evidence``). Two articles on one story
# share names and stock phrases, and the engine may link such sentences loosely ("Shadow
# foreign secretary Michael Ancram told MPs..." / "...Michael Ancram said...", 0.31; three
# linked sentences at 0.33 between two reports of one interest-rate rise). A copy that
# borrowed shows one sentence taken closely, or a run of linked sentences: the longer the
# run, the looser each link may be. Measured on the engine's passages of the 125 unrelated
# documents of six scan sets (tools/scanset.py, seeds 1-6, 10 originals each) that passed
# the candidate stage: single links at most 0.72, passages of two links at most 0.49, longer
# ones at most 0.33. Of the PAN pairs that pass the candidate stage, these bars (with
# MIN_MASS) keep 79/80 verbatim, 52/67 random edits, 57/73 translated, 41/78 summarised.
SINGLE_SIMILARITY = 0.8   # one linked sentence, at least this similar ...
SINGLE_CHARS = 40         # ... and at least this many non-space characters in the copy
PAIR_SIMILARITY = 0.55    # two linked sentences in a row
RUN_SIMILARITY = 0.45     # three or more
# A rewrite of the whole text (the bundled AI rewrite of the sample) has many loose links,
# each too weak alone but together covering much of the original: similarity-weighted linked
# text of 0.16 of the original for the sample, at most 0.08 for the 125 unrelated documents.
MIN_MASS = 0.12


@dataclass(frozen=True, slots=True)
class _Link:
    right: Span
    similarity: float


def borrowed_passages(comparison: Comparison) -> tuple[Passage, ...]:
    """The copy's borrowed passages, in the copy's order (page furniture aside)."""
    lt, rt = comparison.left.text, comparison.right.text
    by_id = {d.id: d for d in comparison.differences}
    out = []
    for p in comparison.passages:
        diffs = [by_id[i] for i in p.differences if i in by_id]
        if not p.matches and diffs and all(d.furniture for d in diffs):
            continue  # a menu or a footer both pages carry is not borrowed text
        (ls, le), (rs, re_) = p.left, p.right
        edits = [e for d in diffs for e in d.edits]
        deleted = sorted((max(ls, e.left[0]) - ls, min(le, e.left[1]) - ls) for e in edits
                         if e.op == "delete" and e.left is not None and e.left[0] < le and ls < e.left[1])
        inserted = sorted((max(rs, e.right[0]) - rs, min(re_, e.right[1]) - rs) for e in edits
                          if e.op == "insert" and e.right is not None and e.right[0] < re_ and rs < e.right[1])
        links: tuple[int | str, ...] = (*p.differences, *(f"m{i}" for i in p.matches))
        out.append(Passage(p.left, p.right, p.similarity, lt[ls:le], rt[rs:re_], links,
                           tuple(deleted), tuple(inserted)))
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
    """Every linked pair of article text (page furniture aside)."""
    links = [_Link(m.right, m.similarity) for m in c.matches]
    links += [_Link(d.right, d.similarity if d.similarity is not None else 1.0)
              for d in c.differences
              if d.kind in ("changed", "moved") and not d.furniture
              and d.left is not None and d.right is not None]
    return links
