"""The panes never read a local file or the network because a document asked (issue 5)."""

from __future__ import annotations

import builtins
import io

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument

from ui.panes.text_view import TextView

HOSTILE_MD = """# A hostile page

Some text before the pictures, long enough to be a paragraph of its own.

<img src="file:///etc/passwd" onerror="alert(1)">

![remote](https://example.com/tracker.png) and ![local](/etc/passwd)

<script>alert("no")</script>

[a local link](file:///etc/passwd) and [a web link](https://example.com/page)
"""


@pytest.fixture
def spies(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Record every resource the views ask for and every file Python opens."""
    seen: dict[str, list[str]] = {"resources": [], "opened": [], "urls": []}
    original = TextView.loadResource

    def load_resource(self, kind, url):  # type: ignore[no-untyped-def]
        seen["resources"].append(QUrl(url).toString())
        return original(self, kind, url)

    real_open, real_io_open = builtins.open, io.open

    def spy_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen["opened"].append(str(file))
        return real_open(file, *args, **kwargs)

    def spy_io_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen["opened"].append(str(file))
        return real_io_open(file, *args, **kwargs)

    monkeypatch.setattr(TextView, "loadResource", load_resource)
    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_io_open)
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: seen["urls"].append(url.toString()) or True))
    return seen


def test_a_hostile_markdown_file_reads_nothing(qtbot, window, tmp_path, spies, wait_loaded) -> None:  # type: ignore[no-untyped-def]
    hostile = tmp_path / "hostile.md"
    hostile.write_text(HOSTILE_MD, encoding="utf-8")
    plain = tmp_path / "copy.txt"
    plain.write_text("Some text before the pictures, long enough to be a paragraph.\n", encoding="utf-8")
    window.load_pair(str(hostile), str(plain))
    wait_loaded(qtbot, window)
    window.grab()  # paint both panes: any image would be asked for now
    view = window.views["left"]
    text = view.document().toPlainText()
    assert "A hostile page" in text
    assert "root:" not in text and "alert" not in text
    block = view.document().begin()
    while block.isValid():  # no image made it into the pane at all
        it = block.begin()
        while not it.atEnd():
            assert not it.fragment().charFormat().isImageFormat()
            it += 1
        block = block.next()
    assert not any("passwd" in r or "example.com" in r for r in spies["resources"])
    assert not any("passwd" in f for f in spies["opened"])
    assert view.openLinks() is False and view.openExternalLinks() is False


def test_images_in_a_view_become_a_placeholder(qtbot, tmp_path, spies) -> None:  # type: ignore[no-untyped-def]
    real = QImage(100, 70, QImage.Format.Format_RGB32)
    real.fill(0xFF0000)
    picture = tmp_path / "picture.png"
    real.save(str(picture))
    url = QUrl.fromLocalFile(str(picture)).toString()
    view = TextView("left")  # as created, before any document is shown
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.setHtml(f'<p>x</p><img src="{url}"><img src="file:///etc/passwd">'
                 '<img src="https://example.com/t.png">')
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert url in spies["resources"]  # Qt asked the view, and the view read nothing
    for asked in (url, "file:///etc/passwd", "https://example.com/t.png"):
        image = view.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(asked))
        assert isinstance(image, QImage) and (image.width(), image.height()) == (48, 32), asked
    assert not any("passwd" in f or "picture" in f for f in spies["opened"])


def test_links_open_only_when_clicked_and_only_on_the_web(spies) -> None:  # type: ignore[no-untyped-def]
    from ui.shell.links import open_link

    open_link(QUrl("file:///etc/passwd"))
    open_link(QUrl("javascript:alert(1)"))
    assert spies["urls"] == []
    open_link(QUrl("https://example.com/page"))
    assert spies["urls"] == ["https://example.com/page"]
