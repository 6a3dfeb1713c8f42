"""The View menu (inline redline, side column, kinds, page furniture, zoom, focus, linked
scrolling) and the Compare menu's options, for one window (``window.view_actions``; the
actions registry names them "view_actions.zoom_in"). The filters go to the reader state
(``window.state``), which says ``filter_changed``; the window's layout is the window's."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from app import Comparison
from app.vocabulary import KINDS
from ui import settings
from ui.jobs.compare import in_steps, is_long
from ui.panes import furniture
from ui.panes.highlighting import finish
from ui.panes.inline_view import ComposedRedline, build_inline_steps, compose, redline_document
from ui.shell.actions import SENSITIVITY

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow

translate = QCoreApplication.translate  # lupdate reads translate("WindowExtras", "…") calls


class ViewActions(QObject):
    """Zoom, focus, linked scrolling and compare options of one window."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.state)
        self.window = window
        self._inline_generation = 0  # the redline being built (a newer request supersedes it)

    # ---- the inline redline -------------------------------------------------------------

    def toggle_inline(self, on: bool | None = None) -> None:
        """View → Inline Redline: one column reading the copy, the original's words struck."""
        window = self.window
        action = window.actions_by_name["inline"]
        on = action.isChecked() if on is None else on
        action.setChecked(on)
        settings.put("view/inline", on)
        page = window.inline_pane if on else window.stack.widget(0)  # the redline, or the two panes
        if page is not None:
            window.stack.setCurrentWidget(page)
        window.link_map.setVisible(not on)
        if on:
            self.build_inline()
        if window.state.current_id is not None:
            window.select_difference(window.state.current_id, flash=False)

    def build_inline(self) -> None:
        """The redline of the comparison on screen, in the inline pane (its layout to the state).

        A long pair's is composed in the runner's thread and its document built in steps of the
        event loop (at once, a 1 MB pair's held the window 2.4 s); the pane says it is coming."""
        window = self.window
        comparison = window.state.comparison
        self._inline_generation += 1
        window.state.set_inline(None)
        pane = window.inline_pane
        if comparison is None:
            pane.view.empty_hint = pane.hint
            pane.set_document(None, QTextDocument())
            return
        if not is_long(comparison):
            made = compose(comparison)
            self._show_inline(comparison, made, finish(build_inline_steps(comparison, made, window.dark, window.zoom)))
            return
        generation, dark, zoom = self._inline_generation, window.dark, window.zoom
        pane.view.empty_hint = translate("MainWindow", "Building the redline…")
        pane.set_document(None, QTextDocument())

        def composed(value: ComposedRedline | None, error: BaseException | None) -> None:
            if generation != self._inline_generation:
                return  # superseded
            if value is None:
                window.message.show_message(translate("MainWindow", "The redline could not be made: {error}")
                                            .format(error=error))
                return
            in_steps(build_inline_steps(comparison, value, dark, zoom), lambda: generation == self._inline_generation,
                     lambda qdoc: self._show_inline(comparison, value, qdoc))

        window.runner.submit("inline", lambda _job: compose(comparison), composed)

    def _show_inline(self, comparison: Comparison, composed: ComposedRedline, qdoc: QTextDocument) -> None:
        window = self.window
        window.state.set_inline(composed.inline)
        window.inline_pane.view.empty_hint = window.inline_pane.hint
        window.inline_pane.set_document(redline_document(comparison, composed), qdoc, composed.words, composed.omap)
        window.inline_pane.name.setText(translate("MainWindow", "{copy}, against {original}").format(
            copy=comparison.right.name, original=comparison.left.name))
        window.inline_pane.info.setText(translate("MainWindow", "struck: original's wording · underlined: copy's"))
        if window.inline_mode and window.state.current_id is not None:
            window.select_difference(window.state.current_id, flash=False)

    # ---- the side column ---------------------------------------------------------------

    def toggle_panel(self) -> None:
        """View → Differences Panel (F4): show or hide the side column."""
        on = self.window.actions_by_name["show_panel"].isChecked()
        self.window.panel.setVisible(on)
        self.side_visible(on)
        settings.put("view/panel", on)

    def side_visible(self, on: bool) -> None:
        """Show or hide the whole side column (Differences, Facts and Copies tabs)."""
        self.window.side_tabs.setVisible(on)
        if on:
            self.window.panel.setVisible(True)

    def show_side_tab(self, widget: QWidget) -> None:
        """Bring a side panel to the front (showing the column if hidden)."""
        window = self.window
        if not window.side_tabs.isVisible():
            window.actions_by_name["show_panel"].setChecked(True)
            self.toggle_panel()
        window.side_tabs.setCurrentWidget(widget)

    # ---- what is listed ----------------------------------------------------------------

    def toggle_kind(self, name: str) -> None:
        """View → Show <kind>: the same switch as the legend chip (which tells the state)."""
        kind = name.removeprefix("show_")
        kinds = self.window.state.kinds
        on = self.window.actions_by_name[name].isChecked()
        self.window.panel.set_kinds(kinds | {kind} if on else kinds - {kind})

    def kinds_changed(self, kinds: set[str]) -> None:
        """The legend's chips changed: the View menu follows, the setting and the state too."""
        for kind in KINDS:
            action = self.window.actions_by_name.get(f"show_{kind}")
            if action is not None:
                action.setChecked(kind in kinds)
        settings.put("view/kinds", sorted(kinds))
        self.window.state.set_kinds(kinds)

    def toggle_furniture(self, on: bool | None = None) -> None:
        """View → Show Page Furniture: list, map and step through furniture too (still dimmed)."""
        window = self.window
        action = window.actions_by_name["show_furniture"]
        on = action.isChecked() if on is None else on
        action.setChecked(on)
        settings.put("view/furniture", on)
        window.state.set_show_furniture(on)  # a current furniture difference is let go
        comparison = window.state.comparison
        hidden = furniture.count_hidden(comparison.differences) if comparison else 0
        if hidden:
            if on:
                text = translate("WindowExtras", "Page furniture shown, dimmed: {n} differences.")
            else:
                text = translate("WindowExtras", "Page furniture hidden: {n} differences.")
            window.statusBar().showMessage(text.format(n=hidden), 4000)

    # ---- zoom, focus, linked scrolling ---------------------------------------------------

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
        self.show_side_tab(self.window.panel)
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
        else:  # (here, not when the splitter was made: its side column is complete now)
            window.splitter.setSizes([1200, 320])
        window.actions_by_name["linked_scrolling"].setChecked(settings.get("view/linked_scrolling"))
        window.sync.enabled = settings.get("view/linked_scrolling")
        window.actions_by_name["show_panel"].setChecked(settings.get("view/panel"))
        window.panel.setVisible(settings.get("view/panel"))
        self.side_visible(settings.get("view/panel"))
        for kind in KINDS:
            window.actions_by_name[f"show_{kind}"].setChecked(kind in window.state.kinds)
        window.actions_by_name["show_furniture"].setChecked(window.state.show_furniture)
        for name in ("ignore_case", "ignore_punctuation", "ignore_typography"):
            window.actions_by_name[name].setChecked(getattr(window.options, name))
        for name, value in SENSITIVITY.items():
            window.actions_by_name[name].setChecked(abs(value - window.options.sensitivity) < 0.01)
        if settings.get("view/inline"):
            self.toggle_inline(True)
