"""What the copy is made of, for the stacked summary bar (window and report).

``Summary.reused`` counts both the copy's word-for-word text (matched, or
moved as is) and its reworded passages (changed, or moved with word
edits); the bar splits the two, so a reader sees at a glance how much of
the copy is the original's text as is, how much is reworded, and how much
is new or repeated. Page furniture is left out, as in the summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.engine.records import Comparison, Span

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

    def parts(self) -> list[tuple[str, float]]:
        """(part, share) in bar order."""
        return [(p, getattr(self, p)) for p in PARTS]


def copy_shares(comparison: Comparison) -> CopyShares:
    """Split ``comparison.summary.reused`` into word-for-word and reworded text of the copy."""
    s = comparison.summary
    text = comparison.right.text
    furniture = _merge([d.right for d in comparison.differences if d.furniture and d.right])
    total = _count(text, [(0, len(text))]) - _count(text, furniture)
    # A passage moved as is (no word edits) is the original's text word for word.
    reworded = _merge([d.right for d in comparison.differences
                       if (d.kind == "changed" or (d.kind == "moved" and d.edits))
                       and not d.furniture and d.right])
    changed = min(s.reused, _count(text, reworded) / total) if total > 0 else 0.0
    return CopyShares(reused=max(0.0, s.reused - changed), changed=changed, added=s.added,
                      duplicated=s.duplicated)


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        elif end > start:
            out.append((start, end))
    return out


def _count(text: str, spans: list[Span]) -> int:
    return sum(len("".join(text[s:e].split())) for s, e in spans)
