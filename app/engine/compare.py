"""``compare``: the engine's one entry point."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from app.documents.model import Document
from app.engine.align import Thresholds, align
from app.engine.build import build
from app.engine.options import CompareOptions
from app.engine.records import Comparison
from app.engine.segment import sentences
from app.engine.similarity import Profiles
from app.engine.tokens import content_tokens, sentence_key

__all__ = ["CompareOptions", "compare"]


def compare(left: Document | str, right: Document | str,
            options: CompareOptions | None = None) -> Comparison:
    """Compare an ORIGINAL (left) with a COPY (right), sentence by sentence, then word by word."""
    with _no_gc_pauses():
        return _compare(left, right, options or CompareOptions())


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """The engine allocates many small, short-lived objects and no cycles: the cyclic
    collector's full passes would only make a long comparison grow faster than linearly."""
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
    ltexts = [ldoc.text[s.start:s.end] for s in ls]
    rtexts = [rdoc.text[s.start:s.end] for s in rs]
    profiles = Profiles([content_tokens(t) for t in ltexts], [content_tokens(t) for t in rtexts])
    lkeys = [sentence_key(t, options) for t in ltexts]
    rkeys = [sentence_key(t, options) for t in rtexts]
    lplace = [s.start / max(1, len(ldoc.text)) for s in ls]
    rplace = [s.start / max(1, len(rdoc.text)) for s in rs]
    alignment = align(profiles, lkeys, rkeys, Thresholds.for_sensitivity(options.sensitivity), lplace, rplace)
    return build(ldoc, rdoc, ls, rs, lkeys, rkeys, alignment, options)
