"""Words as a reader counts them: normalised, lightly stemmed, weighted by rarity."""

from __future__ import annotations

import re

from app.engine.options import CompareOptions

WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
# Tokens for word-level diffs: words (with inner apostrophes/hyphens) or single symbols.
DIFF_TOKEN = re.compile(r"[^\W_]+(?:['\u2019\-.,][^\W_]+)*|[^\w\s]|_")
# The two patterns for ASCII text, with the character sets spelled out (\w and \s are Unicode
# categories, looked up character by character: the spelled-out sets are read 40% faster).
# \s in ASCII is \t\n\v\f\r, \x1c-\x1f and the space.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")
_ASCII_DIFF_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['\-.,][A-Za-z0-9]+)*|[^A-Za-z0-9_\t\n\x0b\x0c\r\x1c-\x1f ]|_")

PUNCTUATION = frozenset("\"'.,;:!?()[]{}-\u2018\u2019\u201c\u201d\u2013\u2014\u2026")

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
    "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00a0": " ",
    "\u2026": "...",
})

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves said says say according told
    """.split()
)

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
    "thousand": "1000", "million": "m", "billion": "bn", "first": "1st", "second": "2nd",
    "third": "3rd",
}
_SUFFIXES = ("ingly", "ments", "ment", "ings", "ions", "ing", "ion", "ies",
             "ied", "ive", "ed", "es", "ly", "s", "e")
# The suffixes by their last letter, in the same order: a word is tried only against those that
# end as it does (all fifteen, each word, were a third of comparing a text of distinct words).
_SUFFIXES_BY_LAST = {last: tuple(s for s in _SUFFIXES if s[-1] == last) for last in {s[-1] for s in _SUFFIXES}}


def typography(text: str) -> str:
    """Curly quotes, dash kinds, ellipses and no-break spaces as their plain forms."""
    return text.translate(_TYPOGRAPHY)


def stem(word: str) -> str:
    """A light, deterministic stem: enough to equate 'estimates'/'estimating', 'stabilise'/'stabilizing'."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if len(w) <= 3 or w[0].isdigit():
        return w
    for suffix in _SUFFIXES_BY_LAST.get(w[-1], ()):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w.replace("iz", "is").replace("yz", "ys")


def content_tokens(text: str, forms: dict[str, str] | None = None) -> list[str]:
    """Stemmed words of a sentence, stop words marked with a leading '~' (weighted low).

    ``forms``: the forms of words read already, to read and add to: the caller's, for all the
    sentences of a comparison (each distinct word stemmed once: a module-wide cache of 65,536
    words thrashed on a text of more, and stemmed every word of 233,000 distinct ones twice).
    """
    text = text.lower()
    if forms is None:
        forms = {}
    words = (_ASCII_WORD if text.isascii() else WORD).findall(text)
    known = forms.get
    out = []
    for word in words:
        form = known(word)
        if form is None:
            form = forms[word] = "~" + word if word in STOPWORDS else stem(word)
        out.append(form)
    return out


def sentence_key(sentence: str, options: CompareOptions) -> str:
    """A sentence as the word-level diff sees it (white space aside), for exact matching."""
    if options.ignore_typography and not sentence.isascii():
        sentence = typography(sentence)
    if options.ignore_case:
        sentence = sentence.lower()
    tokens = (_ASCII_DIFF_TOKEN if sentence.isascii() else DIFF_TOKEN).findall(sentence)
    if options.ignore_punctuation:
        tokens = [t for t in tokens if not all(c in PUNCTUATION for c in t)]
    return " ".join(tokens)


def diff_key(token: str, options: CompareOptions) -> str:
    """The form of a token that word-level diffs compare, under the options."""
    if options.ignore_typography and not token.isascii():
        token = typography(token)
    if options.ignore_case:
        token = token.lower()
    return token
