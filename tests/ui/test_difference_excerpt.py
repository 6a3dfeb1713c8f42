"""The differences list's excerpt of a difference (ui.panels.differences.excerpt)."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from app import Difference
from app.documents.model import Document
from ui.panels.differences import EXCERPT, excerpt

_TEXT = st.text(alphabet=st.sampled_from("ab \t\n\u00a0\u2003\x1c\u3000é"), max_size=400)


def _old_excerpt(text: str, span: tuple[int, int]) -> str:
    """What it was: the whole span's text split (a 1 MB span took 77 ms of the turn showing it)."""
    folded = " ".join(text[span[0]:span[1]].split())
    return folded if len(folded) <= EXCERPT else folded[: EXCERPT - 1].rstrip() + "…"


@given(_TEXT, st.integers(0, 400), st.integers(0, 400))
def test_excerpt_is_the_span_folded_onto_one_line_and_shortened(text: str, a: int, b: int) -> None:
    span = (min(a, b, len(text)), min(max(a, b), len(text)))
    comparison = SimpleNamespace(document=lambda _side: Document.from_text(text))
    diff = Difference(1, "added", None, span)
    assert excerpt(comparison, diff) == _old_excerpt(text, span)  # type: ignore[arg-type]


def test_a_long_difference_is_read_only_as_far_as_its_excerpt() -> None:
    text = "word " * 200_000  # a 1 MB paragraph added
    reads = []

    class Counting(str):
        """A text whose reads past the excerpt would show as a long slice."""

        def __getitem__(self, key):  # type: ignore[no-untyped-def]
            reads.append(key)
            return str.__getitem__(self, key)

    comparison = SimpleNamespace(document=lambda _side: SimpleNamespace(text=Counting(text)))
    shown = excerpt(comparison, Difference(1, "added", None, (0, len(text))))  # type: ignore[arg-type]
    assert shown.endswith("…") and len(shown) == EXCERPT
    assert all(not isinstance(k, slice) or (k.stop or 0) - (k.start or 0) <= 4 * EXCERPT for k in reads)
