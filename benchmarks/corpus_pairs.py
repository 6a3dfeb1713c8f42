"""Large comparison pairs for benchmarks, built from pairgen's development pairs."""

from __future__ import annotations

import importlib.util
import random
import tempfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "bbc"


def available() -> bool:
    return (SHARED / "tools" / "pairgen.py").is_file() and CORPUS.is_dir()


@lru_cache(maxsize=1)
def _dev_pairs() -> tuple[tuple[str, str], ...]:
    spec = importlib.util.spec_from_file_location("pairgen", SHARED / "tools" / "pairgen.py")
    assert spec and spec.loader
    pairgen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pairgen)
    files = sorted(CORPUS.rglob("*.txt"))
    with tempfile.TemporaryDirectory() as d:
        pairgen.make(CORPUS, Path(d), 7, len(files))
        out = []
        for left in sorted(Path(d).glob("*-original.txt")):
            right = Path(str(left).replace("-original.txt", "-copy.txt"))
            out.append((left.read_text(encoding="utf-8"), right.read_text(encoding="utf-8")))
    random.Random(7).shuffle(out)
    return tuple(out)


def concatenated(target_bytes: int) -> tuple[str, str]:
    """Originals and copies of distinct development pairs, joined until the original is large enough."""
    lefts, rights, size = [], [], 0
    for left, right in _dev_pairs():
        lefts.append(left)
        rights.append(right)
        size += len(left.encode("utf-8"))
        if size >= target_bytes:
            break
    return "\n\n".join(lefts), "\n\n".join(rights)
