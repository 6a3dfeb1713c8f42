"""The sample report in real headless Chromium: it renders, both columns are there,
highlights are painted, and nothing is fetched (not even what hostile text asks for).
"""

from __future__ import annotations

import http.server
import os
import shutil
import struct
import subprocess
import threading
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

import pytest

from app.documents.model import Document
from app.engine.records import Comparison
from app.report import render_html
from app.report.shares import borrowed

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


def _png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and RGBA rows of an 8-bit non-interlaced PNG (what Chromium writes)."""
    data = path.read_bytes()
    pos, idat = 8, b""
    width = height = colour_type = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, _depth, colour_type = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
    bpp = {6: 4, 2: 3}[colour_type]
    raw, stride, rows = zlib.decompress(idat), width * bpp, []
    prev = bytearray(stride)
    for y in range(height):
        kind_ = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if kind_ == 1:
                line[x] = (line[x] + a) & 255
            elif kind_ == 2:
                line[x] = (line[x] + b) & 255
            elif kind_ == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind_ == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line if bpp == 4 else _rgba(line)))
        prev = line
    return width, height, rows


def _rgba(rgb: bytearray) -> bytes:
    out = bytearray()
    for i in range(0, len(rgb), 3):
        out += rgb[i:i + 3] + b"\xff"
    return bytes(out)


def _count_colour(rows: list[bytes], rgb: tuple[int, int, int], tolerance: int = 24) -> int:
    """How many pixels are within ``tolerance`` of ``rgb``."""
    found = 0
    r0, g0, b0 = rgb
    for row in rows:
        for i in range(0, len(row), 4):
            if abs(row[i] - r0) <= tolerance and abs(row[i + 1] - g0) <= tolerance \
                    and abs(row[i + 2] - b0) <= tolerance:
                found += 1
    return found


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
    if os.environ.get("VERSO_SCREENSHOT_DIR"):  # keep it for a human to look at
        shutil.copy(shot, Path(os.environ["VERSO_SCREENSHOT_DIR"]) / "verso-report.png")
    # The highlights are painted. The legend shows every colour too, so compare with
    # the same page without annotations and without differences: the texts must add colour.
    plain = tmp_path / "plain.html"
    plain.write_text(render_html(replace(sample_comparison, differences=())), "utf-8")
    # 4x fewer pixels; tall enough to reach the texts below the list of borrowed passages
    small = ("--window-size=1400,3000", "--force-device-scale-factor=0.5")
    _chromium(tmp_path, report.as_uri(), f"--screenshot={tmp_path / 'half.png'}", *small)
    _chromium(tmp_path, plain.as_uri(), f"--screenshot={tmp_path / 'plain.png'}", *small)
    _, _, rows = _png_pixels(tmp_path / "half.png")
    _, _, plain_rows = _png_pixels(tmp_path / "plain.png")
    for name, rgb in (("yellow reviewer highlight", (0xF0, 0xE4, 0x42)),
                      ("blue 'added' underline", (0x00, 0x72, 0xB2)),
                      ("vermillion 'omitted'/'deleted' marks", (0xD5, 0x5E, 0x00))):
        with_marks, without = _count_colour(rows, rgb, 40), _count_colour(plain_rows, rgb, 40)
        assert with_marks > without + 25, f"no {name} in the texts ({with_marks} vs {without})"

    dom = _chromium(tmp_path, report.as_uri(), "--dump-dom").stdout
    assert dom.count('<table class="sbs">') == 1
    texts = dom.split('<table class="sbs">')[1]  # (the first table is the shares bar)
    table_rows = texts.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert table_rows and all(row.count("<td>") == 2 for row in table_rows)  # two columns
    for css in ("k-omitted", "k-added", "k-changed", "k-duplicated", "e-del", "e-ins", "hl"):
        assert f'class="{css}' in dom or f' {css}"' in dom or f" {css} " in dom, css
    # The borrowed passages: listed before the texts, each with a badge in both texts.
    passages = borrowed(sample_comparison).passages
    assert passages and dom.count('class="passage"') == len(passages)
    assert dom.index('id="passages"') < dom.index('<table class="sbs">')
    assert all(f'id="LP{p.id}"' in texts and f'id="RP{p.id}"' in texts for p in passages)


def test_hostile_text_and_injected_markup_fetch_nothing(canary: tuple[str, list[str]],
                                                        tmp_path: Path) -> None:
    base, hits = canary
    hostile = (f'<img src="{base}/escaped.png"> <link rel="stylesheet" href="{base}/e.css"> '
               f"url({base}/escaped-font.woff)")
    from app import compare

    c = compare(Document.from_text("The original text. " + hostile),
                Document.from_text(hostile + " The copy."))
    page = render_html(c)
    assert 'class="passage"' in page  # the hostile text is in a borrowed passage too, escaped
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
