"""Run every ``benchmarks/bench_*.py`` module and print their rows as one table.

Each module exposes ``run() -> list[Row]``; a Row is (benchmark, measured, target, ok).
Speed is reported as ratios and growth factors from a single run, because the
machines here are noisy.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import benchmarks

Row = tuple[str, str, str, bool]


def main() -> int:
    rows: list[Row] = []
    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    wanted = sys.argv[1:]
    for name in names:
        if wanted and not any(w in name for w in wanted):
            continue
        module = importlib.import_module(f"benchmarks.{name}")
        started = time.perf_counter()
        try:
            rows.extend(module.run())
        except Exception as exc:  # a benchmark that breaks is reported, not hidden
            rows.append((name, f"error: {exc}", "-", False))
        print(f"[{name}: {time.perf_counter() - started:.1f} s]", file=sys.stderr)
    widths = [max(len(str(r[i])) for r in [("benchmark", "measured", "target", True), *rows]) for i in range(3)]
    header = ("benchmark", "measured", "target")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + "  ok")
    print("  ".join("-" * w for w in widths) + "  --")
    for r in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(r[:3], widths, strict=True)) + ("  yes" if r[3] else "  NO"))
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
