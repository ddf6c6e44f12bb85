"""``skip_to`` by bisection (``engine.whoosh_skip``) ends where Whoosh's own posting-by-posting
loop ends, from every start and for every target, across blocks."""
import random

import pytest
from whoosh import fields
from whoosh.filedb.filestore import RamStorage
from whoosh.matching import ReadTooFar

from searchidx.engine import whoosh_skip


@pytest.fixture(scope="module")
def reader():
    ix = RamStorage().create_index(fields.Schema(t=fields.TEXT))
    rnd = random.Random(3)
    with ix.writer() as w:
        for i in range(2000):           # "often" in ~1/3 of the documents: several blocks of 128
            w.add_document(t="often" if rnd.random() < 0.33 else "seldom")
    r = ix.reader()
    yield r
    r.close()


def _walk(reader, skip, targets):
    """Where a fresh matcher of "often" stands after skipping to each target in turn."""
    m = reader.postings("t", "often")
    assert type(m) is whoosh_skip.whoosh3.W3LeafMatcher
    where = []
    for t in targets:
        try:
            skip(m, t)
        except ReadTooFar:
            where.append("read too far")
            break
        where.append(m.id() if m.is_active() else "end")
    return where


def test_skipping_ends_where_whoosh_ends(reader):
    rnd = random.Random(5)
    runs = [[t] for t in range(0, 2100, 7)]                       # one skip from the start
    runs += [sorted(rnd.sample(range(2100), 12)) for _ in range(200)]  # rising targets
    runs += [[5, 3, 400, 400, 130, 2500, 10]]                     # back, equal, past the end
    assert len(list(reader.postings("t", "often").all_ids())) > 3 * 128
    for targets in runs:
        assert _walk(reader, whoosh_skip.skip_to, targets) == _walk(reader, whoosh_skip._whoosh_skip_to, targets), targets
