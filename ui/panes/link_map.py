"""The band map between the panes: a stateless painter.

Each paint asks the reader state (``ui.review.state``) for the comparison
and the differences in the two views' visible ranges, finds the y of each
side and draws a Bézier band from the left span to the right span; a
difference with one side empty tapers to the point where its text would be
on the other side. Nothing about the comparison is stored here (Meld's
linkmap does the same). A click on a band is said (``difference_clicked``).
Under the bands, each borrowed passage is a shaded band with a bracket on
either side (``ui.panes.passage_marks``): identical text has no difference
and no band of its own, and a passage holds several differences.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from app import Difference
from app.engine.records import Passage
from app.vocabulary import SIDES, Side
from ui.palette import colour, is_dark, tint
from ui.panes.furniture import mark_colour
from ui.panes.passage_marks import FILL_ALPHA, bracket, draw_bracket, passage_colour
from ui.panes.text_view import TextView
from ui.review.state import ReaderState

WIDTH = 64


TOUCH = 200  # characters of white space at most between a taper point and a span it touches


def taper_point(text: str, at: int, spans: list[tuple[int, int]],
                after: bool) -> tuple[int, tuple[int, int] | None]:
    """Where a one-sided difference's band narrows to on the side it lacks: ``at`` (where its
    text would be there), moved past the one-sided spans of that side that touch it (nothing
    but white space between) — after them (``after``: an addition, on the original's side)
    or before them (an omission, on the copy's side). Returns the offset and the span it
    was moved past (None: not moved), whose bottom or top the band then tapers to.

    An omission and an addition at one spot both tapered to the same point and crossed in
    an X that read as a move; now the omission's band ends above the addition's text and
    the addition's starts below the omission's, and they meet along one edge.
    """
    moved, past = True, None
    while moved:  # a run of neighbours: one step each at most
        moved = False
        for start, end in spans:
            touching = (start <= at <= end
                        or (at < start <= at + TOUCH and not text[at:start].strip())
                        or (end < at <= end + TOUCH and not text[end:at].strip()))
            target = end if after else start
            if touching and (target > at if after else target < at):  # one way only: it ends
                at, moved, past = target, True, (start, end)
                break
    return at, past


class LinkMap(QWidget):
    """Bands joining each visible difference's left span to its right span."""

    difference_clicked = Signal(int)

    def __init__(self, state: ReaderState, views: Mapping[Side, TextView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.views = views
        self.setFixedWidth(WIDTH)
        self.setMouseTracking(True)
        self.setToolTip(self.tr("Click a band to select that difference"))
        self.setAccessibleName(self.tr("Link map"))

    def _top(self, view: TextView) -> int:
        return self.mapFromGlobal(view.viewport().mapToGlobal(QPoint(0, 0))).y()

    def bands(self) -> list[tuple[Difference, QPainterPath]]:
        """Each visible difference and its band, in paint order (current last)."""
        state = self.state
        comparison = state.comparison
        if comparison is None or not self.isVisible():
            return []
        lv, rv = self.views["left"], self.views["right"]
        found: dict[int, Difference] = {}
        visible: dict[Side, tuple[int, int]] = {}
        for side, view in zip(SIDES, (lv, rv), strict=True):
            start, end = visible[side] = view.visible_range()
            for diff in state.differences_on(side, start, end):
                found[diff.id] = diff
        ltop, rtop = self._top(lv), self._top(rv)
        w = float(self.width())
        # One-sided spans on screen, by side: where a band tapers is moved off its neighbours.
        alone: dict[Side, list[tuple[int, int]]] = {
            "left": sorted(d.left for d in found.values() if d.left is not None and d.right is None),
            "right": sorted(d.right for d in found.values() if d.right is not None and d.left is None)}
        out = []
        for diff in sorted(found.values(), key=lambda d: (d.id == state.current_id, d.id)):
            if diff.left is not None:
                lt, lb = lv.y_range(diff.left, visible["left"])
            else:
                assert diff.right is not None
                at, past = taper_point(comparison.left.text, comparison.aligned_position("right", diff.right[0]),
                                       alone["left"], after=True)
                lt = lb = lv.y_near(at, visible["left"]) if past is None else lv.y_range(past, visible["left"])[1]
            if diff.right is not None:
                rt, rb = rv.y_range(diff.right, visible["right"])
            else:
                assert diff.left is not None
                at, past = taper_point(comparison.right.text, comparison.aligned_position("left", diff.left[0]),
                                       alone["right"], after=False)
                rt = rb = rv.y_near(at, visible["right"]) if past is None else rv.y_range(past, visible["right"])[0]
            out.append((diff, self._band(lt + ltop, lb + ltop, rt + rtop, rb + rtop, w)))
        return out

    def _band(self, lt: float, lb: float, rt: float, rb: float, w: float) -> QPainterPath:
        # Far-off ends are drawn just past the edge: the band leaves the screen the
        # same way, and the rasteriser is not handed curves thousands of pixels long.
        lo, hi = -40, self.height() + 40
        lt, lb, rt, rb = (min(hi, max(lo, y)) for y in (lt, lb, rt, rb))
        path = QPainterPath(QPointF(0, lt))
        path.cubicTo(QPointF(w / 2, lt), QPointF(w / 2, rt), QPointF(w, rt))
        path.lineTo(QPointF(w, rb))
        path.cubicTo(QPointF(w / 2, rb), QPointF(w / 2, lb), QPointF(0, lb))
        path.closeSubpath()
        return path

    def passage_bands(self) -> list[tuple[Passage, QPainterPath, QPainterPath]]:
        """Each borrowed passage on screen on either side: its band and its two brackets."""
        state = self.state
        comparison = state.comparison
        if comparison is None or not self.isVisible():
            return []
        lv, rv = self.views["left"], self.views["right"]
        visible = {"left": lv.visible_range(), "right": rv.visible_range()}
        shown = [p for p in state.passages
                 if (p.left[0] <= visible["left"][1] and visible["left"][0] <= p.left[1])
                 or (p.right[0] <= visible["right"][1] and visible["right"][0] <= p.right[1])]
        ltop, rtop = self._top(lv), self._top(rv)
        w = float(self.width())
        out = []
        for passage in shown:
            lt, lb = lv.y_range(passage.left, visible["left"])
            rt, rb = rv.y_range(passage.right, visible["right"])
            band = self._band(lt + ltop, lb + ltop, rt + rtop, rb + rtop, w)
            lo, hi = -40.0, self.height() + 40.0
            brackets = bracket(1.0, min(hi, max(lo, lt + ltop)), min(hi, max(lo, lb + ltop)), 5.0)
            brackets.addPath(bracket(w - 1.0, min(hi, max(lo, rt + rtop)), min(hi, max(lo, rb + rtop)), -5.0))
            out.append((passage, band, brackets))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = min(self._top(v) for v in self.views.values())
        painter.setClipRect(0, top, self.width(), self.height() - top)
        dark = is_dark(self.palette())
        pal = self.palette()
        passages = self.passage_bands()
        for _passage, band, _brackets in passages:  # under the differences' bands
            painter.setPen(QPen(passage_colour(pal, 90), 1.0))
            painter.setBrush(passage_colour(pal, FILL_ALPHA))
            painter.drawPath(band)
        for diff, path in self.bands():
            current = diff.id == self.state.current_id
            painter.setBrush(mark_colour(tint(diff.kind, dark, strong=current), diff))
            # Solid outlines: a dashed stroke along long curves costs more than the rest of
            # the frame; the tapered shape already tells a one-sided difference apart.
            painter.setPen(QPen(mark_colour(colour(diff.kind), diff), 2.0 if current else 1.0))
            painter.drawPath(path)
        for _passage, _band, brackets in passages:  # over them, so that each end shows
            draw_bracket(painter, pal, brackets)

    def diff_at(self, pos: QPointF) -> Difference | None:
        """The difference whose band is under a point, or None."""
        for diff, path in reversed(self.bands()):
            if path.contains(pos):
                return diff
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        diff = self.diff_at(event.position())
        if diff is not None:
            self.difference_clicked.emit(diff.id)
