"""Facts a journalist checks: numbers, dates, quotations and names, in both texts of a comparison.

Entry point: ``check_facts(comparison) -> FactReport``. Each entry
(``FactCheck``) pairs a fact of the original (``left``) with one of the copy
(``right``), either side possibly None, with a status: kept, missing, new,
altered, and for quotations also shortened and unsourced. ``extract_facts``
reads the facts of one text. Plain Python, offline, no model: regular
expressions, a small gazetteer (gazetteer.json) and capitalisation
heuristics. See docs/facts.md.
"""

from typing import TYPE_CHECKING

from app.lazy import lazy_exports

if TYPE_CHECKING:  # the names below, imported on first use (app/lazy.py)
    from app.facts.check import check_facts, furniture_spans, jump_span
    from app.facts.extract import extract_facts
    from app.facts.links import FactLinks, change_label, comparison_dict_with_facts, facts_first, link_facts
    from app.facts.records import KINDS, NAME_KINDS, STATUSES, Fact, FactCheck, FactReport, Span, Value

__getattr__ = lazy_exports(__name__, {
    "app.facts.check": ("check_facts", "furniture_spans", "jump_span"),
    "app.facts.extract": ("extract_facts",),
    "app.facts.links": ("FactLinks", "change_label", "comparison_dict_with_facts", "facts_first", "link_facts"),
    "app.facts.records": ("KINDS", "NAME_KINDS", "STATUSES", "Fact", "FactCheck", "FactReport", "Span", "Value"),
})

__all__ = [
    "KINDS",
    "NAME_KINDS",
    "STATUSES",
    "Fact",
    "FactCheck",
    "FactLinks",
    "FactReport",
    "Span",
    "Value",
    "change_label",
    "check_facts",
    "comparison_dict_with_facts",
    "extract_facts",
    "facts_first",
    "furniture_spans",
    "jump_span",
    "link_facts",
]
