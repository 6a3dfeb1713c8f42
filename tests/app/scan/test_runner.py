"""Running a scan: the same ranked report in one process or a pool, --top, --min-share, Ctrl+C."""

import os

import pytest

from app.documents import read_document
from app.scan.pairs import make_job, scan_batch
from app.scan.records import CopyResult, Rejected, Unreadable
from app.scan.runner import Collector, collect, outcomes
from tests.app.scan.conftest import ORIGINAL


@pytest.fixture(scope="module")
def job():
    return make_job(read_document(ORIGINAL))


def _ranked(report, root):
    return [os.path.relpath(c.path, root) for c in report.copies]


def test_copies_ranked_unreadable_listed_unrelated_left_out(job, scan_folder):
    report = collect(job, outcomes(job, [str(scan_folder)], jobs=1))
    # The rewrite reuses a larger share of its text (45%, reworded) than the press copy (43%, verbatim).
    assert _ranked(report, scan_folder) == ["nested/deeper/verbatim.md", "rewrite.txt", "nested/press.txt"]
    verbatim, rewrite, press = report.copies
    assert verbatim.reused == 1.0 and verbatim.covered == 1.0 and len(verbatim.passages) == 1
    assert 0.1 <= press.covered <= 0.3 and len(press.passages) == 2
    assert rewrite.count("changed") > 0 and rewrite.covered > 0.5
    assert [(os.path.basename(u.path), u.reason) for u in report.unreadable] == [
        ("broken.txt", "this looks like a binary file, not text")]
    c = report.counts
    assert (c.documents, c.borrowed, c.unreadable, c.skipped) == (8, 3, 1, 1)
    assert c.candidates < 6  # the four texts on other stories are set aside before the comparison
    assert not report.interrupted


def test_a_pool_gives_the_same_report(job, scan_folder):
    alone = collect(job, outcomes(job, [str(scan_folder)], jobs=1))
    pooled = collect(job, outcomes(job, [str(scan_folder)], jobs=2))
    assert pooled.copies == alone.copies
    assert pooled.unreadable == alone.unreadable and pooled.counts == alone.counts


def test_top_and_min_share(job, scan_folder):
    items = list(outcomes(job, [str(scan_folder)], jobs=1))
    top = collect(job, iter(items), top=1)
    assert _ranked(top, scan_folder) == ["nested/deeper/verbatim.md"]
    assert top.counts.borrowed == 3  # counted, if not listed
    # The press copy reused 43% of its own text, but covers only a little of the original.
    assert len(collect(job, iter(items), min_share=0.4).copies) == 3
    half = collect(job, iter(items), min_share=0.5)
    assert _ranked(half, scan_folder) == ["nested/deeper/verbatim.md", "rewrite.txt"]
    assert _ranked(collect(job, iter(items), min_share=0.99), scan_folder) == ["nested/deeper/verbatim.md"]


def test_top_keeps_memory_bounded():
    collector = Collector(top=2)
    for n in range(500):
        collector.add(_copy(f"{n:03d}.txt", reused=n / 1000))
    assert len(collector._kept) < 2 * 2 + 64 + 1
    assert [c.path for c in collector.ranked()] == ["499.txt", "498.txt"]


def test_ties_rank_by_covered_then_path():
    collector = Collector()
    for path, covered in (("b.txt", 0.5), ("a.txt", 0.5), ("c.txt", 0.9)):
        collector.add(_copy(path, reused=0.4, covered=covered))
    assert [c.path for c in collector.ranked()] == ["c.txt", "a.txt", "b.txt"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_stops_the_scan_with_what_was_done(job, scan_folder, jobs):
    seen = []

    def interrupt(item, collector):
        seen.append(item)
        if len(seen) == 3:
            raise KeyboardInterrupt

    items = outcomes(job, [str(scan_folder)], jobs=jobs)
    report = collect(job, items, on_item=interrupt)
    assert report.interrupted
    assert report.counts.documents + report.counts.skipped == 3
    with pytest.raises(StopIteration):  # the pool was ended: nothing more comes
        next(items)


def test_scan_batch_maps_one_document_at_a_time(job, scan_folder):
    paths = [str(scan_folder / n) for n in ("rewrite.txt", "football.txt", "broken.txt", "missing.txt")]
    kinds = [type(o) for o in scan_batch(job, paths)]
    assert kinds == [CopyResult, Rejected, Unreadable, Unreadable]


def test_an_engine_failure_on_one_document_does_not_end_the_scan(job, scan_folder, monkeypatch):
    import app.scan.pairs as pairs

    def broken(*_args, **_kwargs):
        raise ValueError("engine bug")

    monkeypatch.setattr(pairs, "compare", broken)
    (outcome,) = scan_batch(job, [str(scan_folder / "rewrite.txt")])
    assert outcome == Unreadable(str(scan_folder / "rewrite.txt"), "could not be compared (ValueError: engine bug)")


def _copy(path, reused, covered=0.5):
    from app.scan.records import Passage

    passage = Passage((0, 1), (0, 1), 1.0, "a", "a", (1,))
    return CopyResult(path, path, "", 10, reused, covered, (passage,), (), 0.0, 0.0, 0.0)


def test_records_already_read_as_text_give_the_same_outcomes(job, scan_folder):
    from app.scan.pairs import scan_texts

    names = ("rewrite.txt", "football.txt", "nested/press.txt")
    from_files = scan_batch(job, [str(scan_folder / n) for n in names])
    from_texts = scan_texts(job, [(str(scan_folder / n), (scan_folder / n).read_text("utf-8")) for n in names])
    assert [type(o) for o in from_texts] == [CopyResult, Rejected, CopyResult]
    for a, b in zip(from_files, from_texts, strict=True):
        if isinstance(a, CopyResult):
            assert (a.reused, a.covered, a.passages) == (b.reused, b.covered, b.passages)
