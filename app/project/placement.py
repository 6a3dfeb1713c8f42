"""Finding an anchored quote again in a text that may have changed.

Order of attempts, cheapest and surest first:

1. **position**: the old offsets still hold the exact quote;
2. **exact**: the quote occurs elsewhere; a unique occurrence wins, several
   are told apart by how much of the prefix/suffix context matches, then by
   closeness to the old position;
3. **fuzzy**: the quote was edited; diff-match-patch's bitap ``match_main``
   looks for the quote's head and tail near a few likely places (small
   windows, so it stays fast on long texts), and the span between them is
   kept if it is still similar enough to the old quote;
4. otherwise the anchor is **lost**: the caller keeps the annotation and
   lists it; nothing is ever dropped.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

from diff_match_patch import diff_match_patch

from app.project.anchors import TextAnchor, anchor_matches

Method = Literal["position", "exact", "fuzzy", "lost"]

#: Minimum similarity (0..1) between the old quote and a fuzzy candidate.
FUZZY_MIN_SIMILARITY = 0.6
_PATTERN = 32  # bitap works on at most 32 characters in the C-style implementations
_MAX_OCCURRENCES = 2000
_MAX_CANDIDATE_LOCS = 6
#: Bitap searches (diff-match-patch's ``match_main``, in Python: 1-15 ms each) one re-anchoring
#: may make, all annotations together. A 1 MB project of 2,000 highlights whose quotes were
#: nowhere took 5 s in them; past the budget an anchor not found as it was is lost (listed).
MAX_FUZZY_MATCHES = 200
#: Occurrences of quotes scored by their context (a few microseconds each), all annotations of
#: one re-anchoring together; past it, of a quote's occurrences the nearest its old place wins.
#: Without it, 2,000 highlights of a common quote whose context agreed only in part: 9.6 s.
MAX_CONTEXT_SCORES = 100_000


class SearchBudget:
    """What is left of MAX_FUZZY_MATCHES and MAX_CONTEXT_SCORES for one re-anchoring."""

    def __init__(self, matches: int = MAX_FUZZY_MATCHES, scores: int = MAX_CONTEXT_SCORES) -> None:
        self.matches = matches
        self.scores = scores

    def take(self) -> bool:
        """True (and one search fewer) if a search is left."""
        if self.matches <= 0:
            return False
        self.matches -= 1
        return True


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor landed: ``span`` is None when it could not be placed."""

    span: tuple[int, int] | None
    method: Method
    similarity: float = 1.0

    @property
    def placed(self) -> bool:
        """True when the anchor was found."""
        return self.span is not None


def locate(anchor: TextAnchor, text: str, budget: SearchBudget | None = None, fuzzy: bool = True) -> Placement:
    """Find ``anchor`` in ``text`` (see the module docstring for the strategy).

    ``budget``: shared by the anchors of one re-anchoring (None: a budget of its own);
    ``fuzzy``: False to stop after the exact search (a fuzzy place would be thrown away).
    """
    if anchor_matches(anchor, text) and _context_agrees(anchor, text, anchor.span[0]):
        return Placement(anchor.span, "position")
    exact = anchor.quote.exact
    if not exact:
        return _locate_empty(anchor, text)
    budget = budget or SearchBudget()
    first = text.find(exact)
    if first >= 0:
        best = first if text.find(exact, first + 1) < 0 else _best_by_context(anchor, text, budget)
        return Placement((best, best + len(exact)), "exact")
    if not fuzzy:
        return Placement(None, "lost", 0.0)
    return _locate_fuzzy(anchor, text, budget)


def _context_agrees(anchor: TextAnchor, text: str, start: int) -> bool:
    """Cheap check that the text around ``start`` still carries the quote's context."""
    q = anchor.quote
    end = start + len(q.exact)
    return text[max(0, start - len(q.prefix)):start] == q.prefix and \
        text[end:end + len(q.suffix)] == q.suffix


def _occurrences(text: str, needle: str) -> list[int]:
    out: list[int] = []
    i = text.find(needle)
    while i >= 0 and len(out) < _MAX_OCCURRENCES:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def context_score(anchor: TextAnchor, text: str, start: int) -> int:
    """Characters of prefix (read backwards) and suffix (forwards) that agree."""
    q = anchor.quote
    end = start + len(q.exact)
    return _common_suffix(q.prefix, text[max(0, start - len(q.prefix)):start]) + \
        _common_prefix(q.suffix, text[end:end + len(q.suffix)])


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share from the start: halving, each step one comparison
    in C (read a character at a time, a context of 4,000 characters agreeing at each of 2,000
    occurrences was 8 million steps an anchor)."""
    low, high = 0, min(len(a), len(b))  # a[:low] == b[:low]; the answer is at most high
    while low < high:
        middle = (low + high + 1) // 2
        if a.startswith(b[low:middle], low):
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at the end (as ``_common_prefix``)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a.endswith(b[len(b) - middle:len(b) - low], 0, len(a) - low):
            low = middle
        else:
            high = middle - 1
    return low


def _best_by_context(anchor: TextAnchor, text: str, budget: SearchBudget) -> int:
    """Of the quote's several occurrences, the one whose context agrees most, then the nearest
    the old place, then the first.

    Where the whole context agrees (prefix, quote and suffix found together), or there is no
    context, only the nearest occurrence is looked for, on each side of the old place: each of
    2,000 occurrences was scored, for each of 2,000 highlights (8 s), and only the first 2,000 of
    a quote were looked at (a common word quoted late in a long text went to the 2,000th).
    Otherwise the first 2,000 occurrences are scored, while ``budget`` lasts."""
    old = anchor.position.start
    q = anchor.quote
    nearest = _nearest(q.prefix + q.exact + q.suffix, len(q.prefix), text, old)
    if nearest is None and (q.prefix or q.suffix) and budget.scores <= 0:
        nearest = _nearest(q.exact, 0, text, old)
    if nearest is not None:
        return nearest
    starts = _occurrences(text, q.exact)
    budget.scores -= len(starts)
    return max(starts, key=lambda s: (context_score(anchor, text, s), -abs(s - old)))


def _nearest(whole: str, shift: int, text: str, old: int) -> int | None:
    """Where the quote starts (``shift`` after ``whole`` does) in the occurrence of ``whole``
    nearest ``old``, the earlier of two as near; None if there is none. Two searches."""
    before = text.rfind(whole, 0, max(0, old - shift + len(whole)))
    best = before + shift if before >= 0 else None
    after = text.find(whole, max(0, old + 1 - shift))
    if after >= 0 and (best is None or after + shift - old < old - best):
        best = after + shift
    return best


def _locate_empty(anchor: TextAnchor, text: str) -> Placement:
    """An empty quote sits between its prefix and suffix."""
    q = anchor.quote
    joint = q.prefix + q.suffix
    if not joint:
        return Placement((0, 0), "position") if not text else Placement(None, "lost", 0.0)
    starts = _occurrences(text, joint)
    if not starts:
        return Placement(None, "lost", 0.0)
    old = anchor.position.start - len(q.prefix)
    best = min(starts, key=lambda s: abs(s - old)) + len(q.prefix)
    return Placement((best, best), "exact")


def _matcher(distance: int) -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.4
    dmp.Match_Distance = distance
    return dmp


def _candidate_locs(anchor: TextAnchor, text: str) -> list[int]:
    """Likely start positions: the old one, then where short pieces of the quote recur."""
    q = anchor.quote
    exact = q.exact
    locs = [min(anchor.position.start, len(text))]
    pieces: list[tuple[str, int]] = []  # (needle, offset of the quote's start from the needle)
    n = min(16, len(exact))
    if n >= 4:
        pieces += [(exact[:n], 0), (exact[-n:], len(exact) - n)]
        mid = len(exact) // 2
        pieces.append((exact[mid:mid + n], mid))
    if len(q.prefix) >= 8:
        pieces.append((q.prefix[-16:], -len(q.prefix[-16:])))
    if len(q.suffix) >= 8:
        pieces.append((q.suffix[:16], len(exact)))
    for needle, shift in pieces:
        hits = _occurrences(text, needle)
        if 0 < len(hits) <= 3:
            locs += [max(0, min(len(text), h - shift)) for h in hits]
    seen: set[int] = set()
    unique = [x for x in locs if not (x in seen or seen.add(x))]  # type: ignore[func-returns-value]
    return unique[:_MAX_CANDIDATE_LOCS]


def _similarity(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < FUZZY_MIN_SIMILARITY:
        return matcher.real_quick_ratio()
    if matcher.quick_ratio() < FUZZY_MIN_SIMILARITY:
        return matcher.quick_ratio()
    return matcher.ratio()


def _locate_fuzzy(anchor: TextAnchor, text: str, budget: SearchBudget) -> Placement:
    exact = anchor.quote.exact
    if not text:
        return Placement(None, "lost", 0.0)
    dmp = _matcher(distance=max(200, min(2000, len(exact) * 4)))
    head = exact[:_PATTERN]
    tail = exact[-_PATTERN:]
    best: Placement = Placement(None, "lost", 0.0)
    if budget.matches <= 0:
        return best  # (not even the scans for candidate places)
    for loc in _candidate_locs(anchor, text):
        if not budget.take():
            break
        start = dmp.match_main(text, head, loc)
        if start < 0:
            continue
        guess = start + len(exact) - len(tail)
        if not budget.take():
            break
        tail_at = dmp.match_main(text, tail, max(0, min(len(text), guess)))
        end = tail_at + len(tail) if tail_at >= 0 else start + len(exact)
        end = min(end, len(text))
        if end <= start or not 0.5 <= (end - start) / len(exact) <= 2.0:
            continue
        sim = _similarity(exact, text[start:end])
        if sim >= FUZZY_MIN_SIMILARITY and sim > best.similarity:
            best = Placement((start, end), "fuzzy", round(sim, 4))
            if sim >= 0.95:
                break
    return best
