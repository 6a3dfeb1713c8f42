"""Quotations in prose: text between quotation marks of any style, with offsets.

Handles straight and curly double quotes, single quotes (without mistaking
apostrophes for them: "it's", "players' union"), guillemets, German and
Polish low quotes and CJK brackets. A quotation may run over several
sentences; one that runs over paragraphs follows the printers' convention
(each new paragraph reopens the quote, only the last closes it). Single
quotes inside a double-quoted passage are part of it, not quotations of
their own.

A quotation whose closing mark is lost is still a quotation (``closed`` is
False): an opening mark met while a quotation of the same mark is open
means the first was never closed ("...address book. "The mobile phone...");
the first ends at its last sentence end before the new mark, and reading
restarts there rather than pairing marks wrongly across narrative. A double
quotation still open at the end of its paragraph, with no reopening mark in
the next, runs to the paragraph's end. Single marks never make an unclosed
quotation: an apostrophe ("the '90s") looks like one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from app.facts.records import Span

# Opening mark -> the marks that may close it.
_PAIRS: dict[str, str] = {
    '"': '"\u201d\u201c', "\u201c": "\u201d\"", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb",
    "\u300c": "\u300d", "\u300e": "\u300f",
    "'": "'\u2019", "\u2018": "\u2019'", "\u201a": "\u2018\u2019",
}
_SINGLE = frozenset("'\u2018\u201a")
_MARKS = re.compile("[\"'\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f\u2018\u2019\u201a]")
_BEFORE_OPENING = frozenset(" \t([{\u2014\u2013-/:;,\u00a0\n")
MAX_QUOTE_CHARS = 3000
MIN_UNCLOSED_WORDS = 2  # a lone word after a stray mark is no quotation
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]?\s")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation: ``inner`` is the quoted text without its marks, ``outer`` includes them."""

    inner: Span
    outer: Span
    closed: bool = True  # False: no closing mark; ``outer`` then ends where ``inner`` does


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation of ``text`` (outermost only), in text order."""
    out: list[QuoteSpan] = []
    lines = [m.span() for m in re.finditer(r"[^\n]+", text)]
    open_at: int | None = None  # offset of the opening mark of the quote being read
    opener = ""
    line_starts = [start for start, _ in lines]
    i = 0
    while i < len(lines):
        if open_at is None:
            # No quotation open: on to the line of the next mark (a line without one changes
            # nothing; each was searched on its own, 2 us a line of a text of short lines).
            ahead = _MARKS.search(text, lines[i][0])
            if ahead is None:
                break
            if ahead.start() >= lines[i][1]:
                i = bisect_right(line_starts, ahead.start()) - 1
        start, end = lines[i]
        pos = start
        while pos < end:
            m = _MARKS.search(text, pos, end)
            if m is None:
                break
            at, mark = m.start(), m.group()
            pos = at + 1
            if open_at is None:
                if mark in _PAIRS and _can_open(text, at, mark):
                    open_at, opener = at, mark
            elif mark in _PAIRS[opener] and _can_close(text, at, mark, opener, open_at):
                if at > open_at + 1 and at - open_at <= MAX_QUOTE_CHARS:
                    out.append(QuoteSpan((open_at + 1, at), (open_at, at + 1)))
                open_at = None
            elif opener in _SINGLE and mark not in _SINGLE and mark in _PAIRS and _can_open(text, at, mark):
                open_at, opener = at, mark  # the "single quote" was an apostrophe after all
            elif mark == opener and _can_open(text, at, mark):
                # The same mark opening again: the quotation before it was never closed (a lost
                # closing mark). It ends at its last sentence end; reading restarts here.
                _unclosed(text, open_at, _last_sentence_end(text, open_at + 1, at), opener, out)
                open_at = at
        if open_at is not None:
            if _same_paragraph(text, end, lines, i):
                i += 1  # a line break inside a paragraph (hard-wrapped text): the quote goes on
                continue
            # Unclosed at the end of a paragraph: a quote that goes on in the next reopens there.
            following = _next_line(text, lines, i)
            if (opener not in _SINGLE and following is not None and text[following] == opener
                    and following - open_at <= MAX_QUOTE_CHARS):
                i += 1
                lines[i] = (following + 1, lines[i][1])  # past the reopening mark: the quote goes on
                continue
            _unclosed(text, open_at, end, opener, out)
            open_at = None
        i += 1
    return out


def _unclosed(text: str, open_at: int, end: int, opener: str, out: list[QuoteSpan]) -> None:
    """Add the quotation opened at ``open_at`` that no mark closes, running to ``end`` (trimmed)."""
    while end > open_at + 1 and text[end - 1].isspace():
        end -= 1
    words = len(text[open_at + 1:end].split())
    if opener not in _SINGLE and words >= MIN_UNCLOSED_WORDS and end - open_at <= MAX_QUOTE_CHARS:
        out.append(QuoteSpan((open_at + 1, end), (open_at, end), closed=False))


def _last_sentence_end(text: str, start: int, end: int) -> int:
    """Offset just past the last sentence end (". ", "! ", "? ") in [start, end), or ``end``."""
    last = end
    for m in _SENTENCE_END.finditer(text, start, end):
        last = m.start() + 1
    return last


def _same_paragraph(text: str, line_end: int, lines: list[Span], i: int) -> bool:
    """Whether line ``i`` (ending at ``line_end``) and the next are one paragraph: one line break apart."""
    return i + 1 < len(lines) and text.count("\n", line_end, lines[i + 1][0]) == 1 and \
        bool(text[lines[i + 1][0]:lines[i + 1][1]].strip())


def _next_line(text: str, lines: list[Span], i: int) -> int | None:
    """Offset of the first non-space character of the line after ``lines[i]``."""
    if i + 1 >= len(lines):
        return None
    start, end = lines[i + 1]
    while start < end and text[start].isspace():
        start += 1
    return start if start < end else None


def _can_open(text: str, at: int, mark: str) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if after.isspace() or after == "\n":
        return False
    if mark in ("'", "\u2018", '"'):
        # Straight marks and the curly single opening mark: not after a letter ("it's", 5'10").
        return before in _BEFORE_OPENING or before in "\"\u201c\u2018" or not before.isalnum()
    return True


def _can_close(text: str, at: int, mark: str, opener: str, open_at: int) -> bool:
    before = text[at - 1]
    after = text[at + 1] if at + 1 < len(text) else " "
    if before.isspace():
        return False
    # An apostrophe inside a word ("it's") closes no single quotation.
    return not (opener in _SINGLE and mark in "'\u2019" and after.isalnum()) and at > open_at
