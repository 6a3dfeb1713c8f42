from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine.options import CompareOptions
from app.engine.segment import Sentence
from app.engine.segment import sentences as segment
from app.engine.tokens import sentence_key
from app.engine.words import word_edits

OPTS = CompareOptions()


def edits(a: str, b: str, options: CompareOptions = OPTS):
    wd = word_edits(a, (0, len(a)), b, (0, len(b)), options)
    return [(e.op, a[e.left[0]:e.left[1]] if e.left else b[e.right[0]:e.right[1]]) for e in wd.edits], wd


def test_identical_has_no_edits():
    found, wd = edits("The same words.", "The  same\nwords.")
    assert found == [] and wd.similarity == 1.0


def test_edits_are_whole_words():
    found, _ = edits("Profits rose sharply in the quarter.", "Profits increased sharply in the quarter.")
    assert found == [("delete", "rose"), ("insert", "increased")]


def test_dropped_clause_is_one_delete():
    a = "The firm, which is now one of the biggest investors in Google, benefited from sales."
    b = "The firm benefited from sales."
    found, wd = edits(a, b)
    assert ("delete", ", which is now one of the biggest investors in Google,") in found
    assert 0 < wd.similarity < 1


def test_options_hide_case_and_punctuation():
    found, _ = edits("Hello, World.", "hello world", CompareOptions(ignore_case=True, ignore_punctuation=True))
    assert found == []


def test_edit_spans_lie_inside_the_given_spans():
    left = "xx Alpha beta gamma. yy"
    right = "zz Alpha delta gamma. ww"
    wd = word_edits(left, (3, 20), right, (3, 21), OPTS)
    for e in wd.edits:
        span = e.left or e.right
        assert 3 <= span[0] < span[1] <= 21


def test_heavy_rewording_keeps_the_names_and_figures_it_shares():
    # Semantic clean-up alone folds every short equality into the edits around it, so a
    # reworded sentence read as all deleted and all inserted: the kept name was hidden.
    a = 'On Monday the deputy prime minister, Olga Stefanishyna, said talks had been "very constructive".'
    b = 'As negotiations continue, Deputy Prime Minister Olga Stefanishyna calls the talks "constructive".'
    found, _ = edits(a, b)
    deleted = " ".join(t for op, t in found if op == "delete")
    inserted = " ".join(t for op, t in found if op == "insert")
    for kept in ("Olga", "Stefanishyna", "constructive"):
        assert kept not in deleted and kept not in inserted
    # equal runs of small words only ("the") are still folded into the edits around them
    assert "the" in deleted.split()


_PIECES = ["The", "firm", "sold", "5%", "of", "U.S.", "shares", ",", ".", "it's", "co-op", "_x", "(a)",
           "\u201cquote\u201d", "caf\u00e9", "\u2026", "don\u2019t", "3.5", "Mr."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8), min_size=1, max_size=3),
       st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8), min_size=1, max_size=3),
       st.sampled_from([OPTS, CompareOptions(ignore_case=True), CompareOptions(ignore_punctuation=True),
                        CompareOptions(ignore_typography=False)]))
def test_the_sentence_keys_a_caller_passes_give_the_edits_found_without_them(left, right, options):
    # Spans of one or more sentences, as build() passes them with the keys it has.
    def text_of(sentences: list[list[str]]) -> tuple[str, list[Sentence]]:
        text = "  ".join(" ".join(words) for words in sentences) + "\n"
        return text, segment(text)

    ltext, ls = text_of(left)
    rtext, rs = text_of(right)
    lkey = " ".join(sentence_key(ltext[s.start:s.end], options) for s in ls)
    rkey = " ".join(sentence_key(rtext[s.start:s.end], options) for s in rs)
    lspan, rspan = (ls[0].start, ls[-1].end), (rs[0].start, rs[-1].end)
    assert word_edits(ltext, lspan, rtext, rspan, options, {}, (lkey, rkey)) == \
        word_edits(ltext, lspan, rtext, rspan, options)


def test_a_pair_of_more_distinct_words_than_coded_in_advance_is_diffed_the_same_way():
    from app.engine import words

    codes = [chr(words._code(n)) for n in range(len(words._CODES))]
    assert codes == words._CODES
    many = " ".join(f"w{n}" for n in range(len(words._CODES) + 50))
    found, wd = edits(f"{many} end.", f"{many} stop.")
    assert found == [("delete", "end"), ("insert", "stop")] and 0.9 < wd.similarity < 1


def _reworded(words: int, seed: int) -> tuple[str, str]:
    import random

    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(300)]
    a = [rng.choice(vocabulary) for _ in range(words)]
    b = [w if n % 3 else rng.choice(vocabulary) for n, w in enumerate(a)]
    return " ".join(a), " ".join(b)


def test_a_comparison_shares_a_budget_of_diffing_and_past_it_each_pair_stops_at_once():
    # Each long reworded pair took 0.7 s (1,900 words), with no bound on their sum. Past the
    # budget a pair's edits are coarser but still turn the one text into the other.
    from app.engine.words import DiffBudget, Shapes

    a, b = _reworded(1_900, 1)
    budget = DiffBudget(10.0)
    full = word_edits(a, (0, len(a)), b, (0, len(b)), OPTS, budget=budget)
    assert 0 < 10.0 - budget.left < 10.0
    spent, shapes = DiffBudget(0.0), Shapes()
    coarse = word_edits(a, (0, len(a)), b, (0, len(b)), OPTS, shapes, budget=spent)
    assert shapes == {}  # a diff cut short is not kept as the pair's diff
    for wd in (full, coarse):
        deleted = sum(1 for e in wd.edits if e.left)
        assert deleted and all(b[e.right[0]:e.right[1]].strip() for e in wd.edits if e.right)
    assert len(coarse.edits) < len(full.edits)  # it stopped at once: whole runs replaced


def _meaningful_as_written_first(token: str) -> bool:
    from app.engine.tokens import STOPWORDS

    return (any(c.isdigit() for c in token) or len(token) >= 3) and token.lower() not in STOPWORDS \
        and any(c.isalnum() for c in token)


@given(st.text(alphabet="aAtheTH1_'-.\u00e9\u0661\u00b2 ", max_size=5))
def test_meaningful_tests_in_a_cheaper_order_with_the_same_answer(token: str) -> None:
    from app.engine.words import _meaningful

    assert _meaningful(token) == _meaningful_as_written_first(token)
