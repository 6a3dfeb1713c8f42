"""Quotations in prose: text between quotation marks of any style, with offsets.

Handles straight and curly double quotes, single quotes (without mistaking
apostrophes for them: "it's", "players' union"), guillemets, German and
Polish low quotes and CJK brackets. A quotation may run over several
sentences; one that runs over paragraphs follows the printers' convention
(each new paragraph reopens the quote, only the last closes it). Single
quotes inside a double-quoted passage are part of it, not quotations of
their own. An opening mark met while a quotation of the same mark is open
means the first was never closed: reading restarts there rather than
pairing marks wrongly across narrative.
"""

from __future__ import annotations

import re
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


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation: ``inner`` is the quoted text without its marks, ``outer`` includes them."""

    inner: Span
    outer: Span


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation of ``text`` (outermost only), in text order."""
    out: list[QuoteSpan] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    open_at: int | None = None  # offset of the opening mark of the quote being read
    opener = ""
    i = 0
    while i < len(lines):
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
                # closing mark, or paragraphs run together). Read from here rather than pair wrongly.
                open_at = at
        if open_at is not None:
            # Unclosed at the end of a line: a quote that goes on in the next paragraph reopens there.
            following = _next_line(text, lines, i)
            if (opener not in _SINGLE and following is not None and text[following] == opener
                    and following - open_at <= MAX_QUOTE_CHARS):
                i += 1
                lines[i] = (following + 1, lines[i][1])  # past the reopening mark: the quote goes on
                continue
            open_at = None
        i += 1
    return out


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
