"""More hostile families for the engine and the facts check (issue 13): pages built of quotations,
and a web-page marker or a percentage followed by a run of spaces.

Each spec is (name, item, stage, build, note, small), made a Family in
families.py (this module imports nothing of it: it is imported there). The
pages hold a quotation every 90 characters or so (with a sentence's end and
a capital: under the facts check's budget of candidates at a megabyte), or
long quotations a paragraph each, in the shapes that the strict quotation
check weighed without bound: scoring sources for similarity, searching the
words of the other text, and stretches of pieces found far apart.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Files = dict[str, bytes]
# Between quotations: a sentence's end (a text of one sentence is compared word by word until
# diff-match-patch's time limit, which would hide the growth of the facts check) and one capital.
_FILLER = " and then more words so on and on. Then more words here and there we go on "


def _pair_two(left: str, right: str) -> Files:
    return {"original.txt": left.encode("utf-8"), "copy.txt": right.encode("utf-8")}


def _letters(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice("abcdefgh") for _ in range(n))


def repeated_word_quotations(size: int) -> Files:
    """Paragraphs of one quotation of 1,400 'a's, the copy's with one word changed: each pair of
    quotations scored for similarity walked every pair of equal words again for each block
    (difflib), 1 s a pair and 32 pairs a quotation (30 KB: 59 s; a megabyte: hours)."""
    count = max(1, size // 2804)
    half = ["a"] * 700
    left = "\n\n".join('"' + " ".join(half + half) + '"' for _ in range(count))
    right = "\n\n".join('"' + " ".join([*half, "b", *half[1:]]) + '"' for _ in range(count))
    return _pair_two(left, right)


def chained_altered_quotations(size: int) -> Files:
    """Quotations of six words of eight letters, close together (runs of chained sources), each of
    the copy with a word added: every one scored against 32 sources, made whether scored or not
    (1 MiB: 29 s of CPU)."""
    rng = random.Random(2)
    left, right, total = [], [], 0
    while total < size:
        words = _letters(rng, 6)
        left.append(f'"{words}"{_FILLER}')
        right.append(f'"{words} z"{_FILLER}')
        total += len(left[-1])
    return _pair_two("".join(left), "".join(right))


def unrelated_small_vocabulary_quotations(size: int) -> Files:
    """Quotations of six words of eight letters on both sides, none of the copy's in the original:
    every search for their words checked 400 places of its rarest word in vain, four searches a
    quotation (1 MiB: 9.7 s)."""
    rng = random.Random(22)
    left, right, total = [], [], 0
    while total < size:
        left.append(f'"{_letters(rng, 6)}"{_FILLER}')
        right.append(f'"{_letters(rng, 6)}"{_FILLER}')
        total += len(left[-1])
    return _pair_two("".join(left), "".join(right))


def quotations_cut_by_ellipses(size: int) -> Files:
    """Long quotations of eight letters; the copy's are 180 pieces of three words joined by '...':
    found in order anywhere in the original, each one's stretch ran over the text and was folded
    and kept (1 MiB: 6.6 s, 350 MB)."""
    rng = random.Random(23)
    count = max(1, size // 3000)
    left = "\n\n".join('"' + _letters(rng, 1400) + '"' for _ in range(count))
    right = "\n\n".join('"' + " ... ".join(_letters(rng, 3) for _ in range(180)) + '"' for _ in range(count))
    return _pair_two(left, right)


def one_paragraph_of_quotations(size: int) -> Files:
    """One paragraph of quotations close together (one run of sources over the text), the copy's
    every other word joined by '...': each piece was looked for to the run's end (1 MiB: 8.3 s)."""
    rng = random.Random(24)
    left, right, total = [], [], 0
    while total < size:
        words = _letters(rng, 8)
        left.append(f'"{words}"{_FILLER}')
        right.append('"' + " ... ".join(words.split()[::2]) + f'"{_FILLER}')
        total += len(left[-1])
    return _pair_two("".join(left), "".join(right))


def markers_then_spaces(size: int) -> Files:
    r"""Paragraphs of a web-page marker ('Elsewhere on x'), 783 spaces, 'x.': the furniture patterns'
    ``\s*[:|]?\s*$`` shared the spaces between its two runs every way, for each length of the
    marker's ``.{1,30}`` (75 ms a paragraph: 64 KB, 18 s; a megabyte, some 5 minutes)."""
    unit = "Elsewhere on x" + " " * 783 + "x.\n\n"
    text = "Title\n\n" + unit * max(3, size // len(unit))
    return _pair_two(text, text + "Added.")


def percent_then_spaces(size: int) -> Files:
    r"""'It rose by 5%', then a run of spaces as long as the file: the look-ahead after '%' shared the
    run between its two ``\s*`` every way there is (32 KB: 15 s; a megabyte: hours)."""
    text = "It rose by 5%" + " " * size + "x and more."
    return _pair_two(text, text + " Added.")


Spec = tuple[str, str, str, Callable[[int], Files], str, int]
ENGINE_FAMILIES: tuple[Spec, ...] = (
    ("quotations of one repeated word", "1", "facts", repeated_word_quotations,
     "1,400-word quotations of 'a', one word changed in the copy", 12_000),
    ("chained quotations, altered", "1", "facts", chained_altered_quotations,
     "6-word quotations of 8 letters every 90 bytes, a word added in the copy", 20_000),
    ("unrelated small-vocabulary quotations", "1", "facts", unrelated_small_vocabulary_quotations,
     "6-word quotations of 8 letters every 90 bytes, other words in the copy", 20_000),
    ("quotations cut by ellipses", "1", "facts", quotations_cut_by_ellipses,
     "1,400-word quotations; the copy's 180 three-word pieces joined by '...'", 30_000),
    ("one paragraph of quotations", "1", "facts", one_paragraph_of_quotations,
     "quotations close together in one paragraph; the copy's pieces joined by '...'", 20_000),
    ("web-page markers then spaces", "2", "compare", markers_then_spaces,
     "'Elsewhere on x', 783 spaces, 'x.' paragraphs", 20_000),
    ("a percentage then spaces", "2", "facts", percent_then_spaces, "'5%' then size spaces", 10_000),
)
