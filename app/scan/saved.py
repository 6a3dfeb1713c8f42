"""A scan as a project keeps it: its ranked list in the project's view state, read back with care.

A ``.verso`` file may come from anyone, so ``scan_from_view`` checks every
field and drops what does not fit (a wrong type, a span outside its text)
instead of failing the whole project; what it cannot use at all gives None.
"""

from __future__ import annotations

from typing import Any

from app.scan.records import COUNTED_KINDS, CopyResult, Counts, Passage, ScanReport, Unreadable

VIEW_KEY = "scan"
SAVED_VERSION = 1
#: Copies and unreadable files kept in a project, at most (the best ones; a project stays small).
MAX_SAVED = 500
_COUNTS = ("documents", "candidates", "borrowed", "unreadable", "skipped")


def scan_to_view(report: ScanReport, folder: str) -> dict[str, Any]:
    """The scan's part of a project's view state (JSON-compatible)."""
    return {
        "version": SAVED_VERSION,
        "folder": folder,
        "original_sha256": report.original.sha256,
        "counts": report.counts.to_dict(),
        "interrupted": report.interrupted,
        "copies": [c.to_dict() for c in report.copies[:MAX_SAVED]],
        "unreadable": [u.to_dict() for u in report.unreadable[:MAX_SAVED]],
    }


def scan_from_view(data: Any) -> tuple[str, str, Counts, bool, tuple[CopyResult, ...], tuple[Unreadable, ...]] | None:
    """(folder, original sha256, counts, interrupted, copies, unreadable) from a project, or None."""
    if not isinstance(data, dict) or data.get("version") != SAVED_VERSION:
        return None
    folder, sha = data.get("folder"), data.get("original_sha256")
    if not isinstance(folder, str) or not isinstance(sha, str):
        return None
    raw_counts = data.get("counts")
    counts = Counts(**{k: _int(raw_counts.get(k)) for k in _COUNTS}) if isinstance(raw_counts, dict) else Counts()
    copies = tuple(c for c in map(_copy, _list(data.get("copies"))) if c is not None)
    unreadable = tuple(Unreadable(u["path"], u["reason"]) for u in _list(data.get("unreadable"))
                       if isinstance(u, dict) and isinstance(u.get("path"), str) and isinstance(u.get("reason"), str))
    return folder, sha, counts, data.get("interrupted") is True, copies, unreadable


def _list(value: Any) -> list[Any]:
    return value[:MAX_SAVED] if isinstance(value, list) else []


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62 else 0


def _share(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0.0 <= value <= 1.0:
        return float(value)
    return None


def _copy(d: Any) -> CopyResult | None:
    if not isinstance(d, dict):
        return None
    path, name, sha = d.get("path"), d.get("name"), d.get("sha256")
    reused, covered = _share(d.get("reused")), _share(d.get("covered"))
    raw_shares = d.get("shares")
    shares: dict[str, Any] = raw_shares if isinstance(raw_shares, dict) else {}
    if not (isinstance(path, str) and isinstance(name, str) and isinstance(sha, str)):
        return None
    if reused is None or covered is None:
        return None
    raw_counts = d.get("counts")
    counts: dict[str, Any] = raw_counts if isinstance(raw_counts, dict) else {}
    passages = tuple(p for p in map(_passage, _list(d.get("passages"))) if p is not None)
    facts = d.get("facts")
    return CopyResult(
        path=path, name=name, sha256=sha, chars=_int(d.get("chars")), reused=reused, covered=covered,
        passages=passages, counts=tuple((k, _int(counts.get(k))) for k in COUNTED_KINDS),
        added=_share(shares.get("added")) or 0.0, omitted=_share(shares.get("omitted")) or 0.0,
        duplicated=_share(shares.get("duplicated")) or 0.0,
        facts=tuple((k, _int(v)) for k, v in facts.items() if isinstance(k, str)) if isinstance(facts, dict) else None,
        linked=reused)


def _passage(d: Any) -> Passage | None:
    if not isinstance(d, dict):
        return None
    left, right = _span(d.get("left")), _span(d.get("right"))
    similarity = _share(d.get("similarity"))
    ltext, rtext = d.get("original_text"), d.get("copy_text")
    if left is None or right is None or similarity is None or not isinstance(ltext, str) or not isinstance(rtext, str):
        return None
    deleted = tuple(s for s in map(_span, _list(d.get("deleted"))) if s is not None and s[1] <= len(ltext))
    inserted = tuple(s for s in map(_span, _list(d.get("inserted"))) if s is not None and s[1] <= len(rtext))
    return Passage(left, right, similarity, ltext, rtext, (), deleted, inserted)


def _span(value: Any) -> tuple[int, int] | None:
    if (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and not isinstance(v, bool)
                                                             for v in value) and 0 <= value[0] <= value[1]):
        return value[0], value[1]
    return None
