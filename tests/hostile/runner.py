"""Run one hostile family at one size in a child process, with a time limit and a memory ceiling.

    python -m tests.hostile.runner "quotes in a row" 25000,100000

The child builds the files, imports what the stage needs, then measures the
stage alone: wall time, and peak resident memory above what it held before
(``ru_maxrss``). It prints one JSON line. A file refused with one line
(DocumentError, ProjectError) is an outcome like any other; a traceback, a
MemoryError or the time limit is not.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.hostile.families import Family

ROOT = Path(__file__).resolve().parents[2]
MEMORY_CEILING = 2 * 1024**3  # address space of the child (RLIMIT_AS), bytes


@dataclass(frozen=True, slots=True)
class Result:
    """What one run of a family measured."""

    family: str
    size: int
    seconds: float  # the stage alone; the time limit when it was stopped
    peak_mb: float  # peak resident memory above the child's level before the stage
    outcome: str  # "ok", "refused: <the one line>", "timeout", "memory", "crash: ..."

    @property
    def finished(self) -> bool:
        """The stage ended by itself: a result, or a one-line refusal."""
        return self.outcome == "ok" or self.outcome.startswith("refused: ")


def run_family(name: str, sizes: tuple[int, ...], timeout: float = 60.0, memory: int = MEMORY_CEILING,
               repeat: int = 1) -> list[Result]:
    """Run family ``name`` at each of ``sizes`` (bytes) in one child process, smallest first.

    Never raises for what the child did: a size the child did not finish has
    the outcome "timeout", "memory" or "crash: ...". ``repeat``: runs of each
    size, the fastest counted (one run of a small input is at the mercy of a
    busy machine).
    """
    command = [sys.executable, "-m", "tests.hostile.runner", name, ",".join(map(str, sizes)), str(memory),
               str(repeat)]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "PYTHONHASHSEED": "0"}, check=False)
        stdout, stderr, failed = done.stdout, done.stderr, done.returncode != 0
    except subprocess.TimeoutExpired as expired:
        stdout = expired.stdout.decode() if isinstance(expired.stdout, bytes) else (expired.stdout or "")
        stderr, failed = "timeout", True
    results = [Result(name, d["size"], d["seconds"], d["peak_mb"], d["outcome"])
               for d in map(json.loads, stdout.strip().splitlines())]
    if failed:
        if stderr == "timeout":
            outcome = "timeout"
        elif "MemoryError" in stderr:
            outcome = "memory"
        else:
            outcome = "crash: " + (stderr.strip().splitlines() or ["no output"])[-1][:200]
        results += [Result(name, size, timeout if outcome == "timeout" else 0.0, 0.0, outcome)
                    for size in sizes[len(results):]]
    return results


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**2


def _reset_peak() -> None:
    """Start the peak resident memory afresh (Linux 4.0+: "5" to clear_refs resets VmHWM).

    Without it the peak is the process's since it began, and a child started by a large
    process (``make bench`` after the PAN benchmark) inherits that parent's peak through
    fork: every family read ~350 MB there."""
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")


def _peak_mb() -> float:
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _stage(stage: str, paths: list[Path]) -> None:
    from app.documents import read_document

    if stage == "read":
        read_document(paths[0])
        return
    if stage == "project":
        from app.project import load_project

        load_project(paths[0])
        return
    if stage == "report":
        from app.cli import main

        with contextlib.redirect_stdout(io.StringIO()):
            status = main(["report", str(paths[0])])  # as `verso report PROJECT` runs it
        if status:
            raise _Refused("verso report exited with status 2")
        return
    from app.engine.compare import compare

    comparison = compare(read_document(paths[0]), read_document(paths[1]))
    if stage == "facts":
        from app.facts import check_facts

        check_facts(comparison)
    elif stage == "text":
        from app.textreport import render_text

        render_text(comparison)
    elif stage == "html":
        from app.report.html_report import render_html

        render_html(comparison)


class _Refused(Exception):
    pass


def _warm_up(chosen: Family, size: int) -> None:
    """Run the stage once, unmeasured, on a small file: first calls compile patterns and import
    modules lazily, and would be counted against the smaller size."""
    from app.documents import DocumentError
    from app.project import ProjectError

    with tempfile.TemporaryDirectory(prefix="verso-hostile-") as folder:
        paths = []
        for file_name, data in chosen.build(max(size, 200)).items():
            path = Path(folder) / file_name
            path.write_bytes(data)
            paths.append(path)
        with contextlib.suppress(DocumentError, ProjectError, _Refused), \
                contextlib.redirect_stderr(io.StringIO()):
            _stage(chosen.stage, paths)


def _child(name: str, sizes: list[int], memory: int, repeat: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    # Import everything a stage uses before measuring one.
    import app.documents.html_reader
    import app.engine.compare
    import app.facts
    import app.project.storage
    import app.report.command
    import app.textreport  # noqa: F401
    from app.documents import DocumentError
    from app.project import ProjectError
    from tests.hostile.families import family

    chosen = family(name)
    _warm_up(chosen, min(sizes) // 4)
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="verso-hostile-") as folder:
            paths = []
            for file_name, data in chosen.build(size).items():
                path = Path(folder) / file_name
                path.write_bytes(data)
                paths.append(path)
            best = float("inf")
            peak = 0.0
            outcome = "ok"
            for _ in range(repeat):
                _reset_peak()
                before = _rss_mb()
                started = time.perf_counter()
                try:
                    with contextlib.redirect_stderr(io.StringIO()) as errors:
                        _stage(chosen.stage, paths)
                except (DocumentError, ProjectError) as error:
                    outcome = f"refused: {error}".replace(folder + os.sep, "")
                except _Refused as error:
                    outcome = f"refused: {errors.getvalue().strip() or error}".replace(folder + os.sep, "")
                best = min(best, time.perf_counter() - started)
                peak = max(peak, _peak_mb() - before)
        print(json.dumps({"size": size, "seconds": round(best, 4), "peak_mb": round(max(0.0, peak), 1),
                          "outcome": outcome}), flush=True)


if __name__ == "__main__":
    _child(sys.argv[1], [int(size) for size in sys.argv[2].split(",")],
           int(sys.argv[3]) if len(sys.argv) > 3 else MEMORY_CEILING, int(sys.argv[4]) if len(sys.argv) > 4 else 1)
