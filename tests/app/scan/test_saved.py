"""A scan kept in a project's view state: the same list back, and nothing trusted blindly."""

import json

from app.documents import read_document
from app.scan.pairs import make_job
from app.scan.runner import collect, outcomes
from app.scan.saved import scan_from_view, scan_to_view
from tests.app.scan.conftest import ORIGINAL


def test_round_trip_through_json(scan_folder):
    job = make_job(read_document(ORIGINAL))
    report = collect(job, outcomes(job, [str(scan_folder)], jobs=1))
    data = json.loads(json.dumps(scan_to_view(report, str(scan_folder))))
    folder, sha, counts, interrupted, copies, unreadable = scan_from_view(data)
    assert (folder, sha, counts, interrupted) == (str(scan_folder), report.original.sha256, report.counts, False)
    assert unreadable == report.unreadable
    for back, first in zip(copies, report.copies, strict=True):
        assert (back.path, back.reused, back.covered, back.counts) == (first.path, round(first.reused, 4),
                                                                      round(first.covered, 4), first.counts)
        assert [(p.left, p.right, p.left_text, p.right_text, p.deleted) for p in back.passages] == [
            (p.left, p.right, p.left_text, p.right_text, p.deleted) for p in first.passages]


def test_what_does_not_fit_is_dropped():
    good = {"path": "a.txt", "name": "a.txt", "sha256": "x", "reused": 0.5, "covered": 0.4,
            "passages": [{"left": [0, 3], "right": [0, 3], "similarity": 1, "original_text": "abc",
                          "copy_text": "abc", "deleted": [[0, 99], "x"], "inserted": []}]}
    data = {"version": 1, "folder": "f", "original_sha256": "s", "counts": {"documents": -3, "borrowed": True},
            "copies": [good, {**good, "reused": 7}, {**good, "path": None}, "junk",
                       {**good, "passages": [{"left": [5, 2]}]}],
            "unreadable": [{"path": "b", "reason": "r"}, {"path": 3}]}
    _folder, _sha, counts, _stopped, copies, unreadable = scan_from_view(data)
    assert counts.documents == 0 and counts.borrowed == 0
    assert len(copies) == 2 and copies[0].passages[0].deleted == () and copies[1].passages == ()
    assert [u.path for u in unreadable] == ["b"]
    assert scan_from_view({"version": 2}) is None and scan_from_view("x") is None
    assert scan_from_view({"version": 1, "folder": 1, "original_sha256": "s"}) is None
