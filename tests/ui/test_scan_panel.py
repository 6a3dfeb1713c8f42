"""File → Scan Copies…: the Copies tab fills while the scan runs; a row opens that pair."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.ui.conftest import COPY, ORIGINAL

UNRELATED = ("A late header gave City a two-one win over United on Saturday, lifting them to third. "
             "The manager said the players showed real character after the break.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "nested").mkdir(parents=True)
    shutil.copy(COPY, docs / "rewrite.txt")
    shutil.copy(ORIGINAL, docs / "nested" / "verbatim.txt")
    (docs / "football.txt").write_text(UNRELATED, "utf-8")
    (docs / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    return docs


def _rows(window) -> list[str]:  # type: ignore[no-untyped-def]
    tree = window.scan_panel.list
    return [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]


def _scan(qtbot, window, folder) -> None:  # type: ignore[no-untyped-def]
    assert window.scan.scan_folder(str(folder))
    qtbot.waitUntil(lambda: not window.scan_panel.running, timeout=60000)


def test_scan_copies_fills_the_copies_tab(qtbot, loaded, folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.shell.scan_window as scan_window

    monkeypatch.setattr(scan_window, "ask_folder", lambda *_args: str(folder))
    loaded.actions_by_name["scan_copies"].trigger()
    assert loaded.side_tabs.currentWidget() is loaded.scan_panel
    qtbot.waitUntil(lambda: not loaded.scan_panel.running, timeout=60000)
    assert _rows(loaded) == ["verbatim.txt", "rewrite.txt"]
    status = loaded.scan_panel.status.text()
    assert status.startswith("4 documents scanned: 2 borrowed from the original") and "1 unreadable" in status
    assert "broken.txt: this looks like a binary file" in loaded.scan_panel.status.toolTip()
    first = loaded.scan_panel.list.topLevelItem(0)
    assert first.text(0) == "100%" and first.text(1) == "100%"


def test_choosing_a_row_opens_that_pair(qtbot, loaded, folder, wait_loaded) -> None:  # type: ignore[no-untyped-def]
    _scan(qtbot, loaded, folder)
    item = loaded.scan_panel.list.topLevelItem(1)
    loaded.scan_panel.list.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: loaded.sources["right"] is not None
                    and loaded.sources["right"].path == str(folder / "rewrite.txt"), timeout=20000)
    wait_loaded(qtbot, loaded)
    assert loaded.sources["left"].path == str(ORIGINAL)


def test_a_folder_dropped_on_the_copy_pane_is_scanned(qtbot, loaded, folder) -> None:  # type: ignore[no-untyped-def]
    loaded.panes["right"].files_dropped.emit([str(folder)], "right")
    assert loaded.scan_panel.running or _rows(loaded)
    qtbot.waitUntil(lambda: not loaded.scan_panel.running, timeout=60000)
    assert _rows(loaded) == ["verbatim.txt", "rewrite.txt"]


def test_without_an_original_the_window_says_so(window, folder) -> None:  # type: ignore[no-untyped-def]
    window.panes["right"].files_dropped.emit([str(folder)], "right")
    assert not window.scan_panel.running
    assert "Open the original first" in window.message.label.text()


def test_export_writes_the_standalone_table(qtbot, loaded, folder, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.shell.scan_window as scan_window

    _scan(qtbot, loaded, folder)
    out = tmp_path / "copies.html"
    monkeypatch.setattr(scan_window, "ask_save_path", lambda *_args: str(out))
    assert loaded.scan_panel.export_button.isEnabled()
    loaded.scan_panel.export_button.click()
    page = out.read_text("utf-8")
    assert "Content-Security-Policy" in page and page.count('<details class="copy">') == 2
    assert "rewrite.txt" in page and "<script" not in page


def test_stop_ends_the_scan_and_keeps_what_was_found(qtbot, loaded, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time

    import app.scan.runner

    real = app.scan.runner.outcomes

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        # Each outcome after the first comes 50 ms later: a fast machine scanned all 400
        # copies before the click, and the test then read a finished scan, not a stopped one.
        items = real(*args, **kwargs)
        try:
            for n, item in enumerate(items):
                if n:
                    time.sleep(0.05)
                yield item
        finally:
            items.close()

    monkeypatch.setattr(app.scan.runner, "outcomes", slow)
    docs = tmp_path / "many"
    docs.mkdir()
    for n in range(100):
        (docs / f"{n:03d}.txt").write_text(UNRELATED.replace("City", f"City {n}"), "utf-8")
    assert loaded.scan.scan_folder(str(docs))
    qtbot.waitUntil(lambda: loaded.scan_panel.collector.counts.documents > 0, timeout=60000)
    loaded.scan_panel.stop_button.click()
    assert not loaded.scan_panel.running
    assert loaded.scan_panel.status.text().startswith("Stopped after")
    assert not loaded.runner.busy("scan")
    report = loaded.scan_panel.report()
    assert report is not None and report.interrupted


def test_a_scan_is_saved_in_the_project_and_comes_back(qtbot, loaded, folder, tmp_path, monkeypatch,
                                                       wait_loaded) -> None:  # type: ignore[no-untyped-def]
    import json

    from ui.dialogs import review_dialogs
    from ui.main import open_window

    _scan(qtbot, loaded, folder)
    path = tmp_path / "scan.verso"
    monkeypatch.setattr(review_dialogs, "ask_save_path", lambda *_args: str(path))
    loaded.actions_by_name["save_project"].trigger()
    saved = json.loads(path.read_text("utf-8"))["view"]["scan"]
    assert saved["folder"] == str(folder) and [c["name"] for c in saved["copies"]] == ["verbatim.txt", "rewrite.txt"]
    other = open_window([str(path)])
    qtbot.addWidget(other)
    other.show()
    wait_loaded(qtbot, other)
    assert _rows(other) == ["verbatim.txt", "rewrite.txt"]
    assert other.scan_panel.status.text().startswith(f"Saved scan of {folder}")
    assert other.scan_panel.export_button.isEnabled()
    other.worker.wait()
