"""The build files: a relative spec, the make targets, and install.sh run on a fake bundle."""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.packaging_paths import APP_ID, LINUX, PACKAGING, ROOT

SPEC = PACKAGING / "verso.spec"


def test_spec_is_python_with_relative_paths_only():
    text = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(text)  # a spec file is Python
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    absolute = [s for s in strings if s.startswith(("/", "~")) or re.match(r"^[A-Za-z]:\\", s)]
    assert absolute == [], "paths in the spec must be relative to SPECPATH"
    assert "SPECPATH" in text
    assert "verso_entry.py" in text and (PACKAGING / "verso_entry.py").is_file()
    assert 'name="verso"' in text


def test_spec_keeps_qt_to_the_modules_verso_uses():
    text = SPEC.read_text(encoding="utf-8")
    unused = re.search(r"QT_UNUSED = \[(.*?)\]", text, re.S)
    assert unused
    excluded = set(re.findall(r'"(Qt\w+)"', unused.group(1)))
    used = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"}
    assert not used & excluded
    assert {"QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia"} <= excluded
    # every Qt module the code imports must be bundled
    imported = set()
    for folder in ("app", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert not imported & excluded, f"the spec excludes Qt modules the code uses: {imported & excluded}"


def test_entry_point_is_the_verso_command():
    entry = (PACKAGING / "verso_entry.py").read_text(encoding="utf-8")
    assert "from ui.launcher import main" in entry
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'verso = "ui.launcher:main"' in pyproject


def test_pyinstaller_is_a_packaging_requirement_only():
    reqs = (PACKAGING / "requirements.txt").read_text(encoding="utf-8")
    assert re.search(r"^pyinstaller[<>=]", reqs, re.M | re.I)
    assert "pyinstaller" not in (ROOT / "pyproject.toml").read_text(encoding="utf-8").lower()


def test_make_targets_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.M)
    assert phony and {"package", "package-smoke"} <= set(phony.group(1).split())
    assert re.search(r"^package:", makefile, re.M) and re.search(r"^package-smoke:", makefile, re.M)
    assert "packaging/build.sh" in makefile and "tests/packaging/test_bundle.py" in makefile


@pytest.mark.parametrize("script", ["build.sh", "linux/install.sh"])
def test_shell_scripts_parse_and_are_executable(script: str):
    path = PACKAGING / script
    assert os.access(path, os.X_OK), f"chmod +x {path}"
    subprocess.run(["sh", "-n", str(path)], check=True)


def fake_release(tmp_path: Path) -> Path:
    """The layout of the release tarball, with a shell script standing in for the bundle."""
    stage = tmp_path / "verso-0.0-linux"
    (stage / "verso").mkdir(parents=True)
    exe = stage / "verso" / "verso"
    exe.write_text("#!/bin/sh\necho 'verso fake'\n")
    exe.chmod(0o755)
    (stage / "verso" / "_internal").mkdir()
    shutil.copytree(LINUX / "icons", stage / "share" / "icons")
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.mime.xml"):
        shutil.copyfile(LINUX / name, stage / "share" / name)
    shutil.copyfile(LINUX / "install.sh", stage / "install.sh")
    return stage


def test_install_and_uninstall_into_a_prefix(tmp_path: Path):
    stage = fake_release(tmp_path)
    prefix = tmp_path / "prefix with space"
    env = dict(os.environ, XDG_DATA_DIRS=f"{prefix / 'share'}:/usr/share", PATH="/usr/bin:/bin")
    out = subprocess.run(["sh", str(stage / "install.sh"), str(prefix)], capture_output=True, text=True,
                         env=env, check=True).stdout
    assert "installed" in out
    assert subprocess.run([str(prefix / "bin" / "verso")], capture_output=True, text=True,
                          check=True).stdout == "verso fake\n"
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(desktop)
    entry = parser["Desktop Entry"]
    assert entry["Exec"] == f'"{prefix}/bin/verso" %F'
    assert entry["TryExec"] == f"{prefix}/bin/verso"
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (prefix / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
    if shutil.which("update-mime-database"):
        assert (prefix / "share" / "mime" / "mime.cache").is_file()

    subprocess.run(["sh", str(stage / "install.sh"), "--uninstall", str(prefix)], capture_output=True,
                   env=env, check=True)
    assert not (prefix / "bin" / "verso").exists()
    assert not (prefix / "lib" / "verso").exists()
    assert not desktop.exists()
    assert not list((prefix / "share" / "icons").rglob(f"{APP_ID}.*"))


def test_install_without_a_bundle_says_what_to_do(tmp_path: Path):
    script = tmp_path / "install.sh"
    shutil.copyfile(LINUX / "install.sh", script)
    result = subprocess.run(["sh", str(script), str(tmp_path / "p")], capture_output=True, text=True)
    assert result.returncode == 2 and "make package" in result.stderr

