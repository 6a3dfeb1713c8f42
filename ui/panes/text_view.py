"""The read-only text view of one side: the rendered document, its gutter and notes margin.

The view shows a QTextDocument built by ``ui.panes.highlighting`` and paints,
from the window's reader state (``view.state``, ``ui.review.state``), a gutter of
kind marks, the facts to check and the current difference; from the review
(``view.review``), the highlights and the notes margin. It keeps no copy of the
comparison. A click on a difference is said (``difference_clicked``); the
window makes it current.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QToolTip, QWidget

from app import Document
from ui.panes.annotation_painting import NOTES_MARGIN, NotesMargin, ReviewMarks, paint_highlights
from ui.panes.drop import paint_invitation
from ui.panes.gutter import GUTTER, Gutter
from ui.panes.highlighting import DIFF_ID, LAYOUT_STEP, build_document, hold_layout, next_slice, release_layout
from ui.panes.offsets import OffsetMap
from ui.panes.overlays import CurrentFrame, paint_current_frame, paint_fact_frames, paint_find_hits, paint_layout_band
from ui.review.describe import describe_difference
from ui.review.state import ReaderState, ViewSide

LAYOUT_BUDGET = 0.008  # seconds of layout per event-loop turn and pane
LAYOUT_FIRST_MS = 40  # the first slice waits for the new text's first paint to be done
LAYOUT_NEXT_MS = 1  # later ones leave the event loop a moment between slices (timers, input)
MAX_READING_WIDTH = 760  # pixels of text per line: a comfortable measure
_HIT_TESTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
              QEvent.Type.MouseButtonDblClick, QEvent.Type.ToolTip)  # events that ask where text is


class TextView(QTextBrowser):
    """A read-only rendered text that never loads resources and never follows links by itself."""

    focus_entered = Signal(str)  # side: the pane the reader is in (Ctrl+1, Tab, a click)
    difference_clicked = Signal(int, str)  # a difference's id, and this view's side

    def __init__(self, side: ViewSide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.state: ReaderState | None = None  # what the window shows (set by the window)
        self.review: ReviewMarks | None = None  # highlights and notes (the window's review)
        self.document_model: Document | None = None
        self.omap = OffsetMap("")
        self.empty_hint = ""
        self.find_hits: list[tuple[int, int]] = []  # the find bar's (ui.shell.finder)
        self.find_current: tuple[int, int] | None = None
        self.drag_hover = False
        self.frame = CurrentFrame(self)  # the current difference's
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A scroll bar that comes and goes changes the text width, and Qt then lays the
        # whole document out again at once: with a text the vertical one stays, so long texts
        # never stall. An empty pane (the drop invitation) has none (show_document).
        self._scroll_bars(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._laid_out = 0  # position up to which our own stepped layout has run
        self._anchor: int | None = None  # text offset to scroll to once the stepped layout reaches it
        self._anchor_y = 0.0  # (at this viewport height)
        self._visible: tuple[QTextDocument, tuple[int, ...], tuple[int, int]] | None = None
        self._rects: tuple[QTextDocument | None, tuple[int, ...], dict[int, QRect]] = (None, (), {})
        self._size_told = 0.0
        self._layout_timer = QTimer(self)
        self._layout_timer.setInterval(LAYOUT_NEXT_MS)
        self._layout_timer.timeout.connect(self._layout_step)
        # Scrolled by the reader: the place kept across a rewrap is theirs now.
        self.verticalScrollBar().actionTriggered.connect(lambda _action: setattr(self, "_anchor", None))
        self.gutter = Gutter(self)
        self.notes = NotesMargin(self)  # verdict and note marks right of the text
        blank = build_document(None, None, side, False)
        blank.setParent(self)  # a document without a parent loads images itself, past loadResource
        self.setDocument(blank)
        self.verticalScrollBar().valueChanged.connect(self.gutter.update)

    # ---- content --------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Nothing is ever read from disk or the network: images become a grey placeholder."""
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(48, 32, QImage.Format.Format_ARGB32)
            image.fill(QColor(128, 128, 128, 90))
            return image
        return ""

    def createMimeDataFromSelection(self) -> QMimeData:
        """What Copy puts on the clipboard: without the break opportunities the pane added
        to runs with no space (ui/panes/highlighting.py): the Document's own text then."""
        data = super().createMimeDataFromSelection()
        if self.omap.breaks and self.document_model is not None:
            cursor = self.textCursor()
            start, end = self.omap.to_py(cursor.selectionStart()), self.omap.to_py(cursor.selectionEnd())
            copied = QMimeData()
            copied.setText(self.document_model.text[start:end])
            return copied
        return data

    def _scroll_bars(self, text: bool) -> None:
        """With a text: the vertical bar always (see __init__), the horizontal as needed; else none."""
        policy = Qt.ScrollBarPolicy
        self.setVerticalScrollBarPolicy(policy.ScrollBarAlwaysOn if text else policy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(policy.ScrollBarAsNeeded if text else policy.ScrollBarAlwaysOff)

    def show_document(self, document: Document | None, qdoc: QTextDocument,
                      omap: OffsetMap | None = None) -> None:
        """Show a built QTextDocument (taking ownership) for ``document``; ``omap``: its
        OffsetMap when the compare job made it (else made here, a search over the text)."""
        old = self.document()
        qdoc.setParent(self)
        self.document_model = document
        self.omap = omap if omap is not None else OffsetMap(document.text if document else "")
        self.find_hits, self.find_current = [], None  # (offsets into the text shown before)
        self._layout_timer.stop()
        self._anchor = None
        long_document = qdoc.characterCount() > 10 * LAYOUT_STEP
        self.prepare(qdoc)
        self._scroll_bars(document is not None)
        self.setDocument(qdoc)
        if old is not None and old.parent() is self and old is not qdoc:
            old.deleteLater()
        self._layout_margins()
        self._laid_out = 0
        if long_document:
            self._layout_timer.start(LAYOUT_FIRST_MS)
        else:
            self.finish_layout()
        self.viewport().update()
        self.gutter.update()

    def prepare(self, qdoc: QTextDocument) -> None:
        """Make ``qdoc``'s layout at this pane's width (made without one, a long line is laid out
        unwrapped), held to our small steps (Qt's are up to 0.1 s): 10-20 ms for CJK, done ahead."""
        width = self.viewport().width()
        if self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            width -= self.verticalScrollBar().sizeHint().width()  # the bar a shown text has (_scroll_bars)
        if width > 0 and qdoc.textWidth() != width:
            qdoc.setTextWidth(width)
        hold_layout(qdoc)

    def _layout_step(self) -> None:
        """Lay out the next slice of a long document, keeping each event-loop turn short."""
        doc = self.document()
        layout = doc.documentLayout()
        if self._layout_timer.interval() != LAYOUT_NEXT_MS:
            self._layout_timer.setInterval(LAYOUT_NEXT_MS)
        deadline = time.perf_counter() + LAYOUT_BUDGET
        while time.perf_counter() < deadline:
            self._laid_out = next_slice(doc, self._laid_out)
            if self._laid_out >= doc.characterCount():
                self.finish_layout()
                return
            layout.blockBoundingRect(doc.findBlock(self._laid_out))
        if self._anchor is not None and self._laid_out > self.position(self._anchor):
            self.scroll_offset_to(self._anchor, self._anchor_y)
        elif self.layout_pending() is not None:
            self.viewport().update()  # the band's figure, then the text once the layout is there
        # Now and then, let the scroll range grow (QTextEdit re-reads and extrapolates
        # the size itself; documentSize() would force the whole layout).
        if time.perf_counter() - self._size_told > 0.3:
            self._size_told = time.perf_counter()
            layout.documentSizeChanged.emit(QSizeF())

    @property
    def laid_out(self) -> bool:
        """Whether the whole document is laid out (no stepped layout running)."""
        return not self._layout_timer.isActive()

    def _laid_block(self) -> Any:
        """The last block the stepped layout has reached (the last block once it is done)."""
        doc = self.document()
        return doc.lastBlock() if self.laid_out else doc.findBlock(min(self._laid_out, doc.characterCount() - 1))

    def _painted_block(self) -> Any:
        """The block at the viewport's bottom, walked to from the stepped layout's last one over
        the blocks Qt laid out to paint (a hit test there could land far off, laying all out)."""
        layout, bottom = self.document().documentLayout(), self.verticalScrollBar().value() + self.viewport().height()
        block = self._laid_block()
        while block.next().isValid() and layout.blockBoundingRect(block).bottom() < bottom:
            block = block.next()
        return block

    def layout_pending(self) -> float | None:
        """While the viewport's top lies below the text laid out so far: how much of the text
        is laid out (0 to 1), and the pane shows a band saying so instead; else None."""
        if self.laid_out:
            return None
        block = self._laid_block()
        if self.document().documentLayout().blockBoundingRect(block).bottom() >= self.verticalScrollBar().value():
            return None
        return block.position() / max(1, self.document().characterCount())

    # ---- geometry (viewport coordinates, offsets into Document.text) -----

    def position(self, offset: int) -> int:
        """The Qt position of a text offset (``OffsetMap``)."""
        return self.omap.to_qt(max(0, offset))

    def offset_at(self, y: float) -> int:
        """The text offset under viewport height ``y`` (at the middle of that line).

        Found through the layout rather than a hit test: hit tests into a
        long document that Qt is still laying out lazily can land far off,
        and forcing the whole layout would stall the window.
        """
        doc = self.document()
        layout = doc.documentLayout()
        doc_y = y + self.verticalScrollBar().value()

        def top(number: int) -> float:
            return layout.blockBoundingRect(doc.findBlockByNumber(number)).top()

        last = self._laid_block().blockNumber()  # not past the stepped layout: it would force it
        lo, step = 0, 1
        while lo + step <= last and top(lo + step) <= doc_y:  # gallop: lay out only what is needed
            lo, step = lo + step, step * 2
        hi = min(last, lo + step)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if top(mid) <= doc_y:
                lo = mid
            else:
                hi = mid - 1
        block = doc.findBlockByNumber(lo)
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        if lo == last and text_layout.lineCount() and \
                doc_y >= rect.top() + text_layout.lineAt(text_layout.lineCount() - 1).rect().bottom():
            # Below the text's last line (or the last laid out): its end (not the middle of that
            # line, which made a short text's last difference reach to the bottom of the pane).
            return self.omap.to_py(block.position() + block.length() - 1)
        position = block.position()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            if doc_y - rect.top() < line.rect().bottom() or i == text_layout.lineCount() - 1:
                position += line.xToCursor(line.x() + line.naturalTextWidth() / 2)
                break
        return self.omap.to_py(position)

    def _geometry_key(self) -> tuple[int, ...]:
        """What the on-screen geometry of the text depends on: scroll, size, text and layout progress."""
        return (self.verticalScrollBar().value(), self.horizontalScrollBar().value(), self.viewport().height(),
                self.viewport().width(), self.document().revision(), -1 if self.laid_out else self._laid_out)

    def visible_range(self) -> tuple[int, int]:
        """The text offsets at the top and bottom of the viewport.

        Asked by the gutter, notes, link map and overview at every paint:
        remembered for one scroll position, size, document and layout progress (offset_at
        stops where the stepped layout is).
        """
        doc, key = self.document(), self._geometry_key()
        cached = self._visible
        if cached is not None and cached[0] is doc and cached[1] == key:
            return cached[2]
        visible = (self.offset_at(0), self.offset_at(self.viewport().height()))
        self._visible = (doc, key, visible)
        return visible

    def _cursor(self, offset: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.position(offset), max(0, self.document().characterCount() - 1)))
        return cursor

    def rect_of(self, offset: int) -> QRect:
        """The cursor rectangle at ``offset``, in viewport coordinates.

        Remembered, like visible_range, for one geometry: the gutter, the link map, the
        highlights and the frames each ask for the same differences' ends at every paint
        (stepping through differences asked 54 times a step, ~60 µs each on a long text).
        """
        doc, key = self.document(), self._geometry_key()
        if self._rects[0] is not doc or self._rects[1] != key:
            self._rects = (doc, key, {})
        rects = self._rects[2]
        rect = rects.get(offset)
        if rect is None:
            rect = rects[offset] = self.cursorRect(self._cursor(offset))
        return QRect(rect)  # (a copy: a caller may move it)

    def y_of(self, offset: int) -> int:
        """Top of the line holding ``offset``, in viewport coordinates."""
        return self.rect_of(offset).top()

    def y_range(self, span: tuple[int, int],
                visible: tuple[int, int] | None = None) -> tuple[int, int]:
        """Top of the first and bottom of the last line of a span, in viewport coordinates.

        With the ``visible`` range given, an end below the screen is reported
        just below it instead of being measured: measuring would make Qt lay
        out a long document down to that point while painting.
        """
        below = self.viewport().height() + 40
        if visible is not None and span[0] > visible[1]:
            return below, below + 2
        top = self.rect_of(span[0]).top()
        end = max(span[0], span[1] - 1) if span[1] > span[0] else span[0]
        if visible is not None and end > visible[1]:
            return top, below
        bottom = self.rect_of(end).bottom() + 1
        return top, max(bottom, top + 2)

    def y_near(self, offset: int, visible: tuple[int, int]) -> int:
        """y of an offset, or just off the screen's bottom edge when it lies below it."""
        if offset > visible[1]:
            return self.viewport().height() + 40
        return self.y_of(offset)

    def scroll_offset_to(self, offset: int, y: float) -> None:
        """Scroll so the line holding ``offset`` sits at viewport height ``y``: once the stepped
        layout reaches it, if it has not yet (Qt would lay out all above it at once: a jump to a
        1 MB pair's last difference just after it opened held the window 0.33 s)."""
        if not self.laid_out and self.position(offset) >= self._laid_out:
            self._anchor, self._anchor_y = offset, y
            return
        self._anchor = None  # the place asked for now, not one kept across a rewrap
        bar = self.verticalScrollBar()
        doc_y = self.y_of(offset) + bar.value()
        if doc_y - y > bar.maximum() and not self.laid_out:
            # The range is told now and then while the layout steps: told now (Qt extrapolates),
            # or the place is kept for a later step (laying out the rest at once held the window
            # 0.39 s as the redline of 12,000 differences opened).
            self.document().documentLayout().documentSizeChanged.emit(QSizeF())
            if doc_y - y > bar.maximum():
                self._anchor, self._anchor_y = offset, y
                return
        if doc_y - y > bar.maximum():
            self.finish_layout()
        bar.setValue(round(doc_y - y))

    def finish_layout(self) -> None:
        """Lay the whole document out now and update the scroll range.

        Qt lays long documents out lazily and reports the new height on a
        timer, so a jump far down can find the scroll range still short.
        """
        self._layout_timer.stop()
        layout = self.document().documentLayout()
        layout.blockBoundingRect(self.document().lastBlock())
        layout.documentSizeChanged.emit(layout.documentSize())
        release_layout(self.document())  # Qt's timer now finds nothing left and stops
        self.viewport().update()  # the text, where a band may have stood
        if self._anchor is not None:
            self.scroll_offset_to(self._anchor, self._anchor_y)

    # ---- extra highlights: find hits, the current difference, flashing ----

    def set_find_hits(self, spans: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        """Mark the find hits (in order, not overlapping), ``current`` stronger: painted over the
        text on screen only (Qt's extra selections measured each one: a 1 MB pair's 10,000 hits
        laid both texts out, 0.75 s)."""
        self.find_hits, self.find_current = spans, current
        self.viewport().update()

    def set_current(self, spans: list[tuple[tuple[int, int], str]], flash: bool = True) -> None:
        """Mark the current difference's spans (span, kind) with a frame; flash it briefly."""
        self.frame.set(spans, flash)

    def current_frames(self) -> list[tuple[QRect, str]]:
        """The frames of the current difference on screen: (rectangle in the viewport, kind)."""
        return self.frame.rects()

    @property
    def flashing(self) -> bool:
        """Whether the current difference is flashing."""
        return self.frame.flashing

    # ---- layout, painting and events -------------------------------------

    def _layout_margins(self) -> None:
        width = self.width() - GUTTER - self.verticalScrollBar().sizeHint().width()
        extra = max(0, (width - MAX_READING_WIDTH) // 2)
        self.setViewportMargins(GUTTER + extra, 0, extra + NOTES_MARGIN, 0)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left() + extra, cr.top(), GUTTER, cr.height()))
        vp = self.viewport().geometry()
        self.notes.setGeometry(QRect(vp.right() + 1, vp.top(), NOTES_MARGIN, vp.height()))

    def resizeEvent(self, event: Any) -> None:
        # Margins first: new ones resize the viewport again, and the call from within lays the
        # text out at its final width (also at the passing one, 1M lines took 58 ms, not 28).
        self._layout_margins()
        if event.size().width() != self.viewport().width():
            return
        long_document = self.document().characterCount() > 10 * LAYOUT_STEP
        if long_document and event.oldSize().width() != event.size().width():
            # A new width lays the text out again: in our small steps, as when it was
            # shown, not in Qt's lazy ones (up to 200,000 characters, ~0.1 s, at a time).
            # The line read at the top stays there once the new layout reaches it (the
            # scroll bar keeps its pixels: a 1 MB text rewrapped put the reader 40,000
            # characters off, even just after a difference was selected).
            if self._anchor is None and self.document_model is not None:
                self._anchor, self._anchor_y = self.offset_at(0), 0.0
            hold_layout(self.document())
            self._laid_out = 0
            self._layout_timer.start(LAYOUT_NEXT_MS)
            # Qt lays the text out anew down to the viewport: from the top only (scrolled far
            # down a 1 MB text, a resize held the window 0.6-0.76 s); the band stands there after.
            bar, kept = self.verticalScrollBar(), self.verticalScrollBar().value()
            quiet = bar.blockSignals(True)  # (not a scroll: the linked pane stays)
            bar.setValue(0)
            super().resizeEvent(event)
            bar.setValue(kept)
            bar.blockSignals(quiet)
        else:
            super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        pending = self.layout_pending()
        if pending is not None:
            paint_layout_band(self, pending)
            return
        super().paintEvent(event)
        if not self.laid_out:  # Qt laid the text on screen out to paint it: offset_at may go there
            self._laid_out = max(self._laid_out, self._painted_block().position())
        paint_find_hits(self)
        paint_highlights(self)  # the reviewer's highlights, from the review
        paint_fact_frames(self)
        paint_current_frame(self, self.frame.strong)
        if self.document_model is None or self.drag_hover:
            paint_invitation(self, self.drag_hover, self.empty_hint if self.document_model is None else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+End before the stepped layout is done: the pane goes to the end once the layout
        is there (Qt would lay out all the text above at once: 0.38 s a MB); the cursor stays."""
        if not self.laid_out and self.document_model is not None and \
                event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            self.scroll_offset_to(len(self.document_model.text), self.viewport().height() - 60)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.focus_entered.emit(self.side)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip and self.state is not None:
            pos = self.viewport().mapFromGlobal(event.globalPos())
            diff_id = self.diff_id_at(pos)
            if diff_id is not None:
                QToolTip.showText(event.globalPos(), describe_difference(self.state, diff_id), self)
                return True
        return super().event(event)

    def diff_id_at(self, pos: QPoint) -> int | None:
        """The id of the difference drawn at a viewport point, or None."""
        cursor = self.cursorForPosition(pos)
        if not cursor.atBlockEnd():
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        value = cursor.charFormat().property(DIFF_ID)
        return int(value) if isinstance(value, int) else None

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in _HIT_TESTS and self.layout_pending() is not None:
            return True  # Qt's hit test there would lay out all the text above it at once
        if event.type() == QEvent.Type.ToolTip:
            return self.event(event)
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            diff_id = self.diff_id_at(event.position().toPoint())
            if diff_id is not None:
                self.difference_clicked.emit(diff_id, self.side)


