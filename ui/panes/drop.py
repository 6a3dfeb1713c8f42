"""What was dropped: local file paths or plain text, from a QMimeData."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QMimeData

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
