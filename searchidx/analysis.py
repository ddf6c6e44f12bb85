"""Text analysis for the Whoosh engine, composed from Whoosh's own parts.

* ``text_analyzer(lang)``: tokens, lower case, the language's stop words, its Snowball stemmer,
  accents folded (``terreurgroepen`` → ``terreurgroep``);
* ``exact_analyzer()``: tokens, lower case, accents folded, no stemming or stop words: exact phrases;
* ``name_analyzer()``: the same for names (speakers, outlets), so ``speaker:jansen`` finds
  "Maria Jansen".

Hyphens and apostrophes split tokens, so ``Warschau-proces`` is the phrase ``warschau proces`` on
both the indexing and the query side, and ``Al-Qaida`` also matches ``Al Qaida-dreiging``.
"""
from __future__ import annotations

from functools import lru_cache

from whoosh.analysis import (CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter,
                             StopFilter)
from whoosh.lang import has_stemmer, has_stopwords
from whoosh.support.charset import accent_map

from . import lang as _lang

TOKEN_PATTERN = r"\w+(?:\.\w+)*"
#: languages that get a field of their own; other text goes to the unstemmed field
STEMMED_LANGUAGES = tuple(code for code, l in _lang.LANGUAGES.items() if l.analyzer_lang)


@lru_cache(maxsize=None)
def text_analyzer(code: str):
    language = _lang.LANGUAGES.get(code)
    wl = language.analyzer_lang if language else ""
    chain = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter()
    if wl and has_stopwords(wl):
        chain = chain | StopFilter(lang=wl)
    if wl and has_stemmer(wl):
        chain = chain | StemFilter(lang=wl, cachesize=100_000)
    return chain | CharsetFilter(accent_map)


@lru_cache(maxsize=None)
def exact_analyzer():
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


def name_analyzer():
    return exact_analyzer()


def text_field(code: str | None) -> str:
    """The index field holding passage text in language ``code``."""
    return f"text_{code}" if code in STEMMED_LANGUAGES else "text_xx"


@lru_cache(maxsize=1 << 17)
def stem(code: str, word: str) -> str | None:
    """The form ``text_analyzer(code)`` indexes for one word (None for a stop word), cached: the
    highlighter asks this for every word of every hit."""
    for t in text_analyzer(code)(word):
        return t.text
    return None


def tokens(analyzer, text: str) -> list[str]:
    return [t.text for t in analyzer(text)]


@lru_cache(maxsize=None)
def _lower_analyzer():
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter()


@lru_cache(maxsize=None)
def _token_re():
    from whoosh.util.text import rcompile
    return rcompile(TOKEN_PATTERN)


@lru_cache(maxsize=None)
def _stop_rule(code: str):
    """(stop words, min length, max length) of ``text_analyzer(code)``'s stop filter, or None."""
    for item in getattr(text_analyzer(code), "items", ()):
        if isinstance(item, StopFilter):
            return item.stops, item.min, item.max
    return None


def dropped_words(code: str | None, text: str) -> list[str]:
    """The words of ``text`` (lower case, in order, repeated) that ``text_analyzer(code)`` drops:
    its stop words and too-short words. The Whoosh engine indexes only these unstemmed (in the
    ``exact`` field), as every other word is in the stemmed field already."""
    rule = _stop_rule(code) if code in STEMMED_LANGUAGES else None
    if rule is None:
        return []
    stops, lo, hi = rule
    # (the words of RegexTokenizer | LowercaseFilter, without a Token object per word)
    return [w for w in map(str.lower, _token_re().findall(text))
            if w in stops or len(w) < lo or (hi is not None and len(w) > hi)]


@lru_cache(maxsize=None)
def _stem_rule(code: str):
    """(stem function, words it leaves alone) of ``text_analyzer(code)``'s stemmer, or None."""
    for item in getattr(text_analyzer(code), "items", ()):
        if isinstance(item, StemFilter):
            return item._stem, item.ignore
    return None


def index_terms(code: str, text: str) -> tuple[list[str], int]:
    """The terms ``text_analyzer(code)`` indexes for ``text``, in order, and the position of the
    first (positions then run on by one, as the stop filter renumbers them): the same terms and
    positions as the analyzer chain, in one pass without a Token per word. Indexing spends most
    of its analysis time here; ``tests/test_whoosh_fields.py`` checks it against the chain."""
    words = [w.lower() for w in _token_re().findall(text)]
    rule, stem_rule = _stop_rule(code), _stem_rule(code)
    first = 0
    if rule is not None:
        stops, lo, hi = rule
        kept = [(i, w) for i, w in enumerate(words)
                if not (w in stops or len(w) < lo or (hi is not None and len(w) > hi))]
        first = kept[0][0] if kept else 0
        words = [w for _, w in kept]
    if stem_rule is not None:
        stem_, ignore = stem_rule
        words = [w if w in ignore else stem_(w) for w in words]
    if not words:
        return [], 0
    joined = "\0".join(words)  # accents folded over all words at once (NUL maps to itself)
    return (words if joined.isascii() else joined.translate(accent_map).split("\0")), first


def token_re():
    """The compiled token pattern of every analyzer here."""
    return _token_re()


def exact_form(word: str) -> str:
    """A token as ``exact_analyzer()`` indexes it: lower case, accents folded."""
    word = word.lower()
    return word if word.isascii() else word.translate(accent_map)


def exact_tokens(text: str) -> list[str]:
    """The tokens of ``exact_analyzer()`` (lower case, accents folded), fast: one regex pass and
    one lower/translate over all of them joined (NUL is in no token and not cased, so each token
    folds as it would alone)."""
    found = _token_re().findall(text)
    if not found:
        return []
    joined = "\0".join(found).lower()
    return (joined if joined.isascii() else joined.translate(accent_map)).split("\0")


def fold(word: str) -> str:
    return word.translate(accent_map)


@lru_cache(maxsize=None)
def _folded_stops(code: str) -> frozenset:
    rule = _stop_rule(code)
    return frozenset(fold(w) for w in rule[0]) if rule else frozenset()


def accent_ambiguous(code: str | None, text: str) -> bool:
    """Whether a word of ``text`` (as typed) may be a stop word of ``code`` written with other
    accents ("ete" for "été"), so that the stemmed field may or may not hold it."""
    rule = _stop_rule(code) if code in STEMMED_LANGUAGES else None
    if rule is None:
        return False
    stops, folded = rule[0], _folded_stops(code)
    for w in (t.text for t in _lower_analyzer()(text)):
        f = fold(w)
        if f in folded and (w not in stops or w != f):
            return True
    return False
