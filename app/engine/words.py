"""Word-level edits inside a linked pair, with diff-match-patch in word mode.

Each distinct word (or punctuation mark) becomes one character, the short
strings are diffed and cleaned up semantically, and the result is mapped back
to spans of whole words. White space is never an edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from app.engine.options import CompareOptions
from app.engine.records import Edit, Span
from app.engine.tokens import DIFF_TOKEN, PUNCTUATION, diff_key


@dataclass(frozen=True, slots=True)
class WordDiff:
    """Edits between two spans, and the share of their words left equal."""

    edits: tuple[Edit, ...]
    similarity: float


def _tokens(text: str, start: int, end: int, options: CompareOptions) -> list[tuple[str, int, int]]:
    out = []
    for m in DIFF_TOKEN.finditer(text, start, end):
        tok = m.group()
        if options.ignore_punctuation and all(c in PUNCTUATION for c in tok):
            continue
        out.append((diff_key(tok, options), m.start(), m.end()))
    return out


def _encode(tokens: list[tuple[str, int, int]], table: dict[str, str]) -> str:
    chars = []
    for key, _, _ in tokens:
        ch = table.get(key)
        if ch is None:
            n = len(table) + 0x100
            if n >= 0xD800:  # step over the surrogate range
                n += 0x800
            ch = table[key] = chr(n)
        chars.append(ch)
    return "".join(chars)


def word_edits(left_text: str, left: Span, right_text: str, right: Span,
               options: CompareOptions) -> WordDiff:
    """Word-level delete/insert edits turning ``left_text[left]`` into ``right_text[right]``."""
    lt = _tokens(left_text, *left, options)
    rt = _tokens(right_text, *right, options)
    table: dict[str, str] = {}
    a, b = _encode(lt, table), _encode(rt, table)
    if a == b:
        return WordDiff((), 1.0)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0 if len(a) + len(b) < 4000 else 1.0
    diffs = dmp.diff_main(a, b, False)
    similarity = _kept_share(diffs, lt, rt)
    dmp.diff_cleanupSemantic(diffs)
    edits: list[Edit] = []
    li = ri = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == 0:
            li += n
            ri += n
        elif op == -1:
            edits.append(Edit("delete", (lt[li][1], lt[li + n - 1][2]), None))
            li += n
        else:
            edits.append(Edit("insert", None, (rt[ri][1], rt[ri + n - 1][2])))
            ri += n
    return WordDiff(tuple(edits), similarity)


def _kept_share(diffs: list[tuple[int, str]], lt: list[tuple[str, int, int]],
                rt: list[tuple[str, int, int]]) -> float:
    """Share of both sides' word characters that the raw diff keeps equal (before clean-up,
    which trades small equalities for readable edits)."""
    li = ri = equal = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == 0:
            equal += sum(e - s for _, s, e in lt[li:li + n]) + sum(e - s for _, s, e in rt[ri:ri + n])
            li += n
            ri += n
        elif op == -1:
            li += n
        else:
            ri += n
    total = sum(e - s for _, s, e in lt) + sum(e - s for _, s, e in rt)
    return equal / total if total else 1.0
