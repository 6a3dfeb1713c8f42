"""The Project: everything a ``.verso`` file holds, as one immutable value."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from app.documents.model import Document
from app.engine.options import CompareOptions
from app.project.anchors import Side
from app.project.annotations import Annotations

if TYPE_CHECKING:
    from app.engine.records import Comparison
    from app.project.reattach import ReanchorReport


@dataclass(frozen=True)
class Project:
    """Two documents, the options they were compared with, annotations and view state.

    ``left_file_sha256``/``right_file_sha256`` are the SHA-256 of each
    original file's bytes when it was read (None for pasted text); they let
    :func:`app.project.sources.check_sources` notice a file changed on disk.
    ``view_state`` is free JSON-compatible data owned by the window
    (scroll positions, current difference, panel filter...).
    """

    left: Document
    right: Document
    options: CompareOptions = field(default_factory=CompareOptions)
    annotations: Annotations = field(default_factory=Annotations)
    view_state: Mapping[str, Any] = field(default_factory=dict)
    left_file_sha256: str | None = None
    right_file_sha256: str | None = None

    @classmethod
    def create(cls, left: Document, right: Document,
               options: CompareOptions | None = None, **kwargs: Any) -> Project:
        """A new project; file digests default to the files on disk now (if they exist): a
        digest given is taken as it is, the file not read (a megabyte: milliseconds)."""
        for side, doc in (("left", left), ("right", right)):
            if f"{side}_file_sha256" not in kwargs:
                kwargs[f"{side}_file_sha256"] = file_sha256(doc.path)
        return cls(left, right, options or CompareOptions(), **kwargs)

    def document(self, side: Side) -> Document:
        """The document on ``side``."""
        return self.left if side == "left" else self.right

    def file_sha256(self, side: Side) -> str | None:
        """SHA-256 of ``side``'s file bytes when it was read, or None."""
        return self.left_file_sha256 if side == "left" else self.right_file_sha256

    def compare(self) -> Comparison:
        """Compare the two stored texts with the stored options (no file is read)."""
        from app.engine.compare import compare

        return compare(self.left, self.right, self.options)

    def with_annotations(self, annotations: Annotations) -> Project:
        """The same project with other annotations."""
        return replace(self, annotations=annotations)

    def with_view_state(self, view_state: Mapping[str, Any]) -> Project:
        """The same project with other view state."""
        return replace(self, view_state=dict(view_state))

    def recompared(self, comparison: Comparison, options: CompareOptions | None = None,
                   *, reread: bool = False) -> tuple[Project, ReanchorReport]:
        """Take the documents of a new ``comparison`` and re-anchor the annotations on it.

        Use after re-reading changed files (``reread=True``: the file digests are
        taken again from disk) or after changing options. The report lists what
        moved, what was placed only approximately and what was lost.
        """
        from app.project.reattach import reanchor

        report = reanchor(self.annotations, comparison)
        digests = (self.left_file_sha256, self.right_file_sha256)
        if reread:
            digests = (file_sha256(comparison.left.path), file_sha256(comparison.right.path))
        new = replace(self, left=comparison.left, right=comparison.right,
                      options=options or self.options, annotations=report.annotations,
                      left_file_sha256=digests[0], right_file_sha256=digests[1])
        return new, report


def text_sha256(text: str) -> str:
    """SHA-256 of a text in UTF-8 (lone surrogates passed through)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def file_sha256(path: str | os.PathLike[str] | None) -> str | None:
    """SHA-256 of a file's bytes, or None when there is no path or it cannot be read.

    Only regular files are read: a project's paths come from a file anyone may
    have written, and a FIFO would block, a device such as /dev/zero never end.
    """
    if not path:
        return None
    digest = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return None
    return digest.hexdigest()
