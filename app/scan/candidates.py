"""The candidate stage: a cheap look at each document before the full comparison.

The original's fingerprint is its set of content-word 3-grams (stop words
dropped, words lightly stemmed, so "said"/"stated" or "the"/"a" swaps do not
break them) and its set of content words. A document is a candidate when it

- shares at least ``MIN_SHARED_NGRAMS`` of those 3-grams (a borrowed sentence
  shares about a dozen; two unrelated BBC articles of one section share none
  in half the pairs and at most 4 in 999 of 1,000), or
- holds at least ``MIN_WORD_SHARE`` of the original's content words (a
  paraphrase of the whole text that broke most 3-grams; unrelated articles of
  one section hold at most 0.48 of each other's words in 999 of 1,000).

One pass over the document's words, no state: ``screen`` is a pure function
of the fingerprint and the text, and ``screen_batch`` maps it over a batch
(a Dask bag partition or a Spark mapPartitions call takes it as it is).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from app.engine.tokens import STOPWORDS, WORD, stem

NGRAM = 3
MIN_SHARED_NGRAMS = 4
MIN_WORD_SHARE = 0.6
#: Below this many content words the word share says little (a title, a one-line note).
MIN_WORDS_FOR_SHARE = 12
_SHORT_WORD = 3  # words of this length or less are left out of the word share


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the candidate stage keeps of the original (small: a set of strings per kind)."""

    ngrams: frozenset[str]
    words: frozenset[str]

    @property
    def min_shared(self) -> int:
        """Shared 3-grams that make a candidate: MIN_SHARED_NGRAMS, or a quarter of a short original's."""
        return max(1, min(MIN_SHARED_NGRAMS, math.ceil(len(self.ngrams) / 4)))


@dataclass(frozen=True, slots=True)
class Screen:
    """The candidate stage's verdict on one document."""

    shared_ngrams: int
    word_share: float
    candidate: bool


def content_words(text: str) -> list[str]:
    """The text's words, lower-cased and stemmed, stop words dropped, in order."""
    stems: dict[str, str] = {}  # each distinct word stemmed once (a text says most of its words often)
    out = []
    for w in WORD.findall(text.lower()):
        if w not in STOPWORDS:
            found = stems.get(w)
            if found is None:
                found = stems[w] = stem(w)
            out.append(found)
    return out


def fingerprint(text: str) -> Fingerprint:
    """The original's fingerprint."""
    words = content_words(text)
    return Fingerprint(ngrams=frozenset(_ngrams(words)),
                       words=frozenset(w for w in words if len(w) > _SHORT_WORD))


def screen(fp: Fingerprint, text: str) -> Screen:
    """Does ``text`` share enough with the original to be compared in full?"""
    words = content_words(text)
    shared = len(fp.ngrams.intersection(_ngrams(words)))
    share = len(fp.words.intersection(words)) / len(fp.words) if fp.words else 0.0
    candidate = shared >= fp.min_shared or (len(fp.words) >= MIN_WORDS_FOR_SHARE and share >= MIN_WORD_SHARE)
    return Screen(shared, share, candidate)


def screen_batch(fp: Fingerprint, texts: Iterable[str]) -> list[Screen]:
    """``screen`` over a batch of texts, in order."""
    return [screen(fp, t) for t in texts]


def _ngrams(words: list[str]) -> Iterable[str]:
    return (" ".join(words[i:i + NGRAM]) for i in range(len(words) - NGRAM + 1))
