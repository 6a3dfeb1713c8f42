"""Reading files and pasted text into Documents, behind one small adapter.

The core's readers (``app.documents.read_document``) are used when present;
until then, and for anything they do not cover, a plain-text fallback with the
same contract applies: a bad input raises ``DocumentError`` (or ``ReadError``
here) whose ``str()`` is one clear line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import Document

try:  # the core's readers (Markdown, HTML, encodings, sniffing)
    from app.documents import DocumentError, document_from_string, read_document
    HAVE_CORE_READERS = True
except ImportError:  # pragma: no cover - depends on the state of app/
    HAVE_CORE_READERS = False
    try:
        from app.documents.errors import DocumentError
    except ImportError:
        class DocumentError(Exception):  # type: ignore[no-redef]
            """A file or text that cannot be read as a document."""

MAX_BYTES = 20 * 1024 * 1024


def read_file(path: str | Path) -> Document:
    """Read one file as a Document; raise DocumentError with one clear line."""
    p = Path(path)
    if HAVE_CORE_READERS:
        return read_document(p)
    return _fallback_read(p)


def from_text(text: str, name: str) -> Document:
    """A Document from pasted text."""
    if not text.strip():
        raise DocumentError(name, QCoreApplication.translate("DocumentsIO", "the clipboard holds no text"))
    if HAVE_CORE_READERS:
        return document_from_string(text, name=name)
    return Document.from_text(text, name)


def _fallback_read(p: Path) -> Document:
    name = p.name or str(p)
    if p.is_dir():
        raise DocumentError(name, QCoreApplication.translate("DocumentsIO",
                                                             "this is a folder; open or drop a text file"))
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise DocumentError(name, QCoreApplication.translate("DocumentsIO", "no such file")) from None
    except OSError as exc:
        raise DocumentError(name, QCoreApplication.translate("DocumentsIO", "cannot be read ({error})").format(
            error=exc.strerror or exc)) from None
    if len(data) > MAX_BYTES:
        raise DocumentError(name, QCoreApplication.translate("DocumentsIO", "too big to compare (over 20 MB)"))
    if not data.strip():
        raise DocumentError(name, QCoreApplication.translate("DocumentsIO", "the file is empty"))
    if b"\x00" in data[:8192]:
        raise DocumentError(name, QCoreApplication.translate("DocumentsIO", "this looks like a binary file, not text"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(name, QCoreApplication.translate(
                "DocumentsIO", "the text encoding could not be recognised")) from None
    return Document.from_text(text, name, path=str(p))
