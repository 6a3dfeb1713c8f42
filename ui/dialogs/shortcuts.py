"""Small dialogs: the keyboard shortcuts list and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.shell.actions import ACTIONS, ActionSpec


def shown_keys(spec: ActionSpec) -> str:
    """The keys a person presses, as the menus show them: a standard key's first binding only
    (Copy is "Ctrl+C", not Qt's aliases "Ctrl+C, Ctrl+Ins, F16, Copy")."""
    keys: list[str] = []
    for key in spec.shortcuts:
        sequences = [QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)[:1]
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if text and text not in keys:
                keys.append(text)
    return ", ".join(keys)


def show_shortcuts(parent: QWidget) -> None:
    """Every action with a shortcut, from the registry."""
    def tr(text: str) -> str:  # the registry's texts, translated in the "Actions" context
        return QCoreApplication.translate("Actions", text).replace("&", "").rstrip("…")

    rows = [(tr(spec.menu), tr(spec.text), shown_keys(spec)) for spec in ACTIONS if spec.shortcuts]
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Keyboard Shortcuts — Verso"))
    table = QTableWidget(len(rows), 3)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("Dialogs", "Menu"),
                                     QCoreApplication.translate("Dialogs", "Action"),
                                     QCoreApplication.translate("Dialogs", "Keys")])
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(560, 620)
    dialog.exec()


def show_about(parent: QWidget) -> None:
    """A short About box (version and one line); Help → About is ui.dialogs.help."""
    from app import __version__

    QMessageBox.about(parent, QCoreApplication.translate("Dialogs", "About Verso"),
                      f"<b>Verso {__version__}</b><p>" + QCoreApplication.translate(
                          "Dialogs", "A side-by-side reader that shows what a copy kept, changed, added, "
                          "repeated and left out of an original.") + "</p>")
