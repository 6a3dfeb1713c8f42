"""Render every packaged icon from the one source, resources/icons/verso-app.svg.

    .venv/bin/python packaging/make_icons.py

writes (and commits nothing by itself; commit the results):

- packaging/linux/icons/hicolor/NxN/apps/io.github.verso.Verso.png for N in SIZES,
  and hicolor/scalable/apps/io.github.verso.Verso.svg (the source itself);
- packaging/windows/verso.ico (PNG-compressed entries, Windows Vista and later);
- packaging/macos/verso.icns (PNG entries, macOS 10.7 and later).

The PNGs are drawn by ``rsvg-convert`` (Debian: librsvg2-bin) when it is on
PATH, otherwise by Qt's QSvgRenderer (QtSvg ships in PySide6-Essentials). The
.ico and .icns containers are written here in plain Python, so no ImageMagick,
icotool or iconutil is needed; ``icotool -l`` and ``icns2png -l`` can list them.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCE = ROOT / "resources" / "icons" / "verso-app.svg"
APP_ID = "io.github.verso.Verso"
HICOLOR = HERE / "linux" / "icons" / "hicolor"
ICO = HERE / "windows" / "verso.ico"
ICNS = HERE / "macos" / "verso.icns"

SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (several types share a size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_png(svg: Path, size: int, out: Path) -> None:
    """Render ``svg`` as a ``size`` x ``size`` PNG at ``out``."""
    rsvg = shutil.which("rsvg-convert")
    if rsvg:
        subprocess.run([rsvg, "--width", str(size), "--height", str(size), "--keep-aspect-ratio",
                        "--output", str(out), str(svg)], check=True)
        return
    _render_with_qt(svg, size, out)


def _render_with_qt(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file whose entries are the given PNGs (size -> PNG data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns file with PNG elements for every type whose size is in ``pngs``."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    """Regenerate all icons from SOURCE."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    if not SOURCE.is_file():
        print(f"make_icons: {SOURCE} is missing", file=sys.stderr)
        return 2
    wanted = sorted(set(SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs: dict[int, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in wanted:
            out = Path(tmp) / f"{size}.png"
            render_png(SOURCE, size, out)
            pngs[size] = out.read_bytes()
            if png_size(pngs[size]) != (size, size):
                raise ValueError(f"{out}: expected {size}x{size}, got {png_size(pngs[size])}")
    for size in SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    ICNS.write_bytes(icns_bytes(pngs))
    renderer = "rsvg-convert" if shutil.which("rsvg-convert") else "Qt QSvgRenderer"
    print(f"make_icons: {len(SIZES)} hicolor PNGs + SVG, {ICO.name}, {ICNS.name} (drawn by {renderer})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
