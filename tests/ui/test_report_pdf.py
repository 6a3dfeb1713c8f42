"""The PDF exporter the window registers, in the window process and from `verso report`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.documents import read_document
from app.project import Project, save_project
from app.report import export_report

ROOT = Path(__file__).resolve().parents[2]
ORIGINAL = ROOT / "resources" / "samples" / "putin-minerals-bbc.txt"
COPY = ROOT / "resources" / "samples" / "putin-minerals-rewrite.txt"


def _project() -> Project:
    return Project.create(read_document(str(ORIGINAL)), read_document(str(COPY)))


def test_export_report_writes_a_pdf(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import ui.report_pdf  # noqa: F401  (registers ".pdf")

    project = _project()
    out = tmp_path / "report.pdf"
    export_report(project.compare(), out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert not [p for p in tmp_path.iterdir() if p.name != "report.pdf"]  # no temp file left


def test_verso_report_writes_pdf_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "check.verso"
    save_project(_project(), path)
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-m", "ui", "report", str(path), "-o",
                           str(tmp_path / "r.pdf")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_the_pdf_underlines_each_kind_as_the_window_does(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's HTML reader makes every CSS underline solid and black; the PDF's document gives each
    kind's text the window's own underline (dotted for omitted, wavy for duplicated...)."""
    from PySide6.QtGui import QTextCharFormat

    from app.report import render_html
    from app.vocabulary import KIND
    from ui.palette import STYLES
    from ui.report_pdf import report_document

    comparison = _project().compare()
    doc = report_document(render_html(comparison))
    seen: dict[tuple[QTextCharFormat.UnderlineStyle, str], str] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
                seen.setdefault((fmt.underlineStyle(), fmt.underlineColor().name().lower()), it.fragment().text())
            assert not fmt.toolTip().startswith("verso-")  # the carrier is gone
            it += 1
        block = block.next()
    kinds = {d.kind for d in comparison.differences}
    for kind in kinds:
        if KIND[kind].underline != "none":
            assert (STYLES[kind].underline, KIND[kind].colour.lower()) in seen, kind
    assert (QTextCharFormat.UnderlineStyle.DotLine, KIND["omitted"].colour.lower()) in seen
    assert (QTextCharFormat.UnderlineStyle.WaveUnderline, KIND["duplicated"].colour.lower()) in seen
    # The changed kind has no underline of its own; its inserted words have a solid one.
    assert (QTextCharFormat.UnderlineStyle.SingleUnderline, KIND["changed"].colour.lower()) in seen
