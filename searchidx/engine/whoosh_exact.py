"""Exact phrases ("quoted words") on the Whoosh engine without an unstemmed copy of every passage.

A quoted phrase means its exact words, in order, unstemmed. Indexing every passage a second time
unstemmed with positions (the old ``exact`` field) cost over a third of the index and of the
indexing time. Instead, the ``exact`` field now holds only the words the passage's stemmed field
drops (stop words, one-letter words), without positions, and an exact phrase is found in two steps:

1. candidates: per language field, the phrase as that field's analyzer sees it (stemmed words at
   consecutive positions: stop words are removed with renumbering on both sides), and each dropped
   word as a term of ``exact``;
2. verification: the exact words of the phrase must occur consecutively in the candidate's stored
   text, tokenized as the old ``exact`` field was.

A passage that contains the exact phrase is always a candidate, and only passages that contain it
pass, so the matches are the same as with a positional unstemmed field.
"""
from __future__ import annotations

from whoosh import matching, query

from .. import analysis


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    if not n:
        return False
    first = needle[0]
    for i, w in enumerate(haystack):
        if w == first and haystack[i:i + n] == needle:
            return True
    return False


def contains_near(haystack: list[str], needle: list[str], slop: int = 1) -> bool:
    """Whether ``needle``'s words occur in order with each next word at most ``slop`` positions
    after the previous one (slop 1: consecutively), as Whoosh's Phrase means it."""
    if slop <= 1:
        return contains_run(haystack, needle)
    where: dict[str, list[int]] = {}
    for i, w in enumerate(haystack):
        where.setdefault(w, []).append(i)
    reachable = where.get(needle[0], []) if needle else []
    for w in needle[1:]:
        nxt = where.get(w, [])
        reachable = [j for j in nxt if any(0 < j - i <= slop for i in reachable)]
        if not reachable:
            return False
    return bool(reachable)


class ExactPhrase(query.Phrase):
    """The exact words of ``source`` in order, in any of ``text_fields`` (see the module doc)."""

    def __init__(self, source: str, text_fields: tuple[str, ...], slop: int = 1, boost: float = 1.0,
                 char_ranges=None):
        words = analysis.tokens(analysis.exact_analyzer(), source)
        super().__init__("exact", words, slop=slop, boost=boost, char_ranges=char_ranges)
        self.source = source
        self.text_fields = tuple(text_fields)

    def __repr__(self) -> str:
        return f"ExactPhrase({self.source!r}, {self.text_fields!r}, slop={self.slop})"

    def normalize(self):
        return query.NullQuery if not self.words else self

    def candidates(self, schema) -> query.Query:
        alts = self.alternatives(schema)
        if not alts:
            return query.NullQuery
        return alts[0] if len(alts) == 1 else query.Or(alts)

    def alternatives(self, schema) -> list[query.Query]:
        """One candidate query per language field (their passages do not overlap); built once
        per schema (a search asks for them once per segment)."""
        cached = self.__dict__.get("_alternatives")
        if cached is not None and cached[0] is schema:
            return cached[1]
        alts = self._alternatives(schema)
        self._alternatives = (schema, alts)
        return alts

    def _alternatives(self, schema) -> list[query.Query]:
        alts = []
        for field in self.text_fields:
            if field not in schema:
                continue
            code = field[5:]
            kept = analysis.tokens(schema[field].analyzer, self.source)
            dropped = analysis.tokens(analysis.exact_analyzer(),
                                      " ".join(analysis.dropped_words(code, self.source)))
            parts: list[query.Query] = []
            if analysis.accent_ambiguous(code, self.source):
                # a word may be a stop word with other accents ("ete", "été"): in the stemmed
                # field or not, so no positions; each word in either field
                exact = analysis.exact_analyzer()
                for w in dict.fromkeys(analysis.tokens(analysis._lower_analyzer(), self.source)):
                    either = [query.Term("exact", t, boost=self.boost) for t in analysis.tokens(exact, w)]
                    either += [query.Term(field, t, boost=self.boost) for t in analysis.tokens(schema[field].analyzer, w)]
                    parts.append(either[0] if len(either) == 1 else query.Or(either))
                alts.append(query.And(parts) if len(parts) > 1 else parts[0])
                continue
            if len(kept) > 1:
                parts.append(query.Phrase(field, kept, slop=self.slop, boost=self.boost))
            elif kept:
                parts.append(query.Term(field, kept[0], boost=self.boost))
            else:  # only stop words in this language: its passages with all of them
                parts.append(query.Term("lang", code, boost=0.0))
            if len(kept) < 2:  # (a stemmed phrase is selective enough; "the" is not)
                parts += [query.Term("exact", w, boost=self.boost) for w in dict.fromkeys(dropped)]
            alts.append(parts[0] if len(parts) == 1 else query.And(parts))
        return alts

    def estimate_size(self, ixreader):
        return self.candidates(ixreader.schema).estimate_size(ixreader)

    def estimate_min_size(self, ixreader):
        return self.candidates(ixreader.schema).estimate_min_size(ixreader)

    def matcher(self, searcher, context=None):
        # one pass per language field (no union matcher: each passage is in one language
        # field): the passages whose text holds the exact words, with their candidate scores
        reader = searcher.reader()
        found = []
        for alt in self.alternatives(searcher.schema):
            m = alt.matcher(searcher, context)
            while m.is_active():
                docnum = m.id()
                text = reader.stored_fields(docnum).get("text") or ""
                if contains_near(analysis.exact_tokens(text), self.words, self.slop):
                    found.append((docnum, m.score()))
                m.next()
        if not found:
            return matching.NullMatcher()
        found.sort()
        return matching.ListMatcher([d for d, _ in found], weights=[sc for _, sc in found])


def phrase_class(text_fields: tuple[str, ...]):
    """The query parser's phrase class: phrases on ``exact`` (a hyphenated word expanded to the
    ``exact`` field) become :class:`ExactPhrase`; others are Whoosh's positional phrases."""

    def make(fieldname, words, slop=1, boost=1.0, char_ranges=None, **kwargs):
        if fieldname == "exact":
            return ExactPhrase(" ".join(words), text_fields, slop=slop, boost=boost,
                               char_ranges=char_ranges)
        return query.Phrase(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges,
                            **kwargs)
    return make
