"""What searchidx knows about one language, in one place.

Each supported language has a module in this package defining ``LANGUAGE = Language(...)``;
adding a language means adding one such module (plus tests) and listing it in ``__init__``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Language:
    code: str                                   # ISO 639-1
    name: str
    #: very frequent words that identify the language (used by language detection)
    function_words: frozenset[str] = frozenset()
    #: abbreviations that end with a period but do not end a sentence ("Mr", "dhr", "z.B")
    abbreviations: frozenset[str] = frozenset()
    #: stemmer/stop-list language for the search analyzer (a whoosh.lang code), "" for none
    analyzer_lang: str = ""

    # --- quotation knowledge (used by searchidx.quotes) ---------------------------------
    #: speech verbs and cue words, lower-case, inflected forms listed ("said", "says", "told")
    speech_verbs: frozenset[str] = frozenset()
    #: subject pronouns that can stand for a speaker, mapped to "person", "group" or "any"
    pronouns: dict[str, str] = field(default_factory=dict)
    #: titles and honorifics that precede names ("Mr", "minister", "Frau")
    titles: frozenset[str] = frozenset()
    #: phrases that introduce a source before or after a quotation ("according to", "volgens")
    according_to: tuple[str, ...] = ()
    #: words that start a noun phrase (articles, determiners), lower-case
    determiners: frozenset[str] = frozenset()
    #: any further rule data a quotation module needs, by name
    extra: dict[str, object] = field(default_factory=dict)
