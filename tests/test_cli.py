"""The command line, as users run it: every command, every output format, and bad input."""
import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from searchidx.cli import main

from conftest import ROOT, SAMPLES, sample_paths


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "ix"
    result = CliRunner().invoke(main, ["index", str(SAMPLES), "--index", str(path)])
    assert result.exit_code == 0, result.output
    assert "9 added, 0 updated, 0 unchanged" in result.output
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_index_again_changes_nothing(cli_index):
    r = run("index", SAMPLES, "--index", cli_index)
    assert r.exit_code == 0 and "0 added, 0 updated, 9 unchanged" in r.output


def test_search_json_has_attribution(cli_index):
    r = run("search", "Al-Qaida", "--index", cli_index, "--format", "json")
    assert r.exit_code == 0, r.output
    hits = json.loads(r.output)
    assert {h["article_id"] for h in hits} == {"warschau-proces-marokko"}
    assert any("State Department" in s for h in hits for s in h["speakers"])
    assert all({"score", "title", "url", "date", "ordinal", "start", "end", "quotes"} <= h.keys() for h in hits)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_each_output_format_parses(cli_index, fmt):
    r = run("search", "strike OR staking OR grève OR Streik", "--index", cli_index, "--format", fmt, "-n", "5")
    assert r.exit_code == 0, r.output
    if fmt == "json":
        assert len(json.loads(r.output)) == 5
    elif fmt == "jsonl":
        assert len([json.loads(line) for line in r.output.splitlines()]) == 5
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.output)))
        assert len(rows) == 5 and float(rows[0]["score"]) > 0 and rows[0]["title"]
    else:
        assert r.output.startswith("1. [") and "5. [" in r.output


def test_search_filters_as_options(cli_index):
    r = run("search", "", "--index", cli_index, "--lang", "de", "--format", "jsonl", "-n", "50")
    langs = {json.loads(line)["lang"] for line in r.output.splitlines()}
    assert r.exit_code == 0 and langs == {"de"}
    r = run("search", "water", "--index", cli_index, "--source", "Fenwick Courier", "--since", "2025",
            "--format", "jsonl")
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert rows and {x["source"] for x in rows} == {"Fenwick Courier"}


def test_quotes_command_by_speaker(cli_index):
    r = run("quotes", "--speaker", "State Department", "--index", cli_index, "--format", "jsonl")
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert r.exit_code == 0 and len(rows) == 2
    assert all("State Department" in x["speaker"] and x["title"].startswith("Israel") for x in rows)
    r = run("quotes", "--speaker", "State Department", "--index", cli_index, "--format", "csv")
    assert r.output.splitlines()[0].startswith("speaker,text,source,date,title,url")


def test_extract_jsonl_fields(tmp_path):
    r = run("extract", SAMPLES / "warschau-proces-marokko.nl.txt", "--format", "jsonl")
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert len(rows) >= 4
    for key in ("article_id", "text", "start", "end", "speaker", "speaker_start", "speaker_end", "cue", "method"):
        assert key in rows[0]
    assert rows[0]["article_id"] == "warschau-proces-marokko"


def test_stats(cli_index):
    r = run("stats", "--index", cli_index, "--format", "json")
    info = json.loads(r.output)
    assert r.exit_code == 0 and info["articles"] == 9 and info["passages"] > 9 and info["quotes"] >= 90


def cli(*args, cwd=None):
    """Run `python cli.py …` as a user would, in a real process."""
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize("args, message", [
    (["index", "tests/data/bad/malformed.jsonl"], "malformed.jsonl:2: malformed JSON"),
    (["index", "tests/data/bad/invalid-utf8.txt"], "invalid UTF-8"),
    (["index", "does/not/exist.txt"], "no such file or directory"),
    (["search", '"unclosed'], "unbalanced quotation mark"),
    (["search", "bogus:field"], "unknown field 'bogus:'"),
    (["search", "x", "--since", "last week"], "not a date"),
])
def test_bad_input_one_line_error_no_traceback(cli_index, args, message):
    p = cli(*args, "--index", cli_index, cwd=ROOT)
    assert p.returncode == 1
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], p.stderr
    assert "Traceback" not in p.stderr


def test_bad_file_loses_nothing_already_indexed(cli_index):
    before = json.loads(cli("stats", "--index", cli_index, "--format", "json").stdout)
    cli("index", "tests/data/bad/malformed.jsonl", "--index", cli_index, cwd=ROOT)
    after = json.loads(cli("stats", "--index", cli_index, "--format", "json").stdout)
    assert before == after
    assert cli("search", "Al-Qaida", "--index", cli_index, "--format", "jsonl").stdout.count("\n") == 3


def test_skip_errors_counts_and_continues(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g", "title": "Good", "text": "A perfectly fine article text."}) + "\n")
    r = run("index", ROOT / "tests/data/bad/malformed.jsonl", good, "--skip-errors", "--index", tmp_path / "ix")
    assert r.exit_code == 0
    # the valid lines 1 and 3 around the broken line 2, and good.jsonl
    assert "3 added" in r.output and "1 failed" in r.output


def test_cli_py_launcher_and_help():
    p = cli("--help")
    assert p.returncode == 0
    for command in ("index", "search", "quotes", "extract", "stats"):
        assert command in p.stdout
