"""API options the benchmarks rely on: ``match="any"`` (ranked OR) for pasted claims."""
from __future__ import annotations

import pytest

from searchidx import Index
from searchidx.errors import QueryError
from searchidx.models import Article


@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("match-index")
    docs = [
        Article(id="a", title="Harbour strike", text="Dockworkers walked out over the night rota.", lang="en"),
        Article(id="b", title="Budget", text="The minister defended the budget and the night rota.", lang="en"),
        Article(id="c", title="Weather", text="Storms closed the harbour for two days.", lang="en"),
    ]
    with Index(path) as ix:
        ix.add(docs)
    ix = Index.open(path)
    yield ix
    ix.close()


def test_match_all_is_the_default(small_index):
    hits = small_index.search("dockworkers storms")
    assert len(hits) == 0


def test_match_any_ranks_passages_with_more_words_first(small_index):
    hits = small_index.search("dockworkers night rota storms", match="any")
    ids = [h.article_id for h in hits]
    assert set(ids) == {"a", "b", "c"}
    assert ids[0] == "a"                      # three of the four words


def test_match_any_with_literal_claim(small_index):
    hits = small_index.search('The minister said: "storms closed the harbour" (AND more)',
                              literal=True, match="any")
    assert hits[0].article_id in {"b", "c"} and {h.article_id for h in hits} >= {"b", "c"}


def test_match_any_keeps_explicit_operators(small_index):
    hits = small_index.search("dockworkers AND rota", match="any")
    assert [h.article_id for h in hits] == ["a"]


def test_unknown_match_mode_is_an_error(small_index):
    with pytest.raises(QueryError):
        small_index.search("rota", match="some")


def test_total_is_counted_on_first_use_and_survives_an_index_change(tmp_path):
    with Index(tmp_path) as ix:
        ix.add([Article(id=str(i), title="t", text=f"rota number {i}", lang="en") for i in range(30)])
        res = ix.search("rota", limit=5)
        assert len(res.hits) == 5
        ix.add([Article(id="x", title="t", text="rota again", lang="en")])
        ix.search("again")                    # replaces (and closes) the searcher of ``res``
        assert res.total in (30, 31)
        assert ix.search("rota", limit=5).total == 31
        assert "total=31" in repr(ix.search("rota", limit=1))
