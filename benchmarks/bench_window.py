"""Window speed: start-up against a bare PySide6 window, stepping through differences, stalls.

Every measurement runs in its own offscreen subprocess (``python -m
benchmarks.bench_window MODE``) so Qt state never leaks between them or
into the runner.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

Row = tuple[str, str, str, bool]
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
STARTS = 5

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("bare window")
w.resize(1400, 900)
w.show()
def done():
    w.repaint()
    print("painted", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

VERSO = """
import sys
import ui.main
real_start = ui.main.start
def start(paths):  # the window as the ``verso ORIGINAL COPY`` command makes it, before its event loop
    app, w = real_start(paths)
    def shown(_result):  # connected after the window's own slot: the comparison is on screen
        w.repaint()
        print("painted", flush=True)
        app.quit()
    w.worker.finished.connect(shown)
    return app, w
ui.main.start = start
from ui.launcher import main  # what the ``verso`` command runs (pyproject [project.scripts])
sys.exit(main(sys.argv[1:3]))
"""


def _env(settings_dir: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=settings_dir)
    # An installed app starts from cached bytecode; a caller's PYTHONDONTWRITEBYTECODE
    # would make every start recompile Verso's modules (PySide6's are precompiled).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _time_to_paint(code: str, args: list[str]) -> float:
    """Seconds from starting a Python process to its "painted" line (its exit is not counted)."""
    with tempfile.TemporaryDirectory() as settings_dir:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=_env(settings_dir), cwd=ROOT)
        assert proc.stdout is not None
        painted = next((time.perf_counter() for line in proc.stdout if "painted" in line), None)
        _out, err = proc.communicate(timeout=120)
    if painted is None:
        raise RuntimeError(f"window did not paint: {err[-500:]}")
    return painted - start


def startup() -> Row:
    pair = [str(SAMPLES / "putin-minerals-bbc.txt"), str(SAMPLES / "putin-minerals-rewrite.txt")]
    _time_to_paint(BARE, [])  # warm the disk cache for both
    _time_to_paint(VERSO, pair)
    bare = statistics.median(_time_to_paint(BARE, []) for _ in range(STARTS))
    verso = statistics.median(_time_to_paint(VERSO, pair) for _ in range(STARTS))
    ratio = verso / bare
    return (f"start to painted window, sample pair (bare {bare:.2f} s, verso {verso:.2f} s)",
            f"{ratio:.2f}x", "<= 3x", ratio <= 3.0)


def _child(mode: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as settings_dir:
        proc = subprocess.run([sys.executable, "-m", "benchmarks.bench_window", mode],
                              capture_output=True, text=True, timeout=600,
                              env=_env(settings_dir), cwd=ROOT)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{mode} failed: {proc.stderr[-800:]}")
    return json.loads(lines[-1])


def stepping() -> Row:
    r = _child("step")
    return (f"step through all {int(r['steps'])} differences, {int(r['kb'])} KB pair (median; "
            f"p95 {r['p95']:.1f} ms)", f"{r['median']:.1f} ms", "<= 16 ms", r["median"] <= 16)


def stall() -> Row:
    runs = [_child("stall") for _ in range(3)]  # a shared 2-core machine: median of 3 opens
    stalls = sorted(r["stall"] for r in runs)
    r = runs[0]
    return (f"max event-loop stall opening a {int(r['kb'])} KB pair, median of 3 "
            f"({', '.join(f'{s:.0f}' for s in stalls)} ms; ready in {r['ready']:.1f} s)",
            f"{stalls[1]:.0f} ms", "<= 100 ms", stalls[1] <= 100)


def run() -> list[Row]:
    return [startup(), stepping(), stall()]


# ---- children ---------------------------------------------------------------------


def _window(left: str, right: str):  # type: ignore[no-untyped-def]
    from app import Document
    from ui.main import create_app
    from ui.shell.main_window import MainWindow

    app = create_app([sys.argv[0]])
    win = MainWindow()
    win.resize(1400, 900)
    win.show()
    app.processEvents()
    return app, win, Document.from_text(left, "original.txt"), Document.from_text(right, "copy.txt")


def _wait(app, cond, timeout: float = 300) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.001)


def child_step() -> dict[str, float]:
    from benchmarks.corpus_pairs import concatenated

    left, right = concatenated(400 * 1024)
    app, win, ldoc, rdoc = _window(left, right)
    win.load_pair(ldoc, rdoc)
    _wait(app, lambda: win.comparison is not None)
    _wait(app, lambda: all(v.laid_out for v in win.views.values()))
    times = []
    for _ in range(len(win.order)):
        start = time.perf_counter()
        win.stepper.next_difference()
        app.processEvents()  # includes the repaint of panes, link map, overview and list
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"median": statistics.median(times), "p95": times[int(len(times) * 0.95)],
            "steps": len(times), "kb": len(left.encode()) / 1024}


def child_stall() -> dict[str, float]:
    from PySide6.QtCore import QTimer

    from benchmarks.corpus_pairs import concatenated

    left, right = concatenated(1024 * 1024)
    with tempfile.TemporaryDirectory() as d:
        lp, rp = Path(d) / "original.txt", Path(d) / "copy.txt"
        lp.write_text(left, encoding="utf-8")
        rp.write_text(right, encoding="utf-8")
        app, win, _l, _r = _window("", "")
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(5)
        start = time.perf_counter()
        win.load_pair(str(lp), str(rp))  # as File → Open or a drop would
        _wait(app, lambda: win.comparison is not None)
        _wait(app, lambda: all(v.laid_out for v in win.views.values()))
        ready = time.perf_counter() - start
        end = time.perf_counter() + 0.5  # and a little reading afterwards
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        win.views["right"].verticalScrollBar().setValue(10_000)
        app.processEvents()
        tick()
    return {"stall": max(gaps) * 1000, "ready": ready, "kb": len(left.encode()) / 1024}


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "step":
        print(json.dumps(child_step()))
    elif mode == "stall":
        print(json.dumps(child_stall()))
    else:
        for row in run():
            print(row)
