"""Shared paths and tool checks of the packaging tests (issue 7, docs/packaging.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "io.github.verso.Verso"

# Debian package that provides each external validator.
TOOLS = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "update-mime-database": "shared-mime-info",
}


def need_tool(name: str) -> str:
    """The path of a validator, or skip the test saying which Debian package provides it."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not found: Debian's {TOOLS[name]} is not installed; .ci/run installs it")
    return path
