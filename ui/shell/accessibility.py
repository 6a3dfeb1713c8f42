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

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QToolButton, QWidget

from app.vocabulary import SIDES
from ui.palette import STYLES, kind_meaning, kind_word

if TYPE_CHECKING:  # pragma: no cover
    from ui.shell.host import ReaderWindow as MainWindow  # what the window offers its rooms

translate = QCoreApplication.translate  # lupdate reads translate("Accessibility", "…") calls
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
    legend = "; ".join(f"{s.glyph} {kind_word(k)}: {kind_meaning(k)}" for k, s in STYLES.items())
    keys = translate("Accessibility", "Alt+Down and Alt+Up go to the next and previous difference.")
    _name(window.views["left"], translate("Accessibility", "Original text"),
          translate("Accessibility", "The original, read-only. Differences from the copy are marked: {legend}.").format(
              legend=legend) + " " + keys)
    _name(window.views["right"], translate("Accessibility", "Copy text"),
          translate("Accessibility", "The copy, read-only. Differences from the original are marked: {legend}.").format(
              legend=legend) + " " + keys)
    inline = getattr(window, "inline_pane", None)
    if inline is not None:
        _name(inline.view, translate("Accessibility", "Redline text"),
              translate("Accessibility",
                        "The copy with the original's wording struck through and the copy's underlined."))
    _name(window.link_map, translate("Accessibility", "Link map"),
          translate("Accessibility", "Bands joining each difference in the original to its place in the copy. "
                    "With the keyboard: Alt+Down and Alt+Up step through the same differences."))
    _name(window.overview, translate("Accessibility", "Overview"),
          translate("Accessibility", "Every difference of both texts at scale, the visible part boxed. "
                    "With the keyboard: Alt+Home and Alt+End go to the first and last difference."))
    panel = window.panel
    _name(panel, translate("Accessibility", "Differences panel"),
          translate("Accessibility", "The legend, which filters by kind, over the list of differences."))
    _name(panel.list, translate("Accessibility", "Differences list"),
          translate("Accessibility", "Every difference in reading order: kind, paragraph in the original and the "
                    "copy, excerpt. Moving the selection goes to the difference in both panes."))
    for kind, chip in panel.chips.items():
        _name(chip, translate("Accessibility", "Show {kind}").format(kind=kind_word(kind)),
              translate("Accessibility", "Legend and filter: {glyph} {kind}, {meaning}. "
                        "Checked: listed, marked and stepped through.").format(
                  glyph=STYLES[kind].glyph, kind=kind_word(kind), meaning=kind_meaning(kind)))
    find = window.find_bar
    _name(find, translate("Accessibility", "Find bar"),
          translate("Accessibility", "Finds text in the original and the copy at once."))
    _name(find.field, translate("Accessibility", "Find"),
          translate("Accessibility", "The text to find in both panes; Enter and F3 go to the next match, "
                    "Shift+F3 to the previous, Escape closes the bar."))
    _name(find.case, translate("Accessibility", "Match case"))
    _name(find.count, translate("Accessibility", "Matches"))
    for button in find.findChildren(QToolButton):
        tip = button.toolTip()
        if tip:
            _name(button, tip.split(" (")[0])
    for button in window.message.findChildren(QToolButton):
        _name(button, button.toolTip() or translate("Accessibility", "Dismiss"))
    _name(window.message.label, translate("Accessibility", "Message"))
    _name(window.summary, translate("Accessibility", "Summary"),
          translate("Accessibility", "Shares of the copy reused, added and duplicated; omissions in the original; "
                    "how many differences (page furniture aside)."))
    tabs = getattr(window, "side_tabs", None)
    if tabs is not None:
        _name(tabs, translate("Accessibility", "Side panels"),
              translate("Accessibility", "Differences and Facts; Ctrl+3 and Ctrl+4 bring each to the front."))
    facts = getattr(window, "facts_panel", None)
    if facts is not None:
        _name(facts, translate("Accessibility", "Facts panel"),
              translate("Accessibility", "Numbers, dates, quotations and names of the original, checked in the copy."))
        _name(facts.tree, translate("Accessibility", "Facts list"),
              translate("Accessibility", "Facts grouped by status, the most urgent first: missing, altered, "
                        "unsourced, new, shortened, kept. Choosing one selects it in both panes; F9 and Shift+F9 "
                        "step."))
        _name(facts.kind_filter, translate("Accessibility", "Kind of fact"),
              translate("Accessibility", "Show facts of one kind only."))
        _name(facts.status_filter, translate("Accessibility", "Status of fact"),
              translate("Accessibility", "Show facts with one status only."))
        _name(facts.counts, translate("Accessibility", "Facts summary"))
    for widget in window.findChildren(QAbstractButton):
        if not widget.accessibleName() and widget.text() and not isinstance(widget, QCheckBox):
            widget.setAccessibleName(widget.text().replace("&", ""))
    headers = {"paneRole": translate("Accessibility", "Side"), "paneName": translate("Accessibility", "Document"),
               "paneInfo": translate("Accessibility", "Size")}
    for label in window.findChildren(QLabel):
        if label.objectName() in headers and not label.accessibleName():
            label.setAccessibleName(headers[label.objectName()])


def describe_comparison(window: MainWindow) -> None:
    """Refresh what the panes say about the documents they hold."""
    comparison = window.state.comparison
    for side in SIDES:
        doc = window.state.sources.get(side)
        role = (translate("Accessibility", "Original text") if side == "left"
                else translate("Accessibility", "Copy text"))
        window.views[side].setAccessibleName(role + (f": {doc.name}" if doc is not None and doc.name else ""))
    if comparison is not None:
        window.panel.list.setAccessibleDescription(translate(
            "Accessibility", "Differences in reading order ({count}): kind, paragraph in the original and the "
            "copy, excerpt. Moving the selection goes to the difference in both panes.").format(
                count=len(window.state.order)))
