"""Opening (arguments, drops, paste), bad files, filters, summary, settings, inline mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from app import Document
from tests.ui.conftest import long_pair, wait_loaded
from ui.main import open_window

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
ORIGINAL = SAMPLES / "putin-minerals-bbc.txt"
COPY = SAMPLES / "putin-minerals-rewrite.txt"


def drop(widget, paths=(), text=None):  # type: ignore[no-untyped-def]
    """Deliver a real drop event with these files (or text) to a widget."""
    mime = QMimeData()
    if paths:
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    if text is not None:
        mime.setText(text)
    buttons, mods = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)  # Qt delivers a drop only after an accepted enter
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, event)


def test_empty_window_invites_drops(window) -> None:  # type: ignore[no-untyped-def]
    assert "Drop the original here" in window.views["left"].empty_hint
    assert "Drop the copy here" in window.views["right"].empty_hint
    assert "Open or drop the original and the copy" in window.summary.text()
    assert window.comparison is None


def test_open_by_arguments(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = open_window([str(ORIGINAL), str(COPY)])
    qtbot.addWidget(win)
    win.show()
    wait_loaded(qtbot, win)
    comparison = win.comparison
    assert win.panes["left"].name.text() == ORIGINAL.name
    assert win.panes["right"].name.text() == COPY.name
    assert win.views["left"].toPlainText() == comparison.left.text.replace("\u2029", "\n")
    assert win.views["right"].document_model is comparison.right
    article = [d for d in comparison.differences if not d.furniture]  # page furniture: hidden
    assert win.panel.model.rowCount() == len(article) > 0
    assert "reused" in win.summary.text() and "omission" in win.summary.text()
    assert ORIGINAL.name in win.windowTitle()
    win.worker.wait()


def test_open_one_argument_shows_the_original_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = open_window([str(ORIGINAL)])
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.sources["left"] is not None, timeout=10000)
    assert win.sources["right"] is None and win.comparison is None
    assert "Open or drop the copy" in win.summary.text()
    win.worker.wait()


def test_drop_one_file_on_each_pane(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    drop(window.panes["right"], [COPY])
    qtbot.waitUntil(lambda: window.sources["right"] is not None, timeout=10000)
    assert window.sources["left"] is None
    drop(window.panes["left"], [ORIGINAL])
    wait_loaded(qtbot, window)
    assert window.comparison.left.name == ORIGINAL.name
    assert window.comparison.right.name == COPY.name


def test_drop_two_files_loads_left_then_right(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    drop(window.panes["right"], [ORIGINAL, COPY])  # on a pane, still original then copy
    wait_loaded(qtbot, window)
    assert window.comparison.left.name == ORIGINAL.name
    assert window.comparison.right.name == COPY.name


def test_two_files_dropped_on_the_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    drop(window, [ORIGINAL, COPY])
    wait_loaded(qtbot, window)
    assert (window.comparison.left.name, window.comparison.right.name) == (ORIGINAL.name,
                                                                         COPY.name)


def test_drop_on_window_fills_the_empty_side(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.handle_files([str(ORIGINAL)])
    qtbot.waitUntil(lambda: window.sources["left"] is not None, timeout=10000)
    window.handle_files([str(COPY)])
    wait_loaded(qtbot, window)
    assert window.comparison.right.name == COPY.name


def test_bad_drops_explain_and_keep_the_comparison(qtbot, loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = loaded.comparison
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    for bad in (tmp_path, binary, empty, tmp_path / "missing.txt"):
        loaded.message.hide()
        drop(loaded.panes["left"], [bad])
        qtbot.waitUntil(lambda: loaded.message.isVisible(), timeout=10000)
        text = loaded.message.label.text()
        assert bad.name in text, text
        assert "\n" not in text
        assert loaded.comparison is before
        assert loaded.panes["left"].name.text() == ORIGINAL.name


def test_dropped_text_and_paste(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("Putin offers minerals.\n\nA brand new paragraph.")
    loaded.files.paste_copy()
    qtbot.waitUntil(lambda: loaded.comparison.right.name == "Pasted copy", timeout=10000)
    assert "brand new" in loaded.comparison.right.text
    drop(loaded.panes["left"], text="Putin offers rare minerals to the US.")
    qtbot.waitUntil(lambda: loaded.comparison.left.name == "Dropped original", timeout=10000)
    QGuiApplication.clipboard().setText("   ")
    loaded.files.paste_original()
    assert loaded.message.isVisible() and "clipboard" in loaded.message.label.text()


def test_swap_sides(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    loaded.files.swap_sides()
    qtbot.waitUntil(lambda: loaded.comparison.left.name == COPY.name, timeout=10000)
    assert loaded.panes["left"].name.text() == COPY.name


def test_filters_hide_kinds_everywhere(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    kinds = {d.kind for d in loaded.comparison.differences}
    assert "omitted" in kinds
    loaded.panel.chips["omitted"].click()
    assert "omitted" not in loaded.kinds
    assert all(d.kind != "omitted" for d in loaded.order)
    rows = loaded.panel.model.rows
    assert rows and all(d.kind != "omitted" for d in rows)
    assert all(d.kind != "omitted" for d, _p in loaded.link_map.bands())
    assert all(d.kind != "omitted" for d, _s, _r in loaded.overview.marks())
    loaded.stepper.next_difference()
    assert loaded.comparison.difference(loaded.current_id).kind != "omitted"
    loaded.panel.chips["omitted"].click()
    article = [d for d in loaded.comparison.differences if not d.furniture]  # furniture: hidden
    assert len(loaded.panel.model.rows) == len(article)


def test_selecting_in_the_list_scrolls_both_panes_and_flashes(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    target = next(d for d in reversed(loaded.order) if d.left and d.right)
    row = loaded.panel.model.row_of(target.id)
    loaded.panel.list.setCurrentIndex(loaded.panel.model.index(row))
    assert loaded.current_id == target.id
    for side in ("left", "right"):
        view = loaded.views[side]
        y = view.y_of(target.span(side)[0])
        assert 0 <= y < view.viewport().height(), side
    assert loaded.views["right"].flashing
    qtbot.waitUntil(lambda: not loaded.views["right"].flashing, timeout=3000)


def test_settings_persist(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.shell.main_window import MainWindow

    window.actions_by_name["linked_scrolling"].trigger()
    assert window.sync.enabled is False
    window.resize(1111, 777)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.actions_by_name["linked_scrolling"].isChecked() is False
    assert again.sync.enabled is False
    from ui import settings

    assert not settings.get("window/geometry").isEmpty()  # offscreen clamps to its 800x600 screen
    assert again.splitter.saveState() == settings.get("window/splitter")


def test_recent_comparisons(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    menu = QMenu()

    def listed() -> bool:
        loaded.files.build_recent_menu(menu)
        return any(ORIGINAL.name in a.text() and COPY.name in a.text() for a in menu.actions())

    qtbot.waitUntil(listed, timeout=3000)


def test_inline_redline_has_the_same_navigation(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    loaded.actions_by_name["inline"].trigger()
    assert loaded.inline_mode and loaded.inline is not None
    view = loaded.inline_pane.view
    text = view.toPlainText()
    omitted = next(d for d in loaded.comparison.differences if d.kind == "omitted")
    left_text = loaded.comparison.left.text[omitted.left[0]:omitted.left[1]].strip()
    assert left_text.split()[0] in text
    loaded.stepper.last_difference()
    last = loaded.order[-1]
    assert loaded.current_id == last.id
    span = loaded.inline.spans[last.id]
    assert 0 <= view.y_of(span[0]) < view.viewport().height()
    loaded.actions_by_name["inline"].trigger()
    assert not loaded.inline_mode


def test_view_menu_filters_match_the_legend(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    loaded.actions_by_name["show_added"].trigger()
    assert "added" not in loaded.kinds and not loaded.panel.chips["added"].isChecked()
    loaded.panel.chips["added"].click()
    assert loaded.actions_by_name["show_added"].isChecked() and "added" in loaded.kinds


def test_first_occurrence_of_a_repeat(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    repeat = [d for d in loaded.order if d.kind == "duplicated"][-1]
    loaded.select_difference(repeat.id)
    loaded.actions_by_name["first_occurrence"].trigger()
    view = loaded.views["right"]
    assert 0 <= view.y_of(repeat.duplicate_of[0]) < view.viewport().height()
    assert "First occurrence" in loaded.describe(repeat.id)


def test_long_file_names_do_not_widen_the_window(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stem = "2025-03-01 Wire desk - Putin offers Russian and Ukrainian rare minerals to US (as published)"
    left, right = tmp_path / f"{stem} original.txt", tmp_path / f"{stem} copy.txt"
    left.write_bytes(ORIGINAL.read_bytes())
    right.write_bytes(COPY.read_bytes())
    window.load_pair(str(left), str(right))
    wait_loaded(qtbot, window)
    for pane in window.panes.values():  # the names set each pane's minimum: ~1000 px
        assert pane.minimumSizeHint().width() < 400
    assert window.minimumSizeHint().width() < 1000
    name = window.panes["left"].name
    assert name.text() == left.name  # the whole name, shortened only on screen
    assert name.toolTip() == str(left)
    assert name.sizeHint().width() > name.width()


def test_the_notice_about_extra_dropped_files_stays_after_the_comparison(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    drop(window, [ORIGINAL, COPY, ORIGINAL])
    wait_loaded(qtbot, window)
    assert window.comparison.left.name == ORIGINAL.name and window.comparison.right.name == COPY.name
    assert window.message.isVisible() and "3 files were dropped" in window.message.label.text()


def test_the_notice_about_extra_arguments_stays_after_the_comparison(qtbot, qapp,  # type: ignore[no-untyped-def]
                                                                     monkeypatch) -> None:
    from ui import main

    monkeypatch.setattr(main, "create_app", lambda: qapp)  # the tests' application as it is
    _app, win = main.start([str(ORIGINAL), str(COPY), str(ORIGINAL)])
    qtbot.addWidget(win)
    wait_loaded(qtbot, win)
    assert win.message.isVisible() and "first two files" in win.message.label.text()
    win.worker.wait()


def test_a_good_file_after_a_bad_one_clears_the_message(qtbot, loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    drop(loaded.panes["left"], [empty])
    qtbot.waitUntil(lambda: loaded.message.isVisible() and not loaded.worker.busy, timeout=10000)
    drop(loaded.panes["left"], [COPY])
    qtbot.waitUntil(lambda: loaded.comparison.left.name == COPY.name and not loaded.worker.busy, timeout=10000)
    assert not loaded.message.isVisible()


def test_a_short_text_s_last_difference_ends_where_its_text_ends(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from app.documents import document_from_string

    left = document_from_string("Café naïve “quoted” — price €5. Second sentence here.", name="short.txt")
    window.load_pair(left, str(COPY))
    wait_loaded(qtbot, window)
    view = window.views["left"]
    marks = view.gutter.marks()
    assert [d.kind for d, _top, _bottom in marks] == ["omitted"]
    _diff, _top, bottom = marks[0]
    text_bottom = view.cursorRect(view._cursor(len(left.text))).bottom()
    assert bottom <= text_bottom + 2 < view.viewport().height() // 2  # was the viewport's bottom + 40
    assert view.visible_range()[1] == len(left.text)
    window.link_map.repaint()
    band = next(path for diff, path in window.link_map.bands() if diff.kind == "omitted")
    assert band.boundingRect().height() < view.viewport().height() // 2


def test_status_messages_get_room_beside_the_summary(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    loaded.resize(1100, 800)
    loaded.stepper.last_difference()
    loaded.stepper.next_difference()
    bar = loaded.statusBar()
    message = bar.currentMessage()
    assert message == "This is the last difference."
    qtbot.waitUntil(lambda: loaded.summary.geometry().left() >= bar.fontMetrics().horizontalAdvance(message),
                    timeout=2000)  # the permanent summary left it no room (a few pixels, or none)
    assert loaded.summary.text().startswith("Copy: ") and "differences" in loaded.summary.text()
    assert loaded.summary.toolTip() == loaded.summary.text()  # shortened on screen only
    bar.clearMessage()
    qtbot.waitUntil(lambda: loaded.summary.width() > 700, timeout=2000)
    loaded.resize(1600, 900)
    qtbot.waitUntil(lambda: QLabel.text(loaded.summary) == loaded.summary.text(), timeout=2000)  # whole


def test_a_long_status_message_leaves_the_summary_its_short_form(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: a long message squeezed the summary to "Co…"; it keeps "Copy: 45% reused · N differences"."""
    loaded.resize(1000, 800)
    loaded.statusBar().showMessage("A very long message about something the reader did, " * 4, 10000)
    qtbot.waitUntil(lambda: QLabel.text(loaded.summary) != loaded.summary.text(), timeout=2000)
    short = QLabel.text(loaded.summary)
    assert short.startswith("Copy: ") and "% reused · " in short and short.endswith("differences"), short
    assert "…" not in short and loaded.summary.toolTip() == loaded.summary.text()
    loaded.statusBar().clearMessage()


def test_a_long_pair_s_redline_is_built_in_steps_and_arrives_whole(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Before: View → Inline Redline built a 1 MB pair's redline at once on the GUI thread: 2.4 s.
    import ui.jobs.compare
    from ui.panes.inline_view import build_inline

    monkeypatch.setattr(ui.jobs.compare, "SHORT", 1000)
    left, right = long_pair(60)
    window.load_pair(Document.from_text(left, "a"), Document.from_text(right, "b"))
    wait_loaded(qtbot, window)
    last = window.order[-1]
    window.select_difference(last.id)
    window.actions_by_name["inline"].trigger()
    view = window.inline_pane.view
    assert window.inline_mode and window.inline is None  # not yet: composed in a thread, built in steps
    assert view.document_model is None and "redline" in view.empty_hint
    qtbot.waitUntil(lambda: window.inline is not None, timeout=15000)
    assert view.document_model.text == build_inline(window.comparison).text
    assert view.empty_hint == window.inline_pane.hint
    qtbot.waitUntil(lambda: view.laid_out, timeout=15000)
    span = window.inline.spans[last.id]  # the current difference, shown once the redline came
    assert 0 <= view.y_of(span[0]) < view.viewport().height()
