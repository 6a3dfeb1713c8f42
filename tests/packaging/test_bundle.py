"""Smoke test of the built bundle (``make package`` then ``make package-smoke``).

Skipped unless a bundle exists: VERSO_BUNDLE names its executable (and then
the tests run whatever its age), else dist/verso/verso is used when it is
newer than every file in app/, ui/ and resources/. ``make test`` never builds one.
The bundle must behave like the source tree: same version, byte-identical
JSON for the same inputs, and a window that starts and keeps running.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import pytest

from app import __version__
from tests.packaging.packaging_paths import ROOT

SAMPLES = ROOT / "resources" / "samples"
PAIR = (SAMPLES / "putin-minerals-bbc.txt", SAMPLES / "putin-minerals-rewrite.txt")


def _bundle() -> Path:
    named = os.environ.get("VERSO_BUNDLE")
    if named:
        path = Path(named).resolve()
        if not (path.is_file() and os.access(path, os.X_OK)):
            pytest.fail(f"VERSO_BUNDLE={named} is not an executable file")
        return path
    default = ROOT / "dist" / "verso" / "verso"
    if not default.is_file():
        pytest.skip("no bundle: run 'make package' to build dist/verso/ (or set VERSO_BUNDLE), "
                    "then 'make package-smoke'")
    # In a shared checkout an old bundle must not fail `make test` for whoever edits the code next.
    newest = max(p.stat().st_mtime for folder in ("app", "ui", "resources")
                 for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    if newest > default.stat().st_mtime:
        pytest.skip("dist/verso is older than the sources: run 'make package' (or 'make package-smoke' "
                    "to test it as it is)")
    return default


@pytest.fixture(scope="module")
def bundle() -> Path:
    return _bundle()


def headless_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen Qt, settings and caches in tmp, no colour, a fixed locale."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
                XDG_CACHE_HOME=str(tmp_path / "cache"), NO_COLOR="1")


def run_both(bundle: Path, args: list[str], tmp_path: Path) -> tuple[bytes, bytes]:
    """stdout of the bundle and of the source tree (``python -m app``) for the same arguments."""
    env = headless_env(tmp_path)
    # Run the bundle from elsewhere: it must not depend on the checkout being the working directory.
    frozen = subprocess.run([str(bundle), *args], capture_output=True, env=env, cwd=tmp_path, timeout=120)
    assert frozen.returncode == 0, frozen.stderr.decode(errors="replace")
    source = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, env=env, cwd=ROOT,
                            timeout=120)
    assert source.returncode == 0, source.stderr.decode(errors="replace")
    return frozen.stdout, source.stdout


def test_version(bundle: Path, tmp_path: Path):
    out = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, timeout=60,
                         env=headless_env(tmp_path), check=True).stdout
    assert out.strip() == f"verso {__version__}"


def test_compare_json_of_the_samples_matches_the_source_tree(bundle: Path, tmp_path: Path):
    frozen, source = run_both(bundle, ["compare", *map(str, PAIR), "--format", "json"], tmp_path)
    assert frozen.startswith(b'{\n "format": "verso-comparison"')
    assert frozen == source


def test_compare_text_report_matches_the_source_tree(bundle: Path, tmp_path: Path):
    frozen, source = run_both(bundle, ["compare", *map(str, PAIR)], tmp_path)
    assert frozen == source and frozen


def test_markdown_and_saved_web_pages_read_alike(bundle: Path, tmp_path: Path):
    """Readers with their own data files (markdown + nh3, trafilatura + jusText stop lists)."""
    original, copy = PAIR[0].read_text(encoding="utf-8"), PAIR[1].read_text(encoding="utf-8")
    md_a, md_b = tmp_path / "a.md", tmp_path / "b.md"
    md_a.write_text("# Wire\n\n" + original, encoding="utf-8")
    md_b.write_text("# Paper\n\n*Rewrite:* " + copy, encoding="utf-8")
    html_a, html_b = tmp_path / "a.html", tmp_path / "b.html"
    for path, text in ((html_a, original), (html_b, copy)):
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
        path.write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>T</title></head>"
                        f"<body><nav><a href='/'>Home</a></nav><article>{paragraphs}</article></body></html>",
                        encoding="utf-8")
    for a, b in ((md_a, md_b), (html_a, html_b)):
        frozen, source = run_both(bundle, ["compare", str(a), str(b), "--format", "json"], tmp_path)
        assert frozen == source


@pytest.mark.parametrize("secured", [False, True], ids=["plain", "aes"])
def test_a_pdf_reads_alike(bundle: Path, tmp_path: Path, secured: bool):
    """PDFium's shared library (pypdfium2_raw), pypdf and, for an AES-encrypted PDF that opens
    without a password, cryptography are in the bundle: a PDF reads as from the source tree."""
    from tests.app.documents.test_doc_formats import article_pdf
    from tests.app.documents.test_doc_pdf import _encrypted

    report = tmp_path / "report.pdf"
    report.write_bytes(_encrypted("", "AES-256") if secured else article_pdf())
    frozen, source = run_both(bundle, ["compare", str(report), str(PAIR[0]), "--format", "json"], tmp_path)
    assert b"Kremlin spokesman Dmitry Peskov" in frozen and frozen == source


def test_bad_input_fails_cleanly(bundle: Path, tmp_path: Path):
    result = subprocess.run([str(bundle), "compare", str(tmp_path / "missing.txt"), str(PAIR[1])],
                            capture_output=True, text=True, timeout=60, env=headless_env(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith("verso:") and "Traceback" not in result.stderr


@pytest.mark.parametrize("files", [PAIR, ()], ids=["sample-pair", "empty"])
def test_window_starts_offscreen_and_keeps_running(bundle: Path, tmp_path: Path, files: tuple[Path, ...]):
    proc = subprocess.Popen([str(bundle), *map(str, files)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=headless_env(tmp_path), cwd=tmp_path, start_new_session=True)
    try:
        deadline = time.monotonic() + 4.0  # loading and comparing the samples takes about a second
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        alive = proc.poll() is None
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            _out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _out, err = proc.communicate()
    text = err.decode(errors="replace")
    assert alive, f"the window exited early with {proc.returncode}: {text}"
    for bad in ("Traceback", "Fatal Python error", "Could not load the Qt platform plugin", "ModuleNotFoundError"):
        assert bad not in text, text


def test_bundle_leaves_out_unused_qt(bundle: Path):
    internal = bundle.parent / "_internal"
    if not internal.is_dir():
        pytest.skip("not a PyInstaller one-folder bundle")
    pyside = internal / "PySide6"
    present = {p.name.split(".")[0] for p in pyside.glob("Qt*.so")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= present
    assert not present & {"QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "QtSql", "QtTest"}
    assert (internal / "resources" / "samples" / PAIR[0].name).is_file()
    assert (internal / "resources" / "icons").is_dir() and (internal / "resources" / "styles").is_dir()
    size = sum(p.stat().st_size for p in bundle.parent.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 350 * 2**20, f"the bundle grew to {size / 2**20:.0f} MiB"


def test_bundle_carries_licence_metadata_of_its_dependencies(bundle: Path):
    """The spec copies each runtime dependency's dist-info (licence files, for the About dialog)."""
    internal = bundle.parent / "_internal"
    if not internal.is_dir():
        pytest.skip("not a PyInstaller one-folder bundle")
    with open(ROOT / "pyproject.toml", "rb") as f:
        dependencies = tomllib.load(f)["project"]["dependencies"]
    bundled = {re.sub(r"[-_.]+", "_", p.name.split("-")[0]).lower() for p in internal.glob("*.dist-info")}
    for requirement in dependencies:
        name = re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]
        assert re.sub(r"[-_.]+", "_", name).lower() in bundled, f"no dist-info for {name} in the bundle"


def test_release_archive_installs_and_runs(bundle: Path, tmp_path: Path):
    archives = sorted((ROOT / "dist").glob(f"verso-{__version__}-linux-*.tar.gz"))
    if bundle.parent != ROOT / "dist" / "verso" or not archives:
        pytest.skip("no release archive next to the bundle (make package writes dist/verso-*.tar.gz)")
    with tarfile.open(archives[-1]) as tar:
        tar.extractall(tmp_path / "x", filter="tar")
    (top,) = (tmp_path / "x").iterdir()
    prefix = tmp_path / "prefix"
    subprocess.run(["sh", str(top / "install.sh"), str(prefix)], check=True, capture_output=True, timeout=120,
                   env=dict(headless_env(tmp_path), XDG_DATA_DIRS=f"{prefix / 'share'}:/usr/share"))
    out = subprocess.run([str(prefix / "bin" / "verso"), "--version"], capture_output=True, text=True,
                         check=True, timeout=60, env=headless_env(tmp_path)).stdout
    assert out.strip() == f"verso {__version__}"
