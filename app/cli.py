"""The ``verso`` command.

    verso [ORIGINAL COPY]                  open the reader window
    verso compare ORIGINAL COPY [options]  print the comparison (text, JSON or HTML)
    verso report PROJECT.verso [-o FILE]   write a project's report (HTML; PDF with Qt)
    verso facts ORIGINAL COPY [options]    check numbers, dates, quotes and names (text or JSON)
    verso scan ORIGINAL PATH... [options]  rank documents by how much they borrowed (app/scan)
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.documents.errors import DocumentError
from app.engine.options import CompareOptions
from app.terminal import printable_comparison, use_colour

if TYPE_CHECKING:  # pragma: no cover
    import argparse

# The subcommands' modules (facts, reports, the text report) are imported where they are
# used: ``verso ORIGINAL COPY`` opens the window and needs none of them at start, nor
# argparse (with gettext) and json, which only the subcommands use.

EXIT_BAD_INPUT = 2
SAMPLES = ("putin-minerals-bbc.txt", "putin-minerals-rewrite.txt")


def _add_compare_options(p: argparse.ArgumentParser) -> None:
    from app.documents import READ_AS_CHOICES

    p.add_argument("--as", dest="read_as", choices=READ_AS_CHOICES, default="auto",
                   help="how to read both files (default: by extension and content)")
    p.add_argument("--ignore-case", action="store_true", help="treat upper and lower case alike")
    p.add_argument("--ignore-punctuation", action="store_true",
                   help="punctuation differences are not edits")
    p.add_argument("--strict-typography", action="store_true",
                   help="curly and straight quotes, dash kinds etc. differ (ignored by default)")
    p.add_argument("--sensitivity", type=float, default=0.5, metavar="0..1",
                   help="how readily reworded sentences are linked to their source (default 0.5)")


def _parser() -> argparse.ArgumentParser:
    import argparse

    from app.facts.command import add_facts_parser
    from app.report.command import add_report_parser
    from app.scan.command import add_scan_parser

    p = argparse.ArgumentParser(prog="verso", description="Compare an original text with a copy.")
    p.add_argument("--version", action="version", version=f"verso {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    c = sub.add_parser("compare", help="print the comparison of ORIGINAL and COPY",
                       description="Compare ORIGINAL (left) with COPY (right).")
    c.add_argument("original")
    c.add_argument("copy")
    c.add_argument("--format", choices=("text", "json", "html", "docx"), default="text",
                   help="docx: a Word document of the copy with tracked changes against the original "
                        "(needs -o)")
    c.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    c.add_argument("--furniture", action="store_true",
                   help="also list differences in page furniture (menus, bylines, footers)")
    c.add_argument("--facts", action="store_true",
                   help="add the facts check (numbers, dates, quotes, names, claims): the facts after the "
                        "text; in JSON a facts section and each difference's fact ids; in HTML a Facts section")
    _add_compare_options(c)
    add_report_parser(sub)
    _add_compare_options(add_facts_parser(sub))
    _add_compare_options(add_scan_parser(sub))
    return p


def options_from(args: argparse.Namespace) -> CompareOptions:
    """CompareOptions from parsed command-line arguments."""
    if not 0.0 <= args.sensitivity <= 1.0:
        raise DocumentError("--sensitivity", "must be between 0 and 1")
    return CompareOptions(ignore_case=args.ignore_case,
                          ignore_punctuation=args.ignore_punctuation,
                          ignore_typography=not args.strict_typography,
                          sensitivity=args.sensitivity)


def run_compare(args: argparse.Namespace) -> int:
    """``verso compare``: print the comparison."""
    from app.documents import read_document
    from app.engine.compare import compare

    options = options_from(args)
    left = read_document(args.original, args.read_as)
    right = read_document(args.copy, args.read_as)
    result = compare(left, right, options)
    facts = None
    if args.facts:
        from app.facts import check_facts

        facts = check_facts(result)
    if args.format == "docx":
        from app.report.docx_writer import docx_bytes
        from app.report.exporters import fact_changes

        return _output(args, docx_bytes(result, fact_changes=fact_changes(result, facts)))
    if args.format == "json":
        if facts is not None:
            from app.facts import comparison_dict_with_facts

            data = comparison_dict_with_facts(result, facts)
        else:
            data = result.to_dict()
        import json

        return _output(args, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    if args.format == "html":
        from app.report.html_report import ReportSettings, render_html

        return _output(args, render_html(result, settings=ReportSettings(options=options, facts=facts)))
    from app.textreport import render_text

    colour = args.color == "always" or (args.output is None and use_colour(args.color, sys.stdout))
    text = render_text(printable_comparison(result), colour=colour, furniture=args.furniture)
    if facts is not None:
        from app.facts.render import render_facts

        text += "\n" + render_facts(facts, result, colour=colour)
    return _output(args, text)


def _output(args: argparse.Namespace, content: str | bytes) -> int:
    """Write ``content`` to ``-o FILE`` (atomically, never over an input) or standard output."""
    if args.output is None:
        if isinstance(content, bytes):
            print(f"verso: --format {args.format} writes a file: give -o FILE.{args.format}", file=sys.stderr)
            return EXIT_BAD_INPUT
        sys.stdout.write(content)
        return 0
    from app.project.errors import ProjectSaveError
    from app.project.storage import atomic_write
    from app.report.command import refuse_to_replace

    try:
        refuse_to_replace(args.output, [(args.original, "the original"), (args.copy, "the copy")])
        atomic_write(Path(args.output), content.encode("utf-8") if isinstance(content, str) else content)
    except ProjectSaveError as error:
        print(f"verso: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


#: Opens the reader window on 0-2 paths and returns the exit code; may raise ImportError
#: (no Qt here). The window side's launcher (ui/launcher.py) passes it to ``main``.
Window = Callable[[list[str]], int]


def run_window(paths: list[str], window: Window | None = None) -> int:
    """Open the reader window; without one (``python -m app``, no Qt), print the comparison."""
    try:
        if window is None:
            raise ImportError("this command has no window: run verso or python -m ui")
        return int(window(paths))
    except ImportError as exc:
        if len(paths) != 2:
            print(f"verso: the window is not available ({exc}); "
                  "use 'verso compare ORIGINAL COPY'", file=sys.stderr)
            return EXIT_BAD_INPUT
        args = _parser().parse_args(["compare", *paths])
        return run_compare(args)


def main(argv: Sequence[str] | None = None, window: Window | None = None) -> int:
    """Entry point of the ``verso`` command; ``window`` opens the reader window (the core
    never imports it: ui/launcher.py passes it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"compare", "report", "facts", "scan"}
    try:
        if argv and (argv[0] in commands or argv[0].startswith("-")):
            args = _parser().parse_args(argv)
            if args.command == "compare":
                return run_compare(args)
            if args.command == "report":
                from app.report.command import run_report

                return run_report(args)
            if args.command == "facts":
                from app.facts.command import run_facts

                return run_facts(args, options_from(args))
            if args.command == "scan":
                from app.scan.command import run_scan

                return run_scan(args, options_from(args))
            _parser().print_help()
            return 0
        if len(argv) > 2:
            print("verso: give at most two files: ORIGINAL COPY", file=sys.stderr)
            return EXIT_BAD_INPUT
        return run_window(argv, window)
    except DocumentError as exc:
        print(f"verso: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        sys.stderr.close()  # output piped into `head`: not an error
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
