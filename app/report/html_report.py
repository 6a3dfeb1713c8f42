"""The standalone HTML report: one file, no scripts, nothing fetched, printable.

Every piece of document text and every note is escaped: both come from
outside (a web page, a colleague's project file). A Content-Security-Policy
forbids the page from loading anything at all, even if some markup slipped
through.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime

from app import __version__
from app.engine.compare import no_gc_pauses
from app.engine.options import CompareOptions
from app.engine.records import KINDS, Comparison, Span
from app.facts.links import link_facts
from app.facts.records import FactReport
from app.project.anchors import SIDES, Side
from app.project.annotations import VERDICT_ORDER, Annotations, Verdict
from app.report.facts_section import fact_flags, fact_marks, fact_points, facts_section, facts_summary
from app.report.layout import (
    Mark,
    MarkIndex,
    Point,
    PointIndex,
    Segments,
    aligned_rows,
    cell_html,
    marks_and_points,
    needs_escape,
    run_parts,
    side_marks,
)
from app.report.notes_section import SIDE_NAME as _SIDE_NAME
from app.report.notes_section import note_html, notes_section
from app.report.notes_section import where as _where
from app.report.palette import KIND_STYLES
from app.report.reviews import ReviewIndex
from app.report.shares import LABELS as SHARE_LABELS
from app.report.shares import Borrowed, borrowed, borrowing_sentence, copy_shares, percent
from app.report.stylesheet import stylesheet
from app.vocabulary import EDIT_MARKS

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")
#: Longest passage quoted in full in the list of differences.
EXCERPT_CHARS = 900
#: Longest text of a borrowed passage quoted in the list of passages (the whole is in the texts,
#: where the passage's badge links): the list comes before the texts and should stay short.
PASSAGE_CHARS = 600



@dataclass(frozen=True, slots=True)
class ReportSettings:
    """What the caller may choose about a report."""

    title: str | None = None
    generated_at: datetime | None = None   # None: now (tests pass a fixed time)
    options: CompareOptions | None = None  # shown in the header when given
    excerpt_chars: int = EXCERPT_CHARS
    facts: FactReport | None = None  # the facts check of this comparison: a Facts section when given


def render_html(comparison: Comparison, annotations: Annotations | None = None,
                settings: ReportSettings | None = None) -> str:
    """The whole report as one HTML string (UTF-8 when written)."""
    with no_gc_pauses():  # some 10 pieces a difference, no cycles: 1 MB report 2.2 s -> 1.6 s
        return _render_html(comparison, annotations, settings)


def _render_html(comparison: Comparison, annotations: Annotations | None,
                 settings: ReportSettings | None) -> str:
    annotations = annotations or Annotations()
    settings = settings or ReportSettings()
    c = comparison
    title = settings.title or (f"{c.left.name or 'Original'} vs {c.right.name or 'Copy'}")
    when = (settings.generated_at or datetime.now(UTC)).astimezone(UTC)
    facts = _Facts(c, settings.facts, annotations) if settings.facts is not None else None
    taken = borrowed(c)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Verso {_e(__version__)}">',
        f"<title>{_e(title)} — Verso report</title>",
        f"<style>{stylesheet()}</style>",
        "</head>",
        "<body>",
        _header(c, title, when, settings.options),
        _summary(c, annotations, facts, taken),
        _legend(facts is not None, bool(taken.passages)),
        _passages(c, taken, min(settings.excerpt_chars, PASSAGE_CHARS)),
        _texts(c, annotations, facts, taken),
        facts.section() if facts is not None else "",
        _differences(c, annotations, settings.excerpt_chars, facts),
        notes_section(c, annotations, settings.excerpt_chars),
        f'<footer class="ui">Made with Verso {_e(__version__)} on {when:%Y-%m-%d %H:%M} UTC. '
        "Offsets and figures refer to the texts as shown above. This page loads nothing "
        "from the network.</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class _Facts:
    """The facts of the report, linked to its differences (facts_section.py renders them)."""

    def __init__(self, comparison: Comparison, report: FactReport, annotations: Annotations) -> None:
        self.comparison = comparison
        self.report = report
        self.annotations = annotations
        self.links = link_facts(comparison, report)

    def summary(self) -> str:
        return facts_summary(self.report, self.annotations)

    def section(self) -> str:
        return facts_section(self.comparison, self.report, self.links, _where, self.annotations)

    def flags(self, difference_id: int) -> str:
        return fact_flags(self.links, difference_id)

    def marks(self, side: Side) -> tuple[list[Mark], list[Point]]:
        return fact_marks(self.report, side), fact_points(self.report, side)


# ---- header, summary, legend --------------------------------------------------------

def _header(c: Comparison, title: str, when: datetime, options: CompareOptions | None) -> str:
    rows = []
    for side in SIDES:
        doc = c.document(side)
        where = f" — {_e(doc.path)}" if doc.path else ""
        rows.append(f'<p class="meta ui"><b>{_SIDE_NAME[side]}:</b> {_e(doc.name or "untitled")}'
                    f"{where} · {len(doc.text):,} characters · SHA-256 "
                    f"<code>{_e(doc.sha256)}</code></p>")
    if options is not None:
        opts = ", ".join(f"{f.name.replace('_', ' ')}: {_option(getattr(options, f.name))}"
                         for f in fields(options))
        rows.append(f'<p class="meta ui"><b>Options:</b> {_e(opts)}</p>')
    rows.append(f'<p class="meta ui"><b>Generated:</b> '
                f'<time datetime="{when:%Y-%m-%dT%H:%M:%SZ}">{when:%Y-%m-%d %H:%M} UTC</time>'
                f" by Verso {_e(__version__)}</p>")
    return f'<header>\n<h1>{_e(title)}</h1>\n' + "\n".join(rows) + "\n</header>"


def _option(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _summary(c: Comparison, annotations: Annotations, facts: _Facts | None = None,
             taken: Borrowed | None = None) -> str:
    s = c.summary
    figures = [
        (s.reused, "of the copy reused from the original"),
        (s.added, "of the copy added"),
        (s.duplicated, "of the copy repeats itself"),
        (s.omitted, "of the original omitted"),
    ]
    # The space after </b>: browsers set the figure on its own line (display: block), Qt's
    # rich text (PDF, printing) does not, and read "45%of the copy" without it.
    items = "".join(f'<li class="figure ui"><b>{v:.0%}</b> <span>{_e(t)}</span></li>'
                    for v, t in figures)
    article = [d for d in c.differences if not getattr(d, "furniture", False)]
    counts = {k: sum(1 for d in article if d.kind == k) for k in KINDS}
    kinds = " · ".join(f"{n} {KIND_STYLES[k].label.lower()}" for k, n in counts.items() if n)
    furniture = len(c.differences) - len(article)
    if furniture:  # as the window and the summary figures: page furniture counted apart
        kinds += f" (and {furniture} in page furniture)"
    # Counted over the same differences as the line above, or "66 unreviewed" follows
    # "30 differences" when page furniture makes up the rest.
    reviews = ReviewIndex(annotations)
    verdicts = dict.fromkeys(VERDICT_ORDER, 0)
    for d in article:
        verdicts[reviews.verdict_of(d.id)] += 1
    review = " · ".join(f"{verdicts[v]} {v.label.lower()}" for v in VERDICT_ORDER if verdicts[v])
    reviewed_furniture = sum(1 for d in c.differences if getattr(d, "furniture", False)
                             and reviews.verdict_of(d.id) is not Verdict.UNREVIEWED)
    if reviewed_furniture:
        review += f" (and {reviewed_furniture} reviewed in page furniture)"
    n = len(annotations.highlights)
    if n:
        review += f" · {n} highlighted passage{'s' if n != 1 else ''}"
    taken = taken or borrowed(c)
    passages = _e(borrowing_sentence(len(taken.passages), taken.share))
    if taken.passages:
        passages += f' <a href="#passages">{"Read it" if len(taken.passages) == 1 else "Read them"}</a>'
    return (f'<section class="summary">\n<h2>Summary</h2>\n<ul class="figures">{items}</ul>\n'
            f"{_shares_bar(c, taken)}\n"
            f'<p class="counts ui borrowing"><b>Borrowed passages:</b> {passages}</p>\n'
            f'<p class="counts ui"><b>{len(article)} difference{"s" if len(article) != 1 else ""}:</b> '
            f"{_e(kinds or 'none')}</p>\n"
            f'<p class="counts ui"><b>Review:</b> {_e(review or "nothing reviewed")}</p>\n'
            + (facts.summary() + "\n" if facts is not None else "")
            + "</section>")


def _shares_bar(c: Comparison, taken: Borrowed | None = None) -> str:
    """A stacked bar of what the copy is made of, its figures also in words (for print and Qt)."""
    parts = [(p, v) for p, v in copy_shares(c, taken).parts() if v >= 0.005]
    colours = {"reused": "#999999", "changed": KIND_STYLES["changed"].colour,
               "added": KIND_STYLES["added"].colour, "duplicated": KIND_STYLES["duplicated"].colour}
    words = " · ".join(f"{v:.0%} {SHARE_LABELS[p]}" for p, v in parts)
    # A one-row table, not a flex box: Qt's rich text (PDF, printing) draws tables and cell
    # widths but no flex layout, and left the bar out.
    cells = "".join(f'<td width="{v * 100:.1f}%" style="background-color: {colours[p]}; height: 12px; '
                    f'padding: 0; font-size: 6px; line-height: 12px" title="{v:.0%} {SHARE_LABELS[p]}">'
                    "&nbsp;</td>" for p, v in parts)
    return (f'<table class="shares ui" role="img" aria-label="The copy: {_e(words)}" cellspacing="0" '
            f'cellpadding="0" width="100%" style="max-width: 640px; border-collapse: collapse">'
            f"<tr>{cells}</tr></table>\n"
            f'<p class="counts ui"><b>The copy:</b> {_e(words or "empty")}</p>')


def _legend(with_facts: bool = False, with_passages: bool = False) -> str:
    # Each kind as the window shows it (app/vocabulary.py): the legend chip's colour and glyph
    # first (the tints of the sample alone are faint in print), then its text's tint and underline.
    items = [f'<li><span class="chip" style="background-color: {st.colour}; color: {st.ink}">'
             f'&nbsp;{_e(st.glyph)}&nbsp;</span> '
             f'<span class="sample k-{k}">{_e(st.label)}</span> {_e(st.cue)} — '
             f"{_e(st.meaning)}</li>" for k, st in KIND_STYLES.items()]
    items.append(f'<li><span class="sample e-del">deleted</span> {_e(EDIT_MARKS["deleted"])} / '
                 f'<span class="sample e-ins">inserted</span> {_e(EDIT_MARKS["inserted"])}: the words that '
                 "differ inside a changed or moved passage (as in the window’s redline)</li>")
    items.append('<li><span class="sample hl">Highlight</span> a reviewer’s highlight; '
                 'its note is listed under “Notes on the text”</li>')
    items.append('<li><a class="badge" href="#differences">12</a> the number of a difference: '
                 "click it to read the difference, its verdict and note</li>")
    if with_passages:
        items.append('<li><a class="badge b-passage" href="#passages">P1</a> where a borrowed passage '
                     "starts in each text: click it to read the passage under “Borrowed passages”</li>")
    if with_facts:
        items.append('<li><a class="badge b-fact" href="#facts">\u26a0</a> <span class="sample fact">53%</span> '
                     "a figure, date, quotation, name or claim the copy dropped, changed or added: "
                     "click the sign to read it under “Facts”</li>")
    return ('<section class="legend-section">\n<h2>Legend</h2>\n<ul class="legend ui">'
            + "".join(items) + "</ul>\n</section>")


# ---- the two texts side by side ----------------------------------------------------------

def _points(c: Comparison, annotations: Annotations, side: Side) -> list[Point]:
    prefix = "L" if side == "left" else "R"
    points = []
    labels = {kind: _e(style.label) for kind, style in KIND_STYLES.items()}
    for d in c.differences:
        span = d.span(side)
        if span is not None:
            label = labels[d.kind] if d.kind in labels else _e(KIND_STYLES[d.kind].label)
            points.append(Point(span[0], f'<a class="badge b-{d.kind}" id="{prefix}{d.id}" '
                                         f'href="#d{d.id}" title="{label}'
                                         f' — difference {d.id}">{d.id}</a>', 0))
    for h in annotations.highlights:
        if h.placed and h.side == side:
            points.append(Point(h.span[0], f'<a class="badge b-note" id="t-{_e(h.id)}" '
                                           f'href="#n-{_e(h.id)}" title="Note">✎{_e(h.id[1:])}'
                                           "</a>", 1))
    return points


def _cell(text: str, span: Span, marks: MarkIndex | list[Mark], points: PointIndex | list[Point]) -> str:
    return cell_html(run_parts(text, span[0], span[1], *marks_and_points(text, span[0], span[1], marks, points)))


def _passage_points(taken: Borrowed, side: Side) -> list[Point]:
    """A badge where each borrowed passage starts, before the differences' badges there."""
    prefix = "LP" if side == "left" else "RP"
    return [Point(p.span(side)[0], f'<a class="badge b-passage" id="{prefix}{p.id}" href="#p{p.id}" '
                                   f'title="Borrowed passage {p.id}">P{p.id}</a>', -1)
            for p in taken.passages]


def _texts(c: Comparison, annotations: Annotations, facts: _Facts | None = None,
           taken: Borrowed | None = None) -> str:
    marks = {side: side_marks(c, annotations, side) for side in SIDES}
    points = {side: _points(c, annotations, side) + _passage_points(taken or borrowed(c), side)
              for side in SIDES}
    if facts is not None:
        for side in SIDES:
            more_marks, more_points = facts.marks(side)
            marks[side] += more_marks
            points[side] += more_points
    spans = aligned_rows(c)
    cut = {side: Segments(c.document(side).text, marks[side], points[side],
                          [row[k][i] for row in spans for i in (0, 1)])
           for k, side in enumerate(SIDES)}
    rows = []
    for lspan, rspan in spans:
        left = cut["left"].cell(*lspan)
        right = cut["right"].cell(*rspan)
        if left or right:
            rows.append(f"<tr><td>{left}</td><td>{right}</td></tr>")
    return ('<section class="texts">\n<h2>The texts side by side</h2>\n'
            '<table class="sbs">\n<colgroup><col><col></colgroup>\n'
            f"<thead><tr><th>Original — {_e(c.left.name or 'untitled')}</th>"
            f"<th>Copy — {_e(c.right.name or 'untitled')}</th></tr></thead>\n<tbody>\n"
            + "\n".join(rows) + "\n</tbody>\n</table>\n</section>")


# ---- the borrowed passages ---------------------------------------------------------------

def _passages(c: Comparison, taken: Borrowed, limit: int) -> str:
    """Each borrowed passage: where, how alike, how much of the copy, both texts (what the copy
    left out and put in marked)."""
    if not taken.passages:
        return ""
    # What the copy left out of the original (omitted text, deleted words) and put in of its
    # own (added text, inserted words): a passage spans the small pieces between its links.
    shown = {side: [(p.span(side)[0], min(p.span(side)[1], p.span(side)[0] + limit)) for p in taken.passages]
             for side in SIDES}
    marks = {side: MarkIndex(_near(_own_words(c, side), shown[side])) for side in SIDES}
    items = []
    for k, (p, share) in enumerate(zip(taken.passages, taken.shares, strict=True)):
        sides = []
        for side in SIDES:
            span = p.span(side)
            cut = span[1] - span[0] > limit
            body = _cell(c.document(side).text, shown[side][k], marks[side], [])
            more = '<span class="none"> … (read on in the texts below)</span>' if cut else ""
            sides.append(f'<div class="side"><div class="lab">{_SIDE_NAME[side]}&nbsp;</div> '
                         f"{body}{more}</div>")
        where = (f"original {_where(c.left, p.left)} · copy {_where(c.right, p.right)}"
                 f" · similarity {p.similarity:.0%} · {percent(share)} of the copy")
        items.append(f'<li id="p{p.id}" class="passage"><div class="dhead"><span>Passage {p.id}</span> '
                     f'<span class="where">{_e(where)} · <a href="#LP{p.id}">in the original</a> · '
                     f'<a href="#RP{p.id}">in the copy</a></span></div>'
                     f'<div class="pair">{"".join(sides)}</div></li>')
    n = len(taken.passages)
    return (f'<section class="passages" id="passages">\n'
            f"<h2>Borrowed passages ({n})</h2>\n"
            f'<p class="counts ui">{_e(borrowing_sentence(n, taken.share))} Each passage is text of the '
            "original the copy took in one run, word for word or reworded; the copy’s own words "
            "are underlined, the original’s words it left out struck through.</p>\n"
            f'<ol class="diffs">\n' + "\n".join(items) + "\n</ol>\n</section>")


def _near(marks: list[Mark], ranges: list[Span]) -> list[Mark]:
    """The marks a MarkIndex looks at for ``ranges``: those in a bucket of text one of them
    touches (the quoted passages are short; the marks cover the whole text)."""
    size = MarkIndex.CHUNK
    wanted = sorted({b for s, e in ranges for b in range(s // size, max(s, e - 1) // size + 1)})
    out = []
    for m in marks:
        k = bisect.bisect_left(wanted, m.start // size)  # its first bucket wanted, or a later one
        if k < len(wanted) and wanted[k] <= max(m.start, m.end - 1) // size:
            out.append(m)
    return out


def _own_words(c: Comparison, side: Side) -> list[Mark]:
    """On the original, its text the copy left out ("e-del"); on the copy, its own ("e-ins")."""
    kind, op, css = ("omitted", "delete", "e-del") if side == "left" else ("added", "insert", "e-ins")
    marks = []
    for d in c.differences:
        span = d.span(side)
        if d.kind == kind and span is not None:
            marks.append(Mark(span[0], span[1], css))
        for e in d.edits:
            x = e.left if side == "left" else e.right
            if e.op == op and x is not None and x[0] < x[1]:
                marks.append(Mark(x[0], x[1], css))
    return marks


# ---- the list of differences -------------------------------------------------------------

def _excerpt(text: str, span: Span, marks: Sequence[tuple[int, int, str]], limit: int, plain: bool = False) -> str:
    start, end = span
    cut = end - start > limit
    shown_end = start + limit if cut else end
    body = _marked(text, start, shown_end, marks, plain)
    return body + ('<span class="none"> … (continues in the text above)</span>' if cut else "")


def _marked(text: str, start: int, end: int, marks: Sequence[tuple[int, int, str]], plain: bool = False) -> str:
    """``_cell`` for a difference's own edits, with no points: edits are in order and apart,
    each a span of its own (25,000 differences spent a second in the general runs).
    ``plain``: ``text`` holds nothing to escape."""
    escape = str if plain else html.escape
    out: list[str] = []
    pos = start
    for a, b, css in marks:
        if not (a < end and start < b):
            continue  # not shown
        a, b = max(start, a), min(end, b)
        if a >= b or a < pos:  # empty or overlapping the one before: the general runs
            return _cell(text, (start, end), [Mark(*m) for m in marks], [])
        if pos < a:
            out.append(escape(text[pos:a]))
        out.append(f'<span class="{css}">{escape(text[a:b])}</span>')
        pos = b
    if pos < end:
        out.append(escape(text[pos:end]))
    return "".join(out).strip("\n") or ""


_LABEL = '<div class="lab">{}&nbsp;</div> '
_NOTHING = {side: f'<div class="side">{_LABEL.format(_SIDE_NAME[side])}<span class="none">(nothing)</span></div>'
            for side in SIDES}


def _side_block(text: str, span: Span | None, edits: list[tuple[int, int, str]], side: Side, limit: int,
                plain: bool) -> str:
    """One side of a difference in the list: its text (up to ``limit``) with its word edits."""
    if span is None:
        return _NOTHING[side]
    return f'<div class="side">{_LABEL.format(_SIDE_NAME[side])}{_excerpt(text, span, edits, limit, plain)}</div>'


def _differences(c: Comparison, annotations: Annotations, limit: int, facts: _Facts | None = None) -> str:
    items = []
    reviews = ReviewIndex(annotations)
    ltext, rtext = c.left.text, c.right.text
    lplain, rplain = not needs_escape(ltext), not needs_escape(rtext)
    lline, rline = c.left.line_of, c.right.line_of
    escaped: dict[str, str] = {}  # labels, escaped once
    for d in c.differences:
        verdict = reviews.verdict_of(d.id)
        note = reviews.note_of(d.id)
        style = KIND_STYLES.get(d.kind)
        label = style.label if style else d.kind
        if getattr(d, "furniture", False):
            label += " (page furniture)"
        # (line numbers and a percentage: nothing to escape)
        where = (f"original {f'line {lline(d.left[0])}' if d.left else '—'} · "
                 f"copy {f'line {rline(d.right[0])}' if d.right else '—'}")
        extra = ""
        if d.kind in ("changed", "moved") and d.similarity is not None:
            extra = f" · similarity {d.similarity:.0%}"
        if d.kind == "duplicated" and d.duplicate_of:
            extra = f" · repeats copy line {rline(d.duplicate_of[0])}"
        back = f'<a href="#L{d.id}">in the original</a>' if d.left is not None else ""
        if d.right is not None:
            back += f'{" · " if back else ""}<a href="#R{d.id}">in the copy</a>'
        if label not in escaped:
            escaped[label] = _e(label)
        if verdict.label not in escaped:
            escaped[verdict.label] = _e(verdict.label)
        head = (f'<div class="dhead"><span>#{d.id} {escaped[label]}</span> '
                f'<span class="verdict v-{verdict.value}">{escaped[verdict.label]}</span> '
                f'<span class="where">{where}{extra} · {back}</span></div>')
        # The word edits of each side (e.left on the original, e.right on the copy).
        dels = [(x[0], x[1], "e-del") for e in d.edits if (x := e.left) is not None and x[0] < x[1]]
        ins = [(x[0], x[1], "e-ins") for e in d.edits if (x := e.right) is not None and x[0] < x[1]]
        pair = (f'<div class="pair">{_side_block(ltext, d.left, dels, "left", limit, lplain)}'
                f'{_side_block(rtext, d.right, ins, "right", limit, rplain)}</div>')
        note = note_html(note)
        flags = facts.flags(d.id) if facts is not None else ""
        if d.kind not in escaped:
            escaped[d.kind] = _e(d.kind)
        items.append(f'<li id="d{d.id}" class="k-{escaped[d.kind]}">{head}{flags}{pair}{note}</li>')
    body = "\n".join(items) if items else '<p class="none">The texts do not differ.</p>'
    return (f'<section class="differences" id="differences">\n'
            f'<h2 style="page-break-before: always">Differences ({len(items)})</h2>'
            f'\n<ol class="diffs">\n{body}\n</ol>\n</section>')
