"""``Index``: the Python API of searchidx, one object per index.

    from searchidx import Index

    with Index("index") as ix:
        ix.add_paths(["samples/"])
        for hit in ix.search("Al-Qaida", lang="nl"):
            print(hit.score, hit.title, hit.speakers)
        for q in ix.quotes(speaker="State Department"):
            print(q.quote.speaker, q.quote.text, q.url)

Every CLI command is a thin layer over a method here.
"""
from __future__ import annotations

import os
from typing import Callable, Iterable, Iterator, Optional

import regex

from . import lifecycle
from .analysis import exact_analyzer, name_analyzer, tokens
from .engine import Engine, SearchRequest, SearchResults, open_engine
from .errors import QueryError
from .factcheck.api import FactCheckMixin
from .models import Article, IndexReport, QuoteHit
from .query import literal

DEFAULT_PATH = "index"
#: articles analyzed between two commits: a killed run loses at most this much work
BATCH_SIZE = lifecycle.BATCH_SIZE
#: what words without an operator mean in ``Index.search``: every word, or any word (ranked)
MATCH_MODES = ("all", "any")

Progress = Callable[[int], None]


class Index(FactCheckMixin):
    """A searchable collection of articles, their passages and quotations.

    ``path`` is the index directory (Whoosh) or index name (OpenSearch); ``create=False`` refuses
    to create a missing index. Safe to search from several threads at once.
    """

    def __init__(self, path: str | os.PathLike = DEFAULT_PATH, *, create: bool = True,
                 engine: str | None = None, **engine_options):
        self.path = str(path)
        #: the index directory's layout and manifest (Whoosh); None for a remote engine
        self.store: lifecycle.Store | None = None
        if (engine or os.environ.get("SEARCHIDX_ENGINE") or "whoosh").lower() == "whoosh":
            path, self.store = lifecycle.open_layout(path, create)
        self.engine: Engine = open_engine(path, engine, create=create, **engine_options)

    @classmethod
    def open(cls, path: str | os.PathLike = DEFAULT_PATH, **kwargs) -> "Index":
        """Open an existing index (an error when there is none)."""
        return cls(path, create=False, **kwargs)

    # --- context manager ---------------------------------------------------------------------
    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.engine.close()

    # --- writing -----------------------------------------------------------------------------
    def add(self, articles: Iterable[Article], *, progress: Optional[Progress] = None,
            batch_size: int = BATCH_SIZE, jobs: int = 1, wait: bool = False) -> IndexReport:
        """Index ``articles``: new ones are added, changed ones replaced, unchanged ones skipped."""
        options = lifecycle.RunOptions(batch_size=batch_size, jobs=jobs, progress=_adapt(progress))
        return lifecycle.write(self, articles=articles, options=options, wait=wait)

    def add_paths(self, paths: Iterable[str | os.PathLike], *, skip_errors: bool = False,
                  progress: Optional[Progress] = None, batch_size: int = BATCH_SIZE, jobs: int = 1,
                  prune: bool = False, wait: bool = False) -> IndexReport:
        """Index every article in ``paths`` (files or directories: text, JSONL, HTML, WARC, …).

        A file or line that cannot be read raises :class:`SourceError` naming file and line,
        after the batches before it were committed; with ``skip_errors`` it is counted and
        skipped. ``jobs`` worker processes analyse articles (the result does not depend on it);
        ``prune`` also deletes articles whose source file is gone or no longer holds them.
        A second writer raises "index is locked by …" unless ``wait``.
        See :mod:`searchidx.lifecycle` for what happens on disk.
        """
        options = lifecycle.RunOptions(batch_size=batch_size, jobs=jobs, skip_errors=skip_errors,
                                       progress=_adapt(progress))
        return lifecycle.write(self, paths=list(paths), options=options, prune=prune, wait=wait)

    def delete(self, article_ids: Iterable[str], *, wait: bool = False) -> int:
        """Remove articles by id; returns how many were indexed."""
        found, _missing = lifecycle.delete(self, article_ids, wait=wait)
        return len(found)

    # --- reading -----------------------------------------------------------------------------
    def search(self, query: str = "", *, speaker: str | None = None, source: str | None = None,
               lang: str | None = None, since: str | None = None, until: str | None = None,
               limit: int = 10, offset: int = 0, literal: bool = False, sort: str = "score",
               facets: Iterable[str] = (), match: str = "all") -> SearchResults:
        """Ranked passages matching ``query`` (searchidx query syntax, see ``searchidx.query``).

        ``match`` says what words without an operator mean: ``"all"`` (default) finds passages
        with every word (AND); ``"any"`` finds passages with at least one, ranked by BM25 so that
        passages with more and rarer words come first (OR): the mode for a pasted claim or quote,
        usually with ``literal=True``.
        """
        if match not in MATCH_MODES:
            raise QueryError(f"match must be one of {', '.join(MATCH_MODES)}, not {match!r}")
        results = self.engine.search(SearchRequest(
            query=query, speaker=speaker, source=source, lang=lang, since=since, until=until,
            limit=limit, offset=offset, literal=literal, sort=sort, facets=tuple(facets),
            match=match))
        if results.facets:  # speakers merged across their names, outlets as written
            results.facets = self.display_facets(results.facets)
        return results

    def quotes(self, query: str = "", *, speaker: str | None = None, source: str | None = None,
               lang: str | None = None, since: str | None = None, until: str | None = None,
               limit: int = 20, literal: bool = False) -> list[QuoteHit]:
        """Quotations whose words match ``query`` (all quotations when empty), optionally by one
        speaker, each with its full citation."""
        results = self.engine.search(SearchRequest(
            query=query, speaker=speaker, source=source, lang=lang, since=since, until=until,
            limit=max(limit, 10) * 3, literal=literal, in_quotes=bool(query.strip()),
            has_quotes=True, sort="score" if query.strip() else "date"))
        words = set(tokens(exact_analyzer(), _words_of(query)))
        wanted_speaker = tokens(name_analyzer(), speaker) if speaker else []
        out: list[QuoteHit] = []
        for hit in results.hits:
            for q in hit.quotes:
                if words and not words & set(tokens(exact_analyzer(), q.text)):
                    continue
                if wanted_speaker and not _contains(tokens(name_analyzer(), q.speaker or ""), wanted_speaker):
                    continue
                out.append(QuoteHit(q, hit.score, hit.article_id, hit.ordinal, hit.title, hit.source,
                                    hit.url, hit.date, hit.lang, hit.path))
                if len(out) >= limit:
                    return out
        return out

    def stats(self) -> dict:
        """Counts of articles, passages and quotations, and where the index lives."""
        counts = self.engine.counts()
        info = {"index": self.path, "engine": self.engine.name, **counts}
        m = self.store.read_manifest() if self.store else None
        if m:
            info.update(schema_version=m.get("schema_version"), built_with=m.get("searchidx_version"),
                        generation=m.get("generation"), data=m.get("data"), sources=len(m.get("sources", {})),
                        created=m.get("created"), updated=m.get("updated"),
                        analysis=m.get("analysis"), in_progress=m.get("in_progress"))
        return info


def _adapt(progress: Optional[Progress]):
    """The writer reports (count, report): a :class:`searchidx.progress.Progress` shows both, a
    plain ``progress(count)`` callback gets the count."""
    if progress is None:
        return None
    update = getattr(progress, "update", None)
    return update if callable(update) else (lambda count, report, phase=None: progress(count))


def _words_of(query: str) -> str:
    """The plain words of a query, without field-prefixed parts and operators."""
    return literal(regex.sub(r'\b\w+:(?:"[^"]*"|\[[^\]]*\]|\S+)', " ", query))


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))
