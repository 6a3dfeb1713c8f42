"""The review's reports: File → Export (HTML, PDF, Word) and Print.

One :class:`Exporting` per review (``window.review.exporting``), built by the review
controller with its collaborators: the review (``ui.review.core.ReviewCore``: the
annotations, the project's path), the project file (where dialogs start) and the
window (``ui.shell.host.ReaderWindow``: options, reader state, message and status bar).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from app.project import (
    Annotations,
    ProjectSaveError,
)
from ui.jobs import child_jobs
from ui.jobs.child_process import EXPORT_LIMITS
from ui.jobs.compare import is_long
from ui.jobs.runner import Stopped, describe_stop
from ui.review.files import _reports

if TYPE_CHECKING:
    from app import Comparison
    from app.facts import FactReport
    from app.report import ReportSettings
    from ui.review.core import ReviewCore
    from ui.review.project_file import ProjectFile
    from ui.shell.host import ReaderWindow


class Exporting(QObject):
    """Reports of the comparison on screen and the review's annotations."""

    def __init__(self, review: ReviewCore, file: ProjectFile, window: ReaderWindow,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.file = file
        self.window = window
        self.state = window.state

    def export_html(self) -> bool:
        """File → Export Report…: a standalone web page."""
        return self.export_report(pdf=False)

    def export_pdf(self) -> bool:
        """File → Export Report as PDF…"""
        return self.export_report(pdf=True)

    def export_docx(self) -> bool:
        """File → Export as Word (Tracked Changes)…"""
        return self.export_report(kind="docx")

    # ---- reports --------------------------------------------------------------------------------

    def _report_facts(self, comparison: Comparison | None) -> FactReport | None:
        """The facts check of ``comparison``, when the window has it."""
        marks = self.state.fact_marks
        return marks.links.report if marks.links is not None and marks.comparison is comparison else None

    def _report_settings(self, comparison: Comparison | None = None) -> ReportSettings:
        """The report's settings; with the facts check of ``comparison`` when the window has it."""
        return _reports().ReportSettings(options=self.window.options, facts=self._report_facts(comparison))

    def export_report(self, pdf: bool = False, kind: str | None = None) -> bool:
        """File → Export Report (HTML), … as PDF, Export as Word: ask where, then write it."""
        kind = kind or ("pdf" if pdf else "html")
        comparison = self.review.live() or self.state.comparison
        if comparison is None:
            self.window.statusBar().showMessage(self.tr("Open an original and a copy first."), 4000)
            return False
        suffixes = {"pdf": (".pdf",), "html": (".html", ".htm"), "docx": (".docx",)}[kind]
        stem = Path(self.review.path).stem if self.review.path else \
            f"{Path(comparison.left.name or 'original').stem} vs " \
            f"{Path(comparison.right.name or 'copy').stem}"
        suggested = str(Path(self.file.folder()) / f"{stem}{' tracked' if kind == 'docx' else ' report'}{suffixes[0]}")
        filters = {"pdf": self.tr("PDF (*.pdf)"), "html": self.tr("Web page (*.html *.htm)"),
                   "docx": self.tr("Word document (*.docx)")}[kind]
        from ui.dialogs import review_dialogs  # (when needed: it brings QMessageBox)

        path = review_dialogs.ask_save_path(self.window, self.tr("Export Report"), suggested, filters)
        if not path:
            return False
        if Path(path).suffix.lower() not in suffixes:
            path += suffixes[0]
        pdf = kind == "pdf"
        annotations = self.review.annotations if self.review.live() else Annotations()
        if is_long(comparison):
            self._export_in_child(comparison, path, annotations, pdf)
            return True
        if pdf:
            import ui.report_pdf  # noqa: F401  (registers the PDF exporter)
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

    def _export_in_child(self, comparison: Comparison, path: str, annotations: Annotations, pdf: bool) -> None:
        """A long pair's report, written by a child process while the window goes on (a 1 MB
        pair's PDF held the window 75 s, its HTML 0.6 s); the status bar says when it is done."""
        derived = self.state.derived
        given = derived.pickled if derived is not None and derived.pickled and comparison is self.state.comparison \
            else comparison
        # The child makes the report's settings: app.report is not imported here for them.
        work = (given, path, annotations, self.window.options, self._report_facts(comparison))
        status = self.window.statusBar()
        status.showMessage(self.tr("Writing the report {name}…").format(name=Path(path).name))

        def done(_value: object, error: BaseException | None) -> None:
            if isinstance(error, Stopped):
                self.window.message.show_message(describe_stop(error, self.tr("Writing the report")))
            elif error is not None:
                self.window.message.show_message(self.tr("The report was not written: {error}").format(error=error))
            else:
                status.showMessage(self.tr("Report saved: {path}").format(path=path), 6000)

        self.window.runner.submit(f"export {path}", lambda job: job.child(  # a PDF needs Qt: never in a
            child_jobs.export_report, work, EXPORT_LIMITS, fallback=not pdf), done)  # thread of this process

    def print_report(self) -> bool:
        """File → Print Report: the report on a printer the user chooses."""
        comparison = self.review.live() or self.state.comparison
        if comparison is None:
            self.window.statusBar().showMessage(self.tr("Open an original and a copy first."), 4000)
            return False
        from ui.dialogs import review_dialogs  # (when needed: it brings QMessageBox)

        if is_long(comparison):
            # Qt lays the whole report out for the printer on the GUI thread (a 1 MB pair's: over a
            # minute of a frozen window); its PDF is written by a child process instead.
            self.window.message.show_message(self.tr(
                "This report is too long to print from here: use File → Export Report as PDF, then print "
                "the PDF."), "info")
            return False
        printer = review_dialogs.ask_printer(self.window)
        if printer is None:
            return False
        from ui.report_pdf import print_html

        annotations = self.review.annotations if self.review.live() else Annotations()
        print_html(_reports().render_html(comparison, annotations, self._report_settings(comparison)), printer)
        return True

