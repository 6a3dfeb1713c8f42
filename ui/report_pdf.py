"""PDF and printing of the standalone report, with Qt's rich-text engine.

Importing this module registers a ``.pdf`` exporter with ``app.report``, so
``export_report(comparison, "x.pdf", ...)`` works in the window and
``verso report x.verso -o x.pdf`` works from the command line (app/report
imports this module lazily; app/ itself never imports Qt). QTextDocument
ignores the report's grid layout of the differences list, which then simply
stacks; colours and strike-through are kept. Qt's HTML reader knows no
underline style (every CSS underline becomes a solid black line), so each
kind's own underline (dotted for omitted text, wavy for duplicated, dashed for
moved: ``app/vocabulary.py``, as in the window) is carried through the page in
the runs' ``title`` and set on the document after it is read.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from app.project.storage import atomic_write
from app.report import RenderedReport, register_exporter
from app.report.palette import run_underline
from ui.palette import UNDERLINES

_APP: list[Any] = []  # a QGuiApplication made here for the command line, kept alive


def ensure_gui_application() -> None:
    """QTextDocument and QPdfWriter need a QGuiApplication; the command line has none."""
    if QGuiApplication.instance() is None:
        # A PDF needs no screen: offscreen works without a display or the xcb libraries.
        _APP.append(QGuiApplication([sys.argv[0] if sys.argv else "verso",
                                     "-platform", "offscreen"]))


# A run of marked text as html_report writes it: a span with its classes only (the class list
# is bounded, so the pattern is linear).
_RUN = re.compile(r'<span class="([a-z0-9 -]{1,200})">')
_MARKER = "verso-underline:"


def _carry_underlines(html: str) -> str:
    """Each run a kind underlines says its underline in its title (read back by Qt)."""
    def carry(match: re.Match[str]) -> str:
        underline = run_underline(match.group(1).split())
        if underline is None:
            return match.group(0)
        return f'<span class="{match.group(1)}" title="{_MARKER}{underline[0]} {underline[1]}">'
    return _RUN.sub(carry, html)


def _set_underlines(doc: QTextDocument) -> None:
    """Give the runs carried by ``_carry_underlines`` their kind's underline style and colour."""
    found: list[tuple[int, int, str]] = []
    block = doc.begin()
    while block.isValid():  # every block, those in table cells too
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            tip = fragment.charFormat().toolTip()
            if tip.startswith(_MARKER):
                found.append((fragment.position(), fragment.position() + fragment.length(), tip))
            it += 1
        block = block.next()
    cursor = QTextCursor(doc)
    for start, end, tip in found:  # formats change after the walk: fragments merge and split
        style, colour = tip[len(_MARKER):].split()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(UNDERLINES[style])
        fmt.setUnderlineColor(QColor(colour))
        fmt.setToolTip("")
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def report_document(html: str) -> QTextDocument:
    """The report page as a QTextDocument (nothing is loaded from outside the page), each kind's
    text underlined as the window underlines it."""
    doc = QTextDocument()
    doc.setHtml(_carry_underlines(html))
    _set_underlines(doc)
    return doc


def pdf_bytes(html: str) -> bytes:
    """The report rendered as an A4 PDF."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Verso report")
    writer.setCreator("Verso")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(12, 14, 12, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(96)
    doc = report_document(html)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def export_pdf(report: RenderedReport, path: Path) -> None:
    """Write the report as PDF, atomically (the previous file survives any failure)."""
    atomic_write(path, pdf_bytes(report.html))


def print_html(html: str, printer: Any) -> None:
    """Print the report on a configured QPrinter (File → Print)."""
    report_document(html).print_(printer)


register_exporter(".pdf", export_pdf)
