"""The report side of the ``verso`` command (wired into app/cli.py).

    verso compare ORIGINAL COPY --format html > report.html
    verso compare ORIGINAL COPY --format docx -o copy.docx
    verso report PROJECT.verso [-o report.html|report.docx|report.pdf]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from app.engine.records import Comparison
from app.facts.budget import TooManyFacts
from app.facts.check import check_facts
from app.facts.records import FactReport
from app.project import Project, ProjectError, load_project
from app.project.errors import ProjectSaveError
from app.report.exporters import ExportUnavailable, export_report, exporter_for
from app.report.html_report import ReportSettings, render_html

EXIT_BAD_INPUT = 2


def add_report_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``verso report`` to the command's sub-parsers."""
    r = sub.add_parser("report", help="write the report of a .verso project (HTML or PDF)",
                       description="Write the standalone report of a Verso project: both "
                                   "texts side by side, every difference with its verdict "
                                   "and note.")
    r.add_argument("project", help="a .verso project file")
    r.add_argument("-o", "--output", metavar="FILE",
                   help="report.html (default: HTML on standard output), report.docx (the copy with "
                        "tracked changes, verdicts and notes as comments) or report.pdf (needs the "
                        "Verso window's Qt)")
    r.add_argument("--title", help="the report's title (default: both file names)")
    r.add_argument("--no-facts", action="store_true",
                   help="leave out the Facts section (numbers, dates, quotes, names the copy changed)")


def run_report(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """``verso report``: 0 on success, 2 with one line on stderr otherwise."""
    out = out or sys.stdout
    try:
        if args.output and exporter_for(args.output) is None:
            # Checked before the (slower) comparison, so the message comes at once.
            raise ExportUnavailable(_unavailable(args.output))
        project = load_project(args.project)
        if args.output:
            _refuse_to_replace_an_input(args.output, args.project, project)
        comparison = project.compare()
        # Reviews follow their differences by anchors: a newer engine may renumber them.
        project, _ = project.recompared(comparison)
        facts = None if args.no_facts else _facts_or_none(comparison)
        settings = ReportSettings(title=args.title, options=project.options, facts=facts)
        if args.output:
            export_report(comparison, args.output, project.annotations, settings)
        else:
            out.write(render_html(comparison, project.annotations, settings))
    except (ProjectError, ExportUnavailable, ProjectSaveError) as error:
        print(f"verso: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _facts_or_none(comparison: Comparison) -> FactReport | None:
    """The facts check for the report, or None (said in one line) for texts over its budget."""
    try:
        return check_facts(comparison)
    except TooManyFacts as error:
        print(f"verso: the report has no facts section: {error}", file=sys.stderr)
        return None


def _refuse_to_replace_an_input(output: str, project_path: str, project: Project) -> None:
    """A report written over the project or one of its source files would lose that file."""
    refuse_to_replace(output, [(project_path, "the project itself"),
                               (str(project.left.path or ""), "the project's original"),
                               (str(project.right.path or ""), "the project's copy")])


def refuse_to_replace(output: str, inputs: list[tuple[str, str]]) -> None:
    """Raise ProjectSaveError if ``output`` is one of ``inputs`` ((path, what it is), ...)."""
    for path, what in inputs:
        try:
            same = bool(path) and os.path.samefile(output, str(path))
        except OSError:  # either file missing: nothing to lose
            same = False
        if same:
            raise ProjectSaveError(f"Not written: {Path(output).name} is {what}, and the "
                                   "report would replace it; choose another file name")


def _unavailable(output: str) -> str:
    suffix = Path(output).suffix.lower()
    if suffix == ".pdf":
        return ("PDF reports are made by the Verso window (Qt), and its PDF exporter is not "
                "available here; write .html and print it to PDF from a browser")
    return f"cannot write a report as {suffix or 'a file without extension'}: use .html or .docx"
