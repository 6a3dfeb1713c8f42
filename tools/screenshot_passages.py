"""Render the window on a pair whose copy borrows a little, at its first borrowed passage.

    python -m tools.screenshot_passages OUT ORIGINAL COPY [--dark]

Used for docs/screenshot-passages.png (a PAN 2013 pair: an article that pasted one
paragraph of a hotel page): the copy's header says what it borrowed, the link map
shades and brackets the passage, the overview brackets it along both texts.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def render(out: Path, original: Path, copy: Path, width: int = 1600, height: int = 1000,
           dark: bool = False) -> Path:
    """Open the pair, go to the first borrowed passage (Go → Next Borrowed Passage), save a grab."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from ui.main import create_app, open_window

    app = create_app([sys.argv[0]])
    if dark:
        from ui.themes import use_dark

        use_dark(app)
    window = open_window([str(original), str(copy)])
    window.resize(width, height)
    window.show()
    deadline = time.monotonic() + 30
    while (window.comparison is None or window.worker.busy) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    window.passage_steps.next_passage()
    for _ in range(30):
        app.processEvents()
        time.sleep(0.01)
    window.grab().save(str(out))
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--dark"]
    if len(args) != 3:
        sys.exit(__doc__)
    render(Path(args[0]), Path(args[1]), Path(args[2]), dark="--dark" in sys.argv)
