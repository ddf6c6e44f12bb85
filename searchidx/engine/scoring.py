"""BM25 for a multilingual index, with the statistics Lucene (and so OpenSearch) uses.

Each language has its own text field, so a field's statistics must come from the passages that
*have* that field: an English word's rarity is measured among English passages, and their average
length is not diluted by the Dutch ones. Whoosh's BM25F takes both from the whole index and uses
another idf formula; this model uses, per field, N = passages with the field and
idf = ln(1 + (N - n + 0.5) / (n + 0.5)), as Lucene's BM25 does. Both engines then rank alike.

The parameters are Anserini's BM25 defaults, k1 = 0.9 and b = 0.4 (tuned on TREC newswire,
Robust04), not Lucene's 1.2 and 0.75: passages are paragraphs, many of one sentence, and with
b = 0.75 a one-line paragraph that mentions a word once outranks a paragraph about it; and a word
repeated within one paragraph says less than across an article (k1). On SciFact's 809 training
queries they raise nDCG@10 from 0.680 to 0.688, mostly through b (bench/README.md).
"""
from __future__ import annotations

from math import log
from typing import Any

from whoosh.scoring import BM25F, WeightLengthScorer, WeightScorer, bm25

from .memo import cached


def passages_with_field(searcher: Any, fieldname: str) -> int:
    """How many passages have ``fieldname`` (per-language text fields: that language's passages)."""
    total = searcher.doc_count_all()
    if fieldname.startswith("text_"):
        code = fieldname[5:]
        if code != "xx":
            return searcher.doc_frequency("lang", code) or 1
        stemmed = sum(searcher.doc_frequency("lang", c) for c in _stemmed_codes(searcher))
        return max(1, total - stemmed)
    return total or 1


def _stemmed_codes(searcher: Any) -> list[str]:
    return [name[5:] for name in searcher.schema.names() if name.startswith("text_") and name != "text_xx"]


#: BM25's term frequency saturation and length normalisation (see the module docstring)
K1, B = 0.9, 0.4


class FieldBM25(BM25F):
    """BM25 with per-field document counts and Lucene's idf (see the module docstring)."""

    def __init__(self, B: float = B, K1: float = K1, **field_B):
        super().__init__(B=B, K1=K1, **field_B)

    def scorer(self, searcher: Any, fieldname: str, text: str, qf: int = 1):
        if not searcher.schema[fieldname].scorable:
            return WeightScorer.for_(searcher, fieldname, text)
        return FieldBM25Scorer(searcher, fieldname, text, self._field_B.get(fieldname, self.B), self.K1, qf)


#: at most this many (field, term) statistics are kept per searcher
STATS_CACHE_SIZE = 50_000


def term_stats(parent: Any, fieldname: str, text: str) -> tuple[float, float]:
    """(idf, average field length) of a term, computed once per searcher: a query builds a scorer
    for every term, field and segment, and each would sum the document frequency over all
    segments again. A searcher sees one fixed state of the index, so its figures never go stale."""
    def compute() -> tuple[float, float]:
        n_docs = passages_with_field(parent, fieldname)
        df = parent.doc_frequency(fieldname, text)
        return log(1 + (n_docs - df + 0.5) / (df + 0.5)), (parent.field_length(fieldname) / n_docs) or 1

    return cached(parent, "_searchidx_bm25_stats", (fieldname, text), compute, STATS_CACHE_SIZE)


class FieldBM25Scorer(WeightLengthScorer):
    def __init__(self, searcher: Any, fieldname: str, text: str, B: float, K1: float, qf: int = 1):
        self.idf, self.avgfl = term_stats(searcher.get_parent(), fieldname, text)
        self.B, self.K1, self.qf = B, K1, qf
        self.setup(searcher, fieldname, text)
        # the segment's length column straight (one call per scored hit instead of four)
        perdoc = getattr(searcher.reader(), "_perdoc", None)
        if hasattr(perdoc, "doc_field_length_reader"):
            self.dfl = perdoc.doc_field_length_reader(fieldname, 1)

    def _score(self, weight: float, length: int) -> float:
        return bm25(self.idf, weight, length, self.avgfl, self.B, self.K1)
