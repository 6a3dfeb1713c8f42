"""Module-level jobs for tests of the runner's child processes (a spawned child imports them)."""

from __future__ import annotations

import time


def grow(megabytes: int) -> int:
    """Take ``megabytes`` of memory, a megabyte at a time (a job running away)."""
    held = [bytearray(1 << 20) for _ in range(megabytes)]
    return len(held)


def sleep(seconds: float) -> float:
    """Take ``seconds`` (a job that never ends, as far as a short timeout is concerned)."""
    time.sleep(seconds)
    return seconds


def echo(value: object) -> object:
    """Hand ``value`` back."""
    return value
