"""One or two lines about a difference, from the reader state: the panes' tooltips and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.palette import STYLES, kind_label, kind_meaning
from ui.panes import furniture
from ui.review.state import ReaderState

# The strings keep the context they had when the status bar's part made them ("StatusText"):
# the German catalogue has them there. lupdate reads translate("StatusText", "…") calls.
translate = QCoreApplication.translate


def describe_difference(state: ReaderState, diff_id: int) -> str:
    """Its kind and meaning; page furniture; a repeat's first occurrence; its likeness; the facts it changes."""
    comparison = state.comparison
    diff = comparison.difference(diff_id) if comparison else None
    if comparison is None or diff is None:
        return ""
    style = STYLES[diff.kind]
    text = f"{style.glyph} {kind_label(diff.kind)}: {kind_meaning(diff.kind)}"
    if diff.furniture:
        text += f"\n{furniture.label()}: {furniture.meaning()}"
    if diff.kind == "duplicated" and diff.duplicate_of:
        first = comparison.right.text[diff.duplicate_of[0]:diff.duplicate_of[1]]
        first = " ".join(first.split())
        first = first if len(first) < 120 else first[:119] + "…"
        para = state.paragraph_number("right", diff.duplicate_of[0])
        text += "\n" + translate("StatusText", "First occurrence, copy ¶{n}: “{text}”").format(n=para, text=first)
    if diff.kind in ("changed", "moved") and diff.similarity is not None:
        text += "\n" + translate("StatusText", "{share} alike").format(share=f"{diff.similarity:.0%}")
    facts = state.fact_changes(diff_id)
    if facts:
        text += "\n" + translate("StatusText", "\u26a0 Facts: {changes}").format(changes=" · ".join(facts))
    return text

