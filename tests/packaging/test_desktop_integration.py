"""The .desktop entry, AppStream metainfo and .verso MIME type agree with each other and validate."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import __version__
from app.documents.model import Document
from app.project import Project, save_project
from tests.packaging.packaging_paths import APP_ID, LINUX, ROOT, need_tool

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
PROJECT_TYPE = "application/x-verso-project"


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def split_list(value: str) -> list[str]:
    assert value.endswith(";"), f"a desktop-entry list must end with ';': {value!r}"
    return value[:-1].split(";")


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def mime_type() -> ET.Element:
    root = ET.parse(MIME_XML).getroot()
    types = root.findall("m:mime-type", MIME_NS)
    assert len(types) == 1
    return types[0]


# --- consistency, no external tool needed -------------------------------------------------

def test_desktop_entry_names_the_command_icon_and_types():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    exec_words = entry["Exec"].split()
    assert exec_words[0] == entry["TryExec"] == "verso"
    assert exec_words[1:] == ["%F"], "Verso takes files (ORIGINAL COPY or a project), not URLs"
    assert PROJECT_TYPE in split_list(entry["MimeType"])
    assert entry["Terminal"] == "false"


def test_metainfo_matches_desktop_entry_and_mime_type():
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("icon[@type='stock']") == desktop_entry()["Icon"]
    assert root.findtext("provides/binary") == desktop_entry()["TryExec"]
    media = [e.text for e in root.findall("provides/mediatype")]
    assert media == [mime_type().get("type")]
    assert set(media) <= set(split_list(desktop_entry()["MimeType"]))
    categories = [e.text for e in root.findall("categories/category")]
    assert categories == split_list(desktop_entry()["Categories"])


def test_metainfo_release_and_licence_match_the_project():
    root = metainfo()
    releases = [r.get("version") for r in root.findall("releases/release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version (newest first)"
    with open(ROOT / "pyproject.toml", "rb") as f:
        licence = tomllib.load(f)["project"]["license"]
    if isinstance(licence, dict):  # the older table form: license = { text = "..." }
        licence = licence["text"]
    assert root.findtext("project_license") == licence


def test_mime_type_declares_glob_parent_and_magic():
    mt = mime_type()
    assert mt.get("type") == PROJECT_TYPE
    assert [g.get("pattern") for g in mt.findall("m:glob", MIME_NS)] == ["*.verso"]
    assert [s.get("type") for s in mt.findall("m:sub-class-of", MIME_NS)] == ["application/json"]
    assert mt.find("m:icon", MIME_NS).get("name") == APP_ID


def magic_matches(data: bytes) -> bool:
    """The MIME magic of the .verso type applied to ``data`` (string matches with offset ranges)."""
    for match in mime_type().findall("m:magic/m:match", MIME_NS):
        assert match.get("type") == "string"
        start, _, end = match.get("offset", "0").partition(":")
        value = match.get("value").encode("utf-8")
        window = data[int(start): int(end or start) + len(value)]
        if value in window:
            return True
    return False


def test_magic_recognises_a_saved_project_and_nothing_else(tmp_path: Path, sample_paths):
    path = tmp_path / "check.verso"
    save_project(Project(Document.from_text("Prices rose."), Document.from_text("Prices fell.")), path)
    assert magic_matches(path.read_bytes())
    compact = json.dumps(json.loads(path.read_text(encoding="utf-8")), separators=(",", ":"))
    assert magic_matches(compact.encode("utf-8"))
    comparison = subprocess.run([sys.executable, "-m", "app", "compare", *map(str, sample_paths),
                                 "--format", "json"], capture_output=True, check=True, cwd=ROOT).stdout
    assert not magic_matches(comparison), "a comparison JSON is not a project"
    assert not magic_matches(sample_paths[0].read_bytes())


# --- the real tools, when installed --------------------------------------------------------

def test_desktop_file_validate():
    tool = need_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_appstreamcli_validate():
    tool = need_tool("appstreamcli")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_shared_mime_info_recognises_projects(tmp_path: Path):
    """update-mime-database accepts the XML, and Qt's MIME database (as a file manager would)
    names a project file by extension and, without one, by its content."""
    tool = need_tool("update-mime-database")
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME_XML, packages / f"{APP_ID}.xml")
    env = dict(os.environ, XDG_DATA_DIRS=f"{tmp_path / 'share'}:/usr/share", XDG_DATA_HOME=str(tmp_path / "home"))
    result = subprocess.run([tool, str(packages.parent)], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    assert (packages.parent / "mime.cache").is_file()

    project = tmp_path / "a.verso"
    save_project(Project(Document.from_text("One."), Document.from_text("Two.")), project)
    no_extension = tmp_path / "backup-without-extension"
    shutil.copyfile(project, no_extension)
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "db = QMimeDatabase()\n"
        "print(' '.join(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, str(project), str(no_extension)],
                         capture_output=True, text=True, env=env, check=True).stdout.split()
    assert out == [PROJECT_TYPE, PROJECT_TYPE]


def test_no_unexpected_files_in_linux_folder():
    """What install.sh and the tarball copy: keep this list in step with them."""
    expected = {DESKTOP.name, METAINFO.name, MIME_XML.name, "install.sh", "icons"}
    assert {p.name for p in LINUX.iterdir()} == expected


@pytest.mark.parametrize("path", [DESKTOP, METAINFO, MIME_XML])
def test_files_are_utf8_with_final_newline(path: Path):
    text = path.read_bytes().decode("utf-8")
    assert text.endswith("\n") and "\r" not in text
