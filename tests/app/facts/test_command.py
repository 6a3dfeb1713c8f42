"""``verso facts ORIGINAL COPY [--format text|json]``."""

from __future__ import annotations

import json

from app.cli import main


def test_text_report_groups_by_status(sample_paths, capsys):
    left, right = map(str, sample_paths)
    assert main(["facts", left, right]) == 0
    out = capsys.readouterr().out
    assert out.index("MISSING") < out.index("SHORTENED") < out.index("KEPT")
    missing = out[out.index("MISSING"):out.index("SHORTENED")]
    for text in ("$500bn", "£396bn", "Krasnoyarsk", "Rusal", "Siberia", "2023", "Stéphane Séjourné", "win-win"):
        assert text in missing
    assert "UNSOURCED" not in out


def test_json_is_the_facts_section(sample_paths, capsys):
    left, right = map(str, sample_paths)
    assert main(["facts", left, right, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "verso-facts"
    assert data["left"]["name"] == "putin-minerals-bbc.txt"
    facts = data["facts"]
    assert facts["summary"]["unsourced"] == 0
    assert sum(facts["summary"].values()) == len(facts["items"])
    item = next(i for i in facts["items"] if i["text"] == "£396bn")
    assert item["status"] == "missing" and item["value"] == ["GBP", 396e9] and item["right"] is None


def test_status_filter(sample_paths, capsys):
    left, right = map(str, sample_paths)
    assert main(["facts", left, right, "--format", "json", "--status", "shortened"]) == 0
    items = json.loads(capsys.readouterr().out)["facts"]["items"]
    assert items and {i["status"] for i in items} == {"shortened"}


def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["facts", str(tmp_path / "nope.txt"), str(tmp_path / "other.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("verso: ") and err.count("\n") == 1


def test_read_as_option(tmp_path, capsys):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("The deal is worth $5bn, Mr Smith said on Monday.\n", encoding="utf-8")
    b.write_text("The deal is worth $6bn, Mr Smith said.\n", encoding="utf-8")
    assert main(["facts", str(a), str(b), "--as", "text", "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)["facts"]["items"]
    by_status = {(i["kind"], i["status"]) for i in items}
    assert ("money", "altered") in by_status
    assert ("date", "missing") in by_status
