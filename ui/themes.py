"""A dark palette, for the dark-mode screenshot and for trying the window in the dark offscreen.

On a desktop Verso follows the system palette (light, dark or high contrast);
this is only what ``python -m tools.screenshot OUT KIND --dark`` applies, since an
offscreen Qt has no system theme to follow.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

DARK = {
    QPalette.ColorRole.Window: "#232629",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1b1d20",
    QPalette.ColorRole.AlternateBase: "#26292d",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#2b2e33",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3d7fc4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2e33",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8a8f96",
    QPalette.ColorRole.Link: "#56b4e9",
    QPalette.ColorRole.Mid: "#4a4f56",
    QPalette.ColorRole.Dark: "#15171a",
    QPalette.ColorRole.Light: "#3a3e44",
    QPalette.ColorRole.Midlight: "#33373c",
    QPalette.ColorRole.Shadow: "#000000",
}


def dark_palette() -> QPalette:
    """A dark palette; disabled text is dimmed."""
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80858c"))
    return palette


def use_dark(app: QApplication) -> None:
    """Fusion style with the dark palette (before the window is built)."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
