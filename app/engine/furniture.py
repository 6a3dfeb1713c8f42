"""Page furniture: the menus, bylines, timestamps, share buttons, link lists and
footers that come along when an article is copied from a web page.

Furniture is recognised per paragraph, from what it says (patterns) and where
it stands (before the article's first prose, or among other furniture). The
article's title, the first short line that is not itself furniture, is kept.
"""

from __future__ import annotations

import re

from app.engine.segment import Sentence

_AGO = re.compile(
    r"^\s*(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|"
    r"months?|years?)\s+ago\b", re.I)
# The white space before the end is taken whole (possessive: ``\s*[:|]?\s*$`` shared a run of spaces
# between its two ``\s*`` every way there is, again for each length of a ``.{1,30}`` before it:
# "Elsewhere on x", 783 spaces, "x." took 75 ms a paragraph, a 64 KB page of them 18 s).
_STAMP = re.compile(r"^\s*(?:published|updated|last updated|posted)\b|^\s*\d{1,2}:\d{2}\s*+(?:am|pm|gmt|bst)?\s*+$",
                    re.I)
_MARKERS = re.compile(
    r"^\s*(?:related(?: topics| articles| stories| content)?|more(?: on this story| from .{1,30})?|top stories|"
    r"most (?:read|watched|popular)|read more|see also|you may also like|also in .{1,30}|features|"
    r"elsewhere on .{1,30}|advertisement|sponsored(?: content)?|image (?:source|caption)|media caption|"
    r"share(?: this(?: article| story| page)?| on .{1,20})?|save|copy link|print|email|comments?|"
    r"tags?|topics?|listen|watch|skip to (?:content|main content)|menu|search|sign in|sign up|log in|"
    r"subscribe|newsletter|live)\s*+[:|\u25bc\u25be]?\s*+$", re.I)
_LEGAL = re.compile(
    r"copyright\s*(?:\u00a9|\(c\)|\d{4})|\u00a9|all rights reserved|terms of (?:use|service)|"
    r"privacy (?:policy|notice)|cookies? (?:policy|settings)|"
    r"accessibility help|contact us|contact the \w+|advertise with us|do not share or sell|follow .{1,40} on\s*:|"
    r"in other languages|sign up for (?:our|the) newsletter|about the bbc|modern slavery statement", re.I)
# Words one of _LEGAL's alternatives must hold (in lower case): an ASCII paragraph with none of
# them cannot match it. _LEGAL tries its case-insensitive alternatives at every position of a
# paragraph (11 us a line: 0.5 s for 50,000 lines); the cues, in lower case, are found at once.
_LEGAL_CUES = re.compile("copyright|rights reserved|terms of |privacy |cookie|accessibility help|contact |"
                         "advertise with us|do not share|follow |in other languages|sign up for |"
                         "about the bbc|modern slavery")
# A time stamp or a marker: the three patterns in one (each is anchored at the start).
_SAYS = re.compile(f"(?:{_AGO.pattern})|(?:{_STAMP.pattern})|(?:{_MARKERS.pattern})", re.I)
# A word starting with a lower-case ASCII letter (after white space, so where a word starts):
# no menu has one.
_LOWER_WORD = re.compile(r"(?<!\S)[a-z]")
_WORDS = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_SMALL = frozenset("a an the of to in on for and or but at by with from as is are was were be".split())


def furniture_paragraphs(text: str, sentences: list[Sentence]) -> frozenset[int]:
    """Indices of the paragraphs of ``text`` (as numbered in ``sentences``) that are page furniture."""
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    order = sorted(paragraphs)
    if len(order) < 3:
        return frozenset()
    # An ASCII text with no legal cue anywhere has none in any paragraph (see _legal).
    legal = not text.isascii() or _LEGAL_CUES.search(text.lower()) is not None
    found = {p for p in order if _strong(text, paragraphs[p], legal)}
    if not found:
        return frozenset()  # no sign of a web page: leave the text alone
    kind = {p: "strong" if p in found else _prose_or_short(text, paragraphs[p]) for p in order}
    first_prose = next((k for k, p in enumerate(order) if kind[p] == "prose"), len(order))
    # Above the article: everything short is furniture, except the title.
    title = None
    for p in order[:first_prose]:
        if kind[p] == "short" and title is None and _looks_like_title(text, paragraphs[p]):
            title = p
            continue
        found.add(p)
    # Below it: short lines next to furniture, and prose wedged between furniture (link lists).
    before, after = _nearest(order, kind)
    for k, p in enumerate(order[first_prose:], start=first_prose):
        near_furniture = "strong" in (before[k], after[k])
        if (kind[p] == "short" and near_furniture) or (kind[p] == "prose" and _wedged(order, kind, k)):
            found.add(p)
    # A short line between two furniture paragraphs is furniture too.
    for k in range(1, len(order) - 1):
        if kind[order[k]] == "short" and order[k] != title and order[k - 1] in found and order[k + 1] in found:
            found.add(order[k])
    return frozenset(found)


def _strong(text: str, sentences: list[Sentence], legal: bool = True) -> bool:
    """A paragraph that says it is furniture: a time stamp, a marker, a menu, a legal line.

    (Most paragraphs are not: the words are counted only when a pattern matched, and a menu
    is given up at its first small or lower-case word; ``legal``: False when no paragraph of the
    text can hold a legal line.)"""
    body = text[sentences[0].start:sentences[-1].end]
    if len(body) >= 800:  # furniture is short; long paragraphs skip the patterns
        return False
    if _SAYS.match(body) and len(_WORDS.findall(body)) <= 12:  # _AGO, _STAMP or _MARKERS
        return True
    return _is_menu(body) or (legal and _legal(body) and len(_WORDS.findall(body)) <= 60)


def _prose_or_short(text: str, sentences: list[Sentence]) -> str:
    for s in sentences:
        sentence = text[s.start:s.end].rstrip()
        if sentence[-1:] in ".!?\"'\u201d\u2019)" and len(sentence.split()) >= 8:
            return "prose"
    return "short"


def _legal(body: str) -> bool:
    """``_LEGAL.search(body)``, without the search when an ASCII body has none of its cues (on ASCII
    text, ``re.I`` is ``lower()``: no other character folds to an ASCII letter)."""
    if body.isascii() and not _LEGAL_CUES.search(body.lower()):
        return False
    return _LEGAL.search(body) is not None


def _is_menu(body: str) -> bool:
    """A run of capitalised single words with no small words between: a navigation bar."""
    if _LOWER_WORD.search(body):
        return False
    count = 0
    for m in _WORDS.finditer(body):
        word = m.group()
        if not (word[0].isupper() or word[0].isdigit()) or word.lower() in _SMALL:
            return False
        count += 1
    return count >= 5


def _looks_like_title(text: str, sentences: list[Sentence]) -> bool:
    return len(_WORDS.findall(text[sentences[0].start:sentences[-1].end])) >= 3


def _nearest(order: list[int], kind: dict[int, str]) -> tuple[list[str | None], list[str | None]]:
    """For each paragraph, the kind of the nearest one before it and after it that is not a short
    line. (Walked from each paragraph, a text of 20,000 short lines took 58 s.)"""
    before: list[str | None] = []
    last: str | None = None
    for p in order:
        before.append(last)
        if kind[p] != "short":
            last = kind[p]
    after: list[str | None] = []
    last = None
    for p in reversed(order):
        after.append(last)
        if kind[p] != "short":
            last = kind[p]
    return before, after[::-1]


def _wedged(order: list[int], kind: dict[int, str], k: int) -> bool:
    """Prose with furniture within two paragraphs on both sides (a teaser in a link list)."""
    before = any(kind[order[n]] == "strong" for n in range(max(0, k - 2), k))
    after = any(kind[order[n]] == "strong" for n in range(k + 1, min(len(order), k + 3)))
    return before and after
