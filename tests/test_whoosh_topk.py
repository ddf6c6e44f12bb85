"""One-word and two-word AND searches scored a block at a time (``engine.whoosh_topk``) give Whoosh's own answer:
the same passages in the same order, the same float scores and the same count."""
import pytest

from searchidx import Index
from searchidx.engine.base import SearchRequest
from searchidx.engine.whoosh_dismax import present_fields_only
from searchidx.engine.whoosh_topk import top_docs

from conftest import SAMPLES
from lifecycle_util import write_jsonl

AND = ["harbour plan", "district council", "Jansen said", "the harbour", "minister zei",
       "plan nothere", "summer residents", "Harbour Harbour"]
WORDS = ["harbour", "district", "Jansen", "said", "plan", "summer", "council", "minister", "the",
         "residents", "zei", "sagte", "a déclaré", "Harbour", "proposal", "ministers", "nothere"]


def _built(tmp_path_factory, name, runs, with_samples=False):
    """An index of the samples (optionally) and of one run per entry of ``runs`` (article
    numbers) of generated articles: each run ends with a segment of its own when it adds fewer
    passages than are already there (whoosh_merge.small_tail)."""
    path = tmp_path_factory.mktemp(name) / "ix"
    src = tmp_path_factory.mktemp(name + "-src") / "a.jsonl"
    with Index(path) as ix:
        if with_samples:
            ix.add_paths([SAMPLES], batch_size=2)
        for numbers in runs:
            write_jsonl(src, numbers)
            ix.add_paths([src], batch_size=7)
    return Index.open(path)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with _built(tmp_path_factory, "topk", [range(40), range(40, 45), range(45, 47)],
                with_samples=True) as ix:                     # three segments
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
    for word in WORDS + AND:
        for lang in (None, "en"):
            q = present_fields_only(engine.build_query(SearchRequest(query=word, lang=lang, limit=10)),
                                    searcher.reader())
            fast = top_docs(searcher, q, limit)
            if fast is None:
                continue
            answered += 1
            assert fast == _whoosh(searcher, q, limit), (word, lang, q)
    assert answered >= len(WORDS) + len(AND)   # these searches did take this path


@pytest.mark.parametrize("limit", [1, 10, None])
def test_filtered_searches_rank_and_count_as_whoosh(index, limit):
    """With a filter (a speaker, a date range, passages with quotations), only the passages it
    allows are scored and counted, as Whoosh's ``filter`` does, and their scores are unchanged."""
    engine = index.engine
    searcher = engine._searcher()
    filters = [dict(speaker="Jansen"), dict(has_quotes=True), dict(since="2019-01-01", until="2021-12-31"),
               dict(lang="nl"), dict(speaker="Jansen", has_quotes=True)]
    answered = 0
    for flt in filters:
        allow = engine._filter_docs(searcher, engine.build_filter(SearchRequest(query="x", **flt)))
        assert 0 < len(allow.ordered) < searcher.doc_count_all(), flt    # a real narrowing
        for word in WORDS + AND:
            q = present_fields_only(engine.build_query(SearchRequest(query=word, limit=10)), searcher.reader())
            fast = top_docs(searcher, q, limit, allow=allow)
            if fast is None:
                continue
            answered += 1
            results = searcher.search(q, limit=limit, filter=allow.contains)
            assert fast == ([(h.score, h.docnum) for h in results], len(results)), (word, flt)
    assert answered >= len(filters) * (len(WORDS) + len(AND))


OR = ["harbour plan", "harbour plan district council", "Jansen said the minister zei", "nothere plan",
      "summer residents summer", "the a de het", "proposal ministers harbour district plan council said"]


@pytest.mark.parametrize("limit", [1, 10, None])
def test_or_searches_add_as_whoosh(index, limit, monkeypatch):
    """An OR of words (match="any") sums the words' scores in the order of Whoosh's matcher tree
    in each segment: the same floats, order and count (also filtered). Whoosh preloads ORs of
    more than two words in segments of up to 5,000 passages (another order): here it is told to
    build its tree (its matcher_type switch), as it does on larger segments."""
    from whoosh import query
    engine = index.engine
    searcher = engine._searcher()
    allow = engine._filter_docs(searcher, engine.build_filter(SearchRequest(query="x", has_quotes=True)))
    answered = 0
    for tree in (False, True):
        if tree:
            monkeypatch.setattr(query.Or, "matcher_type", query.Or.DEFAULT_MATCHER)
        for text in OR:
            q = present_fields_only(engine.build_query(SearchRequest(query=text, match="any", limit=10)),
                                    searcher.reader())
            for flt in (None, allow):
                fast = top_docs(searcher, q, limit, allow=flt)
                if fast is None:
                    assert not tree and len(q.subqueries) > 2, text
                    continue
                answered += 1
                results = searcher.search(q, limit=limit, filter=flt.contains if flt else None)
                assert fast == ([(h.score, h.docnum) for h in results], len(results)), (text, tree, flt)
    assert answered >= 2 * len(OR) + 2


def test_other_searches_are_left_to_whoosh(index):
    engine = index.engine
    searcher = engine._searcher()
    for text in ["harbour plan district", '"the summer"', "harbour OR title:plan*", "title:harbour*"]:
        q = present_fields_only(engine.build_query(SearchRequest(query=text, limit=10)), searcher.reader())
        assert top_docs(searcher, q, 10) is None, text


def test_search_results_are_the_same_with_and_without_it(index, monkeypatch):
    from searchidx.engine import whoosh_engine
    with_it = [h.to_dict() for h in index.search("harbour", limit=5).hits]
    total = index.search("harbour", limit=5).total
    monkeypatch.setattr(whoosh_engine, "top_docs", lambda *a, **k: None)
    assert [h.to_dict() for h in index.search("harbour", limit=5).hits] == with_it
    assert index.search("harbour", limit=5).total == total


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """Words with several postings blocks per segment (a block holds 128)."""
    with _built(tmp_path_factory, "topk-big", [range(400)]) as ix:
        yield ix


def test_and_skips_blocks_yet_answers_as_whoosh(big, monkeypatch):
    from searchidx.engine import whoosh_topk
    engine = big.engine
    searcher = engine._searcher()
    original = whoosh_topk._id_weight_blocks
    for text in ["district 17", "harbour 250", "council 399", "residents 3 ", "plan time"]:
        q = present_fields_only(engine.build_query(SearchRequest(query=text, limit=10)), searcher.reader())
        for limit in (1, 10, None):
            assert top_docs(searcher, q, limit) == _whoosh(searcher, q, limit), (text, limit)
    # the rare word's few passages leave most of the frequent word's blocks unread
    q = present_fields_only(engine.build_query(SearchRequest(query="district 17", limit=10)), searcher.reader())
    blocks = []
    monkeypatch.setattr(whoosh_topk, "_id_weight_blocks",
                        lambda m, wanted=None: (blocks.append(b) or b for b in original(m, wanted)))
    top_docs(searcher, q, 10)
    postings = sum(len(ids) for ids, _ in blocks)
    assert 0 < postings < searcher.doc_frequency("text_en", "district") / 2
