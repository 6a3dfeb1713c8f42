"""Text from documents made safe to print on a terminal."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.documents.model import Document
    from app.engine.records import Comparison

# C0 controls but tab and line feed, DEL, and C1: in a document (a scraped page may carry an
# escape sequence) they would reach the terminal as commands (set its title, clear it, write
# to the clipboard...). Shown as Unicode's control pictures instead, one for one, so the
# offsets and line numbers of a text report stay right.
_CONTROL_PICTURES = {
    **{c: 0x2400 + c for c in range(0x20) if chr(c) not in "\t\n"},
    0x7F: 0x2421,
    **dict.fromkeys(range(0x80, 0xA0), 0xFFFD),
}


def printable(text: str) -> str:
    """``text`` with its control characters shown as pictures."""
    return text.translate(_CONTROL_PICTURES)


def printable_comparison(comparison: Comparison) -> Comparison:
    """``comparison`` with its documents' texts and names safe to print on a terminal."""

    def clean(doc: Document) -> Document:
        return replace(doc, text=printable(doc.text), name=printable(doc.name))

    return replace(comparison, left=clean(comparison.left), right=clean(comparison.right))


def use_colour(choice: str, out: TextIO) -> bool:
    """``--color always|never|auto``: auto colours a terminal, unless NO_COLOR is set."""
    if choice == "always":
        return True
    return choice == "auto" and out.isatty() and not os.environ.get("NO_COLOR")
