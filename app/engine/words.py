"""Word-level edits inside a linked pair, with diff-match-patch in word mode.

Each distinct word (or punctuation mark) becomes one character, the short
strings are diffed and cleaned up semantically, and the result is mapped back
to spans of whole words. White space is never an edit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from itertools import chain
from operator import sub

from diff_match_patch import diff_match_patch

from app.engine.options import CompareOptions
from app.engine.records import Edit, Span
from app.engine.tokens import DIFF_TOKEN, PUNCTUATION, STOPWORDS, diff_key


@dataclass(frozen=True, slots=True)
class WordDiff:
    """Edits between two spans, and the share of their words left equal."""

    edits: tuple[Edit, ...]
    similarity: float


Tokens = tuple[list[str], list[int], list[int]]  # a span's tokens: their keys, starts and ends


def _tokens(text: str, start: int, end: int, options: CompareOptions, known: str | None = None) -> Tokens:
    """The tokens of ``text[start:end]``: their keys (as the diff compares them), starts and ends
    (``known``: the span's sentence keys joined by spaces, when the caller has them)."""
    plain = not options.ignore_case and not options.ignore_punctuation  # a token is its own key when ASCII
    if plain and text[start:end].isascii():
        # The span's sentence keys are its tokens (an ASCII sentence's key is its tokens joined by
        # spaces, and the sentences of a span have only white space between them). Every
        # character that is not white space is in a token (a word, a symbol or "_"): the tokens
        # follow each other with white space between, so each is found from the end of the one
        # before (the C search, not a match object a token).
        if known is None:
            known = " ".join(DIFF_TOKEN.findall(text, start, end))
        keys = known.split(" ") if known else []
        starts, ends = [], []
        pos = start
        for key in keys:
            pos = text.find(key, pos)
            starts.append(pos)
            pos += len(key)
            ends.append(pos)
        return keys, starts, ends
    keys, starts, ends = [], [], []
    for m in DIFF_TOKEN.finditer(text, start, end):
        tok = m.group()
        if plain and tok.isascii():
            key = tok
        elif options.ignore_punctuation and all(c in PUNCTUATION for c in tok):
            continue
        else:
            key = diff_key(tok, options)
        keys.append(key)
        starts.append(m.start())
        ends.append(m.end())
    return keys, starts, ends


def _code(n: int) -> int:
    """The code point standing for the n-th distinct token of a pair."""
    n += 0x100
    return n + 0x800 if n >= 0xD800 else n  # step over the surrogate range


_CODES = [chr(_code(n)) for n in range(2048)]  # the characters of a pair's first distinct tokens


def word_edits(left_text: str, left: Span, right_text: str, right: Span,
               options: CompareOptions, shapes: Shapes | None = None,
               keys: tuple[str, str] | None = None, budget: DiffBudget | None = None) -> WordDiff:
    """Word-level delete/insert edits turning ``left_text[left]`` into ``right_text[right]``
    (``shapes``: the diffs of pairs already seen in this comparison, filled as it goes;
    ``keys``: the sentence keys of each span, ``sentence_key`` of its sentences joined by
    spaces, when the caller has them: they are not found again; ``budget``: the comparison's
    seconds of diffing, shared by its pairs)."""
    lkeys, lstarts, lends = _tokens(left_text, *left, options, keys[0] if keys else None)
    rkeys, rstarts, rends = _tokens(right_text, *right, options, keys[1] if keys else None)
    # Each distinct key (in the order first seen, left then right) becomes one character.
    distinct = dict.fromkeys(chain(lkeys, rkeys))
    if len(distinct) <= len(_CODES):
        table = dict(zip(distinct, _CODES, strict=False))
    else:
        table = {key: chr(_code(n)) for n, key in enumerate(distinct)}
    a, b = "".join(map(table.__getitem__, lkeys)), "".join(map(table.__getitem__, rkeys))
    if a == b:
        return WordDiff((), 1.0)
    mask = tuple(map(_meaningful, table))  # which codes (in order) are meaningful words
    raw, diffs = _diffs(a, b, mask, shapes, budget)
    similarity = _kept_share(raw, list(map(sub, lends, lstarts)), list(map(sub, rends, rstarts)))
    edits: list[Edit] = []
    li = ri = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == 0:
            li += n
            ri += n
        elif op == -1:
            edits.append(Edit("delete", (lstarts[li], lends[li + n - 1]), None))
            li += n
        else:
            edits.append(Edit("insert", None, (rstarts[ri], rends[ri + n - 1])))
            ri += n
    return WordDiff(tuple(edits), similarity)


# Pairs of the same shape (the same codes, the same meaningful ones) have the same diffs:
# a long text of similar lines, each changed the same way, diffs each shape once. A
# comparison keeps its own Shapes (build() makes one); the lists in it are shared: nothing
# may change them.
Diffs = list[tuple[int, str]]
Shapes = dict[tuple[str, str, tuple[bool, ...]], tuple[Diffs, Diffs]]
MAX_SHAPES = 4096
# diff-match-patch takes time in proportion to a pair's words times its differences: a long
# sentence reworded throughout took 0.7 s (1,900 words), and a text made of such pairs had
# no bound (213 KB: 14 s). A comparison's pairs share this many seconds of diffing (an ordinary
# megabyte takes 0.05 s); past them each pair stops at once with what it found (coarser edits:
# whole runs replaced).
MAX_DIFF_SECONDS = 1.0
LAST_DIFF_SECONDS = 0.001  # what a pair may take once the budget is spent


class DiffBudget:
    """The seconds of diffing a comparison has left (one per comparison, as build() makes it)."""

    def __init__(self, seconds: float = MAX_DIFF_SECONDS) -> None:
        self.left = seconds


def _diffs(a: str, b: str, mask: tuple[bool, ...], shapes: Shapes | None,
           budget: DiffBudget | None = None) -> tuple[Diffs, Diffs]:
    """The raw diffs of ``a`` and ``b`` (for similarity) and the diffs cleaned up for a reader."""
    timed = len(a) + len(b) >= 4000  # diff-match-patch stops after 1 s: its result depends on time
    key = (a, b, mask)
    known = None if timed or shapes is None else shapes.get(key)
    if known is not None:
        return known
    dmp = diff_match_patch()
    limit = 1.0 if timed else 0.0  # (0: no limit)
    if budget is not None:
        limit = max(LAST_DIFF_SECONDS, min(limit or budget.left, budget.left))
    dmp.Diff_Timeout = limit
    started = time.perf_counter()
    raw = dmp.diff_main(a, b, False)
    spent = time.perf_counter() - started
    if budget is not None:
        budget.left -= spent
        timed = timed or spent >= limit  # stopped by the budget: not the pair's diff for good
    diffs = list(raw)
    _cleanup_keeping_content(dmp, diffs, {chr(_code(n)) for n, kept in enumerate(mask) if kept})
    if not timed and shapes is not None and len(shapes) < MAX_SHAPES:
        shapes[key] = (raw, diffs)
    return raw, diffs


def _meaningful(token: str) -> bool:
    """A word a reader looks for in a reworded sentence: a name, a figure, a content word.

    (Asked once for each distinct token of a pair: no cache. A module-wide one of 65,536 tokens
    thrashed on a pair of more; the cheap tests come first, and a token of letters and digits
    only is seen to hold one without a loop.)"""
    if len(token) < 3 and not any(c.isdigit() for c in token):
        return False
    return token.lower() not in STOPWORDS and (token.isalnum() or any(c.isalnum() for c in token))


def _cleanup_keeping_content(dmp: diff_match_patch, diffs: list[tuple[int, str]], meaningful: set[str]) -> None:
    """Semantic clean-up, but a run of equal words that holds a meaningful word stays equal.

    diff-match-patch folds an equality shorter than the edits around it into them; in a
    heavily reworded sentence that hides the names and figures the copy kept ("Olga
    Stefanishyna", "5%"). Equalities of small words only ("the", "of a") are still folded."""
    changed = True
    while changed:
        changed = False
        for k in range(1, len(diffs) - 1):
            op, chunk = diffs[k]
            if op != 0 or any(ch in meaningful for ch in chunk):
                continue
            before = sum(len(c) for o, c in diffs[max(0, k - 2):k] if o != 0)
            after = sum(len(c) for o, c in diffs[k + 1:k + 3] if o != 0)
            if len(chunk) <= max(before, after):
                diffs[k:k + 1] = [(-1, chunk), (1, chunk)]
                changed = True
                break
        if changed:
            dmp.diff_cleanupMerge(diffs)


def _kept_share(diffs: list[tuple[int, str]], llen: list[int], rlen: list[int]) -> float:
    """Share of both sides' word characters (``llen``, ``rlen``: the length of each token) that
    the raw diff keeps equal (before clean-up, which trades small equalities for readable edits)."""
    li = ri = equal = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == 0:
            equal += sum(llen[li:li + n]) + sum(rlen[ri:ri + n])
            li += n
            ri += n
        elif op == -1:
            li += n
        else:
            ri += n
    total = sum(llen) + sum(rlen)
    return equal / total if total else 1.0
