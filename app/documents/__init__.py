"""Reading files into Documents: canonical text, blocks and inline styles.

Entry points: ``read_document(path, read_as="auto")``,
``document_from_bytes(data, name, read_as)`` and
``document_from_string(text, name, read_as)`` (clipboard: pass
``read_as="html"`` for pasted HTML). Every failure a user can cause is a
``DocumentError`` whose str() is one line naming the input.

Formats (``read_as``): text, markdown, html (saved pages through trafilatura,
offline), docx, odt, rtf, pdf (text layer). In "auto" mode the bytes decide
first (PDF, zip-based Word/ODF, RTF, other binaries refused), then the name
and the text itself (an HTML page, .md, or a .txt with clear Markdown/HTML
markup). In plain-text mode ``Document.text`` is the decoded file with only
CRLF/CR turned into LF and a leading BOM dropped; every other reader builds
simple HTML that one walker (html_walker) turns into text, blocks and styles.
"""

from typing import TYPE_CHECKING

from app.lazy import lazy_exports

if TYPE_CHECKING:  # the names below, imported on first use (app/lazy.py)
    from app.documents.errors import DocumentError
    from app.documents.model import READ_AS_KINDS, Block, Document, Style
    from app.documents.reader import (
        MAX_FILE_BYTES,
        READ_AS_CHOICES,
        document_from_bytes,
        document_from_string,
        read_document,
    )

__getattr__ = lazy_exports(__name__, {
    "app.documents.errors": ("DocumentError",),
    "app.documents.model": ("READ_AS_KINDS", "Block", "Document", "Style"),
    "app.documents.reader": (
        "MAX_FILE_BYTES", "READ_AS_CHOICES", "document_from_bytes", "document_from_string", "read_document",
    ),
})

__all__ = [
    "MAX_FILE_BYTES",
    "READ_AS_CHOICES",
    "READ_AS_KINDS",
    "Block",
    "Document",
    "DocumentError",
    "Style",
    "document_from_bytes",
    "document_from_string",
    "read_document",
]
