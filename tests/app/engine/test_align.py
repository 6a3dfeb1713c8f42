"""Each pass of ``app.engine.align`` on its own, on a few hand-made sentences.

Every test builds the passes' inputs as ``compare`` does (``Profiles`` of content tokens,
sentence keys), runs one pass on a hand-made ``Alignment`` and checks what it added. Each
rule is held between a case it lets through and one it stops (the one that motivated it);
where a test needs a similarity between two bars, it checks the inputs first. The figures
are written out, not read from the module: a changed constant must fail a test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine.align import (
    Alignment,
    Thresholds,
    _add_exact_candidates,
    _confident_links,
    _contained_links,
    _context_and_merges,
    _context_links,
    _extend_repeat_runs,
    _find_repeats,
    _merge_links,
    _reclaim_repeats,
    _same_order,
    align,
)
from tests.app.engine.conftest import FARM, HARBOUR, MARLOW, MARLOW_TOO, inputs, linked, place

TH = Thresholds.for_sensitivity(0.5)

RATES = "The central bank raised interest rates by half a point on Thursday."
GOVERNOR = "Governor Maria Lindqvist said inflation had stayed above target for eleven months."
LENDERS = "Mortgage lenders in Stockholm warned that house prices could fall further."
KRONA = "The krona strengthened against the euro after the announcement."
NORDEA = "Economists at Nordea expect one more rise before the summer."
UNIONS = "Unions criticised the decision, saying wages are already lagging behind prices."
FERRY = "A ferry to Gotland was cancelled because of a storm over the Baltic."
BEES = "Beekeepers on the island reported a record honey harvest this autumn."
KEEPER = HARBOUR[3]  # "The lighthouse keeper retired after thirty years of service."
CLOSE = "A keeper retired to grow roses."                  # 2 shared words, just above the strong bar
LOOSE = "A keeper retired quietly in Wick to grow roses."  # 2 shared words, between adjacent and context
FAINT = "The lighthouse closed to grow roses."             # 1 shared word, below the adjacent bar
OTHERS = [s for s in HARBOUR if s != KEEPER]


# ---- thresholds ------------------------------------------------------------------------------

def test_a_looser_sensitivity_lowers_every_linking_bar() -> None:
    strict, loose = Thresholds.for_sensitivity(0.3), Thresholds.for_sensitivity(0.75)
    for bar in ("strong", "context", "adjacent", "merge_near", "merge_far"):
        assert getattr(loose, bar) < getattr(TH, bar) < getattr(strict, bar), bar
    assert loose.repeat == TH.repeat == strict.repeat  # repeats inside the copy: one bar


# ---- exact candidates ------------------------------------------------------------------------

def test_identical_sentences_become_candidates_and_blank_keys_do_not() -> None:
    _, lkeys, rkeys = inputs([RATES, GOVERNOR, RATES], [GOVERNOR, RATES, "   "])
    assert rkeys[2] == ""  # a sentence of white space has no key
    candidates: list[list[int]] = [[], [], []]
    _add_exact_candidates(candidates, lkeys, rkeys)
    assert candidates[0] == [1]
    assert sorted(candidates[1]) == [0, 2]  # either occurrence of the original's repeated sentence
    assert candidates[2] == []


# ---- repeats inside the copy: each bar between a case above it and one below -----------------

def test_a_sentence_the_copy_says_twice_is_a_repeat_of_its_first_occurrence() -> None:
    profiles, _, rkeys = inputs([RATES], [RATES, KRONA, RATES, FERRY])
    al = Alignment()
    _find_repeats(profiles, rkeys, al, TH)
    assert al.repeat_of == {2: 0}


COUNTED = HARBOUR[0]  # "The harbour master counted forty fishing boats this morning."


def repeats_of(right: list[str]) -> dict[int, int]:
    profiles, _, rkeys = inputs([], right)
    al = Alignment()
    _find_repeats(profiles, rkeys, al, TH)
    return al.repeat_of


PIER = ("The harbour master counted forty fishing boats and twelve yachts at the pier this morning before the big "
        "storm came in.")


@pytest.mark.parametrize(("first", "reworded", "similarity", "order", "repeat"), [
    # Nearly the same words, shuffled: a repeat.
    (COUNTED, "The harbour master, this morning, counted forty boats.", (0.9, 0.92), (0.5, 0.6), True),
    # Close, and in the same order: a repeat.
    (COUNTED, "The harbour master counted forty fishing boats on Tuesday morning.", (0.85, 0.9), (0.85, 0.87), True),
    (PIER, PIER.replace("forty", "sixty").replace("yachts", "dinghies"), (0.75, 0.85), (0.85, 0.95), True),
    # Close, but neither nearly the same nor in the same order: new text on the same subject.
    (COUNTED, "This morning the harbour master counted forty of the boats.", (0.85, 0.9), (0.5, 0.6), False),
    (COUNTED, "Yesterday the harbour master counted forty fishing boats.", (0.75, 0.85), (0.7, 0.8), False),
    # In the same order, but below the repeat bar.
    (PIER, PIER.replace("forty", "sixty").replace("yachts", "dinghies").replace("pier", "quay"), (0.7, 0.75),
     (0.85, 0.9), False),
])
def test_a_lone_reworded_repeat_is_nearly_the_same_or_in_the_same_order(first, reworded, similarity, order, repeat):
    right = [first, *FARM[:4], reworded]
    profiles, _, rkeys = inputs([], right)
    assert similarity[0] <= profiles.dice_right(5, 0) < similarity[1]
    assert order[0] <= _same_order(rkeys[5], rkeys[0]) < order[1]
    assert repeats_of(right) == ({5: 0} if repeat else {})


def test_reworded_sentences_beside_each_other_repeat_a_run_though_neither_would_alone():
    first = "Yesterday the harbour master counted forty fishing boats."
    second = "Beside the customs house, tourists queued for ferry tickets today."
    right = [COUNTED, HARBOUR[1], *FARM[:3], first, second]
    assert repeats_of([COUNTED, *FARM[:3], first]) == {}
    assert repeats_of([HARBOUR[1], *FARM[:3], second]) == {}
    assert repeats_of(right) == {5: 0, 6: 1}


@pytest.mark.parametrize(("middle", "similarity", "repeat"), [
    ("Tourists queued for ferry tickets near the pier.", (0.4, 0.6), True),
    ("Tourists waited for ferry tickets by the station.", (0.3, 0.4), False),
])
def test_between_two_repeats_a_sentence_repeats_its_counterpart_at_0_4(middle, similarity, repeat):
    right = [HARBOUR[0], HARBOUR[1], HARBOUR[2], FARM[0], HARBOUR[0], middle, HARBOUR[2]]
    profiles, _, _ = inputs([], right)
    assert similarity[0] <= profiles.dice_right(5, 1) < similarity[1]
    al = Alignment(repeat_of={4: 0, 6: 2})
    _extend_repeat_runs(profiles, al)
    assert al.repeat_of == ({4: 0, 5: 1, 6: 2} if repeat else {4: 0, 6: 2})


@pytest.mark.parametrize(("after", "similarity", "repeat"), [
    ("Tourists queued for ferry tickets beside the pier.", (0.6, 0.7), True),
    ("Tourists queued for ferry tickets near the pier.", (0.45, 0.55), False),
])
def test_at_the_edge_of_a_repeated_run_a_sentence_needs_0_6(after, similarity, repeat):
    right = [HARBOUR[0], HARBOUR[1], FARM[0], FARM[1], HARBOUR[0], after, FARM[2]]
    profiles, _, _ = inputs([], right)
    assert similarity[0] <= profiles.dice_right(5, 1) < similarity[1]
    al = Alignment(repeat_of={4: 0})
    _extend_repeat_runs(profiles, al)
    assert al.repeat_of == ({4: 0, 5: 1} if repeat else {4: 0})


# ---- confident links -------------------------------------------------------------------------

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


def test_the_kth_repeat_of_the_copy_looks_for_identical_sentences_near_the_kth_of_the_original():
    left = [RATES] * 12
    _, lkeys, rkeys = inputs(left, [RATES] * 8)
    candidates: list[list[int]] = [[] for _ in range(8)]
    _add_exact_candidates(candidates, lkeys, rkeys)
    assert sorted(candidates[0]) == [0, 1, 2, 3, 4]
    assert sorted(candidates[7]) == [3, 4, 5, 6, 7, 8, 9, 10, 11]


def test_a_much_closer_source_elsewhere_beats_a_weaker_one_at_the_same_place():
    weaker = "The harbour master counted boats."
    left = [weaker, *FARM[:4], COUNTED]
    profiles, _, _ = inputs(left, [COUNTED, *HARBOUR[1:6]])
    assert profiles.dice(5, 0) - profiles.dice(0, 0) > 0.15
    al = Alignment()
    places = [k / 5 for k in range(6)]
    _confident_links(profiles, profiles.candidates(), al, TH, places, places)
    assert list(al.links) == [(5, 0)]  # a paragraph moved from the end is still itself


@pytest.mark.parametrize(("copy", "linked_too"), [(CLOSE, True), (LOOSE, False)])
def test_a_confident_link_passes_the_strong_bar(copy, linked_too):
    profiles, _, _ = inputs(place({2: KEEPER}, OTHERS, 5), place({2: copy}, FARM, 5))
    al = Alignment()
    _confident_links(profiles, profiles.candidates(), al, TH, [0.0] * 5, [0.0] * 5)
    assert list(al.links) == ([(2, 2)] if linked_too else [])


def test_confident_links_take_each_sentence_once():
    profiles, _, _ = inputs([RATES, RATES.replace("Thursday", "Friday")], [RATES])
    al = Alignment()
    _confident_links(profiles, profiles.candidates(), al, TH, [0.0, 0.5], [0.0])
    assert list(al.links) == [(0, 0)]


def test_a_repeat_inside_the_copy_comes_after_the_first_occurrence_and_needs_a_twin():
    close = "The harbour master counted forty of the boats."
    profiles, _, _ = inputs([COUNTED], [close, COUNTED])
    assert TH.strong <= profiles.dice(0, 0) < 0.9 <= profiles.dice(0, 1)
    al = Alignment(repeat_of={1: 0})
    _confident_links(profiles, profiles.candidates(), al, TH, [0.0], [0.0, 0.5])
    assert list(al.links) == [(0, 0)]  # the first occurrence first, though the repeat is closer
    # A free source: the repeat takes it when it is the source's twin, not when merely close.
    for repeat, links in ((COUNTED, [(0, 1)]), (close, [])):
        profiles, _, _ = inputs([COUNTED], [FARM[0], repeat])
        al = Alignment(repeat_of={1: 0})
        _confident_links(profiles, profiles.candidates(), al, TH, [0.0], [0.0, 0.5])
        assert list(al.links) == links


# ---- context: the bars, and the strict rules for a copy that borrows a little ----------------

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


def context_after(at: dict[int, str], links: list[tuple[int, int]], strict: bool) -> set[tuple[int, int]]:
    """The links after one context pass over five sentences a side: KEEPER at 2 in the original
    among harbour fillers, the copy's sentences ``at`` among farm fillers, ``links`` made by hand."""
    profiles, _, _ = inputs(place({2: KEEPER}, OTHERS, 5), place(at, FARM, 5))
    al = linked(*links)
    _context_links(profiles, al, TH, strict)
    return set(al.links)


def test_the_sentences_for_the_bars():
    similarity = {s: inputs(place({2: KEEPER}, OTHERS, 5), place({2: s}, FARM, 5))[0].dice(2, 2)
                  for s in (CLOSE, LOOSE, FAINT)}
    assert TH.strong <= similarity[CLOSE] < TH.strong + 0.05  # and so above the context bar
    assert TH.adjacent <= similarity[LOOSE] < TH.context
    assert TH.adjacent - 0.1 <= similarity[FAINT] < TH.adjacent


CONTEXT = [  # (the copy's sentence 2, the links made by hand, strict, whether (2, 2) is linked)
    # Copy sentences 1 and 3 share nothing with the original: between links at 0 and 4, off the
    # diagonal of either, a sentence needs the context bar.
    pytest.param(CLOSE, [(0, 0), (4, 4)], False, True, id="between links: the context bar"),
    pytest.param(LOOSE, [(0, 0), (4, 4)], False, False, id="between links: below the context bar"),
    # Diagonal to a link, only the adjacent bar.
    pytest.param(LOOSE, [(1, 1), (4, 4)], False, True, id="diagonal: the adjacent bar"),
    pytest.param(FAINT, [(1, 1), (4, 4)], False, False, id="diagonal: below the adjacent bar"),
    # Strict, beside a single link, the diagonal step at the context bar: the place alone is weak evidence.
    pytest.param(CLOSE, [(1, 1)], True, True, id="strict, beside one link: the context bar"),
    pytest.param(LOOSE, [(1, 1)], True, False, id="strict, beside one link: not the adjacent bar"),
    pytest.param(LOOSE, [(1, 1)], False, True, id="loose, beside one link: the adjacent bar"),
    # Strict, beside a single link but off the diagonal (two after its partner): no link at all.
    pytest.param(CLOSE, [(0, 0)], True, False, id="strict, beside one link, off the diagonal"),
    pytest.param(CLOSE, [(0, 0)], False, True, id="loose, beside one link, off the diagonal"),
]


@pytest.mark.parametrize(("copy", "links", "strict", "linked_too"), CONTEXT)
def test_a_context_link_passes_the_bar_its_place_sets(copy, links, strict, linked_too):
    assert context_after({2: copy}, links, strict) == {*links, *([(2, 2)] if linked_too else [])}


def test_a_pair_sharing_only_stop_words_is_no_context_link():
    left = [HARBOUR[0], "It was all over for them then.", HARBOUR[2]]
    right = [FARM[0], "For them, it was all over.", FARM[2]]
    profiles, _, _ = inputs(left, right)
    assert profiles.dice(1, 1) >= TH.context and profiles.content_count(profiles.left[1] & profiles.right[1]) == 0
    al = linked((0, 0), (2, 2))
    assert not _context_links(profiles, al, TH, strict=False)


@pytest.mark.parametrize(("gap", "linked_too"), [(3, True), (4, False)])
def test_strict_context_looks_at_most_three_sentences_from_a_link(gap, linked_too):
    # The keeper's pair sits between two links, ``gap`` sentences from each in the copy.
    n = 2 * gap + 1
    left = place({gap: KEEPER}, OTHERS, n)
    right = place({gap: CLOSE}, FARM, n)
    profiles, _, _ = inputs(left, right)
    assert TH.context <= profiles.dice(gap, gap)
    al = linked((0, 0), (n - 1, n - 1))
    _context_links(profiles, al, TH, strict=True)
    assert ((gap, gap) in al.links) is linked_too
    al = linked((0, 0), (n - 1, n - 1))
    _context_links(profiles, al, TH, strict=False)
    assert (gap, gap) in al.links  # a loose copy looks anywhere between its links


def test_a_context_link_waits_for_a_closer_sentence_of_the_copy_nearby():
    # Copy sentences 1 and 2 both could take the keeper; 2 suits it better, though 1 comes first.
    left = place({1: KEEPER}, OTHERS, 4)
    right = [FARM[0], LOOSE, "The keeper retired after thirty years.", FARM[3]]
    profiles, _, _ = inputs(left, right)
    assert profiles.dice(1, 1) < profiles.dice(1, 2)
    al = linked((0, 0), (3, 3))
    _context_links(profiles, al, TH, strict=False)
    assert set(al.links) == {(0, 0), (1, 2), (3, 3)}


def test_context_links_found_late_carry_earlier_sentences_in_the_next_rounds():
    # Each pair is too weak for a link away from the diagonal; from the link at 4, the third is
    # diagonal, then (once linked) the second, then the first: three rounds.
    left = [HARBOUR[0], KEEPER, HARBOUR[4], HARBOUR[5], HARBOUR[6]]
    right = [FARM[0], LOOSE, "Some seagulls nested near Oban with many puffins there, sadly.",
             "Some divers recovered parts near Oban with friends on Sunday.", FARM[6]]
    profiles, _, _ = inputs(left, right)
    assert all(TH.adjacent <= profiles.dice(k, k) < TH.context for k in (1, 2, 3))
    al = linked((4, 4))
    _context_and_merges(profiles, profiles.candidates(), al, TH, strict=False)
    assert set(al.links) == {(1, 1), (2, 2), (3, 3), (4, 4)}


# ---- merges and splits: the unexplained rest -------------------------------------------------

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


TOWN = "Port Ellen has a distillery, a pier, a chapel and a hotel."


def merged_into(piece: str, merged: str, at: int, strict: bool = False) -> set[tuple[int, int]]:
    """The links after one merge pass: the original's COUNTED (linked to ``merged``, the copy's
    first sentence) with ``piece`` at ``at`` among fillers (1: its neighbour, 4: far from it)."""
    left = [COUNTED, *HARBOUR[1:5]]
    left.insert(at, piece)
    profiles, _, _ = inputs(left, [merged, *FARM[:5]])
    al = linked((0, 0))
    _merge_links(profiles, profiles.candidates(), al, TH, strict)
    return set(al.links)


def in_town(*places: str) -> str:
    return COUNTED[:-1] + " in Port Ellen" + (", by the " + " and the ".join(places) if places else "") + "."


@pytest.mark.parametrize(("piece", "merged", "near", "far"), [
    # A word in common is no evidence even beside its partner; a two-word tag line is, only beside it.
    ("Islay.", COUNTED[:-1] + " in Islay.", False, False),
    ("Port Ellen.", in_town(), True, False),
    ("Port Ellen, Islay.", COUNTED[:-1] + " in Port Ellen, Islay.", True, True),
    # The copy keeps about 0.73 of the piece's weight: merged from anywhere (the far bar is 0.7) ...
    (TOWN, in_town("distillery", "pier", "chapel"), True, True),
    # ... about 0.56: only beside its partner (the near bar is 0.5) ...
    (TOWN, in_town("distillery", "pier"), True, False),
    # ... about 0.43: not even beside it.
    ("Port Ellen has a new distillery.", in_town(), False, False),
])
def test_a_merged_piece_is_mostly_in_the_unexplained_rest_with_three_words_or_two_beside(piece, merged, near, far):
    assert ((1, 0) in merged_into(piece, merged, at=1)) is near
    assert ((4, 0) in merged_into(piece, merged, at=4)) is far


def test_words_the_partner_already_explains_are_no_evidence_of_a_merge():
    # The original says it twice; the copy once: the second is omitted, not merged.
    again = COUNTED[:-1] + ", again."
    assert merged_into(again, COUNTED, at=1) == {(0, 0)}


def test_strict_merges_and_splits_only_beside_the_partner():
    piece = "Port Ellen, Islay."
    merged = COUNTED[:-1] + " in " + piece
    assert merged_into(piece, merged, at=4, strict=True) == {(0, 0)}
    assert merged_into(piece, merged, at=4, strict=False) == {(0, 0), (4, 0)}
    # Split: the copy's sentence 4 holds the rest of the original's first.
    profiles, _, _ = inputs([merged, *HARBOUR[1:6]], [COUNTED, *FARM[:3], piece, FARM[3]])
    for strict, links in ((True, {(0, 0)}), (False, {(0, 0), (0, 4)})):
        al = linked((0, 0))
        _merge_links(profiles, profiles.candidates(), al, TH, strict)
        assert set(al.links) == links


# ---- repeats with a source of their own: only a close one, between the neighbours' partners --

EARLY = "Inflation was a worry for the central bank."


@pytest.mark.parametrize(("left", "reclaimed"), [
    # A later, longer source between the partners of the repeat's neighbours: its own.
    ([EARLY, KRONA, EARLY[:-1] + ", and so were wages.", NORDEA], True),
    # Only loosely like it (below 0.5): the copy repeats itself.
    ([EARLY, KRONA, EARLY[:-1] + ", and so were wages, rents, fuel bills, school fees and bus fares.", NORDEA],
     False),
    # Close, but after the next neighbour's partner: out of place.
    ([EARLY, KRONA, NORDEA, EARLY[:-1] + ", and so were wages."], False),
])
def test_a_repeat_is_reclaimed_by_a_close_free_source_between_its_neighbours_partners(left, reclaimed):
    profiles, _, _ = inputs(left, [EARLY, KRONA, EARLY, NORDEA])
    nordea = left.index(NORDEA)
    al = linked((0, 0), (1, 1), (nordea, 3))
    al.repeat_of[2] = 0
    _reclaim_repeats(profiles, profiles.candidates(), al)
    assert ((2, 2) in al.links or (3, 2) in al.links) is reclaimed
    assert (2 in al.repeat_of) is not reclaimed


def test_align_reclaims_a_repeat_with_a_source_of_its_own():
    left = [EARLY, KRONA, EARLY[:-1] + ", and so were wages.", NORDEA]
    profiles, lkeys, rkeys = inputs(left, [EARLY, KRONA, EARLY, NORDEA])
    al = align(profiles, lkeys, rkeys, TH)
    assert sorted(al.links) == [(0, 0), (1, 1), (2, 2), (3, 3)] and al.repeat_of == {}


# ---- the passes together; a copy that borrows a little: every link needs evidence ------------

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


BORROWED = [
    "The council approved a new harbour wall in March after years of winter floods.",
    "Builders from Dundee will start work on the wall next spring, the council said.",
    "Engineers say the wall will protect two hundred homes from flooding.",
]


def test_a_borrowed_passage_amid_other_text_is_linked_and_a_coincidence_of_subject_is_not():
    left = [*HARBOUR[:3], *BORROWED, *HARBOUR[3:6], "Leave the dam alone to work.", HARBOUR[6]]
    right = [FARM[0], "It is wise to leave the dog alone.", *FARM[1:5], *BORROWED, *FARM[5:9]]
    profiles, lkeys, rkeys = inputs(left, right)
    assert profiles.dice(9, 1) >= TH.strong  # the bar alone would link the dam to the dog
    al = align(profiles, lkeys, rkeys, TH)
    assert sorted(al.links) == [(3, 6), (4, 7), (5, 8)]


def test_two_texts_on_one_subject_are_not_linked_by_its_title_and_definition_alone():
    # Both name the illness in a title and define it first, in their own words; the rest of
    # each is other news. Each pair alone is a seed: the one passage they make is not.
    left, right = [*MARLOW, *HARBOUR[:5]], [*MARLOW_TOO, *FARM[:4]]
    profiles, lkeys, rkeys = inputs(left, right)
    assert align(profiles, lkeys, rkeys, TH).links == {}
    # A sentence the copy does take is linked, with the definition beside it ...
    right = [*MARLOW_TOO[:3], MARLOW[3], *FARM[:4]]
    profiles, lkeys, rkeys = inputs(left, right)
    assert sorted(align(profiles, lkeys, rkeys, TH).links) == [(0, 0), (1, 1), (3, 3)]
    # ... and far from it (two passages: neither is alone).
    right = [*MARLOW_TOO, *FARM[:4], MARLOW[3]]
    profiles, lkeys, rkeys = inputs(left, right)
    assert sorted(align(profiles, lkeys, rkeys, TH).links) == [(0, 0), (1, 1), (3, 8)]


LINES = ["Miners from Tarkwa marched on the capital yesterday.",
         "Ministers promised an inquiry into unsafe mines within a month.",
         "Unions warned of strikes across every western gold field."]
RAN_TOGETHER = ("Miners from Tarkwa marched on the capital yesterday; ministers promised an inquiry into unsafe mines "
                "within a month, and unions warned of strikes across every western gold field.")


def test_lines_the_copy_ran_together_are_each_linked_to_the_sentence_that_holds_them():
    # Apart in the original, so that no merge takes them; the copy holds each whole, in order.
    left = place({1: LINES[0], 4: LINES[1], 7: LINES[2]}, HARBOUR, 10)
    profiles, lkeys, rkeys = inputs(left, place({2: RAN_TOGETHER}, FARM, 7))
    assert sorted(align(profiles, lkeys, rkeys, TH).links) == [(1, 2), (4, 2), (7, 2)]
    # The pass on its own: each line joins, a line sharing a few words does not, a linked pair stays
    # one link, and the copy's repeat of itself (sentence 2) takes nothing.
    left = [*LINES, "Miners in the capital protested yesterday."]
    profiles, _, _ = inputs(left, [FARM[0], RAN_TOGETHER, RAN_TOGETHER])
    al = linked((0, 1))
    al.repeat_of[2] = 1
    _contained_links(profiles, profiles.candidates(), al)
    assert sorted(al.links) == [(0, 1), (1, 1), (2, 1)] and al.left_links[0] == [1]


def test_a_line_held_by_a_linked_sentence_joins_it_only_beside_its_partners():
    # The copy ran the first two lines into one sentence; the original has the third line too,
    # six sentences on (a heading it repeats, say): that one is not the copy's.
    left = place({1: LINES[0], 2: LINES[1], 8: LINES[2]}, HARBOUR, 10)
    profiles, _, _ = inputs(left, [FARM[0], RAN_TOGETHER])
    al = linked((2, 1))
    _contained_links(profiles, profiles.candidates(), al)
    assert sorted(al.links) == [(1, 1), (2, 1)]
    al = linked((5, 1))  # three sentences away joins, and those beside it in turn
    _contained_links(profiles, profiles.candidates(), al)
    assert sorted(al.links) == [(1, 1), (2, 1), (5, 1), (8, 1)]


def test_a_rewrite_keeps_every_link_that_passes_the_bar():
    # Most of both texts linked: a version of the original, no evidence asked of each link.
    left = [*BORROWED, "Leave the dam alone to work."]
    right = [*BORROWED, "It is wise to leave the dog alone."]
    profiles, lkeys, rkeys = inputs(left, right)
    al = align(profiles, lkeys, rkeys, TH)
    assert sorted(al.links) == [(0, 0), (1, 1), (2, 2), (3, 3)]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from("abcdefg"), min_size=1, max_size=12), min_size=2, max_size=8),
       st.lists(st.lists(st.sampled_from("abcdefg"), min_size=1, max_size=12), min_size=1, max_size=8))
def test_a_sentences_rest_is_its_words_less_its_partners_taken_out_one_by_one(left, right) -> None:  # type: ignore[no-untyped-def]
    # _rest keeps the rest and takes out only the partners added since: a sentence with 14,000
    # partners was rebuilt for each sentence weighed against it. Its positive part is the same.

    from app.engine.align import _rest
    from app.engine.similarity import Profiles

    profiles = Profiles(left, right)
    rests: dict = {}
    partners: list[int] = []
    for p in range(len(right)):
        partners.append(p)
        expected = profiles.bag("left", 0)
        for q in partners:
            expected -= profiles.bag("right", q)
        got = _rest(profiles, "left", 0, partners, rests)
        assert +got == expected
