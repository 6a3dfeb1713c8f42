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

# CI runs the property tests with a fixed seed so that a run is reproducible;
# locally every run explores new examples.
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True, deadline=None)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # pragma: no cover - hypothesis is a test extra
    pass
