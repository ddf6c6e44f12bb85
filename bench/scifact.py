#!/usr/bin/env python3
"""Ranking quality on SciFact (BEIR): nDCG@10 and recall@100 over the 300 test queries.

    python bench/scifact.py                    # searchidx and the peers
    python bench/scifact.py --engines searchidx   # one engine

searchidx is measured through its own search path: ``Index.add`` of the abstracts (title + text,
lang "en"), ``Index.search(claim, literal=True, match="any", limit=300)``, passage hits aggregated
to documents by their best score. Published BM25 (BEIR paper, Anserini): flat 0.679 (nDCG@10),
multifield 0.665. Data: ``<shared>/data/ir/scifact`` (skipped when absent).

``--split train`` measures the 809 training queries instead: choose parameters there, and report
the test queries only as the final measurement.

The staged corpus joins an abstract's sentences without a space ("disabilities.A line scan") and
ends sections of structured abstracts with "   \n"; BEIR's corpus, on which the published figures
were measured, joins them with one space ("disabilities. A line scan"). Glued, the last word of
every sentence and the first of the next are one token for Whoosh (``\w+(\.\w+)*``) and for
Lucene's standard tokenizer alike, and no sentence boundary is found. ``beir_text`` restores
BEIR's text for every engine before indexing.
"""
from __future__ import annotations

import argparse
import inspect
import json
import math
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpora import shared_dir  # noqa: E402


def data_dir() -> Path:
    return shared_dir() / "data/ir/scifact"


#: a sentence end glued to the next sentence: a full stop after a lower-case letter, digit or
#: closing bracket, before a capital ("disabilities.A", "(n = 7).To")
_GLUED = re.compile(r"(?<=[a-z0-9)\]%])\.(?=[A-Z])")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def beir_text(text: str) -> str:
    """An abstract of the staged corpus as BEIR's corpus has it: sentences joined by one space."""
    return _LINE_BREAKS.sub(" ", _GLUED.sub(". ", text))


def load(d: Path | None = None, split: str = "test"):
    d = d or data_dir()
    corpus = [json.loads(l) for l in open(d / "corpus.jsonl", encoding="utf-8") if l.strip()]
    for doc in corpus:
        doc["text"] = beir_text(doc.get("text", ""))
    queries = {q["_id"]: q["text"] for q in map(json.loads, open(d / "queries.jsonl", encoding="utf-8"))}
    qrels: dict[str, dict[str, int]] = {}
    for i, line in enumerate(open(d / f"qrels/{split}.tsv", encoding="utf-8")):
        if i == 0 or not line.strip():
            continue
        qid, did, score = line.split("\t")
        if int(score) > 0:
            qrels.setdefault(qid, {})[did] = int(score)
    return corpus, {q: queries[q] for q in qrels}, qrels


def ndcg_at(ranked: list[str], rel: dict[str, int], k: int = 10) -> float:
    dcg = sum(rel.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(rel.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall_at(ranked: list[str], rel: dict[str, int], k: int = 100) -> float:
    return len(set(ranked[:k]) & set(rel)) / len(rel) if rel else 0.0


def evaluate(run: dict[str, list[str]], qrels) -> dict:
    n = len(qrels)
    return {"ndcg@10": sum(ndcg_at(run.get(q, []), r) for q, r in qrels.items()) / n,
            "recall@100": sum(recall_at(run.get(q, []), r) for q, r in qrels.items()) / n,
            "queries": n}


# --- engines ---------------------------------------------------------------------------------
def run_searchidx(corpus, queries, work: Path, **options) -> dict[str, list[str]]:
    from searchidx import Index
    from searchidx.models import Article

    articles = [Article(id=d["_id"], title=d.get("title", ""), text=d["text"], lang="en")
                for d in corpus if d.get("text", "").strip()]
    shutil.rmtree(work, ignore_errors=True)
    with Index(work) as ix:
        ix.add(articles)
        accepts = inspect.signature(ix.search).parameters
        kwargs = {k: v for k, v in options.items() if k in accepts}
        if "match" in accepts:
            kwargs.setdefault("match", "any")
        run = {}
        for qid, text in queries.items():
            res = ix.search(text, literal=True, limit=300, **kwargs)
            best: dict[str, float] = {}
            for h in res.hits:                       # passages → documents by max score
                if h.score > best.get(h.article_id, -1e9):
                    best[h.article_id] = h.score
            run[qid] = sorted(best, key=lambda d: -best[d])[:100]
    return run


def run_whoosh(corpus, queries, work: Path, **_) -> dict[str, list[str]]:
    """Raw Whoosh, BM25F defaults, title + text, OR query: the engine's own baseline."""
    from whoosh import fields, index, qparser
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.scoring import BM25F
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    schema = fields.Schema(id=fields.ID(stored=True), title=fields.TEXT(analyzer=StemmingAnalyzer()),
                           text=fields.TEXT(analyzer=StemmingAnalyzer()))
    ix = index.create_in(str(work), schema)
    w = ix.writer(limitmb=256)
    for d in corpus:
        w.add_document(id=d["_id"], title=d.get("title", ""), text=d["text"])
    w.commit()
    parser = qparser.MultifieldParser(["title", "text"], schema, group=qparser.OrGroup)
    run = {}
    with ix.searcher(weighting=BM25F()) as s:
        for qid, text in queries.items():
            q = parser.parse(" ".join(__import__("re").findall(r"\w+", text)))
            run[qid] = [h["id"] for h in s.search(q, limit=100)]
    return run


def run_bm25s(corpus, queries, work: Path, **_) -> dict[str, list[str]]:
    import bm25s
    ids = [d["_id"] for d in corpus]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize([d.get("title", "") + " " + d["text"] for d in corpus],
                                   stopwords="en", show_progress=False), show_progress=False)
    qids = list(queries)
    docs, _ = retriever.retrieve(bm25s.tokenize([queries[q] for q in qids], stopwords="en",
                                                show_progress=False), k=100, show_progress=False)
    return {q: [ids[int(i)] for i in docs[n]] for n, q in enumerate(qids)}


def run_tantivy(corpus, queries, work: Path, **_) -> dict[str, list[str]]:
    import re
    import tantivy
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", tokenizer_name="en_stem")
    sb.add_text_field("text", tokenizer_name="en_stem")
    ix = tantivy.Index(sb.build(), path=str(work))
    w = ix.writer()
    for d in corpus:
        w.add_document(tantivy.Document(id=d["_id"], title=d.get("title", ""), text=d["text"]))
    w.commit()
    w.wait_merging_threads()
    ix.reload()
    s = ix.searcher()
    run = {}
    for qid, text in queries.items():
        q = ix.parse_query(" ".join(re.findall(r"\w+", text)), ["title", "text"])
        run[qid] = [s.doc(a)["id"][0] for _, a in s.search(q, 100).hits]
    return run


RUNNERS = {"searchidx": run_searchidx, "whoosh": run_whoosh, "tantivy": run_tantivy, "bm25s": run_bm25s}


def run(engines=("searchidx", "whoosh", "tantivy", "bm25s"), limit_queries: int | None = None,
        split: str = "test", **options) -> dict:
    if not (data_dir() / "corpus.jsonl").exists():
        return {"skipped": f"no SciFact data at {data_dir()}"}
    corpus, queries, qrels = load(split=split)
    if limit_queries:
        keep = sorted(qrels)[:limit_queries]
        qrels = {q: qrels[q] for q in keep}
        queries = {q: queries[q] for q in keep}
    out = {}
    with tempfile.TemporaryDirectory(prefix="scifact-") as tmp:
        for name in engines:
            t = time.perf_counter()
            r = RUNNERS[name](corpus, queries, Path(tmp) / name, **options)
            out[name] = {**evaluate(r, qrels), "seconds": round(time.perf_counter() - t, 1)}
    out["published"] = {"anserini_bm25_flat": 0.679, "anserini_bm25_multifield": 0.665}
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description="SciFact nDCG@10 / recall@100")
    ap.add_argument("--engines", default="searchidx,whoosh,tantivy,bm25s")
    ap.add_argument("--queries", type=int, default=None, help="only the first N queries")
    ap.add_argument("--split", choices=("test", "train"), default="test",
                    help="test (300 queries, the published figures) or train (809, to choose parameters on)")
    args = ap.parse_args(argv)
    print(json.dumps(run(args.engines.split(","), args.queries, split=args.split), indent=2))


if __name__ == "__main__":
    main()
