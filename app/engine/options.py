"""Options a reader can set for a comparison."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class CompareOptions:
    """How strictly two texts are compared.

    ignore_case: "Minister" and "minister" are the same word.
    ignore_punctuation: commas, full stops and the like are never edits.
    ignore_typography: curly and straight quotes, dash kinds, ellipses and
        non-breaking spaces count as the same character (on by default: a
        web page and a word processor rarely agree on them).
    sensitivity: 0..1, how readily a reworded sentence is linked to its
        source. Higher finds looser paraphrases; lower links only close ones.
    """

    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_typography: bool = True
    sensitivity: float = 0.5

    def __post_init__(self) -> None:
        if not 0.0 <= self.sensitivity <= 1.0:
            raise ValueError("sensitivity must be between 0 and 1")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CompareOptions:
        """Options from a dict, ignoring keys this version does not know."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
