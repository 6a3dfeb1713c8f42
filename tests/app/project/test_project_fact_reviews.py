"""Verdicts and notes on facts: set, undone, saved, migrated, and carried over a re-compare."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import CompareOptions, compare
from app.documents.model import Document
from app.engine.records import Comparison
from app.facts import FactCheck, FactReport, check_facts
from app.project import History, Project, ProjectError, Verdict, load_project, save_project
from app.project.fact_reviews import FactReview

ORIGINAL = ("Prices rose 53% in March, the office said. Sales fell 10% in May.\n\n"
            'The mayor, John Smith, said "we will act".')
COPY = ("Prices rose 35% in March, the office said. Sales fell 10% in May.\n\n"
        'The mayor, John Smith, said "we will act now".')


def _pair(left: str, right: str) -> tuple[Comparison, FactReport]:
    c = compare(Document.from_text(left, "wire.txt"), Document.from_text(right, "paper.txt"), CompareOptions())
    return c, check_facts(c)


def _entry(report: FactReport, text: str, status: str | None = None) -> FactCheck:
    return next(e for e in report.entries if e.fact.text == text and (status is None or e.status == status))


def test_a_fact_takes_a_verdict_and_a_note_and_undo_takes_them_back() -> None:
    c, report = _pair(ORIGINAL, COPY)
    figure = _entry(report, "53%")
    project = Project(c.left, c.right)
    history = History(project.annotations)
    a = history.present.with_fact_review(c, figure, verdict=Verdict.ERROR)
    history = history.record(a, "Set Fact Verdict: Error")
    a = a.with_fact_review(c, figure, note="53% in the wire: ask the desk")
    history = history.record(a, "Edit Fact Note", merge_key=("fact-note", figure.id))
    assert a.fact_verdict_of(figure) is Verdict.ERROR
    assert a.fact_note_of(figure) == "53% in the wire: ask the desk"
    (review,) = a.fact_reviews
    assert (review.kind, review.status, review.quote) == ("percent", "altered", "53%")
    assert review.left is not None and review.right is not None
    assert c.right.text[slice(*review.right.span)] == "35%"
    # Another fact of the same report has no review; the differences have none either.
    assert a.fact_verdict_of(_entry(report, "10%")) is Verdict.UNREVIEWED
    assert a.reviews == ()
    history = history.undo()
    assert history.present.fact_note_of(figure) == "" and history.present.fact_verdict_of(figure) is Verdict.ERROR
    history = history.undo()
    assert history.present.fact_reviews == ()
    # Unreviewed and no note: nothing is kept.
    cleared = a.with_fact_review(c, figure, verdict=Verdict.UNREVIEWED, note="")
    assert cleared.fact_reviews == ()


def test_fact_reviews_are_saved_and_read_back(tmp_path: Path) -> None:
    c, report = _pair(ORIGINAL, COPY)
    quote = _entry(report, "we will act")
    added = next(e for e in report.entries if e.left is None) if any(e.left is None for e in report.entries) else None
    a = Project(c.left, c.right).annotations.with_fact_review(c, quote, verdict=Verdict.NEEDS_CHECK,
                                                               note="“now” added?")
    project = Project(c.left, c.right, annotations=a)
    save_project(project, tmp_path / "p.verso")
    data = json.loads((tmp_path / "p.verso").read_text("utf-8"))
    (saved,) = data["annotations"]["facts"]
    assert saved["kind"] == "quote" and saved["status"] == "altered" and saved["verdict"] == "needs-check"
    assert saved["left"]["selector"][1]["exact"] == "we will act"
    assert saved["right"]["selector"][1]["exact"] == "we will act now"
    loaded = load_project(tmp_path / "p.verso")
    assert loaded == project
    assert loaded.annotations.fact_note_of(quote) == "“now” added?"
    assert added is None  # this pair adds no fact of its own


def test_a_version_1_file_opens_with_no_fact_reviews(tmp_path: Path) -> None:
    c, _report = _pair(ORIGINAL, COPY)
    a = Project(c.left, c.right).annotations.with_verdict(c, c.differences[0].id, Verdict.ERROR)
    save_project(Project(c.left, c.right, annotations=a), tmp_path / "p.verso")
    data = json.loads((tmp_path / "p.verso").read_text("utf-8"))
    data["version"] = 1
    del data["annotations"]["facts"]
    old = tmp_path / "v1.verso"
    old.write_text(json.dumps(data), "utf-8")
    project = load_project(old)
    assert project.annotations.fact_reviews == ()
    assert project.annotations.verdict_of(c.differences[0].id) is Verdict.ERROR
    # A field a version-1 Verso ignored is not read as version 2's.
    data["annotations"]["facts"] = [{"nonsense": True}]
    old.write_text(json.dumps(data), "utf-8")
    assert load_project(old).annotations.fact_reviews == ()


@pytest.mark.parametrize(("change", "message"), [
    (lambda r: r.pop("left") and r.pop("right"), "annotations.facts[0] anchors its fact on neither side"),
    (lambda r: r.update(verdict="maybe"), "annotations.facts[0].verdict is unknown"),
    (lambda r: r.update(placed="yes"), "annotations.facts[0].placed should be true or false"),
    (lambda r: r.update(note=7), "annotations.facts[0].note should be text"),
])
def test_a_damaged_fact_review_is_named(tmp_path: Path, change, message: str) -> None:
    c, report = _pair(ORIGINAL, COPY)
    a = Project(c.left, c.right).annotations.with_fact_review(c, _entry(report, "53%"), verdict=Verdict.ERROR)
    save_project(Project(c.left, c.right, annotations=a), tmp_path / "p.verso")
    data = json.loads((tmp_path / "p.verso").read_text("utf-8"))
    change(data["annotations"]["facts"][0])
    (tmp_path / "p.verso").write_text(json.dumps(data), "utf-8")
    with pytest.raises(ProjectError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_project(tmp_path / "p.verso")


def test_a_review_follows_its_fact_when_the_texts_change() -> None:
    c, report = _pair(ORIGINAL, COPY)
    figure, quote = _entry(report, "53%"), _entry(report, "we will act")
    a = Project(c.left, c.right).annotations
    a = a.with_fact_review(c, figure, verdict=Verdict.ERROR, note="check")
    a = a.with_fact_review(c, quote, verdict=Verdict.ACCEPTABLE)
    # The copy gains a paragraph at the top: every offset on its side moves.
    new_copy = "Breaking: a new first paragraph.\n\n" + COPY
    c2, report2 = _pair(ORIGINAL, new_copy)
    new, moved = Project(c.left, c.right, annotations=a).recompared(c2)
    assert moved.lost == ()
    figure2, quote2 = _entry(report2, "53%"), _entry(report2, "we will act")
    assert figure2.span("right") != figure.span("right")
    assert new.annotations.fact_verdict_of(figure2) is Verdict.ERROR
    assert new.annotations.fact_note_of(figure2) == "check"
    assert new.annotations.fact_verdict_of(quote2) is Verdict.ACCEPTABLE
    assert len(moved.moved) == 2


def test_a_fact_whose_words_changed_keeps_its_review_unplaced(tmp_path: Path) -> None:
    c, report = _pair(ORIGINAL, COPY)
    figure = _entry(report, "53%")
    a = Project(c.left, c.right).annotations.with_fact_review(c, figure, verdict=Verdict.ERROR, note="35%?")
    # The desk corrected the copy: "35%" is gone; another "35%" elsewhere is another fact.
    fixed = COPY.replace("rose 35%", "rose 53%") + "\n\nUnrelated: 35% of voters stayed home."
    c2, report2 = _pair(ORIGINAL, fixed)
    new, moved = Project(c.left, c.right, annotations=a).recompared(c2)
    (review,) = new.annotations.fact_reviews
    assert not review.placed and moved.lost == (review,)
    assert new.annotations.unplaced() == (review,)
    assert all(new.annotations.fact_review_for(e) is None for e in report2.entries)
    # Kept in the file, tried again next time.
    save_project(new, tmp_path / "p.verso")
    again = load_project(tmp_path / "p.verso")
    assert again.annotations.fact_reviews == (review,) and again.annotations.fact_reviews[0].note == "35%?"
    back, moved_back = again.recompared(c)
    assert moved_back.lost == () and back.annotations.fact_verdict_of(figure) is Verdict.ERROR


def test_removing_an_unplaced_fact_review() -> None:
    c, report = _pair(ORIGINAL, COPY)
    a = Project(c.left, c.right).annotations.with_fact_review(c, _entry(report, "53%"), verdict=Verdict.ERROR)
    (review,) = a.fact_reviews
    assert isinstance(review, FactReview)
    assert a.without_review(review).fact_reviews == ()
