"""Pasting a text: the clipboard's HTML when it has some (structure kept), else its plain text.

A selection copied from a browser carries HTML; read like a saved web page
(``read_as="html"``: sanitized, the article's structure kept) it gives the
panes headings, paragraphs and lists. Plain text is read as a file would be.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from app import Document
from app.documents import document_from_string
from ui.documents_io import DocumentError, from_text


def clipboard_document(mime: QMimeData | None, name: str) -> Document:
    """The Document a paste gives; raises DocumentError (one clear line) when there is none."""
    if mime is not None and mime.hasHtml():
        html = mime.html()
        if html.strip():
            try:
                document = document_from_string(html, name=name, read_as="html")
            except DocumentError:
                document = None  # HTML with no readable text: fall back on the plain text
            if document is not None and document.text.strip():
                return document
    text = mime.text() if mime is not None and mime.hasText() else ""
    return from_text(text, name)
