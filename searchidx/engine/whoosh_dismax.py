"""A correct disjunction-max query for Whoosh.

whoosh3 3.54's ``DisjunctionMaxMatcher`` (also 2.7.x) scores a document with the maximum of both
sub-matchers' *current* scores even when only one of them is on that document, so a passage gets
the score of another passage's match; and its ``replace()`` drops the whole disjunction when one side
runs out during top-k pruning. searchidx scores each query word by its best field with DisMax, so
it uses this fixed matcher (checked by ``bench/whoosh_forks.py`` and tests/test_search.py).
"""
from __future__ import annotations

import copy

from whoosh import matching, query
from whoosh.matching import mcore
from whoosh.qparser import syntax


class DisMaxMatcher(matching.DisjunctionMaxMatcher):
    def score(self):
        a, b = self.a, self.b
        a_on, b_on = a.is_active(), b.is_active()
        if a_on and b_on:
            ida, idb = a.id(), b.id()
            if ida == idb:
                sa, sb = a.score(), b.score()
                return max(sa, sb) + self.tiebreak * min(sa, sb)
            return a.score() if ida < idb else b.score()
        return a.score() if a_on else b.score()

    def replace(self, minquality=0):
        a, b = self.a, self.b
        if minquality and a.is_active() and b.is_active():
            a_low, b_low = a.max_quality() < minquality, b.max_quality() < minquality
            if a_low and b_low:
                return mcore.NullMatcher()
            if b_low:
                return a.replace(minquality)
            if a_low:
                return b.replace(minquality)
        a = a.replace(minquality) if a.is_active() else a
        b = b.replace(minquality) if b.is_active() else b
        a_on, b_on = a.is_active(), b.is_active()
        if not (a_on or b_on):
            return mcore.NullMatcher()
        if not a_on:
            return b
        if not b_on:
            return a
        if a is not self.a or b is not self.b:
            return self.__class__(a, b, tiebreak=self.tiebreak)
        return self


class DisMax(query.DisjunctionMax):
    def _matcher(self, subs, searcher, context):
        r = searcher.reader()
        return self._tree_matcher(subs, DisMaxMatcher, searcher, context,
                                  lambda q: q.estimate_size(r), tiebreak=self.tiebreak)


class DisMaxGroup(syntax.DisMaxGroup):
    qclass = DisMax


def present_fields_only(q: query.Query, reader) -> query.Query:
    """``q`` without the fields a word cannot match: a plain query looks each word up in the
    stemmed field of every language and the exact words (six fields), though a
    word is usually in one or two of them. A DisMax keeps the terms the index has (with one left,
    that term alone; with none, one term that matches nothing, so AND stays AND); the matchers of
    the others are then never set up, per segment and per search. Scores do not change."""
    if isinstance(q, DisMax):
        subs = [present_fields_only(s, reader) for s in q.subqueries]
        kept = [s for s in subs if not (type(s) is query.Term and (s.fieldname, s.text) not in reader)]
        kept = kept or subs[:1]
        if len(kept) == 1:
            one = copy.copy(kept[0])
            one.boost = one.boost * q.boost
            return one
        new = copy.copy(q)
        new.subqueries = kept
        return new
    if isinstance(q, query.compound.CompoundQuery):
        new = copy.copy(q)
        new.subqueries = [present_fields_only(s, reader) for s in q.subqueries]
        return new
    return q
