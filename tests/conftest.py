"""Shared test set-up: Qt runs offscreen, and paths to the bundled samples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists (pytest-qt does not set the platform itself).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_paths() -> tuple[Path, Path]:
    return SAMPLES / "putin-minerals-bbc.txt", SAMPLES / "putin-minerals-rewrite.txt"
