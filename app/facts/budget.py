"""How many facts a text may hold for the facts check: an explicit budget, counted cheaply first.

The check reads names, figures and quotations with patterns and weighs
each against its counterparts: linear, but some 40 KB of dense text a
second. A page made of nothing but quotations or figures ('"a" "a" ...',
'1 2 1 2 ...') holds one every few characters: a megabyte of it kept the
check busy for minutes. Before reading anything, the marks that can start
a fact (quotation marks, runs of digits, capitalised words) are counted in
one pass (0.4 s a megabyte); over MAX_CANDIDATES in either text the check is
refused with one line. An article holds a few hundred; a megabyte of news text
(some 200 articles) about 38,000.
"""

from __future__ import annotations

import re

from app.documents.errors import DocumentError

MAX_CANDIDATES = 40_000
_QUOTES = "\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u300c\u300d"
_CANDIDATE = re.compile(f"[{_QUOTES}]|\\d+|\\b[^\\W\\d_a-z]")  # what is counted (see candidates)
_DIGIT_RUN = re.compile(r"\d+")
# A capital (or a letter without case) that starts a word: ``\b[^\W\d_a-z]``, led by the letter
# (a pattern led by ``\b`` is tried at every offset of the text).
_CAPITAL = re.compile(r"[^\W\d_a-z](?<!\w.)")
# The two for ASCII text, the classes spelled out (a Unicode category is looked up character by
# character: these are read two to three times faster).
_ASCII_DIGIT_RUN = re.compile(r"[0-9]+")
_ASCII_CAPITAL = re.compile(r"[A-Z](?<![A-Za-z0-9_].)")


class TooManyFacts(DocumentError):
    """A text holds more possible facts than the check weighs (one line, naming the text)."""


def candidates(text: str) -> int:
    """How many marks that can start a fact ``text`` holds: the matches of _CANDIDATE.

    Counted kind by kind, each in one pass in C, not a match at a time: the three kinds share no
    character (a run of digits holds nothing else), so the matches of the pattern are the quotation
    marks, the runs of digits and the capitals that start a word, each counted on its own.
    """
    digits, capitals = (_ASCII_DIGIT_RUN, _ASCII_CAPITAL) if text.isascii() else (_DIGIT_RUN, _CAPITAL)
    return sum(map(text.count, _QUOTES)) + len(digits.findall(text)) + len(capitals.findall(text))


def check_budget(text: str, name: str) -> None:
    """Raise TooManyFacts if ``text`` (called ``name``) holds more than MAX_CANDIDATES possible facts."""
    if candidates(text) > MAX_CANDIDATES:
        raise TooManyFacts(name, f"too many quotation marks, figures and names for the facts check "
                                 f"(over {MAX_CANDIDATES:,}); the comparison itself is unaffected")
