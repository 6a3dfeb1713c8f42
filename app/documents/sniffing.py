"""Looking at content to decide how to read it.

Two questions: is this a known binary format (by its magic number), and
does a text carry clear Markdown/HTML markup. The second must be
conservative: ordinary news text with "$1.13bn (£600m)", a footnote
asterisk, a hash or brackets is plain text, so only markup that plain
prose essentially never contains counts as a signal.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (magic bytes, description) for formats that are certainly not plain text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or a Word/OpenDocument file)"),
    (b"PK\x05\x06", "a zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "a program (ELF)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "a compiled program"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
)


def binary_kind(data: bytes) -> str | None:
    """A description of the binary format ``data`` starts with, or None."""
    for magic, description in _MAGIC:
        if data.startswith(magic):
            return description
    if data[:4] == b"RIFF" and data[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return "a media file"
    return None


# Backslash-escaped ASCII punctuation, as Markdown writers emit it ("\$500bn",
# "\*", "1\."). A doubled backslash (Windows UNC paths) does not count, and a
# path such as "C:\Users" has no punctuation after its backslashes. Quotes and
# the slash do not count either: JSON and program code escape them (scraped
# pages are full of '{"t":\"Account\"}' and "http:\/\/"), Markdown writers don't.
# (The pattern starts with the backslash, the look-behind after it, so that a search skips from
# backslash to backslash instead of trying it at every offset: 20 ms a MB.)
_ESCAPE = re.compile(r"\\(?<!\\\\)[!#$%&()*+,\-.:;<=>?@\[\]^_`{|}~]")
# **strong** or __strong__ around words on one line, not touching word
# characters. Bounded repeats keep the search linear on hostile input.
_STRONG = re.compile(
    r"(?<![\w*])\*\*(?=[^\s*])[^*\n]{1,300}?(?<=[^\s*])\*\*(?![\w*])"
    r"|(?<![\w_])__(?=[^\s_])[^_\n]{1,300}?(?<=[^\s_])__(?![\w_])"
)
# A matched inline HTML tag pair: <u>…</u>, <b>…</b>, <a href=…>…</a>…
_HTML_PAIR = re.compile(
    r"<(u|b|i|s|em|strong|del|ins|sub|sup|mark|code|small|span|p|li|h[1-6]|blockquote)"
    r"(?:\s[^<>]{0,200})?>[^<>]{0,2000}?</\1\s*>"
    r"|<a\s[^<>]{0,500}href=[^<>]{1,500}>[^<>]{0,500}?</a\s*>",
    re.IGNORECASE,
)
# [text](url) with a url that looks like one: a scheme, a path, an anchor. (Written "![" or "["
# rather than "!?[", so that a search skips to the next "!" or "[" at once.)
_LINK = re.compile(
    r"(?:!\[|\[)[^\[\]\n]{1,300}\]\((?:https?://|mailto:|www\.|/|\./|\.\./|#)[^\s()]{0,500}"
    r"(?:\s+\"[^\"\n]{0,200}\")?\)"
)


def _has_strong(text: str) -> bool:
    # __ needs two words inside, so that a Python name like __init__ is no signal.
    if "**" not in text and "__" not in text:  # _STRONG, tried at every offset, costs 0.1 s a MB
        return False
    return any(m.group().startswith("**") or " " in m.group() for m in _STRONG.finditer(text))


_SIGNALS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("escaped punctuation", lambda text: _ESCAPE.search(text) is not None),
    ("strong emphasis", _has_strong),
    ("HTML tags", lambda text: _HTML_PAIR.search(text) is not None),
    ("link", lambda text: _LINK.search(text) is not None),
)


def markup_signals(text: str) -> list[str]:
    """The kinds of unambiguous Markdown/HTML markup found in ``text``."""
    return [name for name, found in _SIGNALS if found(text)]


def looks_like_markdown(text: str) -> bool:
    """True if ``text`` carries at least one unambiguous Markdown/HTML signal."""
    return any(found(text) for _, found in _SIGNALS)
