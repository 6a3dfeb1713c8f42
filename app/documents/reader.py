"""The public entry points: a path, bytes or a string in, a Document out.

Every failure a user can cause (missing file, folder, empty, binary, too
big, undecodable, unreadable) becomes a DocumentError with one clear line;
nothing else escapes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.documents.decoding import decode_bytes
from app.documents.errors import DocumentError
from app.documents.markdown_reader import MarkdownTooDeep, render_markdown
from app.documents.model import Document, paragraph_blocks
from app.documents.sniffing import binary_kind, looks_like_markdown

MAX_FILE_BYTES = 20 * 1024 * 1024
READ_AS_CHOICES = ("auto", "text", "markdown")
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_PASTED = "pasted text"


def read_document(path: str | os.PathLike[str], read_as: str = "auto") -> Document:
    """Read the file at ``path`` into a Document.

    ``read_as`` is "auto" (by extension, then by content: a .txt carrying
    clear Markdown/HTML markup is read as Markdown), "text" or "markdown".
    Raises DocumentError, naming the file, for anything that cannot be read.
    """
    label = os.fspath(path)
    _check_read_as(read_as, label)
    try:
        info = os.stat(label)
    except FileNotFoundError:
        raise DocumentError(label, "no such file") from None
    except PermissionError:
        raise DocumentError(label, "permission denied") from None
    except (OSError, ValueError) as error:
        raise DocumentError(label, f"cannot be read ({_reason(error)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(label, "this is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(label, "this is not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise DocumentError(label, _too_big(info.st_size))
    try:
        with open(label, "rb") as handle:
            # One byte more than the limit catches a file that grew meanwhile.
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise DocumentError(label, "permission denied") from None
    except IsADirectoryError:
        raise DocumentError(label, "this is a folder, not a file") from None
    except OSError as error:
        raise DocumentError(label, f"cannot be read ({_reason(error)})") from None
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(label, _too_big(len(data)))
    resolved = str(Path(label).resolve())
    return _document(data, label, Path(label).name, read_as, path=resolved)


def document_from_bytes(data: bytes, name: str = "", read_as: str = "auto") -> Document:
    """Read a document held in memory; ``name`` (a file name) guides the format.

    Raises DocumentError for bytes that are not a readable document.
    """
    label = name or _PASTED
    _check_read_as(read_as, label)
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(label, _too_big(len(data)))
    return _document(bytes(data), label, name, read_as, path=None)


def document_from_string(text: str, name: str = "", read_as: str = "auto") -> Document:
    """A Document from text already decoded, such as a clipboard paste.

    In plain-text mode the text is kept as is apart from line endings (and
    a leading byte-order mark). Raises DocumentError for empty text.
    """
    label = name or _PASTED
    _check_read_as(read_as, label)
    if len(text) > MAX_FILE_BYTES:
        raise DocumentError(label, _too_big(len(text)))
    if "\x00" in text:
        raise DocumentError(label, "this looks like binary data, not text")
    return _from_text(text, label, name, read_as, encoding="utf-8", path=None)


def plain_text(text: str) -> str:
    """Decoded text as plain-text mode keeps it: CRLF/CR become LF, a BOM goes.

    Nothing else is touched: this exact string is what offsets refer to.
    """
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _document(data: bytes, label: str, name: str, read_as: str, path: str | None) -> Document:
    if not data:
        raise DocumentError(label, "the file is empty")
    kind = binary_kind(data)
    if kind is not None:
        raise DocumentError(label, f"this is {kind}, not text")
    decoded = decode_bytes(data, label)
    return _from_text(decoded.text, label, name, read_as, decoded.encoding, path)


def _from_text(
    text: str, label: str, name: str, read_as: str, encoding: str, path: str | None
) -> Document:
    if not text.strip():
        raise DocumentError(label, "the text is empty" if label == _PASTED else "the file is empty")
    if _wants_markdown(text, name, read_as):
        try:
            walked = render_markdown(text)
        except MarkdownTooDeep as error:
            if read_as == "markdown":
                raise DocumentError(label, f"cannot be read as Markdown: {error}") from None
        except Exception as error:  # a renderer bug must not become a traceback
            if read_as == "markdown":
                raise DocumentError(
                    label, f"cannot be read as Markdown ({type(error).__name__})"
                ) from None
        else:
            if not walked.text.strip():
                raise DocumentError(label, "there is no readable text in this Markdown")
            return Document(
                text=walked.text,
                name=name,
                blocks=walked.blocks,
                styles=walked.styles,
                path=path,
                read_as="markdown",
                encoding=encoding,
            )
    text = plain_text(text)
    return Document(
        text=text,
        name=name,
        blocks=paragraph_blocks(text),
        path=path,
        read_as="text",
        encoding=encoding,
    )


def _wants_markdown(text: str, name: str, read_as: str) -> bool:
    if read_as != "auto":
        return read_as == "markdown"
    if Path(name).suffix.lower() in MARKDOWN_SUFFIXES:
        return True
    return looks_like_markdown(text)


def _check_read_as(read_as: str, label: str) -> None:
    if read_as not in READ_AS_CHOICES:
        choices = ", ".join(READ_AS_CHOICES)
        raise DocumentError(label, f"unknown reading mode {read_as!r} (use one of {choices})")


def _too_big(size: int) -> str:
    limit = MAX_FILE_BYTES // (1024 * 1024)
    return f"the file is too large ({size / (1024 * 1024):.1f} MB; the limit is {limit} MB)"


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__
