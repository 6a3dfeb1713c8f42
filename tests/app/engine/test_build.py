"""``app.engine.build`` on its own: hand-made sentence links in, the records a reader sees out.

Each test segments two tiny texts as ``compare`` does, links their sentences by hand
(an ``Alignment``, as ``align`` would leave it) and checks the differences, matches and
summary that ``build`` makes of them.
"""

from __future__ import annotations

from app import CompareOptions, Document
from app.engine.align import Alignment
from app.engine.build import build
from app.engine.records import Comparison
from app.engine.segment import sentences
from app.engine.tokens import sentence_key
from app.vocabulary import KIND

RATES = "The central bank raised interest rates by half a point on Thursday."
GOVERNOR = "Governor Maria Lindqvist said inflation had stayed above target for eleven months."
KRONA = "The krona strengthened against the euro after the announcement."
FERRY = "A ferry to Gotland was cancelled because of a storm over the Baltic."


def built(left: list[str], right: list[str], links: list[tuple[int, int]],
          repeats: dict[int, int] | None = None) -> Comparison:
    """Build the comparison of two texts (one sentence each item) whose sentences are linked by ``links``."""
    options = CompareOptions()
    ldoc, rdoc = Document.from_text(" ".join(left), "original"), Document.from_text(" ".join(right), "copy")
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
