"""Writing reports by extension, and the hook through which the UI adds PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.records import Comparison
from app.report import (
    ExportUnavailable,
    RenderedReport,
    export_report,
    exporter_for,
    exporters,
    register_exporter,
)


def test_html_is_written_atomically(sample_comparison: Comparison, tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    export_report(sample_comparison, path)
    page = path.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


def test_pdf_without_a_provider_is_a_clear_error(sample_comparison: Comparison, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporters, "_PROVIDERS", {".pdf": _no_such_module})
    monkeypatch.delitem(exporters._EXPORTERS, ".pdf", raising=False)
    assert exporter_for(tmp_path / "r.pdf") is None
    with pytest.raises(ExportUnavailable, match="PDF reports need the Verso window"):
        export_report(sample_comparison, tmp_path / "r.pdf")
    with pytest.raises(ExportUnavailable, match=r"cannot write a report as \.odt"):
        export_report(sample_comparison, tmp_path / "r.odt")
    assert list(tmp_path.iterdir()) == []


def test_a_registered_exporter_is_used(sample_comparison: Comparison, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporters, "_EXPORTERS", dict(exporters._EXPORTERS))
    seen: list[RenderedReport] = []

    def fake_pdf(report: RenderedReport, path: Path) -> None:
        seen.append(report)
        path.write_bytes(b"%PDF-1.4 fake")

    register_exporter(".PDF", fake_pdf)
    export_report(sample_comparison, tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert seen[0].comparison is sample_comparison and "<table" in seen[0].html


def _no_such_module() -> None:
    """A PDF provider whose module is not there (a Verso without Qt)."""
    import importlib

    importlib.import_module("no_such_module_for_verso_tests")
