"""The one runner (ui/jobs/runner.py): answers on the GUI thread, supersession, cancelling,
a memory ceiling and a timeout for child jobs, and no Qt call off the GUI thread."""

from __future__ import annotations

import sys
import threading
import time

import pytest

from tests.ui import runaway_jobs
from ui.jobs import child_process
from ui.jobs.runner import GIB, Job, Limits, Runner, Stopped, describe_stop


def _answers(runner: Runner, name: str, work, out: list) -> Job:  # type: ignore[no-untyped-def, type-arg]
    return runner.submit(name, work, lambda value, error: out.append((value, error, threading.current_thread())))


def test_the_answer_comes_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = Runner()
    out: list = []  # type: ignore[type-arg]
    ran: list[threading.Thread] = []
    _answers(runner, "a", lambda job: ran.append(threading.current_thread()) or 42, out)
    assert runner.busy("a")
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out[0][:2] == (42, None) and out[0][2] is threading.main_thread()
    assert ran[0] is not threading.main_thread() and not runner.busy()


def test_a_newer_job_of_the_same_name_supersedes(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = Runner()
    out: list = []  # type: ignore[type-arg]
    gate = threading.Event()
    first = _answers(runner, "a", lambda job: gate.wait(5) and "old", out)
    _answers(runner, "a", lambda job: "new", out)
    _answers(runner, "b", lambda job: "other name", out)
    assert first.cancelled.is_set()
    gate.set()
    qtbot.waitUntil(lambda: len(out) == 2, timeout=5000)
    assert runner.wait(5000)
    qtbot.wait(50)
    assert sorted(v for v, _e, _t in out) == ["new", "other name"]


def test_errors_are_handed_to_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = Runner()
    out: list = []  # type: ignore[type-arg]
    _answers(runner, "a", lambda job: 1 / 0, out)
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out[0][0] is None and isinstance(out[0][1], ZeroDivisionError)


def test_a_cancelled_child_job_ends_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = Runner()
    out: list = []  # type: ignore[type-arg]
    job = _answers(runner, "slow", lambda job: job.child(runaway_jobs.sleep, (30,), Limits()), out)
    time.sleep(0.5)
    started = time.perf_counter()
    runner.cancel("slow")
    assert job.cancelled.is_set() and runner.wait(5000)
    assert time.perf_counter() - started < 3
    qtbot.wait(50)
    assert out == []  # nobody wanted it


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux only")
def test_a_job_past_its_memory_ceiling_is_stopped() -> None:
    limits = Limits(memory=200 << 20, seconds=60)
    with pytest.raises(Stopped) as stop:
        child_process.run(runaway_jobs.grow, (2000,), None, limits.memory, limits.seconds)
    assert stop.value.reason in ("memory", "died")
    assert child_process.run(runaway_jobs.grow, (50,), None, limits.memory, limits.seconds) == 50  # a fresh child


def test_a_job_past_its_timeout_is_stopped() -> None:
    started = time.perf_counter()
    with pytest.raises(Stopped) as stop:
        child_process.run(runaway_jobs.sleep, (60,), None, None, 1.0)
    assert stop.value.reason == "time" and time.perf_counter() - started < 5
    assert child_process.run(runaway_jobs.echo, ("fine",), None, None, 5.0) == "fine"


def test_a_stopped_job_is_one_clear_line(qapp) -> None:  # type: ignore[no-untyped-def]
    lines = [describe_stop(Stopped("time", 120.0), "The comparison"),
             describe_stop(Stopped("memory", 3 * GIB), "The facts check"),
             describe_stop(Stopped("died"), "The comparison")]
    assert lines[0] == "The comparison was stopped after 120 seconds"
    assert "more than 3 GB of memory" in lines[1]
    assert all("\n" not in line for line in lines)


def test_jobs_make_no_qt_call_off_the_gui_thread(qtbot, long_texts) -> None:  # type: ignore[no-untyped-def]
    """Comparing and checking facts in the window: no PySide function runs in another thread."""
    from PySide6.QtCore import QCoreApplication, QObject

    from app import Document
    from ui.jobs.compare import CompareWorker, Request
    from ui.panels.facts import FactsWorker

    calls: list[str] = []

    def profile(frame, event, arg):  # type: ignore[no-untyped-def]
        # A Qt function or method reads "<built-in method X of PySide6.QtCore.Y object>" (a
        # static one: "of Shiboken.ObjectType"); making a QObject is no call of its own, but
        # anything done with it is.
        if event == "c_call" and threading.current_thread() is not threading.main_thread():
            text = repr(arg)
            if "PySide6" in text or "Shiboken" in text or "shiboken6" in text:
                calls.append(text)

    threading.setprofile(profile)
    try:
        probe = threading.Thread(target=lambda: (QCoreApplication.translate("x", "y"),
                                                 QObject().setObjectName("made off the GUI thread")))
        probe.start()
        probe.join()
        assert len(calls) == 2, calls  # the check sees Qt calls in a thread
        calls.clear()
        runner = Runner()
        worker = CompareWorker(runner=runner)
        facts = FactsWorker(runner=runner)
        results: list = []  # type: ignore[type-arg]
        reports: list = []  # type: ignore[type-arg]
        worker.finished.connect(results.append)
        facts.finished.connect(lambda c, r: reports.append(r))
        worker.submit(Request(Document.from_text(long_texts[0], "a"), Document.from_text(long_texts[1], "b")))
        qtbot.waitUntil(lambda: bool(results), timeout=20000)
        facts.submit(results[0].comparison)
        qtbot.waitUntil(lambda: bool(reports), timeout=20000)
        runner.wait(5000)
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
    assert results[0].error is None and not isinstance(reports[0], str)
    assert calls == []
