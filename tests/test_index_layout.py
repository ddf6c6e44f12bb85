"""What the compact Whoosh layout must keep: quoted phrases mean the exact words in order (stop
words included, no stemming), stop words still match, and every hit shows its article's fields."""
import pytest

from searchidx import Index
from searchidx.models import Article

ARTICLES = [
    Article(id="en1", title="State of the Union", lang="en", source="Harbour Herald", url="http://h/1",
            date="2020-02-04", author="Ann Lee",
            text="The president gave the state of the union address on Tuesday.\n\n"
                 "Critics said the union of states was strained. A union state is not the same."),
    Article(id="en2", title="Running", lang="en", source="Daily", url="http://d/2", date="2021-05-01",
            text="She runs to be or not to be first. The runners were running late."),
    Article(id="nl1", title="Dreiging", lang="nl", source="NOS", url="http://n/3", date="2019-01-01",
            text="Er is nog steeds een krachtige dreiging van vergelijkbare terreurgroepen in Al-Qaida-gebied."),
    Article(id="fr1", title="Été", lang="fr", source="Le Monde", url="http://m/4", date="2018-07-01",
            text="Il a été à Paris cet été avec les élèves de l'école."),
]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    with Index(tmp_path_factory.mktemp("layout") / "ix") as ix:
        ix.add(ARTICLES)
        yield ix


def ids(results):
    return sorted(h.passage_id for h in results)


@pytest.mark.parametrize("phrase, articles", [
    ('"state of the union"', {"en1"}),
    ('"the union of states"', {"en1"}),
    ('"union of the states"', set()),          # same stems in order, other stop words
    ('"the state union"', set()),              # stems adjacent once stop words go: not exact
    ('"to be or not to be"', {"en2"}),         # stop words only
    ('"be or not"', {"en2"}),
    ('"running late"', {"en2"}),
    ('"run late"', set()),                     # not stemmed
    ('"runs"', {"en2"}),
    ('"run"', set()),
    ('"vergelijkbare terreurgroepen"', {"nl1"}),
    ('"vergelijkbare terreurgroep"', set()),
    ('"al qaida gebied"', {"nl1"}),
    ('"il a ete a paris"', {"fr1"}),           # accents folded, French stop words
    ('"cet été"', {"fr1"}),
    ('exact:runners', {"en2"}),
    ('exact:runner', set()),
    ('exact:"the runners were"', {"en2"}),
])
def test_quoted_phrases_are_the_exact_words_in_order(ix, phrase, articles):
    hits = ix.search(phrase, limit=50)
    assert {h.article_id for h in hits} == articles
    assert hits.total == len(hits)


def test_phrase_highlights_the_exact_words(ix):
    hit = ix.search('"running late"')[0]
    assert "<em>running late</em>" in hit.highlight
    assert "<em>runners</em>" not in hit.highlight


def test_stop_words_still_count_in_plain_queries(ix):
    assert {h.article_id for h in ix.search("or")} == {"en2"}
    assert {h.article_id for h in ix.search("the union")} == {"en1"}
    assert ix.search("running", lang="en").total == 1


def test_phrase_with_lang_filter_and_in_quotations_mode(ix):
    assert ix.search('"state of the union"', lang="en").total == 1
    assert ix.search('"state of the union"', lang="nl").total == 0


def test_every_hit_shows_its_articles_fields(ix):
    hits = ix.search("union", limit=10)
    assert len(hits) == 2
    for h in hits:
        assert (h.title, h.source, h.url, h.date, h.lang) == (
            "State of the Union", "Harbour Herald", "http://h/1", "2020-02-04", "en")
    assert ix.search('title:"state of the union"').total == 2
    assert ix.search('author:lee').total == 2


def test_proximity_phrases_count_the_exact_words(ix):
    assert {h.article_id for h in ix.search('"state union"~3')} == {"en1"}   # state of the union
    assert ix.search('"state union"~2').total == 0
    assert {h.article_id for h in ix.search('"be first"~3')} == {"en2"}
    assert ix.search('"first be"~3').total == 0                                # in order
