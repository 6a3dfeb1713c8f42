"""Long jobs in child processes (ui/jobs/child_process.py): same answers as in this process, cancellable."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from app import CompareOptions, Document, compare
from app.documents import read_document
from app.facts import check_facts
from tests.ui.conftest import COPY, ORIGINAL
from ui.jobs import child_jobs, child_process, forked
from ui.jobs.compare import CompareWorker, Request
from ui.panels import facts as fp


@pytest.fixture(scope="module")
def sample():  # type: ignore[no-untyped-def]
    return compare(read_document(ORIGINAL), read_document(COPY))


def test_reading_and_comparing_in_a_child_gives_the_same_comparison(sample) -> None:  # type: ignore[no-untyped-def]
    answer = child_process.run(child_jobs.read_and_compare, (str(ORIGINAL), str(COPY), CompareOptions()))
    assert answer[0] == "ok"
    left, right, comparison = child_jobs.unpickle_comparison(answer[1])
    assert left.text == sample.left.text and right.text == sample.right.text
    assert comparison.differences == sample.differences
    assert comparison.summary == sample.summary
    assert comparison.left is left and comparison.right is right
    assert answer[2]["left"] == len(sample.left.text.split())


def test_a_side_that_cannot_be_read_is_reported_by_side(tmp_path: Path) -> None:
    answer = child_process.run(child_jobs.read_and_compare, (str(tmp_path), Document.from_text("x", "b"),
                                                       CompareOptions()))
    assert answer[0] in ("document", "os") and answer[1] == "left"


def test_a_file_that_cannot_be_read_is_named_by_its_file_name(tmp_path: Path) -> None:
    # As the comparison's refusals are ("b.txt: too many sentences..."), not by the path as given.
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02 not text \x00\xff" * 20)
    answer = child_jobs.read_and_compare(str(binary), Document.from_text("x", "b"), CompareOptions())
    assert answer[0] == "document" and answer[1] == "left"
    assert answer[2].startswith("scan.txt: ") and str(tmp_path) not in answer[2]


def test_a_side_with_more_sentences_than_a_comparison_takes_is_reported_by_side(monkeypatch) -> None:
    import app.engine.compare

    monkeypatch.setattr(app.engine.compare, "MAX_SENTENCES", 3)
    short, long = Document.from_text("One. Two.", "a.txt"), Document.from_text("One. Two. Three. Four.", "b.txt")
    answer = child_jobs.read_and_compare(short, long, CompareOptions())
    assert answer[0] == "document" and answer[1] == "right"
    assert answer[2] == "b.txt: too many sentences to compare (4; the limit is 3 a text)"


def test_facts_checked_in_a_child_equal_those_checked_here(sample) -> None:  # type: ignore[no-untyped-def]
    assert child_process.run(child_jobs.check_facts, (sample,)) == check_facts(sample)


def test_a_failing_job_raises_its_text() -> None:
    doc = Document.from_text("Some text.", "a")
    with pytest.raises(child_process.JobFailed, match="has no attribute"):
        child_process.run(child_jobs.read_and_compare, (doc, doc, "not options"))


def test_cancelling_ends_the_child_at_once() -> None:
    cancelled = threading.Event()
    text = "Sentence number {} is here, with 1,000 and £2m in 2020. " * 1
    # 20,000 sentences: long to compare, under the engine's budget (app.engine.compare.MAX_SENTENCES).
    doc = Document.from_text(" ".join(text.format(i) for i in range(20000)), "long")
    started = time.perf_counter()
    threading.Timer(0.3, cancelled.set).start()
    with pytest.raises(child_process.Cancelled):
        child_process.run(child_jobs.read_and_compare, (doc, doc, CompareOptions()), cancelled)
    assert time.perf_counter() - started < 5


def test_the_worker_compares_long_texts_in_a_child(qtbot, monkeypatch, sample) -> None:  # type: ignore[no-untyped-def]
    calls = []
    real = child_process.run
    monkeypatch.setattr(child_process, "run", lambda *a: calls.append(a[0]) or real(*a))
    worker = CompareWorker()
    results: list = []  # type: ignore[type-arg]
    worker.finished.connect(results.append)
    worker.submit(Request(str(ORIGINAL), str(COPY)))
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    result = results[0]
    assert calls == [child_jobs.read_and_compare]
    assert result.error is None and result.comparison.differences == sample.differences
    assert result.left_qdoc is not None and result.left_qdoc.toPlainText()
    # The bytes the child sent are handed on to the fact check as they came (ui/review/derived.py).
    assert result.derived is not None and result.derived.comparison is result.comparison
    assert child_jobs.unpickle_comparison(result.derived.pickled)[2].differences == sample.differences
    worker.submit(Request(str(Path(ORIGINAL).parent), str(COPY)))  # a folder: one clear line
    qtbot.waitUntil(lambda: len(results) == 2, timeout=20000)
    assert results[1].error_side == "left" and "\n" not in results[1].error
    worker.wait()


def test_the_facts_worker_checks_long_texts_in_a_child(qtbot, monkeypatch, sample) -> None:  # type: ignore[no-untyped-def]
    worker = fp.FactsWorker()
    got = []
    worker.finished.connect(lambda comparison, report: got.append((comparison, report)))
    other = compare(Document.from_text("He paid $5m in 2020.", "a"),
                    Document.from_text("He paid $6m in 2021.", "b"))
    worker.submit(sample)
    worker.submit(other)  # ends the first check's child
    qtbot.waitUntil(lambda: not worker.busy, timeout=20000)
    assert len(got) == 1 and got[0][0] is other
    assert got[0][1] == check_facts(other)
    assert worker.wait(5000)


FORKED = r"""
import gc, sys, time
from ui.jobs import child_process
gc.disable()  # as ui.main.start has it while the window is built
child_process.prestart()
child = child_process._idle[0]
assert "multiprocessing" not in sys.modules
print(type(child.process).__name__, child_process.run(gc.isenabled, ()), child_process.run(sorted, ("ba",)))
child_process.prestart()  # the child that answered waits again: no other is started
assert child_process._idle == [child]
child.conn.close()  # the window's end gone: the child must see it (it closed its copy of it)
child.process.join(10)
print("ended", not child.process.is_alive())
"""


def test_the_child_started_before_qt_is_forked_and_ends_with_its_window() -> None:
    # Forked (Linux) while the process has no Qt and one thread: no interpreter start-up, no
    # resource tracker, no multiprocessing. It collects garbage though the window's start-up
    # does not, and it ends when the window's end of the pipe closes (a fork inherits that end:
    # the child must shut its copy).
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, "-c", FORKED], capture_output=True, text=True, timeout=60,
                          env=env, cwd=root)
    assert proc.returncode == 0, proc.stderr[-2000:]
    kind = "ForkedProcess" if sys.platform.startswith("linux") else "SpawnProcess"
    assert proc.stdout.split() == [kind, "True", "['a',", "'b']", "ended", "True"]


def test_a_child_started_once_qt_is_loaded_is_spawned() -> None:
    import PySide6.QtCore  # noqa: F401  (loaded in this test process anyway)

    assert not forked.safe()


def test_a_child_whose_window_went_away_mid_job_ends_quietly() -> None:
    # It printed two tracebacks to the terminal: the answer's BrokenPipeError, then the same
    # from sending the error about it.
    from ui.jobs import child_process

    class GoneWindow:
        def __init__(self) -> None:
            self.jobs = [(len, ("abc",), None)]

        def poll(self, _timeout: float = 0.0) -> bool:
            return True

        def recv(self) -> Any:
            return self.jobs.pop() if self.jobs else None

        def send(self, _answer: Any) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    child_process._serve(GoneWindow(), ())  # returns; raised BrokenPipeError before
