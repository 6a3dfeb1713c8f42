"""A filter chip with a label and a count ("Changed 4718") whose width does not follow its count.

The side column is as wide as its widest chip asks. Had a chip grown when the
counts of a long pair arrived, the panes would have narrowed in the turn that
shows the pair, and Qt would have laid out their first screens a second time
(for a 1 MB line of Arabic, tens of milliseconds of that turn); a count gaining
a digit as the reader gives verdicts would have rewrapped both texts. So a
chip asks for room for a count of ``room`` digits: as many as the number of
differences of the comparison, set before it is shown (``set_room``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QToolButton, QWidget


class CountChip(QToolButton):
    """A checkable tool button showing ``label`` and, once set, a count."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.room = 1  # digits of count the chip has room for
        self.setCheckable(True)
        self.setChecked(True)
        self.setAutoRaise(True)
        self.setText(label)

    def set_count(self, count: int | None) -> None:
        """Show ``count`` after the label (None: the label alone)."""
        self.setText(self.label if count is None else f"{self.label} {count}")

    def set_room(self, digits: int) -> None:
        """Have room for a count of ``digits`` digits, whatever count is shown."""
        if digits != self.room:
            self.room = digits
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        # Qt sizes a tool button by its text, measured so; its minimumSizeHint is this hint.
        hint = super().sizeHint()
        metrics, flag = self.fontMetrics(), Qt.TextFlag.TextShowMnemonic
        widest = metrics.size(flag, f"{self.label} {'0' * self.room}").width()
        return QSize(hint.width() + max(0, widest - metrics.size(flag, self.text()).width()), hint.height())


def make_room(chips: Iterable[CountChip], total: int) -> None:
    """Give ``chips`` room for any count up to ``total``."""
    for chip in chips:
        chip.set_room(len(str(max(0, total))))
