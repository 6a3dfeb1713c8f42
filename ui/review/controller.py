"""The window's review: the open project, its annotations and undo history, saving,
recovery and reports.

One :class:`ReviewController` per window (``window.review``). It owns the
state the core keeps immutable (``Project``, ``History[Annotations]``) and
replaces it on every change; the panes, the list and the editor are painted
from it. The window calls it at four points: before new texts are submitted
(``accept_sources``), when a comparison arrives (``comparison_arrived``), when
it filters the list (``filter_order``) and when it closes (``may_close``).

Rules kept here:

- a new comparison re-anchors the annotations on it (``Project.recompared``);
  what cannot be placed is listed, never dropped;
- loading texts that replace *both* sides starts a new project (asking first
  if there is unsaved work); replacing one side keeps the annotations, which
  follow their text into the new version;
- a file that failed to open is never saved over (no save path is kept).
"""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from app import Comparison, Document
from app.project import (
    PROJECT_SUFFIX,
    VERDICT_ORDER,
    Annotations,
    Highlight,
    History,
    Project,
    ProjectError,
    ProjectSaveError,
    SourceState,
    SourceStatus,
    Verdict,
    changed_sources,
    refresh_from_disk,
)
from ui.palette import kind_label
from ui.panels.annotations import attach
from ui.panels.differences import position_text
from ui.panels.note_editor import NoteEditor
from ui.panes.annotation_painting import Mark
from ui.review import recovery
from ui.review.navigation import reading_order
from ui.review.verdicts import verdict_label
from ui.shell.banner import Banner

if TYPE_CHECKING:
    from app.project import RecoveryEntry
    from app.report import ReportSettings
    from ui.shell.main_window import MainWindow


# Reading and writing project files, recovery files and reports: imported when first used,
# not while the window starts.
def _files() -> Any:
    return importlib.import_module("app.project.storage")


def _recovery() -> Any:
    return importlib.import_module("app.project.recovery")


def _reports() -> Any:
    return importlib.import_module("app.report")

RECOVERY_OFFER_MS = 300  # after start, when recovery files are looked for and offered


def project_filter() -> str:
    """The project dialogs' file filter, in the user's language."""
    return (QCoreApplication.translate("ReviewController", "Verso projects (*.verso)") + ";;"
            + QCoreApplication.translate("ReviewController", "All files (*)"))


def source_message(status: SourceStatus) -> str:
    """``SourceStatus.message()`` in the user's language: one line for the banner."""
    name = Path(status.path).name if status.path else QCoreApplication.translate("ReviewController",
                                                                                 "pasted text")
    text = {
        SourceState.UNCHANGED: QCoreApplication.translate("ReviewController", "{name} is unchanged."),
        SourceState.CHANGED: QCoreApplication.translate("ReviewController",
                                                        "{name} changed on disk since it was compared."),
        SourceState.MISSING: QCoreApplication.translate("ReviewController", "{name} is no longer at {path}."),
        SourceState.UNKNOWN: QCoreApplication.translate("ReviewController", "{name}: no file to check."),
    }[status.state]
    return text.format(name=name, path=status.path)


MAX_RECENT_PROJECTS = 8
Target = tuple[str, Any]  # ("difference", id) or ("highlight", id)


# ---- dialogs (module functions, so tests replace them) ------------------------------

def ask_save_changes(parent: Any, title: str) -> str:
    """'save', 'discard' or 'cancel': what to do with unsaved annotations."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ReviewController", "Unsaved review"),
                      QCoreApplication.translate("ReviewController", "Save your verdicts and notes on {title}?").format(
                          title=title), parent=parent)
    box.setInformativeText(QCoreApplication.translate("ReviewController",
                                                      "Your changes will be lost if you don't save them."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save.value: "save",
            QMessageBox.StandardButton.Discard.value: "discard"}.get(
        answer.value if hasattr(answer, "value") else int(answer), "cancel")


def ask_save_path(parent: Any, title: str, suggested: str, filters: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def ask_open_path(parent: Any, title: str, folder: str, filters: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def ask_printer(parent: Any) -> Any:
    """A configured QPrinter, or None if the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


class ReviewController(QObject):
    """Project, annotations, history, saving, recovery and reports of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.project: Project | None = None
        self.path: str | None = None
        self.history: History[Annotations] = History(Annotations())
        self.base_dirty = False  # texts or options changed since the save, or work recovered
        self._session: str | None = None  # names this project's recovery file (``session``)
        self.verdicts: set[Verdict] = set(VERDICT_ORDER)
        self.target: Target | None = None
        self._last_current: int | None = None
        self._submitting = False
        self._reset_pending = False  # a new review starts when the new texts arrive
        self._pending_view: dict[str, Any] | None = None
        self.runner = window.runner  # the window's one runner (ui/jobs/runner.py)
        self.banner = Banner()
        layout = window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(window.message) + 1, self.banner)
        self.editor = NoteEditor()
        self.editor.verdict_chosen.connect(self.set_verdict)
        self.editor.note_edited.connect(self._note_edited)
        self.editor.remove_requested.connect(self.remove_highlight)
        self.verdict_filter, self.unplaced = attach(window.panel, self, self.editor)
        self.verdict_filter.changed.connect(self._verdicts_changed)
        self.unplaced.chosen.connect(self._unplaced_chosen)
        self.unplaced.remove_requested.connect(self.remove_unplaced)
        window.panel.list.selectionModel().currentChanged.connect(lambda *_: self._sync_target())
        window.panel.difference_chosen.connect(self._difference_chosen)
        for side, view in window.views.items():
            view.cursorPositionChanged.connect(lambda s=side: self._cursor_moved(s))
        self._told: set[tuple[str, str | None]] = set()  # file changes already shown
        app = QGuiApplication.instance()
        if app is not None:  # files may change while Verso is in the background
            app.applicationStateChanged.connect(self._application_state)
        self.autosave = QTimer(self)
        self.autosave.setInterval(recovery.AUTOSAVE_MS)
        self.autosave.timeout.connect(self.autosave_now)
        self._update_actions()
        # A moment after the window is on screen: the recovery files are looked for then.
        QTimer.singleShot(RECOVERY_OFFER_MS, self.offer_recovery)

    # ---- state ----------------------------------------------------------------------

    @property
    def annotations(self) -> Annotations:
        return self.history.present

    @property
    def dirty(self) -> bool:
        """Unsaved work worth a prompt: annotations, or changes to a saved project."""
        if self.project is None:
            return False
        a = self.annotations
        worth = self.path is not None or bool(a.reviews or a.highlights)
        return worth and (self.history.dirty or self.base_dirty)

    @property
    def placed_annotations(self) -> Annotations | None:
        """The annotations, if they are placed on the window's comparison (else None)."""
        return self.annotations if self._live() is not None else None

    def _live(self) -> Comparison | None:
        """The window's comparison if the annotations are placed on it, else None."""
        c = self.window.comparison
        p = self.project
        if c is None or p is None:
            return None
        if (c.left is p.left or c.left.text == p.left.text) and \
                (c.right is p.right or c.right.text == p.right.text):
            return c
        return None

    @property
    def session(self) -> str:
        """The id naming this project's recovery file, made when first needed."""
        if self._session is None:
            self._session = _recovery().new_session_id()
        return self._session

    def current_project(self) -> Project | None:
        """The project as it would be saved now (annotations and view state)."""
        if self.project is None:
            return None
        view = dict(self.project.view_state)
        view["current_difference"] = self.window.current_id
        view["kinds"] = sorted(self.window.kinds)
        view["verdicts"] = [v.value for v in VERDICT_ORDER if v in self.verdicts]
        scan = self.window.scan_panel.saved_state()  # the Copies list (ui/panels/scan.py)
        if scan is not None:
            view["scan"] = scan
        return self.project.with_annotations(self.annotations).with_view_state(view)

    def title_prefix(self) -> str:
        return f"{Path(self.path).name} — " if self.path else ""

    # ---- what the panes and the list ask --------------------------------------------------

    def verdict_of(self, diff_id: int) -> Verdict:
        return self.annotations.verdict_of(diff_id) if self._live() else Verdict.UNREVIEWED

    def note_of(self, diff_id: int) -> str:
        return self.annotations.note_of(diff_id) if self._live() else ""

    def highlights_on(self, side: str, start: int, end: int) -> list[Any]:
        if self._live() is None:
            return []
        return self.annotations.highlights_in(side, start, end)  # type: ignore[arg-type]

    def marks_on(self, side: str, start: int, end: int) -> list[Mark]:
        """Reviewed differences and highlights with text on ``side`` in [start, end)."""
        comparison = self._live()
        if comparison is None:
            return []
        marks = []
        for review in self.annotations.reviews:
            if review.difference_id is None or review.is_empty:
                continue
            diff = comparison.difference(review.difference_id)
            if diff is None or diff.kind not in self.window.kinds:
                continue
            span = self.window.span_on(side, diff)  # "inline": where the redline has it
            if span is None or not (span[0] < end and start < max(span[1], span[0] + 1)):
                continue
            title = f"{verdict_label(review.verdict)} · {kind_label(diff.kind)}"
            marks.append(Mark(span, ("difference", diff.id), review.verdict, review.note, title))
        for h in (self.annotations.highlights_in(side, start, end)  # type: ignore[arg-type]
                  if side != "inline" else ()):
            marks.append(Mark(h.span, ("highlight", h.id), None, h.note, self.tr("Highlight")))
        return sorted(marks, key=lambda m: m.span[0])

    def filter_order(self, order: list[Any]) -> list[Any]:
        """The window's list and stepping order, without the verdicts filtered out."""
        self.verdict_filter.set_counts(self._verdict_counts(self._live()))
        if self.verdicts >= set(VERDICT_ORDER) or self._live() is None:
            return order
        verdicts = self._verdicts_by_id()
        return [d for d in order if verdicts.get(d.id, Verdict.UNREVIEWED) in self.verdicts]

    # ---- hooks the window calls ------------------------------------------------------------

    def accept_sources(self, left: Any, right: Any) -> bool:
        """Before the window compares new sources: open .verso paths as projects, and
        ask before leaving unsaved work. False: the window submits nothing."""
        if self._submitting:
            return True
        for source in (left, right):
            if isinstance(source, str) and source.lower().endswith(PROJECT_SUFFIX):
                QTimer.singleShot(0, lambda s=source: self.open_project(s))
                return False
        if self.project is None or self._reset_pending:
            return True
        if self._same_source(left, "left") or self._same_source(right, "right"):
            return True  # one text kept: the annotations follow into the new version
        if self.dirty and not self._resolve_unsaved():
            return False
        # Not now: if a new text cannot be read, the texts on screen stay, and so does
        # their review (verdicts and notes, still unsaved; closing asks again).
        self._reset_pending = True
        return True

    def sources_failed(self) -> None:
        """The window could not read or compare the new texts: keep the current review."""
        self._reset_pending = False

    def _same_source(self, source: Any, side: str) -> bool:
        assert self.project is not None
        doc = self.project.document(side)  # type: ignore[arg-type]
        if isinstance(source, Document):
            return source is doc or source.text == doc.text
        if isinstance(source, str) and doc.path:
            with contextlib.suppress(OSError):
                return Path(source).resolve() == Path(doc.path).resolve()
        return False

    def comparison_arrived(self) -> None:
        """A comparison is shown: place the annotations on it (a new project if none)."""
        window = self.window
        comparison = window.comparison
        if comparison is None:
            return
        if self._reset_pending:  # new texts on both sides: a new review (accept_sources)
            self._reset_pending = False
            self._reset()
        if self.project is None:
            self.project = Project.create(comparison.left, comparison.right, window.options)
            self.history = History(Annotations())
            self.base_dirty = False
        else:
            old = self.project
            same_texts = (comparison.left.text == old.left.text
                          and comparison.right.text == old.right.text)
            was_dirty = self.dirty
            base = old.with_annotations(self.annotations)
            new, report = base.recompared(comparison, window.options, reread=not same_texts)
            self.project = new
            if new.annotations != self.annotations:
                # Undo steps name the old difference ids: start the history here.
                self.history = History(new.annotations)
                self.base_dirty = self.base_dirty or was_dirty
            if not same_texts or window.options != old.options:
                self.base_dirty = True
            if report.lost:
                self.banner.show_banner(self.tr(
                    "%n annotation(s) could not be placed in the new texts; they are kept and listed under "
                    "the differences.", "", len(report.lost)), level="error")
        if self._pending_view is not None:
            current = self._pending_view.get("current_difference")
            if isinstance(current, int) and comparison.difference(current) is not None:
                window.current_id = current
            self._pending_view = None
        self._annotations_changed(refresh_list=False)

    def may_close(self) -> bool:
        """Called by closeEvent: ask about unsaved work; clean up the recovery file."""
        if self.dirty and not self._resolve_unsaved():
            return False
        self.autosave.stop()
        self._discard_own_recovery()
        self.runner.wait(3000)
        return True

    def _resolve_unsaved(self) -> bool:
        c = self.window.comparison
        title = (f"“{Path(self.path).name}”" if self.path else
                 f"“{c.left.name} ↔ {c.right.name}”" if c else self.tr("these texts"))
        answer = ask_save_changes(self.window, title)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _reset(self) -> None:
        self._discard_own_recovery()
        self._session = None  # a new project: a new recovery file
        self.project = None
        self.path = None
        self.history = History(Annotations())
        self.base_dirty = False
        self.target = None
        self.banner.hide()
        self._annotations_changed(refresh_list=False)

    # ---- opening and saving ---------------------------------------------------------------

    def open_project_dialog(self) -> None:
        path = ask_open_path(self.window, self.tr("Open Project"), self._folder(), project_filter())
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> bool:
        """Open a .verso file; a damaged or newer file gives one line and changes nothing."""
        try:  # before asking about unsaved work: a file that cannot open needs no answer
            project = _files().load_project(path)
        except ProjectError as error:
            self.window.message.show_message(str(error))
            return False
        if self.dirty and not self._resolve_unsaved():
            return False
        self._start(project, str(Path(path).resolve()), dirty=False)
        add_recent_project(self.path or path)
        self._submit_project()
        self._check_sources()
        return True

    def _start(self, project: Project, path: str | None, dirty: bool) -> None:
        self._reset_pending = False
        self._discard_own_recovery()
        self._session = None  # a new project: a new recovery file
        self.project = project
        self.path = path
        self.history = History(project.annotations)
        self.base_dirty = dirty
        self.target = None
        self.banner.hide()
        self.window.message.hide()
        view = dict(project.view_state)
        self._pending_view = view
        self.window.scan_panel.restore(view.get("scan"), project.left)
        wanted = view.get("verdicts")
        if isinstance(wanted, list):
            chosen = {v for v in VERDICT_ORDER if v.value in wanted}
            self.verdicts = chosen or set(VERDICT_ORDER)
            self.verdict_filter.set_verdicts(self.verdicts)
        self._update_actions()

    def _submit_project(self) -> None:
        """Show the project's texts, compared with its options."""
        from ui.shell.actions import SENSITIVITY

        project = self.project
        assert project is not None
        window = self.window
        window.options = project.options
        for name in ("ignore_case", "ignore_punctuation", "ignore_typography"):
            window.actions_by_name[name].setChecked(getattr(project.options, name))
        for name, value in SENSITIVITY.items():
            window.actions_by_name[name].setChecked(abs(value - project.options.sensitivity) < 0.01)
        window.current_id = None
        self._submitting = True
        try:
            window._submit(project.left, project.right)
        finally:
            self._submitting = False

    def save(self) -> bool:
        """Save to the project's file (Save As if it has none). True if saved."""
        if self.project is None:
            self.window.statusBar().showMessage(self.tr("Open an original and a copy first."), 4000)
            return False
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path, replace_foreign=False)

    def save_as(self) -> bool:
        if self.project is None:
            self.window.statusBar().showMessage(self.tr("Open an original and a copy first."), 4000)
            return False
        if self.path:
            suggested = self.path
        else:
            p = self.project
            stem = f"{Path(p.left.name or 'original').stem} vs {Path(p.right.name or 'copy').stem}"
            suggested = str(Path(self._folder()) / f"{stem}{PROJECT_SUFFIX}")
        path = ask_save_path(self.window, self.tr("Save Project As"), suggested, project_filter())
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        # The file dialog asked before replacing an existing file.
        return self._save_to(path, replace_foreign=True)

    def _save_to(self, path: str, replace_foreign: bool) -> bool:
        project = self.current_project()
        assert project is not None
        try:
            _files().save_project(project, path, replace_foreign=replace_foreign)
        except ProjectSaveError as error:
            self.window.message.show_message(str(error))
            return False
        self.project = project
        self.path = str(Path(path).resolve())
        self.history = self.history.mark_saved()
        self.base_dirty = False
        self._discard_own_recovery()
        add_recent_project(self.path)
        self.window.statusBar().showMessage(self.tr("Saved {name}").format(name=Path(path).name), 4000)
        self._annotations_changed(refresh_list=False)
        return True

    def _folder(self) -> str:
        if self.path:
            return str(Path(self.path).parent)
        return self.window._start_dir()

    # ---- files changed on disk ---------------------------------------------------------------

    def _check_sources(self) -> None:
        project = self.project
        if project is None:
            return
        self.runner.submit("sources", lambda _job: changed_sources(project),
                           lambda result, error: self._sources_checked(project, result, error))

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.project is not None \
                and not self.runner.busy("sources") and not self.runner.busy("refresh"):
            self._check_sources()

    def _sources_checked(self, project: Project, statuses: Any, error: Any) -> None:
        if error is not None or not statuses or self.project is None:
            return
        if self.project.left is not project.left or self.project.right is not project.right:
            return  # another project or other texts meanwhile
        seen = {(s.side, s.current_sha256) for s in statuses}
        if seen <= self._told:
            return  # already said (and maybe dismissed): do not nag
        self._told |= seen
        text = " ".join(source_message(s) for s in statuses)
        self.banner.show_banner(text + " " + self.tr("Compare again with the files on disk? Notes follow their text."),
                                [(self.tr("&Re-compare"), self.refresh_from_disk)])

    def refresh_from_disk(self) -> None:
        """Re-read the changed originals, re-compare and re-anchor (in the background)."""
        project = self.current_project()
        if project is None:
            return
        self.banner.show_banner(self.tr("Reading the files again and comparing…"))
        self.runner.submit("refresh", lambda _job: refresh_from_disk(project), self._refreshed)

    def _refreshed(self, result: Any, error: Any) -> None:
        if error is not None:
            self.banner.show_banner(str(error), level="error")
            return
        new, _comparison, report = result
        self.project = new
        self.history = History(new.annotations)
        self.base_dirty = True
        lost = len(report.lost)
        self.banner.show_banner(
            self.tr("Compared again with the files on disk.") + " " + (
                self.tr("%n annotation(s) could not be placed: listed under the differences.", "", lost)
                if lost else self.tr("Every annotation found its place.")),
            level="error" if lost else "info")
        self._submit_project()

    # ---- crash recovery ------------------------------------------------------------------------

    def autosave_now(self) -> None:
        """Write the recovery file now if there is unsaved work."""
        project = self.current_project()
        if project is None or not self.dirty:
            return
        try:
            _recovery().write_recovery(project, recovery.recovery_dir(), self.session, self.path)
        except (ProjectSaveError, OSError) as error:
            self.window.statusBar().showMessage(self.tr("Autosave failed: {error}").format(error=error), 8000)

    def _discard_own_recovery(self) -> None:
        if self._session is None:  # no session, so no recovery file was ever written for it
            return
        with contextlib.suppress(OSError, ValueError):
            _recovery().discard_recovery(recovery.recovery_dir(), self.session)

    def offer_recovery(self) -> None:
        """Offer work left by a Verso that did not close cleanly (one entry at a time)."""
        entries = recovery.pending_recoveries()
        if not entries:
            return
        entry = entries[0]
        recovery.mark_offered(entry)
        more = len(entries) - 1
        self.banner.show_banner(
            recovery.describe(entry) + (" " + self.tr("(%n more after this.)", "", more) if more else ""),
            [(self.tr("&Recover"), lambda: self.recover(entry)),
             (self.tr("&Discard"), lambda: self.decline_recovery(entry))],
            level="error", on_dismiss=lambda: QTimer.singleShot(0, self.offer_recovery))

    def recover(self, entry: RecoveryEntry) -> bool:
        if self.dirty and not self._resolve_unsaved():
            return False
        try:
            project = _recovery().load_recovery(entry)
        except ProjectError as error:
            self.banner.show_banner(self.tr("Could not recover it: {error}").format(error=error),
                                    [(self.tr("&Discard"), lambda: self.decline_recovery(entry))],
                                    level="error")
            return False
        self._start(project, entry.project_path, dirty=True)
        self.autosave_now()  # our own recovery file first, then the old one goes
        with contextlib.suppress(OSError, ValueError):
            _recovery().discard_recovery(recovery.recovery_dir(), entry.session)
        self._submit_project()
        self.banner.show_banner(self.tr("Recovered your unsaved review. Save it (Ctrl+S) to keep it."))
        return True

    def decline_recovery(self, entry: RecoveryEntry) -> None:
        with contextlib.suppress(OSError, ValueError):
            _recovery().discard_recovery(recovery.recovery_dir(), entry.session)
        self.banner.hide()
        QTimer.singleShot(0, self.offer_recovery)

    # ---- annotating -------------------------------------------------------------------------

    def _record(self, annotations: Annotations, label: str, merge_key: Any = None) -> None:
        self.history = self.history.record(annotations, label, merge_key)
        self._annotations_changed()

    def _current_difference(self) -> int | None:
        if self.target is not None and self.target[0] == "difference":
            return int(self.target[1])
        return self.window.current_id

    def set_verdict(self, verdict: Verdict) -> None:
        comparison = self._live()
        diff_id = self.window.current_id
        if comparison is None or diff_id is None or comparison.difference(diff_id) is None:
            self.window.statusBar().showMessage(self.tr("Select a difference first."), 4000)
            return
        self._record(self.annotations.with_verdict(comparison, diff_id, verdict),
                     self.tr("Set Verdict: {verdict}").format(verdict=verdict_label(verdict)))
        self.window.statusBar().showMessage(
            self.tr("{verdict}. Alt+U goes to the next unreviewed difference.").format(
                verdict=verdict_label(verdict)), 5000)

    def _note_edited(self, text: str) -> None:
        comparison = self._live()
        target = self.target
        if comparison is None or target is None:
            return
        try:
            if target[0] == "difference":
                new = self.annotations.with_note(comparison, target[1], text)
            else:
                new = self.annotations.with_highlight_note(target[1], text)
        except (KeyError, ValueError) as error:
            self.window.statusBar().showMessage(str(error), 4000)
            return
        self._record(new, self.tr("Edit Note"), merge_key=("note", *target))

    def edit_note(self) -> None:
        """Focus the note of the current difference (or highlight)."""
        if self.target is None and self.window.current_id is not None:
            self.target = ("difference", self.window.current_id)
        if self.target is None or self._live() is None:
            self.window.statusBar().showMessage(
                self.tr("Select a difference, or highlight some text, to write a note."), 4000)
            return
        window = self.window
        if not window.panel.isVisible():
            window.actions_by_name["show_panel"].setChecked(True)
            window.toggle_panel()
        self._show_target()
        self.editor.focus_note()

    def highlight_selection(self) -> None:
        """Highlight the text selected in either pane, and start its note."""
        window = self.window
        comparison = self._live()
        focus = QApplication.focusWidget()
        side = next((s for s, v in window.views.items() if v is focus), None)
        side = side or getattr(window, "_active_side", "right")
        view = window.views.get(side)
        if comparison is None or view is None or not view.textCursor().hasSelection():
            others = [s for s, v in window.views.items() if v.textCursor().hasSelection()]
            if comparison is None or not others:
                window.statusBar().showMessage(self.tr("Select some text in either pane to highlight it."),
                                               4000)
                return
            side, view = others[0], window.views[others[0]]
        cursor = view.textCursor()
        start = view.omap.to_py(cursor.selectionStart())
        end = view.omap.to_py(cursor.selectionEnd())
        text = comparison.document(side).text  # type: ignore[arg-type]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        new, highlight = self.annotations.with_highlight(text, side, start, end)  # type: ignore[arg-type]
        self.target = ("highlight", highlight.id)
        self._record(new, self.tr("Add Highlight"))
        cursor.clearSelection()
        view.setTextCursor(cursor)
        self.edit_note()

    def remove_highlight(self) -> None:
        if self.target is None or self.target[0] != "highlight":
            return
        with contextlib.suppress(KeyError):
            new = self.annotations.without_highlight(self.target[1])
            self.target = None
            self._record(new, self.tr("Remove Highlight"))

    def next_unreviewed(self) -> None:
        window = self.window
        comparison = self._live()
        if comparison is None:
            window.statusBar().showMessage(self.tr("No differences to review."), 4000)
            return
        shows = getattr(window, "shows", None) or (lambda d: d.kind in window.kinds)
        order = [d for d in reading_order(comparison) if shows(d)]
        ids = [d.id for d in order]
        start = ids.index(window.current_id) + 1 if window.current_id in ids else 0
        for diff in order[start:] + order[:start]:
            if self.annotations.verdict_of(diff.id) is Verdict.UNREVIEWED:
                window.select_difference(diff.id)
                return
        window.statusBar().showMessage(self.tr("Every difference shown has a verdict."), 5000)

    def undo(self) -> None:
        if not self.history.can_undo:
            return
        label = self.history.undo_label
        self.history = self.history.undo()
        self._annotations_changed()
        self.window.statusBar().showMessage(self.tr("Undone: {step}").format(step=label), 4000)

    def redo(self) -> None:
        if not self.history.can_redo:
            return
        label = self.history.redo_label
        self.history = self.history.redo()
        self._annotations_changed()
        self.window.statusBar().showMessage(self.tr("Redone: {step}").format(step=label), 4000)

    # ---- targets: what the editor edits -------------------------------------------------------

    def select_target(self, target: Target, origin: str | None = None) -> None:
        """Make a difference or highlight the one being edited (margin clicks)."""
        if target[0] == "difference":
            self.target = target
            self.window.select_difference(int(target[1]), origin=origin)
        else:
            self.target = target
            highlight = self.annotations.highlight(target[1])
            view = self.window.views.get(highlight.side) if highlight else None
            if view is not None and highlight is not None and origin != highlight.side:
                view.scroll_offset_to(highlight.span[0], view.viewport().height() * 0.3)
        self._show_target()
        self._repaint()

    def difference_selected(self, diff_id: int) -> None:
        """The window made a difference current: the editor edits it."""
        was_highlight = self.target is not None and self.target[0] == "highlight"
        self.target = ("difference", diff_id)
        self._last_current = diff_id
        self._show_target()
        # The text shows a target only when it is a highlight (drawn stronger): repaint it
        # when one stops being the target; the margins' badges always follow.
        self._repaint(text=was_highlight)

    def _difference_chosen(self, diff_id: int) -> None:
        self.difference_selected(diff_id)

    def _sync_target(self) -> None:
        current = self.window.current_id
        if current != self._last_current:
            self._last_current = current
            if current is not None:
                self.target = ("difference", current)
            elif self.target is not None and self.target[0] == "difference":
                self.target = None
            self._show_target()
            self._repaint()

    def _cursor_moved(self, side: str) -> None:
        view = self.window.views[side]
        if view.textCursor().hasSelection() or self._live() is None:
            return
        offset = view.omap.to_py(view.textCursor().position())
        hits = [h for h in self.annotations.highlights_in(side, offset, offset)  # type: ignore[arg-type]
                if h.span[0] <= offset < h.span[1]]
        if hits and self.target != ("highlight", hits[0].id):
            self.target = ("highlight", hits[0].id)
            self._show_target()
            self._repaint()

    def _show_target(self) -> None:
        comparison = self._live()
        target = self.target
        editor = self.editor
        if comparison is None:
            editor.show_nothing(self.tr("Open an original and a copy to review the differences.")
                                if self.window.comparison is None else
                                self.tr("Select a difference to give it a verdict and a note."))
            return
        if target is not None and target[0] == "highlight":
            highlight = self.annotations.highlight(target[1])
            if highlight is not None and highlight.placed:
                quote = " ".join(highlight.anchor.quote.exact.split())
                quote = quote if len(quote) <= 70 else quote[:69] + "…"
                head = (self.tr("Highlight in the original: “{quote}”") if highlight.side == "left"
                        else self.tr("Highlight in the copy: “{quote}”"))
                editor.show_target(head.format(quote=quote), None, highlight.note, highlight=True)
                return
            self.target = target = None
        if target is None and self.window.current_id is not None:
            self.target = target = ("difference", self.window.current_id)
        diff = comparison.difference(target[1]) if target is not None else None
        if diff is None:
            editor.show_nothing()
            return
        editor.show_target(f"{kind_label(diff.kind)} · {position_text(comparison, diff)}",
                           self.annotations.verdict_of(diff.id),
                           self.annotations.note_of(diff.id))

    def _unplaced_chosen(self, item: Any) -> None:
        self.window.statusBar().showMessage(
            self.tr("This annotation lost its place when the texts changed; it stays in the project "
                    "and the report, and is tried again at the next comparison."), 8000)

    def remove_unplaced(self, item: Any) -> None:
        """Delete an annotation that lost its place (the user's decision; undoable)."""
        try:
            new = (self.annotations.without_highlight(item.id) if isinstance(item, Highlight)
                   else self.annotations.without_review(item))
        except KeyError:
            return
        self._record(new, self.tr("Remove Annotation"))

    def _verdicts_changed(self, verdicts: set[Verdict]) -> None:
        self.verdicts = set(verdicts)
        self.window._refresh_all()

    # ---- refreshing ------------------------------------------------------------------------------

    def _annotations_changed(self, refresh_list: bool = True) -> None:
        window = self.window
        comparison = self._live()
        if refresh_list and self.verdicts < set(VERDICT_ORDER):
            window._refresh_all()
        window.panel.list.viewport().update()
        self.verdict_filter.set_counts(self._verdict_counts(comparison))
        self.unplaced.show_items(self.annotations.unplaced() if self.project else ())
        self._show_target()
        self._update_actions()
        self._repaint()

    def _verdict_counts(self, comparison: Comparison | None) -> dict[Verdict, int]:
        """Verdicts of the differences the window lists (kinds shown, furniture aside)."""
        counts = dict.fromkeys(VERDICT_ORDER, 0)
        if comparison is None:
            return counts
        shows = getattr(self.window, "shows", None) or (lambda d: d.kind in self.window.kinds)
        verdicts = self._verdicts_by_id()
        for diff in comparison.differences:
            if shows(diff):
                counts[verdicts.get(diff.id, Verdict.UNREVIEWED)] += 1
        return counts

    def _verdicts_by_id(self) -> dict[int, Verdict]:
        """Each reviewed difference's verdict, as ``Annotations.verdict_of`` gives it (one pass
        over the reviews instead of one per difference: thousands on long texts)."""
        out: dict[int, Verdict] = {}
        for review in self.annotations.reviews:
            if review.difference_id is not None:
                out.setdefault(review.difference_id, review.verdict)  # the first one counts
        return out

    def _repaint(self, text: bool = True) -> None:
        for view in self.window.views.values():
            if text:
                view.viewport().update()
            notes = getattr(view, "notes", None)
            if notes is not None:
                notes.update()

    def _update_actions(self) -> None:
        window = self.window
        actions = getattr(window, "actions_by_name", {})
        undo, redo = actions.get("undo"), actions.get("redo")
        if undo is not None:
            undo.setEnabled(self.history.can_undo)
            label = self.history.undo_label
            undo.setText(self.tr("&Undo {step}").format(step=label) if label
                         else QCoreApplication.translate("Actions", "&Undo"))
        if redo is not None:
            redo.setEnabled(self.history.can_redo)
            label = self.history.redo_label
            redo.setText(self.tr("&Redo {step}").format(step=label) if label
                         else QCoreApplication.translate("Actions", "&Redo"))
        dirty = self.dirty
        window._update_title()
        if "[*]" in window.windowTitle():
            window.setWindowModified(dirty)
        if dirty and not self.autosave.isActive():
            self.autosave.start()
        elif not dirty and self.autosave.isActive():
            self.autosave.stop()
            self._discard_own_recovery()

    # ---- reports --------------------------------------------------------------------------------

    def _report_settings(self, comparison: Comparison | None = None) -> ReportSettings:
        """The report's settings; with the facts check of ``comparison`` when the window has it."""
        marks = self.window.fact_marks
        facts = marks.links.report if marks.links is not None and marks.comparison is comparison else None
        return _reports().ReportSettings(options=self.window.options, facts=facts)

    def export_report(self, pdf: bool = False, kind: str | None = None) -> bool:
        """File → Export Report (HTML), … as PDF, Export as Word: ask where, then write it."""
        kind = kind or ("pdf" if pdf else "html")
        comparison = self._live() or self.window.comparison
        if comparison is None:
            self.window.statusBar().showMessage(self.tr("Open an original and a copy first."), 4000)
            return False
        suffixes = {"pdf": (".pdf",), "html": (".html", ".htm"), "docx": (".docx",)}[kind]
        stem = Path(self.path).stem if self.path else \
            f"{Path(comparison.left.name or 'original').stem} vs " \
            f"{Path(comparison.right.name or 'copy').stem}"
        suggested = str(Path(self._folder()) / f"{stem}{' tracked' if kind == 'docx' else ' report'}{suffixes[0]}")
        filters = {"pdf": self.tr("PDF (*.pdf)"), "html": self.tr("Web page (*.html *.htm)"),
                   "docx": self.tr("Word document (*.docx)")}[kind]
        path = ask_save_path(self.window, self.tr("Export Report"), suggested, filters)
        if not path:
            return False
        if Path(path).suffix.lower() not in suffixes:
            path += suffixes[0]
        pdf = kind == "pdf"
        if pdf:
            import ui.report_pdf  # noqa: F401  (registers the PDF exporter)
        annotations = self.annotations if self._live() else Annotations()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            _reports().export_report(comparison, path, annotations, self._report_settings(comparison))
        except (_reports().ExportUnavailable, ProjectSaveError, OSError) as error:
            self.window.message.show_message(str(error))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Report saved: {path}").format(path=path), 6000)
        return True

    def print_report(self) -> bool:
        comparison = self._live() or self.window.comparison
        if comparison is None:
            self.window.statusBar().showMessage(self.tr("Open an original and a copy first."), 4000)
            return False
        printer = ask_printer(self.window)
        if printer is None:
            return False
        from ui.report_pdf import print_html

        annotations = self.annotations if self._live() else Annotations()
        print_html(_reports().render_html(comparison, annotations, self._report_settings(comparison)), printer)
        return True

    # ---- recent projects --------------------------------------------------------------------------

    def add_recent_projects(self, menu: QMenu) -> None:
        """Put the recent projects at the top of File → Recent."""
        paths = recent_projects()
        for path in paths:
            action = menu.addAction(f"{Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_project(p))
        if paths:
            menu.addSeparator()


def recent_projects() -> list[str]:
    from ui import settings

    return [p for p in settings.get("recent_projects") if p]


def add_recent_project(path: str) -> None:
    from ui import settings

    entries = [path, *[p for p in recent_projects() if p != path]][:MAX_RECENT_PROJECTS]
    settings.put("recent_projects", entries)
