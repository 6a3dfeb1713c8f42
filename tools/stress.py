"""Harder variants of pairgen's pairs, to keep the engine general (not tuned to one generator).

    .venv/bin/python tools/stress.py [--count N] [--only VARIANT] [--show]

Variants: heavy (more synonyms, clauses swapped), wrapped (copy hard-wrapped at
70 columns), curly (typographic quotes and dashes in the copy), redup (the
duplicated paragraph lightly reworded), crlf (Windows line endings in the copy).
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(SHARED / "tools"))
    sys.path.insert(0, str(ROOT))
    import pairgen  # type: ignore[import-not-found]
    from devscore import print_misses  # type: ignore[import-not-found]

    from app import compare
    from app.documents import read_document

    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 30
    original_reword = pairgen.reword

    def heavy(sentence: str, rng: random.Random) -> str:
        out = sentence
        for word, repl in pairgen.SYNONYMS.items():
            out = re.sub(r"\b" + re.escape(word) + r"\b", repl, out)
        m = re.match(r"^(.{20,}?), (\w+ (?:said|says|added|stated)[^,]*)\.$", out)
        if m:
            out = m.group(2)[0].upper() + m.group(2)[1:] + " that " + m.group(1)[0].lower() + m.group(1)[1:] + "."
        return original_reword(out, rng) if out == sentence else out

    def run_variant(name: str, transform_copy=None, reword=None) -> None:
        pairgen.reword = reword or original_reword
        with tempfile.TemporaryDirectory() as d:
            pairgen.make(SHARED / "corpus" / "bbc", Path(d), 11, count)
            if transform_copy:
                for copy in Path(d).glob("*-copy.txt"):
                    copy.write_bytes(transform_copy(copy.read_text(encoding="utf-8")).encode("utf-8"))

            def fake_run(command, capture_output=True, text=True, timeout=None):
                res = compare(read_document(command[-2]), read_document(command[-1]))
                return subprocess.CompletedProcess(command, 0, json.dumps(res.to_dict()), "")

            pairgen.subprocess.run = fake_run
            if "--show" in argv:
                print_misses(pairgen, Path(d), f"{name} ")
            report = pairgen.score(Path(d), ["x"])
        flat = {k: v.get("f1", v.get("matched")) for k, v in report.items()}
        print(f"{name:8s}", json.dumps(flat))

    def wrap(text: str) -> str:
        return "\n\n".join("\n".join(textwrap.wrap(p, 70)) for p in text.split("\n\n"))

    def curly(text: str) -> str:
        text = re.sub(r'"(\w)', "\u201c\\1", text)
        text = text.replace('"', "\u201d").replace("'", "\u2019").replace(" - ", " \u2013 ")
        return text

    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    if only:
        variants = {"plain": {}, "heavy": {"reword": heavy}, "wrapped": {"transform_copy": wrap},
                    "curly": {"transform_copy": curly}, "crlf": {"transform_copy": lambda t: t.replace("\n", "\r\n")}}
        run_variant(only, **variants[only])
        pairgen.reword = original_reword
        return 0
    run_variant("plain")
    run_variant("heavy", reword=heavy)
    run_variant("wrapped", transform_copy=wrap)
    run_variant("curly", transform_copy=curly)
    run_variant("crlf", transform_copy=lambda t: t.replace("\n", "\r\n"))
    pairgen.reword = original_reword
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
