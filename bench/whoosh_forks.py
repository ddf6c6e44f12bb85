#!/usr/bin/env python3
"""Check the installed Whoosh fork against bugs searchidx depends on not having.

    python bench/whoosh_forks.py        # prints one line per check, exits 1 when any fails

Run it in a virtualenv per fork (whoosh3, whoosh-reloaded, whoosh) to compare them side by side;
results measured for the choice in pyproject.toml are in bench/README.md.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import threading
import warnings

warnings.simplefilter("error")  # a fork that warns on import fails here, as under pytest -W error

import whoosh  # noqa: E402
from whoosh import collectors, fields, index, qparser, query  # noqa: E402
from whoosh.analysis import StemmingAnalyzer  # noqa: E402
from whoosh.qparser.dateparse import DateParserPlugin  # noqa: E402

CHECKS = []


def check(name):
    def deco(f):
        CHECKS.append((name, f))
        return f
    return deco


def build(path):
    schema = fields.Schema(id=fields.ID(stored=True, unique=True),
                           body=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True),
                           n=fields.NUMERIC(int, stored=True), dt=fields.DATETIME(stored=True, sortable=True),
                           tag=fields.KEYWORD(stored=True))
    ix = index.create_in(path, schema)
    w = ix.writer()
    for i in range(50):
        w.add_document(id=str(i), body=f"the quick brown fox {i} jumps over lazy dogs",
                       n=i, dt=dt.datetime(2019, 1, 1) + dt.timedelta(days=i), tag=f"t{i % 3}")
    w.commit()
    return ix


@check("open-ended numeric range [10 TO]")
def _(ix):
    with ix.searcher() as s:
        assert len(s.search(qparser.QueryParser("body", ix.schema).parse("n:[10 TO]"), limit=None)) == 40


@check("open-ended numeric range [TO 9]")
def _(ix):
    with ix.searcher() as s:
        assert len(s.search(qparser.QueryParser("body", ix.schema).parse("n:[TO 9]"), limit=None)) == 10


@check("open-ended date range [20190110 TO]")
def _(ix):
    p = qparser.QueryParser("body", ix.schema)
    p.add_plugin(DateParserPlugin())
    with ix.searcher() as s:
        assert len(s.search(p.parse("dt:[20190110 TO]"), limit=None)) == 41


@check("cancelled writer releases the lock")
def _(ix):
    w = ix.writer()
    w.add_document(id="x", body="x", n=1)
    w.cancel()
    ix.writer().cancel()


@check("failed commit releases the lock")
def _(ix):
    w = ix.writer()
    w.add_document(id="y", body="y", n=1)
    w._commit_toc = lambda *a, **k: (_ for _ in ()).throw(RuntimeError("disk full"))  # fails mid-commit
    try:
        w.commit()
    except RuntimeError:
        pass
    ix.writer(timeout=1.0).cancel()


@check("filter together with a time limit")
def _(ix):
    with ix.searcher() as s:
        c = collectors.TimeLimitCollector(s.collector(limit=None, filter=query.Term("tag", "t1")), timelimit=5.0)
        s.search_with_collector(query.Term("body", "fox"), c)
        assert len(c.results()) == 17


@check("highlighting a stemmed match")
def _(ix):
    with ix.searcher() as s:
        h = s.search(query.Term("body", "jump"), terms=True, limit=3)[0].highlights("body")
        assert "jumps" in h and "<b" in h, h


@check("sorting by date, reversed")
def _(ix):
    with ix.searcher() as s:
        assert s.search(query.Every(), sortedby="dt", reverse=True, limit=1)[0]["id"] == "49"


@check("searching from several threads")
def _(ix):
    errors = []

    def run():
        try:
            with ix.searcher() as s:
                for _ in range(20):
                    assert len(s.search(query.Term("body", "fox"))) == 50
        except Exception as e:
            errors.append(e)
    threads = [threading.Thread(target=run) for _ in range(4)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert not errors, errors


def main() -> int:
    print(f"whoosh {whoosh.versionstring()} on Python {sys.version.split()[0]}")
    failed = 0
    for name, f in CHECKS:
        path = tempfile.mkdtemp()
        try:
            f(build(path))
            print(f"  ok    {name}")
        except Exception as e:  # report every failure, not only the first
            failed += 1
            print(f"  FAIL  {name}: {type(e).__name__}: {e}"[:160])
        finally:
            shutil.rmtree(path, ignore_errors=True)
    print(f"{len(CHECKS) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
