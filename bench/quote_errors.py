#!/usr/bin/env python3
"""Error analysis for quotation extraction on a gold JSONL file (use the *train* splits).

    python bench/quote_errors.py GOLD.jsonl                 # counts per category and rule
    python bench/quote_errors.py GOLD.jsonl --show wrong 30 # 30 examples of one category
    python bench/quote_errors.py GOLD.jsonl --show wrong 30 --rule post-speaker-verb

Categories, matched the way the official scorer matches (token cover ≥ 0.8, overlap ≥ 0.3 of the
prediction; speaker by name containment or span overlap):

* ``missed-speaker``  gold quote found, gold has a speaker, prediction has none
* ``wrong-speaker``   gold quote found, both have speakers, they differ
* ``spurious``        an attributed prediction matching no gold quote with a speaker
                      (split into ``spurious-nogold`` for articles without any gold quote)
* ``detect-miss``     gold quote not found at all
* ``right``           found with the right speaker (per rule, for precision per rule)
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from searchidx.quotes import extract_quotes  # noqa: E402


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_quotes", shared / "tools/score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def analyse(gold_path: Path, S) -> list[dict]:
    """One record per error/success: category, rule, context, gold and predicted speaker."""
    out = []
    for line in gold_path.open(encoding="utf-8"):
        if not line.strip():
            continue
        art = json.loads(line)
        text = art["text"]
        P = [{"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker,
              "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "rule": q.rule,
              "cue": q.cue} for q in extract_quotes(text, art.get("lang") or None, str(art["id"]))]
        gq = art.get("quotes", [])
        gt = [S.toks(g["text"]) for g in gq]
        pt = [S.toks(p["text"]) for p in P]
        hit = [None] * len(P)
        for gi, g in enumerate(gq):
            best, bi = 0.0, -1
            for pi, p in enumerate(pt):
                if not gt[gi] or not p:
                    continue
                ov = S.overlap(gt[gi], p)
                if ov / sum(gt[gi].values()) >= S.COVER and ov / sum(p.values()) >= 0.3:
                    sc = ov / sum(p.values())
                    if sc > best:
                        best, bi = sc, pi
            has = bool(g.get("speaker")) or bool(g.get("speaker_spans"))
            s = g["start"]
            rec = {"id": art["id"], "start": s, "end": g["end"], "quote": g["text"],
                   "gold": g.get("speaker"), "text": text}
            if bi < 0:
                rec.update(cat="detect-miss", rule=None, pred=None)
            else:
                p = P[bi]
                hit[bi] = (has, S.speaker_ok(p, g) if has else False)
                rec.update(rule=p["rule"], pred=p["speaker"], cue=p["cue"])
                if not has:
                    rec["cat"] = "gold-unattributed" if not p["speaker"] else "spurious-speaker"
                elif not p["speaker"]:
                    rec["cat"] = "missed-speaker"
                elif hit[bi][1]:
                    rec["cat"] = "right"
                else:
                    rec["cat"] = "wrong-speaker"
            out.append(rec)
        for pi, p in enumerate(P):
            if hit[pi] is None and p["speaker"]:
                out.append({"id": art["id"], "start": p["start"], "end": p["end"], "quote": p["text"],
                            "gold": None, "pred": p["speaker"], "rule": p["rule"], "cue": p["cue"],
                            "text": text, "cat": "spurious" if gq else "spurious-nogold"})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--show", nargs=2, metavar=("CATEGORY", "N"))
    ap.add_argument("--rule", default=None)
    ap.add_argument("--width", type=int, default=220)
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    a = ap.parse_args(argv)
    S = _scorer(a.shared)
    recs = analyse(a.gold, S)
    cats = collections.Counter(r["cat"] for r in recs)
    print("categories:", dict(cats.most_common()))
    by = collections.defaultdict(collections.Counter)
    for r in recs:
        by[r["rule"]][r["cat"]] += 1
    print(f"{'rule':22} " + " ".join(f"{c[:13]:>13}" for c in ("right", "wrong-speaker", "missed-speaker",
                                                               "spurious", "spurious-nogold",
                                                               "spurious-speaker")))
    for rule, c in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{str(rule):22} " + " ".join(f"{c[k]:>13}" for k in ("right", "wrong-speaker", "missed-speaker",
                                                                     "spurious", "spurious-nogold",
                                                                     "spurious-speaker")))
    if a.show:
        cat, n = a.show[0], int(a.show[1])
        shown = 0
        for r in recs:
            if r["cat"] != cat or (a.rule and str(r["rule"]) != a.rule):
                continue
            t = r["text"]
            s, e = r["start"], r["end"]
            w = a.width
            ctx = (t[max(0, s - w):s] + "[[" + t[s:e][:150] + "]]" + t[e:e + w // 2]).replace("\n", " ¶ ")
            print(f"--- {cat} gold={r['gold']} pred={r.get('pred')!r} rule={r['rule']} cue={r.get('cue')} "
                  f"[{r['id']}]")
            print("   ", ctx)
            shown += 1
            if shown >= n:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
