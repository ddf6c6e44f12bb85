"""The fact-checking methods of :class:`searchidx.Index` (mixed into it)."""
from __future__ import annotations

import json
import os
from collections import Counter
from typing import Iterable, Optional

from ..documents import quotes_from_json
from ..models import QuoteHit
from . import citations as _citations
from . import tracing as _trace
from .clusters import Cluster, cluster_quotes
from .speakers import Speaker, SpeakerResolver, find_alias_file, load_aliases

#: quotations gathered for clustering a search's matches
CLUSTER_CANDIDATES = 5000
#: the explanation fields of a quotation
EXPLAIN_FIELDS = ("speaker", "speaker_mention", "method", "rule", "cue", "candidates")


def _facet_key(name: str) -> str:
    """How engines key a speaker or outlet facet (see whoosh_engine.name_key)."""
    return " ".join(name.replace(",", " ").split()).lower()


class FactCheckMixin:
    """Misquote matching, timelines, clusters, speakers, citations and verification."""

    # --- speakers ------------------------------------------------------------------------------
    def alias_file(self, aliases: str | os.PathLike | None = None):
        """The alias file in use: ``aliases`` when given, else aliases.json|toml in the index
        directory, else None."""
        if aliases:
            return aliases
        return find_alias_file(self.path) if os.path.isdir(self.path) else None

    #: the speaker directory of an index directory, kept beside it for the next process
    DIRECTORY_FILE = "speakers-cache.json"

    def _directory(self) -> tuple[Counter, dict[str, str]]:
        """Every speaker name with its quotation count, and outlet names by facet key: one scan
        of the index (a minute at a million passages), kept until the index changes, in memory
        and in the index directory (so the next process, e.g. the next ``searchidx trace``,
        reads it instead of scanning)."""
        generation = self.engine.generation()
        cached = getattr(self, "_directory_cache", None)
        if cached is not None and generation is not None and cached[0] == generation:
            return cached[1]
        found = self._saved_directory(generation)
        if found is None:
            names: Counter = Counter()
            outlets: dict[str, str] = {}
            for doc in self.engine.iter_documents():
                if doc.get("source"):
                    outlets.setdefault(_facet_key(doc["source"]), doc["source"])
                for q in quotes_from_json(doc.get("quotes")):
                    if q.speaker:
                        names[q.speaker] += 1
            found = (names, outlets)
            self._save_directory(generation, found)
        self._directory_cache = (generation, found)
        self._resolver_cache = None
        return found

    def _directory_file(self, generation) -> Optional[str]:
        if generation is None or not os.path.isdir(self.path):
            return None
        return os.path.join(self.path, self.DIRECTORY_FILE)

    def _saved_directory(self, generation) -> Optional[tuple[Counter, dict[str, str]]]:
        path = self._directory_file(generation)
        try:
            with open(path, encoding="utf-8") as f:     # (TypeError: no path)
                saved = json.load(f)
            if saved["generation"] == json.loads(json.dumps(generation)):
                return Counter(saved["names"]), dict(saved["outlets"])
        except (OSError, TypeError, ValueError, KeyError):
            pass
        return None

    def _save_directory(self, generation, found: tuple[Counter, dict[str, str]]) -> None:
        """Written whole under a temporary name, then renamed: a reader sees the old file or the
        new one. Not saved (silently) where the index directory is read-only."""
        path = self._directory_file(generation)
        if path is None:
            return
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump({"generation": generation, "names": found[0], "outlets": found[1]}, f,
                          ensure_ascii=False)
            os.replace(tmp, path)
        except (OSError, TypeError, ValueError):
            try:
                os.unlink(tmp)
            except OSError:
                pass

    def speaker_resolver(self, aliases: str | os.PathLike | None = None) -> SpeakerResolver:
        """Resolves speaker names to canonical speakers over this index (see ``speakers``); made
        again when the index or the alias file changes."""
        names, _ = self._directory()
        path = self.alias_file(aliases)
        key = (str(path), os.stat(path).st_mtime_ns) if path else None
        cached = getattr(self, "_resolver_cache", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        resolver = SpeakerResolver(names, load_aliases(path) if path else ())
        self._resolver_cache = (key, resolver)
        return resolver

    def speakers(self, *, aliases: str | os.PathLike | None = None, name: str | None = None) -> list[Speaker]:
        """Every speaker with its number of quotations and the names it appears under, most
        quoted first; names are merged by the normalizer, the rules and the alias file
        (``aliases``, or aliases.json|toml in the index directory). ``name`` keeps the speakers
        one of whose names contains these words."""
        found = self.speaker_resolver(aliases).speakers()
        if name:
            from .normalize import norm_words
            want = " ".join(norm_words(name))
            found = [s for s in found if any(want in " ".join(norm_words(n)) for n in [s.name, *s.names])]
        return found

    def merge_speaker_facet(self, counts: list[tuple[str, int]], aliases=None) -> list[tuple[str, int]]:
        """Speaker facet counts with every speaker's names merged under its canonical name.
        (Counts are passages: a passage quoting a speaker under two names counts twice.)"""
        names, _ = self._directory()
        resolver = self.speaker_resolver(aliases)
        by_key = {_facet_key(n): resolver.resolve(n) for n in names}
        merged: Counter = Counter()
        for key, n in counts:
            merged[by_key.get(key) or resolver.resolve(key) or key] += n
        return sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))

    def display_facets(self, facets: dict[str, list[tuple[str, int]]], aliases=None) -> dict:
        """Facet counts for people: speakers merged, outlets under their names as written."""
        out = dict(facets)
        if "speaker" in out:
            out["speaker"] = self.merge_speaker_facet(out["speaker"], aliases)
        if "source" in out:
            _, outlets = self._directory()
            out["source"] = [(outlets.get(k, k), n) for k, n in out["source"]]
        return out

    # --- misquotes, timelines, clusters -------------------------------------------------------
    def trace(self, text: str, *, limit: int = 10, min_score: float = _trace.MIN_SCORE,
              literal: bool = True, aliases=None, **filters) -> list[_trace.Match]:
        """The indexed quotations closest to ``text`` (a pasted, maybe misremembered quotation),
        best first, each with its similarity score, kind (verbatim, truncated, extended,
        altered), word diff and canonical speaker. ``literal=False`` reads ``text`` as a query."""
        return _trace.trace(self.engine, text, limit=limit, min_score=min_score, literal=literal,
                            resolve=self.speaker_resolver(aliases).resolve, **filters)

    def timeline(self, text: str, *, min_score: float = _trace.SAME_QUOTE, literal: bool = True,
                 aliases=None, **filters) -> _trace.Timeline:
        """Who said it first: the appearances of the quotation ``text`` by publication date, the
        earliest first, each compared with it, and the speakers the outlets gave."""
        return _trace.timeline(self.engine, text, min_score=min_score, literal=literal,
                               resolve=self.speaker_resolver(aliases).resolve, **filters)

    def cluster_timeline(self, cluster: Cluster, aliases=None) -> _trace.Timeline:
        """The timeline of one cluster's members."""
        return _trace.timeline_of(cluster.text, cluster.members, self.speaker_resolver(aliases).resolve)

    def clusters(self, query: str = "", *, min_size: int = 1, limit: int | None = None,
                 literal: bool = True, aliases=None, **filters) -> list[Cluster]:
        """Quotations grouped into clusters of the same quotation (verbatim, truncated or with a
        few words changed), largest first. With ``query``, the clusters of the quotations that
        contain any of its words (ranked by the engine, up to ``CLUSTER_CANDIDATES`` passages);
        without, of every quotation (matching ``filters``)."""
        items = self._cluster_items(query, literal, filters)
        found = [c for c in cluster_quotes(items, resolve=self.speaker_resolver(aliases).resolve)
                 if c.count >= min_size]
        return found[:limit] if limit else found

    def _cluster_items(self, query: str, literal: bool, filters: dict) -> list[QuoteHit]:
        if query.strip():
            return _trace.candidates(self.engine, query, literal=literal, limit=CLUSTER_CANDIDATES, **filters)
        if any(filters.values()):
            from ..engine import SearchRequest
            results = self.engine.search(SearchRequest(has_quotes=True, limit=CLUSTER_CANDIDATES, **filters))
            return [QuoteHit(q, 0.0, h.article_id, h.ordinal, h.title, h.source, h.url, h.date, h.lang, h.path)
                    for h in results.hits for q in h.quotes]
        out = []
        for doc in self.engine.iter_documents():
            for q in quotes_from_json(doc.get("quotes")):
                out.append(QuoteHit(q, 0.0, doc["article_id"], int(doc["ordinal"]), doc.get("title", ""),
                                    doc.get("source", ""), doc.get("url", ""), doc.get("date", ""),
                                    doc.get("lang", ""), doc.get("path", "")))
        return out

    # --- citations and verification ---------------------------------------------------------
    def citations(self, query: str = "", *, limit: int = 20, literal: bool = True, aliases=None,
                  **filters) -> list[dict]:
        """The quotations matching ``query`` as citations (speaker, quotation, outlet, title,
        date, URL, offsets, source file and line); the speaker is the canonical one."""
        resolve = self.speaker_resolver(aliases).resolve
        found = self.quotes(query, limit=limit, literal=literal, **filters)
        lines = self._lines({q.article_id for q in found})
        return [_citations.cite_quote(q, resolve(q.quote.speaker), lines.get(q.article_id, 0)) for q in found]

    def hit_citations(self, query: str = "", *, limit: int = 10, literal: bool = False, **kwargs) -> list[dict]:
        """The passages ``search`` finds, as citations."""
        return [_citations.cite_hit(h) for h in self.search(query, limit=limit, literal=literal, **kwargs).hits]

    def _lines(self, article_ids: Iterable[str]) -> dict[str, int]:
        out = {}
        for article_id in article_ids:
            docs = self.engine.passages_of(article_id)
            if docs:
                out[article_id] = int(docs[0].get("line") or 0)
        return out

    def verify(self, article_ids: Optional[Iterable[str]] = None) -> _citations.VerifyReport:
        """Re-read the sources of the indexed articles (all, or ``article_ids``) and check that
        every quotation is still at its offsets; ``report.problems`` lists what is not."""
        return _citations.verify(self.engine, article_ids)

    # --- explanations -------------------------------------------------------------------------
    def explain(self, query: str = "", *, limit: int = 20, literal: bool = True, aliases=None,
                **filters) -> list[dict]:
        """The quotations matching ``query`` with how their speaker was found: the rule or
        pattern, the cue, the mention as written, the method and the other candidate speakers."""
        resolve = self.speaker_resolver(aliases).resolve
        out = []
        for q in self.quotes(query, limit=limit, literal=literal, **filters):
            d = {"text": q.quote.text, "article_id": q.article_id, "start": q.quote.start,
                 "end": q.quote.end, "source": q.source, "date": q.date,
                 "canonical_speaker": resolve(q.quote.speaker)}
            d.update({k: getattr(q.quote, k) for k in EXPLAIN_FIELDS})
            d["explanation"] = explanation(q)
            out.append(d)
        return out


def explanation(q: QuoteHit) -> str:
    """One sentence: why this quotation has this speaker."""
    quote = q.quote
    if not quote.speaker:
        why = "no speaker found"
    else:
        why = f"attributed to {quote.speaker}"
        if quote.speaker_mention and quote.speaker_mention != quote.speaker:
            why += f" (written “{quote.speaker_mention}”"
            why += f" at [{quote.speaker_start}:{quote.speaker_end}])" if quote.speaker_start is not None else ")"
        elif quote.speaker_start is not None:
            why += f" (at [{quote.speaker_start}:{quote.speaker_end}])"
        why += f" by rule {quote.rule or '?'}, method {quote.method}"
        if quote.cue:
            why += f", cue “{quote.cue}”"
    if quote.candidates:
        why += "; also considered: " + ", ".join(quote.candidates)
    else:
        why += "; no other candidates"
    return why
