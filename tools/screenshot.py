"""Render the window on the sample pair to a PNG, offscreen (``python -m tools.screenshot OUT``).

Used for docs/screenshot.png: the reader scrolled to where the copy starts
repeating itself, with a duplicated passage selected.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


def open_compared(original: Path, copy: Path, width: int = 1600, height: int = 1000,
                  dark: bool = False) -> tuple[Any, Any]:
    """An offscreen app and its window on ``original`` and ``copy``, once they are compared
    (settings in a temporary folder: a grab never reads or writes the user's)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from ui.main import create_app, open_window

    app = create_app([sys.argv[0]])
    if dark:  # docs/screenshot-dark.png (ui/themes.py); QT_SCALE_FACTOR=2 gives screenshot-2x.png
        from ui.themes import use_dark

        use_dark(app)
    window = open_window([str(original), str(copy)])
    window.resize(width, height)
    window.show()
    deadline = time.monotonic() + 30
    while (window.comparison is None or window.worker.busy) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    return app, window


def settle(app: Any, seconds: float = 0.3) -> None:
    """Let the window paint what it was just told to show."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def render(out: Path, width: int = 1600, height: int = 1000, kind: str = "duplicated",
           dark: bool = False) -> Path:
    """Open the sample pair, select the first difference of ``kind``, and save a grab."""
    app, window = open_compared(SAMPLES / "putin-minerals-bbc.txt", SAMPLES / "putin-minerals-rewrite.txt",
                                width, height, dark)
    half = len(window.comparison.right.text) // 2 if window.comparison else 0
    repeat = next((d for d in window.order if d.kind == "duplicated" and d.right
                   and d.right[0] > half), None)
    if kind == "duplicated":
        target = repeat
    else:  # the last difference of ``kind`` before the copy starts repeating itself
        before = [d for d in window.order if d.kind == kind and d.right
                  and (repeat is None or d.right[0] < repeat.right[0])]  # type: ignore[index]
        target = before[-1] if before else None
    if target is not None:
        window.select_difference(target.id, flash=False)
    window.panel.list.setFocus()
    settle(app)
    window.grab().save(str(out))
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--dark"]
    render(Path(args[0] if args else "docs/screenshot.png"),
           kind=args[1] if len(args) > 1 else "duplicated", dark="--dark" in sys.argv)
