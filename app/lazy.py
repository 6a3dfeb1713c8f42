"""Package names imported from their modules on first use (PEP 562).

A package's ``__init__`` lists what it exports and where each name lives;
importing the package then costs nothing, and ``from app.project import
Verdict`` imports ``app.project.annotations`` alone, not the project files'
reader, writer and recovery with it. The window starts faster for it: it
needs a few records at start, and the rest only when the reader uses it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, homes: dict[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: ``homes`` maps a module to the names it exports."""
    where = {name: module for module, names in homes.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # found once; later lookups are plain
        return value

    return __getattr__
