"""Which files a scan reads: every PATH given, and the documents found in folders.

Folders are walked lazily, one directory at a time (a folder's files, then
its subfolders, each in name order), so a scan of a large archive starts at
once and never holds the whole listing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from app.vocabulary import FORMAT_TABLE

#: File names a folder walk takes for documents (every format's, app/vocabulary.py); other
#: files in folders are skipped. A file named on the command line is always read.
DOCUMENT_SUFFIXES = frozenset(suffix for f in FORMAT_TABLE for suffix in f.suffixes)


@dataclass(frozen=True, slots=True)
class Found:
    """A file met by the walk: a document to read, one to skip, or a PATH that cannot be walked."""

    path: str
    what: Literal["document", "skipped", "unreadable"]
    reason: str = ""


def walk(paths: Iterable[str], original: str | None = None) -> Iterator[Found]:
    """Every file under ``paths`` in order, the original itself skipped.

    Hidden files and folders (names starting with a dot) are passed over
    silently; links to folders are not followed (a link loop would never end).
    """
    original_id = _file_id(original) if original else None
    for path in paths:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            yield Found(path, "unreadable", "no such file or folder")
            continue
        except OSError as error:
            yield Found(path, "unreadable", f"cannot be read ({error.strerror or error})")
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, original_id)
        elif original_id is not None and (info.st_dev, info.st_ino) == original_id:
            yield Found(path, "skipped", "the original itself")
        else:
            yield Found(path, "document")


def count_documents(paths: Iterable[str], original: str | None = None) -> int:
    """How many documents ``walk`` would yield (names only: nothing is read)."""
    return sum(1 for f in walk(paths, original) if f.what == "document")


def _walk_folder(root: str, original_id: tuple[int, int] | None) -> Iterator[Found]:
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as error:
            yield Found(folder, "unreadable", f"folder cannot be listed ({error.strerror or error})")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                    continue
                if not entry.is_file():  # sockets, FIFOs, devices, broken links
                    continue
                if os.path.splitext(entry.name)[1].lower() not in DOCUMENT_SUFFIXES:
                    yield Found(entry.path, "skipped", "not a document by its name")
                    continue
                info = entry.stat()
            except OSError as error:
                yield Found(entry.path, "unreadable", f"cannot be read ({error.strerror or error})")
                continue
            if original_id is not None and (info.st_dev, info.st_ino) == original_id:
                yield Found(entry.path, "skipped", "the original itself")
            else:
                yield Found(entry.path, "document")
        stack.extend(reversed(subfolders))  # depth first, in name order


def _file_id(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino
