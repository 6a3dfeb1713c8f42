"""Facts inside the review (issue 14): the current difference keeps its word edits, ⚠ marks in the
list, the gutters and the panes, "Facts first", and copying differences (Ctrl+C, context menu)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import wait_loaded

ORIGINAL = ("Poll shows support for the plan\n\n"
            "A poll found that 53% of voters back the plan, officials said on Monday.\n\n"
            "About 10,000 people took part in the survey, which was carried out in March.\n\n"
            "Nothing else happened that week, and the weather stayed mild.\n")
COPY = ("Poll shows support for the plan\n\n"
        "A poll found that 35% of voters back the plan, officials said on Monday.\n\n"
        "About 10,000 people took part in the survey, which was carried out in March.\n\n"
        "Nothing else happened that week, and the weather stayed mild. Experts say the plan will fail.\n")


def _open(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    left, right = tmp_path / "original.txt", tmp_path / "copy.txt"
    left.write_text(ORIGINAL, "utf-8")
    right.write_text(COPY, "utf-8")
    window.load_pair(str(left), str(right))
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: window.fact_marks.links is not None, timeout=20000)
    return window


def _changed(window):  # type: ignore[no-untyped-def]
    c = window.comparison
    return next(d for d in c.differences if d.left and "53%" in c.left.text[d.left[0]:d.left[1]])


def test_the_current_difference_is_framed_and_keeps_its_word_edits(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    diff = _changed(window)
    window.select_difference(diff.id, flash=False)
    view = window.views["right"]
    qtbot.waitUntil(lambda: bool(view.current_frames()), timeout=3000)
    (rect, kind), = view.current_frames()
    assert kind == "changed" and rect.height() > 10
    # No fill over the passage: the word edits' own formats stay what the reader sees.
    assert view.extraSelections() == []


def test_differences_that_change_facts_carry_the_change(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    diff = _changed(window)
    assert window.fact_marks.changes(diff.id) == ["53% \u2192 35%"]
    assert "\u26a0 Facts: 53% \u2192 35%" in window.describe(diff.id)
    row = window.panel.model.row_of(diff.id)
    tooltip = window.panel.model.data(window.panel.model.index(row), Qt.ItemDataRole.ToolTipRole)
    assert "53% \u2192 35%" in tooltip
    display = window.panel.model.data(window.panel.model.index(row), Qt.ItemDataRole.DisplayRole)
    assert display.startswith("Changed \u2014 \u26a0 Facts: 53% \u2192 35%")  # what a screen reader says
    spans = window.state.facts_on("right", 0, len(window.comparison.right.text))
    assert any(window.comparison.right.text[s:e] == "35%" for (s, e), _ in spans)


def test_facts_first_orders_the_list_and_stepping(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    before = [d.id for d in window.order]
    window.panel.facts_button.setChecked(True)
    ordered = [d.id for d in window.order]
    assert sorted(ordered) == sorted(before)
    with_facts = [i for i in ordered if window.fact_marks.has_facts(i)]
    assert with_facts and ordered[:len(with_facts)] == with_facts
    assert [window.panel.model.rows[i].id for i in range(len(ordered))] == ordered
    window.panel.facts_button.setChecked(False)
    assert [d.id for d in window.order] == before


def test_copy_differences_from_the_list(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    diff = _changed(window)
    window.select_difference(diff.id, flash=False)
    window.panel.list.setFocus()
    QApplication.processEvents()
    window.files.copy_selection()  # Edit → Copy (Ctrl+C) with the list focused
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text().startswith(f"#{diff.id} Changed")
    assert "53% \u2192 35%" in mime.text() and "Original (line 3): A poll found that 53%" in mime.text()
    assert "<del" in mime.html() and "<script" not in mime.html()
    window.panel.list.selectAll()
    assert len(window.panel.selected_ids()) == len(window.order)
    window.files.copy_differences(window.panel.selected_ids())
    assert QGuiApplication.clipboard().text().startswith("original.txt (original) vs copy.txt (copy)")


def test_the_copy_action_is_the_standard_shortcut(window):
    action = window.actions_by_name["copy_text"]
    assert QKeySequence(QKeySequence.StandardKey.Copy) in action.shortcuts()
