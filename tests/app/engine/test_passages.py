"""Grouping links into borrowed passages (app/engine/passages.py), on hand-made records.

``passages`` reads only where each link lies and how many non-space characters lie
between: the tests build texts of a known number of non-space characters and links
(``Match`` or ``Difference`` records) over them by hand, and check each rule between a
case it lets through and the one it stops. The figures are written out, not read from
the module: a changed constant must fail a test. The last tests run the whole engine
on a borrowed passage amid unrelated text (issue 12).
"""

from __future__ import annotations

import pytest

from app import compare
from app.engine.passages import passages
from app.engine.records import Difference, Edit, Match, Passage, Span


def text(n: int, letter: str = "x") -> str:
    """Words of four letters, ``n`` non-space characters in all."""
    words = [letter * 4] * (n // 4) + ([letter * (n % 4)] if n % 4 else [])
    return " ".join(words)


class Texts:
    """Two texts written piece by piece; each piece's span is kept under its name."""

    def __init__(self) -> None:
        self.left, self.right = "", ""
        self.spans: dict[tuple[str, str], Span] = {}

    def add(self, side: str, name: str, piece: str) -> Texts:
        body = getattr(self, side)
        start = len(body) + (1 if body else 0)
        setattr(self, side, (body + " " if body else "") + piece)
        self.spans[side, name] = (start, start + len(piece))
        return self

    def match(self, left: str, right: str, similarity: float = 1.0) -> Match:
        return Match(self.spans["left", left], self.spans["right", right], similarity)

    def changed(self, left: str, right: str, similarity: float, *edits: Edit, id: int = 1) -> Difference:
        return Difference(id, "changed", self.spans["left", left], self.spans["right", right], similarity, edits)

    def passages(self, differences: tuple[Difference, ...] = (), matches: tuple[Match, ...] = ()
                 ) -> tuple[Passage, ...]:
        return passages(self.left, self.right, differences, matches)


# ---- a passage runs on across a little of the copy's own text --------------------------------

@pytest.mark.parametrize(("own", "count"), [(200, 1), (201, 2)])
def test_a_passage_runs_on_across_200_characters_of_the_copys_own_text(own, count):
    t = Texts().add("left", "a", text(100, "a")).add("left", "b", text(100, "b"))
    t.add("right", "a", text(100, "a")).add("right", "own", text(own, "o")).add("right", "b", text(100, "b"))
    found = t.passages(matches=(t.match("a", "a"), t.match("b", "b")))
    assert len(found) == count
    if count == 1:
        assert found[0].left == (0, len(t.left)) and found[0].right == (0, len(t.right))
        assert found[0].matches == (0, 1)


@pytest.mark.parametrize(("skipped", "count", "copy_order"), [
    (10000, 1, "same"), (10001, 2, "same"),
    (10000, 1, "reversed"),
    (9900, 1, "reversed"), (10001, 2, "reversed"),
])
def test_a_passage_takes_links_from_within_10000_characters_of_the_original_in_any_order(
        skipped, count, copy_order):
    t = Texts().add("left", "a", text(100, "a")).add("left", "gap", text(skipped, "g")).add("left", "b", text(100, "b"))
    for name in ("a", "b") if copy_order == "same" else ("b", "a"):
        t.add("right", name, text(100, name))
    found = t.passages(matches=(t.match("a", "a"), t.match("b", "b")))
    assert len(found) == count
    if count == 1:  # a summary skips what it leaves out; a shuffle takes it in its own order
        assert found[0].left == (0, len(t.left)) and found[0].right == (0, len(t.right))


# ---- two passages taken side by side from two places are two passages -----------------------

@pytest.mark.parametrize(("gap", "size", "order", "count"), [
    (501, 200, "reversed", 2),   # the copy's second from before its first, further than 500 away
    (500, 200, "reversed", 1),   # within 500 characters: one run
    (5000, 199, "reversed", 1),  # a run under 200 characters: pieces of one passage (a shuffle)
    (5000, 200, "same", 1),      # in the original's order: one passage (a summary skips)
])
def test_runs_of_200_characters_from_far_apart_in_the_original_are_passages_of_their_own(
        gap, size, order, count):
    t = Texts().add("left", "a", text(size, "a")).add("left", "gap", text(gap, "g")).add("left", "b", text(size, "b"))
    for name in ("a", "b") if order == "same" else ("b", "a"):
        t.add("right", name, text(size, name))
    found = t.passages(matches=(t.match("a", "a"), t.match("b", "b")))
    assert len(found) == count
    if count == 2:
        assert [(p.left, p.right) for p in found] == [(t.spans["left", "b"], t.spans["right", "b"]),
                                                      (t.spans["left", "a"], t.spans["right", "a"])]


def test_a_run_that_takes_more_than_half_again_of_the_original_keeps_the_passage_whole():
    t = Texts().add("left", "a", text(301, "a")).add("left", "gap", text(5000, "g")).add("left", "b", text(200, "b"))
    t.add("right", "b", text(200, "b")).add("right", "a", text(200, "a"))
    found = t.passages(differences=(t.changed("a", "a", 0.6),), matches=(t.match("b", "b"),))
    assert len(found) == 1
    t = Texts().add("left", "a", text(300, "a")).add("left", "gap", text(5000, "g")).add("left", "b", text(200, "b"))
    t.add("right", "b", text(200, "b")).add("right", "a", text(200, "a"))
    assert len(t.passages(differences=(t.changed("a", "a", 0.6),), matches=(t.match("b", "b"),))) == 2


# ---- a passage is long enough to be borrowed --------------------------------------------------

def lone(taken: int, own: int, similarity: float) -> tuple[Passage, ...]:
    """A copy of ``own`` characters of its own around ``taken`` taken from the original."""
    t = Texts().add("left", "taken", text(taken, "t")).add("left", "rest", text(500, "r"))
    t.add("right", "before", text(own // 2, "o")).add("right", "taken", text(taken, "t"))
    t.add("right", "after", text(own - own // 2, "p"))
    return t.passages(matches=(t.match("taken", "taken", similarity),))


@pytest.mark.parametrize(("taken", "similarity", "kept"), [
    (120, 0.8, True),
    (119, 0.8, False),   # an identical "Home" or "Share this page" is a link, not a passage
    (50, 0.9, True),     # a sentence of nine words or so taken nearly word for word ...
    (50, 0.89, False),   # ... not merely close,
    (49, 0.9, False),    # ... nor shorter
])
def test_a_passage_has_120_characters_of_the_copy_or_50_taken_nearly_word_for_word(taken, similarity, kept):
    assert bool(lone(taken, 2000, similarity)) is kept


@pytest.mark.parametrize(("taken", "kept"), [(50, True), (49, False)])
def test_a_shorter_passage_is_kept_when_it_is_half_of_a_short_copy(taken, kept):
    assert bool(lone(taken, 100 - taken, 0.8)) is kept


# ---- a condensed passage reaches the original's edge ------------------------------------------

def condensed(before: int, taken: int, after: int, alone: bool = False) -> tuple[Passage, Texts]:
    """A 130-character passage of the copy that sums up ``taken`` characters of the original;
    unless ``alone``, the copy also borrows another passage (200 characters, word for word, of
    what was summed up), 300 characters of its own text further on."""
    t = Texts().add("left", "before", text(before, "b")).add("left", "taken", text(taken, "t"))
    t.add("left", "after", text(after, "a"))
    t.add("right", "own", text(500, "o")).add("right", "summary", text(130, "s")).add("right", "more", text(300, "m"))
    t.add("right", "again", text(200, "t"))
    summary = t.changed("taken", "summary", 0.5)
    again = () if alone else (Match((t.spans["left", "taken"][0], t.spans["left", "taken"][0] + 249),
                                    t.spans["right", "again"]),)
    found = t.passages(differences=(summary,), matches=again)
    assert len(found) == (1 if alone else 2)
    assert found[0].right == t.spans["right", "summary"]
    return found[0], t


def test_a_passage_three_times_longer_in_the_original_reaches_its_start_across_as_much_again():
    found, t = condensed(before=390, taken=390, after=391)
    assert found.left == (0, t.spans["left", "taken"][1])  # the start, not the end: 391 lie beyond
    found, t = condensed(before=391, taken=390, after=390)
    assert found.left == (t.spans["left", "taken"][0], len(t.left))


def test_a_passage_less_than_three_times_longer_keeps_its_span():
    found, t = condensed(before=10, taken=389, after=10)
    assert found.left == t.spans["left", "taken"]


def test_a_condensed_passage_that_is_all_the_copy_takes_sums_up_the_whole_original():
    found, t = condensed(before=2000, taken=390, after=2000, alone=True)
    assert found.left == (0, len(t.left))
    found, t = condensed(before=2000, taken=389, after=2000, alone=True)  # not condensed: kept
    assert found.left == t.spans["left", "taken"]


# ---- words one side has and the other has not are trimmed at a passage's ends -----------------

def trimmed(one_sided: int, ops: tuple[str, ...], at_start: bool) -> tuple[Passage, Texts]:
    """A changed pair of 200 characters a side whose first (or last) ``one_sided`` characters of the
    copy (``ops`` has insert) or of the original (delete) are words the other side has not."""
    t = Texts()
    for side in ("left", "right"):
        for name in ("end", "body") if at_start else ("body", "end"):
            t.add(side, name, text(one_sided if name == "end" else 200, name[0]))
    edits = tuple(Edit("delete", t.spans["left", "end"], None) if op == "delete"
                  else Edit("insert", None, t.spans["right", "end"]) for op in ops)
    d = Difference(1, "changed", (0, len(t.left)), (0, len(t.right)), 0.6, edits)
    (found,) = t.passages(differences=(d,))
    assert found.differences == (1,)
    return found, t


@pytest.mark.parametrize("at_start", [True, False])
def test_a_copy_sentence_running_on_into_its_own_text_is_trimmed_from_20_characters(at_start):
    found, t = trimmed(20, ("insert",), at_start)
    assert found.right == t.spans["right", "body"]  # the copy's own words left out
    assert found.left == (0, len(t.left))
    found, t = trimmed(19, ("insert",), at_start)
    assert found.right == (0, len(t.right))


@pytest.mark.parametrize("at_start", [True, False])
def test_a_source_sentence_the_copy_took_half_of_is_trimmed(at_start):
    found, t = trimmed(20, ("delete",), at_start)
    assert found.left == t.spans["left", "body"] and found.right == (0, len(t.right))
    found, t = trimmed(19, ("delete",), at_start)
    assert found.left == (0, len(t.left))


def test_a_pair_reworded_at_both_ends_alike_is_kept_whole():
    found, t = trimmed(40, ("insert", "delete"), at_start=True)
    assert found.left == (0, len(t.left)) and found.right == (0, len(t.right))


# ---- what a passage says about itself ---------------------------------------------------------

def test_passages_are_numbered_in_the_copys_order_with_their_links_and_weighted_similarity():
    t = Texts().add("left", "a", text(100, "a")).add("left", "b", text(300, "b")).add("left", "c", text(100, "c"))
    t.add("right", "c", text(100, "c")).add("right", "own", text(1000, "o"))
    t.add("right", "a", text(100, "a")).add("right", "b", text(300, "b"))
    added = Difference(3, "added", None, t.spans["right", "own"])  # only changed and moved pairs are links
    found = t.passages(differences=(t.changed("b", "b", 0.5, id=4), added),
                       matches=(t.match("c", "c"), t.match("a", "a")))
    assert [p.id for p in found] == [1, 2]
    first, second = found
    assert first.right == t.spans["right", "c"] and first.matches == (0,) and first.differences == ()
    assert second.right == (t.spans["right", "a"][0], t.spans["right", "b"][1]) and second.matches == (1,)
    assert second.differences == (4,)
    assert second.similarity == pytest.approx((100 * 1.0 + 300 * 0.5) / 400)


# ---- issue 12: a borrowed verbatim passage amid unrelated text is ONE passage ----------------

HEADING, DATE = "Harbour wall approved", "14 March 2024"
WALL = ("The council approved a new harbour wall on Tuesday after years of winter floods in the lower town. "
        "Builders from Dundee will start work next spring, and the wall should be finished within two years.")
HOMES = ("Engineers say the wall will protect two hundred homes and the fish market from storm surges. "
         "The project will cost four million pounds, most of it paid by the national flood fund.")
ORIGINAL = "\n\n".join([
    "Fishermen had asked for a sea defence since the storm of 2014 destroyed the old pier. "
    "Their union collected signatures from nearly every household on the seafront.",
    HEADING, DATE, WALL, HOMES,
    "Opponents fear the wall will spoil the view from the promenade. "
    "A public meeting is planned for next month at the community hall."])
OWN = ["Apple growers in the valley expect a record harvest this autumn after a warm and wet summer. "
       "Pickers from abroad have been hired for the first time in a decade.",
       "The village school will open a new science room in January, paid for by a local charity. "
       "Pupils designed the room's murals themselves during the summer holidays.",
       "The cricket club lost its final match of the season by four wickets."]


@pytest.mark.parametrize("borrowed", [
    [HEADING, DATE, WALL, HOMES],
    [HEADING, DATE, WALL, "Advertisement", HOMES],                         # a line of the copy's own inside
    [HEADING, DATE, WALL, "Read more: Storm damage in pictures", HOMES],
    [HEADING, WALL, HOMES],                                                # the date line left out
], ids=["verbatim", "advertisement", "read more", "no date"])
def test_a_borrowed_passage_amid_unrelated_text_is_one_passage_with_its_spans(borrowed):
    block = "\n\n".join(borrowed)
    copy = "\n\n".join([OWN[0], OWN[1], block, OWN[2]])
    (found,) = compare(ORIGINAL, copy).passages
    start, end = ORIGINAL.index(HEADING), ORIGINAL.index(HOMES) + len(HOMES)
    assert found.left == (start, end)
    assert found.right == (copy.index(block), copy.index(block) + len(block))
