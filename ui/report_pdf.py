"""PDF and printing of the standalone report, with Qt's rich-text engine.

Importing this module registers a ``.pdf`` exporter with ``app.report``, so
``export_report(comparison, "x.pdf", ...)`` works in the window and
``verso report x.verso -o x.pdf`` works from the command line (app/report
imports this module lazily; app/ itself never imports Qt). QTextDocument
ignores the report's grid layout of the differences list, which then simply
stacks; colours and strike/underline styles are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.project.storage import atomic_write
from app.report import RenderedReport, register_exporter

_APP: list[Any] = []  # a QGuiApplication made here for the command line, kept alive


def ensure_gui_application() -> None:
    """QTextDocument and QPdfWriter need a QGuiApplication; the command line has none."""
    if QGuiApplication.instance() is None:
        # A PDF needs no screen: offscreen works without a display or the xcb libraries.
        _APP.append(QGuiApplication([sys.argv[0] if sys.argv else "verso",
                                     "-platform", "offscreen"]))


def report_document(html: str) -> QTextDocument:
    """The report page as a QTextDocument (nothing is loaded from outside the page)."""
    doc = QTextDocument()
    doc.setHtml(html)
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
