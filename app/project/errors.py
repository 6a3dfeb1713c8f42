"""The one exception the project package raises: a human-readable, one-line reason."""

from __future__ import annotations


class ProjectError(Exception):
    """A project file could not be read, written or trusted.

    ``str(error)`` is one line meant for a message box or the terminal, e.g.
    ``"report.verso was made by a newer Verso (format version 3); this Verso reads up to 1."``
    """


class ProjectSaveError(ProjectError):
    """Saving failed; the previous file on disk (if any) is unchanged."""
