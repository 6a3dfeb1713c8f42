"""The review's project file: open, save, save as, autosave and crash recovery, and the
texts' files changed on disk (re-compare).

One :class:`ProjectFile` per review (``window.review.file``), built by the
review controller with its collaborators: the review (``ui.review.core.ReviewCore``:
project, path, history, banner) and the window (``ui.shell.host.ReaderWindow``).
It owns what only it needs: the id naming the project's recovery file and the
file changes already told.
"""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from app.project import (
    PROJECT_SUFFIX,
    VERDICT_ORDER,
    History,
    Project,
    ProjectError,
    ProjectSaveError,
    changed_sources,
    refresh_from_disk,
)
from ui.jobs import child_jobs
from ui.jobs.child_process import PROJECT_LIMITS
from ui.jobs.runner import Job, Stopped, describe_stop
from ui.review import recovery
from ui.review.files import _files, _recovery

MAX_RECENT_PROJECTS = 8
SMALL_PROJECT = 1024 * 1024  # bytes of a project file read on the GUI thread (~75 ms at most)
PROJECT_JOB = "project"


def _read_in_child(path: str) -> Callable[[Job[Project]], Project]:
    """The runner's work reading the project at ``path`` in a child process (raises
    ProjectError with its line); unpickled in the runner's thread."""

    def work(job: Job[Project]) -> Project:
        answer = job.child(child_jobs.load_project, (path,), PROJECT_LIMITS)
        if answer[0] != "ok":
            raise ProjectError(answer[1])
        project: Project = pickle.loads(answer[1])
        return project

    return work

if TYPE_CHECKING:
    from app.project import RecoveryEntry
    from ui.review.core import ReviewCore
    from ui.shell.host import ReaderWindow


class ProjectFile(QObject):
    """Opening, saving and recovering the review's project."""

    def __init__(self, review: ReviewCore, window: ReaderWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.window = window
        self.runner = window.runner  # the window's one runner (ui/jobs/runner.py)
        self._session: str | None = None  # names this project's recovery file (``session``)
        self._told: set[tuple[str, str | None]] = set()  # file changes already shown
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # files may change while Verso is in the background
            app.applicationStateChanged.connect(self._application_state)

    @property
    def session(self) -> str:
        """The id naming this project's recovery file, made when first needed."""
        if self._session is None:
            self._session = _recovery().new_session_id()
        return self._session

    def new_session(self) -> None:
        """A new project: its recovery file gets a new name (the old one is discarded first)."""
        self.discard_own_recovery()
        self._session = None

    # ---- opening and saving ---------------------------------------------------------------

    def open_project_dialog(self) -> None:
        """File → Open Project: ask for a .verso file and open it."""
        from ui.dialogs import review_dialogs  # (when needed: it brings QMessageBox)

        path = review_dialogs.ask_open_path(self.window, self.tr("Open Project"), self.folder(),
                                            review_dialogs.project_filter())
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> bool:
        """Open a .verso file; a damaged or newer file gives one line and changes nothing.

        A file of more than SMALL_PROJECT bytes is read in a child process, off the GUI thread
        (100,000 highlights, 23 MB, held the window 1.7 s; 500,000 took 9.6 s and 1 GB): it
        opens when read, and the answer is True. Read before asking about unsaved work: a file
        that cannot open needs no answer.
        """
        with contextlib.suppress(OSError):
            if Path(path).stat().st_size > SMALL_PROJECT:
                self.runner.submit(PROJECT_JOB, _read_in_child(path), lambda project, error: self._read(
                    path, project, error))
                return True
        try:
            project = _files().load_project(path)
        except ProjectError as error:
            self.window.message.show_message(str(error))
            return False
        return self._open(project, path)

    def _read(self, path: str, project: Project | None, error: BaseException | None) -> None:
        if isinstance(error, Stopped):
            self.window.message.show_message(describe_stop(error, self.tr("Reading {name}").format(
                name=Path(path).name)))
        elif error is not None:
            self.window.message.show_message(str(error))
        elif project is not None:
            self._open(project, path)

    def _open(self, project: Project, path: str) -> bool:
        if self.review.dirty and not self.review.resolve_unsaved():
            return False
        self.start(project, str(Path(path).resolve()), dirty=False)
        add_recent_project(self.review.path or path)
        self.submit_project()
        self.check_sources()
        return True

    def start(self, project: Project, path: str | None, dirty: bool) -> None:
        """Make ``project`` (from ``path``) the review's, its view state applied when it arrives."""
        self.review.reset_pending = False
        self.new_session()  # a new project: a new recovery file
        self.review.project = project
        self.review.path = path
        self.review.history = History(project.annotations)
        self.review.base_dirty = dirty
        self.review.target = None
        self.review.banner.hide()
        self.window.message.hide()
        view = dict(project.view_state)
        self.review.pending_view = view
        self.window.scan_panel.restore(view.get("scan"), project.left)
        wanted = view.get("verdicts")
        if isinstance(wanted, list):
            chosen = {v for v in VERDICT_ORDER if v.value in wanted}
            self.review.verdict_filter.set_verdicts(chosen or set(VERDICT_ORDER))
            self.review.state.set_verdicts(chosen or set(VERDICT_ORDER))
        self.review.update_actions()

    def submit_project(self) -> None:
        """Show the project's texts, compared with its options."""
        from ui.shell.actions import SENSITIVITY

        project = self.review.project
        assert project is not None
        window = self.window
        window.options = project.options
        for name in ("ignore_case", "ignore_punctuation", "ignore_typography"):
            window.actions_by_name[name].setChecked(getattr(project.options, name))
        for name, value in SENSITIVITY.items():
            window.actions_by_name[name].setChecked(abs(value - project.options.sensitivity) < 0.01)
        self.review.state.set_current(None)
        self.review.submitting = True
        try:
            window.submit_sources(project.left, project.right)
        finally:
            self.review.submitting = False

    def save(self) -> bool:
        """Save to the project's file (Save As if it has none). True if saved."""
        if self.review.project is None:
            self.window.statusBar().showMessage(self.tr("Open an original and a copy first."), 4000)
            return False
        if self.review.path is None:
            return self.save_as()
        return self._save_to(self.review.path, replace_foreign=False)

    def save_as(self) -> bool:
        """File → Save Project As: ask for a path (a new one, or replacing a file the dialog asked about)."""
        if self.review.project is None:
            self.window.statusBar().showMessage(self.tr("Open an original and a copy first."), 4000)
            return False
        if self.review.path:
            suggested = self.review.path
        else:
            p = self.review.project
            stem = f"{Path(p.left.name or 'original').stem} vs {Path(p.right.name or 'copy').stem}"
            suggested = str(Path(self.folder()) / f"{stem}{PROJECT_SUFFIX}")
        from ui.dialogs import review_dialogs  # (when needed: it brings QMessageBox)

        path = review_dialogs.ask_save_path(self.window, self.tr("Save Project As"), suggested,
                                            review_dialogs.project_filter())
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        # The file dialog asked before replacing an existing file.
        return self._save_to(path, replace_foreign=True)

    def _save_to(self, path: str, replace_foreign: bool) -> bool:
        project = self.review.current_project()
        assert project is not None
        try:
            _files().save_project(project, path, replace_foreign=replace_foreign)
        except ProjectSaveError as error:
            self.window.message.show_message(str(error))
            return False
        self.review.project = project
        self.review.path = str(Path(path).resolve())
        self.review.history = self.review.history.mark_saved()
        self.review.base_dirty = False
        self.discard_own_recovery()
        add_recent_project(self.review.path)
        self.window.statusBar().showMessage(self.tr("Saved {name}").format(name=Path(path).name), 4000)
        self.review.refresh_annotations(refresh_list=False)
        return True

    def folder(self) -> str:
        """Where the project and report dialogs start: the project's folder, else the texts'."""
        if self.review.path:
            return str(Path(self.review.path).parent)
        return self.window.start_dir()

    # ---- files changed on disk ---------------------------------------------------------------

    def check_sources(self) -> None:
        """Look (in the background) whether the project's files changed on disk."""
        project = self.review.project
        if project is None:
            return
        self.runner.submit("sources", lambda _job: changed_sources(project),
                           lambda result, error: self._sources_checked(project, result, error))

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.review.project is not None \
                and not self.runner.busy("sources") and not self.runner.busy("refresh"):
            self.check_sources()

    def _sources_checked(self, project: Project, statuses: Any, error: Any) -> None:
        if error is not None or not statuses or self.review.project is None:
            return
        if self.review.project.left is not project.left or self.review.project.right is not project.right:
            return  # another project or other texts meanwhile
        seen = {(s.side, s.current_sha256) for s in statuses}
        if seen <= self._told:
            return  # already said (and maybe dismissed): do not nag
        self._told |= seen
        from ui.dialogs import review_dialogs  # (when needed: it brings QMessageBox)

        text = " ".join(review_dialogs.source_message(s) for s in statuses)
        self.review.banner.show_banner(
            text + " " + self.tr("Compare again with the files on disk? Notes follow their text."),
            [(self.tr("&Re-compare"), self.refresh_from_disk)])

    def refresh_from_disk(self) -> None:
        """Re-read the changed originals, re-compare and re-anchor (in the background)."""
        project = self.review.current_project()
        if project is None:
            return
        self.review.banner.show_banner(self.tr("Reading the files again and comparing…"))
        self.runner.submit("refresh", lambda _job: refresh_from_disk(project), self._refreshed)

    def _refreshed(self, result: Any, error: Any) -> None:
        if error is not None:
            self.review.banner.show_banner(str(error), level="error")
            return
        new, _comparison, report = result
        self.review.project = new
        self.review.history = History(new.annotations)
        self.review.base_dirty = True
        lost = len(report.lost)
        self.review.banner.show_banner(
            self.tr("Compared again with the files on disk.") + " " + (
                self.tr("%n annotation(s) could not be placed: listed under the differences.", "", lost)
                if lost else self.tr("Every annotation found its place.")),
            level="error" if lost else "info")
        self.submit_project()

    # ---- crash recovery ------------------------------------------------------------------------

    def autosave_now(self) -> None:
        """Write the recovery file now if there is unsaved work."""
        project = self.review.current_project()
        if project is None or not self.review.dirty:
            return
        try:
            _recovery().write_recovery(project, recovery.recovery_dir(), self.session, self.review.path)
        except (ProjectSaveError, OSError) as error:
            self.window.statusBar().showMessage(self.tr("Autosave failed: {error}").format(error=error), 8000)

    def discard_own_recovery(self) -> None:
        """Delete this project's recovery file, if one was written."""
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
        self.review.banner.show_banner(
            recovery.describe(entry) + (" " + self.tr("(%n more after this.)", "", more) if more else ""),
            [(self.tr("&Recover"), lambda: self.recover(entry)),
             (self.tr("&Discard"), lambda: self.decline_recovery(entry))],
            level="error", on_dismiss=lambda: QTimer.singleShot(0, self.offer_recovery))

    def recover(self, entry: RecoveryEntry) -> bool:
        """Open the work a crashed Verso left (unsaved: Save keeps it); False if it could not be read."""
        if self.review.dirty and not self.review.resolve_unsaved():
            return False
        try:
            project = _recovery().load_recovery(entry)
        except ProjectError as error:
            self.review.banner.show_banner(self.tr("Could not recover it: {error}").format(error=error),
                                    [(self.tr("&Discard"), lambda: self.decline_recovery(entry))],
                                    level="error")
            return False
        self.start(project, entry.project_path, dirty=True)
        self.autosave_now()  # our own recovery file first, then the old one goes
        with contextlib.suppress(OSError, ValueError):
            _recovery().discard_recovery(recovery.recovery_dir(), entry.session)
        self.submit_project()
        self.review.banner.show_banner(self.tr("Recovered your unsaved review. Save it (Ctrl+S) to keep it."))
        return True

    def decline_recovery(self, entry: RecoveryEntry) -> None:
        """Throw away the work a crashed Verso left, and offer the next."""
        with contextlib.suppress(OSError, ValueError):
            _recovery().discard_recovery(recovery.recovery_dir(), entry.session)
        self.review.banner.hide()
        QTimer.singleShot(0, self.offer_recovery)

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
    """The recent .verso paths, newest first."""
    from ui import settings

    return [p for p in settings.get("recent_projects") if p]


def add_recent_project(path: str) -> None:
    """Put ``path`` first in the recent projects."""
    from ui import settings

    entries = [path, *[p for p in recent_projects() if p != path]][:MAX_RECENT_PROJECTS]
    settings.put("recent_projects", entries)
