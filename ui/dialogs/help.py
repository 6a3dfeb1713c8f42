"""Help → User Guide (the manual, rendered read-only and sanitized) and Help → About.

The guide is ``resources/help/user-guide.md`` (a copy of ``docs/user-guide.md``
that the bundle carries with the rest of ``resources/``). It is rendered with
the Markdown library, then sanitized with nh3; the viewer loads images only
from the help folder itself and opens web links in the browser only when
clicked, like the panes.

About reads the versions and licences of the libraries Verso runs on at run
time (``importlib.metadata``), so they stay true in a checkout and in the
bundle (which carries their dist-info).
"""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import re
from html import escape
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

HELP_DIR = Path(__file__).resolve().parents[2] / "resources" / "help"
USER_GUIDE = HELP_DIR / "user-guide.md"
DISTRIBUTION = "verso"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_GUIDE_TAGS = {
    "a", "b", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "hr", "i", "img", "li",
    "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}


# ---- the user guide -----------------------------------------------------------------

def guide_html(text: str) -> str:
    """The guide's Markdown as sanitized HTML: structure, links and images, nothing active."""
    import markdown
    import nh3

    raw = markdown.markdown(text, extensions=["tables", "fenced_code"])
    return nh3.clean(raw, tags=_GUIDE_TAGS, attributes={"a": {"href"}, "img": {"src", "alt"}},
                     url_schemes={"http", "https", "mailto"}, link_rel=None, strip_comments=True)


def help_file(name: str) -> Path | None:
    """A file of the help folder named by a relative link, or None if it leads anywhere else."""
    if not name or "://" in name or name.startswith(("/", "\\")):
        return None
    path = (HELP_DIR / name).resolve()
    try:
        path.relative_to(HELP_DIR.resolve())
    except ValueError:
        return None
    return path if path.is_file() else None


class HelpBrowser(QTextBrowser):
    """Read-only rendered help: images from the help folder only, links on click only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.document().setParent(self)  # resources go through loadResource below, always
        self.anchorClicked.connect(self._clicked)
        self.max_image_width = 720

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            url = QUrl(url)
            path = help_file(url.path()) if url.scheme() in ("", "qrc") and url.isRelative() else None
            image = QImage(str(path)) if path is not None else QImage()
            if image.isNull():  # anything else: a grey placeholder, nothing read
                image = QImage(48, 32, QImage.Format.Format_ARGB32)
                image.fill(QColor(128, 128, 128, 90))
            elif image.width() > self.max_image_width:  # sharp on HiDPI screens too
                ratio = max(1.0, self.devicePixelRatioF())
                image = image.scaledToWidth(round(self.max_image_width * ratio),
                                            Qt.TransformationMode.SmoothTransformation)
                image.setDevicePixelRatio(ratio)
            return image
        return ""

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            from ui.shell.links import open_link

            open_link(url)
        elif url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())


def show_user_guide(parent: QWidget) -> QDialog:
    """Help → User Guide: the manual in a non-modal window."""
    dialog = QDialog(parent)
    dialog.setObjectName("userGuide")
    dialog.setWindowTitle(QCoreApplication.translate("HelpDialogs", "User Guide — Verso"))
    browser = HelpBrowser(dialog)
    browser.setObjectName("userGuideText")
    browser.setAccessibleName(QCoreApplication.translate("HelpDialogs", "User guide"))
    browser.setAccessibleDescription(QCoreApplication.translate(
        "HelpDialogs", "Verso's manual: opening texts, reading the highlights, navigating, facts, projects "
        "and the command line"))
    try:
        text = USER_GUIDE.read_text(encoding="utf-8")
        browser.setHtml(guide_html(text))
    except OSError:
        missing = QCoreApplication.translate("HelpDialogs", "The user guide is missing ({path}).")
        browser.setPlainText(missing.format(path=USER_GUIDE))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(820, 760)
    dialog.show()
    return dialog


# ---- About --------------------------------------------------------------------------

def licence_of(name: str) -> tuple[str, str]:
    """(version, licence) of an installed distribution, read from its metadata."""
    meta: Any = metadata.metadata(name)  # an email Message: .get and .get_all
    licence = meta.get("License-Expression") or ""
    if not licence:
        text = (meta.get("License") or "").strip()
        licence = text if text and "\n" not in text and len(text) < 80 else ""
    if not licence:
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        licence = " / ".join(classifiers)
    return meta.get("Version") or "", licence or QCoreApplication.translate("HelpDialogs", "see its licence file")


def bundled_libraries(root: str = DISTRIBUTION) -> list[tuple[str, str, str]]:
    """(name, version, licence) of every library Verso runs on, dependencies of dependencies too."""
    seen: dict[str, tuple[str, str, str]] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            version, licence = licence_of(name)
            requires = metadata.requires(name) or []
            display = cast(Any, metadata.metadata(name)).get("Name") or name
        except metadata.PackageNotFoundError:
            continue  # an optional dependency that is not installed here
        seen[key] = (display, version, licence)
        for requirement in requires:
            if "extra ==" in requirement.replace('"', "").replace("'", ""):
                continue  # test and optional extras are not bundled
            match = _NAME.match(requirement)
            if match:
                todo.append(match.group(1))
    if root == DISTRIBUTION:
        seen.pop(DISTRIBUTION, None)  # Verso itself is said above the table
    return sorted(seen.values(), key=lambda row: row[0].lower())


def about_html() -> str:
    """The About text: Verso's version and licence, the platform, and every library's licence."""
    import PySide6
    from PySide6 import QtCore

    from app import __version__

    try:
        own = licence_of(DISTRIBUTION)[1]
    except metadata.PackageNotFoundError:
        own = "GPL-3.0-or-later"
    rows = "".join(f"<tr><td>{escape(n)}</td><td>{escape(v)}</td><td>{escape(lic)}</td></tr>"
                   for n, v, lic in bundled_libraries())
    blurb = QCoreApplication.translate(
        "HelpDialogs", "A side-by-side reader that shows what a copy kept, changed, added, "
        "repeated and left out of an original, and which of its facts it still carries.")
    licence = QCoreApplication.translate("HelpDialogs", "Licence: {licence}").format(licence=own)
    heads = (QCoreApplication.translate("HelpDialogs", "Libraries"),
             QCoreApplication.translate("HelpDialogs", "Library"),
             QCoreApplication.translate("HelpDialogs", "Version"),
             QCoreApplication.translate("HelpDialogs", "Licence"))
    qt_note = QCoreApplication.translate(
        "HelpDialogs", "Python itself: PSF-2.0. Qt is used as separate shared libraries under "
        "the LGPL-3.0, so it can be replaced.")
    return (
        f"<h2>Verso {escape(__version__)}</h2>"
        f"<p>{escape(blurb)}</p>"
        f"<p>{escape(licence)}</p>"
        f"<p>Python {escape(platform.python_version())} · Qt {escape(QtCore.qVersion())} · "
        f"PySide6 {escape(PySide6.__version__)} · {escape(platform.system())}</p>"
        f"<h3>{escape(heads[0])}</h3>"
        f"<table cellpadding='3'><tr><th align='left'>{escape(heads[1])}</th>"
        f"<th align='left'>{escape(heads[2])}</th><th align='left'>{escape(heads[3])}</th></tr>"
        f"{rows}</table><p>{escape(qt_note)}</p>"
    )


def show_about(parent: QWidget) -> QDialog:
    """Help → About Verso."""
    dialog = QDialog(parent)
    dialog.setObjectName("about")
    dialog.setWindowTitle(QCoreApplication.translate("HelpDialogs", "About Verso"))
    text = QTextBrowser(dialog)
    text.setObjectName("aboutText")
    text.setOpenLinks(False)
    text.document().setParent(text)
    text.setAccessibleName(QCoreApplication.translate("HelpDialogs", "About Verso"))
    text.setHtml(about_html())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(620, 560)
    dialog.exec()
    return dialog
