"""Score the engine in-process on the PAN 2013 text-reuse subset (faster than the CLI).

Runs the same sample, detections and measures as ``../shared/tools/reuse_score.py``
(it imports them), with ``app.compare`` called in worker processes instead of one
``verso compare`` process per pair, so a full run of 1,238 pairs takes minutes.

    .venv/bin/python tools/reuse.py [--per-type N] [--jobs J] [--only KIND] [--misses K] [--targets]

``--targets`` prints the issue's targets beside the figures and exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED_TOOLS = ROOT.parent / "shared" / "tools"

# Issue 12's targets on --per-type 250 (plagdet per kind, overall, granularity, false links).
TARGETS = {"none": 0.95, "random": 0.90, "translation": 0.90, "summary": 0.60, "overall": 0.90}
MAX_GRANULARITY = 1.1
MAX_FALSE_LINKS = 2


def _scorer() -> Any:
    sys.path.insert(0, str(SHARED_TOOLS))
    import reuse_score  # type: ignore[import-not-found]

    return reuse_score


def _run(job: tuple[str, str, str]) -> dict[str, Any]:
    root, susp, src = job
    from app import compare
    from app.documents import read_document
    from app.documents.errors import DocumentError

    rs = _scorer()
    left_file, right_file = Path(root) / "src" / src, Path(root) / "susp" / susp
    try:
        res = compare(read_document(str(left_file)), read_document(str(right_file))).to_dict()
    except DocumentError as exc:
        return {"dets": [], "passages": False, "error": str(exc)}
    raw_l = left_file.read_text(encoding="utf-8", errors="replace")
    raw_r = right_file.read_text(encoding="utf-8", errors="replace")
    ml = _shown_to_file(res["left"]["text"], raw_l)
    mr = _shown_to_file(res["right"]["text"], raw_r)
    dets, passages = rs.detections(res)
    out = []
    for (l0, l1), (r0, r1) in dets:
        if ml:
            l0, l1 = ml[l0], ml[l1]
        if mr:
            r0, r1 = mr[r0], mr[r1]
        out.append((r0, r1, l0, l1))
    return {"dets": out, "passages": passages, "error": None}


def _tune(settings: list[str]) -> None:
    """Set engine constants in a worker (for trying values; the defaults live in the modules)."""
    import importlib

    for item in settings:
        name, value = item.split("=", 1)
        module, attr = name.rsplit(".", 1)
        mod = importlib.import_module(f"app.engine.{module}")
        setattr(mod, attr, type(getattr(mod, attr))(value))


def _shown_to_file(shown: str, raw: str) -> list[int] | None:
    """The scorer's offset map from the shown text to the file's, by diff-match-patch (fast on
    texts that differ in a few places, where the scorer's difflib takes seconds a file)."""
    if shown == raw:
        return None
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    m = [0] * (len(shown) + 1)
    a = b = 0
    for op, chunk in dmp.diff_main(shown, raw, False):
        n = len(chunk)
        if op == 0:
            for k in range(n):
                m[a + k] = b + k
            a, b = a + n, b + n
        elif op == -1:
            for k in range(n):
                m[a + k] = b
            a += n
        else:
            b += n
    m[a] = b
    return m


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-type", type=int, default=40)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", help="one kind: none, random, translation, summary, no-plagiarism")
    ap.add_argument("--misses", type=int, default=0, help="show the K worst pairs of each kind")
    ap.add_argument("--targets", action="store_true", help="check the issue's targets")
    ap.add_argument("--loss", action="store_true",
                    help="split losses: detections wholly false or too long, cases missed or cut short")
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE",
                    help="tuning: set a constant of app.engine.MODULE in the workers, e.g. evidence.NEAR=4")
    a = ap.parse_args(argv)
    rs = _scorer()
    root = rs.CORPUS
    total: dict[str, Any] = {}
    failed: list[str] = []
    with Pool(max(1, a.jobs), initializer=_tune, initargs=(a.set,)) as pool:
        for label, folder in [*rs.TYPES, rs.NOPLAG]:
            if a.only and a.only != label:
                continue
            pairs = rs.sample(root, folder, a.per_type, "dev")
            recs = pool.map(_run, [(str(root), s, r) for s, r in pairs], chunksize=1)
            sub: dict[str, Any] = {}
            rows = []
            for (s, r), rec in zip(pairs, recs, strict=True):
                cases = rs.read_cases(root / folder / f"{s[:-4]}-{r[:-4]}.xml")
                dets = rec["dets"]
                if not rec["passages"]:
                    dets = rs.merge(dets, (root / "susp" / s).read_text(encoding="utf-8", errors="replace"),
                                    (root / "src" / r).read_text(encoding="utf-8", errors="replace"))
                t = rs.tally(cases, dets)
                sub = rs.add(sub, t)
                rows.append((s, r, cases, dets, t, rec["error"]))
            total = rs.add(total, sub)
            m = rs.measures(sub)
            if label == rs.NOPLAG[0]:
                print(f"{label:13s} pairs={sub['pairs']:3d} false detections={sub['dets']}")
                if a.targets and sub["dets"] > MAX_FALSE_LINKS * sub["pairs"] / 250:
                    failed.append(f"false links {sub['dets']}")
            else:
                print(f"{label:13s} pairs={sub['pairs']:3d} cases={sub['cases']:3d} dets={sub['dets']:4d} "
                      f"plagdet={m['plagdet']:.3f} rec={m['rec']:.3f} prec={m['prec']:.3f} gran={m['gran']:.3f}"
                      + (f"  (target {TARGETS[label]})" if a.targets else ""))
                if a.targets and m["plagdet"] < TARGETS[label]:
                    failed.append(f"{label} {m['plagdet']:.3f}")
            for s, r, _, _, _, e in rows:
                if e:
                    print(f"   error: {s} {r}: {e}")
            if a.misses:
                _print_misses(rs, root, folder, rows, a.misses)
            if a.loss:
                _print_loss(rows)
    m = rs.measures(total)
    print(f"overall       pairs={total['pairs']:3d} cases={total['cases']:3d} dets={total['dets']:4d} "
          f"plagdet={m['plagdet']:.3f} rec={m['rec']:.3f} prec={m['prec']:.3f} gran={m['gran']:.3f}")
    if a.targets and not a.only:
        if m["plagdet"] < TARGETS["overall"]:
            failed.append(f"overall {m['plagdet']:.3f}")
        if m["gran"] > MAX_GRANULARITY:
            failed.append(f"granularity {m['gran']:.3f}")
    if failed:
        print("missed:", "; ".join(failed))
    return 1 if failed else 0


def _print_loss(rows: list[Any]) -> None:
    """Where precision and recall go, in detections' (cases') worth, measured in the copy."""
    def share(span: Any, others: list[Any]) -> float:
        a, b = span
        covered = set()
        for c, d in others:
            covered.update(range(max(a, c), min(b, d)))
        return len(covered) / max(1, b - a)

    false_dets = long_dets = missed = short = 0.0
    for _, _, cases, dets, _, _ in rows:
        case_spans = [(c[0], c[1]) for c in cases]
        det_spans = [(d[0], d[1]) for d in dets]
        for d in det_spans:
            p = share(d, case_spans)
            false_dets += p == 0
            long_dets += (1 - p) if p > 0 else 0
        for c in case_spans:
            r = share(c, det_spans)
            missed += r == 0
            short += (1 - r) if r > 0 else 0
    print(f"   precision lost: {false_dets:.0f} detections wholly false, {long_dets:.1f} too long; "
          f"recall lost: {missed:.0f} cases wholly missed, {short:.1f} cut short")


def _print_misses(rs: Any, root: Path, folder: str, rows: list[Any], k: int) -> None:
    def badness(row: Any) -> float:
        _, _, cases, dets, t, _ = row
        rec = t["rec"] / max(len(cases), 1)
        prec = t["prec"] / max(len(dets), 1) if dets else (1.0 if not cases else 0.0)
        return rec + prec - 0.2 * max(0, len(dets) - len(cases))

    for s, r, cases, dets, t, _ in sorted(rows, key=badness)[:k]:
        print(f"   {folder}/{s[:-4]}-{r[:-4]}.xml cases={len(cases)} dets={len(dets)} "
              f"recall={t['rec'] / max(len(cases), 1):.2f} precision={t['prec'] / max(len(dets), 1):.2f}")
        print("     cases", json.dumps(cases), "dets", json.dumps([list(d) for d in dets]))


if __name__ == "__main__":
    sys.exit(main())
