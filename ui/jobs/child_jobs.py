"""The jobs the window hands to a child process (``ui.jobs.child_process``): no Qt here.

Each is a module-level function of picklable values returning picklable
values, so that a ``spawn`` child can import and run it.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from app.vocabulary import Side

WORD = re.compile(r"\S+")


def unpickle_comparison(blob: bytes) -> tuple[Any, Any, Any]:
    """(left, right, comparison) from ``read_and_compare``'s bytes."""
    left, right, comparison = pickle.loads(blob)
    return left, right, comparison


def read_and_compare(left: Any, right: Any, options: Any) -> tuple[Any, ...]:
    """Read the sides given as paths, compare, count words.

    Returns ``("ok", blob, words, shares, offset_maps, file_sha256)``, ``blob``
    the pickled ``(left, right, comparison)`` (a side None if not given; the
    comparison None unless both are; see ``unpickle_comparison``), ``shares``
    its ``copy_shares``, ``offset_maps`` each side's ``OffsetMap`` (regular
    expressions over the whole text: in the window's process they held its GIL
    ~50 ms for a megabyte), ``file_sha256`` each side's file digest as read
    (``Project.create``'s; None without a file), or,
    for a side that cannot be read or has more sentences than a comparison
    takes, ``("document", side, message)`` (a ``DocumentError``'s line) or
    ``("os", side, source, error)`` (an ``OSError``'s text).
    """
    from app import Document, compare
    from app.documents import DocumentError, read_document
    from app.engine.compare import TooManySentences
    from app.project.model import file_sha256
    from app.report.shares import copy_shares
    from ui.panes.offsets import OffsetMap

    docs: dict[Side, Document | None] = {}
    pair: tuple[tuple[Side, Any], ...] = (("left", left), ("right", right))
    for side, source in pair:
        if source is None or isinstance(source, Document):
            docs[side] = source
            continue
        try:
            docs[side] = read_document(Path(source))
        except DocumentError as exc:  # named by its file, as the comparison's refusals are
            return ("document", side, str(DocumentError(Path(source).name, exc.reason)))
        except OSError as exc:
            return ("os", side, str(source), str(exc))
    comparison = None
    if docs["left"] is not None and docs["right"] is not None:
        try:
            comparison = compare(docs["left"], docs["right"], options)
        except TooManySentences as exc:  # the engine's budget: one line, about one side
            return ("document", exc.side, str(exc))
    words = {side: len(WORD.findall(doc.text)) if doc is not None else 0
             for side, doc in docs.items()}
    blob = pickle.dumps((docs["left"], docs["right"], comparison), pickle.HIGHEST_PROTOCOL)
    maps = {side: OffsetMap(doc.text) for side, doc in docs.items() if doc is not None}
    digests = {side: file_sha256(doc.path) for side, doc in docs.items() if doc is not None}
    return ("ok", blob, words, copy_shares(comparison) if comparison is not None else None, maps, digests)


def check_facts(comparison: Any) -> Any:
    """``app.facts.check_facts(comparison)``; ``comparison`` may be the bytes it came in
    (``read_and_compare``'s blob, kept as ``Derived.pickled``)."""
    from app.facts import check_facts as check

    if isinstance(comparison, bytes):
        comparison = pickle.loads(comparison)[2]
    return check(comparison)


def export_report(comparison: Any, path: str, annotations: Any, options: Any, facts: Any) -> None:
    """``app.report.export_report`` of a long pair, in a child (a 1 MB pair's PDF took 75 s of
    the window's GUI thread); ``comparison`` may be the compare child's blob. A PDF imports the
    window's exporter (Qt, offscreen) here, in the child only."""
    from app.report import ReportSettings
    from app.report import export_report as export

    if isinstance(comparison, bytes):
        comparison = pickle.loads(comparison)[2]
    if path.lower().endswith(".pdf"):
        import ui.report_pdf  # noqa: F401  (registers the PDF exporter)
    export(comparison, path, annotations, ReportSettings(options=options, facts=facts))


def load_project(path: str) -> tuple[str, Any]:
    """``app.project.load_project(path)`` in a child: ``("ok", pickled project)`` or ``("error",
    its one line)`` (a big project's annotations: ~75 ms a megabyte to read, a hostile one
    under the child's memory ceiling)."""
    from app.project import ProjectError
    from app.project import load_project as load

    try:
        return ("ok", pickle.dumps(load(path), pickle.HIGHEST_PROTOCOL))
    except ProjectError as error:
        return ("error", str(error))
