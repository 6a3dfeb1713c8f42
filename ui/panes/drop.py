"""What was dropped (local file paths or plain text, from a QMimeData), and the drop target a pane draws."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QMimeData, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea

from app.vocabulary import Side


def dropped_paths(mime: QMimeData) -> list[str]:
    """Local paths of dropped files or folders, in the order given (remote URLs skipped)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def dropped_text(mime: QMimeData) -> str:
    """Dropped plain text (a selection dragged from a browser), or ''."""
    if mime.hasUrls():
        return ""
    return mime.text() if mime.hasText() else ""


def drop_targets(paths: list[str], side: Side | None,
                 filled: Mapping[Side, bool]) -> list[tuple[Side, str]]:
    """Which side each dropped path loads into.

    Two or more files anywhere: the first is the original, the second the copy.
    One file on a pane: that pane's side. One file elsewhere: the first empty
    side, else the copy.
    """
    if len(paths) >= 2:
        return [("left", paths[0]), ("right", paths[1])]
    if not paths:
        return []
    if side is None:
        side = "left" if not filled.get("left") else "right"
    return [(side, paths[0])]


def paint_invitation(view: QAbstractScrollArea, hover: bool, hint: str) -> None:
    """A pane's drop target: a dashed frame (filled while a drag hovers) and ``hint`` in it."""
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(view.viewport().rect()).adjusted(18, 18, -18, -18)
    accent = view.palette().color(view.palette().ColorRole.Highlight)
    pen = QPen(accent if hover else view.palette().color(
        view.palette().ColorRole.PlaceholderText), 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    if hover:
        fill = QColor(accent)
        fill.setAlpha(40)
        painter.setBrush(fill)
    painter.drawRoundedRect(rect, 12, 12)
    if hint:
        font = QFont(view.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, hint)
