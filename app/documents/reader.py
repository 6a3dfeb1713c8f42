"""The public entry points: a path, bytes or a string in, a Document out.

Every failure a user can cause (missing file, folder, empty, binary, too
big, undecodable, unreadable, damaged, too deeply nested) becomes a
DocumentError with one clear line; nothing else escapes.
"""

from __future__ import annotations

import importlib
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from app.documents.decoding import checked_text, decode_bytes
from app.documents.errors import DocumentError
from app.documents.formats import (
    BINARY_FORMATS,
    FORMATS,
    MARKDOWN_SUFFIXES,
    check_container,
    container_format,
    text_format,
)
from app.documents.html_balance import HtmlTooDeep
from app.documents.html_walker import WalkedText, walk_html
from app.documents.limits import TextTooLong, check_text_limits, too_much_text
from app.documents.model import Document, paragraph_blocks
from app.vocabulary import FORMAT_TABLE

MAX_FILE_BYTES = 20 * 1024 * 1024
READ_AS_CHOICES = ("auto", *FORMATS)
_PASTED = "pasted text"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Readers of binary formats (app/vocabulary.py), imported on first use: they pull in
# pypdf, XML and zip machinery that a plain-text comparison never needs (start-up time).
_CONVERTERS: dict[str, tuple[str, str]] = {f.name: f.reader for f in FORMAT_TABLE if f.reader is not None}


def _converter(fmt: str) -> Callable[[bytes, str], str | WalkedText]:
    """The reader of a container format: simple HTML for the walker, or the walked text itself."""
    module, name = _CONVERTERS[fmt]
    return getattr(importlib.import_module(module), name)
_ENCODINGS = {f.name: f.encoding for f in FORMAT_TABLE if f.reader is not None}
_DISPLAY = {f.name: f.display for f in FORMAT_TABLE}


def read_document(path: str | os.PathLike[str], read_as: str = "auto") -> Document:
    """Read the file at ``path`` into a Document.

    ``read_as`` is "auto" (by content, then extension: PDF, Word, ODT and
    RTF by their bytes; .html/.htm or an HTML page as HTML; .md as Markdown;
    a .txt carrying clear Markdown/HTML markup as Markdown if rendering keeps
    every word of it, else as plain text) or one of
    READ_AS_CHOICES to force a reader. The size is checked before reading.
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

    Pasted HTML (read_as="html", or text that starts like an HTML page) is
    read like a saved web page; plain text keeps every character apart from
    line endings, a leading byte-order mark and the repairs that text from
    a file gets too (C1 controls, mojibake, NULs: see repair.py). Raises
    DocumentError for empty text, binary data or a binary format asked for
    by ``read_as``.
    """
    label = name or _PASTED
    _check_read_as(read_as, label)
    if read_as in BINARY_FORMATS:
        raise DocumentError(label, f"text cannot be read as a {_DISPLAY[read_as]}")
    if len(text) > MAX_FILE_BYTES:
        raise DocumentError(label, _too_big(len(text)))
    text = text.removeprefix("\ufeff")  # one byte-order mark, as decoding drops from bytes
    # Lone UTF-16 surrogates (a paste can hold them; decoded bytes cannot): U+FFFD, as Markdown
    # and projects have them. HTML with one was refused (nh3 encodes to UTF-8), or a page lost
    # the text after it, and plain text kept one that no UTF-8 writer can save.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    text = checked_text(text, label)
    return _from_text(text, label, name, read_as, encoding="utf-8", path=None)


def plain_text(text: str) -> str:
    """Decoded text as plain-text mode keeps it: CRLF and CR become LF.

    Nothing else is touched: this exact string is what offsets refer to. (The
    one leading byte-order mark is gone already: decoding drops it from
    bytes, document_from_string from a string.)
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _document(data: bytes, label: str, name: str, read_as: str, path: str | None) -> Document:
    if not data.strip():
        raise DocumentError(label, "the file is empty")
    if read_as in BINARY_FORMATS:
        check_container(data, label, read_as)
        return _from_container(data, label, name, read_as, path)
    found = container_format(data, label)
    if found is not None:
        if read_as != "auto":
            raise DocumentError(label, f"this is a {_DISPLAY[found]}, not text")
        return _from_container(data, label, name, found, path)
    decoded = decode_bytes(data, label)
    return _from_text(decoded.text, label, name, read_as, decoded.encoding, path)


def _from_container(data: bytes, label: str, name: str, fmt: str, path: str | None) -> Document:
    try:
        converted = _converter(fmt)(data, label)
        walked = converted if isinstance(converted, WalkedText) else walk_html(converted)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(label, f"this {_DISPLAY[fmt]} nests too deeply") from None
    except HtmlTooDeep as error:  # (HtmlTooLarge: from html_building, as for a web page)
        raise DocumentError(label, str(error)) from None
    except TextTooLong:
        raise DocumentError(label, too_much_text()) from None
    except Exception as error:  # a reader bug or odd file must not become a traceback
        raise DocumentError(label, f"this {_DISPLAY[fmt]} could not be read ({type(error).__name__})") from None
    return _rich_document(walked, label, name, fmt, _ENCODINGS[fmt], path)


def _from_text(text: str, label: str, name: str, read_as: str, encoding: str, path: str | None) -> Document:
    if not text.strip():
        raise DocumentError(label, "the text is empty" if label == _PASTED else "the file is empty")
    fmt = text_format(text, name) if read_as == "auto" else read_as
    if fmt in ("markdown", "html"):
        from app.documents.html_reader import read_html
        from app.documents.markdown_reader import MarkdownTooComplex, render_markdown

        try:
            walked = render_markdown(text) if fmt == "markdown" else read_html(text)
        except (MarkdownTooComplex, HtmlTooDeep) as error:
            if read_as != "auto":
                raise DocumentError(label, f"cannot be read as {_DISPLAY[fmt]}: {error}") from None
            if fmt == "html":
                raise DocumentError(label, str(error)) from None
        except Exception as error:  # a renderer bug must not become a traceback
            if read_as != "auto" or fmt == "html":
                raise DocumentError(label, f"cannot be read as {_DISPLAY[fmt]} ({type(error).__name__})") from None
        else:
            if fmt == "html" or read_as != "auto" or not _lossy_markdown_guess(text, name, walked):
                return _rich_document(walked, label, name, fmt, encoding, path)
    text = plain_text(text)
    blocks = paragraph_blocks(text)
    check_text_limits(label, text, len(blocks))
    return Document(
        text=text,
        name=name,
        blocks=blocks,
        path=path,
        read_as="text",
        encoding=encoding,
    )


def _lossy_markdown_guess(text: str, name: str, walked: WalkedText) -> bool:
    """True if ``text`` was taken for Markdown by its markup alone (not a .md name)
    and rendering it lost a word, or all its text: then it is read as plain text."""
    if Path(name).suffix.lower() in MARKDOWN_SUFFIXES:
        return False
    from app.documents.markdown_reader import lost_words

    return not walked.text.strip() or bool(lost_words(text, walked))


def _rich_document(walked: WalkedText, label: str, name: str, fmt: str, encoding: str, path: str | None) -> Document:
    if not walked.text.strip():
        raise DocumentError(label, f"there is no readable text in this {_DISPLAY[fmt]}")
    check_text_limits(label, walked.text, len(walked.blocks))
    return Document(
        text=walked.text,
        name=name,
        blocks=walked.blocks,
        styles=walked.styles,
        path=path,
        read_as=fmt,
        encoding=encoding,
    )


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
