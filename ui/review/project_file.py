"""The review's project file: open, save, save as, autosave and crash recovery, and the
texts' files changed on disk (re-compare). Part of ``ReviewController`` (its state:
project, path, history, session, banner)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
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
from ui.dialogs import review_dialogs
from ui.review import recovery
from ui.review.files import _files, _recovery

MAX_RECENT_PROJECTS = 8

if TYPE_CHECKING:
    from app.project import RecoveryEntry


class ProjectFile:
    """Opening, saving and recovering the project of a ``ReviewController`` (mixed into it)."""

    # (the controller's state; see ReviewController.__init__)
    project: Any
    path: str | None
    history: Any
    window: Any
    state: Any

    # ---- opening and saving ---------------------------------------------------------------

    def open_project_dialog(self) -> None:
        """File → Open Project: ask for a .verso file and open it."""
        path = review_dialogs.ask_open_path(self.window, self.tr("Open Project"), self._folder(),
                                            review_dialogs.project_filter())
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
            self.verdict_filter.set_verdicts(chosen or set(VERDICT_ORDER))
            self.state.set_verdicts(chosen or set(VERDICT_ORDER))
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
        self.state.set_current(None)
        self._submitting = True
        try:
            window.submit_sources(project.left, project.right)
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
        """File → Save Project As: ask for a path (a new one, or replacing a file the dialog asked about)."""
        if self.project is None:
            self.window.statusBar().showMessage(self.tr("Open an original and a copy first."), 4000)
            return False
        if self.path:
            suggested = self.path
        else:
            p = self.project
            stem = f"{Path(p.left.name or 'original').stem} vs {Path(p.right.name or 'copy').stem}"
            suggested = str(Path(self._folder()) / f"{stem}{PROJECT_SUFFIX}")
        path = review_dialogs.ask_save_path(self.window, self.tr("Save Project As"), suggested,
                                            review_dialogs.project_filter())
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
        return self.window.start_dir()

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
        text = " ".join(review_dialogs.source_message(s) for s in statuses)
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
        """Open the work a crashed Verso left (unsaved: Save keeps it); False if it could not be read."""
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
        """Throw away the work a crashed Verso left, and offer the next."""
        with contextlib.suppress(OSError, ValueError):
            _recovery().discard_recovery(recovery.recovery_dir(), entry.session)
        self.banner.hide()
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
