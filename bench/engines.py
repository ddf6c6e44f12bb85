"""The engines the benchmark compares, behind one small interface.

* ``searchidx``: the real thing: ``Index.add_paths`` on the article JSONL (reading, passage
  splitting, quotation finding, the Whoosh engine) and ``Index.search``;
* ``whoosh``: raw Whoosh with a minimal schema (id, title, stemmed text, stored) on the *same
  passages*, one writer, one commit: what searchidx's engine costs without anything on top;
* ``tantivy``: the tantivy Python bindings (Rust), same passages, title + text, ``en_stem``;
* ``bm25s``: bm25s (numpy, in memory; ranked bag of words only: no AND, no phrases).

Each adapter has ``build(passages_path | articles_path, index_dir, jobs)`` and, after ``open``,
``query(q)`` → list of ids, where ``q`` is a dict from ``bench.queries`` (kind, words, …).
"""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path


def iter_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


# --- searchidx -------------------------------------------------------------------------------
class SearchidxEngine:
    name = "searchidx"
    input = "articles"

    def build(self, articles_path, index_dir, jobs=1, shares=False):
        from searchidx import Index
        import searchidx.index as sidx_index
        import searchidx.pipeline as pipeline

        timers = {"read": 0.0, "split": 0.0, "quotes": 0.0, "engine": 0.0}
        undo = []
        if shares:
            undo = _instrument(timers, sidx_index, pipeline)
        shutil.rmtree(index_dir, ignore_errors=True)
        t0 = time.perf_counter()
        try:
            with Index(index_dir) as ix:
                if shares:
                    _wrap_engine_write(ix.engine, timers)
                kwargs = {"jobs": jobs} if jobs != 1 or _supports_jobs() else {}
                paths = [articles_path] if isinstance(articles_path, (str, Path)) else list(articles_path)
                report = ix.add_paths(paths, **kwargs)
        finally:
            for obj, name, orig in undo:
                setattr(obj, name, orig)
        total = time.perf_counter() - t0
        out = {"seconds": total, "passages": report.passages, "quotes": report.quotes,
               "articles": report.added}
        if shares:
            timers["other"] = max(0.0, total - sum(timers.values()))
            out["shares"] = {k: v / total for k, v in timers.items()}
        return out

    def open(self, index_dir):
        from searchidx import Index
        self.ix = Index.open(index_dir)
        self.has_trace = hasattr(self.ix, "trace")

    def query(self, q):
        k = q["kind"]
        if k == "misquote":
            if not self.has_trace:
                return None
            res = self.ix.trace(q["text"])
            return [getattr(r, "passage_id", None) or getattr(r, "article_id", "") for r in _as_list(res)][:10]
        text = {"term": q["words"][0], "and": " ".join(q["words"]),
                "phrase": '"' + " ".join(q["words"]) + '"'}.get(k, q["words"][0])
        kwargs = {}
        if k == "speaker":
            kwargs["speaker"] = q["speaker"]
        if k == "date":
            kwargs["since"], kwargs["until"] = q["since"], q["until"]
        if k == "or":
            kwargs["match"] = "any"
            text = " ".join(q["words"])
        res = self.ix.search(text, limit=10, **kwargs)
        return [h.passage_id for h in res.hits]

    def close(self):
        self.ix.close()


def _as_list(res):
    for attr in ("hits", "matches", "results"):
        if hasattr(res, attr):
            return list(getattr(res, attr))
    return list(res or [])


def _supports_jobs() -> bool:
    import inspect
    from searchidx import Index
    return "jobs" in inspect.signature(Index.add_paths).parameters


def _instrument(timers, sidx_index, pipeline):
    """Wrap the stages of indexing with timers (per article: negligible overhead)."""
    undo = []

    def timed(key, fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                timers[key] += time.perf_counter() - t
        return wrapper

    def timed_iter(key, fn):
        def wrapper(*a, **kw):
            it = iter(fn(*a, **kw))
            while True:
                t = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    timers[key] += time.perf_counter() - t
                    return
                timers[key] += time.perf_counter() - t
                yield item
        return wrapper

    # sources are read by the lifecycle writer (searchidx.lifecycle.build), no longer by
    # searchidx.index; a timer whose target has moved must fail, not report 0%
    from searchidx.lifecycle import build as lifecycle_build
    targets = [(pipeline, "split_passages", "split", timed), (pipeline, "extract_quotes", "quotes", timed),
               (lifecycle_build, "read_file", "read", timed_iter)]
    for obj, name, key, wrap in targets:
        if not hasattr(obj, name):
            raise RuntimeError(f"bench: cannot time {key}: {obj.__name__}.{name} is gone")
        orig = getattr(obj, name)
        setattr(obj, name, wrap(key, orig))
        undo.append((obj, name, orig))
    return undo


def _wrap_engine_write(engine, timers):
    orig = engine.write

    def write(*a, **kw):
        t = time.perf_counter()
        try:
            return orig(*a, **kw)
        finally:
            timers["engine"] += time.perf_counter() - t
    engine.write = write


# --- raw Whoosh ------------------------------------------------------------------------------
class WhooshEngine:
    name = "whoosh"
    input = "passages"

    @staticmethod
    def schema():
        from whoosh import fields
        from whoosh.analysis import StemmingAnalyzer
        return fields.Schema(id=fields.ID(stored=True, unique=True),
                             title=fields.TEXT(stored=True),
                             text=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True))

    def build(self, passages_path, index_dir, jobs=1, shares=False):
        from whoosh import index
        shutil.rmtree(index_dir, ignore_errors=True)
        os.makedirs(index_dir)
        t0 = time.perf_counter()
        ix = index.create_in(index_dir, self.schema())
        kw = {"procs": jobs, "multisegment": True} if jobs > 1 else {}
        w = ix.writer(limitmb=256, **kw)
        n = 0
        for p in iter_jsonl(passages_path):
            w.add_document(id=p["id"], title=p["title"], text=p["text"])
            n += 1
        w.commit()
        ix.close()
        return {"seconds": time.perf_counter() - t0, "passages": n}

    def open(self, index_dir):
        from whoosh import index, qparser
        from whoosh.scoring import BM25F
        self.ix = index.open_dir(index_dir)
        self.searcher = self.ix.searcher(weighting=BM25F())
        self.parser = qparser.MultifieldParser(["title", "text"], self.ix.schema)
        self.or_parser = qparser.MultifieldParser(["title", "text"], self.ix.schema,
                                                  group=qparser.OrGroup)

    def query(self, q):
        k = q["kind"]
        if k in ("speaker", "date", "misquote"):
            return None  # the minimal schema has no speakers or dates
        text = '"' + " ".join(q["words"]) + '"' if k == "phrase" else " ".join(q["words"])
        parser = self.or_parser if k == "or" else self.parser
        res = self.searcher.search(parser.parse(text), limit=10)
        return [h.fields()["id"] for h in res]   # load stored fields, as searchidx does

    def close(self):
        self.searcher.close()
        self.ix.close()


# --- tantivy ---------------------------------------------------------------------------------
class TantivyEngine:
    name = "tantivy"
    input = "passages"

    def build(self, passages_path, index_dir, jobs=1, shares=False):
        import tantivy
        shutil.rmtree(index_dir, ignore_errors=True)
        os.makedirs(index_dir)
        t0 = time.perf_counter()
        sb = tantivy.SchemaBuilder()
        sb.add_text_field("id", stored=True, tokenizer_name="raw")
        sb.add_text_field("title", stored=True, tokenizer_name="en_stem")
        sb.add_text_field("text", stored=True, tokenizer_name="en_stem")
        ix = tantivy.Index(sb.build(), path=index_dir)
        w = ix.writer(heap_size=256_000_000, num_threads=jobs)
        n = 0
        for p in iter_jsonl(passages_path):
            w.add_document(tantivy.Document(id=p["id"], title=p["title"], text=p["text"]))
            n += 1
        w.commit()
        w.wait_merging_threads()
        return {"seconds": time.perf_counter() - t0, "passages": n}

    def open(self, index_dir):
        import tantivy
        self.ix = tantivy.Index.open(index_dir)
        self.ix.reload()
        self.searcher = self.ix.searcher()

    def query(self, q):
        k = q["kind"]
        if k in ("speaker", "date", "misquote"):
            return None
        words = [w.replace('"', "") for w in q["words"]]
        if k == "phrase":
            text = '"' + " ".join(words) + '"'
        elif k == "or":
            text = " ".join(words)
        else:
            text = " ".join("+" + w for w in words)
        query = self.ix.parse_query(text, ["title", "text"])
        res = self.searcher.search(query, 10)
        return [self.searcher.doc(addr)["id"][0] for _, addr in res.hits]

    def close(self):
        pass


# --- bm25s -----------------------------------------------------------------------------------
class BM25sEngine:
    name = "bm25s"
    input = "passages"

    def build(self, passages_path, index_dir, jobs=1, shares=False):
        import bm25s
        shutil.rmtree(index_dir, ignore_errors=True)
        t0 = time.perf_counter()
        ids, texts = [], []
        for p in iter_jsonl(passages_path):
            ids.append(p["id"])
            texts.append(p["title"] + "\n" + p["text"])
        tokens = bm25s.tokenize(texts, stopwords="en", show_progress=False)
        retriever = bm25s.BM25()
        retriever.index(tokens, show_progress=False)
        retriever.save(index_dir)
        Path(index_dir, "ids.json").write_text(json.dumps(ids))
        return {"seconds": time.perf_counter() - t0, "passages": len(ids)}

    def open(self, index_dir):
        import bm25s
        self.bm25s = bm25s
        self.retriever = bm25s.BM25.load(index_dir)
        self.ids = json.loads(Path(index_dir, "ids.json").read_text())

    def query(self, q):
        k = q["kind"]
        if k not in ("term", "or"):
            return None  # no AND, phrases or filters: not comparable
        tokens = self.bm25s.tokenize([" ".join(q["words"])], stopwords="en", show_progress=False)
        if not tokens.vocab:
            return []
        k_ = min(10, len(self.ids))
        docs, _ = self.retriever.retrieve(tokens, k=k_, show_progress=False, n_threads=1)
        return [self.ids[int(i)] for i in docs[0]]

    def close(self):
        pass


ENGINES = {e.name: e for e in (SearchidxEngine, WhooshEngine, TantivyEngine, BM25sEngine)}
