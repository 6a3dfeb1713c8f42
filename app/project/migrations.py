"""Upgrading older project files to the current format version, step by step.

``MIGRATIONS[n]`` turns a version-``n`` dict into a version-``n + 1`` dict.
Loading applies them in order, so a file of any older version can be read.
Version 2 added verdicts and notes on facts (``annotations.facts``); a version-1
file has none. Version 0 was the pre-release layout (kept to exercise the machinery):

    {"format": "verso-project", "version": 0,
     "original": {"name", "path", "text"}, "copy": {...},
     "options": {...}, "notes": [{"side", "start", "end", "note"}]}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.project.anchors import CONTEXT_CHARS
from app.project.errors import ProjectError

FORMAT_NAME = "verso-project"
#: The version this Verso writes.
CURRENT_VERSION = 2
PROJECT_SUFFIX = ".verso"  # a project file's name ends so

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """v0 -> v1: documents under "documents", notes become anchored highlights."""
    out = {k: v for k, v in data.items() if k not in ("original", "copy", "notes")}
    docs = {}
    for side, key in (("left", "original"), ("right", "copy")):
        old = data.get(key)
        if not isinstance(old, dict):
            raise ValueError(f'"{key}" is missing')
        docs[side] = {"name": old.get("name", ""), "path": old.get("path"),
                      "text": old.get("text"), "read_as": "text", "encoding": "utf-8"}
    highlights = []
    for number, note in enumerate(data.get("notes") or [], start=1):
        side = note.get("side")
        text = docs.get(side, {}).get("text")
        start, end = note.get("start"), note.get("end")
        if not (isinstance(text, str) and isinstance(start, int) and isinstance(end, int)
                and 0 <= start <= end <= len(text)):
            raise ValueError(f"note {number} does not point into its text")
        highlights.append({
            "id": f"h{number}", "note": note.get("note", ""), "placed": True,
            "target": {"side": side, "selector": [
                {"type": "TextPositionSelector", "start": start, "end": end},
                {"type": "TextQuoteSelector", "exact": text[start:end],
                 "prefix": text[max(0, start - CONTEXT_CHARS):start],
                 "suffix": text[end:end + CONTEXT_CHARS]}]},
        })
    out["documents"] = docs
    out["annotations"] = {"reviews": [], "highlights": highlights}
    out.setdefault("view", {})
    out["version"] = 1
    return out


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v1 -> v2: annotations gain "facts" (verdicts and notes on facts), none in a v1 file."""
    out = dict(data)
    annotations = out.get("annotations")
    if isinstance(annotations, dict):  # a damaged one is named by the reader, field by field
        annotations = dict(annotations)
        annotations["facts"] = []  # a field a v1 reader ignored: not read as v2's
        out["annotations"] = annotations
    out["version"] = 2
    return out


MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(data: dict[str, Any], label: str) -> dict[str, Any]:
    """Bring ``data`` (already checked to be a verso-project dict) to CURRENT_VERSION."""
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectError(f'{label} is damaged: its "version" is not a whole number')
    if version > CURRENT_VERSION:
        raise ProjectError(f"{label} was made by a newer Verso (project format version "
                           f"{version}; this Verso reads up to {CURRENT_VERSION}). "
                           f"Update Verso to open it.")
    if version < min(MIGRATIONS, default=CURRENT_VERSION):
        raise ProjectError(f"{label} uses project format version {version}, "
                           f"which this Verso can no longer read")
    while version < CURRENT_VERSION:
        try:
            data = MIGRATIONS[version](data)
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise ProjectError(f"{label} could not be upgraded from format version "
                               f"{version}: {error}") from None
        version = data["version"]
    return data
