"""The report's facts: a summary line, a Facts section, flags on differences and marks in the texts.

Everything here is escaped: facts are pieces of the documents. Facts the
copy kept are only counted; each other one (missing, altered, unsourced,
new, shortened) is listed with an excerpt of both texts: the sentence that
holds it, and on the side that lacks it the sentence where it would be.
An entry links to the differences it lies in, and each of those links back.
A reviewer's verdict and note on a fact (``Annotations.fact_reviews``) stand
with its entry, as a difference's do. The alarm is a sign and a border (⚠, a
solid frame), not a colour alone.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable

from app.documents.model import Document
from app.engine.records import Comparison
from app.engine.segment import sentences
from app.facts.check import jump_span
from app.facts.links import FLAGGED, FactLinks, change_label
from app.facts.records import STATUSES, FactCheck, FactReport, SideName, Span
from app.project.annotations import Annotations, Verdict
from app.project.fact_reviews import FactReviewIndex
from app.report.layout import Mark, Point

ALARM = "\u26a0"  # ⚠
EXCERPT_CHARS = 320  # longest excerpt of one side, centred on the fact
HEADINGS = {
    "missing": ("Missing", "in the original, not in the copy"),
    "altered": ("Altered", "changed in the copy"),
    "unsourced": ("Unsourced", "quotations of the copy found nowhere in the original, and claims it "
                               "puts in unnamed mouths"),
    "new": ("New", "in the copy only"),
    "shortened": ("Shortened", "quotations the copy shortened"),
    "kept": ("Kept, with a reviewer's verdict or note", "the copy carries them"),
}
KIND_WORDS = {"number": "number", "money": "money", "percent": "percentage", "date": "date",
              "quote": "quotation", "person": "person", "place": "place", "organisation": "organisation",
              "name": "name", "claim": "claim"}
_SIDE_NAME = {"left": "Original", "right": "Copy"}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def facts_summary(report: FactReport, annotations: Annotations | None = None) -> str:
    """The summary's line about facts: counts by status, how many have a verdict, a link to the section."""
    counts = report.summary()
    flagged = sum(counts[s] for s in FLAGGED)
    words = " · ".join(f"{counts[s]} {s}" for s in STATUSES if counts[s])
    lead = f"{ALARM} {flagged} to check" if flagged else "nothing to check"
    index = (annotations or Annotations()).fact_index()
    verdicts: dict[Verdict, int] = {}
    for entry in report.entries:
        review = index.review_for(entry)
        if review is not None and review.verdict is not Verdict.UNREVIEWED:
            verdicts[review.verdict] = verdicts.get(review.verdict, 0) + 1
    reviewed = " · ".join(f"{n} {v.label.lower()}" for v, n in verdicts.items())
    return (f'<p class="counts ui"><b>Facts:</b> <a href="#facts">{_e(lead)}</a>'
            f"{' — ' + _e(words) if words else ''}"
            f"{' — reviewed: ' + _e(reviewed) if reviewed else ''}</p>")


def fact_flags(links: FactLinks, difference_id: int) -> str:
    """The line under a difference that changes facts: ⚠ 53% → 35% · $500bn → —, each a link."""
    entries = links.facts_of(difference_id)
    if not entries:
        return ""
    seen: dict[str, int] = {}
    for entry in entries:
        seen.setdefault(change_label(entry), entry.id)
    items = " · ".join(f'<a href="#f{i}">{_e(label)}</a>' for label, i in seen.items())
    return f'<p class="factflag ui"><span class="alarm">{ALARM} Facts:</span> {items}</p>'


def fact_marks(report: FactReport, side: SideName) -> list[Mark]:
    """A frame round each flagged figure, date or name in the texts side by side.

    Quotations and claims run over lines, where a frame breaks into boxes round each word
    edit: their ⚠ sign (fact_points) marks them.
    """
    return [Mark(span[0], span[1], "fact") for e in report.entries
            if e.status in FLAGGED and e.kind not in ("quote", "claim")
            and (span := e.span(side)) is not None and span[0] < span[1]]


def fact_points(report: FactReport, side: SideName) -> list[Point]:
    """A ⚠ badge before each flagged fact in the texts, linking to its entry."""
    return [Point(span[0], f'<a class="badge b-fact" href="#f{e.id}" title="{_e(_title(e))}">{ALARM}</a>', 2)
            for e in report.entries if e.status in FLAGGED and (span := e.span(side)) is not None]


def facts_section(comparison: Comparison, report: FactReport, links: FactLinks,
                  where: Callable[[Document, Span | None], str], annotations: Annotations | None = None) -> str:
    """The Facts section: every fact that is not kept, grouped by status, with both excerpts,
    its verdict and note; a kept fact is listed too when a reviewer gave it a verdict or a note."""
    counts = report.summary()
    index = (annotations or Annotations()).fact_index()
    flagged = [e for e in report.entries if e.status in FLAGGED]
    reviewed_kept = [e for e in report.entries if e.status == "kept" and index.review_for(e) is not None]
    cutters = {side: _Sentences(comparison.document(side).text) for side in ("left", "right")}
    parts = ['<section class="facts" id="facts">',
             # Inline, as Qt's rich text (PDF, printing) reads no @media print rules.
             f'<h2 style="page-break-before: always">Facts ({len(flagged)} to check)</h2>',
             '<p class="counts ui">Numbers, money, percentages, dates, quotations, names and claims of '
             "both texts, checked; a figure counts as kept only where the copy keeps its context. "
             + _e(" · ".join(f"{counts[s]} {s}" for s in STATUSES)) + "</p>"]
    if not flagged:
        parts.append('<p class="none">The copy keeps every fact of the original and adds none.</p>')
    for status in (*FLAGGED, "kept"):
        entries = [e for e in (flagged if status != "kept" else reviewed_kept) if e.status == status]
        if not entries:
            continue
        title, meaning = HEADINGS[status]
        parts.append(f"<h3>{_e(title)} ({len(entries)}) — {_e(meaning)}</h3>")
        parts.append('<ol class="diffs facts-list">')
        parts += [_item(comparison, e, links, cutters, where, index) for e in entries]
        parts.append("</ol>")
    parts.append("</section>")
    return "\n".join(parts)


def _title(entry: FactCheck) -> str:
    head = HEADINGS[entry.status][0].split(",")[0]
    return f"{head} {KIND_WORDS.get(entry.kind, entry.kind)}: {change_label(entry)}"


def _item(comparison: Comparison, entry: FactCheck, links: FactLinks, cutters: dict[str, _Sentences],
          where: Callable[[Document, Span | None], str], index: FactReviewIndex) -> str:
    places = " · ".join(f"{_SIDE_NAME[side].lower()} {where(comparison.document(side), span)}"
                        for side in ("left", "right") if (span := entry.span(side)) is not None)
    diffs = " ".join(f'<a href="#d{d}">#{d}</a>' for d in links.differences_of(entry.id))
    if diffs:
        places += f" · in difference {diffs}"
    speaker = (entry.right and entry.right.speaker) or (entry.left and entry.left.speaker)
    if speaker and entry.kind == "quote":
        places += f" · said by {_e(speaker)}"
    review = index.review_for(entry)
    verdict = ""
    if review is not None and review.verdict is not Verdict.UNREVIEWED:
        verdict = f'<span class="verdict v-{review.verdict.value}">{_e(review.verdict.label)}</span> '
    sign = f'<span class="alarm">{ALARM}</span> ' if entry.status in FLAGGED else ""
    head = (f'<div class="dhead">{verdict}<span>{sign}{_e(_title(entry))}</span> '
            f'<span class="where">{places}</span></div>')
    sides = "".join(_side(comparison, entry, side, cutters[side]) for side in ("left", "right"))
    # An altered figure's finding repeats its title ("53% → 35%"); a quotation's says which words.
    shows_note = entry.note and (entry.status != "altered" or entry.kind == "quote")
    note = f'<p class="note check"><b>Check:</b> {_e(entry.note)}</p>' if shows_note else ""
    if review is not None and review.note:
        note += f'<p class="note"><b>Note:</b> {_e(review.note)}</p>'
    return f'<li id="f{entry.id}" class="fs-{_e(entry.status)}">{head}<div class="pair">{sides}</div>{note}</li>'


def _side(comparison: Comparison, entry: FactCheck, side: SideName, cutter: _Sentences) -> str:
    text = comparison.document(side).text
    label = f'<div class="lab">{_SIDE_NAME[side]}&nbsp;</div> '
    own = entry.span(side)
    span = own if own is not None else jump_span(comparison, entry, side)
    (start, end), (cut_before, cut_after) = cutter.around(span)
    body = _e(text[start:span[0]]) + (f'<mark class="fact">{_e(text[span[0]:span[1]])}</mark>'
                                      if own is not None else "") + _e(text[span[1]:end])
    body = ("\u2026" if cut_before else "") + body.strip() + ("\u2026" if cut_after else "")
    if own is None:
        lack = "not in the copy; where it would be:" if side == "right" else "not in the original; near:"
        body = f'<span class="none">({lack})</span> {body}' if body.strip() else \
            f'<span class="none">({lack.split(";")[0]})</span>'
    return f'<div class="side">{label}{body}</div>'


class _Sentences:
    """The sentence around a span, cut to EXCERPT_CHARS centred on it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._cut = sentences(text)
        self._starts = [s.start for s in self._cut]

    def around(self, span: Span) -> tuple[Span, tuple[bool, bool]]:
        """[start, end) of the sentence(s) holding ``span`` (cut to EXCERPT_CHARS round it), and
        whether the sentence was cut before and after."""
        if not self._cut:
            return span, (False, False)
        first = self._cut[max(0, bisect.bisect_right(self._starts, span[0]) - 1)]
        last = self._cut[max(0, bisect.bisect_right(self._starts, max(span[0], span[1] - 1)) - 1)]
        start, end = min(first.start, span[0]), max(last.end, span[1])
        room = max(0, EXCERPT_CHARS - (span[1] - span[0])) // 2
        cut = (start < span[0] - room, end > span[1] + room)
        if cut[0]:  # cut at a space, not inside a word
            start = self._text.find(" ", span[0] - room, span[0]) + 1 or span[0] - room
        if cut[1]:
            space = self._text.rfind(" ", span[1], span[1] + room)
            end = space if space > span[1] else span[1] + room
        return (start, end), cut
