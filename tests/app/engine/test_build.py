"""``app.engine.build`` on its own: hand-made sentence links in, the records a reader sees out.

Each test segments two tiny texts as ``compare`` does, links their sentences by hand
(an ``Alignment``, as ``align`` would leave it) and checks the differences, matches and
summary that ``build`` makes of them.
"""

from __future__ import annotations

import pytest

from app import CompareOptions, Document
from app.engine.align import Alignment
from app.engine.build import build
from app.engine.records import Comparison
from app.engine.segment import sentences
from app.engine.tokens import sentence_key
from app.engine.words import word_edits
from app.vocabulary import KIND
from tests.app.engine.conftest import HARBOUR

RATES = "The central bank raised interest rates by half a point on Thursday."
GOVERNOR = "Governor Maria Lindqvist said inflation had stayed above target for eleven months."
KRONA = "The krona strengthened against the euro after the announcement."
FERRY = "A ferry to Gotland was cancelled because of a storm over the Baltic."


def built(left: list[str], right: list[str], links: list[tuple[int, int]],
          repeats: dict[int, int] | None = None, sep: str = " ") -> Comparison:
    """Build the comparison of two texts (one sentence each item, ``sep`` between: "\n\n" for a
    paragraph each) whose sentences are linked by ``links``."""
    options = CompareOptions()
    ldoc, rdoc = Document.from_text(sep.join(left), "original"), Document.from_text(sep.join(right), "copy")
    ls, rs = sentences(ldoc.text), sentences(rdoc.text)
    assert len(ls) == len(left) and len(rs) == len(right)  # one sentence per item, as the test says
    al = Alignment(repeat_of=dict(repeats or {}))
    for i, j in links:
        al.add(i, j, 1.0)
    lkeys = [sentence_key(ldoc.text[s.start:s.end], options) for s in ls]
    rkeys = [sentence_key(rdoc.text[s.start:s.end], options) for s in rs]
    return build(ldoc, rdoc, ls, rs, lkeys, rkeys, al, options)


def text_of(c: Comparison, side: str, span: tuple[int, int] | None) -> str:
    assert span is not None
    return (c.left if side == "left" else c.right).text[span[0]:span[1]]


def test_linked_identical_sentences_in_order_are_one_match_and_no_difference() -> None:
    c = built([RATES, GOVERNOR, KRONA], [RATES, GOVERNOR, KRONA], [(0, 0), (1, 1), (2, 2)])
    assert c.differences == ()
    assert len(c.matches) == 1  # neighbouring matches join
    assert c.summary.reused == 1.0 and c.summary.omitted == 0.0


def test_unlinked_sentences_are_omitted_on_the_left_and_added_on_the_right() -> None:
    c = built([RATES, GOVERNOR], [RATES, FERRY], [(0, 0)])
    assert [d.kind for d in c.differences] == ["omitted", "added"]  # at the same place: omitted first
    omitted, added = c.differences
    assert text_of(c, "left", omitted.left) == GOVERNOR and omitted.right is None
    assert text_of(c, "right", added.right) == FERRY and added.left is None
    assert [d.id for d in c.differences] == [1, 2]  # numbered in reading order


def test_a_linked_pair_with_other_words_is_changed_with_its_word_edits() -> None:
    c = built([RATES, GOVERNOR], [RATES, GOVERNOR.replace("eleven", "twelve")], [(0, 0), (1, 1)])
    [changed] = c.differences
    assert changed.kind == "changed"
    assert text_of(c, "left", changed.left) == GOVERNOR
    assert any("eleven" in c.left.text[e.left[0]:e.left[1]] for e in changed.edits if e.left)
    assert 0.5 < changed.similarity < 1.0


def test_a_sentence_linked_out_of_order_is_moved() -> None:
    c = built([RATES, GOVERNOR, KRONA], [GOVERNOR, KRONA, RATES], [(0, 2), (1, 0), (2, 1)])
    [moved] = c.differences  # the heaviest chain in order (governor, krona) stays; rates moved
    assert moved.kind == "moved"
    assert text_of(c, "left", moved.left) == RATES and text_of(c, "right", moved.right) == RATES


def test_a_repeat_inside_the_copy_is_duplicated_and_points_at_its_first_occurrence() -> None:
    c = built([RATES, KRONA], [RATES, KRONA, RATES], [(0, 0), (1, 1)], repeats={2: 0})
    [duplicated] = c.differences
    assert duplicated.kind == "duplicated" and duplicated.left is None
    assert text_of(c, "right", duplicated.right) == RATES
    assert duplicated.duplicate_of == (0, len(RATES))


def test_a_sentence_merged_from_two_is_one_unit() -> None:
    merged = RATES[:-1] + ", and g" + GOVERNOR[1:]
    c = built([RATES, GOVERNOR, KRONA], [merged, KRONA], [(0, 0), (1, 0), (2, 1)])
    [changed] = c.differences
    assert changed.kind == "changed"
    assert text_of(c, "left", changed.left) == RATES + " " + GOVERNOR  # both source sentences, one span
    assert text_of(c, "right", changed.right) == merged


def test_differences_come_in_the_copy_s_reading_order_and_at_one_place_in_the_table_s_order() -> None:
    c = built([RATES, GOVERNOR, KRONA], [RATES, FERRY, GOVERNOR.replace("eleven", "twelve")],
              [(0, 0), (1, 2)])
    assert [d.kind for d in c.differences] == ["added", "changed", "omitted"]
    # Where one place has several: KIND[kind].rank of app/vocabulary.py (omitted before added).
    c = built([RATES, GOVERNOR], [RATES, FERRY], [(0, 0)])
    assert [d.kind for d in c.differences] == ["omitted", "added"]
    assert KIND["omitted"].rank < KIND["added"].rank


def kinds(c: Comparison) -> list[str]:
    return [d.kind for d in c.differences]


def similarity(a: str, b: str) -> float:
    return word_edits(a, (0, len(a)), b, (0, len(b)), CompareOptions()).similarity


# ---- moved: out of order and recognisably the same, or part of a block that moved together ----

COUNTED, QUEUED = HARBOUR[0], HARBOUR[1]  # harbour sentences, reworded below and put first
COUNTED_CLOSE = "The harbour master counted about forty trawlers at dawn today."   # 0.55 of its words
COUNTED_LOOSE = "A port official tallied forty fishing vessels this morning."      # 0.47
QUEUED_LOOSE = "Visitors lined up for boat tickets near the old customs building."  # 0.44
QUEUED_FAINT = "Visitors lined up for boat passes near the former customs building."  # 0.25
STAY = HARBOUR[2:5]  # in order on both sides: the heaviest chain


def test_the_reworded_sentences_for_moves():
    assert 0.5 <= similarity(COUNTED, COUNTED_CLOSE) < 0.6
    assert 0.4 <= similarity(COUNTED, COUNTED_LOOSE) < 0.5
    assert 0.35 <= similarity(QUEUED, QUEUED_LOOSE) < 0.45
    assert 0.25 <= similarity(QUEUED, QUEUED_FAINT) < 0.35


@pytest.mark.parametrize(("copy", "kind"), [(COUNTED_CLOSE, "moved"), (COUNTED_LOOSE, "changed")])
def test_a_sentence_out_of_order_is_moved_when_half_of_its_words_are_the_same(copy, kind):
    c = built([*STAY, COUNTED], [copy, *STAY], [(3, 0), (0, 1), (1, 2), (2, 3)])
    assert kinds(c) == [kind]  # changed: a heavy rewording put elsewhere, still linked to its source


@pytest.mark.parametrize(("first", "second", "expected"), [
    (COUNTED_CLOSE, QUEUED_LOOSE, ["moved", "moved"]),    # the second moved along with the first
    (COUNTED_LOOSE, QUEUED_LOOSE, ["moved", "moved"]),    # neither would move alone (below 0.5)
    (COUNTED_CLOSE, QUEUED_FAINT, ["moved", "changed"]),  # too little of the second left
])
def test_a_block_that_moved_together_is_moved_down_to_035(first, second, expected):
    c = built([*STAY, COUNTED, QUEUED], [first, second, *STAY], [(3, 0), (4, 1), (0, 2), (1, 3), (2, 4)])
    assert kinds(c) == expected


def test_the_longest_text_in_order_stays_and_the_shorter_moves_though_more_sentences():
    long = ("The council approved a new harbour wall on Tuesday after years of winter floods, and builders "
            "from Dundee will start work next spring on a wall that should protect two hundred homes.")
    short = ["Fog delayed the mail steamer.", "Crab prices doubled."]
    c = built([long, *short], [*short, long], [(0, 2), (1, 0), (2, 1)])
    assert kinds(c) == ["moved", "moved"]
    assert [text_of(c, "right", d.right) for d in c.differences] == short
    assert [text_of(c, "right", m.right) for m in c.matches] == [long]


def test_only_text_in_order_anchors_the_two_sides():
    c = built([COUNTED, *STAY], [*STAY, COUNTED], [(0, 3), (1, 0), (2, 1), (3, 2)])
    assert kinds(c) == ["moved"]
    assert c.aligned_position("left", 0) == 0  # the moved sentence's place is not an anchor


# ---- one side has a sentence more inside a linked pair --------------------------------------

LED = "The talks were led by Mr."  # where the segmenter keeps "...by Mr. Wang, who..." whole
WANG = "Wang, who is in charge of parking fees in the capital."


def test_a_whole_sentence_dropped_from_a_linked_pair_is_omitted_and_the_rest_matches():
    c = built([RATES, LED + " " + WANG, KRONA], [RATES, LED, KRONA], [(0, 0), (1, 1), (2, 2)])
    assert kinds(c) == ["omitted"] and text_of(c, "left", c.differences[0].left) == WANG
    assert c.summary.reused == 1.0
    c = built([RATES, LED, KRONA], [RATES, LED + " " + WANG, KRONA], [(0, 0), (1, 1), (2, 2)])
    assert kinds(c) == ["added"] and text_of(c, "right", c.differences[0].right) == WANG


def test_a_pair_cut_out_of_order_is_moved_and_omitted():
    c = built([LED + " " + WANG, *STAY], [*STAY, LED], [(0, 3), (1, 0), (2, 1), (3, 2)])
    assert sorted(kinds(c)) == ["moved", "omitted"]
    moved = next(d for d in c.differences if d.kind == "moved")
    assert text_of(c, "left", moved.left) == LED and moved.similarity == 1.0


@pytest.mark.parametrize(("whole", "part"), [
    ("The talks ended at noon. then everyone went home for lunch.", "The talks ended at noon."),  # no capital
    ("The talks were led by Minister Wang Yi.", "The talks were led by Minister"),  # no full stop before
])
def test_words_dropped_that_are_not_a_whole_sentence_are_a_word_edit(whole, part):
    c = built([RATES, whole, KRONA], [RATES, part, KRONA], [(0, 0), (1, 1), (2, 2)], sep="\n\n")
    assert kinds(c) == ["changed"] and [e.op for e in c.differences[0].edits] == ["delete"]


def test_a_sentence_split_across_two_places_is_not_cut():
    rest = "Mr. Wang is in charge of parking fees in the capital."
    c = built([RATES, LED + " " + WANG, KRONA], [RATES, LED, KRONA, rest], [(0, 0), (1, 1), (2, 2), (1, 3)])
    assert "omitted" not in kinds(c)


# ---- runs of unlinked and repeated sentences -------------------------------------------------

def test_consecutive_identical_sentences_join_into_one_match_only_when_consecutive_on_both_sides():
    c = built([RATES, GOVERNOR, KRONA], [RATES, KRONA], [(0, 0), (2, 1)])
    assert len(c.matches) == 2 and kinds(c) == ["omitted"]
    c = built([RATES, KRONA], [RATES, GOVERNOR, KRONA], [(0, 0), (1, 2)])
    assert len(c.matches) == 2 and kinds(c) == ["added"]


def test_an_omitted_or_added_run_is_one_difference_a_paragraph():
    four = [RATES, GOVERNOR, KRONA, FERRY]
    for sep, count in ((" ", 1), ("\n\n", 2)):
        assert kinds(built(four, [RATES, FERRY], [(0, 0), (3, 1)], sep=sep)) == ["omitted"] * count
        assert kinds(built([RATES, FERRY], four, [(0, 0), (1, 3)], sep=sep)) == ["added"] * count


@pytest.mark.parametrize(("repeats", "sep", "count"), [
    ({3: 0, 4: 1}, " ", 1),      # a run of the run it repeats: one duplicated
    ({3: 0, 4: 2}, " ", 2),      # sources out of step: two
    ({3: 0, 4: 1}, "\n\n", 2),   # in two paragraphs: two
])
def test_a_repeated_run_is_one_duplicated_difference(repeats, sep, count):
    right = [RATES, GOVERNOR, KRONA, RATES, GOVERNOR if repeats[4] == 1 else KRONA]
    c = built([RATES, GOVERNOR, KRONA], right, [(0, 0), (1, 1), (2, 2)], repeats=repeats, sep=sep)
    assert kinds(c) == ["duplicated"] * count
    if count == 1:
        assert c.differences[0].duplicate_of == (0, len(RATES + " " + GOVERNOR))


def test_a_unit_whose_sentences_are_not_contiguous_is_split_into_pairs():
    # The copy's first sentence takes the original's first and third; the second went elsewhere.
    merged = RATES[:-1] + ", and " + KRONA[0].lower() + KRONA[1:]
    c = built([RATES, GOVERNOR, KRONA], [merged, GOVERNOR], [(0, 0), (2, 0), (1, 1)])
    spans = sorted(text_of(c, "left", d.left) for d in c.differences if d.left)
    assert GOVERNOR not in "".join(spans) and sorted(spans) == sorted([RATES, KRONA])


# ---- furniture, the summary, the passages ------------------------------------------------------

def test_a_pair_of_page_furniture_is_marked_and_left_out_of_the_summary():
    page = ["Skip to content", "Harbour wall approved", *HARBOUR[2:6]]
    c = built([*page, "Share this article"], [*page, "Share this page"], [(k, k) for k in range(7)], sep="\n\n")
    (d,) = c.differences
    assert d.kind == "changed" and d.furniture
    assert c.summary.reused == 1.0


def test_moved_text_counts_as_reused_and_the_comparison_has_its_passages():
    c = built([COUNTED, *STAY], [*STAY, COUNTED], [(0, 3), (1, 0), (2, 1), (3, 2)])
    assert c.summary.reused == 1.0 and c.summary.added == 0.0
    assert len(c.passages) == 1 and c.passages[0].right == (0, len(c.right.text))


def test_a_found_difference_has_the_fields_of_a_difference_after_its_id() -> None:
    # build() makes each Difference once numbered, Difference(n, *found): the two must list the
    # same fields in the same order, or a field added to Difference would be filled by the wrong one.
    from dataclasses import fields

    from app.engine.build import _Found
    from app.engine.records import Difference

    assert _Found._fields == tuple(f.name for f in fields(Difference))[1:]
