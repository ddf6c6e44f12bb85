"""Fact-checker commands as users run them (click's CliRunner), on tests/data/factcheck/."""
import json
import shutil

import pytest
from click.testing import CliRunner

from searchidx.cli import main

from test_factcheck import ARTICLES, DATA, ENGLISH_IDS, EXPECTED, MISQUOTE, ORIGINAL, TRUNCATED


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def cli_ix(tmp_path_factory):
    path = tmp_path_factory.mktemp("factcheck-cli") / "ix"
    r = run("index", ARTICLES, "--index", path)
    assert r.exit_code == 0 and "7 added" in r.output, r.output
    return path


def test_trace_shows_score_speaker_and_diff(cli_ix):
    r = run("trace", MISQUOTE, "--index", cli_ix, "--format", "table")
    assert r.exit_code == 0, r.output
    assert "[1.00 verbatim] 2024-04-02  The Morning Courier" in r.output
    assert "[0.84 altered] 2024-03-01  Westmere Gazette  — Hendrik de Vries" in r.output
    assert "[-now-] {+this winter+}" in r.output and "· replace: “government” → “province”" in r.output


def test_trace_jsonl(cli_ix):
    r = run("trace", "the dikes along the westmere are safe this winter but without new funds from the "
                     "province we can't guarantee they'll be safe in 10 years", "--index", cli_ix, "--format", "jsonl")
    rows = jsonl(r.output)
    assert rows[0]["article_id"] == "fc01-westmere-gazette" and rows[0]["speaker"] == "Hendrik de Vries"
    assert {"op": "replace", "yours": "funds", "original": "money"} in rows[0]["changes"]


def test_first_marks_the_earliest_and_the_conflict(cli_ix):
    r = run("first", TRUNCATED, "--index", cli_ix, "--format", "table")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].startswith("First appearance: 2024-03-01, Westmere Gazette — Hendrik de Vries")
    assert any(line.startswith("* 2024-03-01  Westmere Gazette") for line in lines)
    assert ("CONFLICTING attributions: Hendrik de Vries [Westmere Gazette, Lowland Ledger, Coastal Daily Post, "
            "The Morning Courier]") in r.output
    assert "spokesman for the ministry [Riverside Tribune]" in r.output
    same = run("trace", TRUNCATED, "--timeline", "--index", cli_ix, "--format", "json")
    t = json.loads(same.output)
    assert t["first"]["article_id"] == "fc01-westmere-gazette" and t["conflict"] is True
    assert {e["article_id"] for e in t["entries"]} == ENGLISH_IDS


def test_clusters_one_line_per_cluster(cli_ix):
    r = run("clusters", "--min-size", "2", "--index", cli_ix, "--format", "jsonl")
    rows = jsonl(r.output)
    assert [(c["count"], c["first_seen"], c["first_source"]) for c in rows] == [
        (5, "2024-03-01", "Westmere Gazette"), (2, "2024-03-05", "Dagblad Westmeer")]
    assert set(rows[0]["article_ids"]) == ENGLISH_IDS and rows[0]["text"] == ORIGINAL
    table = run("clusters", "--min-size", "2", "--members", "--index", cli_ix, "--format", "table")
    assert "×5  first 2024-03-01 Westmere Gazette" in table.output
    assert "outlets: Westmere Gazette, Lowland Ledger, Coastal Daily Post, The Morning Courier, Riverside Tribune" in table.output


def test_speakers_with_alias_file(cli_ix, tmp_path):
    r = run("speakers", "--index", cli_ix, "--aliases", DATA / "aliases.json", "--format", "jsonl")
    rows = {s["name"]: s for s in jsonl(r.output)}
    assert rows["Hendrik de Vries"]["names"] == {"Hendrik de Vries": 4, "De Vries": 1, "H. de Vries": 1}
    assert rows["Hendrik de Vries"]["wikidata"] == "Q0000000"
    toml = tmp_path / "aliases.toml"
    toml.write_text('["Hendrik de Vries"]\naliases = ["De voorzitter"]\nwikidata = "Q0000000"\n', "utf-8")
    merged = {s["name"]: s for s in jsonl(run("speakers", "--index", cli_ix, "--aliases", toml,
                                              "--format", "jsonl").output)}
    assert merged["Hendrik de Vries"]["count"] == 7
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    r = run("speakers", "--index", cli_ix, "--aliases", bad)
    assert r.exit_code == 1 and "not valid JSON" in r.output


def test_search_facets(cli_ix):
    r = run("search", "", "--facet", "speaker", "--facet", "source", "--facet", "month", "-n", "2",
            "--index", cli_ix, "--format", "json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["total"] == 23 and len(out["hits"]) == 2
    assert out["facets"]["month"] == {"2024-03": 17, "2024-04": 6}
    assert out["facets"]["speaker"]["Hendrik de Vries"] == 6
    assert out["facets"]["source"]["Riverside Tribune"] == 3
    table = run("search", "Westmeer", "--facet", "source", "--index", cli_ix, "--format", "table")
    assert "Counts over all 5 matching passages:" in table.output
    assert "    3  Polderpost" in table.output
    lines = jsonl(run("search", "Westmeer", "--facet", "month", "--index", cli_ix, "--format", "jsonl").output)
    assert {"facet": "month", "value": "2024-03", "count": 5} in lines


def test_cite(cli_ix):
    r = run("cite", "meeting provincial executive", "--index", cli_ix, "--format", "table")
    assert r.exit_code == 0, r.output
    assert r.output.strip() == (
        "Hendrik de Vries: “We have asked for a meeting with the provincial executive before the summer,” "
        "— Westmere Gazette, “Water board warns of dike funding gap”, 2024-03-01. "
        "https://example.org/westmere-gazette/2024/03/01/dike-funding [fc01-westmere-gazette 573:649]")
    hits = jsonl(run("cite", "dikes", "--hits", "-n", "2", "--index", cli_ix, "--format", "jsonl").output)
    assert len(hits) == 2 and all(h["citation"] and h["url"] for h in hits)


def test_explain(cli_ix):
    r = run("explain", "Every spring", "--index", cli_ix, "--format", "table")
    assert "→ attributed to Ellen Marsh" in r.output and "by rule " in r.output and "cue “said”" in r.output


def test_verify_passes_then_fails_after_an_edit(tmp_path):
    src = tmp_path / "articles.jsonl"
    shutil.copy(ARTICLES, src)
    ix = tmp_path / "ix"
    assert run("index", src, "--index", ix).exit_code == 0
    ok = run("verify", "--index", ix)
    assert ok.exit_code == 0 and f"OK: {len(EXPECTED)} quotations in 7 articles checked: 0 problems" in ok.output
    src.write_text(src.read_text("utf-8").replace("safe for this winter, but without new money",
                                                  "safe for this year, but without new money"), "utf-8")
    bad = run("verify", "--index", ix)
    assert bad.exit_code == 1
    problems = [line for line in bad.output.splitlines() if line.startswith(str(src))]
    # the original wording is in fc01, fc03 and fc07; the quotations after it moved by two characters
    changed = [p for p in problems if "quoted text changed: “winter” → “year”" in p]
    assert [p.split(": ")[1].split(" ")[0] for p in changed] == [
        "fc01-westmere-gazette", "fc03-lowland-ledger", "fc07-riverside-tribune"]
    assert all("moved to" in p for p in problems if p not in changed)
    assert "FAILED: " in bad.output
    only = run("verify", "fc05-coastal-daily-post", "--index", ix)
    assert only.exit_code == 0
