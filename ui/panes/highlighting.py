"""Build the QTextDocument a pane shows: the Document rendered, differences painted in.

Pure functions of (Document, Comparison, side, dark): no widget is touched.
They run on the GUI thread (see ``build_steps``), a long text in steps.
Positions in the QTextDocument equal offsets in ``Document.text`` except
after characters outside the Basic Multilingual Plane, which Qt counts twice
(UTF-16), and after the break opportunities the pane adds to a run of
``BREAK_EVERY`` or more characters with no space in it; ``OffsetMap``
(``ui.panes.offsets``) converts both ways.

Why the breaks: Qt wraps a line with no break opportunity by looking for
one to the end of the run, for every line; a megabyte with no space took
68 s to lay out (issue 13), again at every resize. A zero-width space
(U+200B, a break opportunity that draws nothing) every ``BREAK_EVERY``
characters of such a run makes it linear; every ``NEW_BLOCK_EVERY``-th one is
a new block instead (a line ends there), since Qt lays out a block whole at
every resize. Copying from a pane takes the text from the Document, without them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Generator, Iterator
from typing import Literal

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app import Comparison, Document
from app.vocabulary import SIDES, Side
from ui.palette import STYLES, colour, tint
from ui.panes.furniture import furniture_format, link_colour
from ui.panes.offsets import (  # noqa: F401  (BREAK*, break_points: re-exported)
    BREAK,
    BREAK_EVERY,
    NEW_BLOCK_EVERY,
    OffsetMap,
    break_points,
)

DIFF_ID = QTextFormat.Property.UserProperty + 1  # char property: id of the difference there
# Steps of build_steps, each a few milliseconds on a long text: characters inserted, and
# blocks, styles or differences formatted.
TEXT_STEP = 256 * 1024
LINES_STEP = 2_000  # lines inserted a step: each new block costs Qt ~2.5 µs (87,000 took 0.33 s)
FORMAT_STEP = 400
# Slices of the view's stepped layout (ui.panes.text_view), each a few milliseconds.
LAYOUT_STEP = 4_000  # characters laid out at a time
LAYOUT_BLOCKS = 400  # and at most so many blocks (2,667 one-letter lines took 17 ms)
# What QTextCursor.insertText starts a new block at: a line feed, a carriage return, a paragraph
# separator and Qt's two frame marks (U+FDD0, U+FDD1). A text of U+2029 between words was 149,000
# blocks in one step (0.19 s).
_NEW_BLOCK = re.compile("[\n\r\u2029\ufdd0\ufdd1]")
# A format is merged a piece at a time, a step between pieces: Qt merges a format block by
# block, and one difference over 262,000 lines held the window 0.28 s (1.2 ms a piece of 2,000).
FORMAT_CHARS = 32 * 1024
READING_FAMILIES = ["Charter", "Georgia", "Source Serif 4", "Noto Serif", "DejaVu Serif", "serif"]
READING_POINT_SIZE = 11.5


def reading_font(zoom: int = 0) -> QFont:
    """The font the panes read in."""
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setPointSizeF(max(6.0, READING_POINT_SIZE + zoom))
    return font


def build_document(document: Document | None, comparison: Comparison | None, side: Side | Literal["inline"],
                   dark: bool, zoom: int = 0, base: str | None = None,
                   omap: OffsetMap | None = None) -> QTextDocument:
    """The rendered, highlighted QTextDocument of one side, built at once."""
    return finish(build_steps(document, comparison, side, dark, zoom, base, omap))


def finish(steps: Generator[None, None, QTextDocument]) -> QTextDocument:
    """A document built in steps (``build_steps``), all at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def build_steps(document: Document | None, comparison: Comparison | None, side: Side | Literal["inline"],
                dark: bool, zoom: int = 0, base: str | None = None, omap: OffsetMap | None = None,
                ) -> Generator[None, None, QTextDocument]:
    """``build_document`` in steps of a few milliseconds: it yields between them and returns
    the QTextDocument, so the GUI thread can build a long text between events. ``omap``:
    the text's OffsetMap when the compare job made it already (else made here).

    On the GUI thread, not in a worker: PySide holds the GIL through many Qt calls, some of
    which take Qt's shared signal-slot locks (making the layout, moving the document to the
    GUI thread); the GUI thread can hold such a lock while it waits for the GIL (destroying
    a Python-made QObject), and both threads then wait for ever (tests/ui hung so).
    """
    qdoc = QTextDocument()
    qdoc.setDefaultFont(reading_font(zoom))
    qdoc.setDocumentMargin(14)
    qdoc.setUndoRedoEnabled(False)
    if document is None:
        return qdoc
    if omap is None:
        omap = OffsetMap(document.text)
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    # The body's block format, set on the first block before the text goes in: each block the
    # text starts takes it from the one before (set on the whole text after, one call over every
    # block held the window 0.13 s for 524,000 lines).
    cursor.setBlockFormat(body_format())
    text = omap.shown(document.text)
    for start, end in text_pieces(text):  # what setPlainText does, a piece at a time
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text[start:end])
        yield
    yield from _apply_structure(cursor, document, omap, base, dark)
    if comparison is not None and side in SIDES:  # the redline is built by ui.panes.inline_view
        yield from _apply_differences(cursor, comparison, side, dark, omap, base)
    cursor.endEditBlock()
    return qdoc


def next_slice(doc: QTextDocument, done: int) -> int:
    """Where the stepped layout's next slice ends: LAYOUT_STEP characters or LAYOUT_BLOCKS blocks on."""
    further = doc.findBlockByNumber(doc.findBlock(done).blockNumber() + LAYOUT_BLOCKS)
    return min(done + LAYOUT_STEP, further.position() if further.isValid() else done + LAYOUT_STEP)


def text_pieces(text: str, start: int = 0, end: int | None = None,
                chars: int | None = None) -> Iterator[tuple[int, int]]:
    """Consecutive [start, end) pieces of ``text`` (or of its span from ``start`` to ``end``),
    each of at most ``chars`` characters (TEXT_STEP if not given) and LINES_STEP blocks."""
    end = len(text) if end is None else end
    chars = TEXT_STEP if chars is None else chars
    breaks = (found.end() for found in _NEW_BLOCK.finditer(text, start, end))
    for cut in itertools.chain(itertools.islice(breaks, LINES_STEP - 1, None, LINES_STEP), [end]):
        while cut - start > chars:
            yield start, start + chars
            start += chars
        if cut > start:
            yield start, cut
            start = cut


def merge_in_pieces(cursor: QTextCursor, omap: OffsetMap, text: str, start: int, end: int,
                    char_format: QTextCharFormat | None = None,
                    block_format: QTextBlockFormat | None = None) -> Iterator[None]:
    """Merge the formats into ``text``'s span [start, end) (offsets in ``text``, shown through
    ``omap``), a piece of at most FORMAT_CHARS characters and LINES_STEP blocks at a time, with a
    step between pieces (none for a span of one piece: nearly every span)."""
    pieces = text_pieces(text, start, end, FORMAT_CHARS) if end - start > LINES_STEP else iter(((start, end),))
    for n, (a, b) in enumerate(pieces):
        if n:
            yield
        _select(cursor, omap, a, b)
        if block_format is not None:
            cursor.mergeBlockFormat(block_format)
        if char_format is not None:
            cursor.mergeCharFormat(char_format)


class _HoldLazyLayout(QObject):
    """Swallows the timer events of a document layout while the view lays it out in steps.

    Qt's own lazy layout doubles its step up to 200,000 characters (about a
    tenth of a second each); the view takes small steps so the window never stalls.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Timer


def hold_layout(qdoc: QTextDocument) -> None:
    """Stop Qt's lazy layout of ``qdoc`` (the view lays it out in steps) until ``release_layout``."""
    # One hold a document, kept: a released one waiting for deleteLater was still found as
    # its child, so a hold asked for then (a resize just after the layout ended) was never
    # installed, and Qt laid the text out in its own steps (up to 90 ms each) again.
    hold = qdoc.findChild(_HoldLazyLayout) or _HoldLazyLayout(qdoc)
    qdoc.documentLayout().installEventFilter(hold)  # installed again, it is still one filter


def release_layout(qdoc: QTextDocument) -> None:
    """Let Qt's own layout of ``qdoc`` run again (it is laid out by now)."""
    for hold in qdoc.findChildren(_HoldLazyLayout):
        qdoc.documentLayout().removeEventFilter(hold)


def _select(cursor: QTextCursor, omap: OffsetMap, start: int, end: int) -> None:
    cursor.setPosition(omap.to_qt(start))
    cursor.setPosition(omap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)


def body_format() -> QTextBlockFormat:
    """The block format of a pane's text: its line height."""
    body = QTextBlockFormat()
    body.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return body


def _apply_structure(cursor: QTextCursor, document: Document, omap: OffsetMap,
                     base: str | None = None, dark: bool = False) -> Iterator[None]:
    text = document.text
    for n, block in enumerate(document.blocks):
        if n % FORMAT_STEP == FORMAT_STEP - 1:
            yield
        if block.kind == "paragraph":
            continue
        bf, cf = QTextBlockFormat(), QTextCharFormat()
        if block.kind == "heading":
            level = min(max(block.level, 1), 6)
            cf.setFontWeight(QFont.Weight.Bold)
            cf.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 3 - level))
            bf.setTopMargin(8)
            bf.setHeadingLevel(level)
        elif block.kind == "list_item":
            bf.setLeftMargin(22 * max(1, block.level or 1))
        elif block.kind == "quote":
            bf.setLeftMargin(26)
            bf.setRightMargin(12)
            cf.setFontItalic(True)
        yield from merge_in_pieces(cursor, omap, text, block.start, block.end, cf, bf)
    for n, style in enumerate(document.styles):
        if n % FORMAT_STEP == FORMAT_STEP - 1:
            yield
        cf = QTextCharFormat()
        if style.kind == "bold":
            cf.setFontWeight(QFont.Weight.Bold)
        elif style.kind == "italic":
            cf.setFontItalic(True)
        elif style.kind == "underline":
            cf.setFontUnderline(True)
        elif style.kind == "strike":
            cf.setFontStrikeOut(True)
        elif style.kind == "code":
            cf.setFontFamilies(["DejaVu Sans Mono", "monospace"])
        elif style.kind == "link":
            cf.setAnchor(True)
            cf.setAnchorHref(style.href or "")
            cf.setFontUnderline(True)
            cf.setForeground(link_colour(base, dark))  # readable on the pane's own background
            cf.setToolTip(style.href or "")
        yield from merge_in_pieces(cursor, omap, text, style.start, style.end, cf)


def _apply_differences(cursor: QTextCursor, comparison: Comparison, side: Side, dark: bool,
                       omap: OffsetMap, base: str | None = None) -> Iterator[None]:
    # One format per kind, copied for each difference (which adds its id): thousands of
    # differences in a long text, each a dozen calls fewer.
    kind_formats: dict[str, QTextCharFormat] = {}
    edit_formats: dict[str, QTextCharFormat] = {}
    furniture = furniture_format(dark, base)
    text = comparison.document(side).text
    for n, diff in enumerate(comparison.differences):
        if n % FORMAT_STEP == FORMAT_STEP - 1:
            yield
        span = diff.span(side)
        if span is None or diff.kind not in STYLES:
            continue
        if diff.furniture:  # page furniture: dimmed text, no kind tint (ui/panes/furniture.py)
            cf = QTextCharFormat(furniture)
            cf.setProperty(DIFF_ID, diff.id)
            yield from merge_in_pieces(cursor, omap, text, *span, cf)
            continue
        template = kind_formats.get(diff.kind)
        if template is None:
            style = STYLES[diff.kind]
            template = kind_formats[diff.kind] = QTextCharFormat()
            template.setBackground(tint(diff.kind, dark, base=base))
            if style.underline != QTextCharFormat.UnderlineStyle.NoUnderline:
                template.setUnderlineStyle(style.underline)
                template.setUnderlineColor(colour(diff.kind))
        cf = QTextCharFormat(template)
        cf.setProperty(DIFF_ID, diff.id)
        yield from merge_in_pieces(cursor, omap, text, *span, cf)
        for edit in diff.edits:
            espan = edit.left if side == "left" else edit.right
            if espan is None:
                continue
            # Side by side, the side says which words left and which arrived: a deeper
            # tint (a change of lightness, not only of hue) marks them; striking the
            # original's words would make it hard to read (the redline view strikes).
            ef = edit_formats.get(diff.kind)
            if ef is None:
                ef = edit_formats[diff.kind] = QTextCharFormat()
                ef.setBackground(tint(diff.kind, dark, strong=True, base=base))
            yield from merge_in_pieces(cursor, omap, text, *espan, ef)
