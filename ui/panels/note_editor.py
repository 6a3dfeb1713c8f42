"""The review editor under the differences list: a verdict and a note for what is current.

It edits either the current difference (verdict buttons and note) or a
highlight (note, and a button to remove it). The Facts panel has one of its
own for the current fact (``subject="fact"``). It only reports what the user
did; the review controller records the change and tells it what to show.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
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

    def __init__(self, parent: QWidget | None = None, subject: str = "difference") -> None:
        super().__init__(parent)
        self.subject = subject  # "difference" (and highlights) or "fact"
        self.setObjectName("noteEditor" if subject == "difference" else "factNoteEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QLabel(self._nothing())
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.buttons: dict[Verdict, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        # Each verdict's button says its name beside its badge (a badge alone had to be hovered
        # to be read); three to a row, so the side column's width holds them.
        row = QGridLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        for i, verdict in enumerate(VERDICT_ORDER):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(verdict_icon(verdict, 16))
            button.setIconSize(QSize(16, 16))
            button.setText(verdict_label(verdict))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(self.tr("{verdict} (Alt+{key}): {description}").format(
                verdict=verdict_label(verdict), key=i, description=verdict_description(verdict)))
            button.setAccessibleName(self.tr("Verdict: {verdict}").format(verdict=verdict_label(verdict)))
            button.clicked.connect(lambda _c=False, v=verdict: self.verdict_chosen.emit(v))
            button.toggled.connect(lambda on, b=button: _embolden(b, on))  # the chosen one reads at a glance
            self.group.addButton(button)
            self.buttons[verdict] = button
            row.addWidget(button, i // 3, i % 3)
        self.remove = QPushButton(self.tr("Remove Highlight"))
        self.remove.setToolTip(self.tr("Remove this highlight and its note (Ctrl+Z brings it back)"))
        self.remove.clicked.connect(self.remove_requested)
        self.remove.hide()
        row.addWidget(self.remove, 0, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
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

    def _nothing(self) -> str:
        return (self.tr("Select a fact to give it a verdict and a note.") if self.subject == "fact"
                else self.tr("Select a difference to give it a verdict and a note."))

    def show_nothing(self, text: str = "") -> None:
        """Nothing to edit: ``text`` says why (by default, select a difference or a fact)."""
        self.show_target(text or self._nothing(), None, "", enabled=False)

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
        self.remove.setVisible(highlight)
        self.note.setEnabled(enabled)
        self.note.setPlaceholderText("" if not enabled else self.tr("Note on this highlight (Ctrl+E)…")
                                      if highlight else self.tr("Note on this fact (Ctrl+E)…")
                                      if self.subject == "fact" else self.tr("Note on this difference (Ctrl+E)…"))
        if self.note.toPlainText() != note:
            self._quiet = True
            self.note.setPlainText(note)
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)
            self._quiet = False

    def focus_note(self) -> None:
        """Put the cursor in the note field."""
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _embolden(button: QToolButton, on: bool) -> None:
    """The checked verdict's name in bold (a checked tool button is only a shade darker)."""
    font = button.font()
    font.setBold(on)
    button.setFont(font)
