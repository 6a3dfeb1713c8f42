"""Verso's core: reading documents and comparing them. Never imports Qt."""

from app.documents.model import Document
from app.engine.compare import CompareOptions, compare
from app.engine.records import Comparison, Difference, Edit, Match, Summary

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
