"""One-word searches scored a block at a time (``engine.whoosh_topk``) give Whoosh's own answer:
the same passages in the same order, the same float scores and the same count."""
import pytest

from searchidx import Index
from searchidx.engine.base import SearchRequest
from searchidx.engine.whoosh_dismax import present_fields_only
from searchidx.engine.whoosh_topk import top_docs

from conftest import SAMPLES
from lifecycle_util import write_jsonl

WORDS = ["harbour", "district", "Jansen", "said", "plan", "summer", "council", "minister", "the",
         "residents", "zei", "sagte", "a déclaré", "Harbour", "proposal", "ministers", "nothere"]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("topk") / "ix"
    extra = tmp_path_factory.mktemp("src") / "a.jsonl"
    write_jsonl(extra, range(40))
    with Index(path) as ix:
        ix.add_paths([SAMPLES], batch_size=2)
        ix.add_paths([extra], batch_size=7)           # several segments
    with Index.open(path) as ix:
        yield ix


def _whoosh(searcher, q, limit):
    results = searcher.search(q, limit=limit)
    return [(h.score, h.docnum) for h in results], len(results)


@pytest.mark.parametrize("limit", [1, 3, 10, None])
def test_one_word_searches_rank_and_count_as_whoosh(index, limit):
    engine = index.engine
    searcher = engine._searcher()
    assert len(list(searcher.leaf_searchers())) > 1
    answered = 0
    for word in WORDS:
        for lang in (None, "en"):
            q = present_fields_only(engine.build_query(SearchRequest(query=word, lang=lang, limit=10)),
                                    searcher.reader())
            fast = top_docs(searcher, q, limit)
            if fast is None:
                continue
            answered += 1
            assert fast == _whoosh(searcher, q, limit), (word, lang, q)
    assert answered >= len(WORDS)          # the one-word searches did take this path


def test_other_searches_are_left_to_whoosh(index):
    engine = index.engine
    searcher = engine._searcher()
    for text in ["harbour plan", '"the summer"', "harbour OR plan", "title:harbour*"]:
        q = present_fields_only(engine.build_query(SearchRequest(query=text, limit=10)), searcher.reader())
        assert top_docs(searcher, q, 10) is None, text


def test_search_results_are_the_same_with_and_without_it(index, monkeypatch):
    from searchidx.engine import whoosh_engine
    with_it = [h.to_dict() for h in index.search("harbour", limit=5).hits]
    total = index.search("harbour", limit=5).total
    monkeypatch.setattr(whoosh_engine, "top_docs", lambda *a: None)
    assert [h.to_dict() for h in index.search("harbour", limit=5).hits] == with_it
    assert index.search("harbour", limit=5).total == total
