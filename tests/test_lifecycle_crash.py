"""Crash safety: real `searchidx` processes SIGKILLed at chosen moments of `index` and `rebuild`.

Each test pauses a real process at a named point (``SEARCHIDX_TEST_PAUSE``, see
``searchidx.lifecycle.build``), proves the index is intact and searchable *while* the writer is
stopped there, SIGKILLs it, proves it again, runs the same command to completion and checks
that every article is in the index exactly once and ``searchidx check`` passes.
"""
import json
import time
from pathlib import Path

import pytest

from searchidx import Index, lifecycle
from searchidx.lifecycle.lock import is_locked

from lifecycle_util import alive, children, kill, leftovers, run_cli, start_paused, stored, write_jsonl

pytestmark = pytest.mark.slow

OLD, NEW = range(0, 12), range(12, 42)


@pytest.fixture
def corpus(tmp_path):
    """An index of 12 articles (the "previous index"), and a second file of 30 more."""
    a = write_jsonl(tmp_path / "a.jsonl", OLD)
    b = write_jsonl(tmp_path / "b.jsonl", NEW)
    ix = tmp_path / "ix"
    with Index(ix) as index:
        index.add_paths([a])
    return a, b, ix


def assert_searchable(ix, at_least: int):
    """A reader (this process, not the writer's) opens the index and finds the articles."""
    with Index.open(ix) as index:
        hits = index.search("harbour", limit=1000)
    assert len({h.article_id for h in hits}) >= at_least


def assert_exactly_once(ix, n_articles: int):
    arts, passage_ids = stored(ix)
    assert len(arts) == n_articles
    assert len(passage_ids) == len(set(passage_ids)) == 3 * n_articles  # 3 paragraphs each
    rep = lifecycle.check(ix)
    assert rep.ok, rep.problems


@pytest.mark.parametrize("point, jobs", [
    ("batch-written:2", 1),      # documents in an open Whoosh writer, not committed
    ("batch-committed:2", 1),    # committed, manifest not yet updated
    ("manifest-written:1", 1),   # between two batches
    ("batch-written:3", 2),      # with worker processes
])
def test_index_killed_then_rerun_completes_each_article_once(corpus, point, jobs):
    a, b, ix = corpus
    p = start_paused("index", a, b, "--index", ix, "--batch-size", "5", "-j", jobs, point=point)
    assert_searchable(ix, 12)            # readers are not blocked by the stopped writer
    workers = children(p.pid)
    assert len(workers) == (jobs if jobs > 1 else 0)
    kill(p)
    assert_searchable(ix, 12)            # the previous index survives the kill
    for _ in range(100):                 # orphaned workers notice and exit (they poll every 0.5 s)
        if not any(alive(w) for w in workers):
            break
        time.sleep(0.1)
    assert not any(alive(w) for w in workers)
    # a worker's main thread shows as a zombie while its other threads are still being torn
    # down, and the kernel releases the inherited lock only after the last of them (seen on a
    # loaded machine): wait for that before checking
    for _ in range(100):
        if not is_locked(Path(ix)):
            break
        time.sleep(0.1)
    rep = lifecycle.check(ix)
    assert not rep.ok and "was interrupted" in rep.problems[0] and "run the same command again" in rep.problems[0]
    r = run_cli("index", a, b, "--index", ix, "--batch-size", "5", "-j", jobs)
    assert r.returncode == 0, r.stderr   # no stale lock (ours or Whoosh's WRITELOCK) in the way
    report = r.stdout.strip().splitlines()[-1]
    committed = {"batch-written:2": 5, "batch-committed:2": 10, "manifest-written:1": 5,
                 "batch-written:3": 10}[point]
    assert report.startswith(f"{30 - committed} added, 0 updated, {12 + committed} unchanged"), report
    assert_exactly_once(ix, 42)
    assert leftovers(ix) == []           # (segments a killed run had written but not committed)


@pytest.mark.parametrize("point", ["batch-written:2", "rebuild-built", "rebuild-renamed"])
def test_rebuild_killed_leaves_old_index_and_rerun_completes(corpus, point):
    a, b, ix = corpus
    with Index(ix) as index:
        index.add_paths([b])
    before = stored(ix)
    p = start_paused("rebuild", "--index", ix, "--batch-size", "5", "-j", "1", point=point)
    assert_searchable(ix, 42)
    kill(p)
    assert stored(ix) == before          # the old generation is untouched
    assert_searchable(ix, 42)
    assert lifecycle.check(ix).ok
    r = run_cli("rebuild", "--index", ix, "--batch-size", "5", "-j", "1")
    assert r.returncode == 0, r.stderr
    if point == "batch-written:2":       # resumed: the first committed batch is not redone
        assert r.stdout.startswith("rebuilt: 37 added, 0 updated, 5 unchanged"), r.stdout
    assert_exactly_once(ix, 42)
    assert stored(ix) == before


def test_rebuild_killed_after_swap_has_new_index(corpus):
    a, b, ix = corpus
    p = start_paused("rebuild", "--index", ix, "-j", "1", point="rebuild-swapped")
    kill(p)
    assert_exactly_once(ix, 12)
    manifest = json.loads((ix / "manifest.json").read_text())
    assert manifest["data"] == "data-2" and manifest["previous"] == "data-1"
