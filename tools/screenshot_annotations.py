"""Render the window with a review in progress, offscreen (``python -m tools.screenshot_annotations``).

Used for docs/screenshot-annotations.png: the sample pair with verdicts, notes
and a highlight, the current difference's note open in the editor.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tools.screenshot import open_compared, settle

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


def render(out: Path, width: int = 1600, height: int = 1000) -> Path:
    os.environ["VERSO_RECOVERY_DIR"] = tempfile.mkdtemp()  # no crash-recovery offer, no writes
    app, window = open_compared(SAMPLES / "putin-minerals-bbc.txt", SAMPLES / "putin-minerals-rewrite.txt",
                                width, height)
    from PySide6.QtGui import QTextCursor

    from app.project import Verdict
    review = window.review
    order = [d for d in window.order if d.right is not None]
    plan = [(Verdict.CONFIRMED, ""), (Verdict.ACCEPTABLE, "House style: headline rewritten."),
            (Verdict.NEEDS_CHECK, "Ask the desk: is 'surprising offer' in the wire?"),
            (Verdict.ERROR, "The wire does not say talks are 'nearing completion'; "
                            "it quotes a minister saying details were finalised.")]
    for diff, (verdict, note) in zip(order[:4], plan, strict=False):
        window.select_difference(diff.id, flash=False)
        review.annotating.set_verdict(verdict)
        if note:
            review.editor.note.setPlainText(note)
    text = window.comparison.right.text
    start = text.find("5%")
    if start >= 0:
        view = window.views["right"]
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.position(start))
        cursor.setPosition(view.position(start + 2), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.setFocus()
        review.annotating.highlight_selection()
        review.editor.note.setPlainText("Check the 5% figure against the ministry's release.")
    window.select_difference(order[3].id, flash=False)
    settle(app)
    window.grab().save(str(out))
    return out


if __name__ == "__main__":
    render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot-annotations.png"))
