"""Window state and reader options kept between runs, declared once with types and defaults.

QSettings holds window state only (geometry, splitter, view toggles, the
last compare options, recent pairs); what belongs to a comparison is the
project file's business (app/).
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from app.vocabulary import KINDS

ORGANIZATION = "Verso"
APPLICATION = "Verso"
MAX_RECENT = 8
_RECENT_LOCK = threading.Lock()  # add_recent reads, then writes, the list

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "view/linked_scrolling": True,
    "view/inline": False,
    "view/panel": True,
    "view/zoom": 0,
    "view/kinds": list(KINDS),  # every kind of app/vocabulary.py
    "view/furniture": False,  # page furniture listed and stepped through (ui/panes/furniture.py)
    "compare/ignore_case": False,
    "compare/ignore_punctuation": False,
    "compare/ignore_typography": True,
    "compare/sensitivity": 0.5,
    "recent": [],
    "recent_projects": [],  # .verso paths, most recent first
    "files/last_folder": "",  # where the Open dialogs start (the folder last opened from)
}


def _store() -> QSettings:
    # INI everywhere: one readable file, and tests can point it at a temporary folder.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)


def get(key: str) -> Any:
    """The stored value of ``key`` as the type of its default (bad values give the default)."""
    default = DEFAULTS[key]
    value = _store().value(key, default)
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        if isinstance(default, int):
            return int(str(value))  # QSettings gives a str (INI) or the int default
        if isinstance(default, float):
            return float(str(value))
        if isinstance(default, list):
            if value in (None, ""):
                return []
            return [str(v) for v in (value if isinstance(value, list) else [value])]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
    except (TypeError, ValueError):
        return default
    return value


def put(key: str, value: Any) -> None:
    """Store ``value`` under ``key`` (one of DEFAULTS)."""
    if key not in DEFAULTS:
        raise KeyError(key)
    _store().setValue(key, value)


def add_recent(left: str, right: str) -> list[str]:
    """Remember a compared pair of files (most recent first); return the list. Any thread
    (the window writes it in its runner's): one read-and-write at a time."""
    entry = f"{left}\n{right}"
    with _RECENT_LOCK:
        recent = [entry, *[r for r in get("recent") if r != entry]][:MAX_RECENT]
        put("recent", recent)
    return recent


def recent_pairs() -> list[tuple[str, str]]:
    """The recent (original, copy) paths, newest first."""
    out = []
    for entry in get("recent"):
        parts = entry.split("\n")
        if len(parts) == 2:
            out.append((parts[0], parts[1]))
    return out


def compare_options():
    """The compare options the reader last chose (``app.CompareOptions``)."""
    from app import CompareOptions

    return CompareOptions(
        ignore_case=get("compare/ignore_case"),
        ignore_punctuation=get("compare/ignore_punctuation"),
        ignore_typography=get("compare/ignore_typography"),
        sensitivity=min(1.0, max(0.0, get("compare/sensitivity"))))
