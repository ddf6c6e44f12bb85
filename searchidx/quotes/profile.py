"""The quotation knowledge of one language (``searchidx.lang``), prepared once for fast lookup."""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import lang as _lang
from ..lang import Language


class Profile:
    """Sets and compiled patterns derived from a :class:`Language`; one instance per language."""

    def __init__(self, language: Language):
        L = language
        self.lang = L
        # ``is_title(low)``: a call in C for a word seen before (the rules ask it many times a word)
        self._title_memo = _Memo(self._is_title, 100_000)
        self.is_title = self._title_memo.__getitem__
        self.code = L.code
        self.verbs = L.speech_verbs
        self.pronouns = L.pronouns
        self.titles = L.titles
        self.title_suffixes = tuple(L.title_suffixes)
        self.dets = L.determiners
        self.particles = L.name_particles
        self.connectors = L.np_connectors
        self.conj = L.conjunctions
        self.preps = L.prepositions - L.np_connectors
        self.stops = (L.np_stops | L.prepositions) - L.np_connectors - L.determiners - L.conjunctions
        self.comps = L.complementizers
        self.fillers = L.verb_fillers
        self.post_cues = L.post_cues
        self.naming = L.naming_words
        self.gender = L.gender_words
        self.abbrev = L.abbreviations
        # "according to" phrases as token tuples, longest first
        self.according = sorted((tuple(p.lower().split()) for p in L.according_to), key=len, reverse=True)
        self.according_first = frozenset(p[0] for p in self.according)
        # a capitalised word of these opens no name ("The", "He", "Für", "According", "And")
        self.not_name_start = self.dets | self.stops | frozenset(self.pronouns) | self.connectors \
            | self.according_first | self.conj
        self.postpositions = frozenset(L.extra.get("postpositions", ()))  # "dem Bericht zufolge"
        # nouns of a view or an account that make a preposition a source ("nach seiner Ansicht",
        # "seiner Ansicht nach"), and possessives that stand for their owner there ("seiner" → "er")
        self.source_nouns = frozenset(L.extra.get("source_nouns", ()))
        self.source_adpositions = frozenset(L.extra.get("source_adpositions", ()))
        self.possessives = dict(L.extra.get("possessive_pronouns", {}))
        # "mit den Worten „…“": a quotation given as someone's words, never a title
        self.words_phrases = [tuple(w.split()) for w in L.extra.get("words_phrases", ())]
        self.known_as = sorted((tuple(p.split()) for p in L.extra.get("known_as", ())), key=len, reverse=True)
        self.auxiliaries = frozenset(L.extra.get("auxiliaries", ()))      # "a déclaré", "heeft gezegd"
        clitic = L.extra.get("clitic_re")
        self.clitic_re = regex.compile(clitic) if clitic else None          # "a-t-il", "déclare-t-elle"
        self.participles = frozenset(L.extra.get("participles", ()))     # "saying", "adding"
        # pronouns of one gender, as written in lower case and capitalised ("he", "He": ``coref``
        # learns a name's gender from them)
        gendered = L.extra.get("gendered_pronouns", {})
        self.gendered_spellings = {**gendered, **{w.capitalize(): g for w, g in gendered.items()}}
        self.subjunctive = frozenset(L.extra.get("subjunctive", ()))      # "sei", "habe": reported speech
        self.anaphoric = frozenset(L.extra.get("anaphoric_cues", ()))     # "Das erklärte X", "That's what X said"
        parts = "|".join(sorted((regex.escape(x) for x in L.name_particles), key=len, reverse=True)) or "(?!)"
        word = r"\p{Lu}[\p{L}\p{M}’'\-]*\.?"
        self.name_run_re = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}]){word}(?:[ \t]+(?:(?:{parts})[ \t]+)*{word})+")
        self.noun_markers = frozenset(L.extra.get("noun_markers", ()))    # "the report", "her remark"
        self.possessive_s = bool(L.extra.get("possessive_s", False))      # "Trump’s comments"
        self.v2_subject_start = frozenset(L.extra.get("v2_subject_start", ()))   # "der", "die", "ein"
        self.non_nominative = frozenset(L.extra.get("non_nominative", ()))  # "den", "dem": no subject
        self.noun_caps = bool(L.extra.get("noun_caps", False))            # German capitalises nouns
        self.adverb_suffixes = tuple(L.extra.get("adverb_suffixes", ()))  # "erroneously called"
        # a title-like quotation takes a speech verb anywhere in its sentence and the speaker of an
        # earlier quotation there (German corpora mark every quoted run inside reported speech)
        self.title_speech = bool(L.extra.get("title_in_speech", False))
        self.v2_finite = frozenset(L.extra.get("v2_finite", ()))   # "So hatte der Minister …": finite auxiliaries
        self.object_speaker_verbs = frozenset(L.extra.get("object_speaker_verbs", ()))  # "zitiert X mit …"
        self.passive_aux = frozenset(L.extra.get("passive_aux", ()))      # "werden von X … bezeichnet"
        self.agent_preps = frozenset(L.extra.get("agent_preps", ()))
        self.np_openers = frozenset(L.extra.get("np_openers", ()))        # "deren Sprecherin X"
        self.attributive = frozenset(L.extra.get("attributive_stops", ()))  # "a Wednesday statement"
        self.name_stops = frozenset(L.extra.get("name_stops", ()))      # "USA Today"
        self.as_cues = frozenset(L.extra.get("as_cues", ()))              # "wie X berichtete"
        # "gegenüber dem „Tagesspiegel“", "sagte der „Zeitung“": a medium or addressee, not a quotation
        self.definite = frozenset(L.extra.get("medium_articles", ()))
        self.medium_preps = frozenset(L.extra.get("medium_preps", ()))
        self.expletive_verbs = frozenset(L.extra.get("expletive_verbs", ()))  # "heißt es" only
        self.cap_adverb_suffixes = tuple(L.extra.get("cap_adverb_suffixes", ()))  # "Relativierend"
        self.opinion_preps = frozenset(L.extra.get("opinion_preps", ()))  # "Für X ist die Lage …"
        self.nominative_pronouns = frozenset(L.extra.get("nominative_pronouns", ()))  # "er", "wir"
        self.expletives = frozenset(L.extra.get("expletives", ()))       # "heißt es": no speaker
        self.v2 = bool(L.extra.get("verb_second", False))                  # Dutch/German word order
        self.aux_participle = bool(L.extra.get("aux_participle_subject", False))  # "X hatte … betont"

    def _is_title(self, low: str) -> bool:
        """``low`` is a title or role word ("minister", "spokeswoman", "Vize-Kanzlerin")."""
        part = low.rsplit("-", 1)[-1]
        return low in self.titles or part in self.titles or (
            bool(self.title_suffixes) and part.endswith(self.title_suffixes)    # one C call first
            and any(part.endswith(s) and len(part) > len(s) + 2 for s in self.title_suffixes))

    def gender_of(self, low: str) -> str | None:
        g = self.gender.get(low)
        if g:
            return g
        part = low.rsplit("-", 1)[-1]
        g = self.gender.get(part)
        if g:
            return g
        for suffix, g in self.lang.extra.get("gender_suffixes", ()):
            if part.endswith(suffix) and self.is_title(part):
                return g
        return None


class _Memo(dict):
    """Answers of ``fn`` by key, computed on the first ask (and kept while fewer than ``limit``)."""

    __slots__ = ("fn", "limit")

    def __init__(self, fn, limit: int):
        super().__init__()
        self.fn, self.limit = fn, limit

    def __missing__(self, key):
        r = self.fn(key)
        if len(self) < self.limit:
            self[key] = r
        return r


@lru_cache(maxsize=None)
def profile(code: str | None) -> Profile:
    return Profile(_lang.get(code))
