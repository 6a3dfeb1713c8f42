"""The summary bar's split of the copy: word for word, reworded, added, repeated."""

from __future__ import annotations

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
