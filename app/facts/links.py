"""Facts attached to differences: which difference changes, drops or adds which fact.

``link_facts(comparison, report)`` returns a :class:`FactLinks`: for each
difference the ids of the facts it touches (figures, dates, quotations,
names, claims whose status is not ``kept``), and for each such fact the
differences it lies in. A fact belongs to a difference when its span on a
side overlaps the difference's span on that side: a missing fact lies in
what the copy omitted or reworded, a new or unsourced one in what it added,
an altered one in the reworded pair. Page furniture has no facts.

What a view shows with it (pure functions, no Qt): ``change_label(entry)``
says the change in a few characters ("53% → 35%", "$500bn → —"), and
``facts_first(differences, links)`` orders differences so those that touch
facts come first, most urgent status first. The JSON of ``verso compare
--facts`` lists each difference's fact ids under ``"facts"``
(:func:`comparison_dict_with_facts`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from app.engine.records import Comparison, Difference
from app.facts.records import STATUSES, FactCheck, FactReport, SideName, Span

#: Statuses that make a fact worth flagging on its difference (everything but ``kept``).
FLAGGED = tuple(s for s in STATUSES if s != "kept")
QUOTE_CHARS = 40  # a quotation in a change label is cut to this many characters
NONE = "\u2014"  # what stands for the side that has no fact: "$500bn → —"


@dataclass(frozen=True)
class FactLinks:
    """Differences and the facts they change, drop or add, both ways (ids in report/list order)."""

    report: FactReport
    by_difference: dict[int, tuple[int, ...]] = field(default_factory=dict)
    by_fact: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def fact_ids(self, difference_id: int) -> tuple[int, ...]:
        """Ids of the facts difference ``difference_id`` touches (empty when none)."""
        return self.by_difference.get(difference_id, ())

    def facts_of(self, difference_id: int) -> list[FactCheck]:
        """The fact entries difference ``difference_id`` touches, most urgent status first."""
        entries = [e for e in (self.report.entry(i) for i in self.fact_ids(difference_id)) if e is not None]
        return sorted(entries, key=lambda e: STATUSES.index(e.status))

    def differences_of(self, fact_id: int) -> tuple[int, ...]:
        """Ids of the differences fact ``fact_id`` lies in."""
        return self.by_fact.get(fact_id, ())

    def changes(self, difference_id: int) -> list[str]:
        """What the difference does to facts, for a list row or a tooltip: ["53% → 35%", ...] (no repeats)."""
        return list(dict.fromkeys(change_label(e) for e in self.facts_of(difference_id)))

    def status(self, difference_id: int) -> str | None:
        """The most urgent status among the difference's facts, or None: what a marker shows."""
        facts = self.facts_of(difference_id)
        return facts[0].status if facts else None


def link_facts(comparison: Comparison, report: FactReport) -> FactLinks:
    """Attach each flagged fact of ``report`` to the differences of ``comparison`` it lies in."""
    index = {side: _SpanIndex(comparison.differences, side) for side in ("left", "right")}
    by_difference: dict[int, list[int]] = {}
    by_fact: dict[int, tuple[int, ...]] = {}
    for entry in report.entries:
        if entry.status not in FLAGGED:
            continue
        found: list[int] = []
        for side in ("left", "right"):
            span = entry.span(side)
            if span is not None:
                found += [d for d in index[side].overlapping(span) if d not in found]
        if found:
            found.sort()
            by_fact[entry.id] = tuple(found)
            for diff_id in found:
                by_difference.setdefault(diff_id, []).append(entry.id)
    return FactLinks(report, {d: tuple(ids) for d, ids in by_difference.items()}, by_fact)


def change_label(entry: FactCheck) -> str:
    """The change in a few characters: "53% → 35%", "$500bn → —", "— → 2005", "“…” unsourced"."""
    before = _shown(entry.left.text, entry.kind) if entry.left is not None else None
    after = _shown(entry.right.text, entry.kind) if entry.right is not None else None
    if entry.kind == "claim":
        return f"{entry.fact.value} (nobody named)"
    if entry.status == "unsourced":
        return f"{after} unsourced"
    return f"{before or NONE} \u2192 {after or NONE}"


def facts_first(differences: Sequence[Difference], links: FactLinks) -> list[Difference]:
    """``differences`` with those that touch facts first (most urgent status, then list order)."""
    rank = {status: i for i, status in enumerate(STATUSES)}

    def key(item: tuple[int, Difference]) -> tuple[int, int]:
        status = links.status(item[1].id)
        return (rank[status] if status is not None else len(STATUSES), item[0])

    return [d for _, d in sorted(enumerate(differences), key=key)]


def comparison_dict_with_facts(comparison: Comparison, report: FactReport) -> dict[str, Any]:
    """The comparison's JSON with the ``facts`` section, and ``"facts": [ids]`` on each difference touching one."""
    data = comparison.to_dict()
    links = link_facts(comparison, report)
    for item in data["differences"]:
        ids = links.fact_ids(item["id"])
        if ids:
            item["facts"] = list(ids)
    data["facts"] = report.to_dict()
    return data


def _shown(text: str, kind: str) -> str:
    text = " ".join(text.split())
    if kind in ("quote", "claim"):
        if len(text) > QUOTE_CHARS:
            text = text[:QUOTE_CHARS - 1].rstrip() + "\u2026"
        return f"\u201c{text}\u201d"
    return text


class _SpanIndex:
    """Differences of one side, found by the spans they overlap (bisect, then a short walk back)."""

    def __init__(self, differences: Iterable[Difference], side: SideName) -> None:
        spans = sorted((span[0], span[1], d.id) for d in differences
                       if not d.furniture and (span := d.span(side)) is not None)
        self._spans = spans
        self._starts = [s for s, _, _ in spans]
        # The furthest end of any span up to each index: the walk back stops where nothing reaches.
        self._reach = list(accumulate((e for _, e, _ in spans), max))

    def overlapping(self, span: Span) -> list[int]:
        """Ids of the differences whose span overlaps ``span`` (an empty span: one that holds it)."""
        start, end = span
        out = []
        i = bisect.bisect_left(self._starts, max(end, start + 1)) - 1
        while i >= 0 and self._reach[i] > start:
            s, e, diff_id = self._spans[i]
            if s < max(end, start + 1) and start < e:
                out.append(diff_id)
            i -= 1
        return sorted(out)
