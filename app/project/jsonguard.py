"""Parsing untrusted JSON bytes with limits, before ``json.loads`` can be abused.

A project file may come from anywhere (mail, a shared drive). Guarded here:
size (checked before reading everything), encoding, nesting depth (scanned
without recursion, so ``[[[[...`` cannot exhaust the stack), NaN/Infinity,
and absurd numbers. Every failure is a :class:`ProjectError` with one line.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.project.errors import ProjectError

#: Largest project file we read (two 20 MB documents, escaped, plus annotations).
MAX_PROJECT_BYTES = 128 * 1024 * 1024
#: Deepest nesting of arrays/objects accepted (the format itself needs 6).
MAX_DEPTH = 64

# A string, or an unterminated one up to the end of the text: were that not a match, the
# search would try again from every escaped quote inside it, each time to the end (minutes
# for a big project cut short in a document's text). json.loads reports it afterwards.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def parse_json_bytes(data: bytes, label: str) -> Any:
    """Decode and parse ``data`` (the bytes of file ``label``), or raise ProjectError."""
    if not data.strip():
        raise ProjectError(f"{label} is empty: it is not a Verso project")
    if len(data) > MAX_PROJECT_BYTES:
        raise ProjectError(f"{label} is too large for a Verso project "
                           f"({len(data) // (1024 * 1024)} MB; the limit is "
                           f"{MAX_PROJECT_BYTES // (1024 * 1024)} MB)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectError(f"{label} is not a Verso project (it is not UTF-8 text)") from None
    check_depth(text, label)
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        body = text.strip()
        if body.startswith("{") and (not body.endswith("}") or error.pos >= len(body) - 1):
            raise ProjectError(f"{label} is damaged: it ends abruptly (the file was cut short)"
                               ) from None
        raise ProjectError(f"{label} is not a Verso project (not valid JSON: {error.msg} "
                           f"at line {error.lineno}, column {error.colno})") from None
    except (ValueError, RecursionError) as error:
        reason = str(error)
        if "integer string conversion" in reason:  # not Python's advice to call a function
            reason = "it holds a number of thousands of digits"
        raise ProjectError(f"{label} is damaged ({reason})") from None


def check_depth(text: str, label: str, limit: int = MAX_DEPTH) -> None:
    """Raise ProjectError if arrays/objects in the JSON ``text`` nest deeper than ``limit``."""
    skeleton = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = 0
    for char in skeleton:
        if char in "[{":
            depth += 1
            if depth > limit:
                raise ProjectError(f"{label} is not a Verso project (nested more than "
                                   f"{limit} levels deep)")
        else:
            depth -= 1


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a Verso project")
