"""Verso's core: reading documents and comparing them. Never imports Qt."""

from typing import TYPE_CHECKING

from app.lazy import lazy_exports

if TYPE_CHECKING:  # the names below, imported on first use (app/lazy.py)
    from app.documents.model import Document
    from app.engine.compare import compare
    from app.engine.options import CompareOptions
    from app.engine.records import Comparison, Difference, Edit, Match, Summary

__getattr__ = lazy_exports(__name__, {
    "app.documents.model": ("Document",),
    "app.engine.compare": ("compare",),
    "app.engine.options": ("CompareOptions",),
    "app.engine.records": ("Comparison", "Difference", "Edit", "Match", "Summary"),
})

__version__ = "0.1.0"

__all__ = [
    "CompareOptions",
    "Comparison",
    "Difference",
    "Document",
    "Edit",
    "Match",
    "Summary",
    "__version__",
    "compare",
]
