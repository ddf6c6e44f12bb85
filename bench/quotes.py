#!/usr/bin/env python3
"""Quotation extraction benchmark: run ``extract_quotes`` over gold JSONL files and score them.

    python bench/quotes.py                      # the default gold files (missing ones are skipped)
    python bench/quotes.py GOLD.jsonl [...]     # other gold files
    python bench/quotes.py --errors 20 GOLD     # also print up to 20 misses / wrong speakers

Predictions are written to a temporary directory and scored with the official scorer
(``<shared>/tools/score_quotes.py``, never modified); its lines are printed as they are, followed by
the extraction speed in MB/s (article text per second of extraction, one core).
Gold data stays where it is: nothing is copied into the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from searchidx.quotes import extract_quotes  # noqa: E402


def shared_dir() -> Path:
    for cand in (os.environ.get("SEARCHIDX_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if cand and Path(cand).is_dir():
            return Path(cand)
    return ROOT.parent / "shared"


def default_golds(shared: Path) -> list[Path]:
    return [shared / "data/quotes/polnear/dev.jsonl",
            shared / "data/quotes/wikinews-de/dev.jsonl",
            shared / "seed/seed-gold.jsonl",
            ROOT / "samples/gold.jsonl",
            ROOT / "samples/heldout/gold.jsonl",
            ROOT / "samples/heldout2/gold.jsonl"]


def predict(gold: Path, out: Path) -> tuple[int, float, list[dict]]:
    """Write predictions for every article of ``gold``; returns (characters, seconds, articles)."""
    articles = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    chars, secs = 0, 0.0
    with out.open("w", encoding="utf-8") as f:
        for art in articles:
            text = art["text"]
            t0 = time.perf_counter()
            quotes = extract_quotes(text, art.get("lang") or None, str(art["id"]))
            secs += time.perf_counter() - t0
            chars += len(text.encode("utf-8"))
            for q in quotes:
                f.write(json.dumps({"article_id": str(art["id"]), "text": q.text, "start": q.start,
                                    "end": q.end, "speaker": q.speaker, "speaker_start": q.speaker_start,
                                    "speaker_end": q.speaker_end, "cue": q.cue, "method": q.method,
                                    "rule": q.rule}, ensure_ascii=False) + "\n")
    return chars, secs, articles


def show_errors(articles: list[dict], pred: Path, limit: int) -> None:
    """Print gold quotes that were missed or got a wrong speaker (a rough view, not the scorer)."""
    preds: dict[str, list[dict]] = {}
    for line in pred.open(encoding="utf-8"):
        p = json.loads(line)
        preds.setdefault(p["article_id"], []).append(p)
    shown = 0
    for art in articles:
        text = art["text"]
        for g in art.get("quotes", []):
            s = text.find(g["text"]) if text[g["start"]:g["end"]] != g["text"] else g["start"]
            e = s + len(g["text"])
            hit = [p for p in preds.get(str(art["id"]), []) if p["start"] < e and s < p["end"]]
            gs = g.get("speaker_spans") or []
            if hit:
                p = hit[0]
                ok = p["speaker"] and (any(n and n.lower() in (p["speaker"] or "").lower() for n in g["speaker"])
                                       or any(p["speaker_start"] is not None and p["speaker_start"] < ge
                                              and gs0 < p["speaker_end"] for gs0, ge in gs))
                if ok or not g["speaker"]:
                    continue
                kind = f"WRONG {p['speaker']!r} ({p['rule']})"
            else:
                kind = "MISSED"
            print(f"--- {kind} gold={g['speaker']} [{art['id']}]")
            print("   ", text[max(0, s - 160):s].replace("\n", " ¶ "), "[[", g["text"][:120], "]]",
                  text[e:e + 100].replace("\n", " ¶ "))
            shown += 1
            if shown >= limit:
                return


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, help="gold JSONL files (default: the standard sets)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N missed or misattributed quotes")
    args = ap.parse_args(argv)
    shared = shared_dir()
    scorer = shared / "tools/score_quotes.py"
    golds = args.gold or default_golds(shared)
    if not scorer.exists():
        print(f"note: scorer {scorer} not found; set SEARCHIDX_SHARED", file=sys.stderr)
        return 1
    total_chars, total_secs = 0, 0.0
    with tempfile.TemporaryDirectory(prefix="searchidx-quotes-") as tmp:
        for gold in golds:
            if not gold.exists():
                print(f"note: skipping {gold} (not found)")
                continue
            label = gold.parent.name + "/" + gold.stem
            pred = Path(tmp) / (label.replace("/", "__") + ".pred.jsonl")
            chars, secs, articles = predict(gold, pred)
            total_chars += chars
            total_secs += secs
            r = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), label],
                               capture_output=True, text=True)
            print(r.stdout.rstrip() or r.stderr.rstrip())
            if args.errors:
                show_errors(articles, pred, args.errors)
    if total_secs:
        print(f"speed (scoring pass, cold): {total_chars / 1e6 / total_secs:.2f} MB/s "
              f"({total_chars / 1e6:.2f} MB of article text in {total_secs:.2f} s)")
        speed(golds)
    return 0


def speed(golds: list[Path], passes: int = 3) -> None:
    """Extraction speed on one core: all gold texts, ``passes`` warm passes, median and best."""
    texts = []
    for gold in golds:
        if gold.exists():
            for line in gold.open(encoding="utf-8"):
                if line.strip():
                    a = json.loads(line)
                    texts.append((a["text"], a.get("lang") or None))
    size = sum(len(t.encode("utf-8")) for t, _ in texts)
    rates = []
    for _ in range(passes):
        t0 = time.process_time()
        for text, lang in texts:
            extract_quotes(text, lang)
        rates.append(size / 1e6 / max(1e-9, time.process_time() - t0))
    rates.sort()
    print(f"speed: {rates[len(rates) // 2]:.2f} MB/s median, {rates[-1]:.2f} MB/s best "
          f"({passes} passes over {size / 1e6:.2f} MB, CPU time of one core)")


if __name__ == "__main__":
    sys.exit(main())
