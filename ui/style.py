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
SHEET_PROPERTY = "versoStyleSheet"  # the application keeps the sheet it read


def apply_style(app: QApplication) -> None:
    """Read Verso's style sheet for ``style_window`` (missing file: no change)."""
    with contextlib.suppress(OSError):
        app.setProperty(SHEET_PROPERTY, STYLE_SHEET.read_text(encoding="utf-8"))


def style_window(window: QWidget) -> None:
    """Set the style sheet on the widgets of ``window`` it styles (nothing before ``apply_style``)."""
    app = QApplication.instance()
    sheet = app.property(SHEET_PROPERTY) if app is not None else None
    if not isinstance(sheet, str) or not sheet:
        return
    for name in STYLED:
        for widget in window.findChildren(QWidget, name):
            widget.setStyleSheet(sheet)
    for panel in window.findChildren(QWidget, STYLED_LISTS):
        for view in panel.findChildren(QListView):
            view.setStyleSheet(sheet)
