"""Index lifecycle: manifest, incremental indexing, delete and prune, rebuild, check, the writer
lock, parallel analysis, progress, and bad input that never costs the index anything."""
import io
import json
import os
import socket
import subprocess

import pytest
from click.testing import CliRunner

from searchidx import Index, lifecycle
from searchidx.cli import main
from searchidx.errors import IndexStateError, SourceError
from searchidx.engine.whoosh_engine import SCHEMA_VERSION
from searchidx.progress import Progress

from conftest import SAMPLES
from lifecycle_util import article, cli_cmd, stored, write_jsonl


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def built(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 6))
    b = write_jsonl(tmp_path / "b.jsonl", range(6, 10))
    ix = tmp_path / "ix"
    with Index(ix) as index:
        index.add_paths([a, b])
    return a, b, ix


def manifest(ix):
    return json.loads((ix / "manifest.json").read_text())


# --- manifest ------------------------------------------------------------------------------
def test_manifest_describes_the_index(built):
    a, b, ix = built
    m = manifest(ix)
    assert m["schema_version"] == SCHEMA_VERSION and m["searchidx_version"] and m["data"] == "data-1"
    assert m["analysis"]["max_passage_chars"] == 1200 and "html_extractor" in m["analysis"]
    assert m["counts"] == {"articles": 10, "passages": 30, "quotes": 10}
    entry = m["sources"][str(a.resolve())]
    assert entry["articles"] == 6 and entry["complete"] and len(entry["sha256"]) == 64
    assert m["in_progress"] is None and m["last_run"]["report"]["added"] == 10
    assert not [p for p in ix.iterdir() if ".tmp" in p.name]  # written via temp file + rename
    r = run("stats", "--index", ix, "--format", "json")
    info = json.loads(r.output)
    assert info["sources"] == 2 and info["generation"] == 1 and info["schema_version"] == SCHEMA_VERSION


def test_other_schema_version_says_rebuild_and_rebuild_fixes_it(built):
    a, b, ix = built
    m = manifest(ix)
    m["schema_version"] = 0
    (ix / "manifest.json").write_text(json.dumps(m))
    with pytest.raises(IndexStateError, match=rf"schema version 0, this searchidx needs {SCHEMA_VERSION}: run `searchidx rebuild"):
        Index.open(ix)
    r = run("rebuild", "--index", ix, "-j", "1")
    assert r.exit_code == 0, r.output
    with Index.open(ix) as index:
        assert index.stats()["articles"] == 10


# --- incremental ---------------------------------------------------------------------------
def test_same_sources_again_change_nothing_and_skip_unchanged_files(built, monkeypatch):
    a, b, ix = built
    before = stored(ix)
    import searchidx.lifecycle.build as build
    read = []
    monkeypatch.setattr(build, "read_file", lambda f, errors="raise": read.append(f) or iter(()))
    with Index(ix) as index:
        r = index.add_paths([a, b])
    assert (r.added, r.updated, r.unchanged) == (0, 0, 10) and read == []  # not even read
    assert stored(ix) == before


def test_changed_articles_replaced_new_added(built):
    a, b, ix = built
    write_jsonl(a, [0, 1, 2, 3, 4, 5, 10], version=1)  # 6 changed, 1 new
    with Index(ix) as index:
        r = index.add_paths([a, b])
        assert (r.added, r.updated, r.unchanged) == (1, 6, 4)
        assert {h.article_id for h in index.search('"version 1"', limit=100)} == {f"art-{i:04d}" for i in (0, 1, 2, 3, 4, 5, 10)}
        assert not index.search('"version 0" district 3', limit=100).hits
    arts, passages = stored(ix)
    assert len(arts) == 11 and len(passages) == len(set(passages)) == 33
    assert lifecycle.check(ix).ok


def test_same_id_twice_in_one_batch_is_stored_once(tmp_path):
    f = tmp_path / "dup.jsonl"
    f.write_text(json.dumps(article(1, 0)) + "\n" + json.dumps(article(1, 1)) + "\n")
    with Index(tmp_path / "ix") as index:
        index.add_paths([f])
        [hit] = index.search('"version 1"').hits
    arts, passages = stored(tmp_path / "ix")
    assert list(arts) == ["art-0001"] and len(passages) == 3


def test_delete_command_and_reindex_brings_back(built):
    a, b, ix = built
    r = run("delete", "art-0001", "art-0007", "nope", "--index", ix)
    assert r.exit_code == 1 and "2 deleted" in r.output and "not in the index: nope" in r.output
    assert len(stored(ix)[0]) == 8 and manifest(ix)["counts"]["articles"] == 8
    assert lifecycle.check(ix).ok
    with Index(ix) as index:
        r = index.add_paths([a, b])
    assert (r.added, r.unchanged) == (2, 8)


def test_prune_drops_articles_of_gone_files_and_gone_lines(built):
    a, b, ix = built
    write_jsonl(a, [0, 1, 2])  # articles 3-5 no longer in a.jsonl
    b.unlink()                 # articles 6-9 gone with their file
    r = run("index", a, "--index", ix, "-j", "1")
    assert r.exit_code == 0 and len(stored(ix)[0]) == 10  # without --prune nothing goes
    r = run("index", a, "--index", ix, "-j", "1", "--prune")
    assert r.exit_code == 0 and "7 deleted" in r.output, r.output
    assert sorted(stored(ix)[0]) == ["art-0000", "art-0001", "art-0002"]
    assert str(b.resolve()) not in manifest(ix)["sources"]
    assert lifecycle.check(ix).ok


# --- rebuild -------------------------------------------------------------------------------
def test_rebuild_swaps_in_new_generation_while_old_reader_keeps_working(built):
    a, b, ix = built
    before = stored(ix)
    reader = Index.open(ix)
    assert len(reader.search("harbour", limit=100).hits) == 30  # (the title is in every passage)
    r = run("rebuild", "--index", ix, "-j", "2")
    assert r.exit_code == 0 and r.output.startswith("rebuilt: 10 added"), r.output
    m = manifest(ix)
    assert (m["data"], m["previous"], m["generation"]) == ("data-2", "data-1", 2)
    assert len(reader.search("harbour", limit=100).hits) == 30  # the open reader, after the swap
    reader.close()
    assert stored(ix) == before and lifecycle.check(ix).ok
    run("rebuild", "--index", ix, "-j", "1")
    assert sorted(p.name for p in ix.iterdir() if p.is_dir()) == ["data-2", "data-3"]  # older removed


def test_failed_rebuild_leaves_old_index(built):
    a, b, ix = built
    before, m_before = stored(ix), manifest(ix)
    b.unlink()
    r = run("rebuild", "--index", ix, "-j", "1")
    assert r.exit_code == 1 and "b.jsonl: no such file or directory" in r.output
    assert stored(ix) == before and manifest(ix) == m_before
    assert not [p for p in ix.iterdir() if p.name.endswith(".building")]


def test_rebuild_from_given_sources(built, tmp_path):
    a, b, ix = built
    r = run("rebuild", a, "--index", ix, "-j", "1")
    assert r.exit_code == 0 and len(stored(ix)[0]) == 6
    assert list(manifest(ix)["sources"]) == [str(a.resolve())]


def test_index_of_older_layout_is_adopted_then_moved_by_rebuild(tmp_path):
    from searchidx.engine.whoosh_engine import WhooshEngine
    from searchidx.pipeline import analyze
    from searchidx.sources import read_articles
    src = write_jsonl(tmp_path / "a.jsonl", range(3))
    ix = tmp_path / "old"
    engine = WhooshEngine(ix)  # the pre-manifest layout: Whoosh files in the index dir itself
    engine.write([d for a in read_articles([src]) for d in analyze(a).documents()])
    engine.close()
    assert lifecycle.check(ix).ok and "no manifest" in lifecycle.check(ix).warnings[0]
    with Index(ix) as index:
        assert index.add_paths([src]).unchanged == 3
    assert manifest(ix)["data"] == "."
    assert run("rebuild", "--index", ix, "-j", "1").exit_code == 0
    assert manifest(ix)["data"] == "data-1" and lifecycle.check(ix).ok
    assert len(stored(ix)[0]) == 3


# --- check ---------------------------------------------------------------------------------
def test_check_ok(built):
    r = run("check", "--index", built[2])
    assert r.exit_code == 0 and "OK (10 articles, 30 passages, 10 articles compared with their sources)" in r.output


def test_check_warns_about_changed_and_gone_sources(built):
    a, b, ix = built
    st = a.stat()
    a.write_text(a.read_text().replace("harbour", "HARBOUR"))  # same size
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns))          # and the same mtime
    b.unlink()
    r = run("check", "--index", ix)
    assert r.exit_code == 0, r.output  # the index is whole, only behind its sources
    assert "warning: 1 source files changed since they were indexed (e.g. " in r.output  # by SHA-256
    assert "warning: 1 source files are gone" in r.output and "--prune" in r.output


def test_check_reports_corruption_in_plain_words(built):
    a, b, ix = built
    with Index(ix) as index:  # a passage whose stored text does not match its source offsets
        doc = dict(index.engine.passages_of("art-0002")[1])
        doc.update(text="Something else entirely.", end=doc["start"] + 24, speakers=[], quoted="",
                   quotes=[], n_quotes=0, author="")
        index.engine.write([doc], delete_article_ids=[])  # now art-0002#1 is stored twice
    m = manifest(ix)
    m["counts"]["articles"] = 99
    (ix / "manifest.json").write_text(json.dumps(m))
    r = run("check", "--index", ix)
    assert r.exit_code == 1 and "NOT OK" in r.output
    assert "1 passages are stored more than once (e.g. art-0002#1)" in r.output
    assert "the manifest says 99 articles, the index has 10" in r.output
    assert "passages differ from their source text at their offsets (e.g. art-0002#1" in r.output


def test_check_missing_data_dir(built):
    import shutil
    shutil.rmtree(built[2] / "data-1")
    r = run("check", "--index", built[2])
    assert r.exit_code == 1 and "data directory" in r.output and "is missing" in r.output


# --- concurrency ---------------------------------------------------------------------------
def test_second_writer_is_told_who_holds_the_lock_readers_are_not_blocked(built):
    a, b, ix = built
    lock = lifecycle.WriterLock(ix, "index a.jsonl").acquire()
    try:
        r = run("index", a, "--index", ix, "-j", "1")
        assert r.exit_code == 1
        assert (f"index at {ix} is locked by pid {os.getpid()} on {socket.gethostname()} "
                f"(`searchidx index a.jsonl`, since") in r.output and "--wait" in r.output
        r = run("search", "harbour", "--index", ix, "--format", "jsonl", "-n", "100")
        assert r.exit_code == 0 and len(r.output.splitlines()) == 30
        assert run("delete", "art-0001", "--index", ix).exit_code == 1
        waiting = subprocess.Popen(cli_cmd("index", a, "--index", ix, "--wait", "-j", "1"),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert waiting.poll() is None
    finally:
        lock.release()
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0 and "0 added, 0 updated, 6 unchanged" in out, err


# --- parallel ------------------------------------------------------------------------------
def test_jobs_do_not_change_the_index(tmp_path):
    docs = {}
    for jobs in (1, 2):
        with Index(tmp_path / f"ix{jobs}") as index:
            r = index.add_paths([SAMPLES], jobs=jobs, batch_size=3)
            docs[jobs] = sorted((json.dumps(d, sort_keys=True, default=str) for d in index.engine.iter_documents()))
            assert r.added == 9
    assert docs[1] == docs[2] and len(docs[1]) > 90


# --- progress ------------------------------------------------------------------------------
class Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_shows_counts_and_rate_on_a_terminal(built):
    a, b, ix = built
    write_jsonl(a, range(0, 6), version=2)
    stream = Tty()
    with Index(ix) as index, Progress("indexing", stream=stream, interval=0) as progress:
        index.add_paths([a, b], progress=progress)
    shown = stream.getvalue()
    assert "indexing: 6 (" in shown and "/s) – 0 added, 6 updated, 0 unchanged, 0 failed" in shown
    assert "indexing: 10 (" in shown and "4 unchanged" in shown


def test_no_progress_when_piped_or_quiet(built):
    a, b, ix = built
    r = run("index", a, "--index", ix, "-j", "1")
    assert r.output == "0 added, 0 updated, 6 unchanged, 0 deleted, 0 failed (0 passages, 0 quotations written)\n"
    assert run("index", a, "--index", ix, "-j", "1", "-q").output == ""


# --- bad input -----------------------------------------------------------------------------
def test_huge_article_is_refused_with_file_and_line(built, tmp_path):
    a, b, ix = built
    before = stored(ix)
    big = tmp_path / "big.jsonl"
    row = dict(article(50), text="word " * 2_000_000)  # 10 MB
    big.write_text(json.dumps(article(51)) + "\n" + json.dumps(row) + "\n")
    r = run("index", big, "--index", ix, "-j", "1")
    assert r.exit_code == 1
    assert f"Error: {big}:2: article art-0050 has 10,000,000 characters, more than the 5,000,000" in r.output
    assert stored(ix) == before
    assert str(big.resolve()) in manifest(ix)["sources"]  # known, for rebuild, though it failed
    assert "stopped at an error" in lifecycle.check(ix).warnings[0]
    r = run("index", big, "--index", ix, "-j", "1", "--skip-errors")
    assert r.exit_code == 0 and "1 added" in r.output and "1 failed" in r.output


def test_bad_files_skipped_and_counted_index_intact(built, tmp_path):
    a, b, ix = built
    before = stored(ix)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 20)
    (bad / "latin1.txt").write_bytes("Caf\xe9 title\n\nbody caf\xe9".encode("latin-1"))
    (bad / "empty.jsonl").write_text("")
    (bad / "fields.jsonl").write_text(json.dumps({"id": "x", "title": "no text"}) + "\n"
                                      + json.dumps(article(60)) + "\n" + "[1, 2]\n" + '{"id": "y", "text": ["a"]}\n')
    for f, message in [("binary.txt", "binary file"), ("latin1.txt", "latin1.txt:1: invalid UTF-8 at byte 3"),
                       ("empty.jsonl", "empty.jsonl: empty file"),
                       ("fields.jsonl", 'fields.jsonl:1: missing or empty "text"')]:
        r = run("index", bad / f, "--index", ix, "-j", "1")
        assert r.exit_code == 1 and message in r.output, r.output
        assert len(r.output.strip().splitlines()) == 1
    assert stored(ix) == before
    r = run("index", bad, "--index", ix, "-j", "1", "--skip-errors")
    assert r.exit_code == 0
    assert "1 added" in r.output and "6 failed" in r.output  # binary, latin1, empty, 3 bad lines
    assert 'fields.jsonl:4: "text"' in r.output or "fields.jsonl:4" in r.output
    assert len(stored(ix)[0]) == 11 and lifecycle.check(ix).ok


def test_article_that_breaks_analysis_is_counted_not_fatal(built, monkeypatch):
    a, b, ix = built
    import searchidx.pipeline as pipeline
    real = pipeline.extract_quotes

    def flaky(text, lang=None, article_id=""):
        if article_id == "art-0003":
            raise RuntimeError("boom")
        return real(text, lang=lang, article_id=article_id)

    monkeypatch.setattr(pipeline, "extract_quotes", flaky)
    write_jsonl(a, range(0, 6), version=3)
    with Index(ix) as index:
        with pytest.raises(SourceError, match=r"a.jsonl:4: article art-0003: analysis failed \(RuntimeError: boom\)"):
            index.add_paths([a])
        r = index.add_paths([a], skip_errors=True)
    assert (r.updated, r.failed) == (5, 1)
    rep = lifecycle.check(ix)  # the old version of art-0003 is still there, and check says so
    assert rep.ok and "1 articles differ from their source (e.g. art-0003)" in rep.warnings[0]
