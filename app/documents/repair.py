"""Decoded text repaired: characters that went through a wrong encoding on the way.

Web text is full of it, and a comparison should see the words, not the damage:

- C1 control characters (U+0080-U+009F) in text are cp1252 bytes read as
  Latin-1 somewhere upstream ("What\\x92s" for "What’s"); they become the
  cp1252 punctuation they stand for, as browsers do. The five bytes cp1252
  leaves undefined stay as they are.
- The C0 controls U+0013, U+0014, U+0018 and U+0019 inside text are U+2013,
  U+2014, U+2018 and U+2019 (dashes and curly quotes) whose high byte a
  converter dropped ("don\\x19t"); the PAN/ClueWeb web-page corpus has
  hundreds. They are read as those dashes and quotes.
- Mojibake: UTF-8 read as cp1252, Latin-1, cp1251 and the like ("donâ€™t",
  "cafÃ©") is decoded again, with ftfy's tables, codecs and badness test.
- A NUL is read as U+FFFD, as HTML parsers do: a stray NUL marks lost data,
  and the words either side of it stay apart.

Cost: text with nothing to repair costs a few regex scans (15-40 ms per MB
here) and does not even import ftfy (0.1-0.2 s). Each distinct run of
suspect characters is judged once, so text with mojibake costs one more
scan and a dictionary look-up per run. Everything is linear in the length.
"""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace

# Control characters that no text means: C0 but for tab, line feed, vertical
# tab, form feed, carriage return and the four truncated punctuation marks;
# and DEL. C1 is left out: it is punctuation (see above).
JUNK_CONTROL = re.compile("[\x00-\x08\x0e-\x12\x15-\x17\x1a-\x1f\x7f]")
_TRUNCATED = {"\x13": "\u2013", "\x14": "\u2014", "\x18": "\u2018", "\x19": "\u2019"}
_TRUNCATED_RE = re.compile("[\x13\x14\x18\x19]")
_C1 = re.compile("[\x80-\x9f]")
_C1_AS_CP1252 = {chr(b): bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xA0)}
# A cheap superset of ftfy's sign of mojibake (a lead character of UTF-8 read
# in a single-byte code page, then a continuation character): a letter of
# Latin-1, Latin Extended-A, Greek or Cyrillic, then a character of the upper
# half of Latin-1, Latin Extended-A, spacing accents, Greek tonos, Cyrillic
# Ё-Џ/ё-џ/Ґ, or cp1252's punctuation. Text without it needs no ftfy at all.
_HINT = re.compile(
    "[\u00c0-\u017f\u0370-\u045f]"
    "[\u00a0-\u00bf\u0100-\u017f\u0192\u02c6-\u02dd\u0384-\u038f\u0400-\u040f\u0450-\u045f"
    "\u0490\u0491\u2013-\u203a\u20ac\u2116\u2122]"
)


def repair_text(text: str) -> str:
    """``text`` with C1 controls, truncated punctuation, mojibake and NULs repaired.

    Text that needs no repair comes back unchanged.
    """
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    if _TRUNCATED_RE.search(text):
        text = _TRUNCATED_RE.sub(lambda m: _TRUNCATED[m.group()], text)
    if text.isascii():
        return text
    if _C1.search(text):
        # Before the mojibake pass: "â\x80\x99" (UTF-8 read as Latin-1) becomes
        # "â€™" (read as cp1252), which that pass knows as well.
        text = _C1.sub(lambda m: _C1_AS_CP1252[m.group()], text)
    if _HINT.search(text) is None:
        return text
    ftfy = _ftfy()
    runs = set(ftfy.run.findall(text))
    if not runs:
        return text
    # Each distinct run is judged once (the same few come back again and again:
    # "â€™"), by ftfy's badness test: "ß—" is also a valid UTF-8 sequence.
    judged = {run: _repaired_run(run, ftfy) for run in runs}
    changed = sum(fixed != run for run, fixed in judged.items())
    if not changed:
        return text
    if changed == len(judged):
        # Mojibake throughout (a whole file read in the wrong code page): the
        # same result in one pass, if every other character is ASCII.
        whole = _redecoded(text, ftfy)
        if whole is not None:
            return whole
    return ftfy.run.sub(lambda match: judged[match.group()], text)


@cache
def _ftfy() -> SimpleNamespace:
    """ftfy's tables, codecs and tests, imported on first need (0.1-0.2 s)."""
    import ftfy.bad_codecs  # noqa: F401  # registers the sloppy-windows-* codecs
    from ftfy.badness import is_bad
    from ftfy.chardata import CHARMAP_ENCODINGS, UTF8_CLUES, UTF8_DETECTOR_RE
    from ftfy.fixes import restore_byte_a0

    # Runs of lead and continuation characters of UTF-8 read in a single-byte
    # code page ("â€™", "Ã©"): where mojibake can be. One character class first,
    # so the scan is fast; bounded repeats, so it is linear.
    leads = UTF8_CLUES["utf8_first_of_2"] + UTF8_CLUES["utf8_first_of_3"] + UTF8_CLUES["utf8_first_of_4"]
    continuations = UTF8_CLUES["utf8_continuation"].replace(" ", "")
    run = re.compile(f"[{leads}][{continuations}]{{1,3}}(?:[{leads}][{continuations}]{{1,3}})*")
    return SimpleNamespace(
        run=run,
        is_bad=is_bad,
        encodings=tuple(CHARMAP_ENCODINGS),
        detector=UTF8_DETECTOR_RE,
        restore_byte_a0=restore_byte_a0,
    )


def _repaired_run(run: str, ftfy: SimpleNamespace) -> str:
    if not ftfy.is_bad(run):
        return run  # genuine letters, such as Ukrainian "ії"
    fixed = _redecoded(run, ftfy)
    if fixed is not None:
        return fixed
    # The run took in a genuine neighbour ("Ã©»"): ftfy's exact detector splits it.
    return str(ftfy.detector.sub(lambda m: _repaired_exact(m.group(), ftfy), run))


def _repaired_exact(run: str, ftfy: SimpleNamespace) -> str:
    return (_redecoded(run, ftfy) or run) if ftfy.is_bad(run) else run


def _redecoded(text: str, ftfy: SimpleNamespace) -> str | None:
    """``text`` encoded back to the bytes a single-byte code page made of it and read
    as UTF-8, if that works for one of the code pages ftfy knows; else None."""
    for encoding in ftfy.encodings:
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if encoding.startswith("sloppy"):
            # A no-break space of the UTF-8 may have become a space ("voilÃ le").
            restored = ftfy.restore_byte_a0(data)
            if restored != data:
                try:
                    return str(restored.decode("utf-8"))
                except UnicodeDecodeError:
                    pass
    return None
