"""Whoosh field types that index in one pass.

Whoosh analyses a field value through a chain of generators with a Token object per word
(tokenizer | lower case | stop words | stemmer | accent folding), which is most of the analysis
time of indexing. ``FastText`` computes the same terms and positions with a few list passes
(``analysis.index_terms`` for a language's stemmed field, ``analysis.exact_tokens`` for exact
words and names) and encodes them as its format would: the index is byte for byte the same, and
queries keep analysing through the field's analyzer. Anything else (other formats, keyword
arguments, lists) goes the usual way.
"""
from __future__ import annotations

from collections import Counter

from whoosh import fields, formats
from whoosh.system import pack_uint

from .. import analysis

EXACT = "exact"


class FastText(fields.TEXT):
    """A TEXT field whose ``terms`` names its analysis: a language code (that language's stemmed
    analysis) or ``EXACT`` (lower case, accents folded, every word)."""

    def __init__(self, *args, terms: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.terms = terms

    def index(self, value, **kwargs):
        spec = getattr(self, "terms", None)  # (absent from a field unpickled from an older index)
        fmt = self.format
        if kwargs or spec is None or not isinstance(value, (str, Titled)) or type(fmt) not in _ENCODERS:
            return super().index(value, **kwargs)
        if isinstance(value, str):
            words, positions = self._terms(spec, value)
            return _ENCODERS[type(fmt)](fmt, words, positions)
        words, positions = self._terms(spec, value.text)
        title_words, title_positions = self._terms(spec, value.title)
        after = (positions[-1] + 1 if positions else 0) + POSITION_GAP
        return _ENCODERS[type(fmt)](fmt, words + title_words, [*positions, *(after + p for p in title_positions)])

    @staticmethod
    def _terms(spec: str, value: str) -> tuple[list[str], range]:
        if spec == EXACT:
            words, first = analysis.exact_tokens(value), 0
        else:
            words, first = analysis.index_terms(spec, value)
        return words, range(first, first + len(words))


#: positions between a passage's last word and its title's first in a ``Titled`` value, so that
#: no phrase spans the two (OpenSearch's ``position_increment_gap`` between a field's values)
POSITION_GAP = 100


class Titled:
    """The value of a passage's text field that also indexes its article's title: the title's
    terms count as the passage's own (term frequency and length, BM25 over the passage and its
    headline as one text, as OpenSearch scores the title copied into the text field), at
    positions after the text's (``POSITION_GAP``). The stored text is the passage's alone."""

    __slots__ = ("text", "title")

    def __init__(self, text: str, title: str):
        self.text, self.title = text, title


def _positions(fmt: formats.Positions, words: list[str], positions) -> list[tuple]:
    poses: dict[str, list[int]] = {}
    for pos, word in zip(positions, words):
        poses.setdefault(word, []).append(pos)
    fb, encode = fmt.field_boost, fmt.encode
    return [(w.encode("utf-8"), len(p), float(len(p)) * fb, encode(p)) for w, p in poses.items()]


def _frequency(fmt: formats.Frequency, words: list[str], positions) -> list[tuple]:
    fb = fmt.field_boost
    return [(w.encode("utf-8"), n, float(n) * fb, pack_uint(n)) for w, n in Counter(words).items()]


_ENCODERS = {formats.Positions: _positions, formats.Frequency: _frequency}
