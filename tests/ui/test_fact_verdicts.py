"""Verdicts and notes on facts in the window (issue 14): the Facts panel's editor, the verdict keys
while the Facts tab is in front, undo, saving in the project; choosing a fact makes its difference
current."""

from __future__ import annotations

import pytest

from app.project import Verdict, load_project
from tests.ui.test_facts_in_review import _changed, _open
from ui.dialogs import review_dialogs


@pytest.fixture(autouse=True)
def _no_save_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    """Closing a window with unsaved verdicts asks; here nothing is kept."""
    monkeypatch.setattr(review_dialogs, "ask_save_changes", lambda *a: "discard")


def _figure(window):  # type: ignore[no-untyped-def]
    report = window.facts_panel.report
    return next(e for e in report.entries if e.fact.text == "53%")


def test_a_fact_gets_a_verdict_and_a_note_undone_and_saved(qtbot, window, tmp_path, monkeypatch):
    _open(qtbot, window, tmp_path)
    panel = window.facts_panel
    figure = _figure(window)
    editor = panel.editor
    assert not editor.note.isEnabled()  # nothing selected yet
    window.view_actions.show_side_tab(panel)
    assert panel.set_current(figure.id, choose=True)
    assert editor.note.isEnabled() and "53% \u2192 35%" in editor.header.text()
    # The verdict keys act on the fact while the Facts tab is in front.
    window.actions_by_name["verdict_error"].trigger()
    assert window.review.annotations.fact_verdict_of(figure) is Verdict.ERROR
    assert window.review.annotations.reviews == ()  # not on the difference
    assert editor.buttons[Verdict.ERROR].isChecked() and editor.buttons[Verdict.ERROR].font().bold()
    assert not editor.buttons[Verdict.CONFIRMED].font().bold()
    item = next(i for i in panel._items() if i.data(0, 0x0100 + 1) == figure.id)
    assert item.text(2) == "Error"
    editor.note.setPlainText("The poll said 53%")
    assert window.review.annotations.fact_note_of(figure) == "The poll said 53%"
    assert item.text(2) == "Error \u270e" and "Note: The poll said 53%" in panel.item_tooltip(item)
    assert window.actions_by_name["undo"].text().endswith("Edit Fact Note")
    window.actions_by_name["undo"].trigger()
    assert window.review.annotations.fact_note_of(figure) == "" and editor.note.toPlainText() == ""
    window.actions_by_name["redo"].trigger()
    assert editor.note.toPlainText() == "The poll said 53%"
    assert window.review.dirty
    # Saved in the project, and back when it is opened.
    path = tmp_path / "review.verso"
    monkeypatch.setattr(review_dialogs, "ask_save_path", lambda *a, **k: str(path))
    assert window.review.file.save_as()
    saved = load_project(path)
    (review,) = saved.annotations.fact_reviews
    assert (review.verdict, review.note, review.quote) == (Verdict.ERROR, "The poll said 53%", "53%")


def test_with_the_differences_tab_in_front_the_keys_act_on_the_difference(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    diff = _changed(window)
    window.view_actions.show_side_tab(window.facts_panel)
    window.facts_panel.set_current(_figure(window).id, choose=True)
    window.view_actions.show_side_tab(window.panel)
    window.select_difference(diff.id, flash=False)
    window.actions_by_name["verdict_confirmed"].trigger()
    assert window.review.annotations.verdict_of(diff.id) is Verdict.CONFIRMED
    assert window.review.annotations.fact_reviews == ()


def test_choosing_a_fact_makes_its_difference_current(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    diff = _changed(window)
    assert window.current_id != diff.id
    window.view_actions.show_side_tab(window.facts_panel)
    window.facts_panel.set_current(_figure(window).id, choose=True)
    assert window.current_id == diff.id
    assert window.panel.list.currentIndex().row() == window.panel.model.row_of(diff.id)
    # The panes select the fact itself (not the whole difference).
    cursor = window.views["right"].textCursor()
    assert cursor.selectedText() == "35%"


def test_verdict_chips_say_their_names_before_any_comparison(window) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: the verdict chips had no labels (an icon and a count; nothing before a comparison)."""
    from app.project import VERDICT_ORDER
    from ui.review.verdicts import verdict_label

    chips = window.review.verdict_filter.chips
    assert [chips[v].text() for v in VERDICT_ORDER] == [verdict_label(v) for v in VERDICT_ORDER]
    assert all(window.review.editor.buttons[v].text() == verdict_label(v) for v in VERDICT_ORDER)
