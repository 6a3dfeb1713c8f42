"""Running a scan on this machine: the walk, a process pool, results as they come.

The main process walks the folders and hands out batches of *paths*; each
worker reads its files, screens them and compares the candidates, and sends
back only the small per-document outcome. No document text crosses a
process boundary and at most ``4 x jobs`` batches are in flight, so memory
stays flat however many documents there are. ``outcomes`` yields as
results arrive (a window fills its list from it); ``collect`` turns them
into the ranked report. Ctrl+C (KeyboardInterrupt) ends the pool at once
and the report says it was interrupted, with everything done so far.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app.scan.discover import Found, walk
from app.scan.pairs import ScanJob, scan_batch
from app.scan.records import (
    CopyResult,
    Counts,
    OriginalInfo,
    Outcome,
    Rejected,
    ScanReport,
    Unreadable,
)

BATCH = 8
#: Batches in flight per worker: enough to keep each busy, few enough to bound memory.
IN_FLIGHT_PER_JOB = 4
#: Skipped or unlistable finds held back while a batch fills, at most.
SIDE_LIMIT = 256

Item = Outcome | Found


def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def outcomes(job: ScanJob, paths: Iterable[str], jobs: int = 0) -> Generator[Item, None, None]:
    """Every file's outcome, as it comes (not in walk order when ``jobs`` > 1).

    Files the walk skips or cannot list come through as ``Found`` items.
    Closing the generator (or an exception in the caller's loop) ends the pool.
    """
    jobs = jobs or default_jobs()
    original = job.original.path
    found = walk(paths, original)
    if jobs == 1:
        yield from _in_process(job, found)
    else:
        yield from _in_pool(job, found, jobs)


def _in_process(job: ScanJob, found: Iterator[Found]) -> Iterator[Item]:
    for item in found:
        if item.what == "document":
            yield from scan_batch(job, [item.path])
        else:
            yield item


def _batches(found: Iterator[Found], side: list[Found]) -> Iterator[list[str]]:
    """Batches of document paths; other finds are set aside in ``side`` for the caller to pass on."""
    batch: list[str] = []
    for item in found:
        if item.what != "document":
            side.append(item)
            if len(side) >= SIDE_LIMIT:
                yield []  # a folder of other files: let the caller pass them on meanwhile
            continue
        batch.append(item.path)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _in_pool(job: ScanJob, found: Iterator[Found], jobs: int) -> Iterator[Item]:
    pool = _context().Pool(jobs, initializer=_start_worker, initargs=(job,))
    done: queue.SimpleQueue[list[Outcome] | BaseException] = queue.SimpleQueue()
    side: list[Found] = []
    batches = _batches(found, side)
    in_flight = 0
    try:
        for batch in batches:  # the next batch is asked for only when a slot is free
            yield from _drain(side)
            if not batch:
                continue
            pool.apply_async(_worker_batch, (batch,), callback=done.put, error_callback=done.put)
            in_flight += 1
            while not done.empty() or in_flight >= jobs * IN_FLIGHT_PER_JOB:
                yield from _take(done)
                in_flight -= 1
        yield from _drain(side)
        while in_flight:
            yield from _take(done)
            in_flight -= 1
        pool.close()
        pool.join()
    finally:
        pool.terminate()  # interrupted, or the caller stopped reading: end the workers now


def _drain(side: list[Found]) -> Iterator[Found]:
    while side:
        yield side.pop(0)


def _take(done: queue.SimpleQueue[list[Outcome] | BaseException]) -> Iterator[Outcome]:
    """The outcomes of one finished batch (waiting for one if none has finished)."""
    while True:
        try:
            result = done.get(timeout=0.25)  # a timeout keeps Ctrl+C responsive while waiting
        except queue.Empty:
            continue
        break
    if isinstance(result, BaseException):
        raise result
    yield from result


def _context() -> Any:
    """Workers are started by a fork server where there is one: safe in a process with threads
    (the window), and cheap after the first, which imports the engine once. Like spawn, it
    imports the main script again in each worker: scripts that scan guard their code with
    ``if __name__ == "__main__"`` (the ``verso`` entry points do)."""
    # A frozen bundle (packaging/verso_entry.py) runs its children through freeze_support(),
    # which knows spawn; a fork server there would start the bundle's window again.
    frozen = getattr(sys, "frozen", False)
    if not frozen and sys.platform.startswith("linux") and "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["app.scan.pairs"])
        return ctx
    return multiprocessing.get_context("spawn")


_worker_job: ScanJob | None = None  # the job of this worker process, set once when it starts


def _start_worker(job: ScanJob) -> None:
    global _worker_job
    # Ctrl+C reaches every process of the terminal's group; the parent alone handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_job = job


def _worker_batch(paths: list[str]) -> list[Outcome]:
    assert _worker_job is not None, "worker started without its job"
    return scan_batch(_worker_job, paths)


# ---- the ranked report ---------------------------------------------------------------

@dataclass
class Collector:
    """Gathers outcomes into counts and the ranked list of copies (at most ``top`` kept)."""

    min_share: float = 0.0
    top: int | None = None
    counts: Counts = field(default_factory=Counts)
    unreadable: list[Unreadable] = field(default_factory=list)
    _kept: list[CopyResult] = field(default_factory=list)

    def add(self, item: Item) -> None:
        """Count one outcome, and keep it if it belongs in the list."""
        c = self.counts
        if isinstance(item, Found):
            if item.what == "unreadable":
                self.unreadable.append(Unreadable(item.path, item.reason))
                self.counts = _bump(c, unreadable=1)
            else:
                self.counts = _bump(c, skipped=1)
        elif isinstance(item, Unreadable):
            self.unreadable.append(item)
            self.counts = _bump(c, documents=1, unreadable=1)
        elif isinstance(item, Rejected):
            self.counts = _bump(c, documents=1)
        else:
            self.counts = _bump(c, documents=1, candidates=1, borrowed=int(item.borrowed))
            if item.borrowed and self.listed(item):
                self._keep(item)

    def restore(self, copies: Iterable[CopyResult], unreadable: Iterable[Unreadable], counts: Counts) -> None:
        """Take back a scan saved earlier (a project's list): its copies, unreadable files and counts."""
        self._kept = [c for c in copies if c.borrowed]
        self.unreadable = list(unreadable)
        self.counts = counts

    def listed(self, copy: CopyResult) -> bool:
        """Does ``copy`` pass --min-share (its reused or covered share at least that)?"""
        return copy.reused >= self.min_share or copy.covered >= self.min_share

    def _keep(self, copy: CopyResult) -> None:
        self._kept.append(copy)
        if self.top is not None and len(self._kept) >= 2 * self.top + 64:
            # Cut back to the best ``top`` now and then: memory bounded by --top, sorting amortised.
            self._kept = list(self.ranked())

    def ranked(self) -> tuple[CopyResult, ...]:
        """The kept copies, best first (the best ``top`` with --top)."""
        return tuple(sorted(self._kept, key=CopyResult.rank_key)[:self.top])

    def report(self, job: ScanJob, elapsed: float, interrupted: bool,
               settings: dict[str, Any] | None = None) -> ScanReport:
        """The report of what has been collected."""
        o = job.original
        info = OriginalInfo(path=o.path or o.name, name=o.name, sha256=o.sha256, chars=len(o.text))
        return ScanReport(info, self.ranked(), tuple(sorted(self.unreadable, key=lambda u: u.path)),
                          self.counts, elapsed, interrupted, dict(settings or {}))


def _bump(c: Counts, **more: int) -> Counts:
    values = c.to_dict()
    for k, v in more.items():
        values[k] += v
    return Counts(**values)


def collect(job: ScanJob, items: Iterable[Item], min_share: float = 0.0, top: int | None = None,
            on_item: Callable[[Item, Collector], None] | None = None,
            settings: dict[str, Any] | None = None) -> ScanReport:
    """Run ``items`` to the end (or to Ctrl+C) and return the ranked report."""
    started = time.perf_counter()
    collector = Collector(min_share, top)
    interrupted = False
    try:
        for item in items:
            collector.add(item)
            if on_item is not None:
                on_item(item, collector)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()  # ends the pool of an ``outcomes`` generator
    return collector.report(job, time.perf_counter() - started, interrupted, settings)
