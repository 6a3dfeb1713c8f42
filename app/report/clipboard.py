"""One difference, or a selection of them, as text to paste into an email or a chat.

``clip_differences(comparison, differences, annotations, links)`` returns a
:class:`Clip` with the same content twice: ``text`` (plain, for any
program) and ``html`` (for mail and office programs; the word edits struck
through and underlined). For each difference: its number and kind, the
verdict and note if it has them, what it does to facts ("53% → 35%"), then
the original's and the copy's excerpts. The window puts both on the
clipboard (Ctrl+C and the context menu of the differences list).

The HTML is made here from escaped text only: a fixed handful of tags
(``p``, ``b``, ``i``, ``del``, ``ins``, ``blockquote``, ``br``, ``span``)
with inline ``style`` attributes, no links, scripts, classes or anything
from the documents but their text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from app.engine.records import Comparison, Difference, Span
from app.facts.links import FactLinks
from app.project.annotations import Annotations, Verdict
from app.report.palette import KIND_STYLES

#: Longest excerpt of one side (characters); the rest is replaced by "…".
EXCERPT_CHARS = 1500
_SIDE = {"left": "Original", "right": "Copy"}
_DEL_STYLE = f"color: {KIND_STYLES['omitted'].colour}; text-decoration: line-through"
_INS_STYLE = f"color: {KIND_STYLES['changed'].colour}; text-decoration: underline"  # as the report's


@dataclass(frozen=True, slots=True)
class Clip:
    """What goes on the clipboard: plain text and HTML of the same differences."""

    text: str
    html: str


def clip_differences(comparison: Comparison, differences: Sequence[Difference],
                     annotations: Annotations | None = None, links: FactLinks | None = None,
                     limit: int = EXCERPT_CHARS) -> Clip:
    """The differences (in the order given) as plain text and as HTML, with where they come from."""
    annotations = annotations or Annotations()
    head = (f"{comparison.left.name or 'Original'} (original) vs "
            f"{comparison.right.name or 'Copy'} (copy)")
    texts = [head] if len(differences) > 1 else []
    htmls = [f"<p><i>{_e(head)}</i></p>"] if len(differences) > 1 else []
    for d in differences:
        text, markup = _one(comparison, d, annotations, links, limit)
        texts.append(text)
        htmls.append(markup)
    return Clip("\n\n".join(texts) + "\n", "\n".join(htmls))


def _one(comparison: Comparison, d: Difference, annotations: Annotations, links: FactLinks | None,
         limit: int) -> tuple[str, str]:
    style = KIND_STYLES.get(d.kind)
    title = f"#{d.id} {style.label if style else d.kind}" + (" (page furniture)" if d.furniture else "")
    verdict = annotations.verdict_of(d.id)
    note = annotations.note_of(d.id)
    facts = links.changes(d.id) if links is not None else []
    reviewed = verdict is not Verdict.UNREVIEWED
    lines = [title + (f" \u2014 verdict: {verdict.label}" if reviewed else "")]
    parts = [f"<p><b>{_e(title)}</b>" + (f" \u2014 verdict: <b>{_e(verdict.label)}</b>" if reviewed else "") + "</p>"]
    if facts:
        lines.append("\u26a0 Facts: " + " \u00b7 ".join(facts))
        parts.append(f"<p><b>\u26a0 Facts:</b> {_e(' · '.join(facts))}</p>")
    for side in ("left", "right"):
        span = d.span(side)
        text = comparison.document(side).text
        where = f" (line {comparison.document(side).line_of(span[0])})" if span is not None else ""
        if span is None or span[0] >= span[1]:
            lines.append(f"{_SIDE[side]}: (nothing)")
            parts.append(f"<p><b>{_SIDE[side]}:</b> <i>(nothing)</i></p>")
            continue
        plain, cut = _excerpt(text, span, limit)
        lines.append(f"{_SIDE[side]}{where}: {plain}")
        marked = _marked(text, span, _edits(d, side), cut, "del" if side == "left" else "ins")
        parts.append(f"<p><b>{_SIDE[side]}{_e(where)}:</b></p><blockquote>{marked}</blockquote>")
    if note:
        lines.append(f"Note: {note}")
        parts.append("<p><b>Note:</b> " + _e(note).replace("\n", "<br>") + "</p>")
    return "\n".join(lines), "\n".join(parts)


def _edits(d: Difference, side: str) -> list[Span]:
    op = "delete" if side == "left" else "insert"
    spans = [e.left if side == "left" else e.right for e in d.edits if e.op == op]
    return sorted(s for s in spans if s is not None and s[0] < s[1])


def _excerpt(text: str, span: Span, limit: int) -> tuple[str, int]:
    """The span's text on one line (white space folded), cut at ``limit``; and where it was cut."""
    end = min(span[1], span[0] + limit)
    body = " ".join(text[span[0]:end].split())
    return body + ("\u2026" if end < span[1] else ""), end


def _marked(text: str, span: Span, edits: list[Span], cut: int, tag: str) -> str:
    """The excerpt as HTML, its word edits in <del> or <ins> (escaped text, inline styles only)."""
    style = _DEL_STYLE if tag == "del" else _INS_STYLE
    out = []
    at = span[0]
    for s, e in edits:
        s, e = max(s, at), min(e, cut)
        if s >= e:
            continue
        out.append(_e(text[at:s]))
        out.append(f'<{tag} style="{style}">{_e(text[s:e])}</{tag}>')
        at = e
    out.append(_e(text[at:cut]))
    body = "".join(out).strip().replace("\n", "<br>")
    return body + ("\u2026" if cut < span[1] else "")


def _e(text: str) -> str:
    return html.escape(text, quote=True)
