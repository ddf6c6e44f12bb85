"""The one small interface every search engine implements (Whoosh embedded, OpenSearch remote).

An engine stores *passage documents* (``searchidx.documents.passage_document``) and answers
``SearchRequest`` objects with ``SearchResults``; everything else (reading sources, passages,
quotations, output) is engine-independent.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from ..models import Hit


@dataclass
class SearchRequest:
    """A search: query text in searchidx's query syntax plus filters."""

    query: str = ""                 # "" matches every passage
    speaker: Optional[str] = None   # words of a speaker's name ("State Department")
    source: Optional[str] = None    # words of an outlet's name
    lang: Optional[str] = None      # ISO 639-1
    since: Optional[str] = None     # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: Optional[str] = None     # inclusive
    limit: int = 10
    offset: int = 0
    literal: bool = False           # take the query as plain words: no operators, no fields
    match: str = "all"              # words without an operator: "all" must match (AND), or
                                    # "any" may (OR, ranked: more and rarer words score higher)
    in_quotes: bool = False         # search the quoted words only
    has_quotes: bool = False        # only passages that contain quotations
    sort: str = "score"             # "score" or "date"
    facets: tuple[str, ...] = ()    # fields to count over all matches: speaker, source, lang, month


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int                      # matching passages, not only the ones returned
    request: SearchRequest
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def __iter__(self):
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    def __getitem__(self, i: int) -> Hit:
        return self.hits[i]


def _get_total(self: SearchResults) -> int:
    value = self.__dict__["_total"]
    if callable(value):
        value = self.__dict__["_total"] = int(value())
    return value


def _set_total(self: SearchResults, value) -> None:
    self.__dict__["_total"] = value


# ``total`` may be given as a function, called on first use: counting every match is a second pass
# over the postings in Whoosh (often more than the ranked search itself), paid only when asked for.
SearchResults.total = property(_get_total, _set_total, doc=SearchResults.__doc__)  # type: ignore[assignment]


@dataclass
class StoredArticle:
    """An article as the engine knows it: enough to decide whether to re-index it."""

    id: str
    content_hash: str
    path: str
    passages: int


class Engine(ABC):
    """A store of passage documents with search."""

    name = "engine"

    @abstractmethod
    def write(self, documents: Iterable[dict], delete_article_ids: Iterable[str] = (),
              in_run: bool = False) -> None:
        """Delete every passage of ``delete_article_ids``, then add ``documents``, as one commit.
        ``in_run``: one of a run's batches, which ends with :meth:`compact`."""

    def compact(self, progress: Optional[Callable[[], None]] = None) -> None:
        """Called at the end of each run that wrote: merge what the run left in pieces (Whoosh
        segments; ``progress()`` is called now and then). Engines that merge on their own do
        nothing."""

    @abstractmethod
    def search(self, request: SearchRequest) -> SearchResults:
        """Ranked passages for ``request``."""

    @abstractmethod
    def articles(self) -> dict[str, StoredArticle]:
        """Every indexed article by id."""

    @abstractmethod
    def passages_of(self, article_id: str) -> list[dict]:
        """The stored passage documents of one article, in order."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """{"articles", "passages", "quotes"}."""

    def parallel_segments(self) -> Optional[object]:
        """Optional, for ``jobs > 1``: an object whose ``task`` worker processes use to analyse
        *and* write a chunk of articles into a segment of their own, and whose ``commit``
        adds such segments in one commit (see ``whoosh_parallel``). None (the default): workers
        only analyse and the documents go through ``write``."""
        return None

    def iter_documents(self) -> Iterator[dict]:
        """Every stored passage document (engines may override this with a faster scan)."""
        for article_id in sorted(self.articles()):
            yield from self.passages_of(article_id)

    def generation(self) -> object:
        """A value that changes whenever the index changes (None: unknown), for caches."""
        return None

    def close(self) -> None:  # pragma: no cover - engines without resources
        pass
