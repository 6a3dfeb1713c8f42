"""Packaged icons: every hicolor size, the scalable SVG, the Windows .ico and the macOS .icns,
all drawn from resources/icons/verso-app.svg by packaging/make_icons.py."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest

from tests.packaging.packaging_paths import APP_ID, LINUX, PACKAGING, ROOT

HICOLOR = LINUX / "icons" / "hicolor"
SOURCE = ROOT / "resources" / "icons" / "verso-app.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_info(data: bytes) -> tuple[int, int, int]:
    """(width, height, colour type) from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_is_square_rgba_of_its_size(size: int):
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"{path} is missing: run packaging/make_icons.py"
    assert png_info(path.read_bytes()) == (size, size, 6)  # 6: RGBA, a transparent background


def test_no_stray_icon_sizes():
    folders = {p.name for p in HICOLOR.iterdir()}
    assert folders == {f"{s}x{s}" for s in SIZES} | {"scalable"}


def test_scalable_icon_is_the_source_svg():
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == SOURCE.read_bytes(), "run packaging/make_icons.py"
    root = ET.parse(SOURCE).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = map(float, root.get("viewBox").split())
    assert width == height, "an app icon is square"


def test_windows_ico_holds_every_size_up_to_256():
    data = (PACKAGING / "windows" / "verso.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _c, _r, _planes, _bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        w, h = w or 256, h or 256
        assert png_info(data[offset: offset + length])[:2] == (w, h)
        sizes.append(w)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icns_holds_retina_sizes():
    data = (PACKAGING / "macos" / "verso.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos: pos + 4], struct.unpack(">I", data[pos + 4: pos + 8])[0]
        found[kind.decode()] = png_info(data[pos + 8: pos + length])[0]
        pos += length
    assert pos == len(data)
    assert found["ic10"] == 1024 and found["ic09"] == 512 and found["ic07"] == 128 and found["ic11"] == 32


def test_make_icons_writes_ico_and_icns_containers():
    """The container writers, on tiny fake PNGs (no renderer needed)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec and spec.loader
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)

    def fake_png(size: int) -> bytes:
        return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBB", size, size, 8, 6)

    ico = make_icons.ico_bytes({16: fake_png(16), 256: fake_png(256)})
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 2)
    assert ico[6 + 16] == 0  # 256 is written as 0
    icns = make_icons.icns_bytes({32: fake_png(32)})
    assert icns[8:12] == b"icp5" and icns.count(b"ic11") == 1
    assert make_icons.png_size(fake_png(48)) == (48, 48)


def test_icon_sources_are_in_the_repository():
    """make_icons.py and the source SVG live where docs/packaging.md says."""
    assert SOURCE.is_file()
    assert (PACKAGING / "make_icons.py").is_file()
