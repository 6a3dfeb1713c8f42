"""``verso scan``: text, JSON, CSV and HTML output, the progress bar, and bad input."""

import csv
import io
import json
import re

import pytest

from app.cli import main
from app.scan.command import _Progress
from app.scan.records import Counts
from app.scan.runner import Collector
from tests.app.scan.conftest import ORIGINAL


def _scan(capsys, *args):
    status = main(["scan", str(ORIGINAL), *map(str, args), "--jobs", "1"])
    out, err = capsys.readouterr()
    return status, out, err


def test_text_lists_copies_best_first_and_unreadable_files(capsys, scan_folder):
    status, out, err = _scan(capsys, scan_folder)
    assert status == 0 and err == ""  # no progress bar: stderr is not a terminal
    lines = out.splitlines()
    assert lines[0] == f"Original: {ORIGINAL} (5,338 characters)"
    assert lines[1].startswith("8 documents scanned in ") and "3 borrowed from the original" in lines[1]
    table = lines[lines.index(next(x for x in lines if x.startswith("rank"))):]
    # The rewrite reuses a larger share of its text (45%, reworded) than the press copy (43%, verbatim).
    assert [row.split()[-1].rsplit("/", 1)[1] for row in table[1:4]] == ["verbatim.md", "rewrite.txt", "press.txt"]
    assert re.match(r"\s+1\s+100%\s+100%\s+1\s", table[1])
    assert "Unreadable (1):" in lines and any(x.endswith("broken.txt: this looks like a binary file, not text")
                                              for x in lines)


def test_json_is_the_documented_format(capsys, scan_folder):
    status, out, _ = _scan(capsys, scan_folder, "--format", "json", "--facts")
    data = json.loads(out)
    assert status == 0
    assert (data["format"], data["version"]) == ("verso-scan", 1)
    assert data["original"]["path"] == str(ORIGINAL) and data["original"]["chars"] == 5338
    assert data["counts"] == {"documents": 8, "candidates": data["counts"]["candidates"], "borrowed": 3,
                              "unreadable": 1, "skipped": 1, "listed": 3}
    first = data["copies"][0]
    assert set(first) == {"rank", "path", "name", "sha256", "chars", "reused", "covered", "counts", "shares",
                          "passages", "facts"}
    assert first["rank"] == 1 and first["name"] == "verbatim.md"
    assert set(first["counts"]) == {"changed", "moved", "added", "omitted", "duplicated"}
    assert first["facts"]["altered"] == 0 and first["facts"]["kept"] > 0
    press = data["copies"][2]
    assert press["name"] == "press.txt"
    assert len(press["passages"]) == 2
    passage = press["passages"][0]
    assert set(passage) == {"left", "right", "similarity", "original_text", "copy_text", "deleted", "inserted"}
    text = (scan_folder / "nested" / "press.txt").read_text("utf-8")
    assert text[passage["right"][0]:passage["right"][1]] == passage["copy_text"]
    assert data["unreadable"] == [{"path": str(scan_folder / "broken.txt"),
                                   "reason": "this looks like a binary file, not text"}]
    assert data["interrupted"] is False and data["settings"]["facts"] is True


def test_csv_has_one_row_per_copy_and_defuses_formulas(capsys, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "=HYPERLINK(1).txt").write_text(ORIGINAL.read_text("utf-8"), "utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    status, out, err = _scan(capsys, folder, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and len(rows) == 1
    assert rows[0]["name"] == "'=HYPERLINK(1).txt"
    assert rows[0]["reused"] == "1.0000" and rows[0]["passages"] == "1" and rows[0]["facts_altered"] == ""
    assert err.strip().endswith("broken.txt: this looks like a binary file, not text")


def test_html_is_standalone_and_escapes_what_files_say(capsys, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    hostile = "<script>alert(1)</script>"
    name = '<img src=x onerror="alert(1)">.txt'
    (folder / name).write_text(ORIGINAL.read_text("utf-8") + "\n\n" + hostile + "\n", "utf-8")
    status, out, _ = _scan(capsys, folder, "--format", "html")
    assert status == 0
    assert "Content-Security-Policy" in out and "default-src 'none'" in out
    assert "<script" not in out and "<img" not in out
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.txt" in out
    assert not re.search(r"(src|href)=\"?(https?:)?//", out)
    assert out.count("<details class=\"copy\">") == 1 and "Passage 1" in out


def test_no_copy_found(capsys, tmp_path):
    (tmp_path / "other.txt").write_text("Nothing to do with the original at all, about a bakery.", "utf-8")
    status, out, _ = _scan(capsys, tmp_path)
    assert status == 0 and "No document borrowed from the original." in out


@pytest.mark.parametrize(("args", "message"), [
    (["--top", "0"], "--top: must be at least 1"),
    (["--min-share", "1.5"], "--min-share: must be between 0 and 1"),
    (["--jobs", "-1"], "--jobs: must be 0 (one per core) or more"),
])
def test_bad_options_are_one_line(capsys, tmp_path, args, message):
    assert main(["scan", str(ORIGINAL), str(tmp_path), *args]) == 2
    assert capsys.readouterr().err == f"verso: {message}\n"


def test_an_unreadable_original_is_one_line(capsys, tmp_path):
    assert main(["scan", str(tmp_path / "missing.txt"), str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"verso: {tmp_path / 'missing.txt'}: no such file\n"


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal_only(capsys, scan_folder):
    from argparse import Namespace

    from app.engine.options import CompareOptions
    from app.scan.command import run_scan

    args = Namespace(original=str(ORIGINAL), paths=[str(scan_folder)], format="json", top=None, min_share=0.0,
                     jobs=1, facts=False, read_as="auto")
    out, err = io.StringIO(), _Terminal()
    assert run_scan(args, CompareOptions(), out, err) == 0
    assert "/8 documents" in err.getvalue() and err.getvalue().endswith("\r\033[K")
    assert "\r" not in out.getvalue()
    bar = _Progress(_Terminal(), total=4)
    collector = Collector(counts=Counts(documents=4, borrowed=1, unreadable=1))
    bar.update(None, collector)
    assert "[████████████████████████████] 4/4 documents · 1 borrowed · 1 unreadable" in bar.stream.getvalue()
