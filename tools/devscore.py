"""Score the engine in-process on pairgen's development pairs (faster than the CLI).

    .venv/bin/python tools/devscore.py [SEED ...] [--count N] [--show]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRGEN = ROOT.parent / "shared" / "tools" / "pairgen.py"


def misses(pairgen, stem: Path) -> dict:  # type: ignore[no-untyped-def]
    """pairgen's counts for one pair, the kinds it did not get all right: (hit, predicted, true)."""
    r = pairgen.score_pair(stem, ["x"])
    return {k: v for k, v in r.items() if v[0] != v[2] or (v[1] is not None and v[0] != v[1])}


def print_misses(pairgen, folder: Path, label: str = "") -> None:  # type: ignore[no-untyped-def]
    """One line for each pair of ``folder`` that the engine did not get all right."""
    for gold in sorted(folder.glob("*-gold.json")):
        stem = Path(str(gold)[: -len("-gold.json")])
        if bad := misses(pairgen, stem):
            print(f"  {label}{stem.name} {bad}")


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(PAIRGEN.parent))
    sys.path.insert(0, str(ROOT))
    import pairgen  # type: ignore[import-not-found]

    from app import compare
    from app.documents import read_document

    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 30
    numbers = [a for k, a in enumerate(argv) if a.isdigit() and (k == 0 or argv[k - 1] != "--count")]
    seeds = [int(a) for a in numbers] or [1]
    show = "--show" in argv

    def fake_run(command, capture_output=True, text=True, timeout=None):
        left, right = command[-2], command[-1]
        res = compare(read_document(left), read_document(right))
        return subprocess.CompletedProcess(command, 0, json.dumps(res.to_dict()), "")

    pairgen.subprocess.run = fake_run
    for seed in seeds:
        with tempfile.TemporaryDirectory() as d:
            pairgen.make(ROOT.parent / "shared" / "corpus" / "bbc", Path(d), seed, count)
            if show:
                print_misses(pairgen, Path(d))
            report = pairgen.score(Path(d), ["x"])
        flat = {k: v.get("f1", v.get("matched")) for k, v in report.items()}
        print(seed, json.dumps(flat))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
