"""Engine quality on pairgen's development pairs: the targets of issue 2, as a regression guard."""

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

from app import compare
from app.documents import read_document

SHARED = Path(__file__).resolve().parents[4] / "shared"
PAIRGEN = SHARED / "tools" / "pairgen.py"


@pytest.mark.skipif(not PAIRGEN.is_file(), reason="../shared/tools/pairgen.py is not beside this checkout")
def test_development_pairs_meet_the_targets(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("pairgen", PAIRGEN)
    pairgen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pairgen)
    pairgen.make(SHARED / "corpus" / "bbc", tmp_path, 3, 25)

    def in_process(command, **_):
        result = compare(read_document(command[-2]), read_document(command[-1]))
        return subprocess.CompletedProcess(command, 0, json.dumps(result.to_dict()), "")

    monkeypatch.setattr(pairgen.subprocess, "run", in_process)
    report = pairgen.score(tmp_path, ["verso"])
    for kind in ("omitted", "added", "duplicated"):
        assert report[kind]["f1"] >= 0.97, (kind, report)
    for kind in ("changed", "moved"):
        assert report[kind]["matched"] >= 0.97, (kind, report)
    assert report["clauses"]["matched"] >= 0.95, report
