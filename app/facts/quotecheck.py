"""The strict check of quotations: every quotation of the copy must be in the original, word for word.

Typography aside (curly or straight quotes, dashes, case, punctuation
between words), a quotation of the copy is

- ``kept`` when its words are those of a quotation of the original (or of
  two in one sentence, "We are ready," he said, "to talk": noted),
- ``shortened`` when they are a contiguous part of one, or parts joined by
  an ellipsis ("..." / "…" / "[...]") in the same order (two quotations
  close together in one paragraph count as one),
- ``kept`` with a note when the original has the words but not as a
  quotation (the entry's source is then those words of the original),
- ``altered`` when a quotation of the original is similar (most words the
  same, in order) but not the same: the note says which words differ,
- ``unsourced`` otherwise: nothing like it in the original.

A quotation of the original that no quotation of the copy comes from is
``missing``, unless the copy has its words without quotation marks (then
``kept``, with a note, paired with those words of the copy).

A quotation without its closing mark (``Fact.unclosed``) is checked like
any other, with a note saying so; one of the copy that would otherwise be
altered or unsourced is kept when it starts with the words of a quotation
of the original (the copy lost the closing mark, and its quotation runs on
into narrative).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from app.facts.folding import fold_words, words_with_spans
from app.facts.quotes import MAX_QUOTE_CHARS
from app.facts.records import Fact, SideName, Span
from app.facts.wordindex import Tries, WordIndex
from app.facts.wordmatch import Block, matching_blocks, opcodes

_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3}\]|\(\s*(?:\.\s*){3}\)|(?:\.\s*){3}|\u2026|\[\u2026\]")
SIMILAR = 0.6  # share of the copy's words found in order in an original quotation: "altered"
MIN_UNQUOTED_WORDS = 4  # a dropped quotation is found unquoted in the copy only if this long
STRETCH_CHARS = 10 * MAX_QUOTE_CHARS  # a quotation's pieces are found unquoted within this of its first
CHAIN_GAP = 80  # characters between two quotations of one sentence that read as one
# Budgets that only pages built of quotations reach: candidate sources weighed per quotation of
# the copy (those nearest where it lines up), the rarest of its words that find sources to
# score, and sources scored for similarity.
NEAREST = 32
SAME_NEAREST = 4  # of equal quotations of the original, those either side of where the copy's lines up
RARE_WORDS = 8
SCORED = 256
# Steps (app/facts/wordmatch.py) that scoring sources for similarity may take in one check, shared
# by the quotations of the copy: each may spend what is left divided by those left to check, and
# at least QUOTE_STEPS while any is left. Scoring was unbounded: 1,400-word quotations of one
# repeated word cost 2.4 million steps a pair (a megabyte of them: hours), and 20,000 short
# quotations, each scored against 32 sources, 30 s. An article's quotations take some thousands
# (at most 35,195 in all, 12,111 for one, on 111 pairs of news articles and PAN texts); the budget
# is some 0.3 s of scoring.
SCORING_STEPS = 1_500_000
QUOTE_STEPS = 200_000
# Tries (app/facts/wordindex.py) that the searches of one check may take, all told: some 0.3 s of
# searching (those 111 pairs: at most 9,596). Past it, a verdict that rests on not finding words
# says it was not searched in full.
SEARCH_TRIES = 1_000_000
NOT_SEARCHED = "not searched for in full (too many quotations)"


@dataclass(frozen=True, slots=True)
class QuoteResult:
    """The verdict on one quotation of the copy: status, source in the original (if any), note."""

    status: str
    source: Fact | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class _Source:
    words: tuple[str, ...]
    quote: Fact  # the (first) quotation of the original it comes from
    chained: bool


class QuoteChecker:
    """Checks quotations of the copy against the quotations and the text of the original.

    Every search is indexed (app/facts/wordindex.py) and weighs at most
    NEAREST candidate sources, those nearest the place the copy's quotation
    lines up with: a page of thousands of quotations costs a bounded amount
    of work per quotation. (Before, every run of quotations close together
    was a source of its own, each a copied tuple of words: memory cubic in
    the number of quotations, 14 GB for 10 KB of '"a" ' repeated.)
    """

    def __init__(self, originals: Sequence[Fact], original_text: str, copy_text: str,
                 distance: Callable[[Fact, Fact], int], anchor: Callable[[Fact], int] | None = None,
                 to_check: int = 1) -> None:
        """``distance(original_quote, copy_quote)`` ranks equally good sources: the nearest wins.

        ``anchor(copy_quote)`` is the offset in the original that lines up with
        a quotation of the copy (by default: the same share of the text).
        ``to_check``: how many quotations of the copy will be checked (they share SCORING_STEPS).
        """
        self._steps_left = SCORING_STEPS
        self._to_check = max(1, to_check)
        self._tries = Tries(SEARCH_TRIES)
        self._folded = {q.span: fold_words(q.text) for q in originals}  # (each quotation folded once)
        self._quotes = [q for q in sorted(originals, key=lambda q: q.span) if self._folded[q.span]]
        self._starts = [q.span[0] for q in self._quotes]
        self._sources = _Sources(self._quotes, original_text, self._folded, self._tries)
        self._texts = (original_text, copy_text)
        self._distance = distance
        scale = len(original_text) / max(1, len(copy_text))
        self._anchor = anchor or (lambda q: int(q.span[0] * scale))

    @cached_property
    def _original(self) -> _Words:
        # (The words of both texts are indexed when a quotation first needs them: a text
        # without quotations spent a fifth of its facts check indexing them.)
        return _Words(self._texts[0], "left", self._tries)

    @cached_property
    def _copy(self) -> _Words:
        return _Words(self._texts[1], "right", self._tries)

    def check(self, quote: Fact) -> QuoteResult:
        """The verdict on ``quote``, a quotation of the copy."""
        allowance = min(self._steps_left, max(QUOTE_STEPS, self._steps_left // self._to_check))
        self._to_check = max(1, self._to_check - 1)
        result = self._check(quote, allowance)
        notes = [result.note]
        if result.source is not None and result.source.unclosed:
            notes.append("the original does not close this quotation")
        if quote.unclosed:
            notes.append("the copy does not close this quotation")
        if self._tries.spent and result.status in ("altered", "unsourced"):
            notes.append(NOT_SEARCHED)
        return QuoteResult(result.status, result.source, "; ".join(filter(None, notes)))

    def _check(self, quote: Fact, allowance: int) -> QuoteResult:
        words = fold_words(quote.text)
        parts = _ELLIPSIS.split(quote.text)
        pieces = [p for p in map(fold_words, parts) if p] if len(parts) > 1 else [words] if words else []
        sources = self._sources
        around = sources.position_near(bisect_left(self._starts, self._anchor(quote)))

        def nearest(candidates: list[_Source]) -> _Source:
            return min(candidates, key=lambda s: (s.chained, self._distance(s.quote, quote)))

        exact = sources.exact(words, around)
        if exact:
            best = nearest(exact)
            return QuoteResult("kept", best.quote, "joins two quotations of the original" if best.chained else "")
        inside = sources.inside(pieces, around)
        if inside:
            best = nearest(inside)
            note = "joins two quotations of the original" if best.chained else ""
            if len(pieces) > 1:
                note = ", ".join(filter(None, ["parts joined by an ellipsis", note]))
            return QuoteResult("shortened", best.quote, note)
        runs_on = sources.starting(words, around) if quote.unclosed else []
        if runs_on:
            return QuoteResult("kept", nearest(runs_on).quote, "goes on past the original's quotation")
        unquoted = self._original.find(pieces)
        if unquoted is not None:
            return QuoteResult("kept", unquoted, "the original has these words, but not as a quotation")
        scored: list[tuple[float, _Source, list[Block]]] = []
        weighed_all = True
        for source in sources.similar(words, around):
            blocks, steps = matching_blocks(source.words, words, allowance)
            allowance -= steps
            self._steps_left -= min(steps, self._steps_left)
            if blocks is None:  # the budget is spent: the sources left (farther) are not weighed
                weighed_all = False
                break
            score = _similarity(source.words, words, blocks)
            if score >= SIMILAR:
                scored.append((score, source, blocks))
        if scored:
            top = max(score for score, _, _ in scored)
            best = nearest([s for score, s, _ in scored if score == top])
            blocks = next(b for score, s, b in scored if s is best)
            return QuoteResult("altered", best.quote, _word_changes(best.words, words, blocks))
        if not weighed_all:
            return QuoteResult("unsourced", None, "not found in the original (its similar quotations were "
                                                  "not all weighed: too many, or too repetitive)")
        return QuoteResult("unsourced", None, "not found in the original")

    @property
    def searched_in_full(self) -> bool:
        """Whether every search so far was made in full (see SEARCH_TRIES)."""
        return not self._tries.spent

    def found_unquoted(self, quote: Fact) -> Fact | None:
        """The words of ``quote`` (of the original) in the copy, quotation marks dropped, or None."""
        words = self._folded.get(quote.span) or fold_words(quote.text)
        return self._copy.find([words]) if len(words) >= MIN_UNQUOTED_WORDS else None


class _Sources:
    """The quotations of the original as sources: each alone, and runs of them close together.

    All their words stand in one WordIndex, a quotation after the other; an
    empty word separates runs (quotations apart, or in other paragraphs), so
    a phrase found in the index lies in one quotation or one run of them.
    A chained source (a run from quotation i to j) is never stored: it is
    found as a stretch of the index from the start of i to the end of j.
    """

    def __init__(self, quotes: list[Fact], text: str, folded: dict[Span, tuple[str, ...]], budget: Tries) -> None:
        self.quotes = quotes
        joined: list[str] = []
        self.first: list[int] = []  # where each quotation's words start in the index
        self.last: list[int] = []  # where they end
        self.run_end: list[int] = []  # where the run of each quotation ends
        for i, q in enumerate(quotes):
            if i and not _close(text, quotes[i - 1], q):
                joined.append("")
            self.first.append(len(joined))
            joined.extend(folded[q.span])
            self.last.append(len(joined))
        ends: list[int] = []
        for i in reversed(range(len(quotes))):
            ends.append(self.last[i] if i + 1 == len(quotes) or self.first[i + 1] > self.last[i] else ends[-1])
        self.run_end = ends[::-1]
        self.index = WordIndex(joined, budget)
        self._quote_of: list[int] = []  # quote_at(p) for every position p
        for i in range(len(quotes)):
            end = self.first[i + 1] if i + 1 < len(quotes) else len(joined)
            self._quote_of.extend([i] * (end - len(self._quote_of)))
        self._starting_at = {p: i for i, p in enumerate(self.first)}
        self._ending_at = {p: i for i, p in enumerate(self.last)}
        self._alone: dict[tuple[str, ...], list[int]] = {}
        for i in range(len(quotes)):
            self._alone.setdefault(self.index.words[self.first[i]:self.last[i]], []).append(i)

    def position_near(self, quote_index: int) -> int:
        """The index position of quotation ``quote_index`` (clamped)."""
        if not self.first:
            return 0
        return self.first[min(max(quote_index, 0), len(self.first) - 1)]

    def quote_at(self, position: int) -> int:
        """The quotation whose words hold index position ``position``."""
        return bisect_right(self.first, position) - 1

    def source(self, i: int, j: int) -> _Source:
        """The source made of quotations i to j (j == i: quotation i alone)."""
        return _Source(self.index.words[self.first[i]:self.last[j]], self.quotes[i], j > i)

    def exact(self, words: tuple[str, ...], around: int) -> list[_Source]:
        """Sources whose words are ``words``: quotations alone if any, else runs of quotations."""
        alone = self._alone.get(words)
        if alone:  # (a run is weighed only when no quotation alone will do)
            k = bisect_left(alone, self.quote_at(around))
            return [self.source(i, i) for i in alone[max(0, k - SAME_NEAREST):k + SAME_NEAREST]]
        out = []
        for p in self.index.near(words, around, NEAREST):
            i, j = self._starting_at.get(p), self._ending_at.get(p + len(words))
            if i is not None and j is not None and j >= i:
                out.append(self.source(i, j))
        return out

    def inside(self, pieces: list[tuple[str, ...]], around: int) -> list[_Source]:
        """Sources holding each of ``pieces`` in order, the first of which stands in their first quotation.

        One quotation alone when it holds them all; else the run from the
        quotation where the first piece stands.
        """
        if not pieces:
            return []
        out = []
        seen: set[int] = set()
        for p in self.index.near(pieces[0], around, NEAREST):
            i = self.quote_at(p)
            if i in seen or p + len(pieces[0]) > self.run_end[i]:
                continue
            seen.add(i)
            alone = self._in_order(pieces, self.first[i], self.last[i])
            if alone:
                out.append(self.source(i, i))
                continue
            end = self._in_order(pieces, p, self.run_end[i])
            if end:
                out.append(self.source(i, bisect_left(self.last, end)))
        return out

    def _in_order(self, pieces: list[tuple[str, ...]], lo: int, hi: int) -> int:
        """Where the last of ``pieces`` ends, found in order in [lo, hi); 0 if they are not all there."""
        at = lo
        for piece in pieces:
            found = self.index.find(piece, at, hi)
            if found < 0:
                return 0
            at = found + len(piece)
        return at

    def starting(self, words: tuple[str, ...], around: int) -> list[_Source]:
        """Sources of at least MIN_UNQUOTED_WORDS words with which ``words`` start."""
        if len(words) < MIN_UNQUOTED_WORDS:
            return []
        out = []
        for p in self.index.near(words[:MIN_UNQUOTED_WORDS], around, NEAREST):
            i = self._starting_at.get(p)
            if i is None:
                continue
            shared = p + self.index.common_prefix(p, words)
            j = bisect_right(self.last, shared) - 1  # the last quotation wholly inside the shared words
            if j >= i and self.last[j] <= self.run_end[i]:
                if self.last[i] - p >= MIN_UNQUOTED_WORDS:
                    out.append(self.source(i, i))
                elif self.last[j] - p >= MIN_UNQUOTED_WORDS:
                    out.append(self.source(i, j))
        return out

    def similar(self, words: tuple[str, ...], around: int) -> Iterator[_Source]:
        """Sources that could be ``words`` altered: near ``around``, sharing a word, of a fitting length.

        Only a source of SIMILAR * len(words) to len(words) / SIMILAR words can
        score SIMILAR (see _similarity); at most SCORED sources, nearest first, each made when
        asked for (scoring may stop early: see SCORING_STEPS).
        """
        if not self.quotes:
            return
        centre = self.quote_at(around)
        firsts = set(self._nearest_quotes(around))
        if len(firsts) <= NEAREST and len(firsts) < len(self.quotes):
            # Fewer quotations either side than are weighed (near the start or the end): the rarest
            # words may bring farther ones. (Elsewhere the NEAREST nearest are those either side;
            # each quotation looked up the quotations of 64 places of its 8 rarest words in vain.)
            count = self.index.count
            rare = sorted({w for w in words if count(w)}, key=lambda w: (count(w), w))[:RARE_WORDS]
            for word in rare:
                positions = self.index.positions(word)
                k = bisect_left(positions, around)
                firsts.update(map(self._quote_of.__getitem__, positions[max(0, k - NEAREST):k + NEAREST]))
        shortest, longest = SIMILAR * len(words) - 1e-9, len(words) / SIMILAR + 1e-9
        made = 0
        for i in sorted(firsts, key=lambda i: (abs(i - centre), i))[:NEAREST]:
            for j in range(i, len(self.quotes)):
                size = self.last[j] - self.first[i]
                if size > longest or self.last[j] > self.run_end[i] or made >= SCORED:
                    break
                if size >= shortest:
                    made += 1
                    yield self.source(i, j)

    def _nearest_quotes(self, around: int) -> range:
        centre = self.quote_at(around)
        return range(max(0, centre - NEAREST // 2), min(len(self.quotes), centre + NEAREST // 2 + 1))


def _close(text: str, before: Fact, after: Fact) -> bool:
    """Whether two quotations read as one: close together in one paragraph."""
    gap = text[before.span[1]:max(before.span[1], min(after.span[0], before.span[1] + CHAIN_GAP + 1))]
    return len(gap) <= CHAIN_GAP and after.span[0] - before.span[1] <= CHAIN_GAP and "\n" not in gap


def _similarity(source: tuple[str, ...], words: tuple[str, ...], blocks: list[Block]) -> float:
    """Share of the copy's words found, in order, in the source (and not lost in a far longer source);
    ``blocks``: ``matching_blocks(source, words)``."""
    if not words or not source:
        return 0.0
    same = sum(size for _, _, size in blocks)
    return same / max(len(words), min(len(source), 2 * len(words)))


def _word_changes(source: tuple[str, ...], words: tuple[str, ...], blocks: list[Block]) -> str:
    """What the copy changed, in words: 'said "x" where the original has "y"' (``blocks``: as for
    _similarity)."""
    changes = []
    first, last = _covered(blocks)
    for op, a1, a2, b1, b2 in opcodes(blocks):
        if op == "equal" or (op == "delete" and (a2 <= first or a1 >= last)):
            continue
        old, new = " ".join(source[a1:a2]), " ".join(words[b1:b2])
        if op == "replace":
            changes.append(f'"{new}" where the original has "{old}"')
        elif op == "insert":
            changes.append(f'adds "{new}"')
        else:
            changes.append(f'leaves out "{old}"')
    return "; ".join(changes[:4]) or "words differ"


def _covered(blocks: list[Block]) -> tuple[int, int]:
    """The part of the source the copy's quotation spans (an excerpt need not say what it left out)."""
    sized = [b for b in blocks if b[2]]
    if not sized:
        return 0, 0
    return sized[0][0], sized[-1][0] + sized[-1][2]


class _Words:
    """The folded words of one text with their spans: where a run of words stands, as a Fact."""

    def __init__(self, text: str, side: SideName, budget: Tries) -> None:
        self.text = text
        self.side = side
        spans = words_with_spans(text)
        self.index = WordIndex([w for w, _, _ in spans], budget)
        self.spans = [(s, e) for _, s, e in spans]
        self.starts = [s for s, _ in self.spans]

    def find(self, pieces: list[tuple[str, ...]]) -> Fact | None:
        """The text from the first to the last of ``pieces`` found in order, within STRETCH_CHARS of
        the first, or None."""
        if not pieces:
            return None
        at = 0
        first = -1
        hi = len(self.index)
        for piece in pieces:
            found = self.index.find(piece, at, hi)
            if found < 0 or not piece:
                return None
            if first < 0:
                first = found
                # The pieces of one quotation stand near each other: found anywhere after the
                # first, the stretch ran over the text, and each quotation of a page of them
                # folded its megabyte again and kept it (1 MiB: 11 s, 350 MB).
                hi = bisect_left(self.starts, self.spans[first][0] + STRETCH_CHARS)
            at = found + len(piece)
        span = (self.spans[first][0], self.spans[at - 1][1])
        # (The stretch's words folded are those of the index: the same words, read in place.)
        return Fact("quote", self.text[span[0]:span[1]], " ".join(self.index.words[first:at]), self.side, span)
