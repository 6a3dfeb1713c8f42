"""The review editor under the differences list: a verdict and a note for what is current.

It edits either the current difference (verdict buttons and note) or a
highlight (note, and a button to remove it). It only reports what the user
did; the review controller records the change and tells it what to show.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.project import VERDICT_ORDER, Verdict
from ui.review.verdicts import verdict_description, verdict_icon, verdict_label


class NoteEditor(QFrame):
    """Verdict buttons and a note field for the current difference or highlight."""

    verdict_chosen = Signal(object)  # Verdict
    note_edited = Signal(str)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QLabel(self.tr("Select a difference to give it a verdict and a note."))
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.buttons: dict[Verdict, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        for i, verdict in enumerate(VERDICT_ORDER):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(verdict_icon(verdict, 18))
            button.setIconSize(QSize(18, 18))
            button.setToolTip(self.tr("{verdict} (Alt+{key}): {description}").format(
                verdict=verdict_label(verdict), key=i, description=verdict_description(verdict)))
            button.setAccessibleName(self.tr("Verdict: {verdict}").format(verdict=verdict_label(verdict)))
            button.clicked.connect(lambda _c=False, v=verdict: self.verdict_chosen.emit(v))
            self.group.addButton(button)
            self.buttons[verdict] = button
            row.addWidget(button)
        self.verdict_label = QLabel("")
        row.addWidget(self.verdict_label, 1)
        self.remove = QPushButton(self.tr("Remove Highlight"))
        self.remove.setToolTip(self.tr("Remove this highlight and its note (Ctrl+Z brings it back)"))
        self.remove.clicked.connect(self.remove_requested)
        self.remove.hide()
        row.addWidget(self.remove)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note (Ctrl+E)…"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(92)
        self.note.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self._quiet = False
        self.show_nothing()

    def _typed(self) -> None:
        if not self._quiet:
            self.note_edited.emit(self.note.toPlainText())

    def show_nothing(self, text: str = "") -> None:
        """Nothing to edit: ``text`` says why (by default, select a difference)."""
        self.show_target(text or self.tr("Select a difference to give it a verdict and a note."),
                         None, "", enabled=False)

    def show_target(self, header: str, verdict: Verdict | None, note: str, *,
                    enabled: bool = True, highlight: bool = False) -> None:
        """Show what is being edited; ``verdict`` None hides the verdict buttons (highlights)."""
        self.header.setText(header)
        for button in self.buttons.values():
            button.setVisible(not highlight)
            button.setEnabled(enabled)
        self.group.setExclusive(False)
        for v, button in self.buttons.items():
            button.setChecked(v == verdict)
        self.group.setExclusive(True)
        self.verdict_label.setText("" if highlight or verdict is None or not enabled
                                   else verdict_label(verdict))
        italic = QFont(self.verdict_label.font())
        italic.setItalic(True)
        self.verdict_label.setFont(italic)
        self.remove.setVisible(highlight)
        self.note.setEnabled(enabled)
        self.note.setPlaceholderText("" if not enabled else self.tr("Note on this highlight (Ctrl+E)…")
                                      if highlight else self.tr("Note on this difference (Ctrl+E)…"))
        if self.note.toPlainText() != note:
            self._quiet = True
            self.note.setPlainText(note)
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)
            self._quiet = False

    def focus_note(self) -> None:
        """Put the cursor in the note field."""
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
