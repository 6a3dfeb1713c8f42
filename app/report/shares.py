"""What the copy is made of, for the stacked summary bar (window and report), and how
much of it the borrowed passages make up.

``Summary.reused`` counts both the copy's word-for-word text (matched, or
moved as is) and its reworded passages (changed, or moved with word
edits); the bar splits the two, so a reader sees at a glance how much of
the copy is the original's text as is, how much is reworded, and how much
is new or repeated. Page furniture is left out, as in the summary.

A copy that borrows a little (a press release inside an article) shows low
figures everywhere; ``borrowed`` says how many passages it took and what share
of its text they are, so that "borrows 2 passages, 12% of its text" can be
said plainly (``borrowing_sentence``).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.engine.records import Comparison, Passage, Span

#: The bar's parts, left to right.
PARTS = ("reused", "changed", "added", "duplicated")
LABELS = {"reused": "kept word for word", "changed": "reworded", "added": "added",
          "duplicated": "repeated"}


@dataclass(frozen=True, slots=True)
class CopyShares:
    """Shares of the copy's non-space text (page furniture aside); they add up to about 1."""

    reused: float      # the original's text, word for word
    changed: float     # reworded passages (changed, or moved with word edits)
    added: float
    duplicated: float
    passages: int = 0      # borrowed passages (``borrowed``), page furniture aside
    borrowed: float = 0.0  # their share of the copy's non-space text (not a part of the bar)

    def parts(self) -> list[tuple[str, float]]:
        """(part, share) in bar order."""
        return [(p, getattr(self, p)) for p in PARTS]


def copy_shares(comparison: Comparison, taken: Borrowed | None = None) -> CopyShares:
    """Split ``comparison.summary.reused`` into word-for-word and reworded text of the copy
    (``taken``: ``borrowed(comparison)``, when the caller has it)."""
    s = comparison.summary
    text = comparison.right.text
    furniture = _merge([d.right for d in comparison.differences if d.furniture and d.right])
    total = _count(text, [(0, len(text))]) - _count(text, furniture)
    # A passage moved as is (no word edits) is the original's text word for word.
    reworded = _merge([d.right for d in comparison.differences
                       if (d.kind == "changed" or (d.kind == "moved" and d.edits))
                       and not d.furniture and d.right])
    changed = min(s.reused, _count(text, reworded) / total) if total > 0 else 0.0
    taken = taken or borrowed(comparison)
    return CopyShares(reused=max(0.0, s.reused - changed), changed=changed, added=s.added,
                      duplicated=s.duplicated, passages=len(taken.passages), borrowed=taken.share)


@dataclass(frozen=True, slots=True)
class Borrowed:
    """The copy's borrowed passages (page furniture aside) and the share of its text they are."""

    passages: tuple[Passage, ...]  # in the copy's order, as the engine numbered them
    shares: tuple[float, ...]      # each passage's share of the copy's non-space text
    share: float                   # all of them together (text in two passages counted once)


def article_passages(comparison: Comparison) -> tuple[Passage, ...]:
    """The engine's passages, less those made only of page furniture (a menu or a footer
    both pages carry is not borrowed text; as app/scan/passages.py)."""
    furniture = {d.id for d in comparison.differences if d.furniture}
    return tuple(p for p in comparison.passages
                 if p.matches or not p.differences or not all(i in furniture for i in p.differences))


def borrowed(comparison: Comparison) -> Borrowed:
    """The borrowed passages and their shares: non-space characters of their spans in the copy
    over the copy's non-space characters."""
    text = comparison.right.text
    passages = article_passages(comparison)
    total = _count(text, [(0, len(text))])
    if total == 0 or not passages:
        return Borrowed(passages, tuple(0.0 for _ in passages), 0.0)
    shares = tuple(_count(text, [p.right]) / total for p in passages)
    return Borrowed(passages, shares, _count(text, _merge([p.right for p in passages])) / total)


def percent(share: float) -> str:
    """A share as a whole percentage, never "0%" for a share that is there (under 1% is
    "<1%"), never "100%" for one that falls short."""
    if 0.0 < share < 0.005:
        return "<1%"
    if 0.995 <= share < 1.0:
        return ">99%"
    return f"{share:.0%}"


def borrowing_sentence(passages: int, share: float, subject: str = "The copy") -> str:
    """What the copy took, in words: "The copy borrows 2 passages, 12% of its text." or
    "The copy shares no passage with the original." """
    if passages == 0:
        return f"{subject} shares no passage with the original."
    noun = "passage" if passages == 1 else "passages"
    return f"{subject} borrows {passages} {noun}, {percent(share)} of its text."


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        elif end > start:
            out.append((start, end))
    return out


def _count(text: str, spans: list[Span]) -> int:
    """Non-space characters in ``spans`` (a span's count does not depend on its neighbours, so
    the spans are read together: one split, not one for each of thousands of spans)."""
    part = text[spans[0][0]:spans[0][1]] if len(spans) == 1 else "".join([text[s:e] for s, e in spans])
    if part.isascii():  # str.split's white space in ASCII: these ten, each counted in C
        return len(part) - sum(map(part.count, _ASCII_SPACE))
    return len("".join(part.split()))


_ASCII_SPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
