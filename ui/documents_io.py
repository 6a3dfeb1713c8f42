"""Reading files and pasted text into Documents: the core's readers, one clear line on failure.

A bad input raises ``DocumentError`` whose ``str()`` is one line naming it.
The readers (Markdown, HTML, encodings, sniffing: ``app.documents``) are
imported by the first read, not while the window starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import Document
from app.documents.errors import DocumentError

__all__ = ["DocumentError", "from_text", "read_file"]


def read_file(path: str | Path) -> Document:
    """Read one file as a Document; raise DocumentError with one clear line."""
    from app.documents import read_document

    return read_document(Path(path))


def from_text(text: str, name: str) -> Document:
    """A Document from pasted text."""
    if not text.strip():
        raise DocumentError(name, QCoreApplication.translate("DocumentsIO", "the clipboard holds no text"))
    from app.documents import document_from_string

    return document_from_string(text, name=name)
