"""Accessible names and descriptions for what a screen reader meets in the window.

Set once when the window is built (``describe_window``) and refreshed when a
comparison arrives (``describe_comparison``: the panes say which document
they hold and how many differences it has). The link map and the overview
are drawn, not read: their descriptions name the keys that do the same.

``is_high_contrast`` tells a high-contrast palette (text and background at
least 12:1 apart, as Windows' and GNOME's high-contrast themes are); the
window then draws its marks with stronger tints and outlines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QToolButton, QWidget

from ui.palette import STYLES

if TYPE_CHECKING:  # pragma: no cover
    from ui.main_window import MainWindow

HIGH_CONTRAST = 12.0  # contrast ratio of text to background from which a palette counts as high-contrast


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_high_contrast(palette: QPalette) -> bool:
    """Whether a palette is a high-contrast one (text against the base, 12:1 or more)."""
    return contrast(palette.color(QPalette.ColorRole.Text),
                    palette.color(QPalette.ColorRole.Base)) >= HIGH_CONTRAST


def _name(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def describe_window(window: MainWindow) -> None:
    """Names and descriptions of the panes, maps, panels, legend, find bar and status figures."""
    legend = "; ".join(f"{s.glyph} {s.label.lower()}: {s.meaning}" for s in STYLES.values())
    for side, role, other in (("left", "Original", "copy"), ("right", "Copy", "original")):
        _name(window.views[side], f"{role} text",
              f"The {role.lower()}, read-only. Differences from the {other} are marked: {legend}. "
              "Alt+Down and Alt+Up go to the next and previous difference.")
    inline = getattr(window, "inline_pane", None)
    if inline is not None:
        _name(inline.view, "Redline text",
              "The copy with the original's wording struck through and the copy's underlined.")
    _name(window.link_map, "Link map",
          "Bands joining each difference in the original to its place in the copy. "
          "With the keyboard: Alt+Down and Alt+Up step through the same differences.")
    _name(window.overview, "Overview",
          "Every difference of both texts at scale, the visible part boxed. "
          "With the keyboard: Alt+Home and Alt+End go to the first and last difference.")
    panel = window.panel
    _name(panel, "Differences panel", "The legend, which filters by kind, over the list of differences.")
    _name(panel.list, "Differences list",
          "Every difference in reading order: kind, paragraph in the original and the copy, "
          "excerpt. Moving the selection goes to the difference in both panes.")
    for kind, chip in panel.chips.items():
        style = STYLES[kind]
        _name(chip, f"Show {style.label.lower()}",
              f"Legend and filter: {style.glyph} {style.label.lower()}, {style.meaning}. "
              "Checked: listed, marked and stepped through.")
    find = window.find_bar
    _name(find, "Find bar", "Finds text in the original and the copy at once.")
    _name(find.field, "Find", "The text to find in both panes; Enter and F3 go to the next match, "
          "Shift+F3 to the previous, Escape closes the bar.")
    _name(find.case, "Match case")
    _name(find.count, "Matches")
    for button in find.findChildren(QToolButton):
        tip = button.toolTip()
        if tip:
            _name(button, tip.split(" (")[0])
    for button in window.message.findChildren(QToolButton):
        _name(button, button.toolTip() or "Dismiss")
    _name(window.message.label, "Message")
    _name(window.summary, "Summary",
          "Shares of the copy reused, added and duplicated; omissions in the original; "
          "how many differences (page furniture aside).")
    tabs = getattr(window, "side_tabs", None)
    if tabs is not None:
        _name(tabs, "Side panels", "Differences and Facts; Ctrl+3 and Ctrl+4 bring each to the front.")
    facts = getattr(window, "facts_panel", None)
    if facts is not None:
        _name(facts, "Facts panel",
              "Numbers, dates, quotations and names of the original, checked in the copy.")
        _name(facts.tree, "Facts list",
              "Facts grouped by status, the most urgent first: missing, altered, unsourced, new, "
              "shortened, kept. Choosing one selects it in both panes; F9 and Shift+F9 step.")
        _name(facts.kind_filter, "Kind of fact", "Show facts of one kind only.")
        _name(facts.status_filter, "Status of fact", "Show facts with one status only.")
        _name(facts.counts, "Facts summary")
    for widget in window.findChildren(QAbstractButton):
        if not widget.accessibleName() and widget.text() and not isinstance(widget, QCheckBox):
            widget.setAccessibleName(widget.text().replace("&", ""))
    for label in window.findChildren(QLabel):
        if label.objectName() in ("paneRole", "paneName", "paneInfo") and not label.accessibleName():
            label.setAccessibleName({"paneRole": "Side", "paneName": "Document",
                                     "paneInfo": "Size"}[label.objectName()])


def describe_comparison(window: MainWindow) -> None:
    """Refresh what the panes say about the documents they hold."""
    comparison = window.comparison
    for side, role in (("left", "Original"), ("right", "Copy")):
        doc = window.sources.get(side)
        name = f"{role} text" + (f": {doc.name}" if doc is not None and doc.name else "")
        window.views[side].setAccessibleName(name)
    if comparison is not None:
        window.panel.list.setAccessibleDescription(
            f"{len(window.order)} differences in reading order: kind, paragraph in the original "
            "and the copy, excerpt. Moving the selection goes to the difference in both panes.")
