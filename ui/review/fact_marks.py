"""Facts inside the review: which difference changes a fact, for the list, the gutters and the panes.

The window keeps one :class:`FactMarks` for the comparison on screen, set
when the facts check arrives (app/facts/links.py does the work, pure). The
differences list shows "⚠ 53% → 35%" under a row, the gutters a ⚠ beside
the difference's kind mark, the panes a frame round each fact to check;
"Facts first" orders the list (and F8) with those differences first.
:func:`copy_to_clipboard` puts differences on the clipboard as text and HTML.

The alarm is a sign (⚠) in a box with a dark border, never a colour alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor, QGuiApplication

from app import Comparison, Difference
from app.vocabulary import SIDES, Side

if TYPE_CHECKING:  # pragma: no cover
    from app.facts import FactLinks, FactReport
    from app.project.annotations import Annotations

# app.facts.links and app.report.clipboard are imported when a facts check or a copy needs
# them: a window starts with neither (~5 ms of its start-up; tests/ui/test_main.py).

ALARM = "\u26a0"
ALARM_FILL = QColor("#F0E442")  # Okabe–Ito yellow behind the sign; the sign and border carry it
ALARM_INK = QColor("#000000")


class FactMarks:
    """The facts the comparison on screen changes, by difference (empty until the check arrives)."""

    def __init__(self) -> None:
        self.comparison: Comparison | None = None
        self.links: FactLinks | None = None

    def set(self, comparison: Comparison | None, report: FactReport | None, links: FactLinks | None = None) -> None:
        """The facts of ``comparison`` (None, or no report: nothing marked); ``links``: the
        report's links if made already (off the GUI thread, by the facts job)."""
        self.comparison = comparison
        if comparison is None or report is None:
            self.links = None
            return
        if links is not None and links.report is report:
            self.links = links
            return
        from app.facts.links import link_facts

        self.links = link_facts(comparison, report)

    def clear(self) -> None:
        """Forget the facts: a new comparison is on its way."""
        self.set(None, None)

    def changes(self, diff_id: int) -> list[str]:
        """What the difference does to facts: ["53% → 35%", ...] (empty when nothing)."""
        return self.links.changes(diff_id) if self.links is not None else []

    def has_facts(self, diff_id: int) -> bool:
        """Whether a facts check is in."""
        return self.links is not None and bool(self.links.fact_ids(diff_id))

    def facts_on(self, side: Side | Literal["inline"], start: int, end: int) -> list[tuple[tuple[int, int], str]]:
        """Spans and kinds of the facts to check on ``side`` that overlap [start, end)."""
        if self.links is None or side not in SIDES:  # the redline shows no fact marks
            return []
        from app.facts.links import FLAGGED

        return [(span, e.kind) for e in self.links.report.entries_in(side, start, end)
                if e.status in FLAGGED and (span := e.span(side)) is not None]

    def order(self, differences: list[Difference]) -> list[Difference]:
        """``differences`` with those that change facts first (most urgent first)."""
        if self.links is None:
            return differences
        from app.facts.links import facts_first

        return facts_first(differences, self.links)


def copy_to_clipboard(comparison: Comparison, differences: list[Difference], annotations: Annotations | None,
                      marks: FactMarks) -> str:
    """Put the differences on the clipboard (plain text and HTML); returns the plain text."""
    from app.report.clipboard import clip_differences

    clip = clip_differences(comparison, differences, annotations,
                            marks.links if marks.comparison is comparison else None)
    mime = QMimeData()
    mime.setText(clip.text)
    mime.setHtml(clip.html)
    QGuiApplication.clipboard().setMimeData(mime)
    return clip.text
