"""Misquote matching and "who said it first".

``trace``: the indexed quotations closest to a wording that may have words changed, dropped,
added or reordered. Candidates come from the engine (any of the wording's content words, in the
quotation field, ranked by BM25, a generous limit); each candidate quotation is then rescored with
:func:`similarity` and compared word by word (:func:`word_diff`).

``timeline``: the appearances of one quotation sorted by publication date, the earliest marked,
each compared with the earliest wording, with the speaker each outlet gave it; different
speakers are a conflict shown side by side.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from ..engine import Engine, SearchRequest
from ..errors import QueryError
from ..models import QuoteHit
from .normalize import content_words, norm_words
from .similarity import SAME_QUOTE, Similarity, WordDiff, similarity, word_diff

#: candidate passages fetched from the engine before rescoring
CANDIDATES = 200
#: a quotation at least this similar is listed by ``trace``
MIN_SCORE = 0.5

Resolve = Callable[[Optional[str]], Optional[str]]


@dataclass
class Match:
    """An indexed quotation compared with a wording: its score, kind and word diff."""

    hit: QuoteHit
    similarity: Similarity
    diff: WordDiff
    speaker: Optional[str] = None      # the canonical speaker (aliases merged)
    first: bool = False                # the earliest appearance (timelines)

    @property
    def score(self) -> float:
        return self.similarity.score

    @property
    def kind(self) -> str:
        return self.similarity.kind

    def to_dict(self) -> dict:
        q, h = self.hit.quote, self.hit
        return {
            "score": self.score, "kind": self.kind, "first": self.first,
            "speaker": self.speaker, "speaker_as_written": q.speaker_mention or q.speaker,
            "text": q.text, "source": h.source, "date": h.date, "title": h.title, "url": h.url,
            "lang": h.lang, "article_id": h.article_id, "passage_ordinal": h.passage_ordinal,
            "start": q.start, "end": q.end, "path": h.path,
            "diff": self.diff.marked, "changes": [c.to_dict() for c in self.diff.changes],
        }


def candidates(engine: Engine, text: str, *, literal: bool = True, limit: int = CANDIDATES,
               **filters) -> list[QuoteHit]:
    """The quotations of the passages the engine ranks highest for any word of ``text`` (or, with
    ``literal=False``, for ``text`` as a query), each once."""
    if literal:
        words = content_words(text)
        if not words:
            raise QueryError("nothing to look up: the quotation has no words")
        request = SearchRequest(query=" ".join(words), literal=True, match="any", in_quotes=True,
                                has_quotes=True, limit=limit, **filters)
    else:
        request = SearchRequest(query=text, in_quotes=True, has_quotes=True, limit=limit, **filters)
    out: dict[tuple[str, int], QuoteHit] = {}
    for hit in engine.search(request).hits:
        for q in hit.quotes:
            out.setdefault((hit.article_id, q.start), QuoteHit(
                q, hit.score, hit.article_id, hit.ordinal, hit.title, hit.source, hit.url, hit.date,
                hit.lang, hit.path))
    return list(out.values())


def trace(engine: Engine, text: str, *, limit: int = 10, min_score: float = MIN_SCORE,
          literal: bool = True, resolve: Resolve = lambda s: s, **filters) -> list[Match]:
    """The indexed quotations closest to ``text``, best first (ties: earliest first)."""
    wanted = norm_words(text) if literal else norm_words(_plain(text))
    matches = []
    for qh in candidates(engine, text, literal=literal, **filters):
        sim = similarity(wanted, norm_words(qh.quote.text))
        if sim.score >= min_score:
            matches.append(Match(qh, sim, word_diff(text if literal else _plain(text), qh.quote.text),
                                 resolve(qh.quote.speaker)))
    matches.sort(key=lambda m: (-m.score, m.hit.date or "9999", m.hit.article_id, m.hit.quote.start))
    return matches[:limit] if limit else matches


def _plain(query: str) -> str:
    from ..index import _words_of  # the plain words of a query (no fields, no operators)
    return _words_of(query)


@dataclass
class Attribution:
    speaker: Optional[str]             # canonical speaker, None for unattributed
    outlets: list[str] = field(default_factory=list)
    as_written: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "outlets": self.outlets, "as_written": self.as_written}


@dataclass
class Timeline:
    """The appearances of a quotation in date order; ``entries[0]`` is the earliest."""

    query: str
    entries: list[Match]
    attributions: list[Attribution]

    @property
    def first(self) -> Optional[Match]:
        return self.entries[0] if self.entries else None

    @property
    def conflict(self) -> bool:
        """True when outlets attribute the quotation to different speakers."""
        return len([a for a in self.attributions if a.speaker]) > 1

    def to_dict(self) -> dict:
        return {"query": self.query, "first": self.first.to_dict() if self.first else None,
                "conflict": self.conflict, "attributions": [a.to_dict() for a in self.attributions],
                "entries": [e.to_dict() for e in self.entries]}


def timeline(engine: Engine, text: str, *, min_score: float = SAME_QUOTE, literal: bool = True,
             resolve: Resolve = lambda s: s, **filters) -> Timeline:
    """Every appearance of the quotation ``text`` sorted by publication date, each compared with
    the earliest appearance. An appearance is a quotation at least ``min_score`` similar to
    ``text``, or in the same cluster as one (so a misquote's timeline also has the original's
    truncations)."""
    from .clusters import cluster_quotes

    wanted = norm_words(text) if literal else norm_words(_plain(text))
    found = candidates(engine, text, literal=literal, **filters)
    seeds = {id(h) for h in found if similarity(wanted, norm_words(h.quote.text)).score >= min_score}
    hits = [h for c in cluster_quotes(found, threshold=min_score) if any(id(m) in seeds for m in c.members)
            for h in c.members]
    return timeline_of(text, hits, resolve)


def timeline_of(query: str, hits: list[QuoteHit], resolve: Resolve = lambda s: s) -> Timeline:
    """The timeline of given appearances (a search's matches or a cluster's members)."""
    dated = sorted(hits, key=lambda h: (h.date or "9999", h.article_id, h.quote.start))
    entries: list[Match] = []
    if dated:
        ref = dated[0].quote.text
        ref_words = norm_words(ref)
        for i, h in enumerate(dated):
            sim = similarity(ref_words, norm_words(h.quote.text))
            entries.append(Match(h, sim, word_diff(ref, h.quote.text), resolve(h.quote.speaker), first=i == 0))
    by_speaker: dict[Optional[str], Attribution] = {}
    for e in entries:
        a = by_speaker.setdefault(e.speaker, Attribution(e.speaker))
        if e.hit.source and e.hit.source not in a.outlets:
            a.outlets.append(e.hit.source)
        written = e.hit.quote.speaker_mention or e.hit.quote.speaker
        if written and written not in a.as_written:
            a.as_written.append(written)
    return Timeline(query, entries, list(by_speaker.values()))
