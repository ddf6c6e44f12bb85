#!/usr/bin/env python3
"""searchidx benchmark suite: indexing speed, memory, index size, query latency and ranking
quality, side by side with raw Whoosh, tantivy and bm25s on the same passages.

    python bench/run.py --scale tiny        # seconds: a smoke run (what tests/test_bench.py runs)
    python bench/run.py --scale 10k         # 1k and 10k passages
    python bench/run.py --scale 100k        # 10k and 100k passages (+ SciFact)
    python bench/run.py --scale 1m          # 100k and 1M passages (hours with Whoosh)
    python bench/run.py --sizes 5000,20000 --engines searchidx,whoosh --no-scifact

Writes into ``bench/out/`` (git-ignored): ``report.md`` (tables), ``results.json`` (every figure,
accumulated over runs by corpus size, so curves grow as you run larger scales) and PNG plots of
time, memory and latency against corpus size. See bench/README.md.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCALES = {  # corpus sizes in passages, queries per kind, warm rounds
    "tiny": {"sizes": [150, 400], "per_kind": 3, "rounds": 2, "scifact": False},
    "10k": {"sizes": [1_000, 10_000], "per_kind": 20, "rounds": 3, "scifact": True},
    "100k": {"sizes": [10_000, 100_000], "per_kind": 20, "rounds": 3, "scifact": True},
    "1m": {"sizes": [100_000, 1_000_000], "per_kind": 20, "rounds": 3, "scifact": True},
}
ENGINES = ("searchidx", "whoosh", "tantivy", "bm25s")
PEERS = ("whoosh", "tantivy", "bm25s")
STAMP: dict = {}  # commit and date of this run, set in main(), written into every figure
KINDS = ("term", "and", "phrase", "or", "speaker", "date", "misquote")


# --- workers (run in a subprocess each, so peak memory is per engine and phase) ---------------
def worker(args) -> dict:
    from bench.engines import ENGINES as E
    eng = E[args.engine]()
    if args.worker == "index":
        inputs = args.input if eng.input == "articles" else args.input[0]
        res = eng.build(inputs, args.index_dir, jobs=args.jobs, shares=args.shares)
        return res
    queries = json.loads(Path(args.queries).read_text())
    t = time.perf_counter()
    eng.open(args.index_dir)
    open_s = time.perf_counter() - t
    lat: dict[str, list[list[float]]] = {}
    hits: dict[str, int] = {}
    for rnd in range(args.rounds + 1):
        for q in queries:
            t = time.perf_counter()
            r = eng.query(q)
            dt = time.perf_counter() - t
            if r is None:
                continue
            per = lat.setdefault(q["kind"], [[] for _ in range(args.rounds + 1)])
            per[rnd].append(dt * 1000)
            if rnd == 0:
                hits[q["kind"]] = hits.get(q["kind"], 0) + (len(r) > 0)
    eng.close()
    return {"open_ms": open_s * 1000, "latency_ms": lat, "with_hits": hits}


def vm_hwm_mb() -> float | None:
    """This process's peak resident set (Linux VmHWM), which, unlike ru_maxrss, does not inherit
    the parent's high-water mark across fork + exec."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _spawn(argv: list[str], log) -> tuple[dict, float, float]:
    """Run a worker; returns (its JSON, wall seconds, peak RSS in MB of that child alone:
    its VmHWM where the OS has one, else wait4's ru_maxrss, which includes the parent's peak at
    fork time)."""
    t = time.perf_counter()
    p = subprocess.Popen([sys.executable, str(Path(__file__).resolve())] + argv,
                         stdout=subprocess.PIPE, stderr=log, cwd=ROOT)
    out = p.stdout.read()
    p.stdout.close()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise RuntimeError(f"worker {' '.join(argv)} failed ({p.returncode}); see {log.name}")
    res = json.loads(out.decode().strip().splitlines()[-1])
    res["ru_maxrss_mb"] = usage.ru_maxrss / 1024  # KiB on Linux
    # CPU seconds of the worker and its own workers: on a shared machine, wall time also counts
    # the other processes' load; runs made apart are compared by this
    res["cpu_s"] = usage.ru_utime + usage.ru_stime
    own = res.get("vm_hwm_mb") or res["ru_maxrss_mb"]
    # with worker processes of its own: its peak plus the largest child's (an estimate of the
    # simultaneous total; children inherit the parent's pages copy-on-write)
    return res, wall, own + (res.get("children_maxrss_mb") or 0)


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]


def searchidx_jobs_supported() -> bool:
    from bench.engines import _supports_jobs
    return _supports_jobs()


# --- one corpus size -------------------------------------------------------------------------
def bench_corpus(corpus: dict, engines, jobs_list, per_kind, rounds, work: Path, log, say,
                 query_only: bool = False) -> dict:
    from bench import queries as Q
    res = {"corpus": {k: corpus[k] for k in ("name", "articles", "passages", "raw_bytes")},
           "index": {}, "query": {}}
    qfile = work / f"{corpus['name']}.queries.json"
    if not qfile.exists():
        qfile.write_text(json.dumps(Q.build(corpus["passages_file"], corpus["articles_files"], per_kind)))
    mb = corpus["raw_bytes"] / 1e6
    for name in engines if not query_only else ():
        for jobs in jobs_list:
            if jobs > 1 and name == "bm25s":
                continue  # single-threaded numpy indexing
            if jobs > 1 and name == "searchidx" and not searchidx_jobs_supported():
                say(f"  searchidx --jobs {jobs}: not available yet (Index.add_paths has no jobs)")
                continue
            ixdir = work / "ix" / f"{corpus['name']}-{name}-j{jobs}"
            inputs = corpus["articles_files"] if name == "searchidx" else [corpus["passages_file"]]
            argv = ["--worker", "index", "--engine", name, "--index-dir", str(ixdir), "--jobs",
                    str(jobs), "--input", *inputs] + (["--shares"] if name == "searchidx" and jobs == 1 else [])
            load0 = os.getloadavg()[0]
            r, wall, rss = _spawn(argv, log)
            secs = r["seconds"]
            entry = {**r, "jobs": jobs, "wall_s": wall, "peak_rss_mb": rss,
                     "articles_per_s": corpus["articles"] / secs, "passages_per_s": corpus["passages"] / secs,
                     "mb_per_s": mb / secs, "index_mb": dir_size(ixdir) / 1e6,
                     "load_avg": [load0, os.getloadavg()[0]], **STAMP}
            entry["index_to_raw"] = entry["index_mb"] / mb
            res["index"][f"{name}/j{jobs}"] = entry
            say(f"  index {name:9s} jobs {jobs}: {secs:8.1f} s  {entry['passages_per_s']:8.0f} passages/s  "
                f"{rss:6.0f} MB peak  index {entry['index_mb']:.1f} MB ({entry['index_to_raw']:.2f}× raw)  "
                f"load {load0:.1f}")
    for name in engines:
        ixdir = work / "ix" / f"{corpus['name']}-{name}-j1"
        if not ixdir.exists():
            continue
        r, wall, rss = _spawn(["--worker", "query", "--engine", name, "--index-dir", str(ixdir),
                               "--queries", str(qfile), "--rounds", str(rounds)], log)
        summary = {"open_ms": r["open_ms"], "peak_rss_mb": rss, "kinds": {}, "load_avg": os.getloadavg()[0],
                   **STAMP}
        for kind, per_round in r["latency_ms"].items():
            cold, warm = per_round[0], [x for rnd in per_round[1:] for x in rnd]
            summary["kinds"][kind] = {
                "n": len(cold), "with_hits": r["with_hits"].get(kind, 0),
                "cold_median": pct(cold, 50), "cold_p95": pct(cold, 95),
                "median": pct(warm, 50), "p95": pct(warm, 95), "p99": pct(warm, 99)}
        res["query"][name] = summary
        ks = summary["kinds"]
        say(f"  query {name:9s}: " + "  ".join(f"{k} {v['median']:.1f}/{v['p95']:.1f}" for k, v in ks.items())
            + " ms (warm median/p95)")
    return res


def keep_unmeasured(previous: dict | None, res: dict) -> dict:
    """A run of some engines at a size keeps the other engines' figures from an earlier run on the
    same corpus (each entry names its commit and date), so a 1M table can be built engine by engine
    when one run would outlast a working session. The report marks such mixed rows by their dates."""
    if not previous or previous.get("corpus", {}).get("name") != res["corpus"]["name"]:
        return res
    for part in ("index", "query"):
        for key, entry in previous.get(part, {}).items():
            res[part].setdefault(key, entry)
    return res


def keep_newest(stored: dict | None, merged: dict) -> dict:
    """``--merge``: the figures of another run's results.json joined with those already in this
    output directory; where both have an engine's figure, the later run's (by date) is kept."""
    if not stored or stored.get("corpus", {}).get("name") != merged.get("corpus", {}).get("name"):
        return merged
    out = {**merged, "index": dict(merged.get("index", {})), "query": dict(merged.get("query", {}))}
    for part in ("index", "query"):
        for key, entry in stored.get(part, {}).items():
            other = out[part].get(key)
            if other is None or str(entry.get("date", "")) > str(other.get("date", "")):
                out[part][key] = entry
    return out


# --- ratios, targets, report -----------------------------------------------------------------
def same_run(a: dict, b: dict) -> bool:
    """Whether two figures come from one run (wall-time ratios only mean something then)."""
    return a.get("date") == b.get("date")


def ratios(res: dict) -> dict:
    """searchidx figure ÷ peer figure, per peer (throughput: >1 is faster; latency: <1 is faster)."""
    out = {"index_speed": {}, "query_median": {}, "query_p95": {}, "peak_rss": {}, "index_size": {}}
    si = res["index"].get("searchidx/j1")
    for peer in PEERS:
        pe = res["index"].get(f"{peer}/j1")
        if si and pe:
            if same_run(si, pe):
                out["index_speed"][peer] = si["passages_per_s"] / pe["passages_per_s"]
            if si.get("cpu_s") and pe.get("cpu_s"):  # throughput per CPU second
                out.setdefault("index_speed_cpu", {})[peer] = pe["cpu_s"] / si["cpu_s"]
            out["peak_rss"][peer] = si["peak_rss_mb"] / pe["peak_rss_mb"]
            out["index_size"][peer] = si["index_mb"] / pe["index_mb"] if pe["index_mb"] else None
        sq, pq = res["query"].get("searchidx"), res["query"].get(peer)
        if sq and pq:
            for kind in pq["kinds"]:
                if kind in sq["kinds"]:
                    out["query_median"].setdefault(peer, {})[kind] = sq["kinds"][kind]["median"] / pq["kinds"][kind]["median"]
                    out["query_p95"].setdefault(peer, {})[kind] = sq["kinds"][kind]["p95"] / pq["kinds"][kind]["p95"]
    j1, j2 = res["index"].get("searchidx/j1"), res["index"].get("searchidx/j2")
    if j1 and j2 and same_run(j1, j2):
        out["jobs2_speedup"] = j2["passages_per_s"] / j1["passages_per_s"]
    return out


def targets(results: dict, largest: str, scifact: dict | None) -> list[tuple[str, str, str]]:
    res = results["sizes"][largest]
    rat = res.get("ratios", {})
    rows = []
    v = rat.get("index_speed", {}).get("whoosh")
    c = rat.get("index_speed_cpu", {}).get("whoosh")
    rows.append(("indexing (with quotations) ≥ 0.7× raw Whoosh, jobs 1",
                 _f(v, "×") + (f" (per CPU second {_f(c, '×')})" if c else ""), _ok(v, 0.7, True)))
    v = rat.get("jobs2_speedup")
    rows.append(("jobs 2 ≥ 1.6× jobs 1", _f(v, "×") if v else "n/a (no jobs 1 and 2 from one run)", _ok(v, 1.6, True)))
    for stat in ("query_median", "query_p95"):
        vals = rat.get(stat, {}).get("whoosh", {})
        worst = max((vals[k] for k in ("term", "and", "phrase") if k in vals), default=None)
        rows.append((f"queries ≤ 1.1× raw Whoosh ({stat.split('_')[1]}, worst of term/AND/phrase)",
                     _f(worst, "×"), _ok(worst, 1.1, False)))
    q = res["query"].get("searchidx", {}).get("kinds", {})
    worst = max((q[k]["p95"] for k in ("term", "and", "phrase", "speaker", "date") if k in q), default=None)
    rows.append((f"warm p95 ≤ 100 ms for term/AND/phrase/filter at {largest} passages", _f(worst, " ms"),
                 _ok(worst, 100, False)))
    sizes = sorted(int(s) for s in results["sizes"] if "searchidx/j1" in results["sizes"][s]["index"])
    if len(sizes) >= 2:
        a, b = results["sizes"][str(sizes[-2])], results["sizes"][str(sizes[-1])]
        ea, eb = a["index"]["searchidx/j1"], b["index"]["searchidx/j1"]
        v = eb["peak_rss_mb"] / ea["peak_rss_mb"]
        apart = "" if same_run(ea, eb) else f" (runs apart: {ea.get('commit', '?')}, {eb.get('commit', '?')})"
        rows.append((f"peak memory {sizes[-1]:,} ≤ 1.5× {sizes[-2]:,} passages", _f(v, "×") + apart,
                     _ok(v, 1.5, False)))
    si = res["index"].get("searchidx/j1")
    v = si and si["index_to_raw"]
    rows.append(("index ≤ 2× raw text", _f(v, "×"), _ok(v, 2.0, False)))
    v = (scifact or {}).get("searchidx", {}).get("ndcg@10")
    rows.append(("SciFact nDCG@10 ≥ 0.679", _f(v, "", 3), _ok(v, 0.679, True)))
    return rows


def _f(v, unit="", digits=2):
    return "n/a" if v is None else f"{v:.{digits}f}{unit}"


def _ok(v, limit, higher_better):
    if v is None:
        return "–"
    return "yes" if (v >= limit if higher_better else v <= limit) else "**no**"


def markdown(results: dict, run_sizes: list[int], scifact: dict | None) -> str:
    largest = str(max(run_sizes))
    res = results["sizes"][largest]
    c = res["corpus"]
    meta = results["meta"]
    L = [f"# searchidx benchmark: {c['passages']:,} passages ({c['articles']:,} articles, "
         f"{c['raw_bytes'] / 1e6:.1f} MB text, corpus `{c['name']}`)", "",
         f"{meta['date']} · commit {meta['commit']} · {meta['cpus']} cores · Python {meta['python']} · "
         f"load average at start {meta['load_start']:.2f}, end {meta.get('load_end', float('nan')):.2f} "
         "(shared machine: compare ratios, measured side by side in one run)", ""]
    L += ["## Targets", "", "| target | measured | met |", "|---|---|---|"]
    L += [f"| {a} | {b} | {c_} |" for a, b, c_ in targets(results, largest, scifact)]
    L += ["", "## Indexing", "",
          "| engine | jobs | seconds | CPU s | articles/s | passages/s | MB/s | peak RSS MB | index MB | index/raw | load | run |",
          "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for key, e in res["index"].items():
        name, jobs = key.split("/j")
        L.append(f"| {name} | {jobs} | {e['seconds']:.1f} | {e.get('cpu_s', float('nan')):.0f} | "
                 f"{e['articles_per_s']:.0f} | {e['passages_per_s']:.0f} | "
                 f"{e['mb_per_s']:.2f} | {e['peak_rss_mb']:.0f} | {e['index_mb']:.1f} | {e['index_to_raw']:.2f} | "
                 f"{e['load_avg'][0]:.1f} | {e.get('commit', '?')} {e.get('date', '')[:16]} |")
    sh = res["index"].get("searchidx/j1", {}).get("shares")
    if sh:
        L += ["", "Share of searchidx indexing time (jobs 1): " +
              ", ".join(f"{k} {v * 100:.0f}%" for k, v in sh.items())]
    rat = res.get("ratios", {})
    L += ["", "### searchidx ÷ peer (same passages, same run)", "",
          "| figure | " + " | ".join(PEERS) + " |", "|---|" + "---|" * len(PEERS)]
    for label, key in (("indexing speed (passages/s; >1 = searchidx faster)", "index_speed"),
                       ("peak memory", "peak_rss"), ("index size", "index_size")):
        L.append(f"| {label} | " + " | ".join(_f(rat.get(key, {}).get(p), "×") for p in PEERS) + " |")
    for stat in ("query_median", "query_p95"):
        for kind in KINDS:
            vals = [rat.get(stat, {}).get(p, {}).get(kind) for p in PEERS]
            if any(v is not None for v in vals):
                L.append(f"| {kind} query {stat.split('_')[1]} latency (<1 = searchidx faster) | "
                         + " | ".join(_f(v, "×") for v in vals) + " |")
    if "jobs2_speedup" in rat:
        L.append(f"\nsearchidx jobs 2 ÷ jobs 1: {rat['jobs2_speedup']:.2f}×")
    L += ["", "## Queries (ms; cold = first run after opening, warm = later rounds)", "",
          "| engine | kind | n | with hits | cold median | cold p95 | warm median | warm p95 | warm p99 |",
          "|---|---|---|---|---|---|---|---|---|"]
    for name, q in res["query"].items():
        for kind in KINDS:
            k = q["kinds"].get(kind)
            if k:
                L.append(f"| {name} | {kind} | {k['n']} | {k['with_hits']} | {k['cold_median']:.2f} | "
                         f"{k['cold_p95']:.2f} | {k['median']:.2f} | {k['p95']:.2f} | {k['p99']:.2f} |")
    L += ["", "## Scaling (all sizes measured so far; figures from their own runs)", "",
          "| passages | engine | index s | passages/s | peak RSS MB | index/raw | term p95 ms | phrase p95 ms |",
          "|---|---|---|---|---|---|---|---|"]
    for size in sorted(results["sizes"], key=int):
        r = results["sizes"][size]
        for key, e in r["index"].items():
            name = key.split("/j")[0]
            if not key.endswith("/j1"):
                continue
            q = r["query"].get(name, {}).get("kinds", {})
            L.append(f"| {int(size):,} | {name} | {e['seconds']:.1f} | {e['passages_per_s']:.0f} | "
                     f"{e['peak_rss_mb']:.0f} | {e['index_to_raw']:.2f} | "
                     f"{_f(q.get('term', {}).get('p95'))} | {_f(q.get('phrase', {}).get('p95'))} |")
    if scifact and "skipped" not in scifact:
        L += ["", "## Ranking quality: SciFact test (300 queries)", "",
              "| engine | nDCG@10 | recall@100 | seconds |", "|---|---|---|---|"]
        for name, v in scifact.items():
            if isinstance(v, dict) and "ndcg@10" in v:
                L.append(f"| {name} | {v['ndcg@10']:.3f} | {v['recall@100']:.3f} | {v['seconds']} |")
        L.append("| Anserini BM25 flat / multifield (published) | 0.679 / 0.665 | | |")
    elif scifact:
        L += ["", f"SciFact: {scifact['skipped']}"]
    news = results.get("news")
    if news:
        L += ["", f"## Real news ({news['corpus']['articles']:,} articles, {news['corpus']['passages']:,} passages)", "",
              "| engine | passages/s | peak RSS MB | index/raw | term p95 ms | phrase p95 ms |", "|---|---|---|---|---|---|"]
        for key, e in news["index"].items():
            name = key.split("/j")[0]
            q = news["query"].get(name, {}).get("kinds", {})
            L.append(f"| {key} | {e['passages_per_s']:.0f} | {e['peak_rss_mb']:.0f} | {e['index_to_raw']:.2f} | "
                     f"{_f(q.get('term', {}).get('p95'))} | {_f(q.get('phrase', {}).get('p95'))} |")
    L += ["", "Plots: `scaling_time.png`, `scaling_memory.png`, `scaling_latency.png`."]
    return "\n".join(L) + "\n"


def plots(results: dict, out: Path) -> list[str]:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    sizes = sorted(results["sizes"], key=int)
    made = []
    panels = (("scaling_time.png", "indexing time (s)", lambda e, q: e["seconds"]),
              ("scaling_memory.png", "peak RSS while indexing (MB)", lambda e, q: e["peak_rss_mb"]),
              ("scaling_latency.png", "warm p95 latency, term queries (ms)",
               lambda e, q: (q or {}).get("kinds", {}).get("term", {}).get("p95")))
    for fname, ylabel, get in panels:
        fig, ax = plt.subplots(figsize=(6.4, 4.2))
        for name in ENGINES:
            xs, ys = [], []
            for s in sizes:
                e = results["sizes"][s]["index"].get(f"{name}/j1")
                y = get(e, results["sizes"][s]["query"].get(name)) if e else None
                if y is not None:
                    xs.append(int(s))
                    ys.append(y)
            if xs:
                ax.plot(xs, ys, marker="o", label=name)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("corpus size (passages)")
        ax.set_ylabel(ylabel)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
        fig.tight_layout()
        fig.savefig(out / fname, dpi=110)
        plt.close(fig)
        made.append(fname)
    return made


def git_commit() -> str:
    try:
        return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True).strip()
    except Exception:
        return "?"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", choices=SCALES, default="10k")
    ap.add_argument("--sizes", help="comma-separated corpus sizes in passages (overrides the scale's)")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--jobs", default="1,2", help="indexing jobs to measure (searchidx when supported, "
                                                   "whoosh procs, tantivy threads)")
    ap.add_argument("--no-scifact", action="store_true")
    ap.add_argument("--merge", metavar="RESULTS_JSON",
                    help="first take in the figures of another run's results.json (made apart, e.g. "
                         "one engine per run in parallel), then run as asked")
    ap.add_argument("--query-only", action="store_true",
                    help="query the indexes an earlier run built (keeping its indexing figures)")
    ap.add_argument("--no-news", action="store_true", help="skip the real news corpus")
    ap.add_argument("--out", default=str(ROOT / "bench/out"))
    ap.add_argument("--work", default=None, help="corpora and indexes (default: a dir under /tmp)")
    ap.add_argument("--fresh", action="store_true", help="forget earlier results.json figures")
    # worker mode (internal)
    ap.add_argument("--worker", choices=("index", "query"))
    ap.add_argument("--engine")
    ap.add_argument("--input", nargs="+")
    ap.add_argument("--index-dir")
    ap.add_argument("--queries")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--shares", action="store_true")
    args = ap.parse_args(argv)
    if args.worker:
        args.jobs = int(args.jobs) if "," not in args.jobs else 1
        res = worker(args)
        res["vm_hwm_mb"] = vm_hwm_mb()
        import resource  # worker processes of its own (whoosh procs, searchidx --jobs): their peak
        res["children_maxrss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(json.dumps(res))
        return 0

    from bench import corpora
    scale = SCALES[args.scale]
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else scale["sizes"]
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(args.work or f"/tmp/searchidx-bench-{os.getuid()}")
    (work / "ix").mkdir(parents=True, exist_ok=True)
    store = out / "results.json"
    results = json.loads(store.read_text()) if store.exists() and not args.fresh else {"sizes": {}}
    results["meta"] = {"date": _dt.datetime.now().isoformat(timespec="seconds"), "commit": git_commit(),
                       "cpus": os.cpu_count(), "python": platform.python_version(),
                       "load_start": os.getloadavg()[0], "scale": args.scale}
    STAMP.update(commit=results["meta"]["commit"], date=results["meta"]["date"])
    if args.merge:
        for size, entry in json.loads(Path(args.merge).read_text()).get("sizes", {}).items():
            merged = keep_newest(results["sizes"].get(size), entry)
            merged["ratios"] = ratios(merged)
            results["sizes"][size] = merged
    log = open(out / "workers.log", "a")

    def say(msg):
        print(msg, flush=True)

    for size in sizes:
        say(f"corpus: {size:,} passages (generated)")
        corpus = corpora.generated(work, size)
        res = bench_corpus(corpus, engines, jobs_list, scale["per_kind"], scale["rounds"], work, log, say,
                           query_only=args.query_only)
        res = keep_unmeasured(results["sizes"].get(str(size)), res)
        res["ratios"] = ratios(res)
        results["sizes"][str(size)] = res
        store.write_text(json.dumps(results, indent=1))
    if not args.no_news and args.scale != "tiny":
        corpus = corpora.news(work)
        if corpus:
            say(f"corpus: real news, {corpus['articles']} articles")
            res = bench_corpus(corpus, engines, [1], scale["per_kind"], scale["rounds"], work, log, say)
            res["ratios"] = ratios(res)
            results["news"] = res
    scifact = None
    if scale["scifact"] and not args.no_scifact:
        from bench import scifact as sf
        say("SciFact …")
        scifact = sf.run([e for e in engines if e in sf.RUNNERS])
        results["scifact"] = scifact
        say("  " + json.dumps(scifact))
    log.close()
    results["meta"]["load_end"] = os.getloadavg()[0]
    store.write_text(json.dumps(results, indent=1))
    (out / "report.md").write_text(markdown(results, sizes, scifact or results.get("scifact")))
    made = plots(results, out)
    say(f"wrote {out / 'report.md'}, {store.name}, {', '.join(made)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
