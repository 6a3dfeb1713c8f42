from app.engine.options import CompareOptions
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
