"""Limits on what a reader produces, for every format and for texts stored in projects.

The size of a file says little about the text it yields: a 151 KB .odt
of repeated space elements made 6.5 GB; a 20 MB page of tiny paragraphs
made 1.9 million blocks (70 s, 2.85 GB). So the text and the number of
blocks a reader produces are bounded too, with one line when over.
"""

from __future__ import annotations

from app.documents.errors import DocumentError

MAX_TEXT_CHARS = 20 * 1024 * 1024  # characters of text, as many as the largest file has bytes
MAX_BLOCKS = 100_000  # paragraphs, headings, list items... of one document


class TextTooLong(ValueError):
    """A reader's text is over MAX_TEXT_CHARS (raised as it is produced, where no label is known)."""


def check_text_limits(label: str, text: str, block_count: int) -> None:
    """Raise DocumentError (one line) if ``text`` or its blocks are over the limits."""
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(label, too_much_text(len(text)))
    if block_count > MAX_BLOCKS:
        raise DocumentError(label, too_many_blocks(block_count))


def too_many_blocks(count: int | None = None, limit: int = MAX_BLOCKS) -> str:
    """The one line for a text of more than ``limit`` paragraphs (``count`` if known)."""
    if count is None:
        return f"the text has too many paragraphs (more than {limit:,})"
    return f"the text has too many paragraphs ({count:,}; the limit is {limit:,})"


def too_much_text(chars: int | None = None) -> str:
    """The one line for a text over MAX_TEXT_CHARS (``chars`` if known)."""
    limit = f"the limit is {MAX_TEXT_CHARS // (1024 * 1024)} million characters"
    if chars is None:
        return f"the text read from it is too long ({limit})"
    return f"the text read from it is too long ({chars / (1024 * 1024):.1f} million characters; {limit})"
