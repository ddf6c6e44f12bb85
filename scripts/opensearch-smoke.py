#!/usr/bin/env python3
"""Smoke test for the dev cluster started by scripts/opensearch-cluster.sh.

Creates a throw-away index using the english/dutch/german/french analyzers
(analysis-common module) and a nested field, indexes a few documents, checks
stemming, a nested query and a painless script (lang-painless module), then
deletes the index.  Needs `pip install opensearch-py`.

    python3 scripts/opensearch-smoke.py [URL ...]   # default: $SEARCHIDX_OPENSEARCH_URLS
"""
import os
import sys
import time

from opensearchpy import OpenSearch

urls = sys.argv[1:] or os.environ.get(
    "SEARCHIDX_OPENSEARCH_URLS",
    os.environ.get("SEARCHIDX_OPENSEARCH_URL", "http://127.0.0.1:9200"),
).split(",")
client = OpenSearch(hosts=urls, timeout=30)
index = f"searchidx-smoke-{int(time.time())}"

LANGS = ("english", "dutch", "german", "french")
body = {
    "settings": {"number_of_shards": 3, "number_of_replicas": 1},
    "mappings": {
        "properties": {
            **{f"body_{lang}": {"type": "text", "analyzer": lang} for lang in LANGS},
            "quotes": {
                "type": "nested",
                "properties": {
                    "speaker": {"type": "keyword"},
                    "text": {"type": "text", "analyzer": "english"},
                },
            },
        }
    },
}

info = client.info()
print(f"cluster {info['cluster_name']} version {info['version']['number']}")
client.indices.create(index=index, body=body)
try:
    # NB: opensearch-py treats any `timeout` (kwarg or in params) as the
    # *client* socket timeout; the server-side wait keeps its 30s default
    client.cluster.health(index=index, wait_for_status="green")
    expect = {  # analyzer -> (input, expected stem)
        "english": ("running", "run"),
        "dutch": ("fietsen", "fiets"),
        "german": ("Häuser", "haus"),
        "french": ("chevaux", "cheval"),
    }
    for lang, (word, stem) in expect.items():
        toks = [t["token"] for t in client.indices.analyze(
            index=index, body={"analyzer": lang, "text": word})["tokens"]]
        print(f"  {lang:8s} {word!r} -> {toks}")
        assert stem in toks, (lang, toks)

    docs = [
        {"body_dutch": "De fietsen staan buiten", "body_english": "The bikes are outside",
         "quotes": [{"speaker": "mayor", "text": "We are building new roads"}]},
        {"body_german": "Die Häuser sind alt", "body_french": "Les chevaux courent",
         "quotes": [{"speaker": "minister", "text": "Taxes were rising"},
                    {"speaker": "mayor", "text": "No comment"}]},
    ]
    for i, d in enumerate(docs):
        client.index(index=index, id=str(i), body=d)
    client.indices.refresh(index=index)

    hits = client.search(index=index, body={"query": {"match": {"body_dutch": "fiets"}}})["hits"]
    assert hits["total"]["value"] == 1, hits
    nested = {"query": {"nested": {"path": "quotes", "query": {"bool": {"must": [
        {"term": {"quotes.speaker": "minister"}},
        {"match": {"quotes.text": "rise"}}]}}}}}
    hits = client.search(index=index, body=nested)["hits"]
    assert [h["_id"] for h in hits["hits"]] == ["1"], hits
    modules = {m["name"] for n in client.nodes.info(metric="plugins")["nodes"].values()
               for m in n["modules"]}
    if "lang-painless" in modules:
        script = {"query": {"script": {"script": {
            "source": "doc['quotes.speaker'].size() >= 0", "lang": "painless"}}}}
        client.search(index=index, body=script)
        print("  painless script query OK")
    else:
        print("  lang-painless not installed (OPENSEARCH_PAINLESS=0): script check skipped")
    print(f"  stemming and nested query OK on index {index} (modules: {sorted(modules)})")
finally:
    client.indices.delete(index=index)
    print(f"deleted {index}")
print("smoke OK")
