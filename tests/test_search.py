"""The Python API end to end: index the samples, search with attribution, filters, quotes."""
import threading

import pytest

from searchidx import Index, QueryError

from conftest import SAMPLES


def test_al_qaida_finds_the_seed_passages_with_attribution(sample_index):
    results = sample_index.search("Al-Qaida")
    seed = [h for h in results if h.article_id == "warschau-proces-marokko"]
    assert len(seed) == 3
    first_quote = next(h for h in seed if h.ordinal == 3)
    assert first_quote.title == "Israel woonde anti terrorisme conferentie in Marokko bij"
    assert first_quote.lang == "nl"
    assert "<em>Al-Qaida</em>" in first_quote.highlight
    assert any("State Department" in s for s in first_quote.speakers)
    assert first_quote.text.startswith("“De delegaties")
    assert (first_quote.start, first_quote.end) == (486, 820)


def test_dutch_stemming_finds_plural(sample_index):
    hits = sample_index.search("terreurgroep", lang="nl")
    assert hits.total >= 2
    assert all("terreurgroep" in h.text for h in hits)
    assert any("<em>terreurgroepen</em>" in h.highlight for h in hits)


@pytest.mark.parametrize("query", ["Warschau-proces", "Al Qaida-dreiging", '"Al Qaida-dreiging"'])
def test_hyphenated_names(sample_index, query):
    hits = sample_index.search(query)
    assert hits.total >= 1
    assert all(h.article_id == "warschau-proces-marokko" for h in hits)


def test_exact_phrase_is_not_stemmed(sample_index):
    assert sample_index.search('"vergelijkbare terreurgroepen"').total == 1
    assert sample_index.search('"vergelijkbare terreurgroep"').total == 0
    assert sample_index.search("vergelijkbare terreurgroep").total == 1


def test_boolean_operators(sample_index):
    both = sample_index.search("hezbollah AND iran").total
    either = sample_index.search("hezbollah OR marrakesh").total
    assert both == 1 and either == 2
    assert sample_index.search("qaida NOT hezbollah").total == sample_index.search("qaida").total - 1


def test_speaker_filter_and_speaker_field(sample_index):
    by_option = sample_index.search("", speaker="State Department")
    by_field = sample_index.search('speaker:"state department"')
    assert by_option.total == by_field.total >= 1
    assert all(any("State Department" in s for s in h.speakers) for h in by_option)
    assert sample_index.search("qaida", speaker="Maria Jansen").total == 0


def test_source_lang_and_date_filters(sample_index):
    herald = sample_index.search("", source="Harbour Herald")
    assert herald.total >= 1 and {h.source for h in herald} == {"Harbour Herald"}
    assert {h.lang for h in sample_index.search("", lang="fr", limit=100)} == {"fr"}
    in_2025 = sample_index.search("", since="2025-01-01", until="2025-12-31", limit=200)
    assert in_2025.total >= 1 and all(h.date.startswith("2025") for h in in_2025)
    assert sample_index.search("date:[2025-01-01 TO 2025-12-31]", limit=200).total == in_2025.total
    older = sample_index.search("", until="2024-12-31", limit=200)
    assert all(h.date < "2025" for h in older)


def test_hits_carry_full_citation(sample_index):
    hit = sample_index.search("", source="Harbour Herald", limit=1)[0]
    assert hit.url.startswith("https://example.org/") and hit.date == "2024-05-14"
    assert hit.title and hit.article_id == "port-calloway-strike"
    d = hit.to_dict()
    for key in ("score", "title", "source", "url", "date", "ordinal", "start", "end", "quotes", "speakers", "highlight"):
        assert key in d


def test_quotes_by_speaker_with_citation(sample_index):
    found = sample_index.quotes(speaker="State Department")
    assert len(found) == 2
    for q in found:
        assert "State Department" in q.quote.speaker
        assert q.title.startswith("Israel woonde")
    texts = sample_index.quotes("hezbollah")
    assert len(texts) == 1 and "Hezbollah" in texts[0].quote.text


@pytest.mark.parametrize("bad", ['"unclosed', "nofield:x", "(a OR b", "a AND", "date:[2019-13 TO 2020]"])
def test_malformed_queries_raise_query_error(sample_index, bad):
    with pytest.raises(QueryError):
        sample_index.search(bad)


def test_literal_query_ignores_operators(sample_index):
    assert sample_index.search('Al-Qaida" AND (', literal=True).total >= 3


def test_context_manager_reopen_and_incremental_add(tmp_path):
    path = tmp_path / "ix"
    with Index(path) as ix:
        r1 = ix.add_paths([SAMPLES / "warschau-proces-marokko.nl.txt"])
        assert (r1.added, r1.unchanged) == (1, 0)
        assert r1.quotes >= 4
    with Index.open(path) as ix:
        r2 = ix.add_paths([SAMPLES / "warschau-proces-marokko.nl.txt"])
        assert (r2.added, r2.updated, r2.unchanged) == (0, 0, 1)
        assert ix.stats()["articles"] == 1 and ix.stats()["passages"] == 9


def test_open_missing_index_is_an_error(tmp_path):
    from searchidx import SearchidxError
    with pytest.raises(SearchidxError, match="no index"):
        Index.open(tmp_path / "missing")


def test_concurrent_searches_from_threads(sample_index):
    expected = sample_index.search("Al-Qaida").total
    errors, totals = [], []

    def worker():
        try:
            for q in ("Al-Qaida", "hezbollah", "terreurgroep") * 5:
                r = sample_index.search(q)
                if q == "Al-Qaida":
                    totals.append(r.total)
        except Exception as e:  # pragma: no cover - the assertion below reports it
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert totals == [expected] * 30


def test_each_word_scores_by_its_best_field_in_that_passage(sample_index):
    """DisMax over fields must score a passage by its own matches (whoosh3's matcher did not)."""
    from whoosh import query as wq

    from searchidx.engine.whoosh_engine import FIELD_BOOSTS, WhooshEngine
    hits = sample_index.search("water", limit=20)
    s = sample_index.engine._searcher()
    for hit in hits:
        best = 0.0
        for field in WhooshEngine.DEFAULT_FIELDS:
            for word in {t.text for t in s.schema[field].analyzer("water")}:
                r = s.search(wq.Term(field, word), filter=wq.Term("id", hit.passage_id), limit=1)
                if len(r):
                    best = max(best, r[0].score * FIELD_BOOSTS.get(field, 1.0))
        assert abs(hit.score - best) < 1e-6, hit.passage_id
    assert len({round(h.score, 6) for h in hits}) > 3


def test_filters_narrow_without_changing_scores(sample_index):
    plain = {h.passage_id: h.score for h in sample_index.search("water", limit=100)}
    dutch = sample_index.search("water", lang="nl", limit=100)
    assert 1 <= dutch.total < len(plain)
    assert all(h.lang == "nl" and h.score == pytest.approx(plain[h.passage_id]) for h in dutch)
    # a filter nothing matches gives nothing (not everything), also when searched twice (cached)
    for _ in range(2):
        none = sample_index.search("water", speaker="Nobody Atall", since="1990-01-01", until="1990-12-31")
        assert none.total == 0 and list(none) == []


def test_highlights_are_made_when_read(sample_index, monkeypatch):
    from searchidx.engine.whoosh_engine import WhooshEngine
    made = []
    original = WhooshEngine._highlight
    monkeypatch.setattr(WhooshEngine, "_highlight",
                        staticmethod(lambda doc, terms: made.append(doc["id"]) or original(doc, terms)))
    hits = sample_index.search("Al-Qaida", limit=10).hits
    assert len(hits) > 1 and made == []          # none made by the search itself
    assert "<em>Al-Qaida</em>" in hits[0].highlight and made == [hits[0].passage_id]
    assert hits[0].to_dict()["highlight"] == hits[0].highlight and len(made) == 1  # made once


PLAIN = ["harbour", "harbour plan", "the", "The harbour", "a b", "élève 2024", "Straße über",
         "ministers said", "zei de minister", "x", "2024", "déclaré", "İstanbul", "ΟΔΟΣ", "und",
         "Jansen Jansen", "l", "of the", "na", "SAID", "Harbour Plan District Council Residents",
         "plan harbour plan", "harbour Harbour HARBOUR"]


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize("lang", [None, "en", "nl"])
def test_plain_words_build_the_parsers_query(sample_index, match, lang):
    from searchidx.engine.base import SearchRequest
    engine = sample_index.engine
    words = PLAIN + [w for h in sample_index.search("minister", limit=5).hits for w in h.text.split()]
    built = 0
    for text in words:
        request = SearchRequest(query=text, match=match, lang=lang)
        fields_ = (f"text_{lang}", "exact") if lang else None
        plain = engine._plain_query(fields_ or engine.DEFAULT_FIELDS, match, text)
        if plain is None:
            continue
        built += 1
        engine_parser = engine._parser(fields_ or engine.DEFAULT_FIELDS, match)
        assert plain == engine_parser.parse(text), text
        assert engine.build_query(request) == plain
    assert built >= len(PLAIN)


def test_operators_and_punctuation_go_to_the_parser(sample_index):
    engine = sample_index.engine
    for text in ["harbour AND plan", "harbour OR plan", "NOT plan", '"harbour plan"', "Al-Qaida",
                 "harb*", "title:harbour", "l'État", "plan^2", "(harbour)"]:
        assert engine._plain_query(engine.DEFAULT_FIELDS, "all", text) is None, text


def _article(n: int, word: str):
    from searchidx.models import Article
    return Article(id=f"fresh-{n}", title=f"Fresh {n}", text=f"The {word} council met on Monday.", lang="en")


@pytest.mark.parametrize("settled_ns", [0, 10**18])
def test_a_search_sees_what_another_handle_committed(tmp_path, settled_ns, monkeypatch):
    """A handle keeps its searcher while the index directory is unchanged, and sees another
    handle's commit at its next search, whether the directory's time counts as settled or not."""
    from searchidx.engine.whoosh_engine import WhooshEngine
    monkeypatch.setattr(WhooshEngine, "SETTLED_NS", settled_ns)
    path = tmp_path / "ix"
    with Index(path) as reader:
        reader.add([_article(1, "harbour")])
        assert reader.search("harbour").total == 1
        assert reader.search("lighthouse").total == 0
        with Index.open(path) as writer:
            writer.add([_article(2, "lighthouse")])
        assert reader.search("lighthouse").total == 1
        assert reader.search("council").total == 2


def test_an_unchanged_settled_index_keeps_its_searcher_without_listing_the_directory(tmp_path,
                                                                                     monkeypatch):
    from whoosh.searching import Searcher
    from searchidx.engine.whoosh_engine import WhooshEngine
    path = tmp_path / "ix"
    with Index(path) as ix:
        ix.add([_article(1, "harbour")])
        monkeypatch.setattr(WhooshEngine, "SETTLED_NS", 0)
        ix.search("harbour")
        listed = []
        original = Searcher.up_to_date
        monkeypatch.setattr(Searcher, "up_to_date", lambda self: listed.append(1) or original(self))
        first = ix.engine._searcher()
        for _ in range(5):
            assert ix.search("harbour").total == 1
        assert ix.engine._searcher() is first and listed == []
