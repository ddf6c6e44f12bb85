"""Fact-checker tools through the Python API, on the corpus of tests/data/factcheck/ (see its
README: one quotation by Hendrik de Vries repeated, truncated, altered, translated and
misattributed across seven dated articles in English and Dutch)."""
import json
import shutil
from pathlib import Path

import pytest

from searchidx import Index
from searchidx.factcheck import (SpeakerResolver, cluster_quotes, fold, load_aliases, norm_words,
                                 similarity, word_diff)
from searchidx.factcheck.clusters import buckets_of

from conftest import ROOT

DATA = ROOT / "tests" / "data" / "factcheck"
ARTICLES = DATA / "articles.jsonl"
EXPECTED = [json.loads(line) for line in (DATA / "expected.jsonl").read_text("utf-8").splitlines() if line.strip()]


def variant(name: str) -> list[dict]:
    return [e for e in EXPECTED if e["variant"] == name]


ORIGINAL = variant("verbatim-original")[0]["text"]
TRUNCATED = variant("truncated")[0]["text"]
MISQUOTE = variant("misquote")[0]["text"]
DUTCH = variant("dutch-translation")[0]["text"]
ENGLISH_IDS = {e["article_id"] for e in EXPECTED if e["variant"] in
               ("verbatim-original", "verbatim-repeat", "truncated", "misquote", "conflicting-attribution")}


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    path = tmp_path_factory.mktemp("factcheck") / "ix"
    with Index(path) as index:
        report = index.add_paths([ARTICLES])
        assert report.added == 7
    index = Index.open(path)
    yield index
    index.close()


# --- pasted quotes -------------------------------------------------------------------------------
def test_fold_ignores_marks_apostrophes_dashes_case_and_accents():
    assert fold("„Dé Vries’ — “ZEI” ’t") == fold('"de vries\' - zei" \'t') == "de vries' - zei 't"
    assert norm_words("“Don’t” – Café") == norm_words("\"don't\" - cafe")


def test_pasted_quote_with_other_marks_and_case_is_found_verbatim(ix):
    pasted = '"THE DIKES ALONG THE WESTMERE ARE SAFE FOR THIS WINTER, BUT WITHOUT NEW MONEY FROM THE ' \
             'PROVINCE WE CANNOT GUARANTEE THAT THEY WILL STILL BE SAFE IN TEN YEARS"'
    found = ix.trace(pasted)
    verbatim = [m for m in found if m.kind == "verbatim"]
    assert {m.hit.article_id for m in verbatim} == {"fc01-westmere-gazette", "fc03-lowland-ledger",
                                                   "fc07-riverside-tribune"}
    assert all(m.score == 1.0 and m.diff.same for m in verbatim)


def test_quote_text_is_taken_literally(ix):
    # query operators and field prefixes in a pasted quotation are plain words
    found = ix.trace("speaker: The dikes along the Westmere (are) safe OR NOT")
    assert found and found[0].hit.quote.text.startswith("The dikes along the Westmere")


# --- misquote matching ----------------------------------------------------------------------------
def test_similarity_truncation_is_strong_and_below_verbatim():
    full, part = norm_words(ORIGINAL), norm_words(TRUNCATED)
    s = similarity(full, part)
    assert s.kind == "truncated" and 0.75 < s.score < 1.0
    assert similarity(part, full).kind == "extended"
    assert similarity(full, full).score == 1.0
    unrelated = norm_words(variant("unrelated")[2]["text"])  # Baptiste: shares "province", "the"
    assert similarity(full, unrelated).score < 0.5


def test_word_diff_names_the_three_changes():
    d = word_diff(MISQUOTE, ORIGINAL)
    assert [(c.op, c.yours, c.original) for c in d.changes] == [
        ("replace", "now", "this winter"), ("replace", "extra", "new"), ("replace", "government", "province")]
    assert "[-now-] {+this winter+}" in d.marked and "[-government-] {+province+}" in d.marked


def test_misquote_lookup_finds_the_original_with_speaker_and_diff(ix):
    # a doctored wording that is not in the corpus: words changed, dropped and contracted
    doctored = ("The dikes along the Westmere are safe this winter, but without new funds from the "
                "province we can’t guarantee they’ll be safe in 10 years")
    found = ix.trace(doctored)
    best = found[0]
    assert best.hit.quote.text == ORIGINAL
    assert best.hit.article_id == "fc01-westmere-gazette"     # ties go to the earliest
    assert best.speaker == "Hendrik de Vries"
    changes = {(c.yours, c.original) for c in best.diff.changes}
    assert ("funds", "money") in changes and ("10", "ten") in changes
    assert 0.7 < best.score < 1.0


def test_the_courier_misquote_is_traced_to_the_original(ix):
    found = ix.trace(MISQUOTE)
    by_article = {m.hit.article_id: m for m in found}
    assert by_article["fc06-morning-courier"].kind == "verbatim"      # the misquote itself
    original = by_article["fc01-westmere-gazette"]
    assert original.kind == "altered" and original.speaker == "Hendrik de Vries"
    assert [(c.yours, c.original) for c in original.diff.changes] == [
        ("now", "this winter"), ("extra", "new"), ("government", "province")]
    assert original.score > by_article["fc05-coastal-daily-post"].score   # whole before truncation
    assert not {m.hit.article_id for m in found} & {"fc02-dagblad-westmeer", "fc04-polderpost"}


# --- who said it first ----------------------------------------------------------------------------
def test_timeline_of_the_original(ix):
    t = ix.timeline(TRUNCATED)
    assert [e.hit.article_id for e in t.entries] == sorted(ENGLISH_IDS)   # ids are in date order
    assert [e.hit.date for e in t.entries] == sorted(e.hit.date for e in t.entries)
    first = t.first
    assert first.first and first.hit.date == "2024-03-01" and first.hit.source == "Westmere Gazette"
    assert first.speaker == "Hendrik de Vries"
    kinds = {e.hit.article_id: e.kind for e in t.entries}
    assert kinds == {"fc01-westmere-gazette": "verbatim", "fc03-lowland-ledger": "verbatim",
                     "fc05-coastal-daily-post": "truncated", "fc06-morning-courier": "altered",
                     "fc07-riverside-tribune": "verbatim"}
    # the Riverside Tribune gives the same words to a ministry spokesman: a conflict
    assert t.conflict
    speakers = {a.speaker: a.outlets for a in t.attributions}
    assert set(speakers["Hendrik de Vries"]) >= {"Westmere Gazette", "Lowland Ledger", "Coastal Daily Post"}
    assert any(s and "spokesman" in s for s in speakers) and "Riverside Tribune" in [
        o for s, outlets in speakers.items() if s and "spokesman" in s for o in outlets]


def test_timeline_of_the_dutch_wording(ix):
    t = ix.timeline(DUTCH)
    assert [(e.hit.article_id, e.hit.date) for e in t.entries] == [
        ("fc02-dagblad-westmeer", "2024-03-05"), ("fc04-polderpost", "2024-03-14")]
    assert t.first.hit.source == "Dagblad Westmeer" and t.entries[1].kind == "verbatim"


# --- clusters -------------------------------------------------------------------------------------
def test_clusters_have_the_right_members_and_first_appearance(ix):
    clusters = ix.clusters(min_size=2)
    assert len(clusters) == 2
    english, dutch = clusters
    assert set(english.article_ids) == ENGLISH_IDS and english.count == 5
    assert english.first_seen == "2024-03-01" and english.first.source == "Westmere Gazette"
    assert english.text == ORIGINAL
    assert english.outlets == ["Westmere Gazette", "Lowland Ledger", "Coastal Daily Post",
                               "The Morning Courier", "Riverside Tribune"]
    # fc01, fc03, fc05 ("De Vries") and fc06 ("H. de Vries … put it bluntly"); fc07 names the ministry
    assert len(english.urls) == 5 and english.speakers["Hendrik de Vries"] == 4
    assert set(dutch.article_ids) == {"fc02-dagblad-westmeer", "fc04-polderpost"}
    assert dutch.first_seen == "2024-03-05" and dutch.first.source == "Dagblad Westmeer"
    # every other quotation is a cluster of its own
    assert sum(c.count for c in ix.clusters()) == len(EXPECTED)


def test_clusters_of_a_search(ix):
    found = ix.clusters("Westmere dikes safe")
    assert set(found[0].article_ids) == ENGLISH_IDS
    dutch = ix.clusters("dijken Westmeer veilig", lang="nl", min_size=2)
    assert len(dutch) == 1 and dutch[0].first_seen == "2024-03-05" and dutch[0].count == 2


def test_truncation_shares_an_anchor_bucket_with_its_source():
    assert set(buckets_of(norm_words(ORIGINAL))) & set(buckets_of(norm_words(TRUNCATED)))


def test_cluster_quotes_does_not_join_different_quotations(ix):
    items = [q for q in ix.quotes("", limit=100)]
    clusters = cluster_quotes(items)
    other = [c for c in clusters if any(m.quote.text == variant("other-de-vries")[0]["text"] for m in c.members)]
    assert len(other) == 1 and other[0].count == 1


# --- speakers -------------------------------------------------------------------------------------
def test_speaker_normalizer_merges_country_prefixes_and_determiners():
    r = SpeakerResolver({"VS State Department": 2, "the U.S. State Department": 3, "State Department": 1,
                         "Hendrik de Vries": 4, "H. de Vries": 1, "De Vries": 2,
                         "Lena Vos": 1, "Piet Vos": 1, "Vos": 1})
    by_name = {s.name: s for s in r.speakers()}
    assert by_name["State Department"].count == 6
    assert set(by_name["State Department"].names) == {"VS State Department", "the U.S. State Department",
                                                      "State Department"}
    assert by_name["Hendrik de Vries"].count == 7        # last-name and initials rules
    assert "Vos" in by_name                              # ambiguous: Lena or Piet, left alone
    assert r.resolve("the State Department") == "State Department"


def test_speaker_aliases_merge(ix, tmp_path):
    # without an alias file the rules merge "De Vries" into "Hendrik de Vries"
    plain = {s.name: s for s in ix.speakers()}
    assert plain["Hendrik de Vries"].names == {"Hendrik de Vries": 4, "De Vries": 1, "H. de Vries": 1}
    assert plain["Hendrik de Vries"].wikidata is None
    # the corpus alias file adds the Wikidata ids
    with_ids = {s.name: s for s in ix.speakers(aliases=DATA / "aliases.json")}
    assert with_ids["Hendrik de Vries"].wikidata == "Q0000000"
    assert with_ids["Marloes Kuipers"].wikidata == "Q0000001"
    # a user's alias file merges what the rules cannot ("De voorzitter" in the Polderpost) …
    merge = tmp_path / "merge.json"
    merge.write_text(json.dumps({"Hendrik de Vries": {"aliases": ["De voorzitter", "H. de Vries"],
                                                      "wikidata": "Q0000000"}}), "utf-8")
    merged = {s.name: s for s in ix.speakers(aliases=merge)}
    assert merged["Hendrik de Vries"].count == 7 and "De voorzitter" in merged["Hendrik de Vries"].names
    assert "voorzitter" not in merged
    # … and splits what they merge (TOML this time)
    split = tmp_path / "split.toml"
    split.write_text('["De Vries"]\naliases = []\n', "utf-8")
    apart = {s.name: s for s in ix.speakers(aliases=split)}
    assert apart["De Vries"].count == 1 and apart["Hendrik de Vries"].count == 5


def test_speaker_merging_finds_the_longer_names_as_a_scan_of_every_name_would():
    """The resolver looks longer names up by their endings and initials instead of trying every
    name: on many names sharing endings and initials it merges exactly as trying each would."""
    import random
    from searchidx.factcheck.speakers import _fits, _order, name_key, strip_name
    rnd = random.Random(7)
    first, last = ["Anna", "Ahmed", "Bart", "Bea", "A.", "B."], ["Vos", "de Vries", "Smith", "van Dam"]
    names = {f"{rnd.choice(first)} {rnd.choice(first) + ' ' if rnd.random() < .2 else ''}{rnd.choice(last)}":
             rnd.randint(1, 5) for _ in range(60)}
    names.update({n: 1 for n in last})
    r = SpeakerResolver(names)
    canonical = {}                                # the definition: every resolved name is tried
    for k in sorted({name_key(n) for n in names}, key=_order):
        targets = {canonical[t] for t in canonical if _fits(k, t)}
        canonical[k] = targets.pop() if len(targets) == 1 else r._display(k)
    assert r._target == canonical
    for probe in ["Vries", "A. Smith", "B. van Dam", "Carl Vos", "A. B. Vos"]:
        k = name_key(probe)
        targets = {canonical[t] for t in canonical if _fits(k, t)}
        assert r.resolve(probe) == (targets.pop() if len(targets) == 1 else strip_name(probe))
    assert len({v for v in canonical.values()}) < len(canonical)          # some names did merge


def test_speaker_directory_is_kept_for_the_next_process_until_the_index_changes(tmp_path, monkeypatch):
    path = tmp_path / "ix"
    with Index(path) as index:
        index.add_paths([ARTICLES])
        speakers = [s.to_dict() for s in index.speakers()]
    assert (path / "speakers-cache.json").exists()
    with Index.open(path) as again:               # the next process reads it instead of scanning
        monkeypatch.setattr(type(again.engine), "iter_documents", lambda self: pytest.fail("scanned"))
        assert [s.to_dict() for s in again.speakers()] == speakers
        assert again.speaker_resolver() is again.speaker_resolver()     # made once
    monkeypatch.undo()
    with Index(path) as index:                    # a changed index is scanned afresh
        src = tmp_path / "more.jsonl"
        src.write_text(json.dumps({"id": "more-1", "title": "More", "lang": "en", "text":
                                   '"We will build it," said Olga Petrova.'}) + "\n", "utf-8")
        index.add_paths([src])
        assert "Olga Petrova" in {s.name for s in index.speakers()}
    with Index.open(path) as again:
        assert "Olga Petrova" in {s.name for s in again.speakers()}


def test_alias_file_in_the_index_directory_is_used(tmp_path):
    path = tmp_path / "ix"
    with Index(path) as index:
        index.add_paths([ARTICLES])
        shutil.copy(DATA / "aliases.json", path / "aliases.json")
        assert {s.name: s.wikidata for s in index.speakers()}["Lena Vos"] == "Q0000002"


def test_bad_alias_file_is_a_clear_error(tmp_path):
    from searchidx.factcheck import AliasFileError
    bad = tmp_path / "aliases.json"
    bad.write_text('{"X": {"wikidata": "Wikipedia"}}', "utf-8")
    with pytest.raises(AliasFileError, match="wikidata must look like Q42"):
        load_aliases(bad)


# --- counts ---------------------------------------------------------------------------------------
def test_facets_count_speakers_outlets_and_months(ix):
    r = ix.search("", facets=["speaker", "source", "month"], limit=3)
    assert len(r.hits) == 3 and r.total == 23
    assert r.facets["month"] == [("2024-03", 17), ("2024-04", 6)]
    sources = dict(r.facets["source"])
    assert sources["Westmere Gazette"] == 4 and sources["Polderpost"] == 3 and sum(sources.values()) == 23
    speakers = dict(r.facets["speaker"])
    # passages quoting Hendrik de Vries, under any of his names: fc01 (2), fc02, fc03, fc05, fc06
    assert speakers["Hendrik de Vries"] == 6 and "De Vries" not in speakers
    assert speakers["Lena Vos"] == 1


def test_facets_of_a_search(ix):
    # "Westmeer" is in two passages of the Dagblad Westmeer and in the Polderpost's title (so in
    # all three of its passages)
    r = ix.search("Westmeer", facets=["source", "month", "lang", "speaker"], limit=1)
    assert r.total == 5 and len(r.hits) == 1
    assert r.facets["source"] == [("Polderpost", 3), ("Dagblad Westmeer", 2)]
    assert r.facets["month"] == [("2024-03", 5)] and r.facets["lang"] == [("nl", 5)]
    assert dict(r.facets["speaker"])["Hendrik de Vries"] == 1


# --- citations and verification -------------------------------------------------------------------
def test_citations_have_everything_needed(ix):
    cites = ix.citations("Westmere safe winter", limit=20)
    c = next(c for c in cites if c["article_id"] == "fc01-westmere-gazette")
    assert c["speaker"] == "Hendrik de Vries" and c["quotation"] == ORIGINAL
    assert (c["start"], c["end"]) == (ORIGINAL_OFFSETS := (variant("verbatim-original")[0]["start"],
                                                          variant("verbatim-original")[0]["end"]))
    assert c["line"] == 1 and c["path"].endswith("articles.jsonl")
    assert c["url"] in c["citation"] and "Westmere Gazette" in c["citation"] and "2024-03-01" in c["citation"]
    assert f"{ORIGINAL_OFFSETS[0]}:{ORIGINAL_OFFSETS[1]}" in c["citation"]
    hits = ix.hit_citations("dikes")
    assert hits and all(h["url"] in h["citation"] for h in hits)


def test_verify_passes_on_the_corpus(ix):
    report = ix.verify()
    assert report.ok, [str(p) for p in report.problems]
    assert report.articles == 7 and report.quotes == len(EXPECTED)


def test_verify_fails_clearly_when_a_source_was_edited(tmp_path):
    src = tmp_path / "articles.jsonl"
    shutil.copy(ARTICLES, src)
    with Index(tmp_path / "ix") as index:
        index.add_paths([src])
        assert index.verify().ok
        lines = src.read_text("utf-8").splitlines()
        lines[5] = lines[5].replace("safe for now", "safe for the moment")   # fc06, the misquote
        src.write_text("\n".join(lines) + "\n", "utf-8")
        report = index.verify()
    assert not report.ok and len(report.problems) == 2   # the quotation and the one after it
    first, second = report.problems
    assert first.article_id == "fc06-morning-courier" and first.line == 6
    assert "“now” → “the moment”" in first.message
    assert "moved" in second.message
    assert str(first).startswith(f"{src}:6: fc06-morning-courier [")


def test_verify_reports_a_missing_source(tmp_path):
    src = tmp_path / "articles.jsonl"
    shutil.copy(ARTICLES, src)
    with Index(tmp_path / "ix") as index:
        index.add_paths([src])
        src.unlink()
        report = index.verify(["fc01-westmere-gazette"])
    assert [p.message for p in report.problems] == ["source file is missing"]


# --- explanations ---------------------------------------------------------------------------------
def test_explain_shows_rule_cue_and_mention(ix):
    rows = ix.explain("meeting provincial executive")
    row = next(r for r in rows if r["article_id"] == "fc01-westmere-gazette")
    assert row["speaker_mention"] == "De Vries" and row["speaker"] == "Hendrik de Vries"
    assert row["cue"] == "said" and row["rule"] and row["method"] == "explicit"
    assert row["rule"] in row["explanation"] and "De Vries" in row["explanation"]
    assert isinstance(row["candidates"], list)
