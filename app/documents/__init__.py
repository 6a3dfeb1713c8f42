"""Reading files into Documents."""

from app.documents.model import Block, Document, Style

__all__ = ["Block", "Document", "Style"]
