"""The differences panel's review parts: verdict marks and notes in the list, a verdict
filter, and the annotations that could not be placed.

Made for :class:`ui.panels.differences.DifferencesPanel` by ``attach``, which the panel
places over and under its list (``place_review``), so the panel itself stays about
differences. Everything is drawn from the review
controller's annotations; the widgets keep no copy of them.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.project import VERDICT_ORDER, DifferenceReview, Highlight, Verdict
from app.project.fact_reviews import FactReview
from ui.palette import STYLES, kind_label, kind_word
from ui.panels.count_chip import CountChip
from ui.panels.differences import DIFF_ROLE, DifferencesModel, DifferencesPanel, kind_icon, paint_fact_alarm
from ui.review.verdicts import NOTE_GLYPH, paint_badge, verdict_description, verdict_icon, verdict_label


class ReviewController(Protocol):
    """What the list's marks ask of the review (``ui.review.controller.ReviewController``)."""

    def verdict_of(self, diff_id: int) -> Verdict: ...
    def note_of(self, diff_id: int) -> str: ...

UNPLACED_ROLE = 0x0100 + 7


class ReviewDelegate(QStyledItemDelegate):
    """A row of the differences list: kind, place, verdict badge; excerpt or note."""

    def __init__(self, review: ReviewController, parent: Any = None) -> None:
        super().__init__(parent)
        self.review = review

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        return QSize(200, 3 * option.fontMetrics.height() + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        diff = index.data(DIFF_ROLE)
        model: DifferencesModel = index.model()
        pos, text = model.texts(diff)
        verdict = self.review.verdict_of(diff.id)
        note = self.review.note_of(diff.id)
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        fg = pal.color(pal.ColorRole.HighlightedText if selected else pal.ColorRole.Text)
        r = option.rect.adjusted(6, 5, -6, -5)
        fm = option.fontMetrics
        h = fm.height()
        kind_icon(diff.kind, 20).paint(painter, QRect(r.left(), r.top(), 20, 20))
        right = r.right()
        if verdict is not Verdict.UNREVIEWED:
            label = verdict_label(verdict)
            small = QFont(option.font)
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
            width = QFontMetrics(small).horizontalAdvance(label) + 26
            pill = QRect(right - width, r.top() + 1, width, h)
            paint_badge(painter, QRect(pill.left(), pill.top() + (h - 16) // 2, 16, 16), verdict)
            painter.setFont(small)
            painter.setPen(fg)
            painter.drawText(pill.adjusted(20, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
            right = pill.left() - 6
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(fg)
        label = kind_label(diff.kind)
        painter.drawText(QRect(r.left() + 28, r.top(), right - r.left() - 28, h),
                         Qt.AlignmentFlag.AlignVCenter, label)
        painter.setFont(option.font)
        dim = QColor(fg)
        dim.setAlpha(170)
        painter.setPen(dim)
        x = r.left() + 28 + QFontMetrics(bold).horizontalAdvance(label) + 8
        x = paint_fact_alarm(painter, option, model.marks.changes(diff.id), x, r.top(), right, fg)
        painter.setPen(dim)
        if right - x > 20:
            painter.drawText(QRect(x, r.top(), right - x, h), Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(pos, Qt.TextElideMode.ElideRight, right - x))
        painter.setPen(fg)
        width = r.width() - 28
        if note:
            painter.drawText(QRect(r.left() + 28, r.top() + h + 2, width, h),
                             Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(text, Qt.TextElideMode.ElideRight, width))
            italic = QFont(option.font)
            italic.setItalic(True)
            painter.setFont(italic)
            line = " ".join(note.split())
            painter.drawText(QRect(r.left() + 28, r.top() + 2 * h + 2, width, h),
                             Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(italic).elidedText(f"{NOTE_GLYPH} {line}",
                                                             Qt.TextElideMode.ElideRight, width))
        else:
            text_rect = QRect(r.left() + 28, r.top() + h + 2, width, 2 * h)
            elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, width * 2 - 20)
            painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, elided)
        painter.restore()


class VerdictFilter(QWidget):
    """One chip per verdict, with its count; unchecking hides that verdict everywhere."""

    changed = Signal(set)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: dict[Verdict, CountChip] = {}
        # The label, then one chip per verdict with its name and count, three to a row (a badge
        # and a count alone said nothing until hovered).
        row = QGridLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(2)
        label = QLabel(self.tr("Verdicts"))
        label.setToolTip(self.tr("Show or hide differences by verdict"))
        row.addWidget(label, 0, 0)
        for i, verdict in enumerate(VERDICT_ORDER, start=1):
            chip = CountChip(verdict_label(verdict))  # its count joins it once there is a comparison
            chip.setIcon(verdict_icon(verdict, 14))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setToolTip(self.tr("{verdict}: {description} Click to show or hide differences with this "
                                    "verdict.").format(verdict=verdict_label(verdict),
                                                       description=verdict_description(verdict)))
            chip.setAccessibleName(self.tr("Show differences marked {verdict}").format(
                verdict=verdict_label(verdict)))
            chip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            chip.toggled.connect(lambda _on: self.changed.emit(self.verdicts()))
            self.chips[verdict] = chip
            row.addWidget(chip, i // 3, i % 3)

    def verdicts(self) -> set[Verdict]:
        """The verdicts listed."""
        return {v for v, chip in self.chips.items() if chip.isChecked()}

    def set_verdicts(self, verdicts: set[Verdict]) -> None:
        """Check the chips of ``verdicts`` (a project's saved filter)."""
        for verdict, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(verdict in verdicts)
            chip.blockSignals(False)

    def set_counts(self, counts: dict[Verdict, int]) -> None:
        """The count on each verdict's chip."""
        for verdict, chip in self.chips.items():
            chip.set_count(counts.get(verdict, 0))


class UnplacedList(QWidget):
    """Notes and verdicts that could not be placed in the current texts (kept, not dropped)."""

    chosen = Signal(object)  # the DifferenceReview, Highlight or FactReview
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.setAccessibleName(self.tr("Annotations that could not be placed"))
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(UNPLACED_ROLE)))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Delete this annotation from the project (Ctrl+Z brings it back)"))
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self._remove)
        self.list.currentItemChanged.connect(lambda item, _old: self.remove.setEnabled(
            item is not None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)
        self.hide()

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(UNPLACED_ROLE))

    def show_items(self, items: tuple[DifferenceReview | Highlight | FactReview, ...]) -> None:
        """List the annotations that lost their place (hidden when there are none)."""
        self.list.clear()
        for item in items:
            entry = QListWidgetItem(describe_unplaced(item))
            entry.setData(UNPLACED_ROLE, item)
            entry.setToolTip(getattr(item, "note", "") or describe_unplaced(item))
            self.list.addItem(entry)
        self.title.setText("⚠ " + self.tr(
            "%n annotation(s) could not be placed in these texts (kept in the project):", "", len(items)))
        self.setVisible(bool(items))


def describe_unplaced(item: DifferenceReview | Highlight | FactReview) -> str:
    """One line about an annotation that lost its place."""
    if isinstance(item, Highlight):
        quote = " ".join(item.anchor.quote.exact.split())
        head = (QCoreApplication.translate("AnnotationsPanel", "Highlight in the original") if item.side == "left"
                else QCoreApplication.translate("AnnotationsPanel", "Highlight in the copy"))
        head += f" “{quote[:60]}”" if quote else ""
    elif isinstance(item, FactReview):
        quote = " ".join(item.quote.split())
        head = QCoreApplication.translate("AnnotationsPanel", "{verdict} on the fact “{fact}”").format(
            verdict=verdict_label(item.verdict), fact=quote[:60])
    else:
        head = QCoreApplication.translate("AnnotationsPanel", "{verdict} on a former {kind} difference").format(
            verdict=verdict_label(item.verdict), kind=kind_word(item.kind) if item.kind in STYLES else item.kind)
    note = " ".join(item.note.split())
    return head + (f": {note}" if note else "")


def attach(panel: DifferencesPanel, review: ReviewController,
           editor: QWidget) -> tuple[VerdictFilter, UnplacedList]:
    """The review's parts of the differences panel: its rows' marks and notes (the list's
    delegate), the verdict filter over the list, the unplaced list and the note editor under
    it (the panel places them: ``DifferencesPanel.place_review``)."""
    panel.list.setItemDelegate(ReviewDelegate(review, panel.list))
    verdicts = VerdictFilter(panel)
    unplaced = UnplacedList(panel)
    panel.place_review([verdicts], [unplaced, editor])
    return verdicts, unplaced
