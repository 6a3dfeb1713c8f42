"""``verso scan`` speed and memory (issue 16), and the scan set's targets.

One ~5 KB BBC article is the original; the documents are the BBC corpus
(business and politics, 927 articles) repeated under other names with their
paragraphs rotated, so that every file differs, in nested folders, with 10
copies of the original made by pairgen and 10 "press-release" copies among
them. Each scan runs in a fresh process with ``--jobs`` left at its default
(the cores); a thread samples the resident memory of that process and its
workers. The machine is shared: the load average is printed beside the
times, and the per-document time is set against one in-process ``compare``
of the original with a document of the same folder.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus_pairs import CORPUS, ROOT, available

Row = tuple[str, str, str, bool]
SIZES = ((2_000, 30.0), (20_000, 300.0))
ORIGINAL_BYTES = 5_000
COPIES = 10

# Runs in a fresh interpreter: scan the folder, sample the process tree's memory meanwhile.
_HARNESS = r"""
import json, os, sys, threading, time
from app.documents import read_document
from app.scan.pairs import make_job
from app.scan.runner import collect, outcomes

def tree_rss(root):
    kids = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(kids.get(pid, []))
        try:
            with open(f"/proc/{pid}/status") as f:
                total += next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
    return total

peak = [0]
running = [True]
def sample():
    while running[0]:
        peak[0] = max(peak[0], tree_rss(os.getpid()))
        time.sleep(0.2)
threading.Thread(target=sample, daemon=True).start()
original, folder = sys.argv[1], sys.argv[2]
started = time.perf_counter()
job = make_job(read_document(original))
report = collect(job, outcomes(job, [folder]))
elapsed = time.perf_counter() - started
running[0] = False
print(json.dumps({"seconds": elapsed, "documents": report.counts.documents,
                  "candidates": report.counts.candidates, "borrowed": report.counts.borrowed,
                  "peak_kib": peak[0]}))
"""


def _scanset():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("scanset", ROOT / "tools" / "scanset.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _original() -> Path:
    files = sorted(CORPUS.rglob("*.txt"))
    return min(files, key=lambda f: (abs(f.stat().st_size - ORIGINAL_BYTES), str(f)))


def build_folder(folder: Path, count: int, original: Path) -> None:
    """``count`` documents under ``folder``: corpus articles (paragraphs rotated on each repeat)
    in subfolders of 500, and COPIES derived and COPIES press copies of ``original``."""
    scanset = _scanset()
    pg = scanset.load_pairgen()
    rng = random.Random(16)
    articles = [f for f in sorted(CORPUS.rglob("*.txt")) if f != original and f.name != "README.TXT"]
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in articles]
    source = original.read_text(encoding="utf-8")
    written = 0
    for k in range(COPIES):
        pair = pg.make_pair(source, rng.sample(texts, 12), rng)
        (folder / "copies").mkdir(parents=True, exist_ok=True)
        (folder / "copies" / f"derived-{k}.txt").write_text(pair["right"], encoding="utf-8")
        press = scanset.press_copy(pg, pair["left"], rng.choice(texts), rng)
        if press:
            (folder / "copies" / f"press-{k}.txt").write_text(press[0], encoding="utf-8")
            written += 1
        written += 1
    n = 0
    while written < count:
        text, path = texts[n % len(texts)], articles[n % len(articles)]
        repeat = n // len(texts)
        paragraphs = text.split("\n\n")
        shift = repeat % max(1, len(paragraphs) - 1)
        body = paragraphs[:1] + paragraphs[1 + shift:] + paragraphs[1:1 + shift]
        sub = folder / f"batch-{written // 500:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{path.parent.name}-{repeat:02d}-{path.stem}.txt").write_text("\n\n".join(body), encoding="utf-8")
        written += 1
        n += 1


def _scan(original: Path, folder: Path) -> dict:
    run = subprocess.run([sys.executable, "-c", _HARNESS, str(original), str(folder)], capture_output=True,
                         text=True, cwd=ROOT, timeout=1800)
    if run.returncode != 0:
        raise RuntimeError(run.stderr[-500:])
    return json.loads(run.stdout)


def _compare_ms(original: Path, folder: Path) -> float:
    """Median time of one in-process compare (reading included) of the original with a document."""
    from app import compare
    from app.documents import read_document

    docs = sorted(folder.rglob("*.txt"))
    sample = random.Random(1).sample(docs, min(40, len(docs)))
    left = read_document(original)
    times = []
    for path in sample:
        start = time.perf_counter()
        compare(left, read_document(path))
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def speed() -> list[Row]:
    original = _original()
    rows: list[Row] = [("scan: load average at start (2 cores, shared)", f"{os.getloadavg()[0]:.1f}", "printed",
                        True)]
    peaks = {}
    for count, limit in SIZES:
        with tempfile.TemporaryDirectory() as d:
            folder = Path(d)
            build_folder(folder, count, original)
            result = _scan(original, folder)
            if count == SIZES[0][0]:
                compare_ms = _compare_ms(original, folder)
        per_doc = result["seconds"] / result["documents"] * 1000
        peaks[count] = result["peak_kib"]
        rows.append((f"scan {original.stat().st_size / 1000:.1f} KB original x {result['documents']:,} documents "
                     f"({result['candidates']} compared in full, {result['borrowed']} borrowed)",
                     f"{result['seconds']:.1f} s", f"<= {limit:.0f} s", result["seconds"] <= limit))
        rows.append((f"  per document, against one in-process compare ({compare_ms:.1f} ms)",
                     f"{per_doc:.2f} ms ({per_doc / compare_ms:.2f}x)", "printed", True))
        rows.append((f"  peak memory, process and workers ({count:,} documents)",
                     f"{result['peak_kib'] / 1024:.0f} MiB", "printed", True))
    small, big = (peaks[c] for c, _ in SIZES)
    ratio = big / small if small else float("inf")
    rows.append(("scan memory, 20,000 / 2,000 documents", f"{ratio:.2f}x", "<= 1.3x (flat)", ratio <= 1.3))
    rows.append(("scan: load average at end", f"{os.getloadavg()[0]:.1f}", "printed", True))
    return rows


def scanset_targets() -> list[Row]:
    """tools/scanset.py on a fresh set: 4 originals, 4 derived and 4 press copies each, 300 unrelated."""
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "scanset.py"), "run", "--seed", "1"],
                         capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if not run.stdout.strip():
        return [("scanset (tools/scanset.py run)", f"error: {run.stderr[-300:]}", "all met", False)]
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    lo, hi = summary["press covered range"]
    return [
        ("scanset: derived copies rank above unrelated", str(summary["derived above unrelated"]).lower(), "true",
         summary["derived above unrelated"]),
        ("scanset: unrelated documents, max reused", f"{summary['unrelated max reused']:.3f}", "< 0.05",
         summary["unrelated max reused"] < 0.05),
        ("scanset: press copies, covered", f"{lo:.2f}..{hi:.2f}, passages {summary['press passages found']}",
         "in 0.1..0.6, all found", run.returncode == 0),
    ]


def run() -> list[Row]:
    if not available():
        return [("scan benchmarks", "skipped: ../shared corpus and pairgen not found", "-", True)]
    return speed() + scanset_targets()
