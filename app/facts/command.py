"""``verso facts ORIGINAL COPY [--format text|json]`` (wired into app/cli.py)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from app.documents import read_document
from app.engine.compare import compare
from app.engine.options import CompareOptions
from app.facts.check import check_facts
from app.facts.records import STATUSES
from app.facts.render import render_facts
from app.terminal import use_colour

FORMAT_NAME = "verso-facts"


def add_facts_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``verso facts`` to the command's sub-parsers; the caller adds the comparison options."""
    f = sub.add_parser("facts", help="check the facts (numbers, dates, quotes, names) of COPY against ORIGINAL",
                       description="List the facts of ORIGINAL and COPY (numbers, money, percentages, "
                                   "dates, quotations, names) as kept, missing, new or altered; "
                                   "quotations of the copy are checked word for word.")
    f.add_argument("original")
    f.add_argument("copy")
    f.add_argument("--format", choices=("text", "json"), default="text")
    f.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the text output (auto: on a terminal, unless NO_COLOR is set)")
    f.add_argument("--status", action="append", choices=STATUSES, metavar="STATUS",
                   help=f"only these statuses (repeat for several): {', '.join(STATUSES)}")
    return f


def run_facts(args: argparse.Namespace, options: CompareOptions, out: TextIO | None = None) -> int:
    """``verso facts``: print the facts report. Bad input raises DocumentError (cli.main reports it)."""
    out = out or sys.stdout
    left = read_document(args.original, args.read_as)
    right = read_document(args.copy, args.read_as)
    comparison = compare(left, right, options)
    report = check_facts(comparison)
    statuses = tuple(args.status) if args.status else STATUSES
    if args.format == "json":
        section = report.to_dict()
        if args.status:
            section["items"] = [i for i in section["items"] if i["status"] in statuses]
        document = {"format": FORMAT_NAME, "version": 1, "left": {"name": left.name, "sha256": left.sha256},
                    "right": {"name": right.name, "sha256": right.sha256}, "facts": section}
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(render_facts(report, comparison, statuses, colour=use_colour(args.color, out)))
    return 0
