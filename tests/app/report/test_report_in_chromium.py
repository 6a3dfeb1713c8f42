"""The sample report in real headless Chromium: it renders, both columns are there,
highlights are painted, and nothing is fetched (not even what hostile text asks for).
"""

from __future__ import annotations

import http.server
import shutil
import struct
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from app.documents.model import Document
from app.engine.records import Comparison
from app.report import render_html

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None,
    reason="Debian's chromium is not installed; .ci/run installs it")


def _chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", *extra, url],
        capture_output=True, text=True, timeout=120, check=False)


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def canary() -> Iterator[tuple[str, list[str]]]:
    """A local web server that records every request: nothing may reach it."""
    _Counter.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Counter.hits
    finally:
        server.shutdown()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_sample_report_renders_in_chromium(sample_comparison: Comparison, annotate,
                                           tmp_path: Path) -> None:
    page = render_html(sample_comparison, annotate(sample_comparison))
    assert "http://" not in page and "https://" not in page  # no resource can be referenced
    report = tmp_path / "report.html"
    report.write_text(page, "utf-8")
    shot = tmp_path / "report.png"
    result = _chromium(tmp_path, report.as_uri(), f"--screenshot={shot}",
                       "--window-size=1400,1000")
    assert shot.exists(), result.stderr[-2000:]
    assert shot.stat().st_size > 30_000  # a blank page is a few KB
    assert _png_size(shot) == (1400, 1000)

    dom = _chromium(tmp_path, report.as_uri(), "--dump-dom").stdout
    assert dom.count('<table class="sbs">') == 1
    rows = dom.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert rows and all(row.count("<td>") == 2 for row in rows)  # two columns in every row
    for css in ("k-omitted", "k-added", "k-changed", "k-duplicated", "e-del", "e-ins", "hl"):
        assert f'class="{css}' in dom or f' {css}"' in dom or f" {css} " in dom, css


def test_hostile_text_and_injected_markup_fetch_nothing(canary: tuple[str, list[str]],
                                                        tmp_path: Path) -> None:
    base, hits = canary
    hostile = (f'<img src="{base}/escaped.png"> <link rel="stylesheet" href="{base}/e.css"> '
               f"url({base}/escaped-font.woff)")
    from app import compare

    c = compare(Document.from_text("The original text. " + hostile),
                Document.from_text(hostile + " The copy."))
    page = render_html(c)
    # Even markup that bypassed escaping is blocked by the Content-Security-Policy.
    page = page.replace("</body>", f'<img src="{base}/injected.png">'
                                   f'<div style="background:url({base}/bg.png)">x</div>'
                                   f'<script src="{base}/s.js"></script></body>')
    report = tmp_path / "hostile.html"
    report.write_text(page, "utf-8")
    shot = tmp_path / "hostile.png"
    _chromium(tmp_path, report.as_uri(), f"--screenshot={shot}", "--window-size=1000,800")
    assert shot.exists()
    assert hits == []

    # The canary itself works: a page without our CSP does reach it.
    control = tmp_path / "control.html"
    control.write_text(f'<!DOCTYPE html><img src="{base}/control.png">', "utf-8")
    _chromium(tmp_path, control.as_uri(), f"--screenshot={tmp_path / 'c.png'}")
    assert hits == ["/control.png"]
