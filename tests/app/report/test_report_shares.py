"""The summary bar's split of the copy: word for word, reworded, added, repeated."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app import compare
from app.documents.model import Document
from app.report.shares import copy_shares

FIRST = "The council approved the budget on Monday after a long debate."
SECOND = "Residents had asked for more money for the public library."
THIRD = "The mayor said the vote was a victory for the whole town."


def test_a_passage_moved_as_is_is_word_for_word_not_reworded() -> None:
    c = compare(Document.from_text(f"{FIRST}\n\n{SECOND}\n\n{THIRD}\n"),
                Document.from_text(f"{THIRD}\n\n{FIRST}\n\n{SECOND}\n"))
    (moved,) = [d for d in c.differences if d.kind == "moved"]
    assert moved.edits == ()
    shares = copy_shares(c)
    assert shares.changed == 0.0
    assert abs(shares.reused - 1.0) < 1e-9


def test_a_moved_passage_with_word_edits_is_reworded() -> None:
    reworded = THIRD.replace("said", "claimed")
    c = compare(Document.from_text(f"{FIRST}\n\n{SECOND}\n\n{THIRD}\n"),
                Document.from_text(f"{reworded}\n\n{FIRST}\n\n{SECOND}\n"))
    (moved,) = [d for d in c.differences if d.kind == "moved"]
    assert moved.edits
    shares = copy_shares(c)
    assert 0.2 < shares.changed < 0.5
    assert abs(shares.reused + shares.changed - c.summary.reused) < 1e-9


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127) | st.sampled_from(["\u00a0", "\u2003", "\u00e9"]),
               max_size=30), st.data())
def test_non_space_counts_of_spans_are_what_splitting_each_span_gives(text, data):
    from app.report.shares import _count

    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    spans = list(zip(cuts[::2], cuts[1::2], strict=False))
    assert _count(text, spans or [(0, len(text))]) == sum(len("".join(text[s:e].split()))
                                                           for s, e in spans or [(0, len(text))])
