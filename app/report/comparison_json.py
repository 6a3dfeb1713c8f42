"""Reading a comparison back from its JSON format (``verso compare --format json``).

Used to render a report from a saved comparison, and by the report's golden
test (so the golden file depends on the renderer only, not on the engine).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from app.documents.model import Document
from app.engine.passages import passages as group_passages
from app.engine.records import FORMAT_NAME, KINDS, Comparison, Difference, Edit, Match, Passage, Summary


class ComparisonFormatError(ValueError):
    """The data is not a verso-comparison this version can read."""


def comparison_from_dict(data: Any) -> Comparison:
    """A Comparison from the dict of ``Comparison.to_dict()``; raises ComparisonFormatError."""
    try:
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ComparisonFormatError(f'not a "{FORMAT_NAME}" document')
        left = _doc(data["left"])
        right = _doc(data["right"])
        differences = tuple(_difference(d, left, right) for d in data["differences"])
        matches = tuple(Match(_span(m["left"], left), _span(m["right"], right),
                              float(m.get("similarity", 1.0))) for m in data["matches"])
        if "passages" in data:
            passages = tuple(_passage(p, left, right) for p in data["passages"] or ())
        else:  # a file from before passages: grouped here, or its report would say "no passage"
            passages = group_passages(left.text, right.text, differences, matches)
        s = data["summary"]
        summary = Summary(float(s["reused"]), float(s["added"]), float(s["duplicated"]),
                          float(s["omitted"]))
    except (KeyError, TypeError, IndexError) as error:
        raise ComparisonFormatError(f"damaged comparison ({type(error).__name__}: {error})"
                                    ) from None
    return Comparison(left, right, differences, matches, summary, passages=passages)


def _doc(d: dict[str, Any]) -> Document:
    text = d["text"]
    if not isinstance(text, str):
        raise ComparisonFormatError("a text is not a string")
    return Document.from_text(text, str(d.get("name", ""))) if "\r" in text else \
        Document(text, str(d.get("name", "")))


def _span(raw: Any, doc: Document) -> tuple[int, int]:
    start, end = int(raw[0]), int(raw[1])
    if not 0 <= start <= end <= len(doc.text):
        raise ComparisonFormatError(f"span [{start}, {end}) lies outside its text")
    return (start, end)


def _opt_span(raw: Any, doc: Document) -> tuple[int, int] | None:
    return None if raw is None else _span(raw, doc)


def _passage(p: dict[str, Any], left: Document, right: Document) -> Passage:
    """A borrowed passage (optional in version 1: older files have none)."""
    links = p.get("links") or []
    return Passage(int(p["id"]), _span(p["left"], left), _span(p["right"], right),
                   float(p.get("similarity", 1.0)),
                   tuple(int(x["difference"]) for x in links if "difference" in x),
                   tuple(int(x["match"]) for x in links if "match" in x))


def _difference(d: dict[str, Any], left: Document, right: Document) -> Difference:
    kind = d["kind"]
    if kind not in KINDS:
        raise ComparisonFormatError(f"unknown kind of difference {str(kind)[:30]!r}")
    edits = tuple(Edit(e["op"], _opt_span(e.get("left"), left), _opt_span(e.get("right"), right))
                  for e in d.get("edits", []))
    similarity = d.get("similarity")
    # Flags a newer engine adds to Difference (e.g. "furniture") are carried over when known.
    extra = {f.name: d[f.name] for f in fields(Difference)
             if f.name not in _HANDLED and f.name in d and isinstance(d[f.name], bool | int | str)}
    return Difference(int(d["id"]), kind, _opt_span(d.get("left"), left),
                      _opt_span(d.get("right"), right),
                      None if similarity is None else float(similarity), edits,
                      _opt_span(d.get("duplicate_of"), right), **extra)


_HANDLED = frozenset({"id", "kind", "left", "right", "similarity", "edits", "duplicate_of"})
