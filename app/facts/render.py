"""The facts report as text for a terminal: grouped by status, most urgent first."""

from __future__ import annotations

from collections import Counter

from app.engine.records import Comparison
from app.facts.records import STATUSES, Fact, FactCheck, FactReport
from app.terminal import printable

HEADINGS = {
    "missing": "in the original, not in the copy",
    "altered": "changed in the copy",
    "unsourced": "quotations of the copy found nowhere in the original, claims it puts in unnamed mouths",
    "new": "in the copy only",
    "shortened": "quotations the copy shortened",
    "kept": "carried by the copy",
}
_QUOTE_WIDTH = 90
# Terminal colours by status (with --color), as `verso compare` colours kinds; the heading's
# words say the status too, so nothing rests on colour alone.
_COLOURS = {"missing": "\033[1;31m", "altered": "\033[1;33m", "unsourced": "\033[1;35m",
            "new": "\033[1;32m", "shortened": "\033[1;36m", "kept": "\033[2m"}
_BOLD, _RESET = "\033[1m", "\033[0m"


def render_facts(report: FactReport, comparison: Comparison, statuses: tuple[str, ...] = STATUSES,
                 colour: bool = False) -> str:
    """The report as text for a terminal: a summary line, then one section per status with entries.

    Control characters of the documents are shown as pictures (app/terminal.py).
    ``colour``: headings in terminal colours (ANSI escapes), as ``verso compare --color``.
    """
    def paint(text: str, code: str) -> str:
        return f"{code}{printable(text)}{_RESET}" if colour else printable(text)

    left, right = comparison.left, comparison.right
    summary = report.summary()
    lines = [paint(f"Facts: {left.name} (original) vs {right.name} (copy)", _BOLD),
             "  " + " \u00b7 ".join(f"{summary[s]} {s}" for s in STATUSES)]  # (no document text)
    for status in STATUSES:
        if status not in statuses:
            continue
        entries = report.with_status(status)
        if not entries:
            continue
        lines += ["", paint(f"{status.upper()} ({len(entries)}): {HEADINGS[status]}", _COLOURS[status])]
        if status == "kept":
            lines += [printable(line) for line in _kept(entries)]
        else:
            lines += [printable(_line(e, comparison)) for e in entries]
    return "\n".join(lines) + "\n"


def _line(entry: FactCheck, comparison: Comparison) -> str:
    fact = entry.fact
    text = _shown(fact)
    if entry.left is not None and entry.right is not None and entry.right.text != entry.left.text:
        text = f"{_shown(entry.right)}  (original: {_shown(entry.left)})" if entry.kind == "quote" \
            else f"{_shown(entry.left)} \u2192 {_shown(entry.right)}"
    where = []
    if entry.left is not None:
        where.append(f"original line {comparison.left.line_of(entry.left.span[0])}")
    if entry.right is not None:
        where.append(f"copy line {comparison.right.line_of(entry.right.span[0])}")
    speaker = (entry.right and entry.right.speaker) or (entry.left and entry.left.speaker)
    extra = f"  \u2014 {speaker}" if speaker and entry.kind == "quote" else ""
    # An altered number, date or name already shows "old -> new"; a note says more for the rest.
    shows_note = entry.note and (entry.status != "altered" or entry.kind == "quote")
    note = f"  [{entry.note}]" if shows_note else ""
    return f"  {entry.kind:<12} {text}{extra}  ({', '.join(where)}){note}"


def _kept(entries: list[FactCheck]) -> list[str]:
    """Kept facts, one line per fact with how often each text has it."""
    left_counts: Counter[tuple[str, str]] = Counter()
    right_counts: Counter[tuple[str, str]] = Counter()
    shown: dict[tuple[str, str], str] = {}
    seen_left: set[tuple[int, int]] = set()
    seen_right: set[tuple[int, int]] = set()
    for e in entries:
        key = (e.kind, repr(e.fact.value))
        shown.setdefault(key, _shown(e.fact))
        if e.left is not None and e.left.span not in seen_left:
            seen_left.add(e.left.span)
            left_counts[key] += 1
        if e.right is not None and e.right.span not in seen_right:
            seen_right.add(e.right.span)
            right_counts[key] += 1
    out = []
    for key, text in shown.items():
        out.append(f"  {key[0]:<12} {text}  (original \u00d7{left_counts[key]}, copy \u00d7{right_counts[key]})")
    return out


def _shown(fact: Fact) -> str:
    text = " ".join(fact.text.split())
    if fact.kind == "quote":
        if len(text) > _QUOTE_WIDTH:
            text = text[:_QUOTE_WIDTH - 1].rstrip() + "\u2026"
        return f"\u201c{text}\u201d"
    if fact.kind in ("person", "place", "organisation", "name") and fact.value != fact.text:
        return f"{text} (= {fact.value})"
    return text

