"""Top-k search for one word, scored a postings block at a time.

Most searches are one word: after ``present_fields_only`` a ``Term``, or a disjunction-max of the
word's terms in the few fields that have it (its language's text, the title). Whoosh scores such
a search one matching passage at a time: per passage a collector step, a matcher step, a scorer
call, a length lookup and a BM25 call. Its block-quality skipping rarely helps here: with Lucene's
idf and a title boost of 0.2, blocks of a frequent word keep a maximum score above the tenth best.

:func:`top_docs` computes the same scores for a whole block of postings in one comprehension:
BM25's length normalisation for each of the 256 encoded lengths is computed once per term and
segment, and a passage's score is ``idf · tf(K1+1) / (tf + norm[length byte])``, the operations of
``whoosh.scoring.bm25`` in its order, so the floats are Whoosh's. Passages are ranked as Whoosh's
``TopCollector`` ranks them (score, then the earlier passage), and the count is exact.
tests/test_whoosh_topk.py checks scores, order and count against Whoosh's own search.

It answers only what it can answer exactly: one word, BM25 fields with length columns, no
deleted passages, no filter or sort; everything else goes through Whoosh (``None``).
"""
from __future__ import annotations

import heapq
from typing import Any, Optional

from whoosh import query
from whoosh.codec import whoosh3

from .memo import cached
from .scoring import FieldBM25, term_stats
from .whoosh_dismax import DisMax


def top_docs(searcher: Any, q: query.Query, limit: int) -> Optional[tuple[list, int]]:
    """``([(score, docnum)…] best first, number of matches)`` for a one-word query, or None when
    the query is not one this path answers exactly (see the module doc)."""
    terms = _scored_terms(searcher, q)
    if terms is None:
        return None
    if any(reader.has_deletions() for reader, _ in _leaves(searcher)):
        return None
    scores: dict[int, float] = {}
    for fieldname, text, boost in terms:
        field_scores = _term_scores(searcher, fieldname, text, boost)
        if field_scores is None:
            return None
        if not scores:
            scores = field_scores
            continue
        for docnum, score in field_scores.items():   # disjunction-max, tiebreak 0
            if docnum not in scores or score > scores[docnum]:
                scores[docnum] = score
    if q.boost != 1.0 and len(terms) > 1:
        scores = {d: s * q.boost for d, s in scores.items()}
    best = heapq.nlargest(limit, ((s, -d) for d, s in scores.items())) if limit else \
        sorted(((s, -d) for d, s in scores.items()), reverse=True)
    return [(s, -negd) for s, negd in best], len(scores)


class TopResults:
    """The part of Whoosh's ``Results`` that search uses: hits by slice, and the count."""

    def __init__(self, searcher: Any, top: list, count: int):
        self.searcher, self.top, self.count = searcher, top, count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, part: slice) -> list:
        return [TopHit(self.searcher, score, docnum) for score, docnum in self.top[part]]


class TopHit:
    __slots__ = ("searcher", "score", "docnum")

    def __init__(self, searcher: Any, score: float, docnum: int):
        self.searcher, self.score, self.docnum = searcher, score, docnum

    def fields(self) -> dict:
        return self.searcher.stored_fields(self.docnum)


def _scored_terms(searcher: Any, q: query.Query) -> Optional[list[tuple[str, bytes, float]]]:
    """(field, term bytes, boost) of a Term or of a tiebreak-0 DisMax of Terms, or None."""
    if type(q) is query.Term:
        subs = [q]
    elif type(q) is DisMax and not q.tiebreak and all(type(s) is query.Term for s in q.subqueries):
        subs = q.subqueries
    else:
        return None
    weighting = searcher.weighting
    if type(weighting) is not FieldBM25:
        return None
    out = []
    for t in subs:
        field = searcher.schema[t.fieldname] if t.fieldname in searcher.schema else None
        if field is None or not field.scorable or t.minquality:
            return None
        out.append((t.fieldname, field.to_bytes(t.text), t.boost))
    return out


def _leaves(searcher: Any) -> list[tuple[Any, int]]:
    return [(s.reader(), offset) for s, offset in searcher.leaf_searchers()]


def _term_scores(searcher: Any, fieldname: str, btext: bytes, boost: float) -> Optional[dict]:
    """{global docnum: score} of one term over every segment, or None (no length column)."""
    weighting = searcher.weighting
    B = weighting._field_B.get(fieldname, weighting.B)
    K1 = weighting.K1
    text = btext.decode("utf-8")
    out: dict[int, float] = {}
    for reader, offset in _leaves(searcher):
        if (fieldname, btext) not in reader:
            continue
        lengths = _length_bytes(reader, fieldname)
        if lengths is None:
            return None
        idf, avgfl = term_stats(searcher, fieldname, text)
        norm = cached(searcher, "_searchidx_bm25_norms", (fieldname, B, K1, avgfl),
                      lambda: _length_norms(B, K1, avgfl), 64)
        k1p1 = K1 + 1
        terms = reader._terms
        m = terms._codec.postings_reader(terms._postfile, terms.term_info(fieldname, btext),
                                         searcher.schema[fieldname].format)
        for ids, weights in _id_weight_blocks(m):
            scores = [idf * ((tf * k1p1) / (tf + norm[lengths[d]])) for d, tf in zip(ids, weights)]
            if boost != 1.0:
                scores = [s * boost for s in scores]
            out.update(zip([offset + d for d in ids] if offset else ids, scores))
    return out


def _length_norms(B: float, K1: float, avgfl: float) -> list[float]:
    """bm25's length normalisation for each encoded length (a missing length counts as 1, as the
    scorer's length reader gives it)."""
    return [K1 * ((1 - B) + B * (whoosh3.byte_to_length(b) if b else 1) / avgfl) for b in range(256)]


def _length_bytes(reader: Any, fieldname: str):
    """The segment's encoded field lengths, indexable by document number (or None)."""
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is None:
        return None
    column = perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    data = getattr(column, "_data", None)
    if data is None:
        return None
    missing = reader.doc_count_all() - len(data)   # (a column may end before the last documents)
    return data + bytes(missing) if missing > 0 else data


def _id_weight_blocks(m):
    if isinstance(m, whoosh3.W3LeafMatcher):
        while m.is_active():
            m._read_ids()
            m._read_weights()
            yield m._ids, m._weights
            m._next_block()
    else:
        ids, weights = [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
        yield ids, weights

