"""The one error type every reader raises for input it cannot read."""

from __future__ import annotations


class DocumentError(Exception):
    """A file or text that cannot be read as a document.

    ``str(error)`` is one human line naming the input, for example
    ``"copy.txt: this looks like a binary file, not text"``; ``name`` and
    ``reason`` hold its two halves for callers that lay them out themselves.
    """

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}" if name else reason)
