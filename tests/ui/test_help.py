"""Help → User Guide, Keyboard Shortcuts and About (issue 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog

from ui.dialogs import help as hd

ROOT = Path(__file__).resolve().parents[2]


def test_the_guide_is_in_resources_and_matches_docs() -> None:
    assert hd.USER_GUIDE == ROOT / "resources" / "help" / "user-guide.md"
    assert hd.USER_GUIDE.read_text("utf-8") == (ROOT / "docs" / "user-guide.md").read_text("utf-8"), (
        "copy docs/user-guide.md to resources/help/ after editing it")
    for image in ("screenshot.png",):
        assert (hd.HELP_DIR / image).is_file()


def test_the_bundle_spec_carries_the_guide() -> None:
    spec = (ROOT / "packaging" / "verso.spec").read_text("utf-8")
    assert 'datas = [(str(RESOURCES), "resources")]' in spec  # all of resources/, help/ included
    bundle = ROOT / "dist" / "verso" / "_internal"
    if bundle.is_dir() and (bundle / "resources" / "help").is_dir():
        assert (bundle / "resources" / "help" / "user-guide.md").is_file()


def test_user_guide_opens_rendered(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["user_guide"].trigger()
    dialog = window.help.user_guide
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    browser = dialog.findChild(hd.HelpBrowser)
    text = browser.toPlainText()
    assert "Verso user guide" in text and "Reading the highlights" in text
    assert "##" not in text and "**" not in text  # rendered, not shown as Markdown
    dialog.grab()
    image = browser.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                        QUrl("screenshot.png"))
    assert isinstance(image, QImage) and image.width() > 48  # the real screenshot, scaled
    assert image.width() / image.devicePixelRatio() <= browser.max_image_width
    assert window.actions_by_name["user_guide"].shortcut().toString() == "F1"


def test_the_guide_viewer_is_sanitized_and_reads_only_its_folder(qtbot) -> None:  # type: ignore[no-untyped-def]
    html = hd.guide_html('# T\n\n<script>alert(1)</script>\n\n<a href="javascript:alert(1)" '
                         'onclick="x()">x</a>\n\n![p](file:///etc/passwd)\n\n<iframe src="x"></iframe>')
    assert "<script" not in html and "onclick" not in html and "javascript:" not in html
    assert "<iframe" not in html and "file://" not in html
    assert hd.help_file("screenshot.png") is not None
    for bad in ("../../../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "../user-guide.md",
                "https://example.com/x.png"):
        assert hd.help_file(bad) is None, bad
    browser = hd.HelpBrowser()
    qtbot.addWidget(browser)
    for bad in ("../../../../etc/passwd", "file:///etc/passwd", "https://example.com/x.png"):
        image = browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(bad))
        assert (image.width(), image.height()) == (48, 32), bad


def test_about_names_versions_and_licences(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import QtCore

    from app import __version__

    html = hd.about_html()
    assert f"Verso {__version__}" in html
    assert f"Qt {QtCore.qVersion()}" in html and "Python 3." in html and "PySide6 " in html
    assert "GPL-3.0-or-later" in html
    names = {name.lower().replace("_", "-"): lic for name, _v, lic in hd.bundled_libraries()}
    assert "LGPL-3.0-only" in names["pyside6-essentials"]
    assert names["nh3"] == "MIT"
    assert "markdown" in names and "trafilatura" in names and "shiboken6" in names
    assert "pytest" not in names  # test extras are not bundled
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    window.actions_by_name["about"].trigger()
    assert shown and "nh3" in shown[0].findChild(hd.QTextBrowser).toPlainText()


@pytest.mark.parametrize("name", ["user_guide", "shortcuts", "about"])
def test_help_menu_has_the_three(window, name) -> None:  # type: ignore[no-untyped-def]
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.actions_by_name[name] in help_menu.actions()
