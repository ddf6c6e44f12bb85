"""Top-k search for one word (an AND of two, an OR of several), scored a postings block at a time.

Most searches are one word: after ``present_fields_only`` a ``Term``, or a disjunction-max of the
word's terms in the few fields that have it (its language's text, the exact words). Whoosh scores such
a search one matching passage at a time: per passage a collector step, a matcher step, a scorer
call, a length lookup and a BM25 call. Its block-quality skipping rarely helps here: with Lucene's
idf, blocks of a frequent word keep a maximum score above the tenth best.

:func:`top_docs` computes the same scores for a whole block of postings in one comprehension:
BM25's length normalisation for each of the 256 encoded lengths is computed once per term and
segment, and a passage's score is ``idf · tf(K1+1) / (tf + norm[length byte])``, the operations of
``whoosh.scoring.bm25`` in its order, so the floats are Whoosh's. Passages are ranked as Whoosh's
``TopCollector`` ranks them (score, then the earlier passage), and the count is exact.
tests/test_whoosh_topk.py checks scores, order and count against Whoosh's own search.

An AND of two words is scored the same way: the rarer word first, then the other only on the
passages the first matched (its blocks holding none of them are skipped unread), and a passage's
score is the sum of both, as Whoosh's intersection adds them (with three words, Whoosh's order of
additions would decide the last bit, so those go to Whoosh).

A filter (a speaker, a date range, passages with quotations: a set of passages computed once
per searcher) is applied the same way: only its passages are scored and counted, and postings
blocks holding none of them are skipped unread, where Whoosh scores every posting of the word and
then drops the passages the filter does not allow.

An OR of words (``match="any"``) adds the words' scores in each segment in the order of
Whoosh's matcher tree there (see ``_or_scores``).

It answers only what it can answer exactly: one word, an AND of two, an OR of words (but not in
a segment Whoosh preloads), BM25 fields with length columns, no deleted passages, no sort or
facets; everything else goes through Whoosh (``None``).
"""
from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left, bisect_right
from typing import Any, Optional, Sequence

from whoosh import matching, query
from whoosh.codec import whoosh3
from whoosh.reading import TermNotFound
from whoosh.util import make_weighted_tree

from .memo import cached
from .scoring import FieldBM25, term_stats
from .whoosh_dismax import DisMax
from .whoosh_merge import length_bytes


class Docs:
    """A set of global document numbers to score alone: ``contains`` answers membership and
    ``ordered`` holds them in increasing order (to skip postings blocks holding none)."""

    __slots__ = ("contains", "ordered")

    def __init__(self, contains: Any, ordered: Sequence[int]):
        self.contains, self.ordered = contains, ordered

    @classmethod
    def of(cls, docnums: Any) -> "Docs":
        """Docs of a set-like of document numbers (a dict of scores, a Whoosh ``BitSet``…)."""
        return cls(docnums, array("l", sorted(docnums)))


def top_docs(searcher: Any, q: query.Query, limit: int, allow: Optional[Docs] = None
             ) -> Optional[tuple[list, int]]:
    """``([(score, docnum)…] best first, number of matches)`` for a one-word query, an AND of
    two words or an OR of words, or None when the query is not one this path answers exactly
    (see the module doc).
    With ``allow``, only those passages match (Whoosh's ``filter``: the others are not scored
    or counted).
    """
    if any(reader.has_deletions() for reader, _ in _leaves(searcher)):
        return None
    if type(q) is query.Or:
        scores = _or_scores(searcher, q, allow)
        return None if scores is None else _ranked(scores, limit)
    words = _words(searcher, q)
    if words is None:
        return None
    if len(words) == 1:
        scores = _word_scores(searcher, *words[0], only=allow)
    else:
        # the rarer word first; the other is scored only on the passages the first matched
        words.sort(key=lambda word: sum(searcher.doc_frequency(f, t) for f, t, _ in word[0]))
        first = _word_scores(searcher, *words[0], only=allow)
        second = None if first is None else _word_scores(searcher, *words[1], only=Docs.of(first))
        # (Whoosh's intersection adds the two words' scores: a + b, in either order the same float)
        scores = None if second is None else {d: first[d] + s for d, s in second.items()}
    if scores is None:
        return None
    return _ranked(scores, limit)


def _ranked(scores: dict[int, float], limit: Optional[int]) -> tuple[list, int]:
    """The best ``limit`` as Whoosh's TopCollector ranks them (score, then the earlier passage)."""
    if limit and len(scores) > limit:
        # the limit-th best score, found among the bare floats (C sorting), lets only the passages
        # at or above it be paired and ordered: a few dozen tuples instead of one per match
        least = heapq.nlargest(limit, scores.values())[-1] if len(scores) > 50 * limit else \
            sorted(scores.values(), reverse=True)[limit - 1]
        best = sorted(((s, -d) for d, s in scores.items() if s >= least), reverse=True)[:limit]
    else:
        best = sorted(((s, -d) for d, s in scores.items()), reverse=True)
    return [(s, -negd) for s, negd in best], len(scores)


#: Whoosh's ``Or`` preloads the matches of a segment of at most this many documents (another order
#: of additions), when it has more than two words
OR_PRELOAD_DOCS = 5000


def _or_scores(searcher: Any, q: query.Or, allow: Optional[Docs]) -> Optional[dict[int, float]]:
    """{global docnum: score} of an OR of words (``match="any"``): per segment, the words' scores
    added in the order of Whoosh's matcher tree there (a Huffman tree of ``UnionMatcher``s by
    each word's estimated size in the segment, ties ordered by matcher class as Whoosh's sort
    orders them), so the floats are Whoosh's; None for what that tree does not describe."""
    preloads = q.matcher_type == query.Or.AUTO_MATCHER and len(q.subqueries) > 2
    if q.boost != 1.0 or q.minmatch or q.scale or len(q.subqueries) >= query.Or.TOO_MANY_CLAUSES \
            or q.matcher_type not in (query.Or.AUTO_MATCHER, query.Or.DEFAULT_MATCHER):
        return None
    words = [_scored_terms(searcher, sub) for sub in q.subqueries]
    if None in words:
        return None
    out: dict[int, float] = {}
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if preloads and reader.doc_count_all() <= OR_PRELOAD_DOCS:
            return None
        leaves = [(reader, offset)]
        scores = [_word_scores(searcher, *word, only=allow, leaves=leaves) for word in words]
        if None in scores:
            return None
        context = leaf.context(weighting=searcher.weighting)
        places = [_place(type(sub.matcher(leaf, context))) for sub in q.subqueries]
        tree = make_weighted_tree(_union, [(sub.estimate_size(reader), place)
                                           for sub, place in zip(q.subqueries, places)])
        out.update(_tree_scores(tree, {id(place): n for n, place in enumerate(places)}, scores))
    return out


def _place(cls: type) -> Any:
    """A stand-in for a matcher of class ``cls`` in Whoosh's tree: an instance of that very class,
    not initialised, since the tree's sort compares matchers by their classes alone (and Python
    asks a subclass first: a DisMaxMatcher compares above a UnionMatcher)."""
    return cls.__new__(cls)


def _union(a: Any, b: Any) -> Any:
    node = _place(matching.UnionMatcher)
    node.a, node.b = a, b
    return node


def _tree_scores(node: Any, words: dict[int, int], scores: list[dict]) -> dict:
    """The scores of a (sub)tree: a passage of both subtrees scores ``a + b`` (as
    ``UnionMatcher.score`` adds them), of one, that one's."""
    if id(node) in words:
        return scores[words[id(node)]]
    a, b = _tree_scores(node.a, words, scores), _tree_scores(node.b, words, scores)
    out = dict(a)
    for d, s in b.items():
        out[d] = a[d] + s if d in a else s
    return out


def _words(searcher: Any, q: query.Query) -> Optional[list[tuple[list, float]]]:
    """The query's words as (terms, boost): one word, or the two of a plain AND; or None."""
    if type(q) is query.And and len(q.subqueries) == 2 and q.boost == 1.0:
        words = [_scored_terms(searcher, sub) for sub in q.subqueries]
        return None if None in words else words
    word = _scored_terms(searcher, q)
    return None if word is None else [word]


def _word_scores(searcher: Any, terms: list, boost: float, only: Optional[Docs] = None,
                 leaves: Optional[list] = None) -> Optional[dict[int, float]]:
    """{global docnum: score} of one word: the best of its fields (disjunction-max, tiebreak 0),
    times the disjunction's boost; with ``only``, just for those passages."""
    scores: dict[int, float] = {}
    for fieldname, text, term_boost in terms:
        field_scores = _term_scores(searcher, fieldname, text, term_boost, only, leaves)
        if field_scores is None:
            return None
        if not scores:
            scores = field_scores
            continue
        for docnum, score in field_scores.items():
            if docnum not in scores or score > scores[docnum]:
                scores[docnum] = score
    if boost != 1.0:
        scores = {d: s * boost for d, s in scores.items()}
    return scores


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


def _scored_terms(searcher: Any, q: query.Query) -> Optional[tuple[list, float]]:
    """A Term's or a tiebreak-0 DisMax of Terms': ([(field, term bytes, boost)…], the DisMax's
    boost (Whoosh applies it only when there are several)), or None."""
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
    return out, (q.boost if len(subs) > 1 else 1.0)


def _leaves(searcher: Any) -> list[tuple[Any, int]]:
    return [(s.reader(), offset) for s, offset in searcher.leaf_searchers()]


def _term_scores(searcher: Any, fieldname: str, btext: bytes, boost: float,
                 only: Optional[Docs] = None, leaves: Optional[list] = None) -> Optional[dict]:
    """{global docnum: score} of one term over every segment (with ``only``, of those passages
    alone: blocks without one of them are not even read), or None (no length column)."""
    weighting = searcher.weighting
    B = weighting._field_B.get(fieldname, weighting.B)
    K1 = weighting.K1
    text = btext.decode("utf-8")
    out: dict[int, float] = {}
    for reader, offset in leaves if leaves is not None else _leaves(searcher):
        terms = reader._terms
        try:
            terminfo = terms.term_info(fieldname, btext)
        except TermNotFound:
            continue
        lengths = length_bytes(reader, fieldname)
        if lengths is None:
            return None
        idf, avgfl = term_stats(searcher, fieldname, text)
        norm = cached(searcher, "_searchidx_bm25_norms", (fieldname, B, K1, avgfl),
                      lambda: _length_norms(B, K1, avgfl), 64)
        k1p1 = K1 + 1
        m = terms._codec.postings_reader(terms._postfile, terminfo, searcher.schema[fieldname].format)
        wanted = None
        if only is not None:
            first = bisect_left(only.ordered, offset)
            last = bisect_left(only.ordered, offset + reader.doc_count_all())
            if first == last:
                continue
            wanted = only.ordered[first:last]
            if offset:
                wanted = array("l", [d - offset for d in wanted])
            contains = only.contains
        for ids, weights in _id_weight_blocks(m, wanted):
            if wanted is not None:
                kept = [(d, tf) for d, tf in zip(ids, weights) if d + offset in contains]
                ids, weights = [d for d, _ in kept], [tf for _, tf in kept]
            scores = [idf * ((tf * k1p1) / (tf + norm[lengths[d]])) for d, tf in zip(ids, weights)]
            if boost != 1.0:
                scores = [s * boost for s in scores]
            out.update(zip([offset + d for d in ids] if offset else ids, scores))
    return out


def _length_norms(B: float, K1: float, avgfl: float) -> list[float]:
    """bm25's length normalisation for each encoded length (a missing length counts as 1, as the
    scorer's length reader gives it)."""
    return [K1 * ((1 - B) + B * (whoosh3.byte_to_length(b) if b else 1) / avgfl) for b in range(256)]


def _id_weight_blocks(m, wanted: Optional[list[int]] = None):
    """(docnums, weights) a block at a time; with ``wanted`` (sorted docnums), only the blocks
    whose range of documents holds one of them (the others are skipped unread)."""
    if isinstance(m, whoosh3.W3LeafMatcher):
        low = 0      # the block's first possible document: one past the last block's maximum
        while m.is_active():
            if wanted is None or bisect_left(wanted, low) < bisect_right(wanted, m._maxid):
                m._read_ids()
                m._read_weights()
                yield m._ids, m._weights
            low = m._maxid + 1
            m._next_block()
    else:
        ids, weights = [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
        yield ids, weights

