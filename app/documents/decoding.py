"""Bytes to str: byte-order marks, UTF-8, UTF-16/32, then charset-normalizer.

The order matters: a byte-order mark is proof, strict UTF-8 almost never
decodes text that is not UTF-8, BOM-less UTF-16 shows itself by its zero
bytes, and only then is the guess left to charset-normalizer (cp1252,
latin-1 and the like).

Only real binary data is refused: text whose control characters (other than
the ones web text carries by mistake, see repair.py) are more than 1% of it.
A few stray NULs or control bytes in a text file do not make it binary.
Decoded text is then repaired (repair.repair_text): C1 controls read as the
cp1252 punctuation they stand for, mojibake decoded again, NULs as U+FFFD.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from app.documents.errors import DocumentError
from app.documents.repair import JUNK_CONTROL, repair_text

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Binary data, not text: more of these control characters than 1% of the
# text, and more than a few (one NUL in a short file is a stray, not a sign).
_MAX_CONTROL_RATIO = 0.01
_MIN_CONTROLS = 4
_JUNK_BYTES = bytes(b for b in range(128) if JUNK_CONTROL.match(chr(b)))
_WESTERN = frozenset({"cp1252", "iso8859-1", "iso8859-15", "latin-1"})
_CHAOS_TIE = 0.02
# Mainframe code pages: never a journalist's file, often a wrong guess.
_EBCDIC = frozenset({"cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140"})
# Letters of Latin-1 and cp1252, and the symbols Western texts use.
_WESTERN_LETTERS = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸƒ")
_WESTERN_SYMBOLS = frozenset("\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±´µ¶·¸º»¿×÷€‚„…†‡ˆ‰‹›‘’“”•–—˜™")
_INWORD_SYMBOLS = frozenset("’‘\u00ad·–—")  # don’t, co-operate
_COMPARE_BYTES = 65536


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the name of the encoding it was read with."""

    text: str
    encoding: str


def decode_bytes(data: bytes, label: str) -> Decoded:
    """Decode a document's bytes; raise DocumentError if they are not text.

    ``label`` names the input in error messages. A leading byte-order mark
    is not part of the returned text. An HTML page's own <meta charset> is
    honoured when the bytes are not UTF-8.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise DocumentError(
                    label, f"the text is marked as {name.upper()} but is not valid {name.upper()}"
                ) from None
            return Decoded(checked_text(text, label), name)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # UTF-16 of ASCII text is valid UTF-8 too, every other byte a NUL: look at the
        # zero bytes first, so such a file is not called binary.
        utf16 = _bomless_utf16(data) if "\x00" in text else None
        if utf16 is not None:
            return Decoded(checked_text(utf16.text, label), utf16.encoding)
        return Decoded(checked_text(text, label), "utf-8")

    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return Decoded(checked_text(utf16.text, label), utf16.encoding)

    declared = _declared_charset(data)
    if declared is not None:
        try:
            return Decoded(checked_text(data.decode(declared), label), declared)
        except UnicodeDecodeError:
            pass

    if _too_many_controls(len(data) - len(data.translate(None, _JUNK_BYTES)), len(data)):
        raise DocumentError(label, "this looks like a binary file, not text")

    guessed = _guess_single_byte(data)
    if guessed is None:
        raise DocumentError(label, "could not work out the text encoding (tried UTF-8, UTF-16 and cp1252/latin-1)")
    return Decoded(checked_text(guessed.text, label), guessed.encoding)


# Codecs that Python finds by name but that no page is written in: they decode escapes or
# domain names, or always fail ("undefined": a UnicodeError, not a decoding error, and a
# traceback). Bytes-to-bytes codecs (rot13, zlib, base64...) are no text encodings at all.
_NOT_PAGE_ENCODINGS = frozenset({"undefined", "idna", "punycode", "utf-7", "unicode-escape", "raw-unicode-escape"})
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        info = codecs.lookup(match.group(1).decode("ascii"))
    except LookupError:
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_PAGE_ENCODINGS:
        return None  # '<meta charset="rot13">' was a traceback ("not a text encoding")
    if name.startswith(("utf-16", "utf-32")):
        return None  # a page that says so in ASCII bytes is not UTF-16
    if name == "iso8859-1":
        return "cp1252"  # as browsers do: latin-1 pages use cp1252's quotes
    return name


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark, recognised by where its zero bytes fall."""
    if len(data) < 2 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    units = len(data) // 2
    if odd_zeros >= 0.3 * units and even_zeros <= 0.05 * units:
        codec = "utf-16-le"
    elif even_zeros >= 0.3 * units and odd_zeros <= 0.05 * units:
        codec = "utf-16-be"
    else:
        return None
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return None


def _guess_single_byte(data: bytes) -> Decoded | None:
    """Ask charset-normalizer, preferring cp1252 when it fits as well as the best.

    First, a cp1252 reading that looks like a Western-language text (few
    accented letters, inside words of ASCII letters; typographic punctuation
    not wedged between letters) is taken as is. Other code pages read as
    cp1252 fail that test: Cyrillic or Greek words become runs of accented
    letters, Polish or Czech letters become symbols such as "³" or "¹".
    On short texts charset-normalizer ranks many single-byte code pages as
    equally good ("café" is as plausible in cp1125 as in cp1252), and it
    keeps only one of several encodings that decode the bytes identically.
    A Western text is far likelier here, so cp1252 wins any such tie.
    """
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausibly_western(western):
        return Decoded(western, "cp1252")
    try:
        from charset_normalizer import from_bytes

        matches = [m for m in from_bytes(data) if _codec_name(m.encoding) not in _EBCDIC]
    except Exception:  # a guesser's failure is not the user's problem
        matches = []
    if not matches:
        return Decoded(western, "cp1252") if western is not None else None
    floor = min(match.chaos for match in matches)
    if western is not None:
        head = data[:_COMPARE_BYTES]
        western_head = head.decode("cp1252")
        for match in matches:
            if match.chaos > floor + _CHAOS_TIE:
                continue
            codec = _codec_name(match.encoding)
            if codec in _WESTERN or head.decode(codec, "replace") == western_head:
                return Decoded(western, "cp1252")
    for match in sorted(matches, key=lambda m: m.chaos):
        try:
            return Decoded(data.decode(match.encoding), _codec_name(match.encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    return Decoded(western, "cp1252") if western is not None else None


def _plausibly_western(text: str) -> bool:
    """True if ``text`` reads like a Western European language, not mojibake."""
    high = ascii_letters = high_letters = 0
    for index, ch in enumerate(text):
        if ch < "\x80":
            if ch.isalpha():
                ascii_letters += 1
            continue
        high += 1
        if ch in _WESTERN_LETTERS:
            high_letters += 1
        elif ch in _WESTERN_SYMBOLS:
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            if ch not in _INWORD_SYMBOLS and before.isalpha() and after.isalpha():
                return False
        else:
            return False
    return high > 0 and high_letters <= 0.35 * max(ascii_letters, 1)


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def checked_text(text: str, label: str) -> str:
    """Decoded text, repaired (see repair.py), unless its control characters say
    it is binary data: then raise DocumentError."""
    if _too_many_controls(len(JUNK_CONTROL.findall(text)), len(text)):
        raise DocumentError(label, "this looks like a binary file, not text")
    return repair_text(text)


def _too_many_controls(controls: int, length: int) -> bool:
    return controls >= _MIN_CONTROLS and controls > _MAX_CONTROL_RATIO * length
