"""Names of people, places and organisations, found without a model.

Heuristics, in order: the gazetteer (longest known name first: "United
States", "US", "European Union"); then runs of capitalised words, less
demonyms ("Russian"), titles ("President", which also mark a person) and
capitalised words that are not names. A capitalised word at the start of a
sentence counts only if it is known from elsewhere (a name seen in the
middle of a sentence of either text). In title-case lines ("Putin Proposes
Rare Mineral Access"), only known names count.

The kind needs evidence, never capitals alone: the gazetteer; a title
("Dr", "President") or a cue word before the name ("spokesman Dmitry
Peskov", "aluminium maker, Rusal", "an analyst at Intervoice"); "in",
"near" and the like before a name that ends its phrase ("in Krasnoyarsk,",
not "in Sim cards"), or "the capital of X"; an organisation suffix ("...
Bank"); a common given name first ("Lucy Burns"), a middle initial, or a
verb of speech after a name of several words none of which the text uses
in lower case ("Yaseen Lakhani told", not "Memory Mate said"). A name with
no evidence stays ``name``: "Memory Mate", "Grand Prix", "Orange said".
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from app.facts.folding import name_key
from app.facts.gazetteer import Gazetteer, gazetteer
from app.facts.records import Span

# A word: r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-\u2010\u2011'\u2019][^\W\d_]+)*" (a dotted acronym, or letters
# joined by hyphens and apostrophes), led by its first letter so that a search skips the rest; and
# the same for ASCII text, the classes spelled out (a third faster to read than Unicode categories).
_TOKEN = re.compile(r"[^\W\d_](?:(?<=[A-Z])\.(?:[A-Z]\.)+|[^\W\d_]*(?:[-\u2010\u2011'\u2019][^\W\d_]+)*)")
_ASCII_TOKEN = re.compile(r"[A-Za-z](?:(?<=[A-Z])\.(?:[A-Z]\.)+|[A-Za-z]*(?:[-'][A-Za-z]+)*)")
_INITIAL_BEFORE = frozenset(".!?:\n\"'\u201c\u2018\u00ab\u2026\u2022*([")
_CONNECTORS = frozenset({"of", "de", "van", "von", "der", "den", "da", "du", "al", "bin", "di", "la", "le", "del"})
MAX_HEURISTIC_WORDS = 5
_PLACE_CUES_FOR_MANY = frozenset({"in", "near", "across", "outside", "inside", "throughout", "within"})
# Words that may follow a place at the end of its phrase: "in Krasnoyarsk, where", "in Leeds last
# year", "in Kyiv is". Any other word after it ("in Sim cards") says the name is used as an adjective.
_PHRASE_FOLLOWERS = frozenset(
    "and or but where which who whose when while as on in at to for from with by near after before since "
    "during until over under than that the a an this last next later earlier is was were are has have had "
    "will would could can may might should did does do said says told itself alone too also".split())
_NEXT_WORD = re.compile(r"[\s\u00a0]*(?P<word>[^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class NameFact:
    """A name found in a text, before it becomes a Fact: ``value`` is its canonical form."""

    kind: str  # person, place, organisation, name
    span: Span
    value: str


class _Token(NamedTuple):  # (a tuple: made for every word of both texts, it is made fast)
    start: int
    end: int
    text: str
    initial: bool  # first word of a sentence, a line or a quotation (False for a word in lower case)
    title_line: bool
    capitalised: bool  # a capital first, and not a long word in capitals ("REUTERS")


def known_name_words(*texts: str) -> frozenset[str]:
    """Capitalised words seen inside sentences (not first, not in title-case lines): names, most likely."""
    return known_in_words(*(name_words(text) for text in texts))


def known_in_words(*words: NameWords) -> frozenset[str]:
    """``known_name_words`` of texts whose words were read already (see ``name_words``)."""
    return frozenset().union(*(w.known for w in words))


@dataclass(frozen=True, slots=True)
class NameWords:
    """The words of one text as the name heuristics read them (read once, used twice: for the
    names known from both texts, then for the names of each text)."""

    text: str
    tokens: list[_Token]  # the words with a capital and those near them (see _tokens)
    known: frozenset[str]  # the words known as names from this text (see known_name_words)


def _known_in(tokens: list[_Token]) -> frozenset[str]:
    g = gazetteer()
    return frozenset(token.text for token in tokens
                     if (token.capitalised and not token.initial and not token.title_line
                         and token.text not in g.not_names and token.text not in g.demonyms))


def name_words(text: str) -> NameWords:
    """The words of ``text`` for ``find_names`` and ``known_in_words``."""
    tokens = _tokens(text)
    return NameWords(text, tokens, _known_in(tokens))


def find_names(text: str, known: Iterable[str] = (), words: NameWords | None = None) -> list[NameFact]:
    """Every name in ``text``, in text order. ``known``: words seen as names elsewhere (see known_name_words).
    ``words``: ``name_words(text)`` if read already."""
    g = gazetteer()
    if words is None or words.text is not text:
        words = name_words(text)
    tokens = words.tokens
    known_words = frozenset(known) | words.known
    lowercase_words = _LowerCaseWords(text)
    folded: dict[str, str] = {}

    def key(words: str) -> str:
        """``name_key(words)``, each distinct one folded once (a name is folded three or four
        times, and a text names the same people again and again)."""
        found = folded.get(words)
        if found is None:
            found = folded[words] = name_key(words)
        return found

    out: list[NameFact] = []
    for run_start, run_end in _runs(text, tokens):
        out.extend(_names_in_run(text, tokens, run_start, run_end, g, known_words, lowercase_words, key))
    # A person named once with evidence is that person wherever the text names them: "Burns" after
    # "Dr Lucy Burns", "Malcolm Glazer" after "Mr Glazer".
    surnames = {key(f.value).split()[-1] for f in out if f.kind == "person"}
    return [NameFact("person", f.span, f.value) if f.kind == "name" and key(f.value).split()[-1] in surnames
            else f for f in out]


class _LowerCaseWords:
    """The words of a text written in a-z only, found when first asked about: the heuristics ask
    only of a name of several words at a sentence's start or before a verb of speech, and a
    text of names in the middle of sentences never asks (0.09 s a megabyte)."""

    __slots__ = ("_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = frozenset(re.findall(r"\b[a-z]+\b", self._text))
        return word in self._words


# Words kept either side of a word with a capital: the heuristics read no lower-case word further
# from one (a run's connectors, the two words before a name, the word after a connector).
NEAR_CAPITAL = 3


def _tokens(text: str) -> list[_Token]:
    """The words of ``text`` that name heuristics read: each word with a capital, and the
    NEAR_CAPITAL words either side of it. (Every word was a token: 3 us each, most of the facts
    check of a text of lower-case words.)"""
    title_lines = _title_case_lines(text)
    titles = gazetteer().titles
    # Whether a word (before a full stop) is a title or a dotted acronym, by word: asked for
    # every word after a full stop, it folded the word each time ("e.g. e.g. ...": 38 us a
    # character of the facts check).
    dotted: dict[str, bool] = {}
    out: list[_Token] = []
    make = tuple.__new__  # (a third faster than _Token(...))
    # The last lower-case words, not kept: their matches (a word's text and end are read only
    # if it is kept, which most of a text's words are not).
    recent: deque[re.Match[str]] = deque(maxlen=NEAR_CAPITAL)
    after = 0  # lower-case words still to keep after the last word with a capital
    lines = title_lines or None  # (most texts have no title-case line: nothing to look up)
    # Stretches of lower-case words far from a capital are passed over, not read a word at a time
    # (0.25 s a megabyte of them): a word can start with a capital only at a letter outside a-z,
    # and a search finds the next such letter. Before it, the words are read again from a space
    # some way back (a word holds no space, so the words found from there are those a reading
    # from the start finds), if at least NEAR_CAPITAL words start between: those are the words
    # kept before the capital; else from where the reading stopped.
    token = _ASCII_TOKEN if text.isascii() else _TOKEN
    pos = 0
    found = _NOT_A_TO_Z.search(text)
    while found is not None:
        capital = found.start()
        start_at = pos
        space = max(text.rfind(" ", pos, capital - _FAR), text.rfind("\n", pos, capital - _FAR))
        if space >= 0 and len(token.findall(text, space + 1, capital)) >= NEAR_CAPITAL:
            start_at = space + 1
            recent.clear()
        found = None
        for m in token.finditer(text, start_at):
            start = m.start()
            if text[start].isupper():
                for before in recent:
                    at, end, word = _word(before)
                    out.append(make(_Token, (at, end, word, False, lines is not None and _line_of(lines, at),
                                             False)))
                recent.clear()
                word = m.group()
                end = m.end()
                if word[-1] == "s" and len(word) > 2 and word[-2] in "'\u2019":  # (_word, inlined)
                    word, end = word[:-2], end - 2
                out.append(make(_Token, (start, end, word, _is_initial(text, start, out, titles, dotted),
                                         lines is not None and _line_of(lines, start),
                                         not (len(word) > 5 and word.isupper()))))
                after = NEAR_CAPITAL
            elif after:
                # (Whether a word starts a sentence is asked only of words with a capital: the
                # heuristics read it of no other.)
                word = m.group()
                end = m.end()
                if word[-1] == "s" and len(word) > 2 and word[-2] in "'\u2019":
                    word, end = word[:-2], end - 2
                out.append(make(_Token, (start, end, word, False, lines is not None and _line_of(lines, start),
                                         False)))
                after -= 1
            else:
                recent.append(m)
                if start > capital:  # past the last letter outside a-z, nothing left to keep
                    found = _NOT_A_TO_Z.search(text, start)
                    if found is None:
                        break  # no word with a capital follows
                    if found.start() - start < 2 * _FAR:
                        capital = found.start()  # near: read on
                        found = None
                        continue
                    pos = m.end()  # far: pass over the words up to it
                    break
    return out


def _word(m: re.Match[str]) -> tuple[int, int, str]:
    """A word's span and text, a possessive ending left out ("Putin's": "Putin").

    (A word ends with a letter or a full stop: its possessive ending, if any, is "'s" or "’s".)
    """
    word = m.group()
    if len(word) > 2 and word[-1] == "s" and word[-2] in "'’":
        return m.start(), m.end() - 2, word[:-2]
    return m.start(), m.end(), word


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
# A letter outside a-z (a capital, or a letter of another script): only there can a word start
# with a capital. Words are read again from a space at least _FAR characters before one.
_NOT_A_TO_Z = re.compile(r"[^\W\d_a-z]")
_FAR = 64


def _is_initial(text: str, at: int, before: list[_Token], titles: frozenset[str], dotted: dict[str, bool]) -> bool:
    i = at - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] == "." and before:
        word = before[-1].text
        known = dotted.get(word)
        if known is None:
            known = dotted[word] = bool(_DOTTED.fullmatch(word)) or name_key(word) in titles
        if known:
            return False  # "U.S. President", "Mr. Smith"
    return text[i] in _INITIAL_BEFORE


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Headings in title case: short lines, no full stop at the end, most longer words capitalised."""
    out = []
    # (Lines of 14 characters at least: a shorter one cannot hold three words of four letters.)
    for m in re.finditer(r"[^\n]{14,}", text):
        line = m.group()
        if len(line) > 200 or line.rstrip().endswith("."):
            continue  # prose, not a heading
        words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
        capitals = sum(1 for w in words if w[0].isupper())
        if len(words) >= 3 and capitals >= 0.7 * len(words):
            out.append((m.start(), m.end()))
    return out


def _line_of(lines: list[tuple[int, int]], at: int) -> bool:
    i = bisect.bisect_right(lines, (at, len(lines) and 1 << 62)) - 1
    return i >= 0 and lines[i][0] <= at < lines[i][1]


def _runs(text: str, tokens: list[_Token]) -> list[tuple[int, int]]:
    """Index ranges of tokens that form runs of capitalised words (with connectors inside)."""
    runs = []
    i = 0
    while i < len(tokens):
        if not tokens[i].capitalised:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _joins(text, tokens[j - 1], tokens[j]) and (
                tokens[j].capitalised or (tokens[j].text in _CONNECTORS and j + 1 < len(tokens)
                                          and tokens[j + 1].capitalised)):
            j += 1
        while j - 1 > i and not tokens[j - 1].capitalised:
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _joins(text: str, before: _Token, after: _Token) -> bool:
    """Whether two words are next to each other in a name: one space, or "Mr. Smith"."""
    gap = text[before.end:after.start]
    if gap in (" ", "\u00a0"):
        return True
    return gap == ". " and len(before.text) <= 4 and name_key(before.text) in gazetteer().titles


def _names_in_run(text: str, tokens: list[_Token], start: int, end: int, g: Gazetteer,
                  known: frozenset[str], lowercase_words: Container[str], key: Callable[[str], str],
                  ) -> list[NameFact]:
    out: list[NameFact] = []
    pending: list[int] = []  # token indexes not yet part of a name
    person_next = False  # a title came before
    i = start
    while i < end:
        match = _known_at(tokens, i, end, g, key)
        if match is not None:
            length, canonical, kind = match
            if len(pending) >= 2 and tokens[pending[-1]].text in _CONNECTORS and not person_next:
                # "Bank of England", "Church of England": one organisation, not a place.
                first = pending[0]
                named = _heuristic(text, tokens, pending[:-1], False, g, known, lowercase_words)
                if named and named[0].span[0] == tokens[first].start:
                    span = (tokens[first].start, tokens[i + length - 1].end)
                    out.append(NameFact("organisation", span, " ".join(text[span[0]:span[1]].split())))
                    pending = []
                    i += length
                    continue
            out.extend(_heuristic(text, tokens, pending, person_next, g, known, lowercase_words))
            pending, person_next = [], False
            out.append(NameFact(kind, (tokens[i].start, tokens[i + length - 1].end), canonical))
            i += length
            continue
        title = _title_at(tokens, i, end, g, key)
        if title:
            out.extend(_heuristic(text, tokens, pending, person_next, g, known, lowercase_words))
            pending, person_next = [], True
            i += title
            continue
        token = tokens[i]
        if token.text in g.demonyms or (token.text in g.not_names and not _is_middle_initial(tokens, i, start, end)):
            out.extend(_heuristic(text, tokens, pending, person_next, g, known, lowercase_words))
            pending, person_next = [], False
        elif "-" in token.text or "\u2010" in token.text or "\u2011" in token.text:
            out.extend(_heuristic(text, tokens, pending, person_next, g, known, lowercase_words))
            pending, person_next = [], False
            out.extend(_hyphenated(token, g))
        else:
            pending.append(i)
        i += 1
    out.extend(_heuristic(text, tokens, pending, person_next, g, known, lowercase_words))
    return out


def _is_middle_initial(tokens: list[_Token], i: int, start: int, end: int) -> bool:
    """"Robert A Smith": a lone capital letter between two capitalised words."""
    return len(tokens[i].text) == 1 and start < i < end - 1


def _known_at(tokens: list[_Token], i: int, end: int, g: Gazetteer, key: Callable[[str], str],
              ) -> tuple[int, str, str] | None:
    # (The words joined by a list, not a generator, and one word not joined at all: asked for each
    # run of capitalised words, a name in every sentence.)
    for length in range(min(g.longest, end - i), 1, -1):
        found = g.entries.get(key(" ".join([t.text for t in tokens[i:i + length]])))  # (g.lookup, by ``key``)
        if found is not None:
            return length, found[0], found[1]
    if end - i >= 1:
        word = tokens[i].text
        if len(word) <= 3 and not word.isupper():
            return None  # "Us" is not "US"
        found = g.entries.get(key(word))
        if found is not None:
            return 1, found[0], found[1]
    return None


def _title_at(tokens: list[_Token], i: int, end: int, g: Gazetteer, key: Callable[[str], str]) -> int:
    for length in range(min(4, end - i), 1, -1):
        if key(" ".join([t.text for t in tokens[i:i + length]])) in g.titles:
            return length
    return 1 if end - i >= 1 and key(tokens[i].text) in g.titles else 0


def _hyphenated(token: _Token, g: Gazetteer) -> list[NameFact]:
    """"US-Ukraine" names both; "Euro-Atlantic" or "Russian-occupied" name nothing."""
    parts = re.split(r"[-\u2010\u2011]", token.text)
    out = []
    at = token.start
    for part in parts:
        found = g.lookup(part) if part[:1].isupper() and (len(part) > 3 or part.isupper()) else None
        if found is None:
            return []
        out.append(NameFact(found[1], (at, at + len(part)), found[0]))
        at += len(part) + 1
    return out


def _heuristic(text: str, tokens: list[_Token], indexes: list[int], person: bool, g: Gazetteer,
               known: frozenset[str], lowercase_words: Container[str]) -> list[NameFact]:
    """A name from capitalised words the gazetteer does not know, or nothing."""
    if not indexes:
        return []
    words = [tokens[i] for i in indexes]
    while words and words[0].text in _CONNECTORS:
        words.pop(0)
    while words and words[-1].text in _CONNECTORS:
        words.pop()
    if not words:
        return []
    if words[0].title_line:
        # Title-case line: only words known as names from elsewhere count.
        kept = [w for w in words if w.text in known]
        if len(kept) != len(words):
            return [NameFact("name", (w.start, w.end), w.text) for w in kept]
    if words[0].initial and words[0].text not in known and (
            len(words) == 1 or words[0].text.casefold() in lowercase_words):
        words = words[1:]  # a capitalised first word of a sentence, not known as a name
    if not words or len(words) > MAX_HEURISTIC_WORDS:
        return []
    if len(words) == 1 and words[0].text.isupper() and len(words[0].text) < 2:
        return []
    span = (words[0].start, words[-1].end)
    value = words[0].text if len(words) == 1 else " ".join([w.text for w in words])
    kind = _kind(text, tokens, indexes[0], words, person, g, lowercase_words)
    return [NameFact(kind, span, value)]


def _kind(text: str, tokens: list[_Token], first: int, words: list[_Token], person: bool, g: Gazetteer,
          lowercase_words: Container[str]) -> str:
    """The kind of an unknown name from the evidence around it; ``name`` when there is none."""
    if len(words) > 1 and any(w.text in g.organisation_suffixes for w in words):
        return "organisation"
    if person:
        return "person"
    cue, cue_gap, before_cue = _cue(text, tokens, first, words[0])
    if cue in g.person_cues and cue_gap in ("", ","):
        return "person"
    if cue in g.organisation_cues and cue_gap in ("", ","):
        return "organisation"
    if words[0].text.isupper() and len(words) == 1 and len(words[0].text) > 1:
        return "organisation"
    if cue_gap == "" and cue in ("at", "of", "for", "with") and before_cue in g.occupations_before_at:
        return "organisation"  # "a psychologist at Intervoice", "the head of Orange"
    place_cue = cue in g.place_cues or (cue == "of" and before_cue in g.place_nouns_before_of)
    if (cue_gap == "" and place_cue and (len(words) == 1 or cue in _PLACE_CUES_FOR_MANY)
            and _ends_phrase(text, words[-1].end)):
        return "place"
    if _looks_like_person(text, words, g, lowercase_words):
        return "person"
    return "name"


def _cue(text: str, tokens: list[_Token], first: int, word: _Token) -> tuple[str, str, str]:
    """The word before a name (folded), what stands between them (stripped), and the word before that."""
    if first <= 0:
        return "", "", ""
    previous = tokens[first - 1]
    before = tokens[first - 2].text.casefold() if first > 1 else ""
    return previous.text.casefold(), text[previous.end:word.start].strip(), before


def _ends_phrase(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` ends its phrase: punctuation, the end, or a function word next."""
    m = _NEXT_WORD.match(text, end)
    word = m.group("word") if m is not None else None
    return word is None or word.casefold() in _PHRASE_FOLLOWERS or word[:1].isupper()


def _looks_like_person(text: str, words: list[_Token], g: Gazetteer, lowercase_words: Container[str]) -> bool:
    """A given name before the last word ("Lucy Burns"), a middle initial, or uncommon words before "said"."""
    if len(words) < 2:
        return False
    if any(w.text in g.given_names for w in words[:-1]) or any(len(w.text) == 1 for w in words[1:-1]):
        return True
    m = _NEXT_WORD.match(text, words[-1].end)
    said = m is not None and (m.group("word") or "") in g.speech_verbs and "\n" not in m.group()
    return said and not any(w.text.casefold() in lowercase_words for w in words)
