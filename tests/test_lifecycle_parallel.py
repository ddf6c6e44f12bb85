"""``jobs > 1`` on Whoosh: worker processes write segments, the parent commits them per batch.

The index a jobs-2 run builds must be the one a jobs-1 run builds: the same passages (every stored
field), counts, quotations and search results, also after updates, duplicates, deletes and prunes.
"""
import json
import shutil

import pytest

from searchidx import Index, lifecycle
from searchidx.errors import SourceError

from conftest import SAMPLES
from lifecycle_util import FakeSegment, article, leftovers, write_jsonl

QUERIES = ["harbour", '"before the summer"', "district council", "Jansen", "plan OR proposal"]


def snapshot(ix) -> dict:
    """Everything a user can see of an index, independent of how it is split into segments."""
    with Index.open(ix) as index:
        engine = index.engine
        out = {
            "docs": sorted(json.dumps(d, sort_keys=True, default=str) for d in engine.iter_documents()),
            "counts": engine.counts(),
            "articles": {a.id: (a.content_hash, a.path) for a in engine.articles().values()},
        }
        for q in QUERIES + ["president", '"said"', "minister"]:
            res = index.search(q, limit=1000)
            # every hit, with its highlight and quotations, and its score (compared by `same`)
            out[q] = (res.total, {h.passage_id: (Score(h.score), json.dumps({**h.to_dict(), "score": 0},
                                                                           sort_keys=True, default=str))
                                  for h in res.hits})
        res = index.search("harbour", speaker="Maria Jansen", limit=1000)
        out["speaker"] = sorted(h.passage_id for h in res.hits)
        out["quotes"] = sorted(json.dumps(d["quotes"], sort_keys=True) for d in engine.iter_documents())
    return out


class Score(float):
    """A BM25 score, equal to another within 1 %: Whoosh stores field lengths in one byte each, and
    a merge of segments sums the decoded lengths, so average lengths (and scores) depend slightly
    on how an index was split into segments and merged, whatever the number of jobs."""

    def __eq__(self, other):
        return abs(self - other) <= 0.01 * max(abs(self), abs(other))

    __hash__ = float.__hash__


def segments(ix) -> int:
    with Index.open(ix) as index:
        return len(index.engine.ix._segments())


def build(ix, paths, jobs, batch_size, **kw):
    with Index(ix) as index:
        return index.add_paths(paths, jobs=jobs, batch_size=batch_size, **kw)


def test_jobs2_builds_the_same_index_from_worker_segments(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 23))
    reports = {}
    for jobs in (1, 2):
        reports[jobs] = build(tmp_path / f"ix{jobs}", [a, SAMPLES], jobs, batch_size=7)
    assert vars(reports[1]) == vars(reports[2]) and reports[2].added == 32
    assert snapshot(tmp_path / "ix1") == snapshot(tmp_path / "ix2")
    assert leftovers(tmp_path / "ix2") == []
    assert lifecycle.check(tmp_path / "ix2").ok


def generations(ix) -> int:
    with Index.open(ix) as index:
        return index.engine.ix.latest_generation()


@pytest.fixture
def uncompacted(monkeypatch):
    """Runs keep the segments their batches committed (a run ends by merging them into one,
    tests/test_whoosh_merge.py), so these tests see how the batches were written."""
    from searchidx.engine.whoosh_engine import WhooshEngine
    monkeypatch.setattr(WhooshEngine, "compact", lambda self, progress=None: None)


def test_workers_take_turns_with_whole_batches_one_segment_each(tmp_path, uncompacted):
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 20))
    for jobs in (1, 2):
        build(tmp_path / f"ix{jobs}", [a], jobs, batch_size=10)
    assert segments(tmp_path / "ix1") == segments(tmp_path / "ix2") == 2   # one per batch
    assert generations(tmp_path / "ix1") == generations(tmp_path / "ix2")  # as many commits
    assert snapshot(tmp_path / "ix1") == snapshot(tmp_path / "ix2")


def test_the_last_short_batch_is_split_over_the_workers_in_one_commit(tmp_path, uncompacted):
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 10))
    for jobs in (1, 2):
        build(tmp_path / f"ix{jobs}", [a], jobs, batch_size=100)
    assert segments(tmp_path / "ix1") == 1
    assert segments(tmp_path / "ix2") == 2      # 5 articles written by each worker
    assert generations(tmp_path / "ix1") == generations(tmp_path / "ix2")
    assert snapshot(tmp_path / "ix1") == snapshot(tmp_path / "ix2")


def test_updates_deletes_and_prune_with_parallel_segments(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 14))
    b = write_jsonl(tmp_path / "b.jsonl", range(14, 20))
    for jobs in (1, 2):
        build(tmp_path / f"ix{jobs}", [a, b], jobs, batch_size=4)
    # changed articles, new ones, a line gone from a, file b gone, an article deleted by id
    write_jsonl(a, [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 30, 31], version=1)
    b.unlink()
    reports = {}
    for jobs in (1, 2):
        ix = tmp_path / f"ix{jobs}"
        with Index(ix) as index:
            reports[jobs] = index.add_paths([a], jobs=jobs, batch_size=4, prune=True)
            assert index.delete(["art-0005"]) == 1
        assert not lifecycle.check(ix).problems
    assert vars(reports[1]) == vars(reports[2])
    assert (reports[2].added, reports[2].updated, reports[2].deleted) == (2, 13, 7)
    one, two = snapshot(tmp_path / "ix1"), snapshot(tmp_path / "ix2")
    assert one["docs"] == two["docs"] and one["counts"] == two["counts"] == {
        "articles": 14, "passages": 42, "quotes": 14}
    assert one["articles"] == two["articles"]
    for q in QUERIES:  # (deleted passages still count in Whoosh's term statistics until merged)
        assert one[q][0] == two[q][0] and one[q][1].keys() == two[q][1].keys(), q
    with Index.open(tmp_path / "ix2") as index:
        assert {h.article_id for h in index.search('"version 0"', limit=100)} == set()
    assert leftovers(tmp_path / "ix2") == []


@pytest.mark.parametrize("batch_size", [4, 100])  # the copies in one chunk / in two chunks
def test_same_id_twice_in_one_batch_is_stored_once_with_jobs2(tmp_path, batch_size):
    f = tmp_path / "dup.jsonl"
    f.write_text("".join(json.dumps(article(i, v)) + "\n" for i, v in [(1, 0), (2, 0), (1, 1), (3, 0)]))
    with Index(tmp_path / "ix") as index:
        r = index.add_paths([f], jobs=2, batch_size=batch_size)
        assert [h.article_id for h in index.search('"version 1"').hits] == ["art-0001"]
        assert not [h for h in index.search('"version 0"', limit=100) if h.article_id == "art-0001"]
        assert index.engine.counts()["passages"] == 9 and r.passages == 9
    assert lifecycle.check(tmp_path / "ix").ok


def test_failed_article_with_jobs2_fails_the_batch_or_is_skipped(tmp_path, monkeypatch):
    import searchidx.pipeline as pipeline
    real = pipeline.extract_quotes

    def flaky(text, lang=None, article_id=""):  # (the workers are forked: they see this too)
        if article_id == "art-0006":
            raise RuntimeError("boom")
        return real(text, lang=lang, article_id=article_id)

    monkeypatch.setattr(pipeline, "extract_quotes", flaky)
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 10))
    ix = tmp_path / "ix"
    with pytest.raises(SourceError, match="article art-0006: analysis failed"):
        build(ix, [a], 2, batch_size=4)
    with Index.open(ix) as index:   # the first batch (0-3) was committed, the second dropped
        assert sorted(index.engine.articles()) == [f"art-{i:04d}" for i in range(4)]
    r = build(ix, [a], 2, batch_size=4, skip_errors=True)
    assert (r.added, r.unchanged, r.failed) == (5, 4, 1)
    with Index.open(ix) as index:
        assert len(index.engine.articles()) == 9 and index.engine.counts()["passages"] == 27
    assert leftovers(ix) == []


def test_rebuild_with_jobs2_gives_the_same_index(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 12))
    ix = tmp_path / "ix"
    build(ix, [a, SAMPLES], 1, batch_size=5)
    before = snapshot(ix)
    report = lifecycle.rebuild(ix, options=lifecycle.RunOptions(batch_size=5, jobs=2))
    assert report.added == 21
    assert snapshot(ix) == before
    assert lifecycle.check(ix).ok and leftovers(ix) == []


def test_stale_staging_directory_of_a_dead_run_is_removed(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 6))
    ix = tmp_path / "ix"
    build(ix, [a], 1, batch_size=5)
    with Index.open(ix) as index:
        stale = index.engine.path / ".parallel-999999999" / "123"
    stale.mkdir(parents=True)
    (stale / "passages_x.seg").write_bytes(b"half written")
    write_jsonl(a, range(0, 8))
    build(ix, [a], 2, batch_size=5)
    assert leftovers(ix) == [] and len(snapshot(ix)["articles"]) == 8


def test_jobs2_merges_the_batches_side_by_side_into_segments_later_runs_keep(tmp_path):
    from searchidx.engine.whoosh_merge import small_tail
    a = write_jsonl(tmp_path / "a.jsonl", range(0, 40))
    for jobs in (1, 2):
        build(tmp_path / f"ix{jobs}", [a, SAMPLES], jobs, batch_size=4)
    assert segments(tmp_path / "ix1") == 1
    with Index.open(tmp_path / "ix2") as index:
        sizes = sorted((s.doc_count_all() for s in index.engine.ix._segments()), reverse=True)
        assert len(sizes) == 2 and sizes[0] > sizes[1] > 0    # one per worker, the first larger
        assert small_tail(index.engine.ix._segments()) == []  # both large: nothing left to merge
    assert snapshot(tmp_path / "ix1") == snapshot(tmp_path / "ix2")
    b = write_jsonl(tmp_path / "b.jsonl", range(40, 46))
    build(tmp_path / "ix2", [b], 2, batch_size=2)             # a small run on top
    with Index.open(tmp_path / "ix2") as index:
        after = sorted((s.doc_count_all() for s in index.engine.ix._segments()), reverse=True)
    assert after[:2] == sizes and len(after) == 3             # only its own segments merged
    assert leftovers(tmp_path / "ix2") == [] and lifecycle.check(tmp_path / "ix2").ok


@pytest.mark.parametrize("sizes, jobs", [([12] * 84, 2), ([12] * 30, 3), ([50, 12, 12, 12, 3], 2)])
def test_groups_each_hold_more_than_the_smaller_ones_together(sizes, jobs):
    from searchidx.engine.whoosh_parallel import groups_of
    groups = groups_of([FakeSegment(n) for n in sizes], jobs)
    totals = [sum(s.n for s in g) for g in groups]
    assert len(groups) == jobs and sum(len(g) for g in groups) == len(sizes)
    assert all(totals[i] > sum(totals[i + 1:]) for i in range(len(totals)))
    assert max(totals) < 0.7 * sum(sizes)                     # still shared: no group does it all


def test_groups_of_one_segment_are_not_merged():
    from searchidx.engine.whoosh_parallel import groups_of
    assert groups_of([FakeSegment(12), FakeSegment(12)], 2) == []
    assert [len(g) for g in groups_of([FakeSegment(12)] * 3, 2)] == [2]
