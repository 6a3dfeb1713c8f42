"""One side of the comparison: a header with the document's name over a read-only text view
(``ui.panes.text_view``)."""


from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import Document
from ui.panes.drop import dropped_paths, dropped_text
from ui.panes.offsets import OffsetMap
from ui.panes.text_view import TextView
from ui.review.state import ViewSide


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the width it gets.

    A document's name can be long ("2025-03-01 Wire - Putin offers … (as published).txt");
    a plain QLabel would make that the pane's minimum width and push the window past
    the screen. ``text()`` is the whole text; the tooltip says where the file is. A label
    may have a ``short`` form, shown whole when the whole text does not fit and it does
    (the status bar's summary: "Copy: 45% reused · 30 differences", not "Copy: 45% re…").
    """

    def __init__(self, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle, tooltip: bool = False) -> None:
        super().__init__(parent)
        self._full = ""
        self._short = ""
        self._mode = mode
        self._tooltip = tooltip  # the whole text as the tooltip while it is shortened
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        """The whole text (the label may show it shortened)."""
        return self._full

    def setText(self, text: str) -> None:
        """Show ``text``, shortened with … if it does not fit."""
        self._full = text
        self._elide()
        self.updateGeometry()

    def set_short(self, text: str) -> None:
        """The compact form shown when the whole text does not fit ('' for none)."""
        self._short = text
        self._elide()

    def short_width(self) -> int:
        """The width the short form (else the whole text) needs, margins included."""
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(self._short or self._full) + margins.left() + margins.right()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right(),
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width, metrics = self.contentsRect().width(), self.fontMetrics()
        # (elidedText shortens a text given exactly its own advance: compare first)
        if metrics.horizontalAdvance(self._full) <= width:
            shown = self._full
        else:
            compact = self._short or self._full
            shown = (compact if metrics.horizontalAdvance(compact) <= width
                     else metrics.elidedText(compact, self._mode, max(0, width)))
        super().setText(shown)
        if self._tooltip:
            self.setToolTip(self._full if shown != self._full else "")


class ArticlePane(QWidget):
    """Header (role, document name, size) over a TextView; accepts file drops for its side."""

    files_dropped = Signal(list, str)  # paths, side
    text_dropped = Signal(str, str)  # text, side

    ROLE: ClassVar[dict[str, str]] = {"left": str(QT_TRANSLATE_NOOP("ArticlePane", "ORIGINAL")),
                                      "right": str(QT_TRANSLATE_NOOP("ArticlePane", "COPY")),
                                      "inline": str(QT_TRANSLATE_NOOP("ArticlePane", "REDLINE"))}

    def __init__(self, side: ViewSide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setAcceptDrops(True)
        self.role = QLabel(self.tr(self.ROLE[side]))
        self.role.setObjectName("paneRole")
        font = self.role.font()
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.role.setFont(font)
        self.name = ElidedLabel()
        self.name.setObjectName("paneName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info = QLabel("")
        self.info.setObjectName("paneInfo")
        self.info.setEnabled(False)
        # The copy's header says what it borrowed ("borrows 2 passages, 12% of its text"):
        # a copy that borrows a little shows low figures everywhere else.
        # Shortened to the width it gets (whole in its tooltip): a plain label's full width was the
        # copy pane's minimum and squeezed the original's pane to a word a line.
        self.borrowing = ElidedLabel(mode=Qt.TextElideMode.ElideRight, tooltip=True)
        self.borrowing.setObjectName("paneBorrowing")
        self.borrowing.setVisible(False)
        header = QHBoxLayout()
        header.setContentsMargins(10, 6, 10, 6)
        header.addWidget(self.role)
        header.addWidget(self.name, 1)
        header.addWidget(self.borrowing)
        header.addWidget(self.info)
        self.header = QFrame()
        self.header.setObjectName("paneHeader")
        self.header.setLayout(header)
        self.view = TextView(side, self)
        self.hint = {  # what the empty pane says
            "left": self.tr("Drop the original here\n\nor File → Open Original…"),
            "right": self.tr("Drop the copy here\n\nor File → Open Copy…"),
        }.get(side, self.tr("Open an original and a copy to read the redline"))
        self.view.empty_hint = self.hint
        self.view.setAccessibleName({"left": self.tr("Original text"), "right": self.tr("Copy text")}.get(
            side, self.tr("Redline text")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def set_document(self, document: Document | None, qdoc: QTextDocument,
                     words: int | None = None, omap: OffsetMap | None = None) -> None:
        """Show ``document`` as the built ``qdoc`` (``omap``: its offsets, if made already);
        the header says its name and words."""
        self.view.show_document(document, qdoc, omap)
        if document is None:
            self.name.setText("—")
            self.info.setText("")
            return
        self.name.setText(document.name or self.tr("(untitled)"))
        self.name.setToolTip(document.path or document.name)
        if words is None:
            words = len(document.text.split())
        self.info.setText(self.tr("%Ln word(s)", "", words))

    def set_borrowing(self, text: str) -> None:
        """What the document borrowed, beside its name (hidden when empty)."""
        self.borrowing.setText(text)
        self.borrowing.setAccessibleName(text)
        self.borrowing.setVisible(bool(text))

    # ---- drops --------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()
            self.view.drag_hover = True
            self.view.viewport().update()

    def dragLeaveEvent(self, event: Any) -> None:
        self.view.drag_hover = False
        self.view.viewport().update()

    def dropEvent(self, event: Any) -> None:
        self.view.drag_hover = False
        self.view.viewport().update()
        mime = event.mimeData()
        paths = dropped_paths(mime)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths, self.side)
            return
        text = dropped_text(mime)
        if text:
            event.acceptProposedAction()
            self.text_dropped.emit(text, self.side)
