"""The scan report as text for a terminal, as CSV, and as JSON."""

from __future__ import annotations

import csv
import io
import json

from app.scan.records import ScanReport
from app.terminal import printable


def render_json(report: ScanReport) -> str:
    """The ``verso-scan`` JSON format (docs/scan-format.md)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"


def counts_line(report: ScanReport) -> str:
    """One line: what the scan read and found."""
    c = report.counts
    parts = [f"{c.documents:,} document{_s(c.documents)} scanned in {report.elapsed:.1f} s",
             f"{c.candidates:,} compared in full", f"{c.borrowed:,} borrowed from the original"]
    if c.unreadable:
        parts.append(f"{c.unreadable:,} unreadable")
    if c.skipped:
        parts.append(f"{c.skipped:,} other file{_s(c.skipped)} skipped")
    head = "Interrupted: " if report.interrupted else ""
    return head + parts[0] + ": " + ", ".join(parts[1:])


def render_text(report: ScanReport) -> str:
    """A readable ranked table, then the unreadable files with their reasons."""
    o = report.original
    lines = [f"Original: {printable(o.path)} ({o.chars:,} characters)", counts_line(report)]
    if report.interrupted:
        lines.append("The list below holds the documents done before the scan was stopped.")
    lines.append("")
    facts = any(c.facts is not None for c in report.copies)
    if report.copies:
        head = ["rank", "reused", "covered", "passages", "changed", "added", "omitted", "dup"]
        if facts:
            head.append("facts altered")
        rows = [[str(i), _pct(c.reused), _pct(c.covered), str(len(c.passages)), str(c.count("changed")),
                 _pct(c.added), _pct(c.omitted), _pct(c.duplicated)]
                + ([_count(c.fact_count("altered"))] if facts else [])
                for i, c in enumerate(report.copies, 1)]
        widths = [max(len(h), *(len(r[k]) for r in rows)) for k, h in enumerate(head)]
        lines.append("  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)) + "  path")
        for r, c in zip(rows, report.copies, strict=True):
            lines.append("  ".join(v.rjust(w) for v, w in zip(r, widths, strict=True)) + "  " + printable(c.path))
    else:
        lines.append("No document borrowed from the original.")
    if report.unreadable:
        lines += ["", f"Unreadable ({len(report.unreadable):,}):"]
        lines += [f"  {printable(u.path)}: {printable(u.reason)}" for u in report.unreadable]
    return "\n".join(lines) + "\n"


CSV_COLUMNS = ("rank", "path", "name", "reused", "covered", "passages", "changed", "moved", "added",
               "omitted", "duplicated", "added_share", "omitted_share", "duplicated_share", "chars",
               "sha256", "facts_altered", "facts_missing")


def render_csv(report: ScanReport) -> str:
    """One row per listed copy, best first; counts are numbers of differences, shares 0..1."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for i, c in enumerate(report.copies, 1):
        writer.writerow([i, _cell(c.path), _cell(c.name), _num(c.reused), _num(c.covered), len(c.passages),
                         *(c.count(k) for k in ("changed", "moved", "added", "omitted", "duplicated")),
                         _num(c.added), _num(c.omitted), _num(c.duplicated), c.chars, c.sha256,
                         _opt(c.fact_count("altered")), _opt(c.fact_count("missing"))])
    return out.getvalue()


def _cell(text: str) -> str:
    """A file name as a spreadsheet cell: one starting with = + - @ (or a tab, a CR) is quoted
    with a leading apostrophe, or a spreadsheet would run it as a formula (CSV injection)."""
    text = printable(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _num(value: float) -> str:
    return f"{value:.4f}"


def _opt(value: int | None) -> str:
    return "" if value is None else str(value)


def _pct(value: float) -> str:
    return f"{value:.0%}"


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _count(n: int | None) -> str:
    """A count of facts, or "-" for a copy whose facts were not checked (too many to check)."""
    return "-" if n is None else str(n)
