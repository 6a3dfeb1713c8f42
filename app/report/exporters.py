"""Writing a report to a file by its extension, with a hook for exporters the UI provides.

HTML is built in. PDF needs Qt (QTextDocument/QPrinter or Qt WebEngine),
which the core never imports, so the UI registers it::

    # ui/report_pdf.py (imported by the window at start, and by `verso report`)
    from app.report import register_exporter
    def export_pdf(report: RenderedReport, path: Path) -> None: ...
    register_exporter(".pdf", export_pdf)

``verso report x.verso -o x.pdf`` imports :data:`PDF_PROVIDER_MODULE` lazily;
if that fails it prints one line and exits 2.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.engine.records import Comparison
from app.project.annotations import Annotations
from app.project.storage import atomic_write
from app.report.html_report import ReportSettings, render_html

#: The module that registers a PDF exporter when imported (it may import Qt).
PDF_PROVIDER_MODULE = "ui.report_pdf"


@dataclass(frozen=True, slots=True)
class RenderedReport:
    """What an exporter gets: the HTML and what it was made from."""

    html: str
    comparison: Comparison
    annotations: Annotations
    settings: ReportSettings


Exporter = Callable[[RenderedReport, Path], None]


class ExportUnavailable(Exception):
    """No exporter can write this kind of file here (message: one line)."""


def _export_html(report: RenderedReport, path: Path) -> None:
    atomic_write(path, report.html.encode("utf-8"))


_EXPORTERS: dict[str, Exporter] = {".html": _export_html, ".htm": _export_html}


def register_exporter(suffix: str, exporter: Exporter) -> None:
    """Make ``exporter`` write files ending in ``suffix`` (e.g. ".pdf"); replaces any earlier one."""
    _EXPORTERS[suffix.lower()] = exporter


def exporter_for(path: str | os.PathLike[str], load_providers: bool = True) -> Exporter | None:
    """The exporter for ``path``'s extension; for .pdf, try importing the UI's provider."""
    suffix = Path(path).suffix.lower()
    if suffix not in _EXPORTERS and suffix == ".pdf" and load_providers:
        try:
            importlib.import_module(PDF_PROVIDER_MODULE)
        except Exception:
            return None
    return _EXPORTERS.get(suffix)


def export_report(comparison: Comparison, path: str | os.PathLike[str],
                  annotations: Annotations | None = None,
                  settings: ReportSettings | None = None) -> None:
    """Render and write the report to ``path`` (format by extension).

    Raises ExportUnavailable for an extension nobody handles (e.g. .pdf without
    Qt) and ProjectSaveError if the file cannot be written.
    """
    exporter = exporter_for(path)
    if exporter is None:
        suffix = Path(path).suffix or "(no extension)"
        if suffix.lower() == ".pdf":
            raise ExportUnavailable("PDF reports need the Verso window (Qt); write .html instead "
                                    "and print it to PDF from a browser")
        raise ExportUnavailable(f"cannot write a report as {suffix}: use .html")
    annotations = annotations or Annotations()
    settings = settings or ReportSettings()
    exporter(RenderedReport(render_html(comparison, annotations, settings), comparison,
                            annotations, settings), Path(path))
