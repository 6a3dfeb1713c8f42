"""Pairs with edits pairgen does not make, scored the way pairgen scores, to keep the engine general.

    .venv/bin/python tools/edits.py [--count N] [--seed S] [--only NAME] [--show]

Each variant builds a copy of a corpus article with one family of real-world
edits (besides a few of pairgen's omissions and additions, so every pair has
all kinds), records the ground truth as character spans in pairgen's gold
format, and scores ``app.compare`` with ``pairgen.score``:

  paraomit   whole paragraphs left out
  sentmove   a sentence moved to another paragraph
  swap       two neighbouring sentences swapped
  redup      a paragraph repeated later, lightly reworded
  sentdup    one sentence repeated inside a later paragraph
  rebreak    paragraphs joined and split at other sentences
  restyle    spelling, number and quote style changed throughout
  inserts    words and phrases inserted into kept sentences
  reorder    clauses turned round ("X, he said." -> "He said X.")
  clauses    parentheses, dashes and trailing clauses dropped
  commentary added sentences of generic commentary, not from any article
  addpara    a paragraph from another article added
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

Span = tuple[int, int]
PG = None  # pairgen, imported by main()

AMERICAN = [("ise", "ize"), ("isation", "ization"), ("our ", "or "), ("centre", "center"),
            ("programme", "program"), ("defence", "defense"), ("travelled", "traveled")]
INSERTS = ["reportedly ", "on Tuesday ", "in a statement ", "last year ", "also ", "now ", "still "]
COMMENTARY = [
    "This development highlights the broader challenges facing the sector in the months ahead.",
    "Observers say the move could reshape expectations across the wider industry.",
    "The implications of this shift are likely to be felt for years to come.",
    "Critics argue that such measures rarely deliver the results that are promised.",
    "It remains to be seen how stakeholders will respond to these changes.",
    "Such decisions often reflect a complex balance of competing priorities.",
    "Many believe the outcome will set an important precedent for similar cases.",
]


class Copy:
    """The copy as paragraphs of (kind, text, left spans) pieces, then laid out with gold spans."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.paragraphs: list[list[tuple[str, str, list[Span]]]] = []


def split(article: str, pairgen) -> tuple[str, list[list[str]]]:
    return pairgen.split_article(article)


def lay_out_left(title: str, paragraphs: list[list[str]]) -> tuple[str, list[list[Span]]]:
    text = title + "\n\n"
    spans: list[list[Span]] = []
    for pi, para in enumerate(paragraphs):
        row = []
        for si, s in enumerate(para):
            row.append((len(text), len(text) + len(s)))
            text += s + (" " if si < len(para) - 1 else "")
        spans.append(row)
        if pi < len(paragraphs) - 1:
            text += "\n\n"
    return text, spans


def lay_out_right(title: str, paragraphs: list[list[tuple[str, str, list[Span]]]], gold: dict) -> str:
    """Texts of the copy; pieces of kind added / changed / moved / dup / dupchanged fill the gold."""
    text = title + "\n\n"
    for pi, para in enumerate(paragraphs):
        for si, (kind, s, lspans) in enumerate(para):
            span = (len(text), len(text) + len(s))
            text += s + (" " if si < len(para) - 1 else "")
            if kind == "added":
                gold["added"].append(span)
            elif kind in ("dup", "dupchanged"):
                gold["duplicated"].append(span)
            elif kind in ("changed", "movedchanged"):
                gold["changed"].extend([ls, span] for ls in lspans)
            if kind in ("moved", "movedchanged"):
                gold["moved"].extend([ls, span] for ls in lspans)
        if pi < len(paragraphs) - 1:
            text += "\n\n"
    return text


def make_pair(article: str, donors: list[str], rng: random.Random, variant: str, pairgen) -> dict:
    title, paras = pairgen.split_article(article)
    left, lspans = lay_out_left(title, paras)
    gold: dict = {"omitted": [], "added": [], "duplicated": [], "moved": [], "changed": [], "clauses": []}
    copy: list[list[tuple[str, str, list[Span]]]] = [
        [("same", s, [lspans[pi][si]]) for si, s in enumerate(p)] for pi, p in enumerate(paras)]

    def omit(pi: int, si: int) -> None:
        gold["omitted"].append(copy[pi][si][2][0])
        copy[pi][si] = ("gone", "", [])

    # A few of pairgen's omissions and additions in every variant.
    flat = [(pi, si) for pi, p in enumerate(copy) for si in range(len(p))]
    for pi, si in rng.sample(flat[1:], max(1, len(flat) // 10)):
        omit(pi, si)
    donor_sentences = [s for d in donors for p in pairgen.split_article(d)[1] for s in p]
    vocab = {w for p in paras for s in p for w in pairgen.content_words(s)}
    donor_sentences.sort(key=lambda d: -len(pairgen.content_words(d) & vocab))
    close = donor_sentences[:6]

    def add_piece(kind: str, text: str) -> None:
        pi = rng.randrange(len(copy))
        copy[pi].insert(rng.randint(0, len(copy[pi])), (kind, text, []))

    add_piece("added", close.pop(rng.randrange(len(close))))
    EDITS[variant](copy, gold, rng, close, omit)
    paragraphs = [[piece for piece in p if piece[0] != "gone"] for p in copy]
    paragraphs = [p for p in paragraphs if p]
    right = lay_out_right(title, paragraphs, gold)
    return {"left": left, "right": right, "gold": gold}


def _sentences(copy, kinds=("same",)):
    return [(pi, si) for pi, p in enumerate(copy) for si, piece in enumerate(p) if piece[0] in kinds]


def e_paraomit(copy, gold, rng, close, omit):
    for pi in rng.sample(range(1, len(copy)), min(2, max(0, len(copy) - 2))):
        for si, piece in enumerate(copy[pi]):
            if piece[0] == "same":
                omit(pi, si)


def e_sentmove(copy, gold, rng, close, omit):
    for _ in range(2):
        cands = _sentences(copy)
        if len(copy) < 4 or not cands:
            return
        pi, si = rng.choice(cands)
        _kind, s, ls = copy[pi].pop(si)
        target = rng.choice([p for p in range(len(copy)) if abs(p - pi) >= 2] or [0])
        copy[target].insert(rng.randint(0, len(copy[target])), ("moved", s, ls))


def e_swap(copy, gold, rng, close, omit):
    for pi in rng.sample(range(len(copy)), min(3, len(copy))):
        p = copy[pi]
        idx = [si for si in range(len(p) - 1) if p[si][0] == "same" and p[si + 1][0] == "same"]
        if idx:
            si = rng.choice(idx)
            # The later one moved forward: one of the two is out of order; both are matched.
            a, b = p[si], p[si + 1]
            p[si], p[si + 1] = ("moved", b[1], b[2]), ("moved", a[1], a[2])


def e_redup(copy, gold, rng, close, omit):
    src = rng.randrange(len(copy))
    repeat = [("dup", PG.reword(s, rng) if rng.random() < 0.5 else s, []) for kind, s, _ in copy[src]
              if kind not in ("gone", "added")]
    if repeat:
        copy.insert(rng.randint(src + 1, len(copy)), repeat)


def e_sentdup(copy, gold, rng, close, omit):
    cands = _sentences(copy, ("same", "changed"))
    pi, si = rng.choice(cands)
    later = list(range(pi + 1, len(copy)))
    if not later:
        return
    target = rng.choice(later)
    copy[target].insert(rng.randint(0, len(copy[target])), ("dup", copy[pi][si][1], []))


def e_rebreak(copy, gold, rng, close, omit):
    for _ in range(2):
        if len(copy) < 3:
            return
        pi = rng.randrange(len(copy) - 1)
        copy[pi:pi + 2] = [copy[pi] + copy[pi + 1]]
    for pi in rng.sample(range(len(copy)), min(2, len(copy))):
        if len(copy[pi]) >= 3:
            k = rng.randint(1, len(copy[pi]) - 1)
            copy[pi:pi + 1] = [copy[pi][:k], copy[pi][k:]]


def _restyle(s: str) -> str:
    out = s
    for a, b in AMERICAN:
        out = out.replace(a, b)
    out = re.sub(r"(\d)%", r"\1 per cent", out)
    out = re.sub(r"\$(\d+(?:\.\d+)?)bn", r"$\1 billion", out)
    out = re.sub(r"(\d+(?:\.\d+)?)m\b", r"\1 million", out)
    out = out.replace('"', "'")
    return out


def e_restyle(copy, gold, rng, close, omit):
    for pi, si in _sentences(copy):
        _kind, s, ls = copy[pi][si]
        new = _restyle(s)
        if new != s:
            copy[pi][si] = ("changed", new, ls)


def e_inserts(copy, gold, rng, close, omit):
    cands = _sentences(copy)
    for pi, si in rng.sample(cands, max(1, len(cands) // 4)):
        _kind, s, ls = copy[pi][si]
        words = s.split(" ")
        if len(words) < 6:
            continue
        k = rng.randint(2, len(words) - 2)
        words.insert(k, rng.choice(INSERTS).strip())
        if rng.random() < 0.5 and len(words) > 8:  # and drop a word elsewhere
            del words[rng.randint(1, len(words) - 2)]
        copy[pi][si] = ("changed", " ".join(words), ls)


_SAID = re.compile(r'^(?P<quote>"[^"]{20,}),?" (?P<who>[^,."]{3,60}) (?P<verb>said|says|told [A-Z][\w ]{1,30})\.$')
_LEAD = re.compile(r"^(?P<head>[A-Z][^,]{15,120}), (?P<tail>[a-z][^,]{15,200})\.$")


def e_reorder(copy, gold, rng, close, omit):
    for pi, si in _sentences(copy):
        _kind, s, ls = copy[pi][si]
        m = _SAID.match(s)
        if m:
            new = f'{m["who"][0].upper()}{m["who"][1:]} {m["verb"]}: {m["quote"]}."'
        elif (m := _LEAD.match(s)) and rng.random() < 0.5:
            tail = m["tail"]
            new = f"{tail[0].upper()}{tail[1:]}, {m['head'][0].lower()}{m['head'][1:]}."
        else:
            continue
        copy[pi][si] = ("changed", new, ls)


_PAREN = re.compile(r" \([^()]{3,80}\)")
_DASH = re.compile(r" - [^-]{8,80} - ")
_TRAIL = re.compile(r", (?:which|who|while|after|as|but|and) [^,]{10,120}(?=\.$)")


def e_clauses(copy, gold, rng, close, omit):
    for pi, si in _sentences(copy):
        _kind, s, ls = copy[pi][si]
        start = ls[0][0]
        for pattern, keep in ((_PAREN, ""), (_DASH, " "), (_TRAIL, "")):
            m = pattern.search(s)
            if m and rng.random() < 0.6:
                # the dropped words, without the surrounding punctuation and space
                inner = m.group().strip(" ,-()")
                off = s.index(inner, m.start())
                gold["clauses"].append((start + off, start + off + len(inner)))
                copy[pi][si] = ("changed", s[:m.start()] + keep + s[m.end():], ls)
                break


def e_commentary(copy, gold, rng, close, omit):
    for text in rng.sample(COMMENTARY, 2):
        pi = rng.randrange(len(copy))
        copy[pi].insert(len(copy[pi]) if rng.random() < 0.6 else 0, ("added", text, []))


def e_addpara(copy, gold, rng, close, omit):
    if len(close) >= 2:
        para = [("added", close.pop(), []) for _ in range(2)]
        copy.insert(rng.randint(1, len(copy)), para)


def e_merge3(copy, gold, rng, close, omit):
    for p in copy:
        idx = [si for si in range(len(p) - 2) if all(x[0] == "same" for x in p[si:si + 3])]
        if idx and rng.random() < 0.5:
            si = rng.choice(idx)
            a, b, c = p[si:si + 3]
            text = a[1].rstrip(".") + "; " + PG.decapitalise(b[1]).rstrip(".") + ", and " + PG.decapitalise(c[1])
            p[si:si + 3] = [("changed", text, a[2] + b[2] + c[2])]


def e_split3(copy, gold, rng, close, omit):
    for pi, si in _sentences(copy):
        _kind, s, ls = copy[pi][si]
        parts = [x for x in re.split(r", (?:and|but|while|which) ", s) if len(x) > 15]
        if len(parts) >= 3 or (len(parts) == 2 and rng.random() < 0.5):
            text = " ".join(x[0].upper() + x[1:].rstrip(".") + "." for x in parts)
            copy[pi][si] = ("changed", text, ls)


def e_truncate(copy, gold, rng, close, omit):
    for pi, si in _sentences(copy):
        _kind, s, ls = copy[pi][si]
        cut = s.find(", ", len(s) // 3)
        if cut > 20 and rng.random() < 0.4 and not s.startswith('"'):
            gold["clauses"].append((ls[0][0] + cut + 2, ls[0][1] - 1))
            copy[pi][si] = ("changed", s[:cut] + ".", ls)


def e_typos(copy, gold, rng, close, omit):
    for pi, si in _sentences(copy):
        _kind, s, ls = copy[pi][si]
        words = s.split(" ")
        for _ in range(2):
            k = rng.randrange(len(words))
            w = words[k]
            if len(w) > 4 and w.isalpha():
                c = rng.randrange(1, len(w) - 1)
                words[k] = w[:c] + w[c + 1] + w[c] + w[c + 2:]
        new = " ".join(words)
        if new != s:
            copy[pi][si] = ("changed", new, ls)


def e_shuffle(copy, gold, rng, close, omit):
    if len(copy) < 5:
        return
    head, body = copy[:1], copy[1:]
    rng.shuffle(body)
    copy[:] = head + body
    # which paragraphs moved is the scorer's business: it only asks that their text be matched
    for p in copy[1:]:
        for k, (kind, s, ls) in enumerate(p):
            if kind == "same":
                p[k] = ("moved", s, ls)


EDITS: dict[str, Callable] = {
    name[2:]: fn for name, fn in globals().items() if name.startswith("e_") and callable(fn)}


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(SHARED / "tools"))
    sys.path.insert(0, str(ROOT))
    import pairgen  # type: ignore[import-not-found]
    from devscore import misses  # type: ignore[import-not-found]

    global PG
    PG = pairgen
    from app import compare
    from app.documents import read_document

    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 30
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 7
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    show = "--show" in argv

    def fake_run(command, capture_output=True, text=True, timeout=None):
        res = compare(read_document(command[-2]), read_document(command[-1]))
        return subprocess.CompletedProcess(command, 0, json.dumps(res.to_dict()), "")

    pairgen.subprocess.run = fake_run
    files = sorted((SHARED / "corpus" / "bbc").rglob("*.txt"))
    for variant in EDITS:
        if only and variant != only:
            continue
        rng = random.Random(f"{seed}-{variant}")
        with tempfile.TemporaryDirectory() as d:
            for k, path in enumerate(rng.sample(files, count)):
                article = path.read_text(encoding="utf-8", errors="replace")
                siblings = [f for f in files if f.parent == path.parent and f != path]
                donors = [f.read_text(encoding="utf-8", errors="replace") for f in rng.sample(siblings, 12)]
                pair = make_pair(article, donors, rng, variant, pairgen)
                stem = Path(d) / f"pair{k:03d}"
                Path(f"{stem}-original.txt").write_text(pair["left"], encoding="utf-8")
                Path(f"{stem}-copy.txt").write_text(pair["right"], encoding="utf-8")
                Path(f"{stem}-gold.json").write_text(json.dumps(pair["gold"]), encoding="utf-8")
                if show and (bad := misses(pairgen, stem)):
                    print(f"  {variant} {stem.name} {path.relative_to(SHARED)} {bad}")
            report = pairgen.score(Path(d), ["x"])
        flat = {k: v.get("f1", v.get("matched")) for k, v in report.items()}
        worst = min(flat.values())
        print(f"{variant:10s} {'  ' if worst >= 0.97 else '! '}{json.dumps(flat)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
