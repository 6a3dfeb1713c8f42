"""The differences panel: a legend that filters by kind, over a list in reading order.

Each row shows the kind's mark (colour and glyph), where it is (paragraph in
the original and in the copy) and an excerpt; a difference that changes,
drops or adds a fact also a boxed ⚠ and the change ("53% → 35%").
Selecting a row asks the window to go there; the window tells the panel
which row is current. "⚠ Facts first" puts those differences first; Ctrl+C
and the context menu copy the selected differences (the window does it).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import Comparison, Difference
from app.vocabulary import Side
from ui.palette import KINDS, STYLES, colour, kind_label, kind_mark, kind_meaning, kind_word
from ui.panels.count_chip import CountChip
from ui.review.derived import ParagraphNumbers
from ui.review.fact_marks import ALARM, ALARM_FILL, ALARM_INK, FactMarks

DIFF_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT = 160
_WORD = re.compile(r"\S+")


@functools.lru_cache(maxsize=32)
def kind_icon(kind: str, size: int = 18) -> QIcon:
    """A rounded swatch of the kind's colour carrying its glyph."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour(kind))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.5 if len(STYLES[kind].glyph) > 1 else 0.75)))
    painter.setFont(font)
    painter.setPen(QColor(STYLES[kind].ink))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, STYLES[kind].glyph)
    painter.end()
    return QIcon(pix)


def excerpt(comparison: Comparison, diff: Difference) -> str:
    """A difference's text on its main side, on one line, shortened with … ."""
    side: Side = "right" if diff.right is not None else "left"
    span = diff.span(side)
    if span is None:
        return ""
    words: list[str] = []
    length = 0
    for word in _WORD.finditer(comparison.document(side).text, span[0], span[1]):  # no more than it shows
        words.append(word.group())
        length += len(word.group()) + 1
        if length > EXCERPT:
            break
    text = " ".join(words)
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


def position_text(comparison: Comparison, diff: Difference, numbers: ParagraphNumbers | None = None) -> str:
    """Where a difference is: "original ¶4 · copy ¶6" and its likeness (``numbers``: the
    comparison's paragraph numbers, from the reader state; made here if not given)."""
    parts = []
    translate = QCoreApplication.translate
    paragraph_number = numbers or ParagraphNumbers.of(comparison)
    if diff.left is not None:
        parts.append(translate("DifferencesPanel", "original ¶{n}").format(
            n=paragraph_number("left", diff.left[0])))
    if diff.right is not None:
        parts.append(translate("DifferencesPanel", "copy ¶{n}").format(
            n=paragraph_number("right", diff.right[0])))
    if diff.kind == "duplicated" and diff.duplicate_of is not None:
        parts.append(translate("DifferencesPanel", "repeats copy ¶{n}").format(
            n=paragraph_number("right", diff.duplicate_of[0])))
    if diff.kind == "changed" and diff.similarity is not None:
        parts.append(translate("DifferencesPanel", "{share} alike").format(share=f"{diff.similarity:.0%}"))
    return " · ".join(parts)


LIST_BATCH = 1000  # rows the list lays out in one event-loop turn


class DifferencesModel(QAbstractListModel):
    """The filtered differences, in reading order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.numbers: ParagraphNumbers | None = None
        self.rows: list[Difference] = []
        self._rows_by_id: dict[int, int] | None = None
        self._cache: dict[int, tuple[str, str]] = {}
        self.marks = FactMarks()  # the window's, once the facts check is in

    def reset(self, comparison: Comparison | None, rows: list[Difference],
              numbers: ParagraphNumbers | None = None) -> None:
        """Show ``rows`` of ``comparison`` (in the window's order); ``numbers``: its paragraph
        numbers (the reader state's; made here when not given)."""
        self.beginResetModel()
        if comparison is not self.comparison:
            self._cache = {}
            self.numbers = None
        self.comparison = comparison
        if comparison is not None:
            self.numbers = numbers or self.numbers or ParagraphNumbers.of(comparison)
        self.rows = rows
        self._rows_by_id = None
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def texts(self, diff: Difference) -> tuple[str, str]:
        """A row's two lines: where it is (position_text) and its excerpt, made once."""
        if diff.id not in self._cache and self.comparison is not None:
            self._cache[diff.id] = (position_text(self.comparison, diff, self.numbers),
                                    excerpt(self.comparison, diff))
        return self._cache.get(diff.id, ("", ""))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        diff = self.rows[index.row()]
        if role == DIFF_ROLE:
            return diff
        if role == Qt.ItemDataRole.DisplayRole:  # also what a screen reader says of the row
            pos, text = self.texts(diff)
            facts = self.marks.changes(diff.id)
            alarm = (" — " + QCoreApplication.translate("DifferencesPanel", "{alarm} Facts: {changes}").format(
                alarm=ALARM, changes=" · ".join(facts))) if facts else ""
            return f"{kind_label(diff.kind)}{alarm} — {pos}\n{text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            pos, text = self.texts(diff)
            extra = ("\n" + QCoreApplication.translate(
                "DifferencesPanel", "Page furniture (menus, bylines, link lists, footers)")
                     if diff.furniture else "")
            facts = self.marks.changes(diff.id)
            if facts:
                extra += "\n" + QCoreApplication.translate("DifferencesPanel", "{alarm} Facts: {changes}").format(
                    alarm=ALARM, changes=" · ".join(facts))
            return f"{kind_label(diff.kind)}: {kind_meaning(diff.kind)}\n{pos}{extra}"
        return None

    def row_of(self, diff_id: int | None) -> int:
        """The row of a difference id, or None if it is not listed."""
        if self._rows_by_id is None:
            self._rows_by_id = {d.id: i for i, d in enumerate(self.rows)}
        return self._rows_by_id.get(diff_id, -1) if diff_id is not None else -1


def paint_fact_alarm(painter: QPainter, option: QStyleOptionViewItem, changes: list[str], x: int, top: int,
                     right: int, fg: QColor) -> int:
    """A boxed ⚠ and what the difference does to facts, in bold ("53% → 35%"); returns the x after it.

    A sign in a dark-bordered box and words, so the alarm never rests on colour alone.
    """
    if not changes or right - x < 24:
        return x
    fm = option.fontMetrics
    h = fm.height()
    painter.save()
    painter.setOpacity(1.0)
    box = QRect(x, top + 1, h, h - 2)
    painter.setPen(QPen(ALARM_INK, 1.5))
    painter.setBrush(ALARM_FILL)
    painter.drawRoundedRect(box, 3, 3)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, ALARM)
    bold = QFont(option.font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(fg)
    x = box.right() + 6
    change = QFontMetrics(bold).elidedText(" · ".join(changes), Qt.TextElideMode.ElideRight, right - x)
    painter.drawText(QRect(x, top, right - x, h), Qt.AlignmentFlag.AlignVCenter, change)
    painter.restore()
    return x + QFontMetrics(bold).horizontalAdvance(change) + 8


class _Delegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        h = option.fontMetrics.height()
        return QSize(200, 3 * h + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        diff: Difference = index.data(DIFF_ROLE)
        model: DifferencesModel = index.model()
        pos, text = model.texts(diff)
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        fg = pal.color(pal.ColorRole.HighlightedText if selected else pal.ColorRole.Text)
        r = option.rect.adjusted(6, 5, -6, -5)
        if getattr(diff, "furniture", False):  # page furniture, listed on request: dimmed
            painter.setOpacity(0.55)
            pos = QCoreApplication.translate("DifferencesPanel", "page furniture · {where}").format(where=pos)
        kind_icon(diff.kind, 20).paint(painter, QRect(r.left(), r.top(), 20, 20))
        fm = option.fontMetrics
        h = fm.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(fg)
        label = kind_label(diff.kind)
        painter.drawText(QRect(r.left() + 28, r.top(), r.width() - 28, h),
                         Qt.AlignmentFlag.AlignVCenter, label)
        painter.setFont(option.font)
        dim = QColor(fg)
        dim.setAlpha(170)
        painter.setPen(dim)
        x = r.left() + 28 + QFontMetrics(bold).horizontalAdvance(label) + 8
        x = paint_fact_alarm(painter, option, model.marks.changes(diff.id), x, r.top(), r.right(), fg)
        painter.setPen(dim)
        painter.drawText(QRect(x, r.top(), max(0, r.right() - x), h), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(pos, Qt.TextElideMode.ElideRight, max(0, r.right() - x)))
        painter.setPen(fg)
        text_rect = QRect(r.left() + 28, r.top() + h + 2, r.width() - 28, 2 * h)
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width() * 2 - 20)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, elided)
        painter.restore()


class DifferencesPanel(QWidget):
    """Legend-and-filter chips over the list of differences."""

    difference_chosen = Signal(int)
    kinds_changed = Signal(set)
    facts_first_changed = Signal(bool)
    copy_requested = Signal(list)  # ids of the differences to copy, in list order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("differencesPanel")
        self.title = QLabel(self.tr("Differences"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.chips: dict[str, CountChip] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for i, kind in enumerate(KINDS):
            chip = CountChip(kind_label(kind))
            chip.setIcon(kind_icon(kind))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setToolTip(self.tr("{kind}: {meaning}. In the texts: {mark}. Click to show or hide "
                                    "this kind.").format(kind=kind_label(kind), meaning=kind_meaning(kind),
                                                         mark=kind_mark(kind)))
            chip.setAccessibleName(self.tr("Show {kind}").format(kind=kind_word(kind)))
            chip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            chip.toggled.connect(self._chips_toggled)
            self.chips[kind] = chip
            grid.addWidget(chip, i // 2, i % 2)
        self.facts_button = QToolButton()
        self.facts_button.setCheckable(True)
        self.facts_button.setText(self.tr("{alarm} Facts first").format(alarm=ALARM))
        self.facts_button.setToolTip(self.tr("List first the differences that change, drop or add a figure, "
                                             "date, quotation or name (F8 follows this order)"))
        self.facts_button.setAutoRaise(True)
        self.facts_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.facts_button.toggled.connect(self.facts_first_changed.emit)
        grid.addWidget(self.facts_button, (len(KINDS) + 1) // 2, 0, 1, 2)
        self.model = DifferencesModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(_Delegate(self.list))
        self.list.setUniformItemSizes(True)
        # Thousands of rows are laid out a batch at a time, between event-loop turns (all at
        # once, a long pair's 4,700 rows held the window ~30 ms at each new comparison or filter).
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(LIST_BATCH)
        # Several rows may be selected to copy them; the current row is the one the panes show.
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAutoScroll(False)  # set_current scrolls, more sparingly than Qt would
        self.list.setAccessibleName(self.tr("Differences list"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.empty = QLabel("")
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        # Room over and under the list for the review's parts (the verdict filter; the
        # annotations that lost their place and the note editor): ``place_review``.
        self._over_list = QVBoxLayout()
        self._under_list = QVBoxLayout()
        for part in (self._over_list, self._under_list):
            part.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addLayout(self._over_list)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._under_list)
        layout.addWidget(self.empty)
        self._quiet = False
        self.set_counts({})

    def place_review(self, over: list[QWidget], under: list[QWidget]) -> None:
        """Put the review's widgets over the list (its filter) and under it (notes, editor)."""
        for widget in over:
            self._over_list.addWidget(widget)
        for widget in under:
            self._under_list.addWidget(widget)

    def kinds(self) -> set[str]:
        """The kinds the legend's chips show."""
        return {k for k, chip in self.chips.items() if chip.isChecked()}

    @property
    def facts_first(self) -> bool:
        """Whether the differences that change facts are listed first."""
        return self.facts_button.isChecked()

    def set_fact_marks(self, marks: FactMarks) -> None:
        """The facts each difference changes (the window's, set when the check arrives)."""
        self.model.marks = marks
        self.list.viewport().update()

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows in list order; the current row when none is selected."""
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        if not rows and self.list.currentIndex().isValid():
            rows = [self.list.currentIndex().row()]
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def _context_menu(self, pos: Any) -> None:
        index = self.list.indexAt(pos)
        if index.isValid() and not self.list.selectionModel().isSelected(index):
            self.list.setCurrentIndex(index)
        ids = self.selected_ids()
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy Difference") if len(ids) == 1 else
                              self.tr("Copy {n} Differences").format(n=len(ids)))
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(bool(ids))
        copy.triggered.connect(lambda: self.copy_requested.emit(ids))
        menu.addSeparator()
        first = menu.addAction(self.facts_button.text())
        first.setCheckable(True)
        first.setChecked(self.facts_first)
        first.toggled.connect(self.facts_button.setChecked)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def set_kinds(self, kinds: set[str]) -> None:
        """Check the chips of ``kinds`` and say so (kinds_changed)."""
        for kind, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(kind in kinds)
            chip.blockSignals(False)
        self.kinds_changed.emit(self.kinds())

    def _chips_toggled(self) -> None:
        self.kinds_changed.emit(self.kinds())

    def set_counts(self, counts: dict[str, int]) -> None:
        """The count on each kind's chip."""
        for kind, chip in self.chips.items():
            chip.set_count(counts.get(kind, 0))

    def show_differences(self, comparison: Comparison | None, rows: list[Difference],
                         current: int | None, numbers: ParagraphNumbers | None = None) -> None:
        """List ``rows`` of ``comparison``, ``current`` selected (``numbers``: its paragraphs)."""
        self._quiet = True
        self.model.reset(comparison, rows, numbers)
        self._quiet = False
        # Page furniture counts only when the window lists it (View → Show Page Furniture).
        total = (sum(1 for d in comparison.differences if not d.furniture)
                 + sum(1 for d in rows if d.furniture)) if comparison else 0
        self.title.setText(self.tr("Differences ({shown} of {total})").format(shown=len(rows), total=total)
                           if comparison else self.tr("Differences"))
        if comparison is None:
            self.empty.setText(self.tr("Open or drop an original and a copy to see their differences."))
        elif not rows:
            self.empty.setText(self.tr("No differences of the kinds shown.") if total else
                               self.tr("No differences: the copy matches the original."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        self.set_current(current)

    def set_current(self, diff_id: int | None) -> None:
        """Select a difference's row (None: no selection) without emitting a choice."""
        row = self.model.row_of(diff_id)
        self._quiet = True
        if row < 0:
            self.list.selectionModel().clearCurrentIndex()
            self.list.clearSelection()
        else:
            index = self.model.index(row)
            self.list.setCurrentIndex(index)
            # Scroll only when the row is out of sight, and then centre it: stepping
            # through differences repaints the list once every half page, not every step.
            if not self.list.viewport().rect().contains(self.list.visualRect(index)):
                self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        diff = current.data(DIFF_ROLE)
        if diff is not None:
            self.difference_chosen.emit(diff.id)
