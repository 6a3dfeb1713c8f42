"""The window's page-furniture switch, Facts panel, summary bar and help, as a mixin.

``MainWindow`` inherits ``WindowExtras`` and calls ``_install_extras()``
once its actions exist; everything here lives outside ``main_window.py`` so
that file stays small. Handlers named in ``ui.actions`` are methods here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import Difference
from ui import furniture, settings

if TYPE_CHECKING:  # pragma: no cover
    from ui.main_window import MainWindow as _Base
else:
    _Base = object


class WindowExtras(_Base):
    """Mixed into MainWindow (which provides comparison, kinds, actions_by_name, ...)."""

    show_furniture: bool = False

    def _install_extras(self) -> None:
        """Build the extra widgets and restore their settings (actions exist by now)."""
        self.show_furniture = bool(settings.get("view/furniture"))
        action = self.actions_by_name.get("show_furniture")
        if action is not None:
            action.setChecked(self.show_furniture)

    # ---- page furniture --------------------------------------------------------

    def shows(self, diff: Difference) -> bool:
        """Whether a difference is listed, mapped and stepped through (kind filter and furniture)."""
        return diff.kind in self.kinds and furniture.shown(diff, self.show_furniture)

    def toggle_furniture(self, on: bool | None = None) -> None:
        """View → Show Page Furniture: list, map and step through furniture too (still dimmed)."""
        action = self.actions_by_name["show_furniture"]
        on = action.isChecked() if on is None else on
        action.setChecked(on)
        self.show_furniture = on
        settings.put("view/furniture", on)
        if self.current_id is not None and self.comparison is not None:
            diff = self.comparison.difference(self.current_id)
            if diff is None or not self.shows(diff):
                self.current_id = None
                self._clear_current()
        self._refresh_all()
        hidden = furniture.count_hidden(self.comparison.differences) if self.comparison else 0
        if hidden:
            self.statusBar().showMessage(
                f"{hidden} page furniture difference{'s' if hidden != 1 else ''} "
                + ("shown (dimmed)." if on else "hidden."), 4000)

    def furniture_summary(self) -> str:
        """The status-bar note about page furniture ("" when there is none)."""
        hidden = furniture.count_hidden(self.comparison.differences) if self.comparison else 0
        if not hidden:
            return ""
        state = "shown, not counted" if self.show_furniture else "hidden"
        return f" · {hidden} in page furniture ({state})"

    def counted(self, diff: Difference) -> bool:
        """Whether a difference counts in the status-bar figures: never page furniture."""
        return not diff.furniture
