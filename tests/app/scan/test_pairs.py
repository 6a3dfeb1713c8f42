"""The per-document work of a scan (app/scan/pairs.py)."""

from __future__ import annotations

from app.documents import document_from_string, read_document
from app.scan.pairs import compare_copy, make_job
from app.scan.records import CopyResult
from tests.app.scan.conftest import ORIGINAL


def test_a_copy_with_too_many_facts_is_ranked_without_them() -> None:
    # The facts check's budget refused the copy, and the scan listed it as unreadable ("could not
    # be compared ... the comparison itself is unaffected"), its comparison lost.
    original = read_document(ORIGINAL)
    copy = document_from_string(original.text + "\n\n" + "1 2 " * 25_000, "dense.txt")
    result = compare_copy(make_job(original, facts=True), copy, "dense.txt")
    assert isinstance(result, CopyResult)
    assert result.facts is None and result.fact_count("altered") is None
    assert result.reused > 0
