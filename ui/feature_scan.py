"""Start-up: PySide's per-import source scan, skipped for modules known not to select a feature.

Once PySide6 is imported, every module imported after it (and every module an
``import`` statement names again) is looked up in PySide's feature table
(``__feature__.pyside_feature_dict``: module name -> the feature flags it
selected with an import from ``__feature__``). A name not yet in the table is added after
PySide reads the module's whole source (``inspect.getsource``) to see whether
it mentions PySide6: 0 if so, -1 ("ignore this module") if not. At start that
read ~150 source files, ~23 ms of the window's CPU, and kept them all in
``linecache``.

The flag only matters to a module that selects a feature (``snake_case``,
``true_property``): PySide switches a Qt class's attributes to the selection
of the module that reads them, and a module with 0 or -1 gets the last
selection made, which is no feature at all as long as no module selects one.
Verso never does (a test holds it), so its own modules and those already
loaded are entered as -1 beforehand, and PySide skips the read.
"""

from __future__ import annotations

import os
import sys

IGNORE = -1  # PySide's "ignore this module in switching" (shibokensupport/feature.py)
PACKAGES = ("app", "ui")  # Verso's own packages, entered by file name (nothing imported)


def own_module_names(root: str) -> set[str]:
    """Dotted names of the modules under ``root``'s ``PACKAGES`` (by their ``.py`` files)."""
    names: set[str] = set()
    for package in PACKAGES:
        top = os.path.join(root, package)
        for folder, dirs, files in os.walk(top):
            dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
            prefix = os.path.relpath(folder, root).replace(os.sep, ".")
            for file in files:
                if file.endswith(".py"):
                    stem = file[:-3]
                    names.add(prefix if stem == "__init__" else f"{prefix}.{stem}")
    return names


def skip_feature_scan() -> int:
    """Enter Verso's modules and those loaded so far in PySide's feature table as "ignore",
    so that PySide does not read their source when they are imported; call once PySide6.QtCore
    is imported. Returns the number of names entered (0 where PySide has no such table)."""
    table = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    names = own_module_names(root) | set(sys.modules) | set(sys.stdlib_module_names)
    entered = 0
    for name in names:
        if name not in table:
            table[name] = IGNORE
            entered += 1
    return entered
