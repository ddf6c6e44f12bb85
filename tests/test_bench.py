"""A tiny-scale run of the benchmark suite (bench/run.py) keeps it working: seconds, not minutes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_generator_is_deterministic_and_realistic():
    from bench import generate

    a = list(generate.iter_articles(n_articles=20, seed=3))
    b = list(generate.iter_articles(n_articles=20, seed=3))
    assert a == b and len(a) == 20
    assert {x["lang"] for x in a} <= {"en", "nl", "de", "fr"}
    text = "\n".join(x["text"] for x in a)
    assert any(m in text for m in ("“", "„", "«"))            # quotations with the languages' marks
    assert all(x["date"][:2] == "20" and x["source"] and x["title"] for x in a)
    passages = list(generate.iter_articles(n_passages=50, seed=3))
    assert sum(x["text"].count("\n\n") + 1 for x in passages) >= 50


def test_generator_cli(tmp_path):
    out = tmp_path / "c.jsonl"
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), "--articles", "5", "--out", str(out)],
                   check=True, capture_output=True)
    assert len([json.loads(line) for line in out.read_text().splitlines()]) == 5


def test_tiny_run_writes_report_json_and_plots(tmp_path):
    pytest.importorskip("matplotlib")
    from bench import run

    out, work = tmp_path / "out", tmp_path / "work"
    assert run.main(["--scale", "tiny", "--sizes", "120", "--engines", "searchidx,whoosh", "--jobs", "1",
                     "--out", str(out), "--work", str(work)]) == 0
    results = json.loads((out / "results.json").read_text())
    r = results["sizes"]["120"]
    assert r["index"]["searchidx/j1"]["passages"] >= 120
    assert r["index"]["searchidx/j1"]["peak_rss_mb"] > 0
    assert set(r["index"]["searchidx/j1"]["shares"]) >= {"read", "split", "quotes", "engine"}
    assert r["query"]["searchidx"]["kinds"]["term"]["with_hits"] >= 1
    assert "whoosh" in r["ratios"]["index_speed"]
    report = (out / "report.md").read_text()
    assert "## Targets" in report and "searchidx ÷ peer" in report
    for png in ("scaling_time.png", "scaling_memory.png", "scaling_latency.png"):
        assert (out / png).stat().st_size > 1000



def test_ratios_compare_wall_time_only_within_one_run():
    from bench.run import ratios
    entry = {"passages_per_s": 100.0, "peak_rss_mb": 200.0, "index_mb": 30.0}
    res = {"index": {"searchidx/j1": {**entry, "date": "a"},
                     "whoosh/j1": {**entry, "passages_per_s": 200.0, "peak_rss_mb": 100.0, "date": "b"},
                     "tantivy/j1": {**entry, "passages_per_s": 400.0, "date": "a", "cpu_s": 1.0}},
           "query": {}}
    r = ratios(res)
    assert r["index_speed"] == {"tantivy": 0.25}          # whoosh was measured in another run
    assert r["peak_rss"]["whoosh"] == 2.0 and r["index_size"]["whoosh"] == 1.0
    assert "index_speed_cpu" not in r                     # searchidx has no CPU seconds here


def test_merge_keeps_the_later_run_of_each_engine():
    from bench.run import keep_newest
    corpus = {"name": "gen-1000-s1"}
    stored = {"corpus": corpus, "index": {"searchidx/j1": {"date": "2026-11-29T21:00", "seconds": 1.0}},
              "query": {}}
    merged = {"corpus": corpus, "index": {"searchidx/j1": {"date": "2026-11-29T15:00", "seconds": 2.0},
                                          "whoosh/j1": {"date": "2026-11-29T09:00", "seconds": 3.0}},
              "query": {"whoosh": {"date": "2026-11-29T09:00"}}}
    out = keep_newest(stored, merged)
    assert out["index"]["searchidx/j1"]["seconds"] == 1.0       # this directory's newer figure
    assert out["index"]["whoosh/j1"]["seconds"] == 3.0          # the merged run's own
    assert out["query"] == {"whoosh": {"date": "2026-11-29T09:00"}}
    assert keep_newest(stored, {**merged, "corpus": {"name": "other"}})["index"]["searchidx/j1"]["seconds"] == 2.0
