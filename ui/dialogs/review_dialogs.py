"""The review's dialogs and lines: save changes?, save and open paths, printer, the project
filter, a source file's state. Module functions, so that tests replace them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.project import SourceState, SourceStatus


def project_filter() -> str:
    """The project dialogs' file filter, in the user's language."""
    return (QCoreApplication.translate("ReviewController", "Verso projects (*.verso)") + ";;"
            + QCoreApplication.translate("ReviewController", "All files (*)"))


def source_message(status: SourceStatus) -> str:
    """``SourceStatus.message()`` in the user's language: one line for the banner."""
    name = Path(status.path).name if status.path else QCoreApplication.translate("ReviewController",
                                                                                 "pasted text")
    text = {
        SourceState.UNCHANGED: QCoreApplication.translate("ReviewController", "{name} is unchanged."),
        SourceState.CHANGED: QCoreApplication.translate("ReviewController",
                                                        "{name} changed on disk since it was compared."),
        SourceState.MISSING: QCoreApplication.translate("ReviewController", "{name} is no longer at {path}."),
        SourceState.UNKNOWN: QCoreApplication.translate("ReviewController", "{name}: no file to check."),
    }[status.state]
    return text.format(name=name, path=status.path)




def ask_save_changes(parent: Any, title: str) -> str:
    """'save', 'discard' or 'cancel': what to do with unsaved annotations."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ReviewController", "Unsaved review"),
                      QCoreApplication.translate("ReviewController", "Save your verdicts and notes on {title}?").format(
                          title=title), parent=parent)
    box.setInformativeText(QCoreApplication.translate("ReviewController",
                                                      "Your changes will be lost if you don't save them."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save.value: "save",
            QMessageBox.StandardButton.Discard.value: "discard"}.get(
        answer.value if hasattr(answer, "value") else int(answer), "cancel")


def ask_save_path(parent: Any, title: str, suggested: str, filters: str) -> str:
    """A path to save to, from the save dialog ("" if cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def ask_open_path(parent: Any, title: str, folder: str, filters: str) -> str:
    """A path to open, from the open dialog ("" if cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def ask_printer(parent: Any) -> Any:
    """A configured QPrinter, or None if the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
