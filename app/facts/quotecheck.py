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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from app.facts.folding import fold_words, words_with_spans
from app.facts.records import Fact, SideName

_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3}\]|\(\s*(?:\.\s*){3}\)|(?:\.\s*){3}|\u2026|\[\u2026\]")
SIMILAR = 0.6  # share of the copy's words found in order in an original quotation: "altered"
MIN_UNQUOTED_WORDS = 4  # a dropped quotation is found unquoted in the copy only if this long
CHAIN_GAP = 80  # characters between two quotations of one sentence that read as one


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
    """Checks quotations of the copy against the quotations and the text of the original."""

    def __init__(self, originals: Sequence[Fact], original_text: str, copy_text: str,
                 distance: Callable[[Fact, Fact], int]) -> None:
        """``distance(original_quote, copy_quote)`` ranks equally good sources: the nearest wins."""
        self._sources = _sources(originals, original_text)
        self._original = _Words(original_text, "left")
        self._copy = _Words(copy_text, "right")
        self._distance = distance

    def check(self, quote: Fact) -> QuoteResult:
        """The verdict on ``quote``, a quotation of the copy."""
        result = self._check(quote)
        notes = [result.note]
        if result.source is not None and result.source.unclosed:
            notes.append("the original does not close this quotation")
        if quote.unclosed:
            notes.append("the copy does not close this quotation")
        return QuoteResult(result.status, result.source, "; ".join(filter(None, notes)))

    def _check(self, quote: Fact) -> QuoteResult:
        words = fold_words(quote.text)
        pieces = [p for p in (fold_words(part) for part in _ELLIPSIS.split(quote.text)) if p]

        def nearest(candidates: list[_Source]) -> _Source:
            return min(candidates, key=lambda s: (s.chained, self._distance(s.quote, quote)))

        exact = [s for s in self._sources if s.words == words]
        if exact:
            best = nearest(exact)
            return QuoteResult("kept", best.quote, "joins two quotations of the original" if best.chained else "")
        inside = [s for s in self._sources if _contains_in_order(s.words, pieces)]
        if inside:
            best = nearest(inside)
            note = "joins two quotations of the original" if best.chained else ""
            if len(pieces) > 1:
                note = ", ".join(filter(None, ["parts joined by an ellipsis", note]))
            return QuoteResult("shortened", best.quote, note)
        runs_on = [s for s in self._sources if quote.unclosed and _runs_on(s.words, words)]
        if runs_on:
            return QuoteResult("kept", nearest(runs_on).quote, "goes on past the original's quotation")
        unquoted = self._original.find(pieces)
        if unquoted is not None:
            return QuoteResult("kept", unquoted, "the original has these words, but not as a quotation")
        scored = [(_similarity(s.words, words), s) for s in self._sources]
        scored = [(score, s) for score, s in scored if score >= SIMILAR]
        if scored:
            top = max(score for score, _ in scored)
            best = nearest([s for score, s in scored if score == top])
            return QuoteResult("altered", best.quote, _word_changes(best.words, words))
        return QuoteResult("unsourced", None, "not found in the original")

    def found_unquoted(self, quote: Fact) -> Fact | None:
        """The words of ``quote`` (of the original) in the copy, quotation marks dropped, or None."""
        words = fold_words(quote.text)
        return self._copy.find([words]) if len(words) >= MIN_UNQUOTED_WORDS else None


def _sources(originals: Sequence[Fact], text: str) -> list[_Source]:
    """Each quotation of the original, and each run of quotations close together in one paragraph."""
    ordered = sorted(originals, key=lambda q: q.span)
    out = [_Source(fold_words(q.text), q, False) for q in ordered]
    for i, first in enumerate(ordered):
        words = fold_words(first.text)
        end = first.span[1]
        for nxt in ordered[i + 1:]:
            gap = text[end:nxt.span[0]]
            if len(gap) > CHAIN_GAP or "\n" in gap:
                break
            words += fold_words(nxt.text)
            out.append(_Source(words, first, True))
            end = nxt.span[1]
    return out


def _contains_in_order(haystack: tuple[str, ...], pieces: list[tuple[str, ...]]) -> bool:
    """Whether each piece occurs contiguously in ``haystack``, each after the one before."""
    if not pieces:
        return False
    at = 0
    for piece in pieces:
        found = _find(haystack, piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _find(haystack: tuple[str, ...], needle: tuple[str, ...], start: int) -> int:
    n = len(needle)
    first = needle[0]
    for i in range(start, len(haystack) - n + 1):
        if haystack[i] == first and haystack[i:i + n] == needle:
            return i
    return -1


def _similarity(source: tuple[str, ...], words: tuple[str, ...]) -> float:
    """Share of the copy's words found, in order, in the source (and not lost in a far longer source)."""
    if not words or not source:
        return 0.0
    matcher = SequenceMatcher(None, source, words, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return same / max(len(words), min(len(source), 2 * len(words)))


def _word_changes(source: tuple[str, ...], words: tuple[str, ...]) -> str:
    """What the copy changed, in words: 'said "x" where the original has "y"'."""
    matcher = SequenceMatcher(None, source, words, autojunk=False)
    changes = []
    first, last = _covered(matcher)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
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


def _covered(matcher: SequenceMatcher[str]) -> tuple[int, int]:
    """The part of the source the copy's quotation spans (an excerpt need not say what it left out)."""
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return 0, 0
    return blocks[0].a, blocks[-1].a + blocks[-1].size


def _runs_on(source: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether ``words`` start with the whole of ``source`` (a quotation whose closing mark was lost)."""
    return len(source) >= MIN_UNQUOTED_WORDS and words[:len(source)] == source


class _Words:
    """The folded words of one text with their spans: where a run of words stands, as a Fact."""

    def __init__(self, text: str, side: SideName) -> None:
        self.text = text
        self.side = side
        spans = words_with_spans(text)
        self.words = tuple(w for w, _, _ in spans)
        self.spans = [(s, e) for _, s, e in spans]

    def find(self, pieces: list[tuple[str, ...]]) -> Fact | None:
        """The text from the first to the last of ``pieces`` found in order (as ``_contains_in_order``)."""
        if not pieces:
            return None
        at = 0
        first = -1
        for piece in pieces:
            found = _find(self.words, piece, at)
            if found < 0 or not piece:
                return None
            first = found if first < 0 else first
            at = found + len(piece)
        span = (self.spans[first][0], self.spans[at - 1][1])
        found_text = self.text[span[0]:span[1]]
        return Fact("quote", found_text, " ".join(fold_words(found_text)), self.side, span)
