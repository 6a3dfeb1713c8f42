"""Verso's style sheet (resources/styles/verso.qss), palette-relative, on the widgets it styles.

The sheet styles a handful of widgets (pane headers, the message bar, the
differences list). Set on the application it would put every widget of the
window through Qt's style-sheet style, which is slower to build and to paint
(about 50 ms more at start); so ``apply_style`` only reads it, and the window
calls ``style_window`` to set it on those widgets (and their children) alone.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QApplication, QListView, QWidget

STYLE_SHEET = Path(__file__).resolve().parent.parent / "resources" / "styles" / "verso.qss"
STYLED = ("paneHeader", "messageBar")  # object names of the widgets the sheet is set on
STYLED_LISTS = "differencesPanel"  # and the list views inside this one

_sheet = ""


def apply_style(app: QApplication) -> None:
    """Read Verso's style sheet for ``style_window`` (missing file: no change)."""
    global _sheet
    with contextlib.suppress(OSError):
        _sheet = STYLE_SHEET.read_text(encoding="utf-8")


def style_window(window: QWidget) -> None:
    """Set the style sheet on the widgets of ``window`` it styles (nothing before ``apply_style``)."""
    if not _sheet:
        return
    for name in STYLED:
        for widget in window.findChildren(QWidget, name):
            widget.setStyleSheet(_sheet)
    for panel in window.findChildren(QWidget, STYLED_LISTS):
        for view in panel.findChildren(QListView):
            view.setStyleSheet(_sheet)
