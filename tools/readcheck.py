"""Read every text file in some folders as Verso would, and report any file refused or any word lost.

    .venv/bin/python tools/readcheck.py [--show N] [--read-as auto] FOLDER_OR_FILE...

For each file, the Document that ``read_document`` builds (``--read-as``,
auto by default) is compared with the file's own words: the bytes decoded
as UTF-8 (cp1252 where they are not UTF-8) and repaired as Verso repairs
text (C1 controls, mojibake: app/documents/repair.py; the words that repair
rewrote are counted apart). A word of the file that the Document lacks
(counted with repeats) is a lost word. Markup is not words: tags of HTML
and character references ("&nbsp;"); a link's address counts as kept.

Prints one line per refused file and per file that lost words, then totals.
Exits 1 if any file was refused or lost a word.

Example: tools/readcheck.py ../shared/corpus/pan13-train/src ../shared/corpus/pan13-train/susp
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.documents import DocumentError, read_document  # noqa: E402
from app.documents.reader import READ_AS_CHOICES  # noqa: E402
from app.documents.repair import repair_text  # noqa: E402

_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>]{0,2000})?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,10}|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});")


def file_words(data: bytes) -> tuple[Counter[str], int]:
    """The words of a file's bytes, read as simply as possible and repaired,
    without markup; and how many words repair rewrote."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")
    text = _ENTITY.sub(" ", _TAG.sub(" ", text))
    raw = Counter(_WORD.findall(text))
    repaired = Counter(_WORD.findall(repair_text(text)))
    return repaired, sum((raw - repaired).values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--read-as", default="auto", choices=READ_AS_CHOICES)
    parser.add_argument("--show", type=int, default=8, help="lost words to show per file")
    args = parser.parse_args(argv)
    files: list[Path] = []
    for path in args.paths:
        files.extend(sorted(p for p in path.rglob("*.txt")) if path.is_dir() else [path])
    refused = lossy = words_total = words_lost = words_repaired = 0
    kinds: Counter[str] = Counter()
    started = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        try:
            doc = read_document(path, args.read_as)
        except DocumentError as error:
            refused += 1
            print(f"REFUSED {error}")
            continue
        kinds[f"{doc.read_as}/{doc.encoding}"] += 1
        expected, repaired = file_words(data)
        got = Counter(_WORD.findall(doc.text))
        got.update(_WORD.findall(" ".join(style.href or "" for style in doc.styles)))
        missing = expected - got
        lost = sum(missing.values())
        words_total += sum(expected.values())
        words_repaired += repaired
        if lost > 0:
            lossy += 1
            words_lost += lost
            shown = ", ".join(f"{w!r}x{n}" if n > 1 else repr(w) for w, n in missing.most_common(args.show))
            print(f"LOST {lost} words in {path} (read as {doc.read_as}): {shown}")
    seconds = time.perf_counter() - started
    print(
        f"{len(files)} files in {seconds:.1f} s; refused {refused}; lost words in {lossy} files "
        f"({words_lost} of {words_total} words); words rewritten by repair {words_repaired}; "
        f"read as: {', '.join(f'{k} {n}' for k, n in kinds.most_common())}"
    )
    return 1 if refused or lossy else 0


if __name__ == "__main__":
    sys.exit(main())
