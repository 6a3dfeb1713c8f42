"""Unsourced claims: statements the copy added and attributed to nobody in particular.

"Experts say the habit is harmless", "critics argue that...", "according to
sources", "it is widely believed", "studies show": a copy that adds such a
sentence puts a claim in unnamed mouths. Each one found in text the copy
added (an added difference, or words inserted into a reworded sentence) is
a ``claim`` fact of the copy, its span the claim's sentence and its value
the attribution ("critics argue"), listed by the check as ``unsourced``.
Attributions the original already has, in text the copy kept, are not
listed; "the analysts", "analysts at Barclays say" name their source and
do not match.
"""

from __future__ import annotations

import bisect
import re

from app.engine.records import Comparison
from app.engine.segment import sentences
from app.facts.folding import fold_words
from app.facts.records import Fact, Span

_WHO = (r"experts?|critics|analysts|observers|commentators|sources|insiders|officials|scientists|researchers|"
        r"economists|campaigners|activists|residents|locals|opponents|supporters|detractors|sceptics|skeptics|"
        r"people|many|some|others|most")
_QUALIFIER = r"some|many|most|several|other|leading|independent|top|senior|unnamed|anonymous|industry|local"
_VERB = (r"say|said|says|argue|argued|believe|believed|claim|claimed|suggest|suggested|warn|warned|note|noted|"
         r"think|thought|fear|feared|insist|insisted|contend|contended|agree|agreed|point\s+out|pointed\s+out|"
         r"maintain|maintained|estimate|estimated|predict|predicted|expect|expected|worry|worried|reckon|"
         r"reckoned")
_ATTRIBUTION = re.compile(
    rf"\b(?:(?:{_QUALIFIER})\s+)?(?:{_WHO})\s+(?:have\s+|had\s+|would\s+|will\s+)?(?:{_VERB})\b"
    rf"|\baccording\s+to\s+(?:(?:{_QUALIFIER})\s+)?(?:experts|critics|analysts|observers|sources|insiders|"
    r"officials|reports|estimates|many|some|others)\b"
    r"|\b(?:it\s+is|it's|it\s+has\s+been|it\s+was)\s+(?:widely\s+|generally\s+|often\s+|commonly\s+)?"
    r"(?:said|claimed|believed|thought|argued|suggested|reported|understood|feared|alleged)\b"
    r"|\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+)?(?:said|believed|thought|reported|alleged)\s+to\b"
    r"|\b(?:studies|research|surveys|polls|evidence)\s+(?:shows?|suggests?|has\s+shown|have\s+shown|"
    r"indicates?|proves?)\b",
    re.IGNORECASE)
# "The experts", "its critics": a definite group the text has named before.
_DEFINITE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|such)\s+$", re.IGNORECASE)


def find_attributions(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of attributions to unnamed people in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    out = []
    for m in _ATTRIBUTION.finditer(text, start, end):
        if _DEFINITE.search(text, max(0, m.start() - 8), m.start()) is None:
            out.append((m.start(), m.end()))
    return out


def unsourced_claims(comparison: Comparison) -> list[Fact]:
    """Claims of the copy, in text it added, attributed to unnamed people (see the module doc)."""
    text = comparison.right.text
    added = _added_spans(comparison)
    if not added:
        return []
    cut = sentences(text)
    starts = [s.start for s in cut]
    claims: dict[Span, list[str]] = {}  # sentence -> its attributions: one claim a sentence
    for a_start, a_end in added:
        for p_start, p_end in find_attributions(text, a_start, a_end):
            i = bisect.bisect_right(starts, p_start) - 1
            span = _trimmed(text, (cut[i].start, cut[i].end) if i >= 0 else (p_start, p_end))
            claims.setdefault(span, []).append(" ".join(fold_words(text[p_start:p_end])))
    return [Fact("claim", text[s:e], "; ".join(who), "right", (s, e)) for (s, e), who in sorted(claims.items())]


def _added_spans(comparison: Comparison) -> list[Span]:
    """Text the copy added: added differences and words inserted into linked passages (not furniture)."""
    out = []
    for d in comparison.differences:
        if d.furniture:
            continue
        if d.kind == "added" and d.right is not None:
            out.append(d.right)
        elif d.kind in ("changed", "moved"):
            out.extend(e.right for e in d.edits if e.op == "insert" and e.right is not None)
    return sorted(out)


def _trimmed(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)
