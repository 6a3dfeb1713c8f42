"""Find (ui/shell/finder.py): the hits are searched in the Documents' text and painted on screen
only, so a long pair is neither scanned through Qt nor laid out for them (issue 13)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from app import Document
from tests.ui.conftest import wait_loaded
from ui.shell.finder import MAX_FIND_HITS, find_spans


def test_find_spans_is_a_literal_search_with_or_without_case() -> None:
    text = "A cat. a CAT (cat?) scat"
    assert find_spans(text, "cat", case=True) == [(2, 5), (14, 17), (21, 24)]
    assert find_spans(text, "cat", case=False) == [(2, 5), (9, 12), (14, 17), (21, 24)]
    assert find_spans(text, "(cat?)", case=True) == [(13, 19)]  # no pattern: the characters
    assert find_spans(text, "", case=False) == []
    assert len(find_spans("a" * (2 * MAX_FIND_HITS), "a", case=True)) == MAX_FIND_HITS


@given(st.text(alphabet="aAb.*", max_size=60), st.text(alphabet="aAb.*", min_size=1, max_size=3))
def test_find_spans_are_where_the_query_is(text: str, query: str) -> None:
    spans = find_spans(text, query, case=True)
    assert all(text[s:e] == query for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # in order, apart
    assert len(spans) == min(MAX_FIND_HITS, len(text.split(query)) - 1)


def test_finding_in_a_long_pair_lays_out_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # Before: QTextEdit's extra selections measured every hit, laying out the text down to the
    # last one: 10,000 hits in a 1 MB pair held the window 0.75 s (QTextDocument.find: 0.1 s more).
    text = "".join(f"Paragraph {n} says words that wrap.\n\n" for n in range(6000)) + "Needle at the end."
    window.load_pair(Document.from_text(text, "a"), Document.from_text(text + " More.", "b"))
    wait_loaded(qtbot, window)
    view = window.views["left"]
    if view.laid_out:  # (the stepped layout may not be done: start it again, as a new width does)
        view.resize(view.width() - 40, view.height())
    assert not view.laid_out
    window.finder.show()
    window.find_bar.field.setText("needle")
    view.viewport().repaint()
    assert window.finder.hits["left"] == [(text.index("Needle"), text.index("Needle") + 6)]
    assert view.find_hits == window.finder.hits["left"]
    assert view.document().lastBlock().layout().lineCount() == 0
