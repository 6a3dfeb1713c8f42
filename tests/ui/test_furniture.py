"""Page furniture in the window (issue 5): dimmed, left out of counts and navigation, one toggle."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from ui import settings
from ui.panes import furniture


def _char_format(window, side: str, offset: int):  # type: ignore[no-untyped-def]
    view = window.views[side]
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position(offset) + 1)
    return cursor.charFormat()


def test_the_sample_pair_has_furniture_and_article(loaded) -> None:  # type: ignore[no-untyped-def]
    diffs = loaded.comparison.differences
    assert sum(d.furniture for d in diffs) > 10
    assert sum(not d.furniture for d in diffs) > 10


def test_furniture_is_skipped_by_default(loaded) -> None:  # type: ignore[no-untyped-def]
    comparison = loaded.comparison
    real = [d for d in comparison.differences if not d.furniture]
    assert loaded.show_furniture is False
    assert not any(d.furniture for d in loaded.order)
    assert {d.id for d in loaded.order} == {d.id for d in real}
    # the list, the maps and the gutter ask differences_on / shows
    assert loaded.panel.model.rowCount() == len(real)
    everywhere = loaded.state.differences_on("left", 0, len(comparison.left.text))
    assert everywhere and not any(d.furniture for d in everywhere)
    assert not any(d.furniture for d, _side, _rect in loaded.overview.marks())
    # navigation: first, last and every step land on the article's own differences
    loaded.stepper.first_difference()
    seen = [loaded.current_id]
    for _ in range(len(real) + 3):
        loaded.stepper.next_difference()
        if loaded.current_id != seen[-1]:
            seen.append(loaded.current_id)
    assert seen == [d.id for d in loaded.order]
    loaded.stepper.last_difference()
    assert not comparison.difference(loaded.current_id).furniture
    loaded.stepper.next_same_kind()
    assert not comparison.difference(loaded.current_id).furniture


def test_status_bar_counts_leave_furniture_out(loaded) -> None:  # type: ignore[no-untyped-def]
    comparison = loaded.comparison
    real = [d for d in comparison.differences if not d.furniture]
    hidden = len(comparison.differences) - len(real)
    text = loaded.summary.text()
    assert f"{len(real)} differences" in text
    assert f"{hidden} in page furniture (hidden)" in text
    omissions = sum(1 for d in real if d.kind == "omitted")
    assert f"{omissions} omission" in text
    chip = loaded.panel.chips["omitted"].text()
    assert chip.endswith(f" {omissions}")
    assert loaded.panel.title.text() == f"Differences ({len(real)} of {len(real)})"


def test_furniture_text_is_dimmed_in_the_panes(loaded) -> None:  # type: ignore[no-untyped-def]
    comparison = loaded.comparison
    menu = next(d for d in comparison.differences if d.furniture and d.left)
    article = next(d for d in comparison.differences if not d.furniture and d.kind == "omitted")
    dim = _char_format(loaded, "left", menu.left[0])
    assert dim.background().style() == Qt.BrushStyle.NoBrush  # no kind tint
    assert dim.underlineStyle() == dim.UnderlineStyle.NoUnderline
    base = loaded.views["left"].palette().color(loaded.views["left"].palette().ColorRole.Base)
    assert dim.foreground().color() == furniture.dim_text(loaded.dark, base.name())
    kept = _char_format(loaded, "left", article.left[0])
    assert kept.background().style() != Qt.BrushStyle.NoBrush  # the article's own omission is tinted
    assert "Page furniture" in loaded.describe(menu.id)


def test_the_toggle_shows_furniture_and_is_remembered(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    comparison = loaded.comparison
    action = loaded.actions_by_name["show_furniture"]
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    assert loaded.show_furniture and settings.get("view/furniture") is True
    assert len(loaded.order) == len(comparison.differences)
    assert any(d.furniture for d, _s, _r in loaded.overview.marks())
    assert "(shown, not counted)" in loaded.summary.text()
    first_furniture = next(d for d in loaded.order if d.furniture)
    loaded.stepper.first_difference()
    while loaded.current_id != first_furniture.id:  # stepping now stops on furniture too
        before = loaded.current_id
        loaded.stepper.next_difference()
        assert loaded.current_id != before
    # marks stay faint while shown
    diff = comparison.difference(loaded.current_id)
    assert furniture.mark_colour(furniture.QColor("#0072B2"), diff).alpha() == furniture.MARK_ALPHA

    from ui.shell.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.show_furniture and again.actions_by_name["show_furniture"].isChecked()
    action.trigger()  # off again: a furniture difference that was current is let go
    assert loaded.current_id is None
    assert not any(d.furniture for d in loaded.order)


def test_paste_uses_the_clipboards_html(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    sentence = "Putin offered the US access to rare earth metals on Monday, the Kremlin said. "
    mime.setHtml(f"<h1>Minerals offer</h1><p>{sentence * 2}</p><h2>Sub</h2><p>Another paragraph "
                 "with words in it that is long enough to count.</p><ul><li>One point that is a "
                 "list item</li><li>Another point in the list</li></ul>")
    mime.setText("plain words only")
    QGuiApplication.clipboard().setMimeData(mime)
    window.files.paste_original()
    qtbot.waitUntil(lambda: window.sources["left"] is not None, timeout=10000)
    doc = window.sources["left"]
    assert "Minerals offer" in doc.text and "plain words only" not in doc.text
    assert "<h1>" not in doc.text
    assert {b.kind for b in doc.blocks} >= {"heading", "list_item"}


def test_paste_falls_back_on_plain_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("Just a line of plain text to compare.")
    window.files.paste_copy()
    qtbot.waitUntil(lambda: window.sources["right"] is not None, timeout=10000)
    assert window.sources["right"].text.startswith("Just a line of plain text")


def test_pasting_nothing_is_one_clear_line(window) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("   ")
    window.files.paste_copy()
    assert not window.message.isHidden()
    assert window.sources["right"] is None


def test_furniture_is_dimmed_in_the_redline(loaded) -> None:  # type: ignore[no-untyped-def]
    from ui.panes.inline_view import build_inline_document

    qdoc, inline, _document = build_inline_document(loaded.comparison, False)
    menu = next(d for d in loaded.comparison.differences if d.furniture)
    article = next(d for d in loaded.comparison.differences if d.kind == "omitted" and not d.furniture)
    cursor = QTextCursor(qdoc)
    cursor.setPosition(inline.spans[menu.id][0] + 1)
    dim = cursor.charFormat()
    assert dim.foreground().color() == furniture.dim_text(False)
    assert dim.background().style() == Qt.BrushStyle.NoBrush and dim.fontStrikeOut()
    cursor.setPosition(inline.spans[article.id][0] + 1)
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush
