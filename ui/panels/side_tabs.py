"""The side column: Differences, Facts and Copies as tabs (the window lays them out)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QTabWidget, QWidget


class SideTabs(QTabWidget):
    """The side column's tabs, without a full repaint for every layout request from inside.

    QTabWidget lays itself out again and repaints all of itself (list, chips,
    editor) at every LayoutRequest, and one arrives at every step through the
    differences: the note editor's header takes the new difference's text,
    and a layout inside asks all its parents again. A request
    that leaves the tab bar's size hint as it was only passes the request on
    to the parents (``updateGeometry``, as QTabWidget would): the pages have
    laid themselves out already, and the tab bar and page keep their places.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar_hint: QSize | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            hint = self.tabBar().sizeHint()
            if hint == self._bar_hint:
                self.updateGeometry()
                return True
            self._bar_hint = hint
        return super().event(event)
