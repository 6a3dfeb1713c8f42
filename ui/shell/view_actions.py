"""The View menu's zoom, focus and linked-scrolling switches and the Compare menu's options,
for one window (``window.view_actions``; the actions registry names them "view_actions.zoom_in")."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.vocabulary import KINDS
from ui import settings
from ui.shell.actions import SENSITIVITY


class ViewActions(QObject):
    """Zoom, focus, linked scrolling and compare options of one window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def toggle_linked_scrolling(self) -> None:
        """View → Linked Scrolling."""
        on = self.window.actions_by_name["linked_scrolling"].isChecked()
        self.window.sync.enabled = on
        settings.put("view/linked_scrolling", on)
        if on:
            self.window.sync.follow(self.window.sync.last_side)

    def _set_zoom(self, zoom: int) -> None:
        self.window.zoom = max(-6, min(16, zoom))
        settings.put("view/zoom", self.window.zoom)
        self.window.recompare()

    def zoom_in(self) -> None:
        """View → Zoom In."""
        self._set_zoom(self.window.zoom + 1)

    def zoom_out(self) -> None:
        """View → Zoom Out."""
        self._set_zoom(self.window.zoom - 1)

    def zoom_reset(self) -> None:
        """View → Normal Size."""
        self._set_zoom(0)

    def focus_original(self) -> None:
        """View → Focus Original (Ctrl+1)."""
        self.window.views["left"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_copy(self) -> None:
        """View → Focus Copy (Ctrl+2): the copy's pane, or the redline."""
        (self.window.inline_pane.view if self.window.inline_mode else self.window.views["right"]).setFocus(
            Qt.FocusReason.ShortcutFocusReason)

    def focus_list(self) -> None:
        """View → Focus Differences List (Ctrl+3)."""
        self.window.show_side_tab(self.window.panel)
        self.window.panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_option(self, name: str) -> None:
        """Compare → Ignore Case / Punctuation / Typography: compare again with it."""
        value = self.window.actions_by_name[name].isChecked()
        self.window.options = dataclasses.replace(self.window.options, **{name: value})
        settings.put(f"compare/{name}", value)
        self.window.recompare()

    def set_sensitivity(self, name: str) -> None:
        """Compare → a sensitivity: compare again with it."""
        for other in SENSITIVITY:
            self.window.actions_by_name[other].setChecked(other == name)
        self.window.options = dataclasses.replace(self.window.options, sensitivity=SENSITIVITY[name])
        settings.put("compare/sensitivity", SENSITIVITY[name])
        self.window.recompare()

    def restore_settings(self) -> None:
        """The window as it was left: geometry, splitter, view switches, kinds, compare options."""
        window = self.window
        geometry = settings.get("window/geometry")
        if not geometry.isEmpty():
            window.restoreGeometry(geometry)
        else:
            window.resize(window.sizeHint())
        splitter = settings.get("window/splitter")
        if not splitter.isEmpty():
            window.splitter.restoreState(splitter)
        window.actions_by_name["linked_scrolling"].setChecked(settings.get("view/linked_scrolling"))
        window.sync.enabled = settings.get("view/linked_scrolling")
        window.actions_by_name["show_panel"].setChecked(settings.get("view/panel"))
        window.panel.setVisible(settings.get("view/panel"))
        window._side_visible(settings.get("view/panel"))
        for kind in KINDS:
            window.actions_by_name[f"show_{kind}"].setChecked(kind in window.state.kinds)
        for name in ("ignore_case", "ignore_punctuation", "ignore_typography"):
            window.actions_by_name[name].setChecked(getattr(window.options, name))
        for name, value in SENSITIVITY.items():
            window.actions_by_name[name].setChecked(abs(value - window.options.sensitivity) < 0.01)
        if settings.get("view/inline"):
            window.toggle_inline(True)
