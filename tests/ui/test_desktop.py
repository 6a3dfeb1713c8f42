"""A finished desktop app (issue 7): app identity, HiDPI rendering, another locale.

Each runs in its own process: the scale factor and the locale are read when
the QApplication starts, and the app's style sheet must not leak into the
other window tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, os, sys, tempfile, time
from PySide6.QtCore import QSettings
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from ui.main import DESKTOP_ID, create_app, open_window
samples = os.path.join("resources", "samples")
app = create_app([sys.argv[0]])
window = open_window([os.path.join(samples, "putin-minerals-bbc.txt"),
                      os.path.join(samples, "putin-minerals-rewrite.txt")])
window.resize(1200, 800)
window.show()
deadline = time.monotonic() + 30
while (window.comparison is None or window.worker.busy) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
for _ in range(20):
    app.processEvents()
    time.sleep(0.01)
grab = window.grab()
image = grab.toImage()
view = window.views["left"].viewport()
origin = view.mapTo(window, view.rect().topLeft())
ratio = grab.devicePixelRatio()
# 2x2 blocks of the text area that are not one flat colour: an upscaled 1x picture has none.
x0, y0 = int(origin.x() * ratio), int(origin.y() * ratio)
w, h = int(min(view.width(), 400) * ratio), int(min(view.height(), 300) * ratio)
detailed = total = 0
for y in range(y0, y0 + h - 1, 2):
    for x in range(x0, x0 + w - 1, 2):
        block = {image.pixel(x, y), image.pixel(x + 1, y), image.pixel(x, y + 1),
                 image.pixel(x + 1, y + 1)}
        total += 1
        detailed += len(block) > 1
print(json.dumps({
    "ratio": ratio, "size": [grab.width(), grab.height()],
    "logical": [window.width(), window.height()],
    "fine_blocks": detailed / max(1, total),
    "desktop": app.desktopFileName(), "icon": not app.windowIcon().isNull(),
    "title": window.windowTitle(), "differences": len(window.order),
    "locale": __import__("PySide6.QtCore", fromlist=["QLocale"]).QLocale.system().name(),
    "actions": window.actions_by_name["next_difference"].text(),
    "tabs": [window.side_tabs.tabText(i) for i in range(window.side_tabs.count())],
    "kinds": window.facts_panel.kind_filter.itemText(0),
    "menus": [a.text() for a in window.menuBar().actions()],
    "panel_title": window.panel.title.text(),
    "rows": [window.panel.model.index(i).data() for i in range(min(5, window.panel.model.rowCount()))],
    "summary": window.summary.text(),
    "find": window.find_bar.field.placeholderText(),
    "verdicts": [c.toolTip().split(":")[0] for c in window.review.verdict_filter.chips.values()],
    "hint": window.views["left"].empty_hint,
    "file_opener": getattr(__import__("ui.main", fromlist=["file_opener"]).file_opener(app), "window", None) is window,
}))
window.close()
"""


def probe(**env: str) -> dict:  # type: ignore[type-arg]
    run_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=run_env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_app_identity_and_icon() -> None:
    out = probe()
    assert out["desktop"] == "io.github.verso.Verso"
    assert (ROOT / "packaging" / "linux" / "io.github.verso.Verso.desktop").is_file()
    assert out["icon"]  # the packaged icon (or the theme's), set after the first paint
    # QFileOpenEvents (macOS Finder) reach this window (ui/shell/file_open.py); elsewhere no filter is installed
    assert out["file_opener"] == (sys.platform == "darwin")


def test_hidpi_rendering_is_sharp() -> None:
    one = probe(QT_SCALE_FACTOR="1")
    two = probe(QT_SCALE_FACTOR="2")
    assert one["ratio"] == 1.0 and two["ratio"] == 2.0
    assert two["logical"] == one["logical"]
    assert two["size"] == [2 * one["size"][0], 2 * one["size"][1]]  # drawn at full resolution
    # Text drawn for the 2x screen, not a 1x picture blown up: its 2x2 blocks are not flat.
    assert two["fine_blocks"] > 0.05, two["fine_blocks"]
    assert two["differences"] == one["differences"] > 0


def test_the_window_starts_in_german() -> None:
    out = probe(LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8", LANGUAGE="de")
    assert out["locale"].startswith("de")
    assert out["differences"] > 0 and "putin-minerals-bbc.txt" in out["title"]
    # resources/translations/verso_de.qm (make translations) is loaded
    assert out["tabs"][0] == "Unterschiede" and out["kinds"] == "Alle Arten"
    assert out["menus"][:2] == ["&Datei", "&Bearbeiten"] and out["actions"] == "&Nächster Unterschied"
    # The differences list, the status bar, the find bar and the review chips (make translations).
    assert out["panel_title"].startswith("Unterschiede (") and " von " in out["panel_title"]
    kinds = ("Ausgelassen", "Hinzugefügt", "Geändert", "Wiederholt", "Verschoben")
    assert out["rows"] and all(row.startswith(kinds) for row in out["rows"]), out["rows"]
    assert any("Original ¶" in row or "Kopie ¶" in row for row in out["rows"])
    assert out["summary"].startswith("Kopie: ") and "aus dem Original übernommen" in out["summary"]
    assert "Auslassung" in out["summary"] and " Unterschiede" in out["summary"], out["summary"]
    assert out["find"] == "Im Original und in der Kopie suchen"
    assert out["verdicts"] == ["Ungeprüft", "Zu prüfen", "Bestätigt", "Akzeptabel", "Fehler"]
    english = probe(LANG="en_GB.UTF-8", LC_ALL="en_GB.UTF-8", LANGUAGE="en")
    assert english["tabs"][0] == "Differences" and english["kinds"] == "All kinds"
    assert english["menus"][:2] == ["&File", "&Edit"]
    assert english["panel_title"].startswith("Differences (") and english["summary"].startswith("Copy: ")
    assert " differences" in english["summary"] and "difference(s)" not in english["summary"]
    assert english["rows"][0].startswith(("Omitted", "Added", "Changed", "Duplicated", "Moved"))


def test_the_german_catalogue_is_current() -> None:
    ts = (ROOT / "resources" / "translations" / "verso_de.ts").read_text("utf-8")
    qm = ROOT / "resources" / "translations" / "verso_de.qm"
    assert qm.is_file() and qm.stat().st_size > 100
    for source in ("Missing from the copy", "What the copy is made of", "Facts ({n})"):
        assert f"<source>{source}</source>" in ts


def test_the_committed_screenshots_are_2x_and_dark() -> None:
    from PySide6.QtGui import QColor, QImage

    one = QImage(str(ROOT / "docs" / "screenshot.png"))
    two = QImage(str(ROOT / "docs" / "screenshot-2x.png"))
    dark = QImage(str(ROOT / "docs" / "screenshot-dark.png"))
    assert not one.isNull() and not two.isNull() and not dark.isNull()
    assert (two.width(), two.height()) == (2 * one.width(), 2 * one.height())

    def lightness(image: QImage) -> float:
        step = 37
        values = [QColor(image.pixel(x, y)).lightnessF()
                  for y in range(0, image.height(), step) for x in range(0, image.width(), step)]
        return sum(values) / len(values)

    assert lightness(dark) < 0.35 < 0.6 < lightness(one)


def test_every_action_text_is_marked_for_translation() -> None:
    from ui.shell.action_strings import marked
    from ui.shell.actions import ACTIONS, MENUS

    source = marked()
    compile(source, "action_strings.py", "exec")
    for text in (*MENUS, *(s.text for s in ACTIONS)):
        assert json.dumps(text, ensure_ascii=False) in source
