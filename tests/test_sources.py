"""Reading articles: plain text, JSONL, directories, ids, languages and bad input."""
import json

import pytest

from searchidx import SourceError, read_articles
from searchidx.langid import detect
from searchidx.passages import split_passages
from searchidx.sources.text import split_title

from conftest import SAMPLES


def test_text_file_title_body_id_and_language_from_name():
    [a] = read_articles([SAMPLES / "warschau-proces-marokko.nl.txt"])
    assert a.id == "warschau-proces-marokko"
    assert a.lang == "nl"
    assert a.title == "Israel woonde anti terrorisme conferentie in Marokko bij"
    assert a.text.startswith("Marokkaanse veiligheidstroepen.")
    assert a.text.endswith("Washington DC.")


def test_split_title_skips_leading_blank_lines():
    assert split_title("\n\n  Title here \n\nBody one.\n\nBody two.\n\n") == ("Title here", "Body one.\n\nBody two.")


def test_jsonl_fields_and_optional_metadata(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x1", "title": "T", "text": "Der Minister sagte, dass die Regierung nicht zustimmen werde.",
                             "source": "Bote", "date": "2024-05-01T10:00:00Z", "url": "https://example.org/x"}) + "\n"
                 + json.dumps({"title": "No id", "text": "The minister said that the government is ready."}) + "\n")
    a, b = read_articles([f])
    assert (a.id, a.source, a.date, a.url, a.lang, a.line) == ("x1", "Bote", "2024-05-01", "https://example.org/x", "de", 1)
    assert b.id and len(b.id) == 16 and b.lang == "en" and b.line == 2
    # the derived id is stable: the same content gives the same id
    assert [x.id for x in read_articles([f])][1] == b.id


def test_directories_are_read_recursively_in_stable_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B title\n\nSome body text here.")
    (tmp_path / "sub" / "a.txt").write_text("A title\n\nOther body text.")
    (tmp_path / "ignored.csv").write_text("x,y")
    assert [a.id for a in read_articles([tmp_path])] == ["b", "a"]


def test_language_detection_for_the_four_languages():
    assert detect("De minister zei dat het kabinet niet van plan is om de regels te veranderen.") == "nl"
    assert detect("Der Minister sagte, dass die Regierung die Regeln nicht ändern werde.") == "de"
    assert detect("Le ministre a déclaré que le gouvernement ne changera pas les règles.") == "fr"
    assert detect("The minister said that the government would not change the rules.") == "en"


@pytest.mark.parametrize("content, message", [
    ('{"id": "a", "title": "T", "text": "ok"}\n{"id": "b", "title": ', "a.jsonl:2: malformed JSON"),
    ('{"id": "a", "title": "T"}\n', 'a.jsonl:1: missing or empty "text"'),
    ('["not", "an", "object"]\n', "a.jsonl:1: expected a JSON object"),
    ('{"id": "a", "text": "x", "date": "yesterday"}\n', "a.jsonl:1: article a: not a date"),
])
def test_bad_jsonl_names_file_and_line(tmp_path, content, message):
    f = tmp_path / "a.jsonl"
    f.write_text(content)
    with pytest.raises(SourceError) as e:
        list(read_articles([f]))
    assert message in str(e.value)


def test_invalid_utf8_binary_empty_and_missing_files(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\nline two \xff\xfe here")
    with pytest.raises(SourceError, match=r"bad.txt:3: invalid UTF-8"):
        list(read_articles([bad]))
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    with pytest.raises(SourceError, match="binary file"):
        list(read_articles([binary]))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(SourceError, match="empty file"):
        list(read_articles([empty]))
    with pytest.raises(SourceError, match="no such file"):
        list(read_articles([tmp_path / "nope.txt"]))


def test_passages_keep_offsets_and_split_long_paragraphs():
    [a] = read_articles([SAMPLES / "warschau-proces-marokko.nl.txt"])
    passages = split_passages(a)
    assert [p.ordinal for p in passages] == list(range(len(passages)))
    assert all(a.text[p.start:p.end] == p.text for p in passages)
    assert passages[3].text.startswith("“De delegaties bespraken")
    short = split_passages(a, max_chars=200)
    assert len(short) > len(passages)
    assert all(a.text[p.start:p.end] == p.text for p in short)
    # long paragraphs are cut at sentence ends, not inside a sentence
    assert all(p.text[-1] in ".”“‘!?C" or p.text.endswith("YouTube") for p in short)


def test_jsonl_is_read_as_a_stream(tmp_path, monkeypatch):
    # an archive is never read whole: the first article comes before a broken later line is
    # even decoded, and line numbers, CRLF and gzip stay as for whole files
    import gzip
    from searchidx.sources import common, jsonl
    monkeypatch.setattr(common, "READ_SIZE", 16)
    good = json.dumps({"id": "a", "title": "T", "text": "één"}).encode()
    for name, data in (("a.jsonl", good + b"\r\n\r\n" + b'{"id": "b", "text": "\xff"}\n'),
                       ("a.jsonl.gz", gzip.compress(good + b"\n" * 2 + b'{"id": "b", "text": "\xff"}'))):
        f = tmp_path / name
        f.write_bytes(data)
        articles = jsonl.read_jsonl(f)
        first = next(articles)
        assert (first.id, first.text, first.line) == ("a", "één", 1)
        with pytest.raises(SourceError, match=rf"{name}:3: invalid UTF-8 at byte {len(good) + 2 + (name == 'a.jsonl') * 2 + 21}"):
            next(articles)
