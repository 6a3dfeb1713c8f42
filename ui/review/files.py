"""Reading and writing project files, recovery files and reports: imported when first used,
not while the window starts."""

from __future__ import annotations

import importlib
from typing import Any


def _files() -> Any:
    return importlib.import_module("app.project.storage")


def _recovery() -> Any:
    return importlib.import_module("app.project.recovery")


def _reports() -> Any:
    return importlib.import_module("app.report")
