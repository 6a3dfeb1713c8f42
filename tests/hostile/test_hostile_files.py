"""Hostile files at two sizes, each in a child process with a time limit and a memory ceiling.

Every family of tests/hostile/families.py once made Verso hang for minutes
or eat gigabytes from a small file (issue 13). Each is run at a small size
and at four times that; it must finish (or be refused with one line) within
the limits, and its time and memory must grow about linearly: at most
GROWTH times for four times the input (a quadratic stage grows sixteen
times).
"""

from __future__ import annotations

import pytest

from tests.hostile.families import FAMILIES, Family
from tests.hostile.runner import run_family

GROWTH = 10.0  # for 4x the input: linear is 4, n log n about 5; quadratic 16
TIME_FLOOR = 0.03  # seconds: below this a run is noise, not growth
MEMORY_FLOOR = 8.0  # MB of peak memory above the child's own: noise below
TIME_LIMIT = 60.0  # seconds for both sizes, in one child
MEMORY_CEILING = 1536 * 1024**2  # address space of the child


@pytest.mark.slow
@pytest.mark.parametrize("chosen", FAMILIES, ids=[f.name for f in FAMILIES])
def test_a_hostile_file_is_handled_in_linear_time_and_memory(chosen: Family) -> None:
    small, large = run_family(chosen.name, (chosen.small, 4 * chosen.small), timeout=TIME_LIMIT,
                              memory=MEMORY_CEILING)
    for result in (small, large):
        assert result.finished, f"{chosen.name} at {result.size} bytes: {result.outcome}"
    if large.seconds > GROWTH * max(small.seconds, TIME_FLOOR):  # once more: a busy machine stalls a run
        small, large = run_family(chosen.name, (chosen.small, 4 * chosen.small), timeout=TIME_LIMIT,
                                  memory=MEMORY_CEILING)
    assert large.seconds <= GROWTH * max(small.seconds, TIME_FLOOR), (
        f"{chosen.name}: {small.seconds:.3f} s at {small.size} bytes, {large.seconds:.3f} s at {large.size}")
    assert large.peak_mb <= GROWTH * max(small.peak_mb, MEMORY_FLOOR), (
        f"{chosen.name}: {small.peak_mb:.1f} MB at {small.size} bytes, {large.peak_mb:.1f} MB at {large.size}")
