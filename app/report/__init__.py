"""The standalone HTML report (and the hook for PDF, which the Qt side provides).

- :func:`render_html` — comparison + annotations -> one self-contained HTML string
- :func:`project_report` — the same for a Project (re-compares its texts)
- :func:`export_report` — write .html (built in) or any registered format
- :func:`register_exporter`, :func:`register_provider` — the window side registers ".pdf" here

Importing a light module of the package (``app.report.shares``,
``app.report.palette``) does not import the report writer and the project
model with it: the names are imported on first use (app/lazy.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy import lazy_exports

if TYPE_CHECKING:  # the names below, imported on first use (app/lazy.py)
    from app.engine.records import Comparison
    from app.project.model import Project
    from app.report.exporters import (
        ExportUnavailable,
        RenderedReport,
        export_report,
        exporter_for,
        register_exporter,
        register_provider,
    )
    from app.report.html_report import CSP, ReportSettings, render_html

__getattr__ = lazy_exports(__name__, {
    "app.report.exporters": ("ExportUnavailable", "RenderedReport", "export_report",
                             "exporter_for", "register_exporter", "register_provider"),
    "app.report.html_report": ("CSP", "ReportSettings", "render_html"),
})


def project_report(project: Project, comparison: Comparison | None = None,
                   settings: ReportSettings | None = None) -> str:
    """The HTML report of a project (pass the window's comparison to skip re-comparing).

    The annotations are re-anchored on ``comparison`` first, so verdicts land on
    the right differences even if the engine numbers them differently now.
    """
    from app.report.html_report import ReportSettings, render_html

    comparison = comparison or project.compare()
    settings = settings or ReportSettings(options=project.options)
    placed, _ = project.recompared(comparison)
    return render_html(comparison, placed.annotations, settings)


__all__ = [
    "CSP",
    "ExportUnavailable",
    "RenderedReport",
    "ReportSettings",
    "export_report",
    "exporter_for",
    "project_report",
    "register_exporter",
    "register_provider",
    "render_html",
]
