"""``verso scan ORIGINAL PATH...``: which documents borrowed from the original, and how much.

Wired into app/cli.py. Output on stdout (text, JSON, CSV or HTML); a
progress bar on stderr only when stderr is a terminal; Ctrl+C stops the
scan and prints what was done (exit status 130).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from typing import TextIO

from app.documents.errors import DocumentError
from app.engine.options import CompareOptions
from app.scan.discover import count_documents
from app.scan.records import ScanReport
from app.scan.runner import Collector, Item, collect, default_jobs, outcomes

EXIT_INTERRUPTED = 130
FORMATS = ("text", "json", "csv", "html")


def add_scan_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``verso scan`` to the command's sub-parsers; returns it for the shared options."""
    s = sub.add_parser(
        "scan", help="rank documents by how much they borrowed from ORIGINAL",
        description="Scan files and folders (searched recursively) for copies of ORIGINAL: each "
                    "document that borrowed from it is listed with the share of its text reused, "
                    "the share of the original it covers and its borrowed passages, best first.")
    s.add_argument("original")
    s.add_argument("paths", nargs="+", metavar="PATH", help="a document, or a folder of documents")
    s.add_argument("--format", choices=FORMATS, default="text")
    s.add_argument("--top", type=int, metavar="N", help="list only the N copies that borrowed most")
    s.add_argument("--min-share", type=float, default=0.0, metavar="S",
                   help="list only copies that reused at least S (0..1) of their text or cover at "
                        "least S of the original (default 0: every copy with a borrowed passage)")
    s.add_argument("--jobs", type=int, default=0, metavar="N",
                   help=f"worker processes (default: the cores, here {default_jobs()})")
    s.add_argument("--facts", action="store_true",
                   help="also check facts (numbers, dates, quotes, names) of each copy: 'facts altered'")
    return s


def run_scan(args: argparse.Namespace, options: CompareOptions, out: TextIO | None = None,
             err: TextIO | None = None) -> int:
    """Run ``verso scan``: 0 when done, 130 when stopped by Ctrl+C (with what was done printed)."""
    from app.documents.reader import read_document
    from app.scan.pairs import make_job

    out = out or sys.stdout
    err = err or sys.stderr
    if args.top is not None and args.top < 1:
        raise DocumentError("--top", "must be at least 1")
    if not 0.0 <= args.min_share <= 1.0:
        raise DocumentError("--min-share", "must be between 0 and 1")
    if args.jobs < 0:
        raise DocumentError("--jobs", "must be 0 (one per core) or more")
    original = read_document(args.original, args.read_as)
    job = make_job(original, options, args.read_as, args.facts)
    progress = _Progress(err, count_documents(args.paths, args.original)) if err.isatty() else None
    settings = {"min_share": args.min_share, "top": args.top, "facts": args.facts,
                "options": options.to_dict()}
    report = collect(job, outcomes(job, args.paths, args.jobs), args.min_share, args.top,
                     on_item=progress.update if progress else None, settings=settings)
    if progress:
        progress.close()
    # The original as the user named it (the Document holds its resolved path).
    report = replace(report, original=replace(report.original, path=args.original))
    _write(report, args.format, out, err)
    if report.interrupted:
        print(f"verso: scan stopped after {report.counts.documents:,} documents; "
              "the results above are those done by then", file=err)
        return EXIT_INTERRUPTED
    return 0


def _write(report: ScanReport, fmt: str, out: TextIO, err: TextIO) -> None:
    if fmt == "json":
        from app.scan.render import render_json

        out.write(render_json(report))
    elif fmt == "csv":
        from app.scan.render import render_csv
        from app.terminal import printable

        out.write(render_csv(report))
        for u in report.unreadable:  # a CSV holds copies only: the reasons go to stderr
            print(f"verso: {printable(u.path)}: {printable(u.reason)}", file=err)
    elif fmt == "html":
        from app.scan.html_page import render_html

        out.write(render_html(report))
    else:
        from app.scan.render import render_text

        out.write(render_text(report))


class _Progress:
    """A one-line progress bar on a terminal, redrawn at most ten times a second."""

    WIDTH = 28

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.last = 0.0

    def update(self, _item: Item, collector: Collector) -> None:
        c = collector.counts
        now = time.monotonic()
        if now - self.last < 0.1 and c.documents < self.total:
            return
        self.last = now
        done = min(c.documents, self.total)
        filled = round(self.WIDTH * done / self.total) if self.total else self.WIDTH
        bar = "█" * filled + "·" * (self.WIDTH - filled)
        line = (f"\r[{bar}] {done:,}/{self.total:,} documents · {c.borrowed:,} borrowed"
                + (f" · {c.unreadable:,} unreadable" if c.unreadable else ""))
        self.stream.write(line + "\033[K")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\033[K")
        self.stream.flush()
