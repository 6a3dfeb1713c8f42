"""Engine speed: the sample pair, growth from 100 KB to 800 KB, and a plain word diff for scale.

Times are single runs (best of a few for the short ones) on a noisy machine, so
the targets are ratios and growth factors wherever the issue allows.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from itertools import pairwise

from diff_match_patch import diff_match_patch

from app import compare
from app.documents import read_document
from app.engine.tokens import DIFF_TOKEN
from benchmarks.corpus_pairs import ROOT, available, concatenated

Row = tuple[str, str, str, bool]
SIZES_KB = (100, 200, 400, 800)


def best_time(fn, repeat: int = 1) -> float:
    """The best of ``repeat`` runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def sample_pair() -> Row:
    samples = ROOT / "resources" / "samples"
    left = read_document(samples / "putin-minerals-bbc.txt")
    right = read_document(samples / "putin-minerals-rewrite.txt")
    compare(left, right)  # warm caches, as a running app would be
    times = []
    for _ in range(25):
        start = time.perf_counter()
        compare(left, right)
        times.append(time.perf_counter() - start)
    ms = statistics.median(times) * 1000
    return ("sample pair, in-process (median of 25)", f"{ms:.1f} ms", "<= 30 ms", ms <= 30)


def growth() -> list[Row]:
    rows: list[Row] = []
    times = {}
    for kb in SIZES_KB:
        left, right = concatenated(kb * 1024)
        times[kb] = best_time(lambda left=left, right=right: compare(left, right), repeat=3)
        rows.append((f"{kb} KB pair ({len(left) // 1024} KB / {len(right) // 1024} KB)",
                     f"{times[kb]:.2f} s", "<= 2 s" if kb == 800 else "-", kb != 800 or times[kb] <= 2.0))
    for small, big in pairwise(SIZES_KB):
        ratio = times[big] / times[small]
        rows.append((f"growth {small} -> {big} KB", f"{ratio:.2f}x", "<= 2.2x", ratio <= 2.2))
    left, right = concatenated(800 * 1024)
    tracemalloc.start()
    compare(left, right)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rows.append(("peak memory, 800 KB pair (tracemalloc)", f"{peak / 2**20:.0f} MiB", "printed", True))
    return rows


def plain_word_diff(left: str, right: str) -> None:
    """What a code diff would do: every word of both documents, one character each, diffed whole."""
    table: dict[str, str] = {}

    def encode(text: str) -> str:
        return "".join(table.setdefault(t, chr(0x100 + len(table))) for t in DIFF_TOKEN.findall(text))

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    dmp.diff_main(encode(left), encode(right), False)


def against_plain_diff() -> list[Row]:
    left, right = concatenated(50 * 1024)
    ours = best_time(lambda: compare(left, right), repeat=3)
    theirs = best_time(lambda: plain_word_diff(left, right))
    ratio = theirs / ours
    return [("50 KB pair: verso", f"{ours * 1000:.0f} ms", "-", True),
            ("50 KB pair: plain word-level diff-match-patch, no timeout", f"{theirs:.1f} s", "-", True),
            ("50 KB pair: speed-up over the plain diff", f"{ratio:.0f}x", ">= 100x", ratio >= 100)]


def run() -> list[Row]:
    rows = [sample_pair()]
    if not available():
        return [*rows, ("large pairs", "skipped: ../shared/corpus is not beside this checkout", "-", True)]
    return rows + growth() + against_plain_diff()
