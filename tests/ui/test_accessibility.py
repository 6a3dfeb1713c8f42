"""Accessibility (issue 7): names and descriptions, keyboard only, high-contrast palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QToolButton

from app.documents import read_document
from tests.ui.conftest import COPY, ORIGINAL
from ui.dialogs import review_dialogs
from ui.main import open_window
from ui.palette import KINDS, tint
from ui.panes import furniture
from ui.panes.highlighting import build_document
from ui.shell.accessibility import contrast, is_high_contrast

MOUSE = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
         QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel}


class MouseSpy(QObject):
    """Counts every mouse event delivered anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE:
            self.seen.append(f"{event.type()} on {watched}")
        return False


def test_every_part_has_a_name_and_a_description(loaded) -> None:  # type: ignore[no-untyped-def]
    w = loaded
    named = [w.views["left"], w.views["right"], w.link_map, w.overview, w.panel.list,
             w.find_bar, w.find_bar.field, w.facts_panel, w.facts_panel.tree, w.summary_bar,
             *w.panel.chips.values()]
    for widget in named:
        assert widget.accessibleName(), widget
        assert widget.accessibleDescription(), widget
    assert w.views["left"].accessibleName() == "Original text: putin-minerals-bbc.txt"
    assert w.views["right"].accessibleName() == "Copy text: putin-minerals-rewrite.txt"
    assert w.panel.chips["omitted"].accessibleName() == "Show omitted"
    buttons = {b.accessibleName() for b in w.find_bar.findChildren(QToolButton)}
    assert {"Previous match", "Next match", "Close"} <= buttons
    assert "Alt+Down" in w.link_map.accessibleDescription()


def test_keyboard_only_open_walk_note_save(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    saved = tmp_path / "check.verso"
    monkeypatch.setattr(review_dialogs, "ask_save_path", lambda *a: str(saved))
    monkeypatch.setattr(review_dialogs, "ask_save_changes", lambda *a: "discard")
    spy = MouseSpy()
    QApplication.instance().installEventFilter(spy)
    try:
        win = open_window([str(ORIGINAL), str(COPY)])  # the two files, as `verso ORIGINAL COPY`
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=5000)
        qtbot.waitUntil(lambda: win.comparison is not None and not win.worker.busy
                        and win.review.live() is not None, timeout=20000)

        def key(k, mods=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
            qtbot.keyClick(QApplication.focusWidget() or win, k, mods)

        key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # focus the original
        assert QApplication.focusWidget() is win.views["left"]
        walked = []
        for _ in range(len(win.order) + 2):  # past the end: stays on the last
            key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
            if not walked or walked[-1] != win.current_id:
                walked.append(win.current_id)
        assert walked == [d.id for d in win.order] and len(walked) > 10
        key(Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
        assert win.current_id == win.order[0].id
        # a verdict and a note on the current difference
        key(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # Review → Mark Error
        key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the note
        assert QApplication.focusWidget() is win.review.editor.note
        qtbot.keyClicks(win.review.editor.note, "Check the wire copy")
        assert win.review.annotations.note_of(win.order[0].id) == "Check the wire copy"
        # facts, from the keyboard too
        key(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: win.facts_panel.report is not None, timeout=20000)
        assert QApplication.focusWidget() is win.facts_panel.tree
        key(Qt.Key.Key_F9)
        entry = win.facts_panel.current_entry()
        assert entry is not None and entry.status == "missing"
        # save the project
        key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert saved.exists() and "Check the wire copy" in saved.read_text("utf-8")
        assert not win.isWindowModified()
        assert spy.seen == []
        win.worker.wait()
    finally:
        QApplication.instance().removeEventFilter(spy)


def _high_contrast(dark: bool) -> QPalette:
    fg, bg = (QColor("#ffffff"), QColor("#000000")) if dark else (QColor("#000000"), QColor("#ffffff"))
    pal = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        pal.setColor(role, bg)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(role, fg)
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#ffff00" if dark else "#1a1aa6"))
    return pal


@pytest.mark.parametrize("dark", [False, True])
def test_high_contrast_palettes_keep_text_readable(dark: bool) -> None:
    pal = _high_contrast(dark)
    assert is_high_contrast(pal)
    text, base = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
    for kind in KINDS:  # every tint, light and strong, under the palette's own text colour
        for strong in (False, True):
            assert contrast(text, tint(kind, dark, strong=strong, base=base.name())) >= 7.0, kind
    assert contrast(furniture.dim_text(dark, base.name()), base) >= 4.5  # dimmed, still legible
    assert contrast(furniture.link_colour(base.name(), dark), base) >= 4.5


def test_panes_take_their_colours_from_the_palette(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    pal = _high_contrast(True)
    view = loaded.views["left"]
    view.setPalette(pal)
    document = read_document(ORIGINAL)
    qdoc = build_document(document, loaded.comparison, "left", True, base=pal.color(QPalette.ColorRole.Base).name())
    cursor = QTextCursor(qdoc)
    article = next(d for d in loaded.comparison.differences if d.kind == "changed")
    cursor.setPosition(article.left[0] + 1)
    fmt = cursor.charFormat()
    # no text colour of its own: the palette's text colour (white here) is used
    assert not fmt.hasProperty(fmt.Property.ForegroundBrush)
    assert view.palette().color(QPalette.ColorRole.Text) == QColor("#ffffff")
