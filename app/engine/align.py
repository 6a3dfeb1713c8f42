"""Linking the sentences of the copy to the sentences of the original.

The passes follow a careful reader:
1. repeats inside the copy are noted first (the later occurrence is a duplicate);
2. confident links: sentences that share most of their weighted words,
   greedily, best first, one to one;
3. context: an unlinked sentence sitting between linked neighbours is
   compared with what sits between their partners, with a lower bar;
4. merges and splits: an unlinked sentence whose words are the unexplained
   rest of a linked sentence on the other side joins that link.
Whatever stays unlinked is added (copy) or omitted (original).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from app.engine.evidence import (
    NEAR,
    chain_seeds,
    cluster_seeds,
    contained,
    is_seed,
    lone_passage,
    mostly_related,
    supported,
)
from app.engine.similarity import Profiles, kept_in_order

# A reworded repeat standing alone must be this close to its first occurrence.
LONE_REPEAT = 0.9
# ... or close to it with its words in the same order.
LONE_ORDERED = 0.85
# A sentence between two repeats of neighbouring sentences, or beside one, repeats the
# sentence between (or beside) their first occurrences when it is this close to it.
RUN_INSIDE = 0.4
RUN_EDGE = 0.6
# How much a difference in place (as a share of each text) lowers a candidate's rank.
PLACE_WEIGHT = 0.15
# A merged or split piece must share at least this many meaningful words: a
# two-word tag line ("United States") is no evidence of a merge.
MIN_MERGE_WORDS = 3
# The context pass looks at sentences at most this far (in the copy) from a linked one.
CONTEXT_REACH = 3
# A repeat inside the copy is linked to a free source of its own this close to it.
RECLAIM = 0.5


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Similarity bars, derived from the reader's paraphrase sensitivity."""

    strong: float
    context: float
    adjacent: float
    merge_near: float
    merge_far: float
    repeat: float

    @classmethod
    def for_sensitivity(cls, sensitivity: float) -> Thresholds:
        shift = (0.5 - sensitivity) * 0.3  # 0.5 -> 0; 1.0 -> -0.15; 0.0 -> +0.15
        return cls(strong=0.3 + shift, context=0.28 + shift, adjacent=0.2 + shift,
                   merge_near=0.5 + shift, merge_far=0.7 + shift / 2, repeat=0.75)


@dataclass
class Alignment:
    """Links between left and right sentences, and repeats within the right."""

    links: dict[tuple[int, int], float] = field(default_factory=dict)
    left_links: dict[int, list[int]] = field(default_factory=dict)
    right_links: dict[int, list[int]] = field(default_factory=dict)
    repeat_of: dict[int, int] = field(default_factory=dict)

    def add(self, i: int, j: int, score: float) -> None:
        self.links[(i, j)] = score
        self.left_links.setdefault(i, []).append(j)
        self.right_links.setdefault(j, []).append(i)

    def copy(self) -> Alignment:
        """An independent copy (links and repeats)."""
        out = Alignment(repeat_of=dict(self.repeat_of))
        for (i, j), score in self.links.items():
            out.add(i, j, score)
        return out

    def keep_only(self, kept: set[tuple[int, int]]) -> None:
        """Drop every link not in ``kept``."""
        links = {link: score for link, score in self.links.items() if link in kept}
        self.links, self.left_links, self.right_links = {}, {}, {}
        for (i, j), score in links.items():
            self.add(i, j, score)


def align(profiles: Profiles, left_keys: list[str], right_keys: list[str],
          thresholds: Thresholds, left_place: list[float] | None = None,
          right_place: list[float] | None = None) -> Alignment:
    """Link sentences; ``*_keys`` are normalised sentence texts for exact matching and
    ``*_place`` where each sentence stands in its text (0 at the start, 1 at the end)."""
    al = Alignment()
    candidates = profiles.candidates()
    _add_exact_candidates(candidates, left_keys, right_keys)
    _find_repeats(profiles, right_keys, al, thresholds)
    _confident_links(profiles, candidates, al, thresholds,
                     left_place or [0.0] * len(left_keys), right_place or [0.0] * len(right_keys))
    # A version of the original (a rewrite, an edit) is linked wherever the bar is passed.
    # A copy that borrows a little (most of either text unrelated) needs evidence for each
    # link: the passes start again from the confident links, with the stricter rules.
    confident = al.copy()
    _context_and_merges(profiles, candidates, al, thresholds, strict=False)
    if not mostly_related(profiles, list(al.links), set(al.repeat_of) - set(al.right_links)):
        al = confident
        _contained_links(profiles, candidates, al)
        _keep_evidenced(profiles, al, left_keys, right_keys)
        _context_and_merges(profiles, candidates, al, thresholds, strict=True)
    _reclaim_repeats(profiles, candidates, al)
    return al


def _contained_links(profiles: Profiles, candidates: list[list[int]], al: Alignment) -> None:
    """A short unlinked sentence held nearly whole, in order, by a much longer sentence of the
    other text joins it (lines run together into one paragraph, or one split into lines)."""
    for j, cands in enumerate(candidates):
        if j in al.repeat_of:
            continue
        for i in cands:
            if i in al.left_links and j in al.right_links:
                continue
            # Beside a sentence's other partners only: a heading the original repeats far
            # away is not the one the copy ran into this paragraph.
            if not _beside(al, i, j):
                continue
            if contained(profiles, i, j):
                al.add(i, j, profiles.dice(i, j))


def _beside(al: Alignment, i: int, j: int) -> bool:
    """Whether i is within NEAR sentences of one of j's partners and j of one of i's (or they
    have none): looked up around each, so a sentence with thousands of partners costs no more."""
    return ((j not in al.right_links or any((p, j) in al.links for p in range(i - NEAR, i + NEAR + 1)))
            and (i not in al.left_links or any((i, q) in al.links for q in range(j - NEAR, j + NEAR + 1))))


def _context_and_merges(profiles: Profiles, candidates: list[list[int]], al: Alignment,
                        thresholds: Thresholds, strict: bool) -> None:
    for _ in range(3):
        changed = _context_links(profiles, al, thresholds, strict)
        changed |= _merge_links(profiles, candidates, al, thresholds, strict)
        if not changed:
            break


def _keep_evidenced(profiles: Profiles, al: Alignment, left_keys: list[str],
                    right_keys: list[str]) -> None:
    """Drop links that neither stand on their own nor follow on from one that does."""
    links = list(al.links)
    seeds = {(i, j) for i, j in links
             if is_seed(profiles, i, j, bool(left_keys[i]) and left_keys[i] == right_keys[j])}
    seeds |= chain_seeds(profiles, links) | cluster_seeds(profiles, links)
    kept = supported(links, seeds)
    # Two texts on one subject share its words: a lone passage needs words besides them.
    al.keep_only(set() if lone_passage(profiles, kept) else kept)


def _add_exact_candidates(candidates: list[list[int]], left_keys: list[str],
                          right_keys: list[str]) -> None:
    """Identical sentences are candidates; the k-th repeat on the right looks near the k-th on the left."""
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(left_keys):
        if k:
            by_key.setdefault(k, []).append(i)
    seen: dict[str, int] = {}
    for j, k in enumerate(right_keys):
        occurrences = by_key.get(k)
        if not occurrences:
            continue
        nth = seen.get(k, 0)
        seen[k] = nth + 1
        for i in occurrences[max(0, nth - 4):nth + 5]:
            if i not in candidates[j]:
                candidates[j].insert(0, i)


def _find_repeats(profiles: Profiles, right_keys: list[str], al: Alignment,
                  th: Thresholds) -> None:
    first: dict[str, int] = {}
    loose: dict[int, tuple[int, float]] = {}  # reworded repeats, confirmed below
    for j, (key, earlier) in enumerate(zip(right_keys, profiles.earlier_repeats(), strict=True)):
        if key and key in first:
            al.repeat_of[j] = first[key]
            continue
        if key:
            first[key] = j
        best, best_sim = -1, 0.0
        for k in earlier:
            sim = profiles.dice_right(j, k)
            if sim > best_sim:
                best, best_sim = k, sim
        if best >= 0 and best_sim >= th.repeat and profiles.right_total[j] > 0:
            loose[j] = (al.repeat_of.get(best, best), best_sim)
    # A reworded sentence alone may as well be new text on the same subject; it is a
    # repeat when it is nearly the same, or when its neighbours repeat alongside it.
    for j, (source, sim) in loose.items():
        beside = any(
            (n in loose or n in al.repeat_of) and abs(loose.get(n, (al.repeat_of.get(n, -9), 0))[0] - source) == 1
            for n in (j - 1, j + 1))
        if beside or sim >= LONE_REPEAT or _same_order(right_keys[j], right_keys[source]) >= LONE_ORDERED:
            al.repeat_of[j] = source
    _extend_repeat_runs(profiles, al)


def _same_order(a: str, b: str) -> float:
    """Share of two sentences' tokens that a diff keeps in order (a synonym swapped keeps
    the rest in place; a sentence on the same subject rarely does)."""
    words_a, words_b = a.split(" "), b.split(" ")
    return 2.0 * kept_in_order(words_a, words_b) / (len(words_a) + len(words_b))


def _extend_repeat_runs(profiles: Profiles, al: Alignment) -> None:
    """A sentence inside or at the edge of a repeated run is a reworded repeat at a lower bar:
    its place says where its first occurrence is, so fewer shared words are needed."""
    n = len(profiles.right)
    pending = sorted({j for r in al.repeat_of for j in (r - 1, r + 1) if 0 <= j < n})
    while pending:
        grown = []
        for j in pending:
            if j in al.repeat_of or profiles.right_total[j] <= 0:
                continue
            sources = {al.repeat_of[m] + (j - m) for m in (j - 1, j + 1) if m in al.repeat_of}
            for k in sources:
                both = {j - 1, j + 1} <= al.repeat_of.keys() and len(sources) == 1
                bar = RUN_INSIDE if both else RUN_EDGE
                if 0 <= k < j and k not in al.repeat_of and profiles.dice_right(j, k) >= bar:
                    al.repeat_of[j] = k
                    grown.append(j)
                    break
        pending = sorted({m for j in grown for m in (j - 1, j + 1) if 0 <= m < n and m not in al.repeat_of})


def _confident_links(profiles: Profiles, candidates: list[list[int]], al: Alignment,
                     th: Thresholds, left_place: list[float], right_place: list[float]) -> None:
    """Best pairs first; between near-equal candidates, the one at the same place in its text wins."""
    scored = []
    for j, cands in enumerate(candidates):
        for i in cands:
            sim = profiles.dice(i, j)
            if sim >= th.strong:
                rank = sim - PLACE_WEIGHT * abs(left_place[i] - right_place[j])
                # Repeats inside the copy come last: they take a source only if it is still free.
                scored.append((j in al.repeat_of, -rank, j, i, sim))
    scored.sort()
    for _, _, j, i, sim in scored:
        neg = -sim
        if i in al.left_links or j in al.right_links:
            continue
        if j in al.repeat_of and -neg < 0.9:
            continue  # a repeat inside the copy takes a source only if it is that source's twin
        al.add(i, j, -neg)


def _reclaim_repeats(profiles: Profiles, candidates: list[list[int]], al: Alignment) -> None:
    """A repeat inside the copy that has a source of its own is not a duplicate.

    The original may say nearly the same thing twice ("X was a concern." early,
    "X was a concern, and Y." later); a copy that shortens the later one repeats
    its own earlier sentence word for word, yet derives from the later source.
    Such a repeat is linked to that source when the source is free, close to it
    and between the partners of its linked neighbours."""
    linked_right = sorted(al.right_links)
    n_left = len(profiles.left)
    for j in sorted(al.repeat_of):
        if j in al.right_links:
            continue
        pos = bisect.bisect_left(linked_right, j)
        prev_j = linked_right[pos - 1] if pos > 0 else None
        next_j = linked_right[pos] if pos < len(linked_right) else None
        if prev_j is None and next_j is None:
            continue
        lo = max(al.right_links[prev_j]) + 1 if prev_j is not None else 0
        hi = min(al.right_links[next_j]) if next_j is not None else n_left
        best, best_sim = -1, RECLAIM
        for i in candidates[j]:
            if lo <= i < hi and i not in al.left_links and (sim := profiles.dice(i, j)) >= best_sim:
                best, best_sim = i, sim
        if best >= 0:
            del al.repeat_of[j]
            al.add(best, j, best_sim)
            bisect.insort(linked_right, j)


def _context_links(profiles: Profiles, al: Alignment, th: Thresholds, strict: bool) -> bool:
    """Link unlinked sentences that sit between (or beside) linked neighbours, with a lower bar.

    ``strict`` (a copy that borrows a little): only near linked neighbours, and beside a
    single link only a diagonal step; between two links the place is evidence."""
    changed = False
    n_left, n_right = len(profiles.left), len(profiles.right)
    reach = CONTEXT_REACH if strict else n_right
    linked_right = sorted(al.right_links)
    for j in range(n_right):
        if j in al.right_links or j in al.repeat_of or profiles.right_total[j] <= 0:
            continue
        pos = bisect.bisect_left(linked_right, j)
        prev_j = linked_right[pos - 1] if pos > 0 and j - linked_right[pos - 1] <= reach else None
        next_j = linked_right[pos] if pos < len(linked_right) and linked_right[pos] - j <= reach else None
        if prev_j is None and next_j is None:
            continue
        lo = max(al.right_links[prev_j]) + 1 if prev_j is not None else (None if strict else 0)
        hi = min(al.right_links[next_j]) if next_j is not None else (None if strict else n_left)
        if lo is not None and hi is not None and lo <= hi:
            window = list(range(lo, min(hi, lo + 12)))
        else:  # beside one link, or between two out of order: just after the one, just before the other
            window = [*(range(lo, min(lo + 3, n_left)) if lo is not None else ()),
                      *(range(max(0, hi - 3), hi) if hi is not None else ())]
        best, best_sim = -1, 0.0
        for i in window:
            if i in al.left_links:
                continue
            sim = profiles.dice(i, j)
            if sim > best_sim:
                best, best_sim = i, sim
        if best < 0:
            continue
        adjacent = (prev_j == j - 1 and best - 1 in al.right_links[prev_j]) or (
            next_j == j + 1 and best + 1 in al.right_links[next_j])
        between = lo is not None and hi is not None and (lo <= hi or not strict)
        if strict and not (between or adjacent):
            continue
        bar = th.adjacent if adjacent and (between or not strict) else th.context
        words = profiles.content_count(profiles.left[best] & profiles.right[j])
        if (best_sim >= bar and words >= (2 if strict else 1)
                and _best_for_left(profiles, al, best, j, best_sim)):
            al.add(best, j, best_sim)
            bisect.insort(linked_right, j)
            changed = True
    return changed


def _best_for_left(profiles: Profiles, al: Alignment, i: int, j: int, sim: float) -> bool:
    """No unlinked right sentence near j suits left sentence i better."""
    for k in range(max(0, j - 3), min(len(profiles.right), j + 4)):
        if k != j and k not in al.right_links and k not in al.repeat_of and profiles.dice(i, k) > sim:
            return False
    return True


def _merge_links(profiles: Profiles, candidates: list[list[int]], al: Alignment,
                 th: Thresholds, strict: bool) -> bool:
    """Join an unlinked sentence to a linked one on the other side whose rest it explains
    (``strict``: only one whose partner is its neighbour)."""
    left_cands: dict[int, set[int]] = {}
    for j, cands in enumerate(candidates):
        for i in cands:
            left_cands.setdefault(i, set()).add(j)
    rests: _Rests = {}
    changed = False
    # Several left sentences merged into one right sentence.
    for i in range(len(profiles.left)):
        if i in al.left_links or profiles.left_total[i] <= 0:
            continue
        near = {j for n in (i - 1, i + 1) for j in al.left_links.get(n, ())}
        pool = {j for j in near | (set() if strict else left_cands.get(i, set()))
                if j in al.right_links and j not in al.repeat_of}
        best = _best_merge(profiles, "left", i, pool, near, al.right_links, th, rests)
        if best >= 0:
            al.add(i, best, th.merge_near)
            changed = True
    # One left sentence split into several right sentences.
    for j in range(len(profiles.right)):
        if j in al.right_links or j in al.repeat_of or profiles.right_total[j] <= 0:
            continue
        near = {i for n in (j - 1, j + 1) for i in al.right_links.get(n, ())}
        pool = {i for i in near | (set() if strict else set(candidates[j])) if i in al.left_links}
        best = _best_merge(profiles, "right", j, pool, near, al.left_links, th, rests)
        if best >= 0:
            al.add(best, j, th.merge_near)
            changed = True
    return changed


# The unexplained rest of a sentence (its words less its partners'), by side and sentence, with
# how many of its partners are taken out: one sentence with 14,000 partners (a long sentence the
# copy cut up) had each partner taken out again for each sentence weighed against it (1 MB: 28 s).
_Rests = dict[tuple[str, int], tuple[int, Counter[int]]]


def _rest(profiles: Profiles, side: str, m: int, partners: list[int], rests: _Rests) -> Counter[int]:
    """Sentence m of ``side`` less the words of its ``partners`` (counts at or below 0: none)."""
    other = "right" if side == "left" else "left"
    taken, rest = rests.get((side, m), (0, None))
    if rest is None:
        rest = profiles.bag(side, m)
    for p in partners[taken:]:
        for t, n in profiles.bag(other, p).items():
            rest[t] -= n
    rests[(side, m)] = (len(partners), rest)
    return rest


def _best_merge(profiles: Profiles, side: str, k: int, pool: set[int], near: set[int],
                partners: dict[int, list[int]], th: Thresholds, rests: _Rests) -> int:
    """The sentence of the other side whose unexplained rest best contains sentence k, or -1."""
    other = "right" if side == "left" else "left"
    piece = profiles.bag(side, k)
    piece_weight = profiles.bag_weight(piece)
    best, best_gain = -1, 0.0
    own = profiles.left[k] if side == "left" else profiles.right[k]
    own_total = profiles.left_total[k] if side == "left" else profiles.right_total[k]
    for m in sorted(pool):
        theirs = profiles.right[m] if side == "left" else profiles.left[m]
        if profiles.shared(own, theirs) < th.merge_near * own_total:
            continue  # cannot reach the bar even before its partners are taken out
        rest = _rest(profiles, other, m, partners[m], rests)
        common = piece & rest
        gain = profiles.bag_weight(common) / piece_weight
        close = m in near
        bar = th.merge_near if close else th.merge_far
        words = profiles.content_count(set(common))
        if gain >= bar and gain > best_gain and words >= (MIN_MERGE_WORDS - 1 if close else MIN_MERGE_WORDS):
            best, best_gain = m, gain
    return best
