"""Case-insensitive word patterns led by a character class, so that a search skips to their places.

A pattern led by ``\\b`` or a look-ahead, or compiled with IGNORECASE (its
letters then count as "cased"), gives the regular expression engine no
first character to skip to: it is tried at every offset of the text (0.07 to
0.23 s a megabyte each, for "twenty", "half a", "yesterday" and the like).
Here the first letter is matched by a case-sensitive class of all the
characters IGNORECASE would take for it, the word boundary tested right
after it, and the rest of each word matched case-insensitively after a
look-behind for its own first letter. ``led("two|ten")`` matches where
``(?i:\\b(?:two|ten))`` does, with the same span and groups.
"""

from __future__ import annotations

import re

# Characters IGNORECASE takes for an ASCII letter besides its two cases (the Kelvin sign for "k",
# the long s for "s"): tests/app/facts/test_leading.py checks every code point.
_MORE_CASES = {"k": "\u212a", "s": "\u017f"}


def first_class(letters: str) -> str:
    """A case-sensitive class of every character that IGNORECASE matches with one of ``letters``."""
    chars = sorted({c for letter in letters.lower() for c in (letter, letter.upper(), *_MORE_CASES.get(letter, ""))})
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def after_first(word: str) -> str:
    """``word`` (a literal) once its first letter is matched: a look-behind for it, then the rest."""
    return f"(?<={re.escape(word[0])}){re.escape(word[1:])}"


def alternatives(words: list[str]) -> str:
    """``word1|word2|...`` (literals, in this order) once the first letter is matched."""
    return "|".join(after_first(w) for w in words)


def by_first_letter(groups: list[list[str]], tails: list[str]) -> str:
    """Alternatives of words, once the first letter is matched, grouped by that letter.

    ``groups[k]`` is a list of words (in the order they are to be tried) followed by the pattern
    ``tails[k]``: the result matches as ``(?:(?:g0...)t0|(?:g1...)t1|...)`` would from the first
    letter on. Words of different first letters cannot both match at one place, so each letter's
    words are tried together after one look-behind (a look-behind a word made a long list of
    words slower to try than the plain pattern).
    """
    letters = list(dict.fromkeys(w[0] for words in groups for w in words))
    out = []
    for letter in letters:
        parts = [f"(?:{'|'.join(re.escape(w[1:]) for w in words if w[0] == letter)}){tail}"
                 for words, tail in zip(groups, tails, strict=True) if any(w[0] == letter for w in words)]
        out.append(f"(?<={re.escape(letter)})(?:{'|'.join(parts)})")
    return "|".join(out)
