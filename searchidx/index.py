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

from .analysis import exact_analyzer, name_analyzer, tokens
from .engine import Engine, SearchRequest, SearchResults, open_engine
from .errors import QueryError, SourceError
from .factcheck.api import FactCheckMixin
from .models import Article, IndexReport, QuoteHit
from .pipeline import AnalyzedArticle, analyze
from .query import literal
from .sources import iter_files, read_file

DEFAULT_PATH = "index"
#: articles analyzed between two commits: a killed run loses at most this much work
BATCH_SIZE = 500
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
            batch_size: int = BATCH_SIZE) -> IndexReport:
        """Index ``articles``: new ones are added, changed ones replaced, unchanged ones skipped."""
        report = IndexReport()
        self._write(((a, None) for a in articles), report, progress, batch_size)
        return report

    def add_paths(self, paths: Iterable[str | os.PathLike], *, skip_errors: bool = False,
                  progress: Optional[Progress] = None, batch_size: int = BATCH_SIZE) -> IndexReport:
        """Index every article in ``paths`` (files or directories: text, JSONL, …).

        A file that cannot be read raises :class:`SourceError` naming file and line, after the
        batches before it were committed; with ``skip_errors`` it is counted and skipped.
        """
        report = IndexReport()
        self._write(self._read(paths, report, skip_errors), report, progress, batch_size)
        return report

    @staticmethod
    def _read(paths, report: IndexReport, skip_errors: bool) -> Iterator[tuple[Article, None]]:
        for f in iter_files(paths):
            try:
                for article in read_file(f):
                    yield article, None
            except SourceError as e:
                if not skip_errors:
                    raise
                report.failed += 1
                report.errors.append(str(e))

    def _write(self, items, report: IndexReport, progress, batch_size: int) -> None:
        known = {a.id: a.content_hash for a in self.engine.articles().values()}
        batch: list[AnalyzedArticle] = []
        replace: list[str] = []
        done = 0
        for article, _ in items:
            analyzed = analyze(article)
            old = known.get(article.id)
            if old == analyzed.content_hash:
                report.unchanged += 1
            else:
                if old is None:
                    report.added += 1
                else:
                    report.updated += 1
                    replace.append(article.id)
                known[article.id] = analyzed.content_hash
                batch.append(analyzed)
            done += 1
            if progress:
                progress(done)
            if len(batch) >= batch_size:
                self._commit(batch, replace, report)
                batch, replace = [], []
        if batch or replace:
            self._commit(batch, replace, report)

    def _commit(self, batch: list[AnalyzedArticle], replace: list[str], report: IndexReport) -> None:
        docs = [d for a in batch for d in a.documents()]
        self.engine.write(docs, delete_article_ids=replace)
        report.passages += len(docs)
        report.quotes += sum(len(a.quotes) for a in batch)

    def delete(self, article_ids: Iterable[str]) -> int:
        """Remove articles by id; returns how many were indexed."""
        ids = [i for i in article_ids if i in self.engine.articles()]
        if ids:
            self.engine.write([], delete_article_ids=ids)
        return len(ids)

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
        return {"index": self.path, "engine": self.engine.name, **counts}


def _words_of(query: str) -> str:
    """The plain words of a query, without field-prefixed parts and operators."""
    return literal(regex.sub(r'\b\w+:(?:"[^"]*"|\[[^\]]*\]|\S+)', " ", query))


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))
