"""The find bar: one query searched in both panes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Query field, match-case switch, hit counts, previous/next and close."""

    changed = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in the original and the copy"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Find"))
        self.case = QCheckBox(self.tr("Match case"))
        self.count = QLabel("")
        self.count.setMinimumWidth(220)
        prev_btn, next_btn, close_btn = QToolButton(), QToolButton(), QToolButton()
        prev_btn.setText("↑")
        prev_btn.setToolTip(self.tr("Previous match (Shift+F3)"))
        next_btn.setText("↓")
        next_btn.setToolTip(self.tr("Next match (F3, Enter)"))
        close_btn.setText("✕")
        close_btn.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.case)
        layout.addWidget(prev_btn)
        layout.addWidget(next_btn)
        layout.addWidget(self.count)
        layout.addWidget(close_btn)
        self.field.textChanged.connect(self.changed)
        self.case.toggled.connect(self.changed)
        self.field.returnPressed.connect(self.next_requested)
        next_btn.clicked.connect(self.next_requested)
        prev_btn.clicked.connect(self.previous_requested)
        close_btn.clicked.connect(self.close_bar)

    def query(self) -> str:
        """The text searched for."""
        return self.field.text() if self.isVisible() else ""

    def open_bar(self) -> None:
        """Show the bar with its field focused and selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar (the window unmarks the hits)."""
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.previous_requested.emit()
            return
        super().keyPressEvent(event)
