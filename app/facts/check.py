"""Checking the facts of a copy against its original: kept, missing, new, altered; quotes strictly.

``check_facts(comparison)`` is the entry point. It reads the facts of both
texts (leaving out page furniture), matches them tolerant of form (see
matching.py), pairs each with its nearest aligned counterpart (through
``Comparison.aligned_position``), and calls a number, date or name that is
missing on one side and new on the other *altered* when both stand in the
same aligned passage (a changed or moved difference). A figure or date is
kept only by one in its context (context.py). Quotations get the strict
check of quotecheck.py. Claims the copy added and attributed to unnamed
people ("experts say") are listed as unsourced (claims.py).
"""

from __future__ import annotations

import bisect
import heapq
from typing import NamedTuple

from app.engine.records import Comparison
from app.facts.budget import check_budget
from app.facts.claims import unsourced_claims
from app.facts.context import ContextJudge
from app.facts.extract import extract_facts
from app.facts.matching import FactIndex, same_family
from app.facts.names import known_in_words, name_words
from app.facts.quotecheck import NOT_SEARCHED, QuoteChecker
from app.facts.records import Fact, FactCheck, FactReport, SideName, Span

# Facts of equal value weighed as partners of one fact: those nearest where it lines up. A
# text repeating one figure or name thousands of times made every pair a candidate (a
# quadratic memory: 10 KB of '1 2 ' took 2 GB); only such texts reach this budget.
NEAREST = 16


def check_facts(comparison: Comparison) -> FactReport:
    """The facts of both texts of ``comparison``, each with its status (see ``records.STATUSES``).

    Raises TooManyFacts (one line) for a text of more possible facts than the check weighs.
    """
    left_text, right_text = comparison.left.text, comparison.right.text
    check_budget(left_text, comparison.left.name or "original")
    check_budget(right_text, comparison.right.name or "copy")
    left_words, right_words = name_words(left_text), name_words(right_text)
    known = known_in_words(left_words, right_words)
    left = extract_facts(left_text, "left", known_names=known, skip=furniture_spans(comparison, "left"),
                         name_words=left_words)
    right = extract_facts(right_text, "right", known_names=known, skip=furniture_spans(comparison, "right"),
                          name_words=right_words)
    checker = _Checker(comparison)
    drafts = checker.quotes([f for f in left if f.kind == "quote"], [f for f in right if f.kind == "quote"])
    drafts += checker.others([f for f in left if f.kind != "quote"], [f for f in right if f.kind != "quote"])
    drafts += [_entry(None, claim, "unsourced", f"attributed to nobody named: {claim.value}")
               for claim in unsourced_claims(comparison)]
    drafts.sort(key=checker.reading_order)
    return FactReport(tuple(FactCheck(i, d.kind, d.status, d.left, d.right, d.note)
                            for i, d in enumerate(drafts, start=1)))


def jump_span(comparison: Comparison, entry: FactCheck, side: SideName) -> Span:
    """Where a view shows ``entry`` on ``side``: its fact's span, or an empty span where it would be.

    A fact missing from the copy has no span on the right: the empty span
    at ``comparison.aligned_position("left", start)`` marks where the copy
    would have it (and the reverse for facts new in the copy).
    """
    own = entry.span(side)
    if own is not None:
        return own
    other: SideName = "right" if side == "left" else "left"
    span = entry.span(other)
    assert span is not None
    at = comparison.aligned_position(other, span[0])
    at = max(0, min(at, len(comparison.document(side).text)))
    return (at, at)


def furniture_spans(comparison: Comparison, side: SideName) -> list[Span]:
    """Spans of page furniture (menus, bylines, footers) on ``side``: no facts are read there."""
    out = []
    for d in comparison.differences:
        span = d.span(side)
        if d.furniture and span is not None:
            out.append(span)
    return out


class _Checker:
    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self._aligned: dict[tuple[str, int], int] = {}
        self._context = ContextJudge(comparison)

    # ---- geometry ---------------------------------------------------------------

    def aligned(self, side: SideName, offset: int) -> int:
        """Offset on the other side that lines up with ``offset`` (cached)."""
        key = (side, offset)
        if key not in self._aligned:
            self._aligned[key] = self.comparison.aligned_position(side, offset)
        return self._aligned[key]

    def distance(self, left: Fact, right: Fact) -> int:
        """How far apart two facts are in the alignment (characters of the copy)."""
        return abs(self.aligned("left", left.span[0]) - right.span[0])

    def reading_order(self, draft: _Draft) -> tuple[int, int, int]:
        """Entries in the original's reading order; facts of the copy only, where they line up."""
        if draft.left is not None:
            return (draft.left.span[0], 0, draft.right.span[0] if draft.right else -1)
        assert draft.right is not None
        return (self.aligned("right", draft.right.span[0]), 1, draft.right.span[0])

    # ---- numbers, dates, names ------------------------------------------------------------

    def others(self, left: list[Fact], right: list[Fact]) -> list[_Draft]:
        """Entries for numbers, dates and names: kept pairs, then altered, missing and new.

        A figure is kept only by one of equal value in its context (context.py); a name
        by the same name anywhere.
        """
        left_index, right_index = FactIndex(left), FactIndex(right)
        same = self._context.same_fact
        lined_up = [self.aligned("left", lf.span[0]) for lf in left]  # (self.distance, once a fact)
        # Each fact's list of nearest counterparts (``nearest``), made only when more than its
        # first is asked for: most facts are paired with their first.
        lists: list[list[Fact] | None] = [None] * len(left)

        def rights(i: int) -> list[Fact]:
            found = lists[i]
            if found is None:
                found = lists[i] = right_index.nearest(left[i], lined_up[i], NEAREST)
            return found

        # One-to-one first: each side's fact with its nearest counterpart, the nearest pairs of all
        # first. The pairs are taken in order of (distance, spans) by merging each fact's own
        # list, already in that order (``nearest``), instead of sorting every pair: a fact paired
        # needs no more of its list. Whether two are the same fact is asked only of a pair both of
        # whose facts are still free (the answer is the same whenever it is asked).
        partner: dict[Span, Fact] = {}
        taken: set[Span] = set()
        firsts = [right_index.first(lf, lined_up[i], NEAREST) for i, lf in enumerate(left)]
        heap = [(abs(lined_up[i] - near.span[0]), lf.span, near.span, i, 0)
                for i, (lf, near) in enumerate(zip(left, firsts, strict=True)) if near is not None]
        heapq.heapify(heap)
        while heap:
            _, left_span, right_span, i, j = heapq.heappop(heap)
            if left_span in partner:
                continue
            candidate = firsts[i] if j == 0 else rights(i)[j]
            assert candidate is not None
            if right_span not in taken and same(left[i], candidate):
                partner[left_span] = candidate
                taken.add(right_span)
            elif j + 1 < len(rights(i)):
                following = rights(i)[j + 1]
                heapq.heappush(heap, (abs(lined_up[i] - following.span[0]), left_span, following.span, i, j + 1))
        out: list[_Draft] = []
        missing: list[Fact] = []
        for i, lf in enumerate(left):
            if lf.span in partner:
                out.append(_entry(lf, partner[lf.span], "kept"))
                continue
            # More occurrences in the original than in the copy: kept by the nearest of the same
            # fact. ``nearest`` is in order of that distance, so the first found is the one (each
            # was weighed before the nearest was picked).
            kept = next((rf for rf in rights(i) if same(lf, rf)), None) if firsts[i] is not None else None
            if kept is not None:
                out.append(_entry(lf, kept, "kept"))
            else:
                missing.append(lf)
        new: list[Fact] = []
        for rf in right:
            if rf.span in taken:
                continue
            matches = [lf for lf in self._lefts(left_index, rf) if same(lf, rf)]
            if matches:  # repeated in the copy
                out.append(_entry(self._nearest_left(rf, matches), rf, "kept"))
            else:
                new.append(rf)
        altered = self._altered(missing, new)
        paired_left = {a.left.span for a in altered if a.left}
        paired_right = {a.right.span for a in altered if a.right}
        out += altered
        out += [_entry(lf, None, "missing") for lf in missing if lf.span not in paired_left]
        out += [_entry(None, rf, "new") for rf in new if rf.span not in paired_right]
        return out

    def _lefts(self, index: FactIndex, right: Fact) -> list[Fact]:
        """Facts of the original that match ``right``: the NEAREST nearest where it lines up."""
        return index.nearest(right, self.aligned("right", right.span[0]), NEAREST)

    def _nearest_left(self, right: Fact, lefts: list[Fact]) -> Fact:
        return min(lefts, key=lambda left: self.distance(left, right))

    def _altered(self, missing: list[Fact], new: list[Fact]) -> list[_Draft]:
        """Pairs of a missing and a new fact of one family inside the same aligned passage."""
        out = []
        used_left: set[Span] = set()
        used_right: set[Span] = set()
        missing = sorted(missing, key=lambda f: f.span)
        new = sorted(new, key=lambda f: f.span)
        missing_starts = [f.span[0] for f in missing]
        new_starts = [f.span[0] for f in new]
        for d in self.comparison.differences:
            if d.left is None or d.right is None or d.kind not in ("changed", "moved"):
                continue
            lefts = [f for f in _within(missing, missing_starts, d.left) if f.span not in used_left]
            rights = [f for f in _within(new, new_starts, d.right) if f.span not in used_right]
            right_starts = [f.span[0] for f in rights]
            pairs = sorted(((self.distance(lf, rf), lf.span, rf.span, lf, rf)
                            for lf in lefts for rf in _near(rights, right_starts, self.aligned("left", lf.span[0]))
                            if same_family(lf, rf)), key=lambda p: p[:3])
            for _, _, _, lf, rf in pairs:
                if lf.span in used_left or rf.span in used_right:
                    continue
                used_left.add(lf.span)
                used_right.add(rf.span)
                out.append(_entry(lf, rf, "altered", f"{lf.text} \u2192 {rf.text}"))
        return out

    # ---- quotations ------------------------------------------------------------------

    def quotes(self, left: list[Fact], right: list[Fact]) -> list[_Draft]:
        """Entries for quotations: each of the copy checked strictly, then those the copy dropped."""
        out = []
        sourced: set[Span] = set()
        checker = QuoteChecker(left, self.comparison.left.text, self.comparison.right.text, self.distance,
                               lambda q: self.aligned("right", q.span[0]), to_check=len(right))
        for rq in right:
            result = checker.check(rq)
            if result.source is not None:
                sourced.add(result.source.span)
            out.append(_entry(result.source, rq, result.status, result.note))
        for lq in left:
            if lq.span in sourced:
                continue
            unquoted = checker.found_unquoted(lq)
            if unquoted is not None:
                out.append(_entry(lq, unquoted, "kept", "the copy has these words without quotation marks"))
            else:
                out.append(_entry(lq, None, "missing", "" if checker.searched_in_full else NOT_SEARCHED))
        return out


class _Draft(NamedTuple):
    """An entry before it has its place in the report (and its id): a FactCheck is made once,
    in report order (each was made twice: a draft, then the entry with its id)."""

    kind: str
    status: str
    left: Fact | None
    right: Fact | None
    note: str


def _entry(left: Fact | None, right: Fact | None, status: str, note: str = "") -> _Draft:
    kind = (left or right).kind  # type: ignore[union-attr]
    return _Draft(kind, status, left, right, note)


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _within(facts: list[Fact], starts: list[int], outer: Span) -> list[Fact]:
    """The facts (sorted, with their starts) that lie inside ``outer``."""
    lo, hi = bisect.bisect_left(starts, outer[0]), bisect.bisect_left(starts, outer[1])
    return [f for f in facts[lo:hi] if _inside(f.span, outer)]


def _near(facts: list[Fact], starts: list[int], at: int) -> list[Fact]:
    """The NEAREST facts (sorted, with their starts) either side of offset ``at``."""
    k = bisect.bisect_left(starts, at)
    return facts[max(0, k - NEAREST):k + NEAREST]

