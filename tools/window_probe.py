"""Find what holds the window's GUI thread on a hard text (issue 13), offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/window_probe.py TEXT [--size N] [--jump]
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/window_probe.py --family NAME [--size N]

TEXT is one of the texts below (one long line each, the copy with words put in its
middle). The window opens the pair as File > Open would, is resized twice and scrolled;
the longest gap between ticks of a 5 ms timer is printed. With ``--dump S``, a watchdog
thread prints every thread's stack whenever the GUI thread has not ticked for S seconds
(the Python line shown is the one waiting on Qt). ``--family`` opens a hostile family's
files instead (tests/hostile/families.py, at ``--size`` bytes). ``--jump`` instead opens a 1 MB pair
and moves the right pane's scroll bar to the end before its stepped layout is done, and
prints the GUI-thread CPU of that turn (330-680 ms on 2026-12-03, when Qt laid out all
above it; 16-23 ms once the pane showed a band there until its stepped layout arrived).
"""

from __future__ import annotations

import argparse
import faulthandler
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXTS: dict[str, Callable[[int], str]] = {
    "latin": lambda n: "word " * (n // 5),
    "nospace": lambda n: "a" * n,
    "arabic": lambda n: "مرحبا بالعالم " * (n // 14),
    "thai": lambda n: "สวัสดีครับ" * (n // 10),
    "cjk": lambda n: "漢字かな" * (n // 4),
    "bidi": lambda n: "\u202e\u2066abc \u05d0\u05d1\u05d2 " * (n // 12),
    "marks": lambda n: " ".join("a" + "\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307" * 30
                                for _ in range(n // 250)),
    "tabs": lambda n: "\t" * n + "a",
    "lines": lambda n: "a\n" * (n // 2),  # one paragraph of one-letter lines: a Qt block each
    "blank": lambda n: "\n" * n + "a",
    "separators": lambda n: "word\u2029" * (n // 7),  # U+2029: a block to Qt, not a paragraph to Verso
    "cr": lambda n: "word one\r" * (n // 9),
    "nbsp": lambda n: "word\u00a0" * (n // 6),
    "emoji": lambda n: "\U0001F44D\U0001F3FD\U0001F468\u200d\U0001F469\u200d\U0001F467" * (n // 26),
    "mixed": lambda n: "abc\u05d0\u05d1\u05d2" * (n // 9),
}


def _pump(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def _window():  # type: ignore[no-untyped-def]
    from ui.main import create_app
    from ui.shell.main_window import MainWindow

    app = create_app([sys.argv[0]])
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    return app, window


def text_pair(name: str, size: int) -> dict[str, bytes]:
    """One of TEXTS as a pair of files, the copy with words put in its middle."""
    text = TEXTS[name](size)
    copy = text[: len(text) // 2] + " changed words here " + text[len(text) // 2:]
    return {"original.txt": text.encode("utf-8"), "copy.txt": copy.encode("utf-8")}


def family_pair(name: str, size: int) -> dict[str, bytes]:
    """A hostile family's files (tests/hostile/families.py) at ``size``: its first two, or its one twice."""
    from tests.hostile.families import FAMILIES

    family = next(f for f in FAMILIES if f.name == name)
    files = [(n, data) for n, data in family.build(size).items() if not n.endswith(".verso")]
    if len(files) == 1:
        files.append(("copy-" + files[0][0], files[0][1]))
    return dict(files[:2])


def probe(name: str, files: dict[str, bytes], dump: float | None) -> None:
    from PySide6.QtCore import QTimer

    app, window = _window()
    last = [time.perf_counter()]
    gaps: list[float] = []
    cpu = [time.thread_time()]
    cpu_gaps: list[float] = []  # GUI-thread CPU between ticks: what a busy machine does not inflate

    def tick() -> None:
        now, used = time.perf_counter(), time.thread_time()
        gaps.append(now - last[0])
        cpu_gaps.append(used - cpu[0])
        last[0], cpu[0] = now, used

    def watch() -> None:
        told = 0.0
        while True:
            time.sleep(0.02)
            if dump is not None and time.perf_counter() - last[0] > dump and told != last[0]:
                told = last[0]
                sys.stderr.write(f"--- no tick for {time.perf_counter() - last[0]:.2f} s\n")
                faulthandler.dump_traceback(sys.stderr, all_threads=True)

    threading.Thread(target=watch, daemon=True).start()
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    with tempfile.TemporaryDirectory() as folder:
        left, right = (Path(folder) / n for n in files)
        for path, data in zip((left, right), files.values(), strict=True):
            path.write_bytes(data)
        started = time.perf_counter()
        window.load_pair(str(left), str(right))
        app.processEvents()
        while not (window.comparison is not None and all(v.laid_out for v in window.views.values())):
            if time.perf_counter() - started > 120 or not window.worker.busy:
                break  # (not busy: the comparison ended in a message)
            app.processEvents()
            time.sleep(0.001)
        ready = time.perf_counter() - started
        _pump(app, 0.5)
        for width in (900, 1400):
            window.resize(width, 900)
            _pump(app, 0.3)
        window.views["right"].verticalScrollBar().setValue(10_000)
        app.processEvents()
        tick()
    size = max(len(data) for data in files.values())
    print(f"{name}, {size:,} bytes: longest stall {max(gaps) * 1000:.0f} ms"
          f" ({max(cpu_gaps) * 1000:.0f} ms of GUI-thread CPU), ready in {ready:.1f} s"
          + ("" if window.comparison is not None else f" (no comparison: {window.message.label.text()})"))


def jump(shots: str | None) -> None:
    from benchmarks.corpus_pairs import concatenated

    left_text, right_text = concatenated(1024 * 1024)
    app, window = _window()
    with tempfile.TemporaryDirectory() as folder:
        left, right = Path(folder) / "original.txt", Path(folder) / "copy.txt"
        left.write_text(left_text, encoding="utf-8")
        right.write_text(right_text, encoding="utf-8")
        window.load_pair(str(left), str(right))
        while window.comparison is None:
            app.processEvents()
            time.sleep(0.001)
        _pump(app, 0.1)
        view = window.views["right"]
        laid_out = view.laid_out
        bar = view.verticalScrollBar()
        started = time.thread_time()
        bar.setValue(bar.maximum())
        app.processEvents()
        cpu = time.thread_time() - started
        if shots:
            window.grab().save(f"{shots}-during.png")
        turns: list[float] = []  # GUI-thread CPU of each later turn, until both panes are laid out
        began = time.perf_counter()
        while not all(v.laid_out for v in window.views.values()) and time.perf_counter() - began < 60:
            before = time.thread_time()
            app.processEvents()
            turns.append(time.thread_time() - before)
            time.sleep(0.001)
        _pump(app, 0.2)
        if shots:
            window.grab().save(f"{shots}-after.png")
        at_end = bar.value() >= bar.maximum() - view.viewport().height()
    print(f"jump to the end of a 1 MB pair (laid out before: {laid_out}): {cpu * 1000:.0f} ms of GUI-thread CPU;"
          f" then the longest of {len(turns)} turns until laid out {max(turns, default=0) * 1000:.0f} ms;"
          f" the pane at the end after: {at_end}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("text", nargs="?", choices=sorted(TEXTS), default="latin")
    parser.add_argument("--size", type=int, default=300_000)
    parser.add_argument("--dump", type=float, default=None, help="seconds without a tick before stacks are printed")
    parser.add_argument("--family", help="open this hostile family's files instead (tests/hostile/families.py)")
    parser.add_argument("--jump", action="store_true")
    parser.add_argument("--shots", help="with --jump: save the window as SHOTS-during.png and SHOTS-after.png")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.jump:
        jump(args.shots)
    elif args.family:
        probe(args.family, family_pair(args.family, args.size), args.dump)
    else:
        probe(args.text, text_pair(args.text, args.size), args.dump)
    return 0


if __name__ == "__main__":
    sys.exit(main())
