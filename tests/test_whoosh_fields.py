"""The one-pass field analysis indexes exactly what Whoosh's analyzer chain would."""
import pytest
from whoosh import fields

from searchidx import analysis
from searchidx.engine.whoosh_engine import build_schema

TEXTS = [
    "“Het is zo’n mooie dag in ’s-Hertogenbosch,” zei de minister. Het is het, het!",
    "L’État a déclaré « non » à l'été : « C’est la décision du Conseil d’État. »",
    "„Die Straße ist gesperrt“, sagte Öztürk. Über ÄÖÜ und ß – es ist, was es ist.",
    "The the THE a an, and the State Department said in a statement on 3.5.2024 (U.S.A.).",
    "", "   ", "a", "Ελληνικά ΟΔΟΣ İstanbul", "x " * 40,
]


def _reference(field, value):
    # what fields.TEXT.index gives for the same field (the analyzer chain)
    return sorted(fields.TEXT.index(field, value))


@pytest.mark.parametrize("name", [n for n, f in build_schema().items() if isinstance(f, fields.TEXT)])
def test_fast_text_fields_index_like_the_analyzer_chain(name):
    field = build_schema()[name]
    assert getattr(field, "terms", None) is not None, f"{name} analyses the slow way"
    for text in TEXTS:
        assert sorted(field.index(text)) == _reference(field, text), (name, text)


def test_index_terms_positions_follow_the_stop_filter():
    words, first = analysis.index_terms("en", "The the ministers said")
    assert (words, first) == (["minist", "said"], 2)
    assert analysis.index_terms("en", "the of") == ([], 0)
