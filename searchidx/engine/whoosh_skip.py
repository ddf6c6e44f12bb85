"""Skipping inside a postings block by bisection.

Every intersection (a phrase's words, an AND of three or more words, a quoted name) moves its
rarer side's matcher with ``skip_to(docnum)``. Whoosh's ``W3LeafMatcher.skip_to`` skips whole
blocks by their last document, then steps through the block one posting at a time (a Python
method call per posting: ``is_active``, ``id``, ``next``) until it reaches the target. The
postings of a block are decoded into a sorted list of document numbers, so the first one not
below the target is found by bisection instead; the matcher ends where Whoosh's loop would have
ended (tests/test_whoosh_skip.py compares both on every target).
"""
from __future__ import annotations

from bisect import bisect_left

from whoosh.codec import whoosh3
from whoosh.matching import ReadTooFar

_whoosh_skip_to = whoosh3.W3LeafMatcher.skip_to


def skip_to(self, targetid: int) -> None:
    if not self.is_active():
        raise ReadTooFar
    if targetid <= self.id():
        return
    if targetid > self._maxid:                        # (block_max_id)
        self._skip_to_block(lambda: targetid > self._maxid)
        if not self.is_active():
            return
    if self._ids is None:
        self._read_ids()
    # the block's last document is not below the target, so the position is inside the block
    self._i = bisect_left(self._ids, targetid, self._i)


whoosh3.W3LeafMatcher.skip_to = skip_to
