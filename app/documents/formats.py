"""Which reader a document needs: by content first, then by file name.

Content wins over the extension: a PDF named .txt is a PDF, a plain text
named .docx is text. Only text itself needs the name (and a look at its
markup) to choose between plain text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

from app.documents.errors import DocumentError
from app.documents.model import READ_AS_KINDS
from app.documents.sniffing import binary_kind, looks_like_markdown
from app.vocabulary import FORMAT, FORMAT_TABLE

# The formats and their file names are declared in app/vocabulary.py.
TEXT_FORMATS = tuple(f.name for f in FORMAT_TABLE if f.reader is None)
BINARY_FORMATS = tuple(f.name for f in FORMAT_TABLE if f.reader is not None)
FORMATS = READ_AS_KINDS
MARKDOWN_SUFFIXES = frozenset(FORMAT["markdown"].suffixes)
HTML_SUFFIXES = frozenset(FORMAT["html"].suffixes)


def container_format(data: bytes, label: str) -> str | None:
    """ "pdf", "docx", "odt" or "rtf" if the bytes are one; None for text.

    Raises DocumentError for any other binary format (images, archives...).
    """
    if _is_pdf(data):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        from app.documents.odt_reader import is_odt
        from app.documents.xml_parts import open_zip, read_member, zip_names

        archive = open_zip(data, label)
        names = zip_names(archive)
        if "word/document.xml" in names:
            return "docx"
        if is_odt(names, read_member(archive, "mimetype", label)):
            return "odt"
        raise DocumentError(label, "this is a zip archive, not a document Verso reads")
    if b"{\\rtf" in data[:64]:  # cheap test before loading the RTF reader
        from app.documents.rtf_reader import is_rtf

        if is_rtf(data):
            return "rtf"
    kind = binary_kind(data)
    if kind is not None:
        raise DocumentError(label, f"this is {kind}, not text")
    return None


def _is_pdf(data: bytes) -> bool:
    # The header may follow some junk (the spec allows 1 KB of it), but a text
    # that merely mentions "%PDF-" early on must stay text: then ask for the
    # cross-reference marker at the end too.
    if data.lstrip()[:5] == b"%PDF-":
        return True
    return b"%PDF-" in data[:1024] and b"startxref" in data[-4096:]


def check_container(data: bytes, label: str, wanted: str) -> None:
    """Raise DocumentError unless ``data`` really is a ``wanted`` document."""
    try:
        found = container_format(data, label)
    except DocumentError:
        found = None
    if found != wanted:
        raise DocumentError(label, f"this is not {FORMAT[wanted].article}")


def text_format(text: str, name: str) -> str:
    """ "html", "markdown" or "text" for decoded text, by name and content."""
    suffix = Path(name).suffix.lower()
    from app.documents.html_reader import looks_like_html  # on first use: it is not small

    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "markdown" if looks_like_markdown(text) else "text"
