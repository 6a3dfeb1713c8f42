"""The ``verso`` command: readable and JSON output, and one clear line for bad input."""

import json
import subprocess
import sys

import pytest

from app.cli import main
from tests.app.documents.documents_fixtures import build_pdf


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=60)


def test_compare_json_is_the_design_format(sample_paths, capsys):
    assert main(["compare", *map(str, sample_paths), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "verso-comparison" and data["version"] == 1
    assert data["left"]["name"] == "putin-minerals-bbc.txt"
    assert {d["kind"] for d in data["differences"]} == {"omitted", "added", "changed", "duplicated"}


def test_compare_text_report(sample_paths, capsys):
    assert main(["compare", *map(str, sample_paths), "--color", "never"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert "reused" in first and "omitted" in first and "differences" in first
    assert "DUPLICATED" in out and "\033[" not in out
    assert "page furniture" in first and "(page furniture)" not in out
    capsys.readouterr()
    main(["compare", *map(str, sample_paths), "--color", "never", "--furniture"])
    everything = capsys.readouterr().out
    assert "[1] OMITTED (page furniture)" in everything and "Home News Sport" in everything


def test_colour_when_asked(sample_paths, capsys):
    main(["compare", *map(str, sample_paths), "--color", "always"])
    assert "\033[" in capsys.readouterr().out


def test_python_dash_m_app_works_the_same(sample_paths):
    proc = run("compare", *sample_paths, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["differences"]


def test_options_reach_the_engine(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The Minister spoke. Everyone listened.", encoding="utf-8")
    b.write_text("the minister spoke. Everyone listened.", encoding="utf-8")
    main(["compare", str(a), str(b), "--format", "json"])
    assert json.loads(capsys.readouterr().out)["differences"]
    main(["compare", str(a), str(b), "--format", "json", "--ignore-case"])
    assert json.loads(capsys.readouterr().out)["differences"] == []


@pytest.mark.parametrize("make", ["missing", "folder", "empty", "binary", "huge"])
def test_bad_input_gives_one_clear_line_and_status_2(tmp_path, make):
    good = tmp_path / "good.txt"
    good.write_text("A perfectly fine sentence.", encoding="utf-8")
    bad = tmp_path / f"bad-{make}.txt"
    if make == "folder":
        bad.mkdir()
    elif make == "empty":
        bad.write_bytes(b"")
    elif make == "binary":
        bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    elif make == "huge":
        with bad.open("wb") as f:
            f.truncate(21 * 1024 * 1024)
    proc = run("compare", good, bad)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert lines[0].startswith("verso: ")
    assert proc.stdout == ""


def test_pdf_reader_warnings_do_not_reach_stderr(tmp_path):
    # pypdf logs what it repairs; with no logging set up Python printed those lines on stderr.
    good = tmp_path / "good.txt"
    good.write_text("Prices rose in March. The office said so.", encoding="utf-8")
    pdf = build_pdf([[(72, 700, "Prices rose in March. The office said so.", 11)]])
    repaired = tmp_path / "repaired.pdf"
    repaired.write_bytes(pdf.replace(b"0000000", b"0000009", 3))  # wrong xref offsets
    proc = run("compare", good, repaired)
    assert proc.returncode == 0 and proc.stderr == ""
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(pdf[:400])
    proc = run("compare", good, damaged)
    assert proc.returncode == 2
    (line,) = proc.stderr.splitlines()
    assert line == f"verso: {damaged}: this PDF is damaged or not supported"


def test_control_characters_of_a_document_do_not_reach_the_terminal(tmp_path, capsys):
    # An escape sequence in a scraped page would set the terminal's title, colour its text...
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The office said prices rose.\n", encoding="utf-8")
    pad = " ".join(["The office said prices rose in March, and nobody disagreed."] * 8)
    b.write_text(f"{pad}\n\nNew: \x1b]0;PWNED\x07\x1b[2J and \x9b31m here.\n", encoding="utf-8")
    assert main(["compare", str(a), str(b), "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    # (C1's CSI is read as the cp1252 "›" it stands for in web text: app/documents/repair.py.)
    assert "New: \u241b]0;PWNED\u2407\u241b[2J and \u203a31m here." in out
    assert "copy line 3" in out  # line numbers unchanged
    assert main(["compare", str(a), str(b), "--format", "json"]) == 0
    assert "\x1b]0;PWNED" in json.loads(capsys.readouterr().out)["right"]["text"]  # data kept


def test_control_characters_in_quotes_do_not_reach_the_terminal_from_verso_facts(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    pad = " ".join(["The office said prices rose in March, and nobody disagreed."] * 8)
    a.write_text(f'{pad}\n\nThe minister said: "We will \x1b[2Jact now."\n', encoding="utf-8")
    b.write_text(f'{pad}\n\nThe minister said: "We will \x1b[2Jact soon."\n', encoding="utf-8")
    assert main(["facts", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u241b[2J" in out


def test_usage_errors_exit_2():
    assert run("compare", "only-one.txt").returncode == 2
    assert run("a", "b", "c").returncode == 2


def test_version():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("verso ")


def test_compare_json_can_carry_the_facts_section(sample_paths, capsys):
    assert main(["compare", *map(str, sample_paths), "--format", "json", "--facts"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facts"]["summary"]["missing"] > 0
    assert main(["compare", *map(str, sample_paths), "--format", "json"]) == 0
    assert "facts" not in json.loads(capsys.readouterr().out)


def test_texts_over_the_sentence_budget_give_one_line_and_status_2(tmp_path, capsys, monkeypatch):
    import app.engine.compare

    monkeypatch.setattr(app.engine.compare, "MAX_SENTENCES", 2)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One. Two. Three.", encoding="utf-8")
    b.write_text("One.", encoding="utf-8")
    assert main(["compare", str(a), str(b)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["verso: a.txt: too many sentences to compare (3; the limit is 2 a text)"]
