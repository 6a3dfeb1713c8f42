"""``compare``: the engine's one entry point.

A comparison costs about 0.1 ms a sentence on this 2-core machine (more when
every sentence differs), in steps that are linear but many. Texts of more
than MAX_SENTENCES sentences on a side are refused with one line, before the
work starts: a megabyte of one-line sentences ("Anna Smith met Bob Jones."
40,000 times, a changed line every other line) took 6 to 12 s. Some 25,000
sentences is about 2.5 MB of news prose.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from app.documents.errors import DocumentError
from app.documents.model import Document
from app.engine.align import Thresholds, align
from app.engine.build import build
from app.engine.options import CompareOptions
from app.engine.records import Comparison
from app.engine.segment import sentences
from app.engine.similarity import Profiles
from app.engine.tokens import content_tokens, sentence_key

__all__ = ["MAX_SENTENCES", "CompareOptions", "TooManySentences", "compare", "no_gc_pauses"]

MAX_SENTENCES = 25_000


class TooManySentences(DocumentError):
    """A text with more sentences than a comparison takes (one line, naming the text); ``side``
    is "left" (the original) or "right" (the copy)."""

    def __init__(self, name: str, reason: str, side: str) -> None:
        super().__init__(name, reason)
        self.side = side


def compare(left: Document | str, right: Document | str,
            options: CompareOptions | None = None) -> Comparison:
    """Compare an ORIGINAL (left) with a COPY (right), sentence by sentence, then word by word.

    Raises TooManySentences (a DocumentError) for a side of more than MAX_SENTENCES sentences.
    """
    with no_gc_pauses():
        return _compare(left, right, options or CompareOptions())


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """The engine allocates many small, short-lived objects and no cycles: the cyclic
    collector's full passes would only make a long comparison grow faster than linearly.
    (Reports of a long comparison too: each full pass reads all of its records.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _compare(left: Document | str, right: Document | str, options: CompareOptions) -> Comparison:
    ldoc = left if isinstance(left, Document) else Document.from_text(left, "original")
    rdoc = right if isinstance(right, Document) else Document.from_text(right, "copy")
    ls, rs = sentences(ldoc.text), sentences(rdoc.text)
    for doc, found, side, role in ((ldoc, ls, "left", "original"), (rdoc, rs, "right", "copy")):
        if len(found) > MAX_SENTENCES:
            raise TooManySentences(doc.name or role, f"too many sentences to compare ({len(found):,}; "
                                                     f"the limit is {MAX_SENTENCES:,} a text)", side)
    ltexts = [ldoc.text[s.start:s.end] for s in ls]
    rtexts = [rdoc.text[s.start:s.end] for s in rs]
    # Each distinct sentence is read once (a sentence repeated, on either side).
    distinct = dict.fromkeys(ltexts + rtexts)
    forms: dict[str, str] = {}  # each distinct word's form, found once for the comparison
    tokens = {t: content_tokens(t, forms) for t in distinct}
    keys = {t: sentence_key(t, options) for t in distinct}
    profiles = Profiles(list(map(tokens.__getitem__, ltexts)), list(map(tokens.__getitem__, rtexts)))
    lkeys = list(map(keys.__getitem__, ltexts))
    rkeys = list(map(keys.__getitem__, rtexts))
    lplace = [s.start / max(1, len(ldoc.text)) for s in ls]
    rplace = [s.start / max(1, len(rdoc.text)) for s in rs]
    alignment = align(profiles, lkeys, rkeys, Thresholds.for_sensitivity(options.sensitivity), lplace, rplace)
    return build(ldoc, rdoc, ls, rs, lkeys, rkeys, alignment, options)
