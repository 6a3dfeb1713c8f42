"""The Help menu of one window (``window.help``): the user guide, the keyboard shortcuts, About.

The dialogs load on demand (``ui.dialogs``): a faster start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


class HelpMenu(QObject):
    """Help → User Guide, Keyboard Shortcuts, About Verso."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.user_guide: Any = None  # the guide's dialog, once shown

    def show_user_guide(self) -> None:
        """Help → User Guide: the manual, rendered read-only (ui/dialogs/help.py)."""
        from ui.dialogs.help import show_user_guide

        self.user_guide = show_user_guide(self.window)

    def show_shortcuts(self) -> None:
        """Help → Keyboard Shortcuts."""
        from ui.dialogs.shortcuts import show_shortcuts

        show_shortcuts(self.window)

    def show_about(self) -> None:
        """Help → About Verso: versions and licences."""
        from ui.dialogs.help import show_about

        show_about(self.window)
