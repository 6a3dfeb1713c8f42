"""The per-document work of a scan: read, screen, compare in full. Pure functions.

Everything a worker needs travels in one immutable ``ScanJob`` (the
original, its fingerprint, the options); no function here keeps state
between calls, so ``scan_batch`` runs the same in this process, in a
process pool, or as a Dask bag's or Spark's map over partitions.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.documents.errors import DocumentError
from app.documents.model import Document
from app.engine.options import CompareOptions
from app.scan.candidates import Fingerprint, fingerprint, screen
from app.scan.passages import borrowed, borrowed_passages
from app.scan.records import COUNTED_KINDS, CopyResult, Outcome, Rejected, Unreadable

if TYPE_CHECKING:
    from app.engine.records import Comparison


@dataclass(frozen=True)
class ScanJob:
    """What every document of a scan is compared with, and how."""

    original: Document
    fingerprint: Fingerprint
    options: CompareOptions = field(default_factory=CompareOptions)
    read_as: str = "auto"
    facts: bool = False


def make_job(original: Document, options: CompareOptions | None = None, read_as: str = "auto",
             facts: bool = False) -> ScanJob:
    """A job for ``original``, its fingerprint taken once."""
    return ScanJob(original, fingerprint(original.text), options or CompareOptions(), read_as, facts)


def compare(original: Document, copy: Document, options: CompareOptions) -> Comparison:
    """``app.engine.compare.compare``, its module imported on first use: the window imports
    this one for its Copies tab at start, and the engine (segmenting, aligning: ~45 ms of
    imports) is needed only where a scan compares; the window compares in a child process."""
    from app.engine.compare import compare as engine_compare

    return engine_compare(original, copy, options)


def compare_copy(job: ScanJob, copy: Document, path: str) -> CopyResult:
    """The full comparison of the original with one document, reduced to what a scan reports."""
    comparison = compare(job.original, copy, job.options)
    article = [d for d in comparison.differences if not d.furniture]
    counts = tuple((k, sum(1 for d in article if d.kind == k)) for k in COUNTED_KINDS)
    facts = None
    if job.facts:
        from app.facts import check_facts  # only with --facts: its gazetteer takes a while to load
        from app.facts.budget import TooManyFacts

        try:
            facts = tuple(check_facts(comparison).summary().items())
        except TooManyFacts:  # the facts check's budget, not the comparison's: the copy is still ranked
            facts = None  # (it was listed as unreadable, "the comparison itself is unaffected")
    s = comparison.summary
    passages = borrowed_passages(comparison)
    # Without evidence of borrowing, the links are the loose ones that two texts on one story
    # share (names, stock phrases): the document did not borrow.
    took = borrowed(comparison, passages)
    return CopyResult(path=path, name=os.path.basename(path) or path, sha256=copy.sha256,
                      chars=len(copy.text), reused=s.reused if took else 0.0,
                      covered=max(0.0, 1.0 - s.omitted) if took else 0.0,
                      passages=passages if took else (), counts=counts, added=s.added,
                      omitted=s.omitted, duplicated=s.duplicated, facts=facts,
                      linked=s.reused)


def compare_batch(job: ScanJob, docs: Iterable[tuple[str, Document]]) -> list[CopyResult]:
    """``compare_copy`` over a batch of (path, document) pairs, in order."""
    return [compare_copy(job, doc, path) for path, doc in docs]


def scan_document(job: ScanJob, path: str) -> Outcome:
    """Read one file, screen it, and compare it in full if it shares enough with the original.

    Never raises for a bad file: it comes back as ``Unreadable`` with its one-line reason.
    """
    from app.documents.reader import read_document

    try:
        doc = read_document(path, job.read_as)
    except DocumentError as error:
        return Unreadable(path, error.reason)
    verdict = screen(job.fingerprint, doc.text)
    if not verdict.candidate:
        return Rejected(path, verdict.shared_ngrams, verdict.word_share)
    try:
        return compare_copy(job, doc, path)
    except RecursionError:
        return Unreadable(path, "could not be compared (too deeply nested)")
    except Exception as error:  # one document the engine trips on must not end a scan of thousands
        return Unreadable(path, f"could not be compared ({type(error).__name__}: {error})")


def scan_batch(job: ScanJob, paths: Iterable[str]) -> list[Outcome]:
    """``scan_document`` over a batch of paths, in order."""
    return [scan_document(job, p) for p in paths]


def scan_text(job: ScanJob, path: str, text: str) -> Outcome:
    """The same for a document already read as plain text (an archive's records, a Spark
    ``wholeTextFiles`` pair): screened, and compared in full if it shares enough."""
    verdict = screen(job.fingerprint, text)
    if not verdict.candidate:
        return Rejected(path, verdict.shared_ngrams, verdict.word_share)
    try:
        return compare_copy(job, Document.from_text(text, os.path.basename(path) or path), path)
    except Exception as error:  # as in scan_document: one bad record must not end the job
        return Unreadable(path, f"could not be compared ({type(error).__name__}: {error})")


def scan_texts(job: ScanJob, records: Iterable[tuple[str, str]]) -> list[Outcome]:
    """``scan_text`` over a batch of (path, text) records, in order."""
    return [scan_text(job, path, text) for path, text in records]
