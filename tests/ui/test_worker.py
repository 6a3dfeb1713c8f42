"""The background worker: results arrive on the GUI thread, newer requests win, errors are lines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread

from app import Document
from ui.jobs.compare import CompareWorker, Request


def collect(worker: CompareWorker) -> list:  # type: ignore[type-arg]
    results: list = []  # type: ignore[type-arg]
    worker.finished.connect(results.append)
    return results


def test_result_comes_back_on_the_gui_thread(qtbot, long_texts) -> None:  # type: ignore[no-untyped-def]
    worker = CompareWorker()
    results = collect(worker)
    worker.submit(Request(Document.from_text(long_texts[0], "a"),
                          Document.from_text(long_texts[1], "b")))
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    result = results[0]
    assert result.error is None and result.comparison is not None
    for qdoc in (result.left_qdoc, result.right_qdoc):
        assert qdoc.thread() is QThread.currentThread()
    assert not worker.busy
    worker.wait()


def test_no_qobject_is_made_off_the_gui_thread(qtbot, long_texts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # PySide holds the GIL through some Qt calls that take Qt's shared signal-slot locks; a
    # worker making the layout or moving a document could so deadlock with the GUI thread
    # (tests/ui hung one run in a few). Documents are built on the GUI thread.
    import threading

    import ui.panes.highlighting

    threads: list[str] = []
    real = ui.panes.highlighting.QTextDocument

    def made(*args):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(ui.panes.highlighting, "QTextDocument", made)
    worker = CompareWorker()
    results = collect(worker)
    worker.submit(Request(Document.from_text(long_texts[0], "a"), Document.from_text(long_texts[1], "b")))
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert threads == [threading.main_thread().name] * 2
    worker.wait()


def test_a_long_pair_is_built_in_steps_between_events(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    import ui.jobs.compare
    from tests.ui.conftest import long_pair
    from ui.panes.highlighting import build_document

    monkeypatch.setattr(ui.jobs.compare, "SHORT", 1000)  # the 40-paragraph pair counts as long
    monkeypatch.setattr(ui.jobs.compare, "STEP_MS", 0)  # one step a turn of the event loop
    monkeypatch.setattr(ui.panes.highlighting, "FORMAT_STEP", 5)
    left, right = long_pair(120)
    worker = CompareWorker()
    results = collect(worker)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(len(results)))
    timer.start(0)
    worker.submit(Request(Document.from_text(left, "a"), Document.from_text(right, "b")))
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    timer.stop()
    result = results[0]
    assert worker.busy is False and ticks.count(0) > 10  # events ran while it was built
    for side in ("left", "right"):
        whole = build_document(result.comparison.document(side), result.comparison, side, False)
        assert getattr(result, f"{side}_qdoc").toHtml() == whole.toHtml()
    worker.wait()


def test_a_pair_of_many_short_lines_counts_as_long() -> None:
    # 24,000 tiny blocks a side are 0.1 MB of text but 2 us a block to build: built at once,
    # the pair held the window 153 ms. A line counts as LINE_COST characters.
    from app import compare
    from ui.jobs.compare import SHORT, build_size, is_long

    text = "ab\n\n" * 12_000
    assert len(text) * 2 < SHORT
    assert is_long(compare(Document.from_text(text, "a"), Document.from_text(text + "c", "b")))
    assert build_size("word " * 100, "x\n\u2029") == 500 + 3 + 2 * 20
    assert not is_long(compare(Document.from_text("word " * 100, "a"), Document.from_text("word " * 99, "b")))


def test_a_newer_request_supersedes_older_ones(qtbot, long_texts) -> None:  # type: ignore[no-untyped-def]
    worker = CompareWorker()
    results = collect(worker)
    busy: list[bool] = []
    worker.busy_changed.connect(busy.append)
    for i in range(4):
        worker.submit(Request(Document.from_text(long_texts[0], f"a{i}"),
                              Document.from_text(long_texts[1], f"b{i}")))
    qtbot.waitUntil(lambda: not worker.busy, timeout=15000)
    worker.wait()
    qtbot.wait(50)
    assert [r.left.name for r in results] == ["a3"]
    assert busy[0] is True and busy[-1] is False


def test_unreadable_file_is_one_clear_line(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    worker = CompareWorker()
    results = collect(worker)
    worker.submit(Request(str(tmp_path), Document.from_text("x", "b")))
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results[0].error_side == "left"
    assert tmp_path.name in results[0].error and "\n" not in results[0].error
    worker.wait()
