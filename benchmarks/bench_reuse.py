"""Text reuse: a PAN-like pair (a copy that borrows three passages amid its own text), and
the engine's scores on the PAN 2013 subset against issue 12's targets.

The pair: a 60 KB original and a 100 KB copy, each joined from different BBC articles,
with three passages of the original (about 1-2 KB each, one word for word, one with
sentences dropped, one with words swapped) put into the copy. The engine's time is given
as a ratio to the time it takes just to read the two files and cut them into tokenized
sentences: that ratio does not depend on how busy the machine is.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from app import compare
from app.documents import read_document
from app.engine.segment import sentences
from app.engine.tokens import content_tokens
from benchmarks.bench_engine import best_time
from benchmarks.corpus_pairs import CORPUS, ROOT, SHARED, available

Row = tuple[str, str, str, bool]
RATIO_TARGET = 10.0
PAN_TARGETS = {"none": 0.95, "random": 0.90, "translation": 0.90, "summary": 0.60, "overall": 0.90}


def pan_like_pair(seed: int = 12) -> tuple[str, str, list[tuple[int, int]]]:
    """An original (~60 KB), a copy (~100 KB) and where in the original the three passages
    the copy took from it are."""
    files = sorted(CORPUS.rglob("*.txt"))
    random.Random(seed).shuffle(files)
    texts = iter(f.read_text(encoding="utf-8", errors="replace") for f in files)
    original = _join_until(texts, 60 * 1024)
    copy_parts = _join_until(texts, 95 * 1024).split("\n\n")
    paragraphs = [p for p in original.split("\n\n") if len(p) > 300]
    rng = random.Random(seed)
    starts = sorted(rng.sample(range(len(paragraphs) - 4), 3))
    taken = ["\n\n".join(paragraphs[s:s + 4]) for s in starts]
    edited = [taken[0], _drop_sentences(taken[1], rng), _swap_words(taken[2], rng)]
    places = sorted(rng.sample(range(1, len(copy_parts) - 1), 3), reverse=True)
    for place, passage in zip(places, reversed(edited), strict=True):
        copy_parts.insert(place, passage)
    spans = []
    for s in starts:
        first = original.index(paragraphs[s])
        last = original.index(paragraphs[s + 3], first)
        spans.append((first, last + len(paragraphs[s + 3])))
    return original, "\n\n".join(copy_parts), spans


def _join_until(texts, size: int) -> str:
    out: list[str] = []
    while sum(len(t) for t in out) < size:
        out.append(next(texts).strip())
    return "\n\n".join(out)


def _drop_sentences(text: str, rng: random.Random) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text)
    return " ".join(p for k, p in enumerate(parts) if k % 3 != 1 or rng.random() < 0.3)


def _swap_words(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for k in range(0, len(words) - 1, 7):
        words[k], words[k + 1] = words[k + 1], words[k]
    return " ".join(words)


def pan_like() -> list[Row]:
    original, copy, taken = pan_like_pair()
    with tempfile.TemporaryDirectory() as d:
        left_file, right_file = Path(d) / "original.txt", Path(d) / "copy.txt"
        left_file.write_text(original, encoding="utf-8")
        right_file.write_text(copy, encoding="utf-8")

        def read_and_tokenize() -> None:
            for f in (left_file, right_file):
                text = read_document(f).text
                [content_tokens(text[s.start:s.end]) for s in sentences(text)]

        left, right = read_document(left_file), read_document(right_file)
        base = best_time(read_and_tokenize, repeat=3)
        engine = best_time(lambda: compare(left, right), repeat=3)
    found = compare(left, right).passages
    hit = sum(1 for a, b in taken if any(p.left[0] < b and a < p.left[1] for p in found))
    ratio = engine / base
    name = f"PAN-like pair ({len(original) // 1024} KB original, {len(copy) // 1024} KB copy, 3 passages)"
    return [(f"{name}: engine", f"{engine * 1000:.0f} ms", "-", True),
            (f"{name}: read and tokenize", f"{base * 1000:.0f} ms", "-", True),
            (f"{name}: engine / read and tokenize", f"{ratio:.1f}x", f"<= {RATIO_TARGET:.0f}x",
             ratio <= RATIO_TARGET),
            (f"{name}: the three passages found", f"{hit} of 3", "3 of 3", hit == 3),
            (f"{name}: other passages (the same news told in other BBC articles)",
             str(len(found) - hit), "printed", True)]


def pan_scores() -> list[Row]:
    """tools/reuse.py on 250 pairs a kind (about 90 s on two cores)."""
    if not (SHARED / "corpus" / "pan13-train").is_dir():
        return [("PAN 2013 subset", "skipped: ../shared/corpus/pan13-train is not beside this checkout", "-", True)]
    out = subprocess.run([sys.executable, "-m", "tools.reuse", "--per-type", "250"], cwd=ROOT,
                         capture_output=True, text=True, check=False).stdout
    rows: list[Row] = []
    for line in out.splitlines():
        label = line.split(" ", 1)[0]
        if label in PAN_TARGETS and (m := re.search(r"plagdet=([\d.]+).*gran=([\d.]+)", line)):
            score = float(m.group(1))
            rows.append((f"PAN 2013, 250 a kind: {label} plagdet", f"{score:.3f}", f">= {PAN_TARGETS[label]}",
                         score >= PAN_TARGETS[label]))
            if label == "overall":
                gran = float(m.group(2))
                rows.append(("PAN 2013: granularity", f"{gran:.3f}", "<= 1.1", gran <= 1.1))
        elif label == "no-plagiarism" and (m := re.search(r"false detections=(\d+)", line)):
            n = int(m.group(1))
            rows.append(("PAN 2013: passages in 250 unrelated pairs", str(n), "<= 2", n <= 2))
    return rows or [("PAN 2013 subset", "error: tools/reuse.py printed no scores", "-", False)]


def run() -> list[Row]:
    if not available():
        return [("text reuse", "skipped: ../shared/corpus is not beside this checkout", "-", True)]
    return pan_like() + pan_scores()
