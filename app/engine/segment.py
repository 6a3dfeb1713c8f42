"""Cutting prose into paragraphs and sentences, keeping character offsets.

Plain text arrives in many shapes: paragraphs separated by blank lines, one
paragraph a line, hard-wrapped lines, and scrapes that split a sentence
across a blank line ("...including companies\\n\\non mining minerals."). A
break is a paragraph break unless the text plainly runs on through it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from app.engine.tokens import STOPWORDS


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the text and the paragraph it belongs to."""

    index: int
    start: int
    end: int
    paragraph: int


# A line break with the white space around it. It starts only where a run of spaces starts:
# tried from every space of a long run without a newline, it read to the run's end each time
# (quadratic: 2 s for 20,000 spaces). Written to start with its first character (a newline, or
# a space not after a space: the look-behind follows it), so that the search skips to the next
# white space at once instead of trying the pattern at every offset (twice as fast).
_BREAK = re.compile(r"[\n \t\f\v\u00a0](?<![ \t\f\v\u00a0][\n \t\f\v\u00a0])(?:(?<=\n)|[ \t\f\v\u00a0]*+\n)\s*")
_TERMINAL = ".!?:;\"'\u201d\u2019)]\u2026"
_OPENING = "\"'\u201c\u2018([\u00bf\u00a1"

# A sentence ends at . ! ? or … (possibly followed by closing quotes or brackets),
# then white space, then something that can start a sentence. A match starts only where a
# run of those marks starts, and takes the run whole (possessive: a shorter part of it is
# followed by another mark, never by white space, so giving some back cannot succeed).
# Tried from every mark of a long run, it read to the run's end each time and backtracked:
# quadratic, 4.6 s for 20,000 characters of '.!?…'. The pattern starts with its first mark
# (the look-behind then checks the character before it), so the search skips to the next mark at
# once instead of trying the pattern at every offset.
_SENTENCE_END = re.compile(
    r"[.!?\u2026](?<![.!?\u2026]{2})[.!?\u2026]*+[\"'\u201d\u2019)\]]*+"
    r"(?=\s++(?:[\"'\u201c\u2018(\[]?[\w\u00bf\u00a1]|[-\u2022*] \w))"
)
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt vs al col gen gov lt sgt capt cmdr rev hon dept univ approx e.g
    i.e ph.d
    """.split()
)
# Abbreviations only when a number follows ("No. 10", "Jan. 5", "p. 12").
_BEFORE_NUMBER = frozenset(
    """
    no nos fig figs vol p pp art jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
_WORD_AFTER = re.compile(r"\s*[\"'\u201c\u2018(\[]?(\w+)")
_LAST_WORD = re.compile(r"([\w.]+)[.!?\u2026]+[\"'\u201d\u2019)\]]*$")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text``, trimmed of surrounding white space."""
    pieces = _pieces(text)
    if not pieces:
        return []
    gaps = _gaps(text, pieces)
    wrapped = _looks_hard_wrapped(text, pieces, gaps)
    paragraphs: list[tuple[int, int]] = []
    cur_start, cur_end = pieces[0]
    for (start, end), gap in zip(pieces[1:], gaps, strict=True):
        blank = gap.count("\n") >= 2
        if _runs_on(text, cur_end, start) or (wrapped and not blank):
            cur_end = end
        else:
            paragraphs.append((cur_start, cur_end))
            cur_start, cur_end = start, end
    paragraphs.append((cur_start, cur_end))
    return paragraphs


def sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in order; together they cover all its non-space characters."""
    # The possible ends of sentences, found in one pass over the text. A match holds no white
    # space, so it lies inside one paragraph, and is found there as in the paragraph alone,
    # but for one at a paragraph's end (its look-ahead sees the next paragraph): that one
    # ends the paragraph's last sentence, as the paragraph's end does anyway.
    stops = [m.end() for m in _SENTENCE_END.finditer(text)]
    k, n = 0, len(stops)
    out: list[Sentence] = []
    for p, (start, end) in enumerate(paragraph_spans(text)):
        cur = start
        while k < n and stops[k] <= end:
            stop = stops[k]
            k += 1
            if stop == end or _next_is_lower(text, stop, end) or _is_abbreviation(text, cur, stop):
                continue
            out.append(Sentence(len(out), cur, stop, p))
            nxt = stop
            while nxt < end and text[nxt].isspace():
                nxt += 1
            cur = nxt
        if cur < end:
            out.append(Sentence(len(out), cur, end, p))
    return out


def _pieces(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, trimmed."""
    out = []
    pos = 0
    for m in [*_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        if pos < end and not text[pos].isspace() and not text[end - 1].isspace():
            out.append((pos, end))  # (most lines: the break took the white space around them)
        else:
            chunk = text[pos:end]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                trail = len(chunk) - len(chunk.rstrip())
                out.append((pos + lead, end - trail))
        if m:
            pos = m.end()
    return out


def _gaps(text: str, pieces: list[tuple[int, int]]) -> list[str]:
    return [text[a[1]:b[0]] for a, b in pairwise(pieces)]


def _runs_on(text: str, prev_end: int, next_start: int) -> bool:
    """True when the text before a break plainly continues after it (a split sentence)."""
    last = text[prev_end - 1]
    first = text[next_start]
    return last not in _TERMINAL and (first.islower() or first in ",;)")


def _looks_hard_wrapped(text: str, pieces: list[tuple[int, int]], gaps: list[str]) -> bool:
    """Lines of similar width that stop mid-sentence: text wrapped at a fixed column (``gaps``:
    the text between the lines)."""
    single = [(a, b) for (a, b), gap in zip(pairwise(pieces), gaps, strict=True)
              if gap.count("\n") == 1]
    if len(single) < 3:
        return False
    widths = [a[1] - a[0] for a, _ in single]
    mid_sentence = sum(1 for a, _ in single if text[a[1] - 1] not in _TERMINAL)
    return 30 <= median(widths) <= 110 and mid_sentence >= 0.6 * len(single) and max(widths) <= 160


def _next_is_lower(text: str, pos: int, end: int) -> bool:
    """The next word starts in lower case: "Ros Atkins on... the fight" runs on."""
    while pos < end and (text[pos].isspace() or text[pos] in _OPENING):
        pos += 1
    return pos < end and text[pos].islower()


def _next_word(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text, pos)
    return m.group(1) if m else ""


def _is_abbreviation(text: str, sentence_start: int, stop: int) -> bool:
    """A full stop that ends an abbreviation or an initial, not a sentence."""
    # An initial, the commonest case, decided as below without the pattern: one capital letter
    # standing alone before the full stop ('A. B. C. ...' took 5 us a stop, 3.4 s a megabyte).
    letter = text[stop - 2] if stop - 2 >= sentence_start else ""
    if (text[stop - 1] == "." and letter.isupper() and letter.isalnum() and letter not in "IP"
            and (stop - 2 == sentence_start or text[stop - 3].isspace() or text[stop - 3] in _OPENING)):
        return True
    tail = text[max(sentence_start, stop - 12):stop]
    if not tail.endswith("."):
        return False
    m = _LAST_WORD.search(tail)
    if not m:
        return False
    raw = m.group(1)
    word = raw.lower()
    # Written as abbreviations are ("Dr.", "dept."), not as acronyms ("MS." is multiple sclerosis).
    if word in _ABBREVIATIONS and not (raw.isupper() and len(raw) > 1):
        # "...he told Mr. All sides agree": no name is a function word, so a sentence starts there.
        following = _next_word(text, stop)
        return len(following) == 1 or following.lower() not in STOPWORDS
    if word in _BEFORE_NUMBER:
        rest = text[stop:stop + 4].lstrip()
        return bool(rest) and rest[0].isdigit()
    # An initial: one capital letter standing alone ("Robert A. Smith", "J. K. Rowling"),
    # not the end of "AT&T." and not the pronoun ("you and I.").
    at = stop - len(tail) + m.start(1)  # where the word starts in the text
    before = text[at - 1] if at > sentence_start else " "
    if len(raw) == 1 and raw.isupper() and raw != "I" and (before.isspace() or before in _OPENING):
        return True
    # Dotted acronyms without a closing capital sentence like "U.S." inside a name.
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)) and stop - sentence_start < 8
