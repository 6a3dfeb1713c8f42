"""The Document: what every reader produces and what the engine and panes use.

A Document is the exact plain text the reader shows (Markdown rendered, line
endings normalised) plus its block structure and inline styles, both as
0-based, end-exclusive offsets into that text.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

from app.vocabulary import FORMATS

BLOCK_KINDS = ("heading", "paragraph", "list_item", "quote")
STYLE_KINDS = ("bold", "italic", "underline", "strike", "code", "link")
# Document.read_as: the reader that made the Document.
READ_AS_KINDS = FORMATS  # the formats a document may be read as (app/vocabulary.py)


@dataclass(frozen=True, slots=True)
class Block:
    """A structural block of a document: heading, paragraph, list item or quote."""

    kind: str
    start: int
    end: int
    level: int = 0  # heading level (1-6) or list nesting depth


@dataclass(frozen=True, slots=True)
class Style:
    """An inline style over a span of the text (bold, italic, link...)."""

    kind: str
    start: int
    end: int
    href: str | None = None


@dataclass(frozen=True)
class Document:
    """A read document: canonical text, blocks and styles, and where it came from."""

    text: str
    name: str = ""
    blocks: tuple[Block, ...] = ()
    styles: tuple[Style, ...] = ()
    path: str | None = None
    read_as: str = "text"  # one of READ_AS_KINDS
    encoding: str = "utf-8"
    sha256: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.sha256:
            digest = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()
            object.__setattr__(self, "sha256", digest)

    def line_of(self, offset: int) -> int:
        """The 1-based number of the line that holds ``offset`` ("original line 12" in reports)."""
        return bisect_left(self._newlines, offset) + 1

    @cached_property
    def _newlines(self) -> array[int]:
        # The offset of each newline, found once for the document: counted from the start for
        # each difference, reports were O(differences x length) (a 10 MB pair took 81 s as
        # text). Each newline's offset is one less than the lengths of the lines up to it, each
        # with its newline, summed (in C: 0.1 s a MB).
        lengths = map((1).__add__, map(len, self.text.split("\n")))
        return array("q", accumulate(lengths, initial=-1))[1:-1]

    @classmethod
    def from_text(cls, text: str, name: str = "", **kwargs: object) -> Document:
        """A plain-text Document: line endings normalised, paragraphs at blank lines."""
        text = normalise_newlines(text)
        return cls(text=text, name=name, blocks=paragraph_blocks(text), **kwargs)  # type: ignore[arg-type]


_BLANK_LINES = re.compile(r"\n[ \t\f\v\u00a0]*\n\s*")


def normalise_newlines(text: str) -> str:
    """CRLF, CR, and Unicode line/paragraph separators become \\n; a BOM is dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text.lstrip("\ufeff")


def paragraph_blocks(text: str) -> tuple[Block, ...]:
    """Paragraph blocks of plain text: runs of text between blank lines."""
    blocks: list[Block] = []
    pos = 0
    for gap in [*_BLANK_LINES.finditer(text), None]:
        end = gap.start() if gap else len(text)
        if pos < end and not text[pos].isspace() and not text[end - 1].isspace():
            blocks.append(Block("paragraph", pos, end))  # (most: nothing to trim, no copy made)
        elif stripped := (chunk := text[pos:end]).strip():
            start = pos + (len(chunk) - len(chunk.lstrip()))
            blocks.append(Block("paragraph", start, start + len(stripped)))
        if gap:
            pos = gap.end()
    return tuple(blocks)
