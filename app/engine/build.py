"""Turning sentence links into the comparison records a reader sees."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from app.documents.model import Document
from app.engine.align import Alignment
from app.engine.furniture import furniture_paragraphs
from app.engine.options import CompareOptions
from app.engine.passages import passages
from app.engine.records import Comparison, Difference, Edit, Match, SideName, Span, Summary
from app.engine.segment import Sentence
from app.engine.words import DiffBudget, Shapes, WordDiff, word_edits
from app.vocabulary import KIND

# A passage out of order is "moved" when it is recognisably the same text (or
# part of a block that moved together); a sentence a rewrite reworded heavily
# and put elsewhere is "changed", still linked to its source.
MOVED_SIMILARITY = 0.5
MOVED_BLOCK_SIMILARITY = 0.35


class _Found(NamedTuple):
    """A difference before it is numbered: the fields of a Difference after its id (made once,
    numbered, rather than made and then replaced with its number)."""

    kind: str
    left: Span | None
    right: Span | None
    similarity: float | None = None
    edits: tuple[Edit, ...] = ()
    duplicate_of: Span | None = None
    furniture: bool = False


@dataclass(frozen=True, slots=True)
class Unit:
    """Linked sentences of both sides, read as one passage."""

    lefts: tuple[int, ...]
    rights: tuple[int, ...]
    score: float


def build(left: Document, right: Document, ls: list[Sentence], rs: list[Sentence],
          lkeys: list[str], rkeys: list[str], al: Alignment,
          options: CompareOptions) -> Comparison:
    """The Comparison for sentences ``ls``/``rs`` (with their diff keys) linked by ``al``."""
    units = _units(al)
    in_order = _in_order(units, ls, rs)
    lspan = _spanner(ls)
    rspan = _spanner(rs)
    lfurn = _furniture_sentences(left.text, ls)
    rfurn = _furniture_sentences(right.text, rs)

    matches: list[Match] = []
    found: list[_Found] = []  # made into Differences once numbered in reading order
    anchors: list[tuple[Span, Span]] = []
    last_match: Unit | None = None
    shapes: Shapes = {}  # word diffs of the pairs of this comparison, by shape
    budget = DiffBudget()  # and the seconds of diffing they share
    for k, u in enumerate(units):
        a, b = lspan(u.lefts), rspan(u.rights)
        ordered = k in in_order
        if len(u.lefts) == len(u.rights) == 1:  # (most units: no joining)
            keys = (lkeys[u.lefts[0]], rkeys[u.rights[0]])
        else:
            keys = (" ".join(lkeys[i] for i in u.lefts), " ".join(rkeys[j] for j in u.rights))
        same = keys[0] == keys[1]
        if ordered and same:
            prev = matches[-1] if matches else None
            if (prev is not None and last_match is not None
                    and u.lefts[0] == last_match.lefts[-1] + 1
                    and u.rights[0] == last_match.rights[-1] + 1):
                matches[-1] = Match((prev.left[0], a[1]), (prev.right[0], b[1]))
                anchors[-1] = (matches[-1].left, matches[-1].right)
            else:
                matches.append(Match(a, b))
                anchors.append((a, b))
            last_match = u
            continue
        last_match = None
        wd = word_edits(left.text, a, right.text, b, options, shapes, keys, budget)
        furniture = lfurn.issuperset(u.lefts) and rfurn.issuperset(u.rights)
        # Only for a pair linked to nothing else: a sentence split across two places is not cut.
        alone = (len(u.lefts) == len(u.rights) == 1 and len(al.left_links[u.lefts[0]]) == 1
                 and len(al.right_links[u.rights[0]]) == 1)
        cut = _whole_sentence_cut(wd, a, b, left.text, right.text) if alone else None
        if cut is not None:  # one side has a sentence more: kept text and an omission or addition
            kind, kept_left, kept_right, extra = cut
            if ordered:
                matches.append(Match(kept_left, kept_right))
                anchors.append((kept_left, kept_right))
            else:
                found.append(_Found("moved", kept_left, kept_right, 1.0, (), furniture=furniture))
            found.append(_Found(kind, extra if kind == "omitted" else None,
                                extra if kind == "added" else None, furniture=furniture))
            continue
        moved = not ordered and (wd.similarity >= MOVED_SIMILARITY or (
            wd.similarity >= MOVED_BLOCK_SIMILARITY and _in_moved_block(k, units, in_order)))
        found.append(_Found("moved" if moved else "changed", a, b, wd.similarity, wd.edits, furniture=furniture))
        if ordered:
            anchors.append((a, b))

    for run in _runs(i for i in range(len(ls)) if i not in al.left_links):
        for part in _split_by_paragraph(run, ls):
            found.append(_Found("omitted", lspan(part), None, furniture=lfurn.issuperset(part)))
    plain = (j for j in range(len(rs)) if j not in al.right_links and j not in al.repeat_of)
    for run in _runs(plain):
        for part in _split_by_paragraph(run, rs):
            found.append(_Found("added", None, rspan(part), furniture=rfurn.issuperset(part)))
    for run in _repeat_runs(al, rs):
        sources = tuple(al.repeat_of[j] for j in run)
        found.append(_Found("duplicated", None, rspan(run), duplicate_of=rspan(sources),
                            furniture=rfurn.issuperset(run)))

    anchors.sort()
    probe = Comparison(left, right, (), (), Summary(0, 0, 0, 0), tuple(anchors))
    def reading_order(f: _Found) -> tuple[int, int, int]:
        pos = f.right[0] if f.right is not None else probe.aligned_position("left", f.left[0] if f.left else 0)
        return (pos, KIND[f.kind].rank, f.left[0] if f.left else 0)  # at one place: the table's order

    found.sort(key=reading_order)
    differences = tuple(Difference(n, *f) for n, f in enumerate(found, start=1))
    furniture_spans = (_furniture_spans(lfurn, ls), _furniture_spans(rfurn, rs))
    summary = _summary(left.text, right.text, differences, matches, furniture_spans)
    return Comparison(left, right, differences, tuple(matches), summary, tuple(anchors),
                      passages(left.text, right.text, differences, tuple(matches)))


def _whole_sentence_cut(wd: WordDiff, a: Span, b: Span, left_text: str,
                        right_text: str) -> tuple[str, Span, Span, Span] | None:
    """When the only edit of a linked pair drops a whole sentence from its start or end, that
    sentence is omitted (or added) text, not words inside a reworded pair.

    The segmenter keeps "...the back of Mr. Kilroy-Silk." whole; a copy reading "...the
    back of Mr." ends a sentence there, and what follows it in the original is gone.
    Returns (kind, kept left span, kept right span, span of the extra sentence)."""
    if len(wd.edits) != 1:
        return None
    edit = wd.edits[0]
    text, whole, other = (left_text, a, b) if edit.op == "delete" else (right_text, b, a)
    span = edit.left if edit.op == "delete" else edit.right
    assert span is not None
    s, e = span
    if e == whole[1] and s > whole[0] and _ends_sentence(text[whole[0]:s]) and _starts_sentence(text[s:e]):
        kept = (whole[0], _trim_end(text, whole[0], s))
    elif s == whole[0] and e < whole[1] and _ends_sentence(text[s:e]) and _starts_sentence(text[e:whole[1]]):
        kept = (_trim_start(text, e, whole[1]), whole[1])
    else:
        return None
    if edit.op == "delete":
        return "omitted", kept, other, span
    return "added", other, kept, span


_SENTENCE_CLOSE = ".!?\u2026\"'\u201d\u2019)]"


def _ends_sentence(text: str) -> bool:
    t = text.rstrip()
    return bool(t) and t[-1] in _SENTENCE_CLOSE and any(c in ".!?\u2026" for c in t[-3:])


def _starts_sentence(text: str) -> bool:
    t = text.lstrip().lstrip("\"'\u201c\u2018([")
    return bool(t) and (t[0].isupper() or t[0].isdigit())


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _furniture_sentences(text: str, sentences: list[Sentence]) -> frozenset[int]:
    paragraphs = furniture_paragraphs(text, sentences)
    return frozenset(i for i, s in enumerate(sentences) if s.paragraph in paragraphs)


def _furniture_spans(indices: frozenset[int], sentences: list[Sentence]) -> list[Span]:
    return [(sentences[i].start, sentences[i].end) for i in sorted(indices)]


def _in_moved_block(k: int, units: list[Unit], in_order: set[int]) -> bool:
    """An out-of-order unit whose neighbour is also out of order and next to it on both sides."""
    u = units[k]
    for n in (k - 1, k + 1):
        if 0 <= n < len(units) and n not in in_order:
            v = units[n]
            if (abs(v.lefts[0] - u.lefts[-1]) == 1 or abs(u.lefts[0] - v.lefts[-1]) == 1) and (
                    abs(v.rights[0] - u.rights[-1]) == 1 or abs(u.rights[0] - v.rights[-1]) == 1):
                return True
    return False


def _units(al: Alignment) -> list[Unit]:
    """Connected groups of links; a group whose sentences are not contiguous splits into pairs."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    units = []
    # A link whose two sentences have no other link is a unit of its own (most are): only
    # the others go through the union-find.
    shared = []
    for (i, j), score in al.links.items():
        if len(al.left_links[i]) == 1 and len(al.right_links[j]) == 1:
            units.append(Unit((i, ), (j, ), score))
        else:
            shared.append((i, j))
    for i, j in shared:
        parent[find(("l", i))] = find(("r", j))
    groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for i, j in shared:
        groups.setdefault(find(("l", i)), []).append((i, j))
    for links in groups.values():
        lefts = sorted({i for i, _ in links})
        rights = sorted({j for _, j in links})
        score = min(al.links[link] for link in links)
        if _contiguous(lefts) and _contiguous(rights):
            units.append(Unit(tuple(lefts), tuple(rights), score))
        else:
            units.extend(Unit((i, ), (j, ), al.links[(i, j)]) for i, j in sorted(links))
    units.sort(key=lambda u: (u.rights[0], u.lefts[0]))
    return units


def _contiguous(xs: list[int]) -> bool:
    return xs[-1] - xs[0] == len(xs) - 1


def _in_order(units: list[Unit], ls: list[Sentence], rs: list[Sentence]) -> set[int]:
    """Indices of the units on the heaviest chain in order on both sides; the rest moved.

    A weighted longest increasing subsequence (units sorted by the right side,
    increasing on the left), weighted by length, with a Fenwick tree of maxima."""
    n = len(units)
    if not n:
        return set()
    ranks = {key: r for r, key in enumerate(sorted({u.lefts[0] for u in units}), start=1)}
    size = len(ranks)
    tree_best = [0.0] * (size + 1)
    tree_at = [-1] * (size + 1)
    best = [0.0] * n
    back = [-1] * n
    length = [s.end - s.start for s in ls]
    for k, u in enumerate(units):
        r = ranks[u.lefts[0]]
        # Best chain ending at a strictly smaller left position.
        q, bw, bi = r - 1, 0.0, -1
        while q > 0:
            if tree_best[q] > bw:
                bw, bi = tree_best[q], tree_at[q]
            q -= q & -q
        here = best[k] = bw + (length[u.lefts[0]] if len(u.lefts) == 1 else sum(length[i] for i in u.lefts)) + 1
        back[k] = bi
        q = r
        while q <= size:
            if here > tree_best[q]:
                tree_best[q], tree_at[q] = here, k
            q += q & -q
    chain: set[int] = set()
    k = max(range(n), key=best.__getitem__)
    while k >= 0:
        chain.add(k)
        k = back[k]
    return chain


def _spanner(sentences: list[Sentence]):
    def span(indices: Sequence[int]) -> Span:
        if len(indices) == 1:  # (most)
            one = sentences[indices[0]]
            return (one.start, one.end)
        # sentences are in text order: the first starts first, the last ends last
        return (sentences[min(indices)].start, sentences[max(indices)].end)
    return span


def _runs(indices: Iterable[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _split_by_paragraph(run: list[int], sentences: list[Sentence]) -> list[list[int]]:
    parts: list[list[int]] = []
    for i in run:
        if parts and sentences[parts[-1][-1]].paragraph == sentences[i].paragraph:
            parts[-1].append(i)
        else:
            parts.append([i])
    return parts


def _repeat_runs(al: Alignment, rs: list[Sentence]) -> list[list[int]]:
    runs: list[list[int]] = []
    for j in sorted(al.repeat_of):
        if j in al.right_links:
            continue
        if (runs and runs[-1][-1] == j - 1 and rs[j].paragraph == rs[j - 1].paragraph
                and al.repeat_of[j] == al.repeat_of[j - 1] + 1):
            runs[-1].append(j)
        else:
            runs.append([j])
    return runs


def _summary(left_text: str, right_text: str, differences: tuple[Difference, ...],
             matches: list[Match], furniture: tuple[list[Span], list[Span]]) -> Summary:
    """Shares of non-space text, page furniture left out of both the parts and the whole."""
    lfurn, rfurn = furniture

    def covered(text: str, spans: list[Span], skip: list[Span]) -> int:
        merged = _merge(spans)
        return _count(text, merged) - _count(text, _intersect(merged, skip))

    def of(kind: str, side: SideName) -> list[Span]:
        return [span for d in differences
                if d.kind == kind and not d.furniture and (span := d.span(side)) is not None]

    reused = [m.right for m in matches] + of("changed", "right") + of("moved", "right")
    rtotal = (_non_space(right_text) - _count(right_text, rfurn)) or 1
    ltotal = (_non_space(left_text) - _count(left_text, lfurn)) or 1
    return Summary(
        reused=covered(right_text, reused, rfurn) / rtotal,
        added=covered(right_text, of("added", "right"), rfurn) / rtotal,
        duplicated=covered(right_text, of("duplicated", "right"), rfurn) / rtotal,
        omitted=covered(left_text, of("omitted", "left"), lfurn) / ltotal,
    )


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        elif e > s:
            out.append((s, e))
    return out


def _intersect(a: list[Span], b: list[Span]) -> list[Span]:
    """Overlaps of two sorted lists of disjoint spans."""
    out, i, j = [], 0, 0
    b = _merge(b)
    while i < len(a) and j < len(b):
        s, e = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if s < e:
            out.append((s, e))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def _count(text: str, spans: list[Span]) -> int:
    return sum(_non_space(text[s:e]) for s, e in spans)


def _non_space(text: str) -> int:
    return len("".join(text.split()))
