"""The OpenSearch engine against a real cluster: same results as Whoosh, and no loss when a node dies.

These tests run when $SEARCHIDX_OPENSEARCH_URL names a cluster (`.ci/run` starts a three-node one
with scripts/opensearch-cluster.sh); elsewhere they skip with that reason.
"""
from __future__ import annotations

import os
import subprocess
import threading
import time
import uuid

import pytest

from searchidx import Index

from conftest import ROOT, SAMPLES

URL = os.environ.get("SEARCHIDX_OPENSEARCH_URL")
pytestmark = [pytest.mark.opensearch,
              pytest.mark.skipif(not URL, reason="no OpenSearch cluster: set SEARCHIDX_OPENSEARCH_URL "
                                                 "(scripts/opensearch-cluster.sh start)")]
CORPUS = [SAMPLES, ROOT / "tests" / "data" / "factcheck" / "articles.jsonl"]
#: the fixed query set both engines must agree on
QUERIES = ["strike", "water", "Al-Qaida", "terreurgroep", '"fast lane"', "port AND rota", "Streik",
           "grève", "data centre", "hezbollah OR iran", "speaker:jansen", "De Vries", "lang:de Wasser",
           "night shift", "minister NOT water", "date:[2025 TO]"]


def all_hosts(url: str) -> str:
    """Every node of the local dev cluster, so the client fails over when one stops."""
    if "," in url or not url.rstrip("/").endswith(":9200"):
        return url
    base = url.rstrip("/")[: -len(":9200")]
    return ",".join(f"{base}:{port}" for port in (9200, 9201, 9202))


@pytest.fixture(scope="module")
def engines(tmp_path_factory):
    name = f"test-{uuid.uuid4().hex[:8]}"
    os_ix = Index(name, engine="opensearch", url=all_hosts(URL), replicas=1)
    wh_ix = Index(tmp_path_factory.mktemp("whoosh") / "ix")
    for ix in (os_ix, wh_ix):
        ix.add_paths(CORPUS)
    yield wh_ix, os_ix
    os_ix.engine.drop()
    os_ix.close()
    wh_ix.close()


def test_same_counts(engines):
    wh, os_ = engines
    assert wh.stats()["articles"] == os_.stats()["articles"] > 0
    assert {k: v for k, v in wh.stats().items() if k in ("articles", "passages", "quotes")} == \
           {k: v for k, v in os_.stats().items() if k in ("articles", "passages", "quotes")}


def test_same_quotations_and_speakers(engines):
    wh, os_ = engines
    ids = sorted(wh.engine.articles())
    assert ids == sorted(os_.engine.articles())
    for article_id in ids:
        a = [(q["start"], q["end"], q["speaker"], q["method"]) for d in wh.engine.passages_of(article_id) for q in d["quotes"]]
        b = [(q["start"], q["end"], q["speaker"], q["method"]) for d in os_.engine.passages_of(article_id) for q in d["quotes"]]
        assert a == b, article_id


@pytest.mark.parametrize("query", QUERIES)
def test_top10_agree(engines, query):
    wh, os_ = engines
    a = [h.passage_id for h in wh.search(query, limit=10)]
    b = [h.passage_id for h in os_.search(query, limit=10)]
    assert a, f"whoosh finds nothing for {query!r}: not a useful test query"
    need = int(0.8 * len(a) + 0.5)
    assert len(set(a) & set(b)) >= need, (query, a, b)


def test_filters_highlights_and_facets(engines):
    wh, os_ = engines
    for kwargs in ({"speaker": "Maria Jansen"}, {"source": "Harbour Herald"}, {"lang": "fr"},
                   {"since": "2025-01-01", "until": "2025-12-31"}):
        assert wh.search("", limit=100, **kwargs).total == os_.search("", limit=100, **kwargs).total, kwargs
    hit = os_.search("terreurgroep", lang="nl")[0]
    assert "<em>terreurgroepen</em>" in hit.highlight
    fw = dict(wh.search("", facets=["lang"]).facets["lang"])
    fo = dict(os_.search("", facets=["lang"]).facets["lang"])
    assert fw == fo


def test_quotes_by_speaker_agree(engines):
    wh, os_ = engines
    a = sorted((q.article_id, q.quote.start) for q in wh.quotes(speaker="State Department"))
    b = sorted((q.article_id, q.quote.start) for q in os_.quotes(speaker="State Department"))
    assert a == b and len(a) == 2


def test_rebuild_swaps_alias_atomically(engines):
    _, os_ = engines
    engine = os_.engine
    before = engine.counts()
    new = engine.begin_rebuild()
    # while the new index fills, searches still see the old one
    from searchidx.pipeline import analyze
    from searchidx.sources import read_articles
    docs = [d for a in read_articles([SAMPLES]) for d in analyze(a).documents()]
    new.write(docs)
    assert engine.counts() == before
    engine.commit_rebuild(new)
    after = engine.counts()
    assert after["articles"] == 9 and len(engine.client.indices.get_alias(name=engine.alias)) == 1
    # restore the full corpus for the other tests
    os_.add_paths(CORPUS)


CLUSTER = ROOT / "scripts" / "opensearch-cluster.sh"


@pytest.mark.slow
@pytest.mark.skipif(not CLUSTER.exists(), reason="needs scripts/opensearch-cluster.sh")
def test_stopping_a_node_loses_no_search_and_no_article(tmp_path):
    name = f"failover-{uuid.uuid4().hex[:8]}"
    ix = Index(name, engine="opensearch", url=all_hosts(URL), replicas=1, shards=3)
    try:
        ix.add_paths([SAMPLES])
        expected = ix.search("water OR Wasser OR eau OR waterschap", limit=100).total
        failures, done = [], threading.Event()
        searches = 0

        def search_loop():
            nonlocal searches
            while not done.is_set():
                try:
                    # never fewer results (more once the articles added meanwhile are searchable)
                    assert ix.search("water OR Wasser OR eau OR waterschap", limit=100).total >= expected
                    searches += 1
                except Exception as e:  # collected and asserted below
                    failures.append(repr(e))
                time.sleep(0.05)

        t = threading.Thread(target=search_loop)
        t.start()
        time.sleep(1)
        subprocess.run([str(CLUSTER), "stop-node", "3"], check=True, capture_output=True)
        # index more while the node is down
        ix.add_paths([ROOT / "tests" / "data" / "factcheck" / "articles.jsonl"])
        time.sleep(2)
        done.set()
        t.join()
        assert not failures, failures[:3]
        assert searches > 10
        factcheck = (ROOT / "tests/data/factcheck/articles.jsonl").read_text().strip().splitlines()
        assert ix.stats()["articles"] == 9 + len(factcheck)
    finally:
        subprocess.run([str(CLUSTER), "start-node", "3"], capture_output=True)
        ix.engine.drop()
        ix.close()


def test_failed_rebuild_leaves_the_old_index(engines, tmp_path):
    from searchidx import SourceError
    from searchidx.lifecycle import RunOptions
    from searchidx.lifecycle.rebuild import rebuild_engine
    _, os_ = engines
    engine = os_.engine
    before, indices = engine.counts(), engine._concrete_indices()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "fine"}\n{"broken": \n')
    with pytest.raises(SourceError):
        rebuild_engine(engine, [str(SAMPLES), str(bad)], options=RunOptions(jobs=1))
    assert engine.counts() == before and engine._concrete_indices() == indices
    assert not [i for i in engine.client.indices.get(index=f"{engine.alias}-*") if i not in indices]
