"""Ranking behaviour: an article's headline counts as the words of each of its passages."""
from __future__ import annotations

import pytest

from searchidx import Index
from searchidx.models import Article

FILLER = "The council met on Tuesday and discussed the budget for the coming year at length."


@pytest.fixture()
def index(tmp_path):
    with Index(tmp_path / "ix") as ix:
        ix.add([
            Article(id="headline", title="Earthquakes shake the harbour town", text=FILLER + " Residents gathered.", lang="en"),
            Article(id="plain", title="Council news", text=FILLER + " Residents gathered.", lang="en"),
            Article(id="both", title="Council news", text=FILLER + " An earthquake shook the harbour.", lang="en"),
            Article(id="both-titled", title="Earthquake in the harbour", text=FILLER + " An earthquake shook the harbour.", lang="en"),
            Article(id="nl", title="Aardbeving schudt havenstad", text="De gemeenteraad vergaderde dinsdag.", lang="nl"),
        ])
        yield ix


def test_a_headline_word_is_found_stemmed(index):
    """"earthquake" finds the article headlined "Earthquakes…" though its text lacks the word."""
    ids = {h.article_id for h in index.search("earthquake").hits}
    assert "headline" in ids and "plain" not in ids
    assert {h.article_id for h in index.search("aardbevingen").hits} == {"nl"}


def test_a_headline_match_adds_to_the_passages_own(index):
    ranked = [h.article_id for h in index.search("earthquake harbour", match="any").hits]
    assert ranked[0] == "both-titled"                      # in headline and text
    assert ranked.index("both") < ranked.index("headline")  # the text's word and the headline's
    assert "plain" not in ranked


def test_a_headline_match_counts_like_a_word_of_the_text(index):
    """Not a tie-breaker: a passage whose headline has the word scores about as one whose text has it."""
    scores = {h.article_id: h.score for h in index.search("earthquake", match="any").hits}
    assert scores["headline"] > 0.5 * scores["both"]


def test_no_phrase_spans_the_text_and_the_headline(index):
    """The headline's words come after the text's, a gap apart: "gathered earthquakes" is no phrase."""
    assert index.search('"gathered earthquakes"').total == 0
    assert index.search("gathered-earthquakes").total == 0
    assert [h.article_id for h in index.search('"harbour town"').hits] == []   # the text lacks it


def test_highlights_and_text_are_the_passages_own(index):
    hit = next(h for h in index.search("earthquake").hits if h.article_id == "headline")
    assert hit.text == FILLER + " Residents gathered."
    assert "earthquake" not in hit.highlight.lower()


def test_title_queries_still_search_the_title(index):
    assert {h.article_id for h in index.search("title:harbour").hits} == {"headline", "both-titled"}


def test_the_opensearch_mapping_copies_the_title_into_the_text_field():
    from searchidx.engine.opensearch_engine import OpenSearchEngine, index_settings, title_field
    props = index_settings(1, 0)["mappings"]["properties"]
    assert props[title_field("text_en")]["copy_to"] == ["text_en", "exact"]
    assert props[title_field("text_en")]["analyzer"] == "text_en"
    body = OpenSearchEngine._body({"id": "a#0", "lang": "en", "text": "t", "title": "Headline", "quoted": "",
                                   "speakers": [], "source": "", "ordinal": 0, "date": ""})
    assert body["title_en"] == "Headline" and body["text_en"] == "t"
