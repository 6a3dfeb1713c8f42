"""The worst case: each hostile family of tests/hostile/families.py at 1 MB, in a child process.

One row per family: wall time of the stage it attacks (reading, comparing,
checking facts, writing a report) and peak memory above the child's own,
against the goal of issue 13 (<= 5 s and <= 1 GiB on this 2-core machine).
A family refused with one line counts as handled, in the time it took to
refuse. Each child has TIMEOUT seconds and a 2 GiB address space: a run
stopped by either is reported as such. Single runs: the machine is shared.
"""

from __future__ import annotations

import sys
import time

from tests.hostile.families import FAMILIES
from tests.hostile.runner import run_family

Row = tuple[str, str, str, bool]
SIZE = 1024 * 1024
TIMEOUT = 90.0
MEMORY = 2 * 1024**3
GOAL_SECONDS = 5.0
GOAL_MB = 1024.0


def run() -> list[Row]:
    rows: list[Row] = []
    for family in FAMILIES:
        started = time.perf_counter()
        (result,) = run_family(family.name, (SIZE,), timeout=TIMEOUT, memory=MEMORY)
        if result.outcome == "ok":
            how = "read"
        elif result.outcome.startswith("refused: "):
            how = "refused: " + result.outcome.split(": ", 2)[-1][:48]
        else:
            how = result.outcome[:60]
        ok = result.finished and result.seconds <= GOAL_SECONDS and result.peak_mb <= GOAL_MB
        rows.append((f"worst case, 1 MB: {family.name} (item {family.item}, {family.stage})",
                     f"{result.seconds:.1f} s, {result.peak_mb:.0f} MB, {how}", "<= 5 s, <= 1 GiB", ok))
        print(f"  {family.name}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return rows
