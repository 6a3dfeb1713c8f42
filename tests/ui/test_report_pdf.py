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
