"""Folding text for matching: typography, accents and case aside, words kept."""

from __future__ import annotations

import re
import unicodedata

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2026": "...",
})

# A word: letters and digits, with apostrophes and hyphens inside ("it's", "win-win").
WORD = re.compile(r"\w+(?:['\u2019\u02bc\u2010\u2011-]\w+)*")


def fold_typography(text: str) -> str:
    """Curly quotes made straight, dashes made hyphens, odd spaces made plain."""
    return text.translate(_TYPOGRAPHY)


def strip_accents(text: str) -> str:
    """``Séjourné`` -> ``Sejourne``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_word(word: str) -> str:
    """One word as quotations are compared: typography and case aside (accents kept)."""
    return unicodedata.normalize("NFKC", fold_typography(word).replace("\u02bc", "'")).casefold()


def words_with_spans(text: str, start: int = 0, end: int | None = None,
                     folded: dict[str, str] | None = None) -> list[tuple[str, int, int]]:
    """The folded words of ``text[start:end]`` with their spans in ``text``. ``folded``: words
    folded already, to read and add to (one caller reads thousands of short stretches)."""
    end = len(text) if end is None else end
    if folded is None:
        folded = {}  # each distinct word folded once (a text says most of its words often)
    out = []
    for m in WORD.finditer(text, start, end):
        word = m.group()
        fold = folded.get(word)
        if fold is None:
            fold = folded[word] = fold_word(word)
        out.append((fold, m.start(), m.end()))
    return out


def fold_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, case-folded, typography aside (punctuation between words ignored)."""
    # (Found without their spans, each distinct word folded once: the quotation check folds every
    # quotation several times, a megabyte of quotations some 4 million words.)
    folded: dict[str, str] = {}
    out = []
    for word in WORD.findall(text):
        fold = folded.get(word)
        if fold is None:
            fold = folded[word] = fold_word(word)
        out.append(fold)
    return tuple(out)


_POSSESSIVE = re.compile(r"'s\b")


def name_key(text: str) -> str:
    """How names are compared: accents, case, dots and possessives aside."""
    folded = fold_typography(text)
    if not folded.isascii():  # (ASCII has no accents: most names, asked for thousands of times a text)
        folded = strip_accents(folded)
    folded = folded.casefold().replace(".", "")
    if "'s" in folded:
        folded = _POSSESSIVE.sub("", folded)
    return " ".join(folded.replace("-", " ").split())
