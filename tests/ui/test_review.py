"""Annotating in the window, project files, recovery and reports, end to end (offscreen).

No real dialog opens: the file dialogs, the unsaved-work question and the
printer dialog are module functions of ui.review.controller, replaced here.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from app.documents import read_document
from app.project import (
    Project,
    Verdict,
    list_recoveries,
    load_project,
    save_project,
    write_recovery,
)
from ui.dialogs import review_dialogs
from ui.main import open_window

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
ORIGINAL = SAMPLES / "putin-minerals-bbc.txt"
COPY = SAMPLES / "putin-minerals-rewrite.txt"
REAL_ASK_SAVE_CHANGES = review_dialogs.ask_save_changes  # before the fixture replaces it


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Answers for the dialogs; a test sets answers['save_path'] etc."""
    answers: dict[str, object] = {"unsaved": "discard", "save_path": "", "asked": 0}

    def unsaved(parent, title):  # type: ignore[no-untyped-def]
        answers["asked"] = int(answers["asked"]) + 1  # type: ignore[call-overload]
        return answers["unsaved"]

    monkeypatch.setattr(review_dialogs, "ask_save_changes", unsaved)
    monkeypatch.setattr(review_dialogs, "ask_save_path",
                        lambda *a: str(answers["save_path"]))
    monkeypatch.setattr(review_dialogs, "ask_open_path",
                        lambda *a: str(answers.get("open_path", "")))
    monkeypatch.setattr(review_dialogs, "ask_printer", lambda *a: None)
    return answers


def wait_loaded(qtbot, win, timeout: int = 15000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: win.comparison is not None and not win.worker.busy
                    and win.review.live() is not None, timeout=timeout)


def annotate(win, note: str = "4% in the wire") -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Error + note on the first difference, and a highlight with a note in the copy."""
    diff = win.order[0]
    win.select_difference(diff.id)
    win.actions_by_name["verdict_error"].trigger()
    win.review.editor.note.setPlainText(note)
    view = win.views["right"]
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position(10))
    cursor.setPosition(view.position(30), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    win.actions_by_name["highlight_selection"].trigger()
    win.review.editor.note.setPlainText("Source?")
    return diff.id, win.comparison.right.text[10:30].strip()


def summary(annotations):  # type: ignore[no-untyped-def]
    return ([(r.difference_id, r.verdict, r.note) for r in annotations.reviews],
            [(h.side, h.span, h.note, h.placed) for h in annotations.highlights])


def test_annotate_save_and_open_gives_the_same_annotations(qtbot, loaded, tmp_path,  # type: ignore[no-untyped-def]
                                                           no_dialogs) -> None:
    diff_id, quote = annotate(loaded)
    review = loaded.review
    assert review.annotations.verdict_of(diff_id) is Verdict.ERROR
    assert review.annotations.note_of(diff_id) == "4% in the wire"
    assert [h.note for h in review.annotations.highlights] == ["Source?"]
    assert review.annotations.highlights[0].anchor.quote.exact == quote
    assert loaded.isWindowModified() and "[*]" in loaded.windowTitle()
    # shown in the panes' margin and in the list
    marks = review.marks_on("left", 0, len(loaded.comparison.left.text)) + \
        review.marks_on("right", 0, len(loaded.comparison.right.text))
    assert {m.target[0] for m in marks} == {"difference", "highlight"}
    loaded.grab()  # paints highlights, margin badges and list rows without error
    path = tmp_path / "check.verso"
    no_dialogs["save_path"] = str(path)
    loaded.actions_by_name["save_project"].trigger()  # no path yet: Save As
    assert path.exists() and not loaded.isWindowModified()
    assert review.path == str(path.resolve()) and "check.verso" in loaded.windowTitle()
    before = summary(review.annotations)

    other = open_window([str(path)])  # as `verso check.verso`
    qtbot.addWidget(other)
    other.show()
    wait_loaded(qtbot, other)
    assert summary(other.review.annotations) == before
    assert other.review.path == str(path.resolve())
    assert other.current_id == diff_id  # the view state came back
    assert not other.isWindowModified()
    other.worker.wait()


def test_undo_and_redo_every_edit(loaded) -> None:  # type: ignore[no-untyped-def]
    diff_id, _ = annotate(loaded)
    review, actions = loaded.review, loaded.actions_by_name
    assert actions["undo"].isEnabled() and "Edit Note" in actions["undo"].text()
    actions["undo"].trigger()  # the highlight's note
    actions["undo"].trigger()  # the highlight
    assert not review.annotations.highlights
    assert "Add Highlight" in actions["redo"].text()
    actions["undo"].trigger()  # the note (typed as one step)
    assert review.annotations.note_of(diff_id) == ""
    assert "Set Verdict: Error" in actions["undo"].text()
    actions["undo"].trigger()
    assert review.annotations.verdict_of(diff_id) is Verdict.UNREVIEWED
    assert not actions["undo"].isEnabled() and not loaded.isWindowModified()
    for _ in range(4):
        actions["redo"].trigger()
    assert review.annotations.verdict_of(diff_id) is Verdict.ERROR
    assert [h.note for h in review.annotations.highlights] == ["Source?"]
    assert not actions["redo"].isEnabled() and loaded.isWindowModified()


def test_close_with_unsaved_work_asks(loaded, no_dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    annotate(loaded)
    no_dialogs["unsaved"] = "cancel"
    assert loaded.close() is False and loaded.isVisible()
    assert no_dialogs["asked"] == 1
    no_dialogs["unsaved"] = "save"
    no_dialogs["save_path"] = str(tmp_path / "kept.verso")
    assert loaded.close() is True
    assert load_project(tmp_path / "kept.verso").annotations.highlights


def test_close_without_annotations_does_not_ask(loaded, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    assert loaded.close() is True and no_dialogs["asked"] == 0


def test_new_texts_that_cannot_be_read_keep_the_review(qtbot, loaded, no_dialogs,  # type: ignore[no-untyped-def]
                                                       tmp_path) -> None:
    annotate(loaded)
    before = summary(loaded.review.annotations)
    comparison = loaded.comparison
    binary = tmp_path / "scan.bin"
    binary.write_bytes(b"\x00\x01\x02 not text \x00\xff")
    wire = tmp_path / "wire.txt"
    wire.write_bytes(ORIGINAL.read_bytes())
    loaded.handle_files([str(wire), str(binary)])  # "discard" answered: a new review was asked for
    assert no_dialogs["asked"] == 1
    qtbot.waitUntil(lambda: loaded.message.isVisible() and not loaded.worker.busy, timeout=15000)
    assert loaded.comparison is comparison and "binary" in loaded.message.label.text()
    # The texts on screen stayed, and so did their verdicts and notes, still unsaved.
    assert summary(loaded.review.annotations) == before and loaded.review.dirty
    assert loaded.review.live() is comparison
    loaded.select_difference(loaded.order[1].id)
    loaded.actions_by_name["verdict_confirmed"].trigger()
    assert loaded.review.verdict_of(loaded.order[1].id) == Verdict.CONFIRMED
    # New texts that can be read start the new review, as answered.
    loaded.handle_files([str(COPY), str(ORIGINAL)])
    assert no_dialogs["asked"] == 2
    qtbot.waitUntil(lambda: loaded.comparison is not comparison and not loaded.worker.busy, timeout=15000)
    assert loaded.review.annotations.reviews == () and not loaded.review.dirty


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b'{"format": "verso-project", "version": 1, "documents": {', "damaged"),
    (json.dumps({"format": "verso-project", "version": 99}).encode(), "newer Verso"),
])
def test_bad_project_files_give_a_message_and_are_left_alone(window, tmp_path, content,  # type: ignore[no-untyped-def]
                                                              words) -> None:
    path = tmp_path / "bad.verso"
    path.write_bytes(content)
    assert window.review.open_project(str(path)) is False
    assert window.message.isVisible() and words in window.message.label.text()
    assert window.review.path is None
    window.actions_by_name["save_project"].trigger()  # nothing to save over
    assert path.read_bytes() == content


def test_a_bad_project_is_refused_before_asking_about_unsaved_work(loaded, no_dialogs,  # type: ignore[no-untyped-def]
                                                                  tmp_path) -> None:
    annotate(loaded)
    path = tmp_path / "newer.verso"
    path.write_bytes(json.dumps({"format": "verso-project", "version": 99}).encode())
    assert loaded.review.open_project(str(path)) is False
    assert "newer Verso" in loaded.message.label.text()
    assert no_dialogs["asked"] == 0  # no Save/Discard question for a file that cannot open
    assert loaded.review.dirty


def test_save_refuses_to_overwrite_a_file_a_newer_verso_wrote(qtbot, loaded, tmp_path,  # type: ignore[no-untyped-def]
                                                              no_dialogs) -> None:
    annotate(loaded)
    path = tmp_path / "p.verso"
    no_dialogs["save_path"] = str(path)
    loaded.review.save()
    newer = json.dumps({"format": "verso-project", "version": 99}).encode()
    path.write_bytes(newer)
    loaded.review.editor.note.setPlainText("changed")
    assert loaded.review.save() is False
    assert path.read_bytes() == newer
    assert loaded.message.isVisible() and "p.verso" in loaded.message.label.text()
    assert loaded.isWindowModified()  # the work is still there, unsaved


def test_recovery_is_offered_after_a_crash(qtbot, tmp_path, isolated_recovery,  # type: ignore[no-untyped-def]
                                           monkeypatch) -> None:
    project = Project.create(read_document(str(ORIGINAL)), read_document(str(COPY)))
    comparison = project.compare()
    first = comparison.differences[0].id
    annotations = project.annotations.with_verdict(comparison, first, Verdict.NEEDS_CHECK)
    crashed = project.with_annotations(annotations.with_note(comparison, first, "ask desk"))
    with monkeypatch.context() as m:  # written by a process that no longer runs
        m.setattr("app.project.recovery.os.getpid", lambda: 4_194_000)
        write_recovery(crashed, isolated_recovery, "crashed1", str(tmp_path / "lost.verso"))
    win = open_window([])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.review.banner.isVisible(), timeout=5000)
    assert "closed without saving" in win.review.banner.label.text()
    win.review.banner.buttons["Recover"].click()
    wait_loaded(qtbot, win)
    assert win.review.annotations.note_of(first) == "ask desk"
    assert win.review.path == str(tmp_path / "lost.verso")
    assert win.isWindowModified()
    sessions = [e.session for e in list_recoveries(isolated_recovery, include_live=True)]
    assert "crashed1" not in sessions and win.review.session in sessions
    win.review.save()
    assert not list_recoveries(isolated_recovery, include_live=True)  # saved: no recovery file
    win.worker.wait()


def test_autosave_writes_and_a_clean_close_removes_the_recovery_file(  # type: ignore[no-untyped-def]
        loaded, isolated_recovery, no_dialogs) -> None:
    annotate(loaded)
    assert loaded.review.autosave.isActive()
    loaded.review.autosave_now()
    assert [e.session for e in list_recoveries(isolated_recovery, include_live=True)] == \
        [loaded.review.session]
    assert loaded.close()  # discarded
    assert not list_recoveries(isolated_recovery, include_live=True)


def test_export_html_and_pdf(loaded, tmp_path, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    annotate(loaded, note="Wire says 4%")
    no_dialogs["save_path"] = str(tmp_path / "report")
    loaded.actions_by_name["export_html"].trigger()
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Wire says 4%" in html and "Source?" in html
    no_dialogs["save_path"] = str(tmp_path / "report.pdf")
    loaded.actions_by_name["export_pdf"].trigger()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    loaded.actions_by_name["print_report"].trigger()  # the (replaced) dialog is cancelled


def test_a_long_pair_s_reports_are_written_by_a_child_while_the_window_goes_on(  # type: ignore[no-untyped-def]
        loaded, qtbot, tmp_path, no_dialogs, monkeypatch) -> None:
    # Before: a 1 MB pair's PDF held the window 75 s; its HTML 0.6 s.
    import ui.jobs.compare

    monkeypatch.setattr(ui.jobs.compare, "SHORT", 1000)  # the sample pair counts as long
    annotate(loaded, note="Wire says 4%")
    for name, kind in (("report.html", "export_html"), ("report.pdf", "export_pdf")):
        no_dialogs["save_path"] = str(tmp_path / name)
        loaded.actions_by_name[kind].trigger()
        assert not (tmp_path / name).exists()  # not yet: a child process is writing it
        assert "Writing the report" in loaded.statusBar().currentMessage()
        qtbot.waitUntil(lambda n=name: (tmp_path / n).exists(), timeout=60000)
        qtbot.waitUntil(lambda: "Report saved" in loaded.statusBar().currentMessage(), timeout=5000)
    assert "Wire says 4%" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    from ui.dialogs import review_dialogs

    asked: list[object] = []
    monkeypatch.setattr(review_dialogs, "ask_printer", lambda *a: asked.append(a))
    assert not loaded.review.exporting.print_report() and not asked  # printing it would freeze the window
    assert "Export Report as PDF" in loaded.message.label.text()


def test_export_word_and_reports_carry_facts(loaded, qtbot, tmp_path, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    import zipfile

    annotate(loaded, note="Wire says 4%")
    qtbot.waitUntil(lambda: loaded.fact_marks.links is not None, timeout=20000)
    no_dialogs["save_path"] = str(tmp_path / "check")
    loaded.actions_by_name["export_docx"].trigger()
    with zipfile.ZipFile(tmp_path / "check.docx") as z:
        assert "Wire says 4%" in z.read("word/comments.xml").decode("utf-8")
        assert "<w:del " in z.read("word/document.xml").decode("utf-8")
    no_dialogs["save_path"] = str(tmp_path / "report.html")
    loaded.actions_by_name["export_html"].trigger()
    assert '<section class="facts" id="facts">' in (tmp_path / "report.html").read_text("utf-8")


def test_verdict_filter_and_next_unreviewed(loaded) -> None:  # type: ignore[no-untyped-def]
    first, second = loaded.order[0], loaded.order[1]
    loaded.select_difference(first.id)
    loaded.actions_by_name["verdict_confirmed"].trigger()
    loaded.actions_by_name["next_unreviewed"].trigger()
    assert loaded.current_id == second.id
    loaded.actions_by_name["verdict_error"].trigger()
    chips = loaded.review.verdict_filter.chips
    for verdict, chip in chips.items():
        chip.setChecked(verdict is Verdict.ERROR)
    assert [d.id for d in loaded.panel.model.rows] == [second.id]
    assert chips[Verdict.ERROR].text() == "Error 1"
    for chip in chips.values():
        chip.setChecked(True)
    assert loaded.panel.model.rowCount() == len(loaded.order) > 2


def test_a_dropped_project_opens(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    project = Project.create(read_document(str(ORIGINAL)), read_document(str(COPY)))
    path = tmp_path / "dropped.verso"
    save_project(project, path)
    window.handle_files([str(path)])
    wait_loaded(qtbot, window)
    assert window.review.path == str(path.resolve())
    assert window.comparison.left.text == project.left.text


def test_changed_original_offers_to_compare_again(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    left, right = tmp_path / "wire.txt", tmp_path / "copy.txt"
    shutil.copy(ORIGINAL, left)
    shutil.copy(COPY, right)
    project = Project.create(read_document(str(left)), read_document(str(right)))
    comparison = project.compare()
    text = project.right.text
    start = text.index("Putin")
    annotations, _ = project.annotations.with_highlight(text, "right", start, start + 5, "who?")
    project = project.with_annotations(annotations)
    path = tmp_path / "p.verso"
    save_project(project, path)
    assert comparison.differences
    right.write_text("A new first line.\n" + right.read_text(encoding="utf-8"), encoding="utf-8")
    os.utime(right)
    window.review.open_project(str(path))
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: "Re-compare" in window.review.banner.buttons, timeout=5000)
    assert "copy.txt changed on disk" in window.review.banner.label.text()
    window.review.banner.buttons["Re-compare"].click()
    qtbot.waitUntil(lambda: window.comparison is not None
                    and window.comparison.right.text.startswith("A new first line."), timeout=15000)
    wait_loaded(qtbot, window)
    highlight = window.review.annotations.highlights[0]
    assert highlight.placed and window.comparison.right.text[slice(*highlight.span)] == "Putin"
    assert window.isWindowModified()


def test_the_editor_follows_the_current_difference(loaded) -> None:  # type: ignore[no-untyped-def]
    diff_id, _ = annotate(loaded)
    review = loaded.review
    assert review.target[0] == "highlight" and review.editor.remove.isVisibleTo(review.editor)
    loaded.select_difference(diff_id)  # already current: the editor still switches back
    assert review.target == ("difference", diff_id)
    assert review.editor.note.toPlainText() == "4% in the wire"
    assert review.editor.buttons[Verdict.ERROR].isChecked()
    highlight = review.annotations.highlights[0]
    review.select_target(("highlight", highlight.id))
    assert review.editor.note.toPlainText() == "Source?"
    review.editor.remove.click()
    assert not review.annotations.highlights and review.target != ("highlight", highlight.id)


def test_the_unsaved_work_question_maps_its_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    # the real dialog, answered by a timer
    for button, answer in ((QMessageBox.StandardButton.Discard, "discard"),
                           (QMessageBox.StandardButton.Save, "save"),
                           (QMessageBox.StandardButton.Cancel, "cancel")):
        def press(button=button) -> None:  # type: ignore[no-untyped-def]
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, press)
                return
            box.button(button).click()

        QTimer.singleShot(20, press)
        assert REAL_ASK_SAVE_CHANGES(None, "“x”") == answer


def test_recent_menu_lists_saved_projects(loaded, tmp_path, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    annotate(loaded)
    no_dialogs["save_path"] = str(tmp_path / "recent.verso")
    loaded.review.save()
    menu = QMenu()
    loaded.files.build_recent_menu(menu)
    assert menu.actions()[0].text() == "recent.verso"
    assert menu.actions()[0].toolTip() == str((tmp_path / "recent.verso").resolve())


def test_verdicts_show_in_the_inline_redline(loaded) -> None:  # type: ignore[no-untyped-def]
    diff_id, _ = annotate(loaded)
    loaded.view_actions.toggle_inline(True)
    text = loaded.inline_pane.view.document_model.text
    marks = loaded.review.marks_on("inline", 0, len(text))
    assert [m.target for m in marks] == [("difference", diff_id)]
    assert loaded.inline_pane.view.notes.placed_marks()
    loaded.view_actions.toggle_inline(False)


def test_notes_that_lost_their_place_are_listed_and_can_be_removed(qtbot, window,  # type: ignore[no-untyped-def]
                                                                   tmp_path) -> None:
    left, right = tmp_path / "wire.txt", tmp_path / "copy.txt"
    shutil.copy(ORIGINAL, left)
    shutil.copy(COPY, right)
    project = Project.create(read_document(str(left)), read_document(str(right)))
    text = project.right.text
    para_start = text.index("In a surprising offer")
    para_end = text.index("\n", para_start)
    annotations, _ = project.annotations.with_highlight(text, "right", para_start,
                                                        para_start + 60, "gone?")
    path = tmp_path / "p.verso"
    save_project(project.with_annotations(annotations), path)
    right.write_text(text[:para_start] + text[para_end + 1:], encoding="utf-8")
    window.review.open_project(str(path))
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: "Re-compare" in window.review.banner.buttons, timeout=5000)
    window.review.banner.buttons["Re-compare"].click()
    qtbot.waitUntil(lambda: window.review.unplaced.isVisible(), timeout=15000)
    unplaced = window.review.unplaced
    assert unplaced.list.count() == 1 and "gone?" in unplaced.list.item(0).text()
    assert "could not be placed" in window.review.banner.label.text()
    unplaced.list.setCurrentRow(0)
    unplaced.remove.click()
    assert not window.review.annotations.highlights and not unplaced.isVisible()
    window.actions_by_name["undo"].trigger()
    assert unplaced.isVisible() and window.review.annotations.highlights


def test_a_big_project_is_read_in_a_child_and_opens_when_read(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Read on the GUI thread, 100,000 highlights (23 MB) held the window 1.7 s, 500,000 took
    # 9.6 s and 1 GB; a file over SMALL_PROJECT bytes is read by a child process.
    import threading

    import app.project.storage
    import ui.review.project_file as project_file
    from app.documents import read_document
    from app.project import Project, save_project

    project = Project.create(read_document(str(ORIGINAL)), read_document(str(COPY)))
    text = project.right.text
    annotations, _ = project.annotations.with_highlight(text, "right", 0, 6, "who?")
    path = tmp_path / "big.verso"
    save_project(project.with_annotations(annotations), path)
    damaged = tmp_path / "damaged.verso"
    damaged.write_text(path.read_text("utf-8").replace('"highlights": [', '"highlights": 7, "x": ['), "utf-8")
    monkeypatch.setattr(project_file, "SMALL_PROJECT", 1000)
    real = app.project.storage.load_project

    def load(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert threading.current_thread() is not threading.main_thread(), "read on the GUI thread"
        return real(*args, **kwargs)

    monkeypatch.setattr(app.project.storage, "load_project", load)  # (the child's is its own)
    assert window.review.open_project(str(damaged)) is True  # asked for: the answer comes later
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=15000)
    assert "damaged.verso is damaged: annotations.highlights" in window.message.label.text()
    assert window.review.project is None
    assert window.review.open_project(str(path)) is True
    qtbot.waitUntil(lambda: window.review.path == str(path.resolve()), timeout=15000)
    wait_loaded(qtbot, window)
    assert [h.note for h in window.review.annotations.highlights] == ["who?"]
    assert window.comparison is not None and window.comparison.right.text == text


def test_the_compare_job_places_the_annotations_in_its_thread(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # On the GUI thread, placing 3,000 reviews on a 1 MB pair of 12,000 differences held the
    # window 0.5 s. The job places them; the window takes them if they are what it still has.
    import threading

    from app.documents import read_document
    from app.project import Project, Verdict, save_project
    from app.project.model import Project as ProjectModel
    from ui.review import placing

    project = Project.create(read_document(str(ORIGINAL)), read_document(str(COPY)))
    comparison = project.compare()
    annotations = project.annotations.with_verdict(comparison, comparison.differences[0].id, Verdict.ERROR)
    path = tmp_path / "p.verso"
    save_project(project.with_annotations(annotations), path)
    threads: list[bool] = []
    real = ProjectModel.recompared

    def recompared(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ProjectModel, "recompared", recompared)
    window.review.open_project(str(path))
    wait_loaded(qtbot, window)
    assert threads == [False]  # placed once, in the job's thread
    assert window.review.annotations.reviews[0].verdict is Verdict.ERROR
    # Made from other annotations than those there now, its answer is not taken.
    live = window.review.project
    placed = placing.placement(live, live.annotations, window.options)(window.comparison)
    other = live.annotations.with_verdict(window.comparison, window.comparison.differences[1].id, Verdict.ERROR)
    again, _report = placing.recompared(placed, live, other, window.options, window.comparison)
    assert threads[-1] is True and again.annotations.review_for(window.comparison.differences[1].id)
    assert placing.recompared(placed, live, live.annotations, window.options, window.comparison)[0] is placed.project
