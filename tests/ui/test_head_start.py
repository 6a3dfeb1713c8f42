"""``verso ORIGINAL COPY``: the pair is compared in a child while the window is built (ui/jobs/head_start.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from app import CompareOptions
from tests.ui.conftest import COPY, ORIGINAL
from ui import main
from ui.jobs import child_process, head_start
from ui.jobs.compare import CompareWorker, Request


@pytest.fixture(autouse=True)
def head_starts_end(monkeypatch):  # type: ignore[no-untyped-def]
    """Every head start a test begins is ended after it (a child left waiting would linger)."""
    begun: list[head_start.HeadStart] = []
    real_begin = head_start.begin

    def begin(*args):  # type: ignore[no-untyped-def]
        started = real_begin(*args)
        if started is not None:
            begun.append(started)
        return started

    monkeypatch.setattr(head_start, "begin", begin)
    yield
    for started in begun:
        started.cancel()


def test_the_window_s_first_request_takes_the_child_s_answer(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    taken = []
    real_take = head_start.HeadStart.take
    monkeypatch.setattr(head_start.HeadStart, "take", lambda *a: taken.append(real_take(*a)) or taken[-1])
    window = main.open_window([str(ORIGINAL), str(COPY)])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    assert isinstance(taken[0], child_process.Pending)  # the answer came from the head start
    assert window.sources["left"].name == ORIGINAL.name and window.sources["right"].name == COPY.name
    here = CompareWorker()  # the same request compared in this process gives the same comparison
    with qtbot.waitSignal(here.finished, timeout=20000) as signal:
        here.submit(Request(str(ORIGINAL), str(COPY), window.options))
    assert signal.args[0].comparison.differences == window.comparison.differences
    assert window.summary.text() and window.order  # shown as any other result


def test_a_different_request_ends_the_head_start_and_is_compared_as_asked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    started = head_start.begin(str(ORIGINAL), str(COPY), CompareOptions())
    assert started is not None
    other = tmp_path / "other.txt"
    other.write_text("A different copy. It has two sentences.\n", encoding="utf-8")
    worker = CompareWorker()
    worker.head_start = started
    with qtbot.waitSignal(worker.finished, timeout=20000) as signal:
        worker.submit(Request(str(ORIGINAL), str(other), CompareOptions()))
    assert signal.args[0].right.name == "other.txt"
    assert worker.head_start is None  # the first request had it
    assert started.take(str(ORIGINAL), str(COPY), CompareOptions()) is None  # used up


def test_a_head_start_is_for_the_window_it_was_handed_to(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = head_start.begin(str(ORIGINAL), str(COPY), CompareOptions())
    assert started is not None
    other = CompareWorker()  # another window's worker, asking for the same pair
    with qtbot.waitSignal(other.finished, timeout=20000):
        other.submit(Request(str(ORIGINAL), str(COPY), CompareOptions()))
    pending = started.take(str(ORIGINAL), str(COPY), CompareOptions())
    assert isinstance(pending, child_process.Pending)  # still there for its own window
    pending.cancel()


def test_options_are_part_of_the_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = head_start.begin(str(ORIGINAL), str(COPY), CompareOptions())
    assert started is not None
    assert started.take(str(ORIGINAL), str(COPY), CompareOptions(ignore_case=True)) is None
    assert started.take(str(ORIGINAL), str(COPY), CompareOptions()) is None  # ended by the other request


def test_an_unreadable_file_gives_the_same_message_as_without_a_head_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = str(tmp_path / "gone.txt")
    messages = []
    for head in (True, False):
        worker = CompareWorker()
        if head:
            worker.head_start = head_start.begin(missing, str(COPY), CompareOptions())
            assert worker.head_start is not None
        with qtbot.waitSignal(worker.finished, timeout=20000) as signal:
            worker.submit(Request(missing, str(COPY), CompareOptions()))
        messages.append((signal.args[0].error, signal.args[0].error_side))
    assert messages[0] == messages[1] and messages[0][1] == "left" and "gone.txt" in messages[0][0]


def test_one_core_starts_no_child(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert head_start.begin(str(ORIGINAL), str(COPY), CompareOptions()) is None


def test_no_child_process_available_falls_back_quietly(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    def refuse(*_args):  # type: ignore[no-untyped-def]
        raise child_process.ProcessFailed("no processes here")

    monkeypatch.setattr(child_process, "start", refuse)
    assert head_start.begin(str(ORIGINAL), str(COPY), CompareOptions()) is None
    window = main.open_window([str(ORIGINAL), str(COPY)])  # compared in this process instead
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)


def test_a_project_path_starts_no_head_start(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    begun = []
    monkeypatch.setattr(head_start, "begin", lambda *a: begun.append(a))
    window = main.open_window([str(tmp_path / "a.verso"), str(COPY)])
    qtbot.addWidget(window)
    assert begun == []


def test_the_window_is_first_shown_with_its_comparison(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The fallback deadline has a test of its own; a machine loaded by other work must not let it
    # show the window before a comparison that is on its way.
    monkeypatch.setattr(main, "SHOW_BY_MS", 20000)
    window = main.open_window([str(ORIGINAL), str(COPY)])
    qtbot.addWidget(window)
    at_show = []

    class Watch(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Show and watched is window:
                at_show.append(window.comparison is not None)
            return False

    watch = Watch(window)
    window.installEventFilter(watch)
    main.show_when_compared(window)
    assert not window.isVisible()
    qtbot.waitUntil(window.isVisible, timeout=20000)
    assert at_show == [True]  # shown, and so first painted, with its comparison in place


def test_a_window_whose_comparison_is_slow_is_shown_by_the_deadline(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main, "SHOW_BY_MS", 50)
    window = main.open_window([])  # nothing to compare: no result will come
    qtbot.addWidget(window)
    main.show_when_compared(window)
    qtbot.waitUntil(window.isVisible, timeout=2000)
