"""Pasted quotations, normalized: what a fact-checker copies from a web page or a PDF rarely has the
same quote marks, apostrophes, dashes, case or accents as the archive.

``words(text)`` gives the normalized words of a text with their offsets into the original text, so
a comparison done on normalized words can still be shown (and cited) in the original wording.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

#: every kind of quotation mark, folded to nothing (they never matter inside a quotation)
QUOTE_MARKS = "\"“”„‟«»‹›「」『』〝〞＂"
#: apostrophes and look-alikes, folded to '
APOSTROPHES = "'’‘‛ʼ`´′＇"
#: dashes and hyphens, folded to -
DASHES = "‐‑‒–—―−﹘﹣－"

_FOLD = str.maketrans({**{c: " " for c in QUOTE_MARKS}, **{c: "'" for c in APOSTROPHES},
                       **{c: "-" for c in DASHES}})
#: a word: letters/digits, with inner apostrophes (don't, zo'n) and dots (U.S.) kept
_WORD = regex.compile(r"\w+(?:['.]\w+)*")


def fold(text: str) -> str:
    """``text`` without the differences that do not matter for a quotation: marks, apostrophes,
    dashes, case, accents, compatibility forms (ﬁ, full-width letters) and runs of white space.
    Offsets are not kept; use :func:`words` when they matter."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return " ".join(_strip_accents(text).split())


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@dataclass(frozen=True)
class Word:
    norm: str    # folded form, for comparing
    start: int   # offsets into the original text
    end: int


def words(text: str) -> list[Word]:
    """The words of ``text``, folded, with their offsets in ``text``."""
    # the fold maps one character to one, so match offsets are offsets in ``text``; case and
    # accents are folded per word
    return [Word(_fold_word(m.group()), m.start(), m.end()) for m in _WORD.finditer(text.translate(_FOLD))]


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return _strip_accents(unicodedata.normalize("NFKC", word).casefold()).replace(".", "")


def norm_words(text: str) -> list[str]:
    """Only the folded words of ``text``."""
    return [w.norm for w in words(text)]


@lru_cache(maxsize=None)
def stop_words() -> frozenset[str]:
    """Function words of the languages searchidx knows, folded: left out of candidate retrieval."""
    from whoosh.lang import stopwords_for_language

    from .. import lang as _lang

    out: set[str] = set()
    for code, language in _lang.LANGUAGES.items():
        if language.analyzer_lang:
            try:
                out |= {_fold_word(w) for w in stopwords_for_language(language.analyzer_lang)}
            except Exception:  # a language whoosh has no list for
                pass
    return frozenset(out)


def content_words(text: str) -> list[str]:
    """The folded words of ``text`` without stop words (all words if every one is a stop word),
    each once, in order."""
    ws = list(dict.fromkeys(norm_words(text)))
    content = [w for w in ws if w not in stop_words()]
    return content or ws
