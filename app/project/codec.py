"""Project <-> JSON-compatible dict (format "verso-project", documented in docs/project-format.md).

:func:`project_from_dict` trusts nothing: every field is type- and
range-checked and a problem becomes a one-line :class:`ProjectError` that
names the field, e.g. ``"x.verso is damaged: documents.left.text is missing"``.
"""

from __future__ import annotations

import math
import re
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

from app import __version__
from app.documents import limits as documents_limits
from app.documents.model import BLOCK_KINDS, STYLE_KINDS, Block, Document, Style
from app.engine.options import CompareOptions
from app.project.anchors import (
    SIDES,
    Side,
    TextAnchor,
    TextPositionSelector,
    TextQuoteSelector,
)
from app.project.annotations import (
    MAX_ANNOTATIONS,
    MAX_NOTE_CHARS,
    Annotations,
    DifferenceReview,
    Highlight,
    Verdict,
    sort_reviews,
)
from app.project.errors import ProjectError
from app.project.fact_reviews import FactReview, sort_fact_reviews
from app.project.migrations import CURRENT_VERSION, FORMAT_NAME, migrate
from app.project.model import Project, text_sha256

# A project's texts are held to the limits of the text a reader produces (a 98 MiB project
# kept `verso report` busy past 300 s at 2.8 GB).
MAX_TEXT_CHARS = documents_limits.MAX_TEXT_CHARS
MAX_NAME_CHARS = 4096
MAX_ITEMS = 1_000_000
# How a document was read ("text", "markdown", "docx"...): kept as is, so a newer
# reader's name survives; only its shape is checked.
_READ_AS = re.compile(r"^[a-z0-9_-]{1,32}$")


# ---- writing -------------------------------------------------------------------

def project_to_dict(project: Project, saved_at: datetime | None = None) -> dict[str, Any]:
    """The project as a JSON-compatible dict of the current format version."""
    when = (saved_at or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "format": FORMAT_NAME,
        "version": CURRENT_VERSION,
        "generator": f"Verso {__version__}",
        "saved_at": when,
        "documents": {side: _document_to_dict(project.document(side), project.file_sha256(side))
                      for side in SIDES},
        "options": {f.name: getattr(project.options, f.name) for f in fields(project.options)},
        "annotations": {
            "reviews": [_review_to_dict(r) for r in project.annotations.reviews],
            "highlights": [{"id": h.id, "note": h.note, "placed": h.placed,
                            "target": h.anchor.to_dict()} for h in project.annotations.highlights],
            "facts": [_fact_review_to_dict(r) for r in project.annotations.fact_reviews],
        },
        "view": dict(project.view_state),
    }


def _document_to_dict(doc: Document, file_digest: str | None) -> dict[str, Any]:
    text = scrub_surrogates(doc.text)
    return {
        "name": doc.name,
        "path": doc.path,
        "read_as": doc.read_as,
        "encoding": doc.encoding,
        "file_sha256": file_digest,
        "text_sha256": text_sha256(text),
        "text": text,
        "blocks": [[b.kind, b.start, b.end, b.level] for b in doc.blocks],
        "styles": [[s.kind, s.start, s.end, s.href] for s in doc.styles],
    }


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_surrogates(value: Any) -> Any:
    """``value`` with lone UTF-16 surrogates (unencodable in UTF-8) replaced by U+FFFD.

    One character for one, so every offset into a text stays valid.
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return _SURROGATE.sub("\ufffd", value)
        return value
    if isinstance(value, dict):
        return {scrub_surrogates(k): scrub_surrogates(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [scrub_surrogates(v) for v in value]
    return value


def _review_to_dict(r: DifferenceReview) -> dict[str, Any]:
    return {"difference": r.difference_id, "kind": r.kind, "verdict": r.verdict.value,
            "note": r.note,
            "left": r.left.to_dict() if r.left else None,
            "right": r.right.to_dict() if r.right else None}


def _fact_review_to_dict(r: FactReview) -> dict[str, Any]:
    return {"kind": r.kind, "status": r.status, "verdict": r.verdict.value, "note": r.note,
            "placed": r.placed,
            "left": r.left.to_dict() if r.left else None,
            "right": r.right.to_dict() if r.right else None}


# ---- reading -------------------------------------------------------------------

class _Fields:
    """Typed access to a dict, raising ProjectError that names the field."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, where: str, problem: str) -> ProjectError:
        return ProjectError(f"{self.label} is damaged: {where} {problem}")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"should be an object, not {_kind(value)}")
        return value

    def get(self, d: dict[str, Any], key: str, where: str, optional: bool = False) -> Any:
        if key not in d:
            if optional:
                return None
            raise self.fail(f"{where}.{key}" if where else key, "is missing")
        return d[key]

    def string(self, d: dict[str, Any], key: str, where: str, limit: int = MAX_NAME_CHARS,
               optional: bool = False, nullable: bool = False) -> Any:
        value = self.get(d, key, where, optional)
        name = f"{where}.{key}" if where else key
        if value is None and (optional or nullable):
            return None
        if not isinstance(value, str):
            raise self.fail(name, f"should be text, not {_kind(value)}")
        if len(value) > limit:
            raise self.fail(name, f"is too long ({len(value)} characters; limit {limit})")
        return value

    def integer(self, value: Any, where: str, low: int = 0, high: int = 2**62) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, f"should be a whole number, not {_kind(value)}")
        if not low <= value <= high:
            raise self.fail(where, f"is out of range ({value})")
        return value

    def array(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, f"should be a list, not {_kind(value)}")
        if len(value) > MAX_ITEMS:
            raise self.fail(where, f"has too many entries ({len(value)})")
        return value


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def check_header(data: Any, label: str) -> dict[str, Any]:
    """Check that ``data`` is a verso-project dict; returns it. Does not migrate."""
    if not isinstance(data, dict):
        raise ProjectError(f"{label} is not a Verso project (the file holds {_kind(data)})")
    if data.get("format") != FORMAT_NAME:
        if data.get("format") == "verso-comparison":
            raise ProjectError(f"{label} is a Verso comparison export, not a project file")
        raise ProjectError(f'{label} is not a Verso project (no "format": "{FORMAT_NAME}")')
    if "version" not in data:
        raise ProjectError(f'{label} is damaged: "version" is missing')
    return data


def project_from_dict(data: Any, label: str = "the project") -> Project:
    """A Project from a parsed project file of any known version, or ProjectError."""
    data = migrate(check_header(data, label), label)
    f = _Fields(label)
    docs = f.obj(f.get(data, "documents", ""), "documents")
    documents: dict[Side, Document] = {}
    digests: dict[Side, str | None] = {}
    for side in SIDES:
        documents[side], digests[side] = _document_from_dict(
            f, f.obj(f.get(docs, side, "documents"), f"documents.{side}"), f"documents.{side}")
    options = _options_from_dict(f, f.obj(f.get(data, "options", ""), "options"))
    annotations = _annotations_from_dict(
        f, f.obj(f.get(data, "annotations", ""), "annotations"), documents)
    view = data.get("view", {})
    view = f.obj(view, "view") if view is not None else {}
    return Project(documents["left"], documents["right"], options, annotations, view,
                   digests["left"], digests["right"])


def _document_from_dict(f: _Fields, d: dict[str, Any], where: str) -> tuple[Document, str | None]:
    text = f.string(d, "text", where, limit=MAX_TEXT_CHARS)
    digest = f.string(d, "text_sha256", where, limit=64, optional=True)
    if digest is not None and digest != text_sha256(text):
        raise f.fail(f"{where}.text", "does not match its checksum (text_sha256)")
    raw_blocks = f.array(d.get("blocks", []), f"{where}.blocks")
    paragraphs = max(len(raw_blocks), text.count("\n\n") + 1)
    if paragraphs > documents_limits.MAX_BLOCKS:
        raise ProjectError(f"{f.label} holds a text with too many paragraphs ({where}: {paragraphs:,}; "
                           f"the limit is {documents_limits.MAX_BLOCKS:,})")
    read_as = f.string(d, "read_as", where, limit=32, optional=True) or "text"
    if not _READ_AS.match(read_as):
        raise f.fail(f"{where}.read_as", f"is not a reader name ({read_as[:32]!r})")
    blocks = []
    for i, raw in enumerate(raw_blocks):
        w = f"{where}.blocks[{i}]"
        kind, start, end, level = _row(f, raw, w, 4)
        start, end = _span(f, start, end, len(text), w)
        if kind not in BLOCK_KINDS:
            continue  # a kind from a newer Verso: the text is all there, only its look is lost
        blocks.append(Block(kind, start, end, f.integer(level, w, 0, 64)))
    styles = []
    for i, raw in enumerate(f.array(d.get("styles", []), f"{where}.styles")):
        w = f"{where}.styles[{i}]"
        kind, start, end, href = _row(f, raw, w, 4)
        if href is not None and not (isinstance(href, str) and len(href) <= MAX_NAME_CHARS):
            raise f.fail(w, "has a link that is not short text")
        start, end = _span(f, start, end, len(text), w)
        if kind in STYLE_KINDS:
            styles.append(Style(kind, start, end, href))
    doc = Document(
        text=text,
        name=f.string(d, "name", where, optional=True) or "",
        blocks=tuple(blocks),
        styles=tuple(styles),
        path=f.string(d, "path", where, optional=True),
        read_as=read_as,
        encoding=f.string(d, "encoding", where, limit=64, optional=True) or "utf-8",
    )
    return doc, f.string(d, "file_sha256", where, limit=64, optional=True)


def _row(f: _Fields, raw: Any, where: str, size: int) -> list[Any]:
    row = f.array(raw, where)
    if len(row) != size:
        raise f.fail(where, f"should have {size} entries")
    return row


def _span(f: _Fields, start: Any, end: Any, length: int, where: str) -> tuple[int, int]:
    s = f.integer(start, f"{where} start")
    e = f.integer(end, f"{where} end")
    if not s <= e <= length:
        raise f.fail(where, f"points outside its text ([{s}, {e}) in {length} characters)")
    return s, e


def _options_from_dict(f: _Fields, d: dict[str, Any]) -> CompareOptions:
    values: dict[str, Any] = {}
    for field_ in fields(CompareOptions):
        if field_.name not in d:
            continue  # a newer option missing from an older file: keep the default
        value = d[field_.name]
        default = getattr(CompareOptions(), field_.name)
        where = f"options.{field_.name}"
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise f.fail(where, f"should be true or false, not {_kind(value)}")
        elif isinstance(default, float):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise f.fail(where, f"should be a number, not {_kind(value)}")
            try:
                value = float(value)  # an integer of hundreds of digits does not fit: OverflowError
            except OverflowError:
                raise f.fail(where, "is out of range (a number of hundreds of digits)") from None
            if not math.isfinite(value):
                raise f.fail(where, f"should be a number, not {_kind(value)}")
        values[field_.name] = value
    try:
        return CompareOptions(**values)
    except (ValueError, TypeError) as error:
        raise f.fail("options", f"are invalid ({error})") from None


def _anchor_from_dict(f: _Fields, raw: Any, where: str,
                      documents: dict[Side, Document], side: Side | None = None,
                      placed: bool = True) -> TextAnchor:
    """An anchor; an unplaced one may point past the current text (it is found by quote)."""
    d = f.obj(raw, where)
    got_side = f.string(d, "side", where)
    if got_side not in SIDES or (side is not None and got_side != side):
        raise f.fail(f"{where}.side", f"should be {side or 'left or right'!r}")
    selectors = f.array(f.get(d, "selector", where), f"{where}.selector")
    position: TextPositionSelector | None = None
    quote: TextQuoteSelector | None = None
    text = documents[got_side].text
    for i, sel in enumerate(selectors):
        w = f"{where}.selector[{i}]"
        s = f.obj(sel, w)
        kind = s.get("type")
        if kind == "TextPositionSelector":
            start, end = _span(f, f.get(s, "start", w), f.get(s, "end", w),
                               len(text) if placed else 2**62, w)
            position = TextPositionSelector(start, end)
        elif kind == "TextQuoteSelector":
            quote = TextQuoteSelector(
                f.string(s, "exact", w, limit=MAX_TEXT_CHARS),
                f.string(s, "prefix", w, optional=True) or "",
                f.string(s, "suffix", w, optional=True) or "")
        # other selector types (from a newer Verso) are ignored
    if quote is None:
        raise f.fail(where, "has no TextQuoteSelector")
    if position is None:
        position = TextPositionSelector(0, 0)  # found again by quote
    return TextAnchor(got_side, position, quote)


def _annotations_from_dict(f: _Fields, d: dict[str, Any],
                           documents: dict[Side, Document]) -> Annotations:
    count = sum(len(entries) for key in ("reviews", "highlights", "facts")
                if isinstance(entries := d.get(key), list))
    if count > MAX_ANNOTATIONS:
        raise ProjectError(f"{f.label} holds more annotations than Verso keeps "
                           f"({count:,}; the limit is {MAX_ANNOTATIONS:,})")
    reviews = []
    seen_ids: set[int] = set()
    for i, raw in enumerate(f.array(d.get("reviews", []), "annotations.reviews")):
        w = f"annotations.reviews[{i}]"
        r = f.obj(raw, w)
        diff_id = f.get(r, "difference", w)
        if diff_id is not None:
            diff_id = f.integer(diff_id, f"{w}.difference", 1)
            if diff_id in seen_ids:
                raise f.fail(f"{w}.difference", f"repeats difference {diff_id}")
            seen_ids.add(diff_id)
        verdict = _verdict(f, r, w)
        anchors: dict[Side, TextAnchor | None] = {}
        for side in SIDES:
            raw_anchor = r.get(side)
            anchors[side] = None if raw_anchor is None else _anchor_from_dict(
                f, raw_anchor, f"{w}.{side}", documents, side, placed=diff_id is not None)
        reviews.append(DifferenceReview(
            diff_id, f.string(r, "kind", w, limit=64), verdict,
            f.string(r, "note", w, limit=MAX_NOTE_CHARS, optional=True) or "",
            anchors["left"], anchors["right"]))
    highlights = []
    seen: set[str] = set()
    for i, raw in enumerate(f.array(d.get("highlights", []), "annotations.highlights")):
        w = f"annotations.highlights[{i}]"
        h = f.obj(raw, w)
        hid = f.string(h, "id", w, limit=64)
        if hid in seen:
            raise f.fail(f"{w}.id", f"repeats {hid!r}")
        seen.add(hid)
        placed = h.get("placed", True)
        if not isinstance(placed, bool):
            raise f.fail(f"{w}.placed", "should be true or false")
        highlights.append(Highlight(
            hid, _anchor_from_dict(f, f.get(h, "target", w), f"{w}.target", documents,
                                   placed=placed),
            f.string(h, "note", w, limit=MAX_NOTE_CHARS, optional=True) or "", placed))
    facts = [_fact_review_from_dict(f, raw, f"annotations.facts[{i}]", documents)
             for i, raw in enumerate(f.array(d.get("facts", []), "annotations.facts"))]
    return Annotations(sort_reviews(reviews), tuple(highlights), sort_fact_reviews(facts))


def _verdict(f: _Fields, d: dict[str, Any], where: str) -> Verdict:
    value = f.string(d, "verdict", where, limit=64)
    try:
        return Verdict(value)
    except ValueError:
        raise f.fail(f"{where}.verdict", f"is unknown ({value[:40]!r})") from None


def _fact_review_from_dict(f: _Fields, raw: Any, where: str,
                           documents: dict[Side, Document]) -> FactReview:
    r = f.obj(raw, where)
    placed = r.get("placed", True)
    if not isinstance(placed, bool):
        raise f.fail(f"{where}.placed", "should be true or false")
    anchors: dict[Side, TextAnchor | None] = {}
    for side in SIDES:
        raw_anchor = r.get(side)
        anchors[side] = None if raw_anchor is None else _anchor_from_dict(
            f, raw_anchor, f"{where}.{side}", documents, side, placed=placed)
    if anchors["left"] is None and anchors["right"] is None:
        raise f.fail(where, "anchors its fact on neither side")
    # kind and status are kept as written (a newer check's kind survives); only their shape is checked
    return FactReview(f.string(r, "kind", where, limit=64), f.string(r, "status", where, limit=64,
                                                                      optional=True) or "",
                      _verdict(f, r, where), f.string(r, "note", where, limit=MAX_NOTE_CHARS,
                                                      optional=True) or "",
                      anchors["left"], anchors["right"], placed)
