"""Links a reader clicks in a pane or the user guide: only web and mail links leave Verso."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_link(url: QUrl) -> None:
    """Open a link the reader clicked, in the browser; only web and mail links."""
    if url.scheme() in ("http", "https", "mailto"):
        QDesktopServices.openUrl(url)
