"""Each pass of ``app.engine.align`` on its own, on a few hand-made sentences.

Every test builds the passes' inputs as ``compare`` does (``Profiles`` of content tokens,
sentence keys), runs one pass on a hand-made ``Alignment`` and checks what it added. Where
a test needs a similarity between two bars, it says so first (the inputs are checked, not
only the pass).
"""

from __future__ import annotations

from app import CompareOptions
from app.engine.align import (
    LONE_REPEAT,
    RECLAIM,
    RUN_INSIDE,
    Alignment,
    Thresholds,
    _add_exact_candidates,
    _confident_links,
    _context_links,
    _extend_repeat_runs,
    _find_repeats,
    _merge_links,
    _reclaim_repeats,
    align,
)
from app.engine.similarity import Profiles
from app.engine.tokens import content_tokens, sentence_key

TH = Thresholds.for_sensitivity(0.5)

RATES = "The central bank raised interest rates by half a point on Thursday."
GOVERNOR = "Governor Maria Lindqvist said inflation had stayed above target for eleven months."
LENDERS = "Mortgage lenders in Stockholm warned that house prices could fall further."
KRONA = "The krona strengthened against the euro after the announcement."
NORDEA = "Economists at Nordea expect one more rise before the summer."
UNIONS = "Unions criticised the decision, saying wages are already lagging behind prices."
FERRY = "A ferry to Gotland was cancelled because of a storm over the Baltic."
BEES = "Beekeepers on the island reported a record honey harvest this autumn."


def inputs(left: list[str], right: list[str]) -> tuple[Profiles, list[str], list[str]]:
    """What ``compare`` hands ``align``: the sentences' profiles and their keys."""
    options = CompareOptions()
    profiles = Profiles([content_tokens(s) for s in left], [content_tokens(s) for s in right])
    return profiles, [sentence_key(s, options) for s in left], [sentence_key(s, options) for s in right]


def linked(*pairs: tuple[int, int]) -> Alignment:
    al = Alignment()
    for i, j in pairs:
        al.add(i, j, 1.0)
    return al


# ---- thresholds ----------------------------------------------------------------------------

def test_a_looser_sensitivity_lowers_every_linking_bar() -> None:
    strict, loose = Thresholds.for_sensitivity(0.3), Thresholds.for_sensitivity(0.75)
    for bar in ("strong", "context", "adjacent", "merge_near", "merge_far"):
        assert getattr(loose, bar) < getattr(TH, bar) < getattr(strict, bar), bar
    assert loose.repeat == TH.repeat == strict.repeat  # repeats inside the copy: one bar


# ---- exact candidates ----------------------------------------------------------------------

def test_identical_sentences_become_candidates_and_blank_keys_do_not() -> None:
    _, lkeys, rkeys = inputs([RATES, GOVERNOR, RATES], [GOVERNOR, RATES, "   "])
    assert rkeys[2] == ""  # a sentence of white space has no key
    candidates: list[list[int]] = [[], [], []]
    _add_exact_candidates(candidates, lkeys, rkeys)
    assert candidates[0] == [1]
    assert sorted(candidates[1]) == [0, 2]  # either occurrence of the original's repeated sentence
    assert candidates[2] == []


# ---- repeats inside the copy ---------------------------------------------------------------

def test_a_sentence_the_copy_says_twice_is_a_repeat_of_its_first_occurrence() -> None:
    profiles, _, rkeys = inputs([RATES], [RATES, KRONA, RATES, FERRY])
    al = Alignment()
    _find_repeats(profiles, rkeys, al, TH)
    assert al.repeat_of == {2: 0}


def test_a_repeat_with_one_word_changed_counts_but_another_sentence_on_the_subject_does_not() -> None:
    reworded = RATES.replace("Thursday", "Friday")  # alone, below LONE_REPEAT: its word order carries it
    other = "The central bank kept interest rates unchanged on Thursday, to the surprise of many."
    profiles, _, rkeys = inputs([RATES], [RATES, KRONA, reworded, FERRY, other])
    assert LONE_REPEAT > profiles.dice_right(2, 0) >= TH.repeat > profiles.dice_right(4, 0)
    al = Alignment()
    _find_repeats(profiles, rkeys, al, TH)
    assert al.repeat_of == {2: 0}


def test_a_reworded_sentence_inside_a_repeated_run_is_part_of_the_repeat() -> None:
    reworded = "Governor Lindqvist said that inflation had been above the target for months."
    right = [RATES, GOVERNOR, LENDERS, RATES, reworded, LENDERS]
    profiles, _, _ = inputs([RATES], right)
    assert RUN_INSIDE <= profiles.dice_right(4, 1) < LONE_REPEAT
    al = Alignment(repeat_of={3: 0, 5: 2})  # its neighbours repeat the neighbours of sentence 1
    _extend_repeat_runs(profiles, al)
    assert al.repeat_of == {3: 0, 4: 1, 5: 2}


# ---- confident links -----------------------------------------------------------------------

def test_confident_links_are_one_to_one_best_first() -> None:
    left = [RATES, GOVERNOR, LENDERS]
    right = [GOVERNOR.replace("eleven", "twelve"), RATES, FERRY]
    profiles, _, _ = inputs(left, right)
    al = Alignment()
    _confident_links(profiles, profiles.candidates(), al, TH, [0.0, 0.5, 1.0], [0.0, 0.5, 1.0])
    assert sorted(al.links) == [(0, 1), (1, 0)]  # moved, still linked; the ferry is new
    assert al.links[(0, 1)] == 1.0 and TH.strong <= al.links[(1, 0)] < 1.0


def test_of_two_equal_sources_the_one_at_the_same_place_wins() -> None:
    left = [RATES, KRONA, NORDEA, UNIONS, RATES]
    profiles, _, _ = inputs(left, [FERRY, BEES, RATES])
    al = Alignment()
    _confident_links(profiles, profiles.candidates(), al, TH, [0.0, 0.2, 0.4, 0.6, 0.8], [0.0, 0.4, 0.8])
    assert list(al.links) == [(4, 2)]


def test_a_repeat_inside_the_copy_takes_a_source_only_if_it_is_free() -> None:
    profiles, _, _ = inputs([RATES], [RATES, KRONA, RATES])
    al = Alignment(repeat_of={2: 0})
    _confident_links(profiles, profiles.candidates(), al, TH, [0.0], [0.0, 0.5, 1.0])
    assert list(al.links) == [(0, 0)]  # the first occurrence has it; the repeat stays a repeat


# ---- context -------------------------------------------------------------------------------

def test_a_sentence_between_linked_neighbours_is_linked_with_a_lower_bar() -> None:
    reworded = "Estate agents expect prices to keep falling through the winter."
    profiles, _, _ = inputs([RATES, LENDERS, KRONA], [RATES, reworded, KRONA])
    assert TH.adjacent <= profiles.dice(1, 1) < TH.strong  # too weak to be linked on its own
    al = linked((0, 0), (2, 2))
    assert _context_links(profiles, al, TH, strict=False)
    assert sorted(al.links) == [(0, 0), (1, 1), (2, 2)]


def test_context_needs_some_shared_words() -> None:
    profiles, _, _ = inputs([RATES, LENDERS, KRONA], [RATES, BEES, KRONA])
    al = linked((0, 0), (2, 2))
    assert not _context_links(profiles, al, TH, strict=False)
    assert sorted(al.links) == [(0, 0), (2, 2)]


def test_strict_context_wants_two_shared_meaningful_words() -> None:
    one_word = "In Stockholm."
    profiles, _, _ = inputs([RATES, LENDERS, KRONA], [RATES, one_word, KRONA])
    assert profiles.content_count(profiles.left[1] & profiles.right[1]) == 1
    assert profiles.dice(1, 1) >= TH.adjacent  # the bar alone would let it through
    loose, strict = linked((0, 0), (2, 2)), linked((0, 0), (2, 2))
    _context_links(profiles, loose, TH, strict=False)
    _context_links(profiles, strict, TH, strict=True)
    assert (1, 1) in loose.links and (1, 1) not in strict.links


# ---- merges and splits ---------------------------------------------------------------------

MERGED = ("The central bank raised interest rates by half a point on Thursday, and governor Maria "
          "Lindqvist said inflation had stayed above target for eleven months.")


def test_two_sentences_merged_into_one_are_both_linked_to_it() -> None:
    profiles, _, _ = inputs([RATES, GOVERNOR, KRONA], [MERGED, KRONA])
    al = linked((0, 0), (2, 1))
    assert _merge_links(profiles, profiles.candidates(), al, TH, strict=False)
    assert sorted(al.links) == [(0, 0), (1, 0), (2, 1)]


def test_one_sentence_split_in_two_is_linked_to_both() -> None:
    profiles, _, _ = inputs([MERGED, KRONA], [RATES, GOVERNOR, KRONA])
    al = linked((0, 0), (1, 2))
    assert _merge_links(profiles, profiles.candidates(), al, TH, strict=False)
    assert sorted(al.links) == [(0, 0), (0, 1), (1, 2)]


def test_a_sentence_that_explains_nothing_left_over_is_not_merged() -> None:
    profiles, _, _ = inputs([RATES, FERRY, KRONA], [MERGED, KRONA])
    al = linked((0, 0), (2, 1))
    assert not _merge_links(profiles, profiles.candidates(), al, TH, strict=False)


# ---- repeats with a source of their own ----------------------------------------------------

def test_a_repeat_with_a_free_source_of_its_own_between_its_neighbours_partners_is_linked_to_it() -> None:
    early = "Inflation was a worry for the central bank."
    later = "Inflation was a worry for the central bank, and so were wages."
    profiles, _, _ = inputs([early, KRONA, later, NORDEA], [early, KRONA, early, NORDEA])
    assert profiles.dice(2, 2) >= RECLAIM
    al = linked((0, 0), (1, 1), (3, 3))
    al.repeat_of[2] = 0  # the copy says its own sentence 0 again, word for word
    _reclaim_repeats(profiles, profiles.candidates(), al)
    assert 2 not in al.repeat_of and (2, 2) in al.links


# ---- the passes together -------------------------------------------------------------------

def test_align_links_a_rewrite_and_leaves_what_is_new_or_gone() -> None:
    left = [RATES, GOVERNOR, LENDERS, KRONA]
    right = [RATES, GOVERNOR.replace("eleven", "twelve"), FERRY, KRONA, RATES]
    profiles, lkeys, rkeys = inputs(left, right)
    al = align(profiles, lkeys, rkeys, TH, [0.0, 0.25, 0.5, 0.75], [0.0, 0.2, 0.4, 0.6, 0.8])
    assert sorted(al.links) == [(0, 0), (1, 1), (3, 3)]  # the lenders are gone, the ferry is new
    assert al.repeat_of == {4: 0}


def test_align_links_nothing_between_unrelated_texts() -> None:
    profiles, lkeys, rkeys = inputs([RATES, GOVERNOR, LENDERS], [FERRY, BEES])
    al = align(profiles, lkeys, rkeys, TH)
    assert al.links == {} and al.repeat_of == {}
