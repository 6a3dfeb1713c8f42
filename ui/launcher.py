"""The ``verso`` command, window side: the core's command line (``app.cli``) with the
window plugged in, and the window's PDF exporter offered to ``verso report``.

The core never imports the window; this module imports the core and hands it
what it cannot import itself. Importing it loads no Qt: the window and the PDF
writer are imported only when they are used.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence


def open_window(paths: list[str]) -> int:
    """Open the reader window on 0-2 paths and run it (ImportError where Qt is missing)."""
    from ui.main import run, start_child  # (no Qt)

    start_child(paths)  # before Qt is imported, so that the comparison's child can be forked
    importlib.import_module("PySide6.QtWidgets")  # no Qt: the command line's fallback
    return run(paths)


def provide_pdf() -> None:
    """Register the ``.pdf`` report exporter (imports Qt): called on the first PDF asked for."""
    importlib.import_module("ui.report_pdf")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``verso`` command (pyproject ``[project.scripts]``)."""
    from app.cli import main as cli_main
    from app.report.exporters import register_provider

    register_provider(".pdf", provide_pdf)
    return cli_main(argv, window=open_window)
