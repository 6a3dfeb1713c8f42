"""The scan as one standalone HTML page: a ranked table whose rows open on their passages.

The safety rules are the report's (app/report/html_report.py): every text
from a file (names, paths, passages) is escaped, control characters are
shown as pictures, the Content-Security-Policy forbids loading anything and
running any script, and nothing is fetched. Rows open and close with
``<details>``, which needs no script.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from app import __version__
from app.report.html_report import CSP
from app.report.palette import KIND_STYLES, tint
from app.scan.records import CopyResult, Passage, ScanReport, Span
from app.scan.render import counts_line
from app.terminal import printable

#: Longest passage text shown in full on each side; the rest is said in words.
PASSAGE_CHARS = 6000
INK, MUTED, RULE = "#1b1b1b", "#5a5a5a", "#cfcfcf"
_COLUMNS = ("Rank", "Reused", "Covered", "Passages", "Changed", "Added", "Omitted", "Duplicated")


def render_html(report: ScanReport, generated_at: datetime | None = None) -> str:
    """The whole page as one HTML string (UTF-8 when written)."""
    when = (generated_at or datetime.now(UTC)).astimezone(UTC)
    o = report.original
    title = f"Copies of {o.name or o.path}"
    facts = any(c.facts is not None for c in report.copies)
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Verso {_e(__version__)}">',
        f"<title>{_e(title)} — Verso scan</title>",
        f"<style>{_stylesheet()}</style>", "</head>", "<body>",
        f"<header><h1>{_e(title)}</h1>",
        f'<p class="meta"><b>Original:</b> {_e(o.path)} · {o.chars:,} characters · SHA-256 '
        f"<code>{_e(o.sha256)}</code></p>",
        f'<p class="meta"><b>Scan:</b> {_e(counts_line(report))}</p>',
        f'<p class="meta"><b>Generated:</b> <time datetime="{when:%Y-%m-%dT%H:%M:%SZ}">'
        f"{when:%Y-%m-%d %H:%M} UTC</time> by Verso {_e(__version__)}</p></header>",
    ]
    if report.interrupted:
        parts.append('<p class="warn">The scan was stopped before the end: the list holds the '
                     "documents done by then.</p>")
    parts.append(_table(report, facts))
    if report.unreadable:
        parts.append(f'<section><h2>Unreadable files ({len(report.unreadable):,})</h2><ul class="unreadable">')
        parts += [f"<li><code>{_e(u.path)}</code>: {_e(u.reason)}</li>" for u in report.unreadable]
        parts.append("</ul></section>")
    parts += [f"<footer>Made with Verso {_e(__version__)}. Reused: share of a copy's text taken from the "
              "original; covered: share of the original the copy uses. Offsets count characters of the "
              "texts as Verso reads them. This page loads nothing from the network.</footer>",
              "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _table(report: ScanReport, facts: bool) -> str:
    if not report.copies:
        return '<p class="none">No document borrowed from the original.</p>'
    columns = _COLUMNS + (("Facts altered",) if facts else ()) + ("Document",)
    head = "".join(f'<span role="columnheader">{c}</span>' for c in columns)
    rows = [f'<section class="copies" role="table" aria-label="Copies ranked by how much they borrowed">'
            f'<div class="row head{_facts_class(facts)}" role="row">{head}</div>']
    for rank, copy in enumerate(report.copies, 1):
        rows.append(_row(rank, copy, facts))
    rows.append("</section>")
    return "\n".join(rows)


def _row(rank: int, c: CopyResult, facts: bool) -> str:
    cells = [str(rank), _pct(c.reused), _pct(c.covered), str(len(c.passages)), str(c.count("changed")),
             _pct(c.added), _pct(c.omitted), _pct(c.duplicated)]
    if facts:
        altered = c.fact_count("altered")
        cells.append("-" if altered is None else str(altered))  # (None: too many facts to check)
    summary = "".join(f'<span role="cell">{v}</span>' for v in cells)
    summary += f'<span role="cell" class="path">{_e(c.path)}</span>'
    bar = (f'<span class="bar" aria-hidden="true"><span style="width:{c.reused * 100:.1f}%"></span></span>')
    body = [f'<p class="meta">{c.chars:,} characters · SHA-256 <code>{_e(c.sha256)}</code></p>']
    if not c.passages:
        body.append('<p class="none">No borrowed passage (only scattered links).</p>')
    for k, p in enumerate(c.passages, 1):
        body.append(_passage(k, p))
    return (f'<details class="copy"><summary class="row{_facts_class(facts)}" role="row">{summary}{bar}</summary>\n'
            + "\n".join(body) + "\n</details>")


def _passage(k: int, p: Passage) -> str:
    left = _marked(p.left_text, p.deleted, "del")
    right = _marked(p.right_text, p.inserted, "ins")
    return (f'<div class="passage"><div class="phead">Passage {k} · similarity {p.similarity:.0%}</div>'
            f'<div class="pair"><div class="side"><span class="lab">Original, characters '
            f"{p.left[0]:,}–{p.left[1]:,}</span>\n{left}</div>"
            f'<div class="side"><span class="lab">Copy, characters {p.right[0]:,}–{p.right[1]:,}</span>\n'
            f"{right}</div></div></div>")


def _marked(text: str, spans: tuple[Span, ...], kind: str) -> str:
    """``text`` escaped, with ``spans`` wrapped as edits; cut at PASSAGE_CHARS."""
    shown = text[:PASSAGE_CHARS]
    out, pos = [], 0
    for s, e in spans:
        s, e = max(s, pos), min(e, len(shown))
        if s >= e:
            continue
        out.append(_e(shown[pos:s]))
        out.append(f'<span class="e-{kind}">{_e(shown[s:e])}</span>')
        pos = e
    out.append(_e(shown[pos:]))
    if len(text) > len(shown):
        out.append(f'<span class="none"> … and {len(text) - len(shown):,} more characters</span>')
    return "".join(out)


def _facts_class(facts: bool) -> str:
    return " facts" if facts else ""


def _e(text: object) -> str:
    return html.escape(printable(str(text)), quote=True)


def _pct(value: float) -> str:
    return f"{value:.0%}"


def _stylesheet() -> str:
    changed, omitted = KIND_STYLES["changed"].colour, KIND_STYLES["omitted"].colour
    grid = "4em 5.5em 5.5em 5.5em 5.5em 5em 5.5em 6.5em"
    return f"""
html {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0 auto; max-width: 1500px; padding: 24px 28px 48px; color: {INK}; background: #fff;
  font: 15px/1.5 system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }}
h1 {{ font-size: 1.6em; margin: 0 0 .2em; }}
h2 {{ font-size: 1.2em; margin: 1.6em 0 .6em; border-bottom: 2px solid {INK}; }}
.meta {{ color: {MUTED}; font-size: .85em; margin: 0 0 .2em; }}
.meta code {{ word-break: break-all; }}
.warn {{ border-left: 4px solid {omitted}; padding: 4px 10px; background: {tint(omitted, .1)}; }}
.copies {{ margin-top: 1.2em; }}
.row {{ display: grid; grid-template-columns: {grid} 1fr; gap: 0 8px; align-items: baseline;
  padding: 6px 8px; border-bottom: 1px solid {RULE}; font-variant-numeric: tabular-nums; }}
.row.facts {{ grid-template-columns: {grid} 6.5em 1fr; }}
.row.head {{ font-weight: 600; border-bottom: 2px solid {INK}; background: #f4f4f4; }}
details.copy > summary {{ cursor: pointer; list-style: none; position: relative; }}
details.copy > summary::-webkit-details-marker {{ display: none; }}
details.copy > summary::before {{ content: "▸"; position: absolute; left: -14px; }}
details.copy[open] > summary::before {{ content: "▾"; }}
details.copy[open] > summary {{ background: {tint(changed, .08)}; }}
details.copy > summary:focus-visible {{ outline: 2px solid {changed}; }}
.path {{ overflow-wrap: anywhere; }}
.bar {{ grid-column: 1 / -1; height: 4px; background: #eee; margin-top: 4px; }}
.bar span {{ display: block; height: 4px; background: {changed}; }}
details.copy > :not(summary) {{ margin-left: 12px; margin-right: 12px; }}
.passage {{ border: 1px solid {RULE}; border-left: 5px solid {changed}; border-radius: 4px;
  padding: 6px 10px; margin: 8px 0; break-inside: avoid; }}
.phead {{ font-weight: 600; font-size: .9em; }}
.pair {{ display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin-top: 4px; }}
.side {{ white-space: pre-wrap; overflow-wrap: anywhere; font: .95em/1.5 Georgia, "DejaVu Serif", serif; }}
.lab {{ display: block; font: 600 .75em system-ui, "DejaVu Sans", sans-serif; color: {MUTED};
  text-transform: uppercase; letter-spacing: .04em; }}
.e-del {{ background: {tint(omitted, .30)}; text-decoration: line-through {omitted}; }}
.e-ins {{ background: {tint(changed, .25)}; text-decoration: underline solid {changed};
  text-underline-offset: 3px; }}
.none {{ color: {MUTED}; font-style: italic; }}
.unreadable code {{ overflow-wrap: anywhere; }}
footer {{ margin-top: 2.5em; color: {MUTED}; font-size: .8em; border-top: 1px solid {RULE}; padding-top: .6em; }}
@media screen and (max-width: 760px) {{ .row {{ grid-template-columns: repeat(4, 1fr); }}
  .path {{ grid-column: 1 / -1; }} .pair {{ grid-template-columns: 1fr; }} }}
@media print {{ details.copy > summary::before {{ content: none; }} }}
"""
