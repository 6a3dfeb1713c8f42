"""Writing a report to a file by its extension, with a hook for exporters the UI provides.

HTML is built in. PDF needs Qt (QTextDocument/QPrinter or Qt WebEngine),
which the core never imports, so the window side registers it::

    # the window's PDF module, when imported
    from app.report import register_exporter
    def export_pdf(report: RenderedReport, path: Path) -> None: ...
    register_exporter(".pdf", export_pdf)

The ``verso`` launcher (on the window side) registers a *provider* for
".pdf" before it runs a command (:func:`register_provider`): a function
that imports that module only when a PDF is asked for. Without one (``python
-m app``, no Qt) ``verso report x.verso -o x.pdf`` prints one line and exits 2.
The core names no module of the window.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from app.engine.records import Comparison
    from app.facts.records import FactReport
    from app.project.annotations import Annotations
    from app.report.html_report import ReportSettings

# The report writer, the project model and the facts are imported where a report is written:
# ``verso`` registers its PDF provider here at every start (ui/launcher.py), and importing
# them then cost ~165 ms of CPU before the window (html_report brings the facts checker and
# the engine).


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
    from app.project.storage import atomic_write

    atomic_write(path, report.html.encode("utf-8"))


def _export_docx(report: RenderedReport, path: Path) -> None:
    """The copy with tracked changes; verdicts, notes and facts as comments (docx_writer.py)."""
    from app.project.storage import atomic_write
    from app.report.docx_writer import docx_bytes

    atomic_write(path, docx_bytes(report.comparison, report.annotations,
                                  fact_changes(report.comparison, report.settings.facts),
                                  report.settings.title, report.settings.generated_at))


def fact_changes(comparison: Comparison, facts: FactReport | None) -> dict[int, list[str]] | None:
    """Difference id -> what it does to facts ("53% → 35%"), for the Word comments; None without facts."""
    if facts is None:
        return None
    from app.facts.links import link_facts

    links = link_facts(comparison, facts)
    return {d: links.changes(d) for d in links.by_difference}


_EXPORTERS: dict[str, Exporter] = {".html": _export_html, ".htm": _export_html, ".docx": _export_docx}


def register_exporter(suffix: str, exporter: Exporter) -> None:
    """Make ``exporter`` write files ending in ``suffix`` (e.g. ".pdf"); replaces any earlier one."""
    _EXPORTERS[suffix.lower()] = exporter


#: suffix -> a function that registers that suffix's exporter when first needed
_PROVIDERS: dict[str, Callable[[], None]] = {}


def register_provider(suffix: str, provide: Callable[[], None]) -> None:
    """Call ``provide()`` the first time a file ending in ``suffix`` is exported; it is to
    ``register_exporter`` that suffix (the window side imports Qt only then). ``provide``
    may raise: the suffix is then unavailable."""
    _PROVIDERS[suffix.lower()] = provide


def exporter_for(path: str | os.PathLike[str], load_providers: bool = True) -> Exporter | None:
    """The exporter for ``path``'s extension; a registered provider is tried first if none."""
    suffix = Path(path).suffix.lower()
    provide = _PROVIDERS.get(suffix)
    if suffix not in _EXPORTERS and provide is not None and load_providers:
        try:
            provide()
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
        raise ExportUnavailable(f"cannot write a report as {suffix}: use .html or .docx")
    from app.project.annotations import Annotations
    from app.report.html_report import ReportSettings, render_html

    annotations = annotations or Annotations()
    settings = settings or ReportSettings()
    exporter(RenderedReport(render_html(comparison, annotations, settings), comparison,
                            annotations, settings), Path(path))
