"""The distributed engine: the same passage documents, schema and queries on an OpenSearch cluster.

The index users name (``--index news``) is an *alias* pointing at one concrete index
(``news-<generation>``); a rebuild fills a new concrete index and swaps the alias atomically
(blue/green), so searches never see a half-built index.

Analysis mirrors the Whoosh engine: one stemmed field per language (Snowball stemmer and stop
words, accents folded) with an unstemmed ``.exact`` sub-field that quoted phrases use, names
without stemming, keyword fields for counting, and the quotations as nested objects.
"""
from __future__ import annotations

import os
import re
import time
from typing import Any, Iterable

from .. import __version__, analysis
from ..documents import hit_from_document
from ..errors import IndexStateError, QueryError, SearchidxError
from ..highlight import END, START, merge_adjacent
from ..query import literal as literal_query
from ..query import parse_date, validate
from .base import Engine, SearchRequest, SearchResults, StoredArticle
from .scoring import B as BM25_B, K1 as BM25_K1
from .whoosh_engine import FIELD_BOOSTS, SCHEMA_VERSION, TEXT_FIELDS, name_key

DEFAULT_URL = "http://127.0.0.1:9200"
SNOWBALL = {"en": ("English", "_english_"), "nl": ("Dutch", "_dutch_"),
            "de": ("German", "_german_"), "fr": ("French", "_french_")}
#: errors a search meets while a node leaves or joins the cluster: the same request succeeds on a
#: retry, once the coordinating node has routed around the missing node (the fetch phase of a
#: search is not retried on another shard copy by OpenSearch itself)
TRANSIENT_ERRORS = ("node_not_connected_exception", "node_disconnected_exception", "node_closed_exception",
                    "connect_transport_exception", "send_request_transport_exception",
                    "no_shard_available_action_exception", "shard_not_found_exception")
READ_RETRIES = 6  # waits 0.1, 0.2, 0.4, 0.8, 1.6 s: the cluster notices a dead node within seconds


def transient(error: Exception) -> bool:
    """Whether a failed read is worth repeating: a node went away mid-request, not a bad query."""
    from opensearchpy.exceptions import ConnectionError as ConnError, TransportError
    if isinstance(error, ConnError):
        return True
    if not isinstance(error, TransportError) or error.status_code not in (500, 503):
        return False
    return error.status_code == 503 or any(t in repr(error.info) for t in TRANSIENT_ERRORS)


def retry_read(call, *args, **kwargs):
    """Run a read-only request, repeating it while the cluster reports a node going away."""
    for attempt in range(READ_RETRIES):
        try:
            return call(*args, **kwargs)
        except Exception as e:
            if attempt == READ_RETRIES - 1 or not transient(e):
                raise
            time.sleep(0.1 * 2 ** attempt)


#: user-facing field names → mapping fields (unlisted names are used as they are)
FIELD_NAMES = {"outlet": "source", "article": "article_id"}


def index_settings(shards: int, replicas: int) -> dict[str, Any]:
    filters = {}
    analyzers: dict[str, Any] = {
        "exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
    }
    for code, (language, stopwords) in SNOWBALL.items():
        filters[f"stop_{code}"] = {"type": "stop", "stopwords": stopwords}
        filters[f"stem_{code}"] = {"type": "snowball", "language": language}
        analyzers[f"text_{code}"] = {"type": "custom", "tokenizer": "standard",
                                     "filter": ["lowercase", f"stop_{code}", f"stem_{code}", "asciifolding"]}
    analyzers["text_xx"] = analyzers["exact"]
    exact_sub = {"exact": {"type": "text", "analyzer": "exact"}}
    props: dict[str, Any] = {
        "id": {"type": "keyword"},
        "article_id": {"type": "keyword"},
        "head": {"type": "boolean"},
        "ordinal": {"type": "integer"},
        "start": {"type": "integer", "index": False},
        "end": {"type": "integer", "index": False},
        "text": {"type": "text", "index": False},
        "exact": {"type": "text", "analyzer": "exact"},
        "title": {"type": "text", "analyzer": "exact"},
        "speakers": {"type": "text", "analyzer": "exact"},
        "speaker": {"type": "text", "analyzer": "exact"},
        "speaker_key": {"type": "keyword"},
        "source": {"type": "text", "analyzer": "exact"},
        "source_key": {"type": "keyword"},
        "lang": {"type": "keyword"},
        "date": {"type": "date", "format": "strict_date_optional_time||yyyy-MM||yyyy"},
        "month": {"type": "keyword"},
        "url": {"type": "keyword"},
        "author": {"type": "text", "analyzer": "exact"},
        "path": {"type": "keyword", "index": False},
        "line": {"type": "integer", "index": False},
        "quote": {"type": "text", "analyzer": "exact"},
        "quoted": {"type": "text", "index": False},
        "quotes": {"type": "nested", "dynamic": False, "properties": {
            "text": {"type": "text", "analyzer": "exact"},
            "speaker": {"type": "text", "analyzer": "exact", "fields": {"key": {"type": "keyword"}}},
            "method": {"type": "keyword"},
            "cue": {"type": "keyword"},
            "start": {"type": "integer"},
            "end": {"type": "integer"},
        }},
        "n_quotes": {"type": "integer"},
        "article_quotes": {"type": "integer"},
        "content_hash": {"type": "keyword"},
    }
    for field in TEXT_FIELDS:
        props[field] = {"type": "text", "analyzer": field, "fields": exact_sub}
        # the title of a passage in this language, copied into its text field (as another value,
        # ``position_increment_gap`` apart) and into ``exact``: the Whoosh engine's ``Titled``
        props[title_field(field)] = {"type": "text", "analyzer": field, "copy_to": [field, "exact"]}
    return {
        "settings": {"index": {"number_of_shards": shards, "number_of_replicas": replicas,
                               # the Whoosh engine's BM25 parameters (engine/scoring.py)
                               "similarity": {"default": {"type": "BM25", "k1": BM25_K1, "b": BM25_B}}},
                     "analysis": {"filter": filters, "analyzer": analyzers}},
        "mappings": {"dynamic": False, "_meta": {"schema_version": SCHEMA_VERSION, "searchidx": __version__},
                     "properties": props},
    }


def title_field(text_field: str) -> str:
    """The field a passage's title is sent in, copied from there into ``text_field``."""
    return "title_" + text_field.removeprefix("text_")


def alias_name(path: str | os.PathLike) -> str:
    name = re.sub(r"[^a-z0-9_-]+", "-", os.path.basename(os.fspath(path).rstrip("/\\")).lower()).strip("-_")
    return "searchidx" if name in ("", "index") else name


_FIELD = re.compile(r'(?<![\w.])([A-Za-z_]\w*):')
_DATE_RANGE = re.compile(r"date:([\[{])([^\]}]*)([\]}])", re.I)


def to_query_string(text: str) -> str:
    """searchidx query syntax → OpenSearch query_string syntax (field names, date ranges)."""
    parts = re.split(r'("[^"]*")', text)  # leave phrases alone
    for i in range(0, len(parts), 2):
        part = _DATE_RANGE.sub(_date_range, parts[i])
        part = _FIELD.sub(lambda m: FIELD_NAMES.get(m.group(1).lower(), m.group(1).lower()) + ":", part)
        part = re.sub(r"\blang:(\w+)", lambda m: "lang:" + m.group(1).lower(), part)
        parts[i] = part.replace("/", "\\/")
    return "".join(parts)


def _date_range(m: re.Match) -> str:
    lo, hi = (b.strip() for b in re.split(r"(?:^|\s)TO(?:\s|$)", m.group(2)))
    lo_s = parse_date(lo).isoformat() if lo and lo != "*" else "*"
    hi_s = parse_date(hi, end=True).isoformat() if hi and hi != "*" else "*"
    return f"date:[{lo_s} TO {hi_s}]"


class OpenSearchEngine(Engine):
    name = "opensearch"

    def __init__(self, path: str | os.PathLike, create: bool = True, url: str | None = None,
                 shards: int | None = None, replicas: int | None = None, client=None,
                 concrete: str | None = None):
        try:
            from opensearchpy import OpenSearch
        except ImportError:  # pragma: no cover - depends on the installation
            raise SearchidxError("the OpenSearch engine needs opensearch-py: pip install 'searchidx[opensearch]'") from None
        self.url = url or os.environ.get("SEARCHIDX_OPENSEARCH_URL") or DEFAULT_URL
        self.alias = alias_name(path)
        self.shards = int(shards or os.environ.get("SEARCHIDX_OPENSEARCH_SHARDS", 1))
        self.replicas = int(replicas if replicas is not None else os.environ.get("SEARCHIDX_OPENSEARCH_REPLICAS", 1))
        self.client = client or OpenSearch(hosts=[h.strip() for h in self.url.split(",")], timeout=60,
                                           retry_on_timeout=True, max_retries=5)
        # the index this engine reads and writes: the alias, or during a rebuild the new concrete index
        self._write_target = concrete or self.alias
        try:
            exists = self.client.indices.exists_alias(name=self.alias)
        except Exception as e:
            raise IndexStateError(f"cannot reach OpenSearch at {self.url}: {e}") from None
        if concrete:
            return
        if exists:
            self._check_version()
        elif create:
            target = self._create_concrete()
            self.client.indices.put_alias(index=target, name=self.alias)
        else:
            raise IndexStateError(f"no index '{self.alias}' on {self.url} (create one with: searchidx index PATH…)")

    def _create_concrete(self) -> str:
        name = f"{self.alias}-{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 100000}"
        self.client.indices.create(index=name, body=index_settings(self.shards, self.replicas))
        # (opensearch-py takes any `timeout` argument as its socket timeout: the server default applies)
        self.client.cluster.health(index=name, wait_for_status="yellow")
        return name

    def _concrete_indices(self) -> list[str]:
        return sorted(self.client.indices.get_alias(name=self.alias))

    def _check_version(self) -> None:
        for index_name, m in self.client.indices.get_mapping(index=self.alias).items():
            found = m["mappings"].get("_meta", {}).get("schema_version")
            if found != SCHEMA_VERSION:
                raise IndexStateError(
                    f"index '{self.alias}' has schema version {found}, this searchidx needs "
                    f"{SCHEMA_VERSION}: run `searchidx rebuild --engine opensearch --index {self.alias}`")

    # --- blue/green rebuilds -----------------------------------------------------------------
    def begin_rebuild(self) -> "OpenSearchEngine":
        """A writer into a new, empty concrete index; searches keep using the alias meanwhile."""
        return OpenSearchEngine(self.alias, url=self.url, shards=self.shards, replicas=self.replicas,
                                client=self.client, concrete=self._create_concrete())

    def commit_rebuild(self, new: "OpenSearchEngine") -> None:
        """Point the alias at the rebuilt index in one atomic step, then drop the old ones."""
        self.client.indices.refresh(index=new._write_target)
        old = self._concrete_indices() if self.client.indices.exists_alias(name=self.alias) else []
        actions = [{"remove": {"index": o, "alias": self.alias}} for o in old]
        actions.append({"add": {"index": new._write_target, "alias": self.alias}})
        self.client.indices.update_aliases(body={"actions": actions})
        for o in old:
            self.client.indices.delete(index=o, ignore_unavailable=True)

    def abort_rebuild(self, new: "OpenSearchEngine") -> None:
        self.client.indices.delete(index=new._write_target, ignore_unavailable=True)

    def drop(self) -> None:
        """Delete the index and its alias (tests, tools)."""
        if self.client.indices.exists_alias(name=self.alias):
            for o in self._concrete_indices():
                self.client.indices.delete(index=o, ignore_unavailable=True)

    # --- writing -----------------------------------------------------------------------------
    def write(self, documents: Iterable[dict], delete_article_ids: Iterable[str] = (),
              in_run: bool = False) -> None:
        from opensearchpy import helpers
        ids = list(delete_article_ids)
        target = self._write_target
        stale = self._passage_ids(target, ids) if ids else []
        # deletes by passage id rather than _delete_by_query, which needs the reindex module (not
        # every distribution has it); a replaced article's passages that come back keep their id
        new_docs = [{"_index": target, "_id": d["id"], "_source": self._body(d)} for d in documents]
        keep = {a["_id"] for a in new_docs}
        actions = [{"_op_type": "delete", "_index": target, "_id": i} for i in stale if i not in keep] + new_docs
        ok, errors = helpers.bulk(self.client, actions, chunk_size=500, max_retries=5, initial_backoff=1,
                                  raise_on_error=False, stats_only=False)
        if errors:
            raise SearchidxError(f"OpenSearch refused {len(errors)} passages, first: {str(errors[0])[:300]}")
        self.client.indices.refresh(index=target)

    def _passage_ids(self, index: str, article_ids: list[str]) -> list[str]:
        from opensearchpy import helpers
        self.client.indices.refresh(index=index)
        out = []
        for i in range(0, len(article_ids), 1000):
            out += [h["_id"] for h in helpers.scan(self.client, index=index, _source=False,
                                                   query={"query": {"terms": {"article_id": article_ids[i:i + 1000]}}})]
        return out

    @staticmethod
    def _body(doc: dict) -> dict:
        body = dict(doc)
        body[analysis.text_field(doc["lang"])] = doc["text"]
        if doc.get("title"):
            body[title_field(analysis.text_field(doc["lang"]))] = doc["title"]
        body["exact"] = doc["text"]
        body["quote"] = doc["quoted"]
        body["speaker"] = doc["speakers"]
        body["speaker_key"] = [name_key(s) for s in doc["speakers"]]
        body["source_key"] = name_key(doc["source"])
        body["head"] = doc["ordinal"] == 0
        if doc.get("date"):
            body["month"] = doc["date"][:7]
        else:
            body.pop("date", None)
        return body

    # --- reading -----------------------------------------------------------------------------
    def build_query(self, request: SearchRequest) -> dict[str, Any]:
        text = request.query.strip()
        if request.literal:
            text = literal_query(text)
        else:
            validate(text)
        if request.in_quotes:
            fields = ["quote"]
        elif request.lang:
            fields = [analysis.text_field(request.lang)] + self._boosted("exact")
        else:
            fields = list(TEXT_FIELDS) + self._boosted("exact")
        must: list[dict] = []
        if text:
            must.append({"query_string": {
                "query": to_query_string(text), "fields": fields, "default_operator": "OR" if request.match == "any" else "AND",
                "type": "best_fields", "quote_field_suffix": ".exact", "tie_breaker": 0.0,
                "allow_leading_wildcard": False, "lenient": True}})
        filters: list[dict] = []
        if request.speaker:
            filters.append({"match_phrase": {"speaker": request.speaker}})
        if request.source:
            filters.append({"match_phrase": {"source": request.source}})
        if request.lang:
            filters.append({"term": {"lang": request.lang.lower()}})
        if request.has_quotes:
            filters.append({"range": {"n_quotes": {"gte": 1}}})
        if request.since or request.until:
            rng = {}
            if request.since:
                rng["gte"] = parse_date(request.since).isoformat()
            if request.until:
                rng["lte"] = parse_date(request.until, end=True).isoformat()
            filters.append({"range": {"date": rng}})
        return {"bool": {"must": must or [{"match_all": {}}], "filter": filters}}

    @staticmethod
    def _boosted(*names: str) -> list[str]:
        return [f"{n}^{FIELD_BOOSTS[n]}" if n in FIELD_BOOSTS else n for n in names]

    FACET_FIELDS = {"speaker": "speaker_key", "source": "source_key", "lang": "lang", "month": "month"}

    def search(self, request: SearchRequest) -> SearchResults:
        from opensearchpy.exceptions import RequestError
        body: dict[str, Any] = {
            "query": self.build_query(request),
            "from": request.offset, "size": request.limit if request.limit else 10000,
            "track_total_hits": True,
            "highlight": {"fields": {"text_*": {}, "exact": {}, "quote": {}}, "number_of_fragments": 0,
                          "pre_tags": [START], "post_tags": [END], "require_field_match": False},
        }
        if request.sort == "date":
            body["sort"] = [{"date": {"order": "asc", "missing": "_last"}}, "_score"]
        for name in request.facets:
            field = self.FACET_FIELDS.get(name)
            if not field:
                raise QueryError(f"cannot count by '{name}' (choose from {', '.join(self.FACET_FIELDS)})")
            body.setdefault("aggs", {})[name] = {"terms": {"field": field, "size": 1000}}
        try:
            # never a silently partial answer: a shard without a live copy fails the search (and is retried)
            resp = retry_read(self.client.search, index=self._write_target, body=body,
                              params={"allow_partial_search_results": "false"})
        except RequestError as e:
            raise QueryError(f"query not accepted: {request.query} ({e.info.get('error', {}).get('root_cause', [{}])[0].get('reason', e)})") from None
        hits = []
        for h in resp["hits"]["hits"]:
            doc = h["_source"]
            hl = h.get("highlight", {})
            field = analysis.text_field(doc.get("lang"))
            marked = next((hl[f][0] for f in (field, field + ".exact", "exact", "quote") if f in hl), doc["text"])
            if "quote" in hl and field not in hl and "exact" not in hl:
                marked = doc["text"]  # the quote field holds only the quoted words
            hits.append(hit_from_document(doc, float(h.get("_score") or 0.0), merge_adjacent(marked)))
        facets = {name: sorted(((b["key"], b["doc_count"]) for b in resp["aggregations"][name]["buckets"] if b["key"]),
                               key=lambda kv: (-kv[1], kv[0])) for name in request.facets}
        return SearchResults(hits=hits, total=resp["hits"]["total"]["value"], request=request, facets=facets)

    def articles(self) -> dict[str, StoredArticle]:
        from opensearchpy import helpers
        out = {}
        for h in helpers.scan(self.client, index=self._write_target, query={"query": {"term": {"head": True}}},
                              _source=["article_id", "content_hash", "path"]):
            s = h["_source"]
            out[s["article_id"]] = StoredArticle(s["article_id"], s.get("content_hash", ""), s.get("path", ""), 0)
        return out

    def passages_of(self, article_id: str) -> list[dict]:
        resp = retry_read(self.client.search, index=self._write_target, body={
            "query": {"term": {"article_id": article_id}}, "sort": [{"ordinal": "asc"}], "size": 10000})
        return [h["_source"] for h in resp["hits"]["hits"]]

    def iter_documents(self):
        from opensearchpy import helpers
        for h in helpers.scan(self.client, index=self._write_target, query={"query": {"match_all": {}}}):
            yield h["_source"]

    def generation(self) -> object:
        """Changes whenever a document is written or deleted, or the alias moves."""
        stats = self.client.indices.stats(index=self._write_target, metric="indexing")
        total = stats["_all"]["primaries"]["indexing"]
        return (tuple(sorted(stats["indices"])), total["index_total"], total["delete_total"])

    def counts(self) -> dict[str, int]:
        passages = retry_read(self.client.count, index=self._write_target)["count"]
        resp = retry_read(self.client.search, index=self._write_target, body={
            "size": 0, "query": {"term": {"head": True}}, "track_total_hits": True,
            "aggs": {"quotes": {"sum": {"field": "article_quotes"}}}})
        return {"articles": resp["hits"]["total"]["value"], "passages": passages,
                "quotes": int(resp["aggregations"]["quotes"]["value"] or 0)}

    def close(self) -> None:
        self.client.close()
