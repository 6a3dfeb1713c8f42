"""Reading files into Documents: canonical text, blocks and inline styles."""

from app.documents.errors import DocumentError
from app.documents.model import READ_AS_KINDS, Block, Document, Style
from app.documents.reader import (
    MAX_FILE_BYTES,
    READ_AS_CHOICES,
    document_from_bytes,
    document_from_string,
    read_document,
)

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
