"""The readable comparison for a terminal: a summary line, the borrowed passages, then each
difference."""

from __future__ import annotations

import textwrap

from app.documents.model import Document
from app.engine.records import Comparison, Difference, Span
from app.report.shares import borrowed, borrowing_sentence, percent
from app.vocabulary import KIND_TABLE

KIND_LABEL: dict[str, str] = {k.name: k.terminal for k in KIND_TABLE}  # the kinds: app/vocabulary.py
_COLOURS: dict[str, str] = {k.name: k.ansi for k in KIND_TABLE}
_RESET, _DIM, _BOLD = "\033[0m", "\033[2m", "\033[1m"
_DEL, _INS = "\033[9;31m", "\033[4;32m"
EXCERPT = 600


def summary_line(c: Comparison) -> str:
    """One line a reader takes in at a glance (page furniture left out)."""
    s = c.summary
    shown = [d for d in c.differences if not d.furniture]
    counts = {k: sum(1 for d in shown if d.kind == k) for k in KIND_LABEL}
    parts = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    furniture = len(c.differences) - len(shown)
    extra = f"; {furniture} more in page furniture" if furniture else ""
    taken = borrowed(c)
    return (f"{c.right.name or 'copy'}: {s.reused:.0%} reused from {c.left.name or 'original'}, "
            f"{s.added:.0%} added, {s.duplicated:.0%} duplicated; {s.omitted:.0%} of the original "
            f"omitted. {len(shown)} differences ({parts or 'none'}{extra}). "
            + borrowing_sentence(len(taken.passages), taken.share))


def passage_lines(c: Comparison) -> list[str]:
    """One line per borrowed passage: where it is on both sides, how alike, how much of the copy."""
    taken = borrowed(c)
    return [f"  passage {p.id}: original {_where(c.left, p.left)} | copy {_where(c.right, p.right)}"
            f" (similarity {p.similarity:.2f}, {percent(share)} of the copy)"
            for p, share in zip(taken.passages, taken.shares, strict=True)]


def render_text(c: Comparison, colour: bool = False, width: int = 100, furniture: bool = False) -> str:
    """The whole readable report; page furniture (menus, footers...) only when asked for."""
    paint = _painter(colour)
    out = [paint(summary_line(c), _BOLD), ""]
    passages = passage_lines(c)
    if passages:
        out.extend(["Borrowed passages:", *passages, ""])
    for d in c.differences:
        if d.furniture and not furniture:
            continue
        out.extend(_difference(c, d, paint, width))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _painter(colour: bool):
    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if colour and text else text
    return paint


def _where(document: Document, span: Span | None) -> str:
    if span is None:
        return "-"
    return f"line {document.line_of(span[0])}"


def _difference(c: Comparison, d: Difference, paint, width: int) -> list[str]:
    colour = paint("x", "") != "x"
    head = f"[{d.id}] {KIND_LABEL[d.kind]}" + (" (page furniture)" if d.furniture else "")
    if d.similarity is not None and d.kind in ("changed", "moved"):
        head += f" (similarity {d.similarity:.2f})"
    head += f"  original {_where(c.left, d.left)} | copy {_where(c.right, d.right)}"
    lines = [paint(head, _COLOURS[d.kind])]
    if d.kind == "duplicated" and d.duplicate_of:
        lines.append(paint(f"    repeats copy {_where(c.right, d.duplicate_of)}", _DIM))
    for side, span, mark, op, code in (("left", d.left, "-", "delete", _DEL),
                                       ("right", d.right, "+", "insert", _INS)):
        if span is None:
            continue
        text = c.left.text if side == "left" else c.right.text
        marks = [m for e in d.edits if e.op == op and (m := (e.left if side == "left" else e.right))]
        brackets = ("[-", "-]") if op == "delete" else ("{+", "+}")
        excerpt = _marked(text, span, marks, colour, code, *brackets)
        # textwrap costs ~50 us a call: most excerpts fit on their line as they are.
        fits = len(excerpt) <= width - 6
        wrapped = [excerpt] if fits else textwrap.wrap(excerpt, width - 6, break_long_words=False) or [""]
        lines.extend(f"  {mark} " + w for w in wrapped)
    return lines


def _marked(text: str, span: Span, marks: list[Span], colour: bool, code: str,
            open_: str, close: str) -> str:
    s, e = span
    pieces, pos = [], s
    for ms, me in sorted(marks):
        if ms < pos or me > e:
            continue
        pieces.append(text[pos:ms])
        word = text[ms:me]
        pieces.append(f"{code}{word}{_RESET}" if colour else f"{open_}{word}{close}")
        pos = me
    pieces.append(text[pos:e])
    out = " ".join("".join(pieces).split())
    if len(out) > EXCERPT:
        out = out[:EXCERPT].rsplit(" ", 1)[0] + " …"
    return out
