"""A line above the panes with buttons: files changed on disk, work to recover."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class Banner(QFrame):
    """Text and a few buttons; styled like the window's message bar (``#messageBar``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setProperty("level", "info")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 6, 4)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(self.close_button)
        self.buttons: dict[str, QPushButton] = {}
        self._on_dismiss: Callable[[], None] | None = None
        self.hide()

    def show_banner(self, text: str, buttons: Sequence[tuple[str, Callable[[], object]]] = (),
                    level: str = "info", on_dismiss: Callable[[], None] | None = None) -> None:
        """Show ``text`` with buttons (label, handler); ``on_dismiss`` runs when it is dismissed."""
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for i, (label, handler) in enumerate(buttons):
            button = QPushButton(label)
            button.clicked.connect(handler)
            self._layout.insertWidget(1 + i, button)
            self.buttons[label.replace("&", "")] = button
        self._on_dismiss = on_dismiss
        self.setProperty("level", level)
        self.label.setText(("⚠ " if level == "error" else "ℹ ") + text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def dismiss(self) -> None:
        """Hide the banner (its ``on_dismiss`` runs)."""
        self.hide()
        callback, self._on_dismiss = self._on_dismiss, None
        if callback is not None:
            callback()
