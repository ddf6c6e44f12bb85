#!/usr/bin/env python3
"""Whoosh and OpenSearch side by side on the same corpus: indexing throughput and query latency.

    scripts/opensearch-cluster.sh start
    python bench/engines_side_by_side.py --articles 2000 --url http://127.0.0.1:9200

Both engines index the same generated articles through searchidx's own path (``Index.add``, the
same passages and quotations), then answer the same fixed query mix, interleaved so that machine
noise hits both alike. Prints a Markdown table; ``--json FILE`` also writes the figures.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import iter_articles  # noqa: E402

from searchidx import Article, Index  # noqa: E402

QUERIES = [
    {"query": "minister"}, {"query": "water"}, {"query": "said OR zei"},
    {"query": "government AND minister"}, {"query": '"the minister said"'},
    {"query": "", "lang": "nl"}, {"query": "minister", "since": "2019", "until": "2020-06"},
    {"query": "", "speaker": "jansen"}, {"query": "quote:minister"}, {"query": "regering", "lang": "nl"},
]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=20, help="passes over the query mix")
    ap.add_argument("--url", default="http://127.0.0.1:9200")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)

    articles = [Article(**{k: a[k] for k in ("id", "title", "text", "url", "source", "date", "lang", "author")})
                for a in iter_articles(n_articles=args.articles, seed=1)]
    mb = sum(len(a.text.encode()) for a in articles) / 1e6
    engines = {
        "whoosh": Index(Path(tempfile.mkdtemp()) / "ix"),
        "opensearch": Index(f"bench-{uuid.uuid4().hex[:8]}", engine="opensearch", url=args.url),
    }
    figures: dict[str, dict] = {}
    try:
        for name, ix in engines.items():
            t = time.perf_counter()
            report = ix.add(articles)
            secs = time.perf_counter() - t
            figures[name] = {"index_s": secs, "articles_per_s": len(articles) / secs, "mb_per_s": mb / secs,
                             "passages": report.passages, "latency_ms": {}}
        for name, ix in engines.items():  # one warm-up pass each
            for q in QUERIES:
                ix.search(**q)
        times = {name: [] for name in engines}
        for _ in range(args.rounds):
            for q in QUERIES:
                for name, ix in engines.items():
                    t = time.perf_counter()
                    ix.search(**q)
                    times[name].append((time.perf_counter() - t) * 1000)
        for name in engines:
            figures[name]["latency_ms"] = {"median": statistics.median(times[name]),
                                           "p95": percentile(times[name], 0.95)}
    finally:
        engines["opensearch"].engine.drop()
        for ix in engines.values():
            ix.close()

    w, o = figures["whoosh"], figures["opensearch"]
    print(f"{len(articles)} articles, {w['passages']} passages, {mb:.1f} MB of text; "
          f"{args.rounds} × {len(QUERIES)} queries per engine, interleaved\n")
    print("| engine | index time (s) | articles/s | MB/s | query median (ms) | query p95 (ms) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, f in figures.items():
        print(f"| {name} | {f['index_s']:.1f} | {f['articles_per_s']:.0f} | {f['mb_per_s']:.2f} | "
              f"{f['latency_ms']['median']:.1f} | {f['latency_ms']['p95']:.1f} |")
    print(f"\nopensearch / whoosh: indexing speed ×{o['articles_per_s'] / w['articles_per_s']:.2f}, "
          f"median latency ×{o['latency_ms']['median'] / w['latency_ms']['median']:.2f}, "
          f"p95 ×{o['latency_ms']['p95'] / w['latency_ms']['p95']:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
