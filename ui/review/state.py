"""The reader state: what the window shows, in one object (``window.state``).

It owns the comparison on screen and the documents beside it, the current
difference, the filters (kinds, page furniture, verdicts, facts first), the
reading order they give, the span index and the rest of the data derived from
the comparison (``ui.review.derived``, made off the GUI thread), the redline's
layout and the facts each difference changes. The panes, the gutters, the link
map, the overview, the panels and the review controller read it; it says when
something changed:

- ``comparison_changed``: another comparison (or none) is on screen;
- ``current_changed(id or None)``: another difference is current;
- ``filter_changed``: the kinds, furniture, verdicts or facts-first switch, or
  the facts' marks, changed; ``order`` is new.

It draws nothing and knows no widget. The window and its parts change it
through its methods, never by setting its attributes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Signal

from app import Comparison, Difference, Document
from app.engine.records import Passage
from app.facts import FactReport
from app.project import VERDICT_ORDER, Verdict
from app.report.shares import CopyShares
from app.vocabulary import KINDS, SIDES, Side
from ui.panes import furniture
from ui.panes.offsets import OffsetMap
from ui.review.derived import Derived, ParagraphNumbers, derive
from ui.review.fact_marks import FactMarks
from ui.review.navigation import ranks, step

if TYPE_CHECKING:  # pragma: no cover
    from app.facts import FactLinks
    from ui.panes.inline_view import InlineText

ViewSide = Side | Literal["inline"]  # a pane's side, or the redline
# Each reviewed difference's verdict (the review's), or None when its annotations are not
# placed on the comparison on screen (then nothing is filtered by verdict).
VerdictLookup = Callable[[], Mapping[int, Verdict] | None]


class ReaderState(QObject):
    """The comparison on screen, the current difference, the filters and the reading order."""

    comparison_changed = Signal()
    current_changed = Signal(object)  # the current difference's id, or None
    filter_changed = Signal()

    def __init__(self, kinds: Iterable[str] = KINDS, show_furniture: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.sources: dict[Side, Document | None] = {"left": None, "right": None}
        self.derived: Derived | None = None
        self.offset_maps: dict[Side, OffsetMap] = {}
        self.current_id: int | None = None
        self.kinds: set[str] = set(kinds) & set(KINDS) or set(KINDS)
        self.show_furniture = show_furniture
        self.facts_first = False
        self.verdicts: set[Verdict] = set(VERDICT_ORDER)
        self.inline: InlineText | None = None
        self.fact_marks = FactMarks()
        self.order: list[Difference] = []  # what the list shows and F8 steps through
        self._ranks: dict[int, int] | None = None  # each listed difference's index in ``order``
        self._shown: tuple[Difference, ...] | None = None  # shown_differences(), made on demand
        self._verdicts_of: VerdictLookup | None = None

    # ---- changing what is shown ------------------------------------------------------

    def show(self, sources: Mapping[Side, Document | None], comparison: Comparison | None,
             derived: Derived | None = None, offset_maps: Mapping[Side, OffsetMap] | None = None,
             keep_current: bool = True) -> None:
        """Put ``comparison`` (of ``sources``) on screen; the current difference stays if it
        is still there and ``keep_current``. Emits ``comparison_changed``."""
        self.sources = {side: sources.get(side) for side in SIDES}
        self.comparison = comparison
        if comparison is not None and (derived is None or derived.comparison is not comparison):
            derived = derive(comparison)
        self.derived = derived if comparison is not None else None
        self.offset_maps = dict(offset_maps or {})
        self.inline = None
        self.fact_marks.clear()  # until this comparison's facts arrive
        if not keep_current or comparison is None or self.current_id is None \
                or comparison.difference(self.current_id) is None:
            self.current_id = None
        self._reorder()
        self.comparison_changed.emit()

    def set_current(self, diff_id: int | None) -> None:
        """Make ``diff_id`` current (None: none); emits ``current_changed`` when it changes."""
        if diff_id is not None and (self.comparison is None or self.comparison.difference(diff_id) is None):
            diff_id = None
        if diff_id != self.current_id:
            self.current_id = diff_id
            self.current_changed.emit(diff_id)

    def set_kinds(self, kinds: Iterable[str]) -> None:
        """Show the differences of ``kinds`` only (a current one of another kind is let go)."""
        self.kinds = set(kinds)
        self._filters_changed(let_go_hidden=True)

    def set_show_furniture(self, on: bool) -> None:
        """List, map and step through page furniture too (View → Show Page Furniture)."""
        self.show_furniture = on
        self._filters_changed(let_go_hidden=True)

    def set_facts_first(self, on: bool) -> None:
        """Put the differences that change facts first ("⚠ Facts first")."""
        self.facts_first = on
        self._filters_changed()

    def set_verdicts(self, verdicts: Iterable[Verdict]) -> None:
        """List the differences with these verdicts only (the panel's verdict filter)."""
        self.verdicts = set(verdicts)
        self._filters_changed()

    def set_verdict_lookup(self, lookup: VerdictLookup | None) -> None:
        """Where the verdicts come from (the review controller's annotations)."""
        self._verdicts_of = lookup

    def set_facts(self, comparison: Comparison | None, report: FactReport | None,
                  links: FactLinks | None = None) -> None:
        """The facts check of ``comparison`` arrived: mark the differences that change facts
        (``links``: the report's, if the job made them)."""
        if comparison is not self.comparison:
            return  # an older comparison's facts
        self.fact_marks.set(comparison, report, links)
        self._filters_changed()

    def set_inline(self, inline: InlineText | None) -> None:
        """The redline's layout (where each difference sits in it), or None."""
        self.inline = inline

    def verdicts_changed(self) -> None:
        """The review's verdicts changed: the order is new if verdicts are filtered."""
        if self.filters_verdicts:
            self._filters_changed()

    def refresh(self) -> None:
        """Make the order again from the comparison and the filters (and say so)."""
        self._filters_changed()

    def annotations_placed(self) -> None:
        """The review's annotations were placed on the comparison ``show`` put on screen: the
        order again only if verdicts filter it (``show`` made it before they were placed), and
        ``filter_changed`` either way (the list, counts and maps follow). A long comparison's
        order takes milliseconds: made once per arrival, not twice."""
        if self.filters_verdicts:
            self._reorder()
        self.filter_changed.emit()

    def _filters_changed(self, let_go_hidden: bool = False) -> None:
        """The order again; with ``let_go_hidden``, a current difference no longer shown stops
        being current (a verdict filter or facts first keep it: it is still marked in the panes)."""
        self._reorder()
        current = self.current_difference()
        if let_go_hidden and self.current_id is not None and (current is None or not self.shows(current)):
            self.set_current(None)
        self.filter_changed.emit()

    def _reorder(self) -> None:
        derived = self.derived
        order = list(self.shown_of(derived.order)) if derived is not None else []
        verdicts = self._verdicts_of() if self.filters_verdicts and self._verdicts_of is not None else None
        if verdicts is not None:
            order = [d for d in order if verdicts.get(d.id, Verdict.UNREVIEWED) in self.verdicts]
        if self.facts_first:
            order = self.fact_marks.order(order)
        self.order = order
        self._ranks = None
        self._shown = None

    # ---- what the widgets ask ----------------------------------------------------------

    @property
    def filters_verdicts(self) -> bool:
        """Whether some verdict is filtered out of the list."""
        return not self.verdicts >= set(VERDICT_ORDER)

    def shows(self, diff: Difference) -> bool:
        """Whether a difference is listed, mapped and stepped through (kind and furniture)."""
        return diff.kind in self.kinds and furniture.shown(diff, self.show_furniture)

    def shown_differences(self) -> tuple[Difference, ...]:
        """The differences ``shows`` lets through, in the comparison's order (verdicts aside):
        what the overview marks and the verdict chips count. Made once per comparison and
        filter; a new tuple whenever they change (``is`` tells whether it is still the same)."""
        if self._shown is None:
            self._shown = self.shown_of(self.comparison.differences if self.comparison is not None else ())
        return self._shown

    def shown_of(self, differences: Iterable[Difference]) -> tuple[Difference, ...]:
        """Those of ``differences`` that ``shows`` lets through, in their order."""
        kinds, any_furniture = self.kinds, self.show_furniture  # ``shows``, inline: thousands of calls
        return tuple(d for d in differences if d.kind in kinds and (any_furniture or not d.furniture))

    def step(self, move: str, kind: str | None = None) -> Difference | None:
        """The listed difference to go to from the current one ("next", "previous", "first",
        "last"; ``kind``: of that kind only), or None at either end."""
        if self._ranks is None:
            self._ranks = ranks(self.order)
        return step(self.order, self.current_id, move, kind, self._ranks)

    def current_difference(self) -> Difference | None:
        """The current difference, or None."""
        if self.comparison is None or self.current_id is None:
            return None
        return self.comparison.difference(self.current_id)

    def differences_on(self, side: ViewSide, start: int, end: int) -> list[Difference]:
        """Differences (of the kinds shown) with text on ``side`` in [start, end)."""
        comparison = self.comparison
        if comparison is None:
            return []
        if side == "inline":
            if self.inline is None:
                return []
            out = []
            for diff_id, (s, e) in self.inline.spans.items():
                diff = comparison.difference(diff_id)
                if diff is not None and self.shows(diff) and s < end and start < e:
                    out.append(diff)
            return out
        assert self.derived is not None  # made with the comparison (show)
        return [d for d in self.derived.index[side].overlapping(start, end) if self.shows(d)]

    def span_on(self, side: ViewSide, diff: Difference) -> tuple[int, int] | None:
        """Where a difference is in a view's text ("left", "right" or the "inline" redline)."""
        if side == "inline":
            return self.inline.spans.get(diff.id) if self.inline is not None else None
        return diff.span(side)

    def paragraph_numbers(self) -> ParagraphNumbers | None:
        """Paragraph numbers of the comparison's two texts (None with no comparison)."""
        return self.derived.paragraphs if self.derived is not None else None

    def paragraph_number(self, side: Side, offset: int) -> int:
        """1-based paragraph of ``offset`` on ``side`` (1 with no comparison)."""
        return self.derived.paragraphs(side, offset) if self.derived is not None else 1

    @property
    def shares(self) -> CopyShares | None:
        """What the copy is made of (kept, reworded, added, repeated), or None."""
        return self.derived.shares if self.derived is not None else None

    @property
    def passages(self) -> tuple[Passage, ...]:
        """The copy's borrowed passages in its order, page furniture aside (none without a comparison)."""
        return self.derived.passages if self.derived is not None else ()

    def fact_changes(self, diff_id: int) -> list[str]:
        """What a difference does to facts ("53% → 35%"), for the gutters' ⚠ and tooltips."""
        return self.fact_marks.changes(diff_id)

    def facts_on(self, side: ViewSide, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
        """Facts to check on a side, overlapping [start, end): framed in the panes."""
        return self.fact_marks.facts_on(side, start, end)

    def counts(self) -> dict[str, int]:
        """How many differences of each kind the legend counts (furniture only when shown)."""
        counts: dict[str, int] = {}
        for diff in self.comparison.differences if self.comparison is not None else ():
            if self.show_furniture or not diff.furniture:
                counts[diff.kind] = counts.get(diff.kind, 0) + 1
        return counts
