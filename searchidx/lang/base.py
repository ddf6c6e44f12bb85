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
    #: the quotation marks this language prefers, as (opening, closing) pairs; any mark is still
    #: recognised, these only break ties for marks that could open or close
    quote_pairs: tuple[tuple[str, str], ...] = ()
    #: words written with a leading apostrophe that is not a quote mark ("t" for ’t, "s" for ’s-Hertogenbosch)
    elisions: frozenset[str] = frozenset()
    #: lower-case words inside names ("van", "von", "de", "al")
    name_particles: frozenset[str] = frozenset()
    #: words that join a noun phrase to a following one inside a speaker ("of", "for", "van", "des")
    np_connectors: frozenset[str] = frozenset()
    #: words that join two noun phrases into one speaker ("and", "en", "und", "et")
    conjunctions: frozenset[str] = frozenset()
    #: prepositions: a noun phrase right after one is no subject ("in a statement", "in een verklaring")
    prepositions: frozenset[str] = frozenset()
    #: words that end a speaker noun phrase (prepositions, adverbs, auxiliaries, relative pronouns)
    np_stops: frozenset[str] = frozenset()
    #: words that may stand between a speech verb and the quotation ("that", "dat", "dass", "que")
    complementizers: frozenset[str] = frozenset()
    #: auxiliaries/adverbs that may stand between speaker and speech verb ("has", "also", "heeft")
    verb_fillers: frozenset[str] = frozenset()
    #: cue words that attribute only right after a quotation (", aldus X", ", so X")
    post_cues: frozenset[str] = frozenset()
    #: words just before a quotation that make it a name, title or scare quote ("so-called", "dubbed")
    naming_words: frozenset[str] = frozenset()
    #: words that tell a speaker's gender: {"she": "f", "mrs": "f", "spokesman": "m"}
    gender_words: dict[str, str] = field(default_factory=dict)
    #: endings of compound role nouns that work like titles ("sprecher" in "Regierungssprecher")
    title_suffixes: tuple[str, ...] = ()
    #: dashes that sign a quotation with its speaker's name ("“…” ― Maria Lopez"); typographic, so
    #: shared by all languages ("--" is two "-" tokens)
    signature_dashes: frozenset[str] = frozenset("―—–-")
    #: any further rule data a quotation module needs, by name
    extra: dict[str, object] = field(default_factory=dict)
