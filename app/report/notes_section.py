"""The notes of a report: the reviewer's highlights and the annotations that could not be placed."""

from __future__ import annotations

import html

from app.documents.model import Document
from app.engine.records import Comparison, Span
from app.project.annotations import Annotations, Highlight
from app.project.fact_reviews import FactReview
from app.report.facts_section import KIND_WORDS as FACT_KIND_WORDS

SIDE_NAME = {"left": "Original", "right": "Copy"}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def where(document: Document, span: Span | None) -> str:
    """Where a span starts, as a reader finds it: "line 12" ("—" for no span)."""
    if span is None:
        return "—"
    return f"line {document.line_of(span[0])}"


def notes_section(c: Comparison, annotations: Annotations, limit: int) -> str:
    """The reviewer's highlights with their notes, and the annotations that could not be placed."""
    placed = [h for h in annotations.highlights if h.placed]
    unplaced = annotations.unplaced()
    if not placed and not unplaced:
        return ""
    parts = ['<section class="notes" id="notes">', "<h2>Notes on the text</h2>"]
    if placed:
        parts.append('<ol class="diffs">')
        for h in placed:
            parts.append(_highlight_item(c, h, limit))
        parts.append("</ol>")
    if unplaced:
        parts.append("<h3>Annotations that could not be placed in these texts</h3>")
        parts.append('<ol class="diffs">')
        for item in unplaced:
            if isinstance(item, Highlight):
                quote = item.anchor.quote.exact
                head = f"Highlight on the {SIDE_NAME[item.side].lower()}"
                note = item.note
            elif isinstance(item, FactReview):
                quote = item.quote
                then = f" that was {item.status}" if item.status else ""
                head = f"{item.verdict.label} on a {FACT_KIND_WORDS.get(item.kind, item.kind)}{then}"
                note = item.note
            else:
                anchor = item.left or item.right
                quote = anchor.quote.exact if anchor else ""
                head = f"{item.verdict.label} on a former {item.kind} difference"
                note = item.note
            parts.append(f'<li><div class="dhead"><span>{_e(head)}</span></div>'
                         f'<div class="pair"><div class="side">{_e(quote[:limit])}</div></div>'
                         + note_html(note) + "</li>")
        parts.append("</ol>")
    parts.append("</section>")
    return "\n".join(parts)


def note_html(note: str) -> str:
    """A note under a difference or a highlight (nothing for no note)."""
    return f'<p class="note"><b>Note:</b> {_e(note)}</p>' if note else ""


def _highlight_item(c: Comparison, h: Highlight, limit: int) -> str:
    text = c.document(h.side).text
    return (f'<li id="n-{_e(h.id)}"><div class="dhead"><span>✎{_e(h.id[1:])} '
            f"{SIDE_NAME[h.side]}, {where(c.document(h.side), h.span)}</span> "
            f'<span class="where"><a href="#t-{_e(h.id)}">in the text</a></span></div>'
            f'<div class="pair"><div class="side"><span class="hl">'
            f"{_e(text[h.span[0]:h.span[1]][:limit])}</span></div></div>"
            + note_html(h.note) + "</li>")
