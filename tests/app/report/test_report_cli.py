"""`verso compare ... --format html` and `verso report PROJECT.verso`."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.documents import read_document
from app.project import Project, Verdict, save_project
from app.report import exporters

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
PAIR = [str(SAMPLES / "putin-minerals-bbc.txt"), str(SAMPLES / "putin-minerals-rewrite.txt")]


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    left, right = (read_document(p) for p in PAIR)
    project = Project.create(left, right)
    c = project.compare()
    a = project.annotations.with_review(c, c.differences[0].id, verdict=Verdict.ERROR,
                                        note="Masthead dropped: fine?")
    path = tmp_path / "check.verso"
    save_project(project.with_annotations(a), path)
    return path


def test_compare_format_html(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *PAIR, "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and 'class="sbs"' in page
    assert "Options:" in page


def test_report_to_file_and_to_stdout(project_file: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(project_file), "-o", str(out)]) == 0
    page = out.read_text("utf-8")
    assert "Masthead dropped: fine?" in page and "v-error" in page
    assert main(["report", str(project_file), "--title", "Desk check"]) == 0
    assert "<h1>Desk check</h1>" in capsys.readouterr().out


def test_report_pdf_without_qt_exits_2_with_one_line(project_file: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(exporters, "_PROVIDERS", {".pdf": _no_such_module})
    monkeypatch.delitem(exporters._EXPORTERS, ".pdf", raising=False)
    assert main(["report", str(project_file), "-o", str(tmp_path / "r.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "PDF reports are made by the Verso window" in err
    assert not (tmp_path / "r.pdf").exists()


def test_report_of_a_damaged_project_exits_2(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.verso"
    bad.write_text('{"format": "verso-project", "version": 99}', "utf-8")
    assert main(["report", str(bad), "-o", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "made by a newer Verso" in err
    assert main(["report", str(tmp_path / "missing.verso")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_report_re_attaches_reviews_whose_ids_changed(tmp_path: Path) -> None:
    """A project saved by an engine that numbered differences otherwise still reports right."""
    import json

    left, right = (read_document(p) for p in PAIR)
    project = Project.create(left, right)
    c = project.compare()
    target = next(d for d in c.differences if d.kind == "changed")
    a = project.annotations.with_review(c, target.id, verdict=Verdict.ERROR, note="THE NOTE")
    path = tmp_path / "renumbered.verso"
    save_project(project.with_annotations(a), path)
    data = json.loads(path.read_text("utf-8"))
    data["annotations"]["reviews"][0]["difference"] = target.id + 7  # an older numbering
    path.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(path), "-o", str(out)]) == 0
    page = out.read_text("utf-8")
    item = page.split(f'<li id="d{target.id}"')[1].split("</li>")[0]
    assert "THE NOTE" in item and "v-error" in item
    assert page.count("THE NOTE") == 1


def test_report_never_replaces_a_source_file_or_the_project(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    page = "<html><body><p>Prices rose 4% in March, the office said.</p></body></html>"
    original, copy = tmp_path / "wire.html", tmp_path / "paper.html"
    original.write_text(page, "utf-8")
    copy.write_text(page.replace("4%", "40%"), "utf-8")
    path = tmp_path / "check.html.verso"
    save_project(Project.create(read_document(original), read_document(copy)), path)
    before = {p: p.read_bytes() for p in (original, copy, path)}
    for target in (original, copy):
        assert main(["report", str(path), "-o", str(target)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"{target.name} is the project's" in err
    assert {p: p.read_bytes() for p in before} == before
    assert main(["report", str(path), "-o", str(tmp_path / "report.html")]) == 0


def _no_such_module() -> None:
    """A PDF provider whose module is not there (a Verso without Qt)."""
    import importlib

    importlib.import_module("no_such_module_for_verso_tests")
