"""The overview strip: every difference of both documents at scale, the visible region boxed.

Two thin columns (original, copy); a mark per difference at its place in
the text; a bracket beside each column for every borrowed passage, so that
the few a copy took stand out along its whole length; a box over what each
pane shows. Clicking a mark selects its difference (``difference_clicked``);
clicking elsewhere or dragging scrolls that side there. A stateless painter
like the link map: it asks the reader state (``ui.review.state``) each time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from app import Comparison, Difference
from app.engine.records import Passage
from app.vocabulary import SIDES, Side
from ui.palette import colour
from ui.panes.furniture import MARK_ALPHA
from ui.panes.passage_marks import draw_bracket
from ui.panes.text_view import TextView
from ui.review.state import ReaderState

WIDTH = 34
PAD = 4
MARGIN = 4  # outside each column: room for the passages' brackets


def _line(path: QPainterPath, x1: float, y1: float, x2: float, y2: float) -> None:
    path.moveTo(x1, y1)
    path.lineTo(x2, y2)


class Overview(QWidget):
    """Both documents at scale, with a box for the visible region of each."""

    difference_clicked = Signal(int)

    def __init__(self, state: ReaderState, views: Mapping[Side, TextView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.views = views
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview: click a mark to select it; click or drag to scroll"))
        self.setAccessibleName(self.tr("Overview"))
        self._dragging: Side | None = None
        self._cache: QPixmap | None = None  # a rendering of the marks, not comparison state
        self._cache_key: tuple[object, ...] | None = None
        self._prepared: tuple[tuple[object, ...], QPixmap] | None = None  # prepare(): (key, image)

    def _column(self, side: Side) -> QRectF:
        half = (self.width() - 2 * MARGIN - 2) / 2
        x = MARGIN if side == "left" else MARGIN + half + 2
        return QRectF(x, PAD, half, max(1, self.height() - 2 * PAD))

    def _length(self, side: Side) -> int:
        comparison = self.state.comparison
        view = self.views[side]
        if comparison is not None and side in SIDES:
            return max(1, len(comparison.document("left" if side == "left" else "right").text))
        doc = view.document_model
        return max(1, len(doc.text)) if doc else 1

    def _y(self, side: Side, offset: int) -> float:
        col = self._column(side)
        return col.top() + offset / self._length(side) * col.height()

    def marks(self) -> list[tuple[Difference, Side, QRectF]]:
        """Every shown difference's mark: (difference, side, rectangle)."""
        comparison = self.state.comparison
        if comparison is None:
            return []
        geometry = {}
        for side in SIDES:
            col = self._column(side)
            geometry[side] = (col.left(), col.top(), col.width(),
                              col.height() / self._length(side))
        out: list[tuple[Difference, Side, QRectF]] = []
        for diff in self.state.shown_differences():
            for side in SIDES:
                span = diff.span(side)
                if span is None:
                    continue
                x, top, width, scale = geometry[side]
                height = max(2.0, (span[1] - span[0]) * scale)
                out.append((diff, side, QRectF(x, top + span[0] * scale, width, height)))
        return out

    def brackets(self) -> QPainterPath:
        """A bracket beside each column for every borrowed passage, outside the column.

        At the overview's scale a long text's passages (a thousand in a 1 MB rewrite) touch
        and overlap: the brackets are drawn as what they look like, the union of their
        uprights and one tick per half-pixel row, not one path per passage (a 1 MB rewrite
        pair, 1,057 passages: 62 ms of GUI-thread CPU to build and draw, now 9 ms)."""
        return self._brackets(self.state.passages, {side: self._length(side) for side in SIDES})

    def _brackets(self, passages: Sequence[Passage], lengths: Mapping[Side, int]) -> QPainterPath:
        path = QPainterPath()
        ends: tuple[tuple[Side, float, float], ...] = (("left", 1.5, 2.0), ("right", self.width() - 1.5, -2.0))
        for side, x, tick in ends:
            col = self._column(side)
            top0, scale = col.top(), col.height() / lengths[side]
            spans = sorted((round((top0 + start * scale) * 2) / 2, round((top0 + end * scale) * 2) / 2)
                           for start, end in (p.span(side) for p in passages))
            ticks: set[float] = set()
            upright: list[float] | None = None  # the upright being drawn: [top, bottom]
            for top, end in spans:
                bottom = max(top + 2.0, end)
                ticks.update((top, bottom))
                if upright is not None and top <= upright[1]:
                    upright[1] = max(upright[1], bottom)
                    continue
                if upright is not None:
                    _line(path, x, upright[0], x, upright[1])
                upright = [top, bottom]
            if upright is not None:
                _line(path, x, upright[0], x, upright[1])
            for y in sorted(ticks):
                _line(path, x + tick, y, x, y)
        return path

    def _key(self, comparison: Comparison | None) -> tuple[object, ...]:
        """What the marks image of ``comparison`` depends on: filters, size, theme."""
        pal = self.palette()
        return (id(comparison), frozenset(self.state.kinds), self.state.show_furniture,
                self.width(), self.height(), self.devicePixelRatioF(), pal.color(pal.ColorRole.Base).rgba())

    def prepare(self, comparison: Comparison, passages: Sequence[Passage]) -> None:
        """Draw the marks of ``comparison``, about to be shown, now: its first paint takes
        them (a long text's thousands of marks and passages: ~20 ms, in a turn of the event
        loop of their own, not in the turn that shows the comparison; ui/shell/comparing.py).
        The image on screen stays until then."""
        shown = self.state.shown_of(comparison.differences)
        self._prepared = (self._key(comparison), self._render(comparison, shown, passages))

    def _marks_image(self) -> QPixmap:
        """All marks drawn once per comparison, filter and size, then reused while scrolling."""
        state = self.state
        key = self._key(state.comparison)
        if self._cache_key != key or self._cache is None:
            if self._prepared is not None and self._prepared[0] == key:  # prepare() drew it
                (self._cache_key, self._cache), self._prepared = self._prepared, None
            else:  # (an image prepared for a comparison not yet shown waits for it)
                shown = state.shown_differences() if state.comparison is not None else ()
                self._cache, self._cache_key = self._render(state.comparison, shown, state.passages), key
        return self._cache

    def _render(self, comparison: Comparison | None, shown: Sequence[Difference],
                passages: Sequence[Passage]) -> QPixmap:
        pal = self.palette()
        lengths = {side: max(1, len(comparison.document(side).text)) if comparison is not None
                   else self._length(side) for side in SIDES}
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(pal.color(pal.ColorRole.Window))
        painter = QPainter(pixmap)
        for side in SIDES:
            painter.fillRect(self._column(side), pal.color(pal.ColorRole.Base))
        self._paint_runs(painter, shown, lengths)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_bracket(painter, pal, self._brackets(passages, lengths))
        painter.end()
        return pixmap

    def _paint_runs(self, painter: QPainter, shown: Sequence[Difference], lengths: Mapping[Side, int]) -> None:
        """Marks as runs of pixel rows: thousands of differences cost a few hundred rects."""
        fills: dict[str, QColor] = {}
        for index, side in enumerate(SIDES):
            col = self._column(side)
            left, top, width = col.left(), col.top(), col.width()
            scale = col.height() / lengths[side]
            # Each row: the kind of the last mark on it ("~kind": page furniture), or None.
            rows: list[str | None] = [None] * (int(col.height()) + 3)
            last = len(rows)
            for diff in shown:
                span = diff.left if index == 0 else diff.right
                if span is None:
                    continue
                key = "~" + diff.kind if diff.furniture else diff.kind
                y0 = int(span[0] * scale)  # a span lies in its text: y0 <= the column's height < last - 2
                y1 = int(span[1] * scale) + 1
                if y1 <= y0 + 2:  # most marks: a couple of pixel rows
                    rows[y0] = rows[y0 + 1] = key
                else:
                    rows[y0:min(y1, last)] = [key] * (min(y1, last) - y0)
            y = 0
            while y < last:
                kind = rows[y]
                if kind is None:
                    y += 1
                    continue
                start = y
                while y < last and rows[y] == kind:
                    y += 1
                fill = fills.get(kind)
                if fill is None:
                    fill = fills[kind] = colour(kind.lstrip("~"))
                    if kind.startswith("~"):  # page furniture: faint (ui/panes/furniture.py)
                        fill.setAlpha(MARK_ALPHA)
                painter.fillRect(QRectF(left, top + start, width, y - start), fill)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.drawPixmap(0, 0, self._marks_image())
        comparison, current = self.state.comparison, self.state.current_id
        diff = comparison.difference(current) if comparison and current is not None else None
        if diff is not None:
            painter.setPen(QPen(pal.color(pal.ColorRole.Text), 1.5))
            painter.setBrush(colour(diff.kind))
            for side in SIDES:
                span = diff.span(side)
                if span is not None:
                    col = self._column(side)
                    top = self._y(side, span[0])
                    painter.drawRect(QRectF(col.left() - 1.5, top - 1, col.width() + 3,
                                            max(2.0, self._y(side, span[1]) - top) + 2))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for side in SIDES:
            view = self.views[side]
            if view.document_model is None:
                continue
            start, end = view.visible_range()
            col = self._column(side)
            box = QRectF(col.left() - 1, self._y(side, start), col.width() + 2,
                         max(4.0, self._y(side, end) - self._y(side, start)))
            fill = QColor(pal.color(pal.ColorRole.Text))
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.setPen(QPen(pal.color(pal.ColorRole.Text), 1.2))
            painter.drawRoundedRect(box, 2, 2)

    def _side_at(self, x: float) -> Side:
        return "left" if x < self.width() / 2 else "right"

    def mark_at(self, x: float, y: float) -> Difference | None:
        """The difference marked nearest ``y`` in the column at ``x``, or None."""
        side = self._side_at(x)
        hits = [(abs(r.center().y() - y), d) for d, s, r in self.marks()
                if s == side and r.top() - 3 <= y <= r.bottom() + 3]
        return min(hits, key=lambda h: h[0])[1] if hits else None

    def scroll_to(self, side: Side, y: float) -> None:
        """Scroll ``side``'s pane to the place at height ``y`` of its column."""
        col = self._column(side)
        frac = min(1.0, max(0.0, (y - col.top()) / col.height()))
        view = self.views[side]
        view.scroll_offset_to(int(frac * self._length(side)), view.viewport().height() / 2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        diff = self.mark_at(pos.x(), pos.y())
        if diff is not None:
            self.difference_clicked.emit(diff.id)
            return
        self._dragging = self._side_at(pos.x())
        self.scroll_to(self._dragging, pos.y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self.scroll_to(self._dragging, event.position().y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = None
