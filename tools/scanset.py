"""A scan test set with known answers, and its scorer (issue 16).

For each ORIGINAL (an article of the corpus) a folder holds documents of three kinds:

  derived    copies of the original made with pairgen's edits (omitted, added,
             changed, moved and duplicated sentences; ../shared/tools/pairgen.py)
  press      "press-release" copies: 2-3 of the original's paragraphs, verbatim,
             amid the paragraphs of another article of the same section
  unrelated  other articles of the original's section (hundreds), none sharing a
             run of 8 words with the original (the BBC corpus holds a few real
             duplicates, and quotations that two stories both print)

File names are random, so nothing but the text tells the kinds apart; gold.json
gives each file's kind and, for press copies, the borrowed paragraphs' spans.

    python tools/scanset.py make OUT [--corpus DIR] [--seed N] [--originals K]
                                     [--derived D] [--press P] [--unrelated U]
    python tools/scanset.py score OUT [--jobs N] [-- COMMAND ...]
    python tools/scanset.py run [make options]       # make in a temporary folder, then score

``score`` runs ``verso scan ORIGINAL DOCS --format json`` on each folder (or
COMMAND, which gets ORIGINAL and DOCS appended and must print the verso-scan
JSON) and checks the targets of issue 16:

  1. every derived copy ranks above every unrelated document;
  2. every unrelated document has reused < 0.05 (a document the scan does not
     list has reused 0);
  3. every press copy has covered in 0.1..0.6, with its borrowed paragraphs
     found: at least 80% of each paragraph's characters inside a reported
     passage, on both sides.

It prints one line per folder and the totals, and exits 1 when a target is missed.
Other sets (another corpus, other seeds) are scored the same way.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "bbc"
PAIRGEN = SHARED / "tools" / "pairgen.py"

UNRELATED_MAX_REUSED = 0.05
PRESS_COVERED = (0.1, 0.6)
PASSAGE_FOUND = 0.8
SHARED_RUN = 8  # words in a row that make two articles related
_WORDS = re.compile(r"[^\W_]+")


def load_pairgen() -> ModuleType:
    """pairgen.py of the shared tools, imported as a module."""
    spec = importlib.util.spec_from_file_location("pairgen", PAIRGEN)
    assert spec and spec.loader, f"no pairgen at {PAIRGEN}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- making a set ------------------------------------------------------------------

def _runs(text: str) -> set[str]:
    words = _WORDS.findall(text.lower())
    return {" ".join(words[i:i + SHARED_RUN]) for i in range(len(words) - SHARED_RUN + 1)}


def _non_space(text: str) -> int:
    return len("".join(text.split()))


def press_copy(pg: ModuleType, original: str, host: str, rng: random.Random) -> tuple[str, list] | None:
    """2-3 paragraphs of ``original`` (in its order) amid the paragraphs of ``host``, and their spans."""
    _, paragraphs = pg.split_article(original)
    texts = [" ".join(p) for p in paragraphs]
    total = _non_space(original)
    for _ in range(50):
        k = rng.choice((2, 3))
        if len(texts) < k + 2:
            return None
        chosen = sorted(rng.sample(range(len(texts)), k))
        share = sum(_non_space(texts[i]) for i in chosen) / total
        if 0.15 <= share <= 0.5:
            break
    else:
        return None
    host_title, host_paragraphs = pg.split_article(host)
    pieces: list[tuple[str, int | None]] = [(" ".join(p), None) for p in host_paragraphs]
    slots = sorted(rng.sample(range(1, len(pieces) + 1), k)) if len(pieces) >= k else list(range(k))
    for offset, (slot, i) in enumerate(zip(slots, chosen, strict=True)):
        pieces.insert(slot + offset, (texts[i], i))
    copy = host_title + "\n\n"
    gold = []
    for n, (text, source) in enumerate(pieces):
        start = len(copy)
        copy += text + ("\n\n" if n < len(pieces) - 1 else "\n")
        if source is not None:
            left = original.index(texts[source])
            gold.append([[left, left + len(texts[source])], [start, start + len(text)]])
    return copy, gold


def make(out: Path, corpus: Path = CORPUS, seed: int = 1, originals: int = 4, derived: int = 4,
         press: int = 4, unrelated: int = 300) -> None:
    """Write ``originals`` folders (set-01, ...) of the scan set under ``out``."""
    pg = load_pairgen()
    rng = random.Random(seed)
    files = sorted(corpus.rglob("*.txt"))
    files = [f for f in files if f.name != "README.TXT"]
    sections: dict[Path, list[Path]] = {}
    for f in files:
        sections.setdefault(f.parent, []).append(f)

    def read(path: Path) -> str:
        return path.read_text(encoding="utf-8", errors="replace")

    chosen = [f for f in rng.sample(files, len(files)) if len(pg.split_article(read(f))[1]) >= 6][:originals]
    for n, source in enumerate(chosen, 1):
        folder = out / f"set-{n:02d}"
        docs = folder / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        siblings = [f for f in sections[source.parent] if f != source]
        article = read(source)
        donors = [read(f) for f in rng.sample(siblings, min(12, len(siblings)))]
        original = pg.make_pair(article, donors, random.Random(0))["left"]
        (folder / "original.txt").write_text(original, encoding="utf-8")
        names = iter(rng.sample(range(10**5, 10**6), derived + press + len(siblings)))
        gold: dict[str, dict] = {}
        for _ in range(derived):
            pair = pg.make_pair(article, donors, rng)
            assert pair["left"] == original
            name = f"{next(names)}.txt"
            (docs / name).write_text(pair["right"], encoding="utf-8")
            gold[name] = {"kind": "derived"}
        related = _runs(original)
        hosts = [f for f in rng.sample(siblings, len(siblings)) if not (_runs(read(f)) & related)]
        made = 0
        for host in hosts:
            if made == press:
                break
            result = press_copy(pg, original, read(host), rng)
            if result is None:
                continue
            name = f"{next(names)}.txt"
            (docs / name).write_text(result[0], encoding="utf-8")
            gold[name] = {"kind": "press", "passages": result[1]}
            made += 1
        for f in hosts[:unrelated]:
            name = f"{next(names)}.txt"
            (docs / name).write_text(read(f), encoding="utf-8")
            gold[name] = {"kind": "unrelated", "source": str(f.relative_to(corpus))}
        (folder / "gold.json").write_text(json.dumps(gold, indent=1), encoding="utf-8")


# ---- scoring -----------------------------------------------------------------------

def _covered(spans: list[list[int]], start: int, end: int, text: str) -> float:
    """Share of the non-space characters of text[start:end] inside ``spans``."""
    inside = [False] * (end - start)
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            inside[i - start] = True
    chars = [i for i in range(start, end) if not text[i].isspace()]
    return sum(inside[i - start] for i in chars) / len(chars) if chars else 1.0


def score_folder(folder: Path, command: list[str]) -> dict:
    """The three checks on one folder of the set, and its figures."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    run = subprocess.run([*command, str(folder / "original.txt"), str(folder / "docs")],
                         capture_output=True, text=True, timeout=3600, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if run.returncode != 0:
        raise RuntimeError(f"{folder.name}: exit {run.returncode}: {run.stderr[-400:]}")
    data = json.loads(run.stdout)
    listed = {Path(c["path"]).name: c for c in data["copies"]}
    rank = {name: c["rank"] for name, c in listed.items()}
    never = len(gold) + 1  # not listed: below every listed document
    kinds: dict[str, list[str]] = {}
    for name, g in gold.items():
        kinds.setdefault(g["kind"], []).append(name)
    derived_ranks = [rank.get(n, never) for n in kinds.get("derived", [])]
    unrelated_ranks = [rank.get(n, never) for n in kinds.get("unrelated", [])]
    worst_derived = max(derived_ranks, default=0)
    best_unrelated = min(unrelated_ranks, default=never + 1)
    ranked_ok = worst_derived < best_unrelated and all(r < never for r in derived_ranks)
    unrelated_reused = [listed[n]["reused"] if n in listed else 0.0 for n in kinds.get("unrelated", [])]
    original_text = (folder / "original.txt").read_text(encoding="utf-8")
    press_bad, press_covered, found, total = [], [], 0, 0
    for name in kinds.get("press", []):
        copy = listed.get(name)
        covered = copy["covered"] if copy else 0.0
        press_covered.append(covered)
        text = (folder / "docs" / name).read_text(encoding="utf-8")
        ok = PRESS_COVERED[0] <= covered <= PRESS_COVERED[1]
        for (ls, le), (rs, re_) in gold[name]["passages"]:
            total += 1
            lspans = [p["left"] for p in copy["passages"]] if copy else []
            rspans = [p["right"] for p in copy["passages"]] if copy else []
            if (_covered(lspans, ls, le, original_text) >= PASSAGE_FOUND
                    and _covered(rspans, rs, re_, text) >= PASSAGE_FOUND):
                found += 1
            else:
                ok = False
        if not ok:
            press_bad.append(name)
    return {
        "folder": folder.name, "documents": data["counts"]["documents"],
        "compared": data["counts"]["candidates"], "seconds": round(elapsed, 2),
        "ranked": ranked_ok, "worst_derived_rank": worst_derived,
        "best_unrelated_rank": best_unrelated if best_unrelated <= len(gold) else None,
        "unrelated_max_reused": max(unrelated_reused, default=0.0),
        "unrelated_listed": sum(1 for n in kinds.get("unrelated", []) if n in listed),
        "press_covered": [round(c, 3) for c in press_covered], "press_passages_found": [found, total],
        "press_bad": press_bad,
        "ok": ranked_ok and max(unrelated_reused, default=0.0) < UNRELATED_MAX_REUSED and not press_bad,
    }


def score(out: Path, command: list[str]) -> int:
    """Score every folder of the set under ``out``; 0 when every target is met."""
    results = [score_folder(f, command) for f in sorted(out.glob("set-*")) if (f / "gold.json").is_file()]
    for r in results:
        print(json.dumps(r))
    if not results:
        print(f"no set-* folders with gold.json under {out}", file=sys.stderr)
        return 2
    covered = [c for r in results for c in r["press_covered"]]
    found = sum(r["press_passages_found"][0] for r in results)
    total = sum(r["press_passages_found"][1] for r in results)
    summary = {
        "derived above unrelated": all(r["ranked"] for r in results),
        "unrelated max reused": max(r["unrelated_max_reused"] for r in results),
        "unrelated listed": sum(r["unrelated_listed"] for r in results),
        "press covered range": [min(covered, default=0.0), max(covered, default=0.0)],
        "press passages found": f"{found}/{total}",
        "documents": sum(r["documents"] for r in results),
        "compared in full": sum(r["compared"] for r in results),
        "all targets met": all(r["ok"] for r in results),
    }
    print(json.dumps(summary))
    return 0 if summary["all targets met"] else 1


def _options(argv: list[str]) -> dict:
    names = {"--seed": "seed", "--originals": "originals", "--derived": "derived", "--press": "press",
             "--unrelated": "unrelated"}
    out: dict = {}
    for flag, key in names.items():
        if flag in argv:
            out[key] = int(argv[argv.index(flag) + 1])
    if "--corpus" in argv:
        out["corpus"] = Path(argv[argv.index("--corpus") + 1])
    return out


def _command(argv: list[str]) -> list[str]:
    if "--" in argv:
        return argv[argv.index("--") + 1:]
    jobs = ["--jobs", argv[argv.index("--jobs") + 1]] if "--jobs" in argv else []
    return [sys.executable, "-m", "app", "scan", "--format", "json", *jobs]


def main(argv: list[str]) -> int:
    head = argv[:argv.index("--")] if "--" in argv else argv
    if len(head) >= 2 and head[0] == "make":
        make(Path(head[1]), **_options(head))
        return 0
    if len(head) >= 2 and head[0] == "score":
        return score(Path(head[1]), _command(argv))
    if head and head[0] == "run":
        with tempfile.TemporaryDirectory() as d:
            make(Path(d), **_options(head))
            return score(Path(d), _command(argv))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
