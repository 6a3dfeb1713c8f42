"""The application style sheet (resources/styles/verso.qss), palette-relative."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QApplication

STYLE_SHEET = Path(__file__).resolve().parent.parent / "resources" / "styles" / "verso.qss"


def apply_style(app: QApplication) -> None:
    """Add Verso's small style sheet to the application (missing file: no change)."""
    with contextlib.suppress(OSError):
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
