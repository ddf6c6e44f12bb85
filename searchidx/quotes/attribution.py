"""Cue and speaker finding: which speech verb or cue phrase attributes a quotation, and to whom.

The rules look only at the attribution clause — the words between the quotation and the nearest
sentence end, paragraph end or other quotation — never inside quotations. In order:

* ``according-to``       "according to X" / "volgens X" / "laut X" / "selon X" / "X zufolge"
* ``post-cue``           right after the quote: ", aldus X" / ", so X"
* ``post-verb-speaker``  right after the quote: ", said Jansen" / ", zei hij" / ", a déclaré X"
* ``post-speaker-verb``  right after the quote: ", Jansen said" / ", de VS State Department zei"
* ``final-cue``          English (in the pipeline): a cue closing the quotation's sentence further on:
  "“…” by the shooting at the club, Nefzi said in a statement."
* ``according-outer``    English: a reporting source closing the attribution clause: "“…,” Sanders
  said, according to CNN" (the source PolNeAR names)
* ``pre-speaker-verb``   right before: "Okafor said: “" / "He added, “" / "Jansen told reporters: “"
* ``pre-verb-speaker``   right before, verb-second order: "erkenden de deelnemende landen “" /
  "Daarom zei Jansen: „"
* ``passive-agent``      English: the agent of a passive question: "X was asked by Y, “…”"
* ``possessive-content`` English (in the pipeline, when no cue rule fires): the owner of words a noun
  names: "his promise to be “…”", "Obama’s “…” promise"
* ``sentence-verb``      a speech verb elsewhere in the quote's sentence and its subject
  ("Jansen called the plan “a disaster”", "en noemden ze principes om “…”")

German only (switched on by ``Language.extra`` keys of ``lang/de.py``):

* ``words-phrase``  "X lobte das Team mit den Worten „…“", "„…“ Mit diesen Worten eröffnete X …"
* ``clause-verb``   a cue closing a subordinate clause: "Während X von einem „…“ sprach, …"
* ``attributive``   a speech participle as an adjective: "die von X als „…“ bezeichneten Pläne"
* ``speech-noun``   "Kritik kam von X: „…“"
* ``parenthesis``   (in the pipeline) "X („…“) und Y („…“)"
"""
from __future__ import annotations

from dataclasses import dataclass

from .mentions import Mention, _name_after_comma, classify, np_after, np_before
from .profile import Profile
from .tokens import Tok

_DASHES = {",", "—", "–", "-", "…", ":"}


@dataclass
class Attribution:
    mention: Mention | None     # None only from ``attributive_cue``: no speaker, and no other rule either
    cue: str
    rule: str
    verb: int = -1          # token index of the cue verb, when a verb is the cue


def according_at(toks: list[Tok], i: int, hi: int, P: Profile) -> int:
    """Length (in tokens) of an "according to" phrase starting at ``i``, else 0."""
    if toks[i].low not in P.according_first:
        return 0
    for phrase in P.according:
        n = len(phrase)
        if i + n <= hi and all(toks[i + q].low == phrase[q] for q in range(n)):
            return n
    if toks[i].low in P.source_adpositions:
        # "nach seiner Ansicht", "nach offiziellen Angaben", "nach Schäubles Idee": the preposition,
        # up to two words (article, possessive, adjective, genitive name), then a noun of a view
        for q in range(i + 1, min(hi, i + 4)):
            t = toks[q]
            if t.cap and (t.low in P.source_nouns or t.low in P.lang.extra.get("source_documents", ())):
                return q - i + 1
            if not t.word or t.low in P.stops or t.low in P.preps or t.low in P.verbs:
                break
    return 0


def _source_postposition(toks: list[Tok], i: int, lo: int, P: Profile) -> bool:
    """``toks[i]`` closes a source phrase: "dem Bericht zufolge", "seiner Ansicht nach"."""
    t = toks[i]
    if t.low in P.lang.extra.get("split_postpositions", {}) and i - 1 > lo \
            and toks[i - 1].low == P.lang.extra["split_postpositions"][t.low]:
        return True       # the older spelling "Gerüchten zu Folge"
    return t.low in P.postpositions or (
        t.low in P.source_adpositions and i - 1 >= lo and toks[i - 1].cap and toks[i - 1].low in P.source_nouns)


def _source_with_pp(toks: list[Tok], i: int, lo: int, P: Profile) -> Mention | None:
    """The phrase before the postposition at ``i`` has a prepositional phrase after its noun of
    information: "Ersten Angaben vom gestrigen Mittwoch zufolge", "Informationen aus
    Regierungskreisen zufolge" — the whole phrase is the source."""
    nouns = P.lang.extra.get("report_nouns", ())
    for p in range(i - 2, max(lo, i - 7), -1):
        if toks[p].text in ",.;:" or _is_quote_tok(toks[p]):
            return None
        if (toks[p].low in P.preps or toks[p].low in P.agent_preps) and p - 1 >= lo and toks[p - 1].cap \
                and toks[p - 1].low.endswith(nouns):
            head = np_before(toks, p, lo, P)
            if head is None or head.after_prep or head.kind == "pronoun":
                return None
            return Mention(head.i, i, "body")
    return None


def _source_owner(toks: list[Tok], i: int, j: int, P: Profile) -> Mention | None:
    """Whose view a source phrase ``[i, j)`` without a genitive gives: a possessive ("nach seiner
    Ansicht", "ihrer Meinung nach") stands for its owner; else the phrase itself ("nach israelischen
    Angaben"); "nach eigenen Angaben" is the sentence subject's, for the other rules."""
    if not (i < j and toks[j - 1].low in P.source_nouns):
        return None
    for q in range(i, j - 1):
        if toks[q].low in P.possessives:
            return Mention(q, q + 1, "pronoun")
        if toks[q].low.startswith("eigen"):
            return None
    if toks[i].low in P.dets:
        return None       # "nach der Einschätzung" names nobody without its genitive
    return Mention(i, j, "body")


def possessive_owner(toks: list[Tok], m: Mention, P: Profile) -> Mention | None:
    """``m`` is a possessive and a noun that is no role ("Seine Antwort", "Ihre Zuversicht"): its owner,
    the possessive as a pronoun, speaks."""
    if m.kind == "body" and m.j - m.i == 2 and toks[m.i].low in P.possessives and toks[m.i + 1].cap \
            and not P.is_title(toks[m.i + 1].low):
        return Mention(m.i, m.i + 1, "pronoun")
    return None


def according_np(toks: list[Tok], i: int, k: int, hi: int, P: Profile) -> Mention | None:
    """The source of an "according to" phrase of ``k`` tokens at ``i``: whose view it gives, or the
    text it gives ("nach dem Artikel 5 des Vertrags": the article itself)."""
    if k > 1 and toks[i + k - 1].low in P.lang.extra.get("source_documents", ()):
        return np_after(toks, i + 1, hi, P)
    return np_after(toks, i + k, hi, P) or _source_owner(toks, i + 1, i + k, P)


def _as_clause(toks: list[Tok], i: int, hi: int, P: Profile) -> Attribution | None:
    """A source clause "wie X berichtete" / "wie die Polizei mitteilte" starting at ``i``."""
    if toks[i].low not in P.as_cues:
        return None
    rel = P.lang.extra.get("relative_cue_pronouns", ())
    end = min(hi, i + 16)
    v = i + 1
    while v + 1 < end:
        v += 1
        t = toks[v]
        if t.text == "," and rel and v + 1 < hi and toks[v + 1].low in rel:
            # "Wie X, der … anwesend war, feststellt": a relative clause between the source and its verb
            # (a period in it ends no sentence: the window stops at sentence ends; "am 20. August")
            c = next((q for q in range(v + 2, min(hi, v + 40)) if toks[q].text in ",;:!?" or _is_quote_tok(toks[q])),
                     -1)
            if c < 0 or toks[c].text != ",":
                return None
            end = min(hi, end + c - v + 1)
            v = c       # (the loop goes on after the comma that closes the clause)
            continue
        if t.text in ",.;:!?" or _is_quote_tok(t):
            return None
        inverted = P.lang.extra.get("as_cue_inverted", ())
        if inverted and t.low in P.verbs and not t.cap \
                and all(toks[q].low in inverted or toks[q].low in P.auxiliaries for q in range(i + 1, v)):
            # French "comme le souligne X", "comme l’a rappelé X": only an object clitic (no article)
            # and an auxiliary stand before the verb, and the subject follows it
            m = np_after(toks, _skip_fillers(toks, v + 1, hi, P, 2), hi, P)
            if m is not None and m.kind != "pronoun" and not m.after_prep:
                return Attribution(m, t.text, "as-clause", v)
            return None
        objs = P.lang.extra.get("as_clause_objects", ())
        if _is_verb(toks, v, P) or (objs and t.low in P.verbs and toks[v - 1].low in objs):
            w = v
            while objs and w - 1 > i + 1 and (toks[w - 1].low in objs or toks[w - 1].low in P.fillers):
                w -= 1    # "zoals Mulder het al zegt": an object pronoun (no article) and adverbs before the verb
            m = np_after(toks, i + 1, w, P)
            if m is not None and m.kind != "pronoun" and not m.after_prep:
                return Attribution(m, t.text, "as-clause", v)
            if m is not None and m.kind == "pronoun" and toks[m.i].low in P.expletives and t.low in P.expletive_verbs:
                # "Wie es in einer Mitteilung hieß, …": the document speaks
                return expletive_source(toks, Attribution(m, t.text, "as-clause", v), m.j, v + 1, P)
            return None
    return None


def _subject_ok(m: Mention | None) -> bool:
    return m is not None and not m.after_prep


def _skip_fillers(toks: list[Tok], i: int, hi: int, P: Profile, limit: int = 3) -> int:
    n = 0
    while i < hi and n < limit and (toks[i].low in P.fillers or toks[i].low in P.auxiliaries):
        i += 1
        n += 1
    return i


def _skip_fillers_back(toks: list[Tok], k: int, lo: int, P: Profile, limit: int = 3) -> int:
    """``k`` is an exclusive end; step back over fillers ("has also said"), and over a manner adverb
    ("she erroneously called", "Trump angrily said") that no article or possessive turns into a
    noun ("the family said")."""
    n = 0
    while k - 1 >= lo and n < limit:
        t = toks[k - 1]
        if not (t.low in P.fillers or t.low in P.auxiliaries or (
                P.adverb_suffixes and t.word and not t.cap and t.low.endswith(P.adverb_suffixes)
                and t.low not in P.verbs and k - 2 >= lo and toks[k - 2].low not in P.dets
                and toks[k - 2].low not in P.noun_markers and not toks[k - 2].low.endswith(("’s", "'s")))):
            break
        k -= 1
        n += 1
    return k


def _mention_end(m: Mention) -> int:
    return max(m.j, m.appos[1] if m.appos else 0)


def _is_verb(toks: list[Tok], v: int, P: Profile) -> bool:
    """``toks[v]`` is a speech verb: a capitalised word is none ("United States", "Washington Post"),
    nor is a form after an article or possessive, which is a noun ("Trump’s comments “…”",
    "the report", "her remark that")."""
    t = toks[v]
    if not (t.word and t.low in P.verbs):
        return False
    if t.cap and not (t.low in P.lang.extra.get("inverted_openers", ())
                      and (v == 0 or toks[v - 1].text in ".!?\n" or toks[v - 1].end < t.start - 1)):
        return False      # capitalised: a name ("Washington Post"), unless "Said Jansen, “…”" opens a sentence
    passive = P.lang.extra.get("passive_be")
    if passive and v > 0 and toks[v - 1].low in passive and not t.low.endswith("ing"):
        return False      # "the aide was charged with", "she was asked": passive, its subject does not speak
    if v > 0 and t.low in P.lang.extra.get("mostly_nouns", ()):
        p = toks[v - 1]
        if not (p.low in P.pronouns or p.low in P.fillers or p.low in P.auxiliaries or p.low == "to"
                or p.low in P.lang.extra.get("relative_pronouns", ()) or (p.cap and p.word)
                or (p.word and p.low.endswith(("s", "ly")))):
            return False  # "the nation’s largest state", "eliminating state money": a noun
    if t.low in P.lang.extra.get("naming_verbs", ()) and v > 0 and toks[v - 1].word \
            and toks[v - 1].low not in P.pronouns and _names_subject(toks, v, P):
        return False      # "A warm-up band called Sophistafunk got the crowd …": a name given, no cue
    particle = P.lang.extra.get("particle_verbs", {}).get(t.low)
    if particle and not (v + 1 < len(toks) and toks[v + 1].low == particle):
        return False      # "as Jansen put it", "Trump shot back", not "put the plan on hold"
    final = P.lang.extra.get("final_particles", {}).get(t.low)
    if final and _final_particle(toks, v, final, P.conj):
        return False      # "X stellte das Modell „Y“ vor": a separable verb that says nothing
    needed = P.lang.extra.get("required_particles", {}).get(t.low)
    if needed and not _final_particle(toks, v, needed, P.conj):
        return False      # "hob … hervor" cites, "hob die Hand" does not
    if v > 0 and P.noun_markers:
        p = toks[v - 1]
        if p.low in P.noun_markers or (P.possessive_s and p.low.endswith(("’s", "'s")) and p.low not in P.pronouns):
            return False
        if p.low in P.dets and p.low not in P.comps and p.low != "this" and not p.cap and not (
                p.low in P.lang.extra.get("pronominal_dets", ()) and t.low in P.lang.extra.get("inverted_openers", ())):
            return False  # "at one point", "two remarks", "some claims": a noun after a determiner
            #               (but "another said", "one wrote": the determiner stands alone as the subject)
        singular = P.lang.extra.get("singular_articles", ())
        singular_past = P.lang.extra.get("past_like_base", ())
        a = v - 2
        if a > 0 and toks[a].word and not toks[a].cap and toks[a].low not in P.dets and toks[a].low not in P.verbs \
                and toks[a].low not in P.stops and toks[a].low not in P.pronouns and toks[a].low not in P.fillers \
                and p.low not in P.pronouns and p.low not in P.fillers and toks[a - 1].low in singular:
            a -= 1          # "a plutonian belly laugh": two words between
        if singular and v > 1 and toks[a].low in singular and p.word and (not p.cap or a == v - 2) \
                and p.low not in P.dets \
                and not p.low.endswith("s") and not t.low.endswith("s") and t.low not in singular_past \
                and (t.low + "s" in P.verbs or t.low + "es" in P.verbs):
            return False  # "a snappy retort", "the caustic chant": a base form after a singular phrase is a noun
    return True


def _names_subject(toks: list[Tok], v: int, P: Profile) -> bool:
    """The naming verb at ``v`` gives a name to the phrase before it, and a finite verb follows the
    name: "a band called Sophistafunk got …", "a super PAC called Future 45 ran …"."""
    q = v + 1
    while q < len(toks) and q - v <= 4 and (toks[q].cap or toks[q].text[0].isdigit()) and toks[q].word:
        if toks[q].low.endswith(("’s", "'s")):
            return False    # ("called AP’s report a “…”": the name owns the object)
        q += 1
    return q > v + 1 and q < len(toks) and toks[q].word and not toks[q].cap and toks[q].low not in P.preps \
        and toks[q].low not in P.connectors and toks[q].low not in P.conj and toks[q].low not in P.dets \
        and toks[q].low not in P.comps and not toks[q].low.endswith("ing")


def _final_particle(toks: list[Tok], v: int, particles: tuple[str, ...], joiners=frozenset(),
                    limit: int = 40) -> bool:
    """A separable particle of ``particles`` closes the clause of the verb at ``v`` (a particle, not a
    preposition, stands before punctuation or a conjunction joining the next verb: "stellte … die neue
    CD vor:", "stellte … „X“ vor.", "gab dem Druck nach und bat …")."""
    n = len(toks)
    for q in range(v + 1, min(n - 1, v + limit)):
        t = toks[q]
        if t.text in ".!?:;" and not (t.text == "." and toks[q - 1].text[0].isdigit()):
            return False    # (the period of an ordinal, "am 23. August", ends nothing)
        if t.low in particles and (toks[q + 1].text in ".!?:;," or (
                toks[q + 1].low in joiners and q + 2 < n and not toks[q + 2].cap)):
            return True
    return False


def _verb_like(toks: list[Tok], e: int, hi: int, P: Profile) -> bool:
    """The token at ``e`` can be the finite verb after a subject: a lower-case word that is no
    preposition, conjunction, article or complementizer ("hatte", "würdigte", "criticized")."""
    if e >= hi:
        return False
    t = toks[e]
    return t.word and not t.cap and t.low not in P.preps and t.low not in P.conj and t.low not in P.dets \
        and t.low not in P.comps


def _verb_follows(toks: list[Tok], e: int, hi: int, P: Profile) -> bool:
    """A finite verb follows the subject ending at ``e``, after auxiliaries and fillers and one
    manner or time adverb ("has since apologized", "have similarly discounted", "angrily said")."""
    return _verb_at(toks, e, hi, P) >= 0


def _verb_at(toks: list[Tok], e: int, hi: int, P: Profile) -> int:
    """The position of the verb ``_verb_follows`` finds, else -1."""
    a = _skip_fillers(toks, e, hi, P, 3)
    times = P.lang.extra.get("time_words", ())
    if a < hi and toks[a].low in times:
        # "Priebus later Thursday told"
        while a < hi and toks[a].low in times:
            a += 1
        a = _skip_fillers(toks, a, hi, P, 2)
    if _verb_like(toks, a, hi, P) and toks[a].low not in P.lang.extra.get("after_aux_adverbs", ()):
        return a
    if a < hi and toks[a].word and not toks[a].cap and toks[a].low not in P.verbs and (
            (P.adverb_suffixes and toks[a].low.endswith(P.adverb_suffixes))
            or (a > e and toks[a].low in P.lang.extra.get("after_aux_adverbs", ()))):
        return a + 1 if _verb_like(toks, a + 1, hi, P) else -1
    return -1


_APPOS = {",": ",", "—": "—", "–": "–", "-": "-", "(": ")"}


def _skip_appositions(toks: list[Tok], e: int, hi: int, P: Profile) -> int:
    """Past what stands between a subject and its verb: a parenthesis ("Bernie Sanders (I-Vt.)"),
    up to three appositions between commas or dashes ("Geoff Garin, a pollster who …, a PAC, said",
    "Jason Sims — a teacher — says") and a time phrase ("on Saturday", "last week")."""
    for _ in range(3):
        if e >= hi or toks[e].text not in _APPOS:
            break
        close = _APPOS[toks[e].text]
        c = e + 1
        while c < hi and toks[c].text == close != ",":
            c += 1        # "--"
        while c < hi and toks[c].text != close and (close != "," or toks[c].text not in "—–") and c - e < 25:
            c += 1
        if c >= hi:
            v = _unclosed_apposition(toks, e, hi, P) if close == "," else -1
            if v > 0:
                return v      # "Tom Berg, the director of the union said": the closing comma is missing
            break
        nxt = c + 1
        while nxt < hi and (toks[nxt].text == "-" or (close == "," and _is_quote_tok(toks[nxt]))):
            nxt += 1      # (also the closing mark of a title that ends the apposition: ", star of “Harbour,” said")
        if _verb_follows(toks, nxt, hi, P):
            return nxt
        e = c if toks[c].text == "," else nxt
    t0 = e + 1 if e < hi and toks[e].text == "," else e   # "the spokesman, Peter Okafor, on Monday …"
    f = _skip_time(toks, t0, hi, P)
    if f > t0 and _verb_follows(toks, f, hi, P):
        return f
    return e


def _unclosed_apposition(toks: list[Tok], e: int, hi: int, P: Profile) -> int:
    """The speech verb right after a noun phrase in apposition after the comma at ``e`` that no comma
    closes ("Tom Berg, the director of the union said"), else -1. English."""
    if not P.lang.extra.get("unclosed_apposition") or e + 1 >= hi or not (
            toks[e + 1].low in P.dets or P.is_title(toks[e + 1].low)):
        return -1
    m = np_after(toks, e + 1, hi, P)
    if m is None or m.kind not in ("description", "body") or m.j - m.i < 2:
        return -1
    v = _skip_fillers(toks, m.j, hi, P, 2)
    return v if v < hi and _is_verb(toks, v, P) else -1


def _skip_time(toks: list[Tok], t0: int, hi: int, P: Profile) -> int:
    """Past a time phrase at ``t0`` ("on Monday", "last week", "Friday"), else ``t0``."""
    times = P.lang.extra.get("time_words", ())
    f = t0
    if t0 + 1 < hi and (toks[t0].low in ("on", "last", "this", "earlier") and
                        (toks[t0 + 1].cap or toks[t0 + 1].low in times)):
        f = t0 + 2
    while f < hi and f - t0 < 4 and toks[f].low in times:
        f += 1
    return f


def sentence_subject(toks: list[Tok], lo: int, hi: int, P: Profile) -> Mention | None:
    """The subject of the sentence ``[lo, hi)``: its first noun phrase that a verb follows, after a
    fronted phrase ("In response to the plan, Hillary Clinton’s aide rallied supporters, saying")."""
    starts = [lo]
    if lo < hi and (toks[lo].low in P.preps or toks[lo].low in P.stops or toks[lo].low in P.comps
                    or toks[lo].low in P.lang.extra.get("fronting_connectors", ()) or toks[lo].low in P.opinion_preps) \
            and toks[lo].low not in P.pronouns:
        starts = [c + 1 for c in range(lo, min(hi, lo + 30)) if toks[c].text == ","][:1 if P.v2 else 3]
        if P.v2 and starts and starts[0] < hi and (toks[starts[0]].low in P.comps or toks[starts[0]].low in
                                                   P.lang.extra.get("subordinators", ())):
            starts = []     # "In dem Interview sagte er, dass X …": a subordinate clause after the comma
        if not P.v2 and toks[lo].low not in P.preps and toks[lo].low not in P.comps:
            starts.append(lo)     # "Then he cut into Bush, calling him …": an adverb before the subject
    elif not P.v2:
        # "At the time, she released …", "Speaking at a town hall in Salem, New Hampshire, Trump
        # went …": a fronted phrase the word lists do not know ends at one of its commas
        commas = [c for c in range(lo, min(hi, lo + 30)) if toks[c].text == ","][:3]
        if lo < hi and toks[lo].cap and (toks[lo].low.endswith(P.lang.extra.get("gerund_suffix", "\0")) or (
                toks[lo].low.endswith(P.lang.extra.get("past_participle_suffix", "\0")) and lo + 1 < hi
                and (toks[lo + 1].low in P.preps or toks[lo + 1].low in P.connectors))):
            starts = []     # (also a participle clause in the past: "Preceded at the lectern by X, …, Trump …")
            if toks[lo].low.endswith(P.lang.extra.get("past_participle_suffix", "\0")):
                commas.reverse()    # (its agent may have an apposition: the subject follows the last comma)
        else:
            commas = [c for c in commas if c - lo < 12][:1]
        starts.extend(c + 1 for c in commas)
    for s in starts:
        n = 0
        while s < hi and n < 2 and toks[s].word and (toks[s].low in P.conj or toks[s].low in P.stops) \
                and toks[s].low not in P.pronouns:
            s += 1
            n += 1
        m = np_after(toks, s, hi, P)
        if m is None or m.after_prep or toks[m.i].low in P.non_nominative:
            continue      # "Den Flüchtlingen sicherte …": an object first, the subject follows the verb
        if not toks[m.i].cap and toks[m.i].low.endswith(P.lang.extra.get("gerund_suffix", "\0")):
            continue      # "after remaining neutral …": a gerund is no subject
        if not P.v2 and m.j - m.i == 1 and toks[m.i].low in P.verbs and P.lang.extra.get("gerund_suffix"):
            continue      # "Asked what that meant, she said": a participle opening the sentence
        e = _mention_end(m)
        if e < hi and toks[e].text == "," and _verb_like(toks, e + 1, hi, P) and (
                (m.appos and m.appos[1] < m.i) or (m.kind == "name" and s > lo and toks[s - 1].text == ",")):
            e += 1        # "Der Leiter der Studie, Paulo Pinheiro, sieht …": the apposition's closing comma
        elif e < hi and toks[e].text == "," and P.v2:
            c = e + 1
            while c < hi and toks[c].text != "," and c - e < 16:
                c += 1
            if c < hi:
                e = c + 1
            if P.lang.extra.get("long_appositions") and not _verb_like(toks, e, hi, P):
                # "Sadiq Khan, eines der Mitglieder, die den Brief unterschrieben, verurteilte"
                e0 = e
                for _ in range(2):
                    if not (toks[e - 1].text == "," and e < hi and toks[e].low in P.dets):
                        break     # (each part an apposition or relative clause: ", eines der …", ", die …")
                    c = e
                    while c < hi and toks[c].text != "," and not _is_quote_tok(toks[c]) and c - e < 16:
                        c += 1
                    if c >= hi or toks[c].text != ",":
                        break
                    e = c + 1
                    if _verb_like(toks, e, hi, P):
                        break
                if not _verb_like(toks, e, hi, P):
                    e = e0
        elif not P.v2:
            e0 = e
            e = _skip_appositions(toks, e, hi, P)
            if e0 + 2 < hi and toks[e0].text == "," and toks[e0 + 1].low in P.lang.extra.get("relative_pronouns", ()) \
                    and not any(toks[q].text in ",;:—–" for q in range(e0 + 2, hi)) and m.kind != "pronoun":
                return m      # "Trump, who has styled himself the “…”": the quotation is in its relative clause
            if m.kind in ("description", "body") and e > e0 + 1 and toks[e0].text == ",":
                nm = _name_after_comma(toks, e0, hi, P)
                if nm is not None and nm[1] < hi and toks[nm[1]].text == "," and _verb_follows(toks, e, hi, P):
                    # "the vice-president for transport, Bruno Lefort, said": the name in apposition
                    return Mention(nm[0], nm[1], "name", nm[0], nm[1], appos=(m.i, m.j))
        if e < hi and toks[e].low in P.preps and toks[hi - 1].text == ":" and m.kind in ("name", "description"):
            # a verbless lead-in to a quotation: "Punklady Nina Hagen zur neuen Heimat: „"
            pm = np_after(toks, e + 1, hi, P)
            if pm is not None and pm.kind != "pronoun" and _mention_end(pm) == hi - 1:
                return m
        if (P.v2 and _verb_like(toks, e, hi, P)) or _verb_follows(toks, e, hi, P):
            if P.v2 and e + 1 < hi and toks[e + 1].low in P.nominative_pronouns and m.kind != "pronoun":
                # "Das Angebot lehnt er ab": a nominative pronoun right after the verb is the
                # subject, the phrase before it the object
                return Mention(e + 1, e + 2, "pronoun")
            return m
        if not P.v2 and not P.noun_caps and m.kind != "pronoun" and not m.appos \
                and e == m.j and m.j - m.i >= 3 and _verb_like(toks, m.j - 1, hi, P) \
                and not P.is_title(toks[m.j - 1].low) and toks[m.j - 2].low not in P.dets:
            # the phrase swallowed its verb: "The billionaire businessman began by talking …"
            m2 = classify(toks, m.i, m.j - 1, P)
            if m2 is not None and m2.kind != "pronoun":
                return m2
        if not P.v2 and not P.noun_caps and m.kind != "pronoun" and not m.appos and e == m.j \
                and P.lang.extra.get("swallowed_past_verbs"):
            # "Netanyahu and other leaders shunned Carter": a past tense after a plural noun ends the phrase
            for q in range(m.i + 2, m.j - 1):
                t = toks[q]
                if t.word and not t.cap and len(t.low) > 4 and t.low.endswith("ed") and toks[q - 1].word \
                        and not toks[q - 1].cap and toks[q - 1].low.endswith("s") \
                        and toks[q - 1].low not in P.dets and not P.is_title(t.low):
                    m2 = classify(toks, m.i, q, P)
                    if m2 is not None and m2.kind != "pronoun":
                        return m2
                    break
    if P.v2:
        m = _v2_subject(toks, lo, hi, P)
        if m is None and starts and starts[0] > lo:
            # a fronted clause, then the finite verb and the subject ("Um Zeit zu gewinnen, will
            # Oettinger …")
            v = starts[0]
            relative = v < hi and toks[v].low in P.lang.extra.get("relative_verb_final", ())
            if relative:
                # "In einem Bericht, der … wurde, rechtfertigte das Ministerium …": past the relative
                # clause of the fronted phrase to the finite verb
                c = next((q for q in range(v + 1, min(hi, v + 20)) if toks[q].text in ",;:"), hi)
                v = c + 1 if c < hi and toks[c].text == "," else hi
            if v < hi and (toks[v].low in P.v2_finite or _is_verb(toks, v, P) or (relative and _verb_like(toks, v, hi, P))):
                a = _skip_fillers(toks, v + 1, hi, P, 2)
                if a < hi and _nominative_start(toks[a], P):
                    m2 = np_after(toks, a, hi, P)
                    if m2 is not None and not m2.after_prep and (m2.kind in ("name", "pronoun", "description") or (
                            relative and m2.kind == "body" and toks[a].low in P.v2_subject_start)):
                        return m2
        return m
    return None


def nearest_clause_subject(toks: list[Tok], lo: int, hi: int, in_quote, P: Profile) -> Mention | None:
    """The subject of the last clause before ``hi`` that a conjunction or subordinator opens after a
    complete clause ("the Post will brand you a liar and NBC News will accuse you of a “…”", "Clinton
    endorsed the deal, although she has “…”"), else None: a quotation belongs to its own clause.
    English."""
    openers = P.lang.extra.get("subordinators", ())
    for k in range(hi - 2, lo, -1):
        t = toks[k]
        if in_quote[k] or t.text in ";:":
            return None
        if not (t.low in openers or (t.low in P.conj and (toks[k - 1].text == "," or _clause_after(toks, k, hi, P)))
                or t.low == "but"):
            continue      # (a bare "and" joins phrases as often as clauses: "European and Gulf allies")
        if t.low in P.conj and k + 1 < hi and toks[k + 1].low in openers:
            continue      # ", and after …": the subordinator after it opens the clause
        if any(toks[q].text == "," for q in range(k + 1, hi)):
            return None     # ("as they competed, as “…”": that clause closed before the quotation)
        s = k + 1
        if s + 1 < hi and (toks[s].low in P.preps or toks[s].low in P.connectors) and toks[s].low not in openers:
            # ", and at one point the crowd …": a short fronted phrase before the subject
            s = next((q for q in range(s + 2, min(hi, s + 6)) if toks[q].low in P.pronouns or (
                toks[q].word and (toks[q].cap or toks[q].low in P.dets) and toks[q - 1].word
                and toks[q - 1].low not in P.dets and not toks[q - 1].cap)), s)
        m = np_after(toks, s, hi, P)
        if m is None or m.after_prep or not (m.kind == "name" or (
                m.kind == "pronoun" and P.pronouns.get(toks[m.i].low) == "person"
                and toks[m.i].low not in P.lang.extra.get("narrator_pronouns", ())) or (
                m.kind in ("description", "body") and m.j - m.i <= 3 and toks[m.i].low in P.dets
                and any(toks[q].low.removesuffix("s") in P.lang.extra.get("speaking_nouns", ())
                        for q in range(m.i + 1, m.j)))):
            return None     # (a person's or a speaking group's clause only: "and the crowd reprised the chant “…”";
            #                 else the sentence subject, as before)
        v = _verb_at(toks, _mention_end(m), hi, P)
        if v < 0 or toks[v].low in P.stops:
            return None     # ("as a former liberal who would …": no clause)
        first = sentence_subject(toks, lo, k, P)
        return m if first is not None and _mention_end(first) < k - 1 else None
    return None


def _clause_after(toks: list[Tok], k: int, hi: int, P: Profile) -> bool:
    """A bare conjunction at ``k`` joins clauses when a person's name and an auxiliary or modal follow
    it ("the Star will brand you a liar and the Evening Post will accuse you of …")."""
    m = np_after(toks, k + 1, hi, P)
    e = _mention_end(m) if m is not None else hi
    return m is not None and m.kind == "name" and e < hi and toks[e].low in P.lang.extra.get("clause_auxiliaries", ()) \
        and toks[k - 1].word and not toks[k - 1].cap    # ("China and Russia have": names joined)


def complement_speaker(toks: list[Tok], lo: int, hi: int, in_quote, P: Profile) -> Mention | None:
    """The speaker inside a "dass" clause before ``hi``: its subject, when a speech verb of the clause
    comes before ``hi`` ("X will wissen, dass Y gefragt habe, was sie „…“": the question is Y's)."""
    asking = P.lang.extra.get("asking_participles", ())
    for k in range(hi - 1, lo, -1):
        if toks[k].low not in P.comps or in_quote[k]:
            continue
        m = np_after(toks, k + 1, hi, P)
        if m is None or m.after_prep or m.kind not in ("name", "pronoun", "description") \
                or toks[m.i].low in P.expletives:
            continue      # ("…, dass Y gefragt habe, ob er „…“": the clause before the "ob")
        if any((toks[q].low in P.verbs or toks[q].low in asking) and not toks[q].cap and not in_quote[q]
               for q in range(m.j, hi)):
            return m
    return None


def _v2_subject(toks: list[Tok], lo: int, hi: int, P: Profile) -> Mention | None:
    """Verb-second order (Dutch, German): a fronted object or adverbial, the finite verb, then the
    subject ("Hier sparte der Bundespräsident nicht mit Kritik", "Dabei griff sie … an",
    "Am Montag forderte das Parlament …"). The subject must look nominative: an article that can
    be one, a pronoun, a title or a known name; a bare noun ("… verbliebenen Flüchtlingen") is no
    subject."""
    for v in range(lo + 1, min(hi - 1, lo + 25)):
        t, prev = toks[v], toks[v - 1]
        if t.text in ",;:" or _is_quote_tok(t):
            return None
        if not t.word or t.cap or t.low in P.dets or t.low in P.preps or t.low in P.conj \
                or t.low in P.comps or (t.low in P.stops and t.low not in P.v2_finite):
            continue
        if not (prev.cap or prev.low in P.stops or prev.text[0].isdigit()):
            continue          # a lower-case word after an article or adjective: no finite verb
        a = _skip_fillers(toks, v + 1, hi, P, 2)
        if a >= hi:
            return None
        first = toks[a]
        if not (first.low in P.v2_subject_start or first.low in P.pronouns or P.is_title(first.low)):
            continue
        m = np_after(toks, a, hi, P)
        if m is not None and not m.after_prep and m.kind != "body":
            return m
    return None


def _is_quote_tok(t: Tok) -> bool:
    return not t.word and t.text in "“”„‟\"«»‹›‚‘’'"


def _passive_agent(toks: list[Tok], v: int, lo: int, P: Profile) -> Mention | None:
    """A passive speech verb: the agent phrase speaks ("Seine Werke werden von Kritikern als „…“
    bezeichnet")."""
    aux = agent = -1
    # the 20 words before the verb outside quotations ("wurde im „X“ als „…, …“ bezeichnet")
    span, inside = [], False
    for q in range(v - 1, lo - 1, -1):
        if len(span) >= 20:
            break
        if _is_quote_tok(toks[q]):
            inside = not inside
        elif not inside:
            span.append(q)
    if inside:
        span = list(range(max(lo, v - 20), v))      # (unbalanced marks: as before)
    for q in sorted(span):
        low = toks[q].low
        if low in P.passive_aux:
            aux = q
        elif low in P.agent_preps and agent < 0 and (aux >= 0 or q == lo or toks[q - 1].text in ",;:"):
            agent = q     # (also fronted before the auxiliary: "Von der Opposition wurde der Plan … genannt")
        elif toks[q].text in ",;:":
            aux = agent = -1
    if aux >= 0 and agent < 0 and P.lang.extra.get("passive_media") and toks[v].low not in P.object_speaker_verbs:
        # no agent, but the medium the words appeared in: "wurde im „Standard“ als „…“ bezeichnet"
        media = P.lang.extra.get("medium_nouns", ())
        for q in range(aux + 1, v - 1):
            if toks[q].low in P.lang.extra.get("medium_in_preps", ()):
                m = np_after(toks, q + 1, v, P)
                if m is not None and (_is_quote_tok(toks[m.i]) or (m.i > 0 and _is_quote_tok(toks[m.i - 1]))
                                      or toks[m.j - 1].low.endswith(media)):
                    return m
    if aux < 0 or agent < 0:
        return None
    m = np_after(toks, agent + 1, v, P)
    if m is None or m.kind == "pronoun":
        return None
    return m


def subject_of(toks: list[Tok], v: int, lo: int, hi: int, P: Profile) -> Mention | None:
    """The subject of the speech verb at ``v``: the phrase before it, else (inversion) after it."""
    if P.aux_participle and toks[v].low in P.object_speaker_verbs:
        # "wird Watzke auf der Seite von X wie folgt zitiert": who is cited speaks, not "von X"
        m = _aux_subject(toks, v, lo, hi, P)
        if m is not None:
            return m
    if P.passive_aux:
        m = _passive_agent(toks, v, lo, P)
        if m is not None:
            return m
    if P.aux_participle:
        m = _aux_subject(toks, v, lo, hi, P)
        if m is not None:
            return m
    k = _skip_fillers_back(toks, v, lo, P)
    if k - 1 > lo and toks[k - 1].low in P.conj and P.lang.extra.get("coordinated_verbs"):
        # "X befand … und nannte den Plan „…“": the verb shares the subject of the first verb; the
        # phrase after it is its object
        m = sentence_subject(toks, lo, k - 1, P)
        return m if _subject_ok(m) else None
    m = np_before(toks, k, lo, P) or _relative_subject(toks, k, lo, P)
    if m is not None and all(toks[q].text[0].isdigit() for q in range(m.i, m.j)):
        m = None          # a fronted year or number: "2008 erklärte er"
    elif m is not None and m.j - m.i == 1 and m.i == lo and P.cap_adverb_suffixes \
            and toks[m.i].low.endswith(P.cap_adverb_suffixes):
        m = None          # a sentence-initial adverb: "Relativierend fügt Gall hinzu"
    elif m is not None and P.v2 and m.kind == "body" and not toks[m.i].cap and m.j < len(toks) \
            and toks[m.j].text == ",":
        m = None          # a fronted clause: "Warum sie das nicht erkannte, erklärte die Universität"
    if m is not None and m.after_prep and P.v2 and m.i - 1 > lo:
        # "Der Einsatzleiter der Polizei in Dortmund erklärte": a subject with a prepositional phrase
        head = np_before(toks, m.i - 1, lo, P)
        if head is not None and not head.after_prep and head.i == lo and (head.kind in ("name", "description") or (
                head.kind == "body" and toks[lo].low in P.v2_subject_start)):     # ("Das Komitee in Oslo würdigte")
            m = Mention(head.i, m.j, head.kind, head.name_i, head.name_j, head.appos)
    if _subject_ok(m) and P.v2 and m.i - 1 == lo and toks[lo].low in P.np_openers:
        m = Mention(lo, m.j, m.kind, m.name_i, m.name_j, m.appos)    # "Deren Vorsitzende X sagte"
    focus = m.i - 1 == lo and toks[lo].low in P.lang.extra.get("focus_particles", ()) if m is not None else False
    if _subject_ok(m) and P.v2 and (m.i > lo and toks[m.i - 1].word and toks[m.i - 1].low not in P.conj
                                    and toks[m.i - 1].low not in P.comps and not focus
                                    or toks[m.i].low in P.non_nominative):
        # verb-second: the phrase before the verb is only part of the fronted phrase ("Als Begründung
        # sagte ein Wissenschaftler") or no nominative ("Den Flüchtlingen sicherte Präsident X zu");
        # a nominative phrase after the verb is the subject (a focus particle is no fronted phrase:
        # "Auch die Ministerin äußerte Vorbehalte")
        m2 = np_after(toks, _skip_fillers(toks, v + 1, hi, P), hi, P)
        if m2 is not None and not m2.after_prep and _nominative_start(toks[m2.i], P) and (m2.kind != "body" or (
                # (after an object with its accusative article any phrase with a nominative one:
                # "Den Namen der Sendung gab das ZDF bekannt")
                toks[m.i].low in P.non_nominative and toks[m2.i].low in P.v2_subject_start)):
            return m2
    refl = P.lang.extra.get("reflexive", "")
    if _subject_ok(m) and P.v2 and refl and m.j - m.i == 1 and m.i == lo and m.kind != "pronoun" and m.j == k:
        a = _skip_fillers(toks, v + 1, hi, P)
        if any(toks[q].low == refl for q in range(v + 1, a)):
            # "Zufrieden zeigte sich auch X", "Erfreut äußerte sich X": a fronted adjective, the verb
            # with its reflexive pronoun, then the subject
            m2 = np_after(toks, a, hi, P)
            if m2 is not None and not m2.after_prep and m2.kind in ("name", "description") \
                    and _nominative_start(toks[m2.i], P) and toks[m2.i].low not in P.non_nominative:
                return m2
    if _subject_ok(m) and P.v2 and m.kind == "body" and toks[m.i].low in P.dets \
            and not _agreeing_speaker_noun(toks, m, v, P):
        # a fronted object ("Die Äußerungen bezeichnete Wiefelspütz als „…“"): a person's name or
        # role right after the verb is the subject (not after a medium or role that agrees with the
        # verb: "Die Zeitung bezeichnete Kunze als „…“")
        m2 = np_after(toks, _skip_fillers(toks, v + 1, hi, P), hi, P)
        if m2 is not None and not m2.after_prep and (m2.kind in ("name", "description") or (
                m2.kind == "pronoun" and toks[m2.i].low in P.nominative_pronouns) or (
                # (any phrase with a nominative article when a plural object meets a singular verb:
                # "Die Mönche, die …, beschrieb die Agentur als „…“")
                m2.kind == "body" and toks[m2.i].low in P.v2_subject_start and _plural_np(toks, m, P)
                and not toks[v].low.endswith("en") and not _plural_np(toks, m2, P))) \
                and toks[m2.i].low not in P.non_nominative and not _possessed_noun(toks, m2, P) \
                and not (toks[m2.i].low in P.lang.extra.get("plural_only_dets", ()) and not toks[v].low.endswith("en")):
            return m2     # (not "Der Komponist schrieb einige Titel …": a plural phrase after a singular verb)
    if _subject_ok(m):
        return m
    a = _skip_fillers(toks, v + 1, hi, P)
    m2 = np_after(toks, a, hi, P)
    if m2 is not None and (m2.kind in ("pronoun", "name") or P.v2) and toks[m2.i].low not in P.non_nominative:
        return m2
    return None


def _plural_np(toks: list[Tok], m: Mention, P: Profile) -> bool:
    """Where nouns are capitalised, ``m`` looks plural: a plural article with an adjective in -en
    ("die tibetischen Mönche") or a head noun in a plural ending ("Die Äußerungen")."""
    arts = P.lang.extra.get("plural_articles", ())
    if not arts or toks[m.i].low not in arts:
        return False
    for q in range(m.i + 1, m.j):
        t = toks[q]
        if t.cap:
            return t.low.endswith(P.lang.extra.get("plural_noun_endings", ()))
        if not t.low.endswith("en"):
            return False
        return True         # "die tibetischen": a weak adjective in -en after "die" is plural
    return False


def _possessed_noun(toks: list[Tok], m: Mention, P: Profile) -> bool:
    """Where nouns are capitalised, ``m`` is a thing a genitive name owns ("Obamas Einsatz"), not a
    person or role ("Obamas Sprecher")."""
    return P.noun_caps and m.j - m.i >= 2 and toks[m.i].cap and toks[m.i].low.endswith("s") \
        and toks[m.i].low not in P.dets and not any(P.is_title(toks[q].low) for q in range(m.i + 1, m.j))


def _agreeing_speaker_noun(toks: list[Tok], m: Mention, v: int, P: Profile) -> bool:
    """``m`` before the verb at ``v`` is a role or a medium ("Die Zeitung", "Das US-Magazin Barrons")
    whose number the verb agrees with: the subject, not a fronted object."""
    media = P.lang.extra.get("medium_nouns", ())
    if toks[m.i].low in P.lang.extra.get("oblique_feminine_articles", ()) and m.i + 1 < m.j and (
            toks[m.i + 1].low.endswith("en") or toks[m.i + 1].low.endswith(P.lang.extra.get("feminine_endings", ()))):
        return False        # "Der Zeitung sagte X", "Der Süddeutschen Zeitung sagte X": a dative
    if not any(toks[q].cap and (P.is_title(toks[q].low) or toks[q].low.rsplit("-", 1)[-1].endswith(media))
               for q in range(m.i, m.j)):
        return False
    return _plural_np(toks, m, P) == toks[v].low.endswith("en")


def _aux_subject(toks: list[Tok], v: int, lo: int, hi: int, P: Profile) -> Mention | None:
    """A participle at the end of a verb-second clause: the subject stands next to the finite
    auxiliary ("Stoiber hatte die Rolle … betont", "Zuvor hatte der Minister … erklärt"), not
    before the participle."""
    a = v - 1
    while a > lo and not (toks[a].low in P.auxiliaries or toks[a].low in P.v2_finite):
        if toks[a].text in ",;:" or _is_verb(toks, a, P):
            return None
        a -= 1
    # "„…“ wird der Franzose im Fachblatt zitiert": the quotation is the fronted phrase (it ends right
    # before the auxiliary), the subject follows the auxiliary
    fronted_quote = a == lo and lo > 0 and _is_quote_tok(toks[lo - 1])
    if a >= v - 1 or toks[a].cap or (a <= lo and not fronted_quote) \
            or not (toks[a].low in P.auxiliaries or toks[a].low in P.v2_finite):
        return None
    while lo < a and (toks[lo].low in P.stops or toks[lo].low == "selbst") and toks[lo].low not in P.preps \
            and toks[lo].low not in P.pronouns:
        lo += 1       # a focus adverb before the subject: "Selbst die Zeitschrift X hatte … kritisiert"
    m = None if fronted_quote else np_before(toks, _skip_fillers_back(toks, a, lo, P, 1), lo, P)  # ("Berger selbst hatte")
    if m is not None and _is_quote_tok(toks[m.i]) and (
            m.j - m.i > 8 or any(toks[q].text in ".!?" for q in range(m.i, m.j))):
        m = None      # the quotation itself, a sentence, is the fronted phrase: "„Wir sind bereit.“ hat X erklärt"
    if m is not None and m.i > lo and _is_quote_tok(toks[m.i]):
        head = np_before(toks, m.i, lo, P)      # "die Wochenzeitschrift „Jungle World“ hatte"
        if head is not None and head.i == lo and not head.after_prep:
            m = Mention(head.i, m.j, "name", m.name_i, m.name_j)
    if m is not None and min(m.i, m.appos[0] if m.appos else m.i) == lo and not m.after_prep \
            and toks[m.i].low not in P.non_nominative:
        return m      # (with a name in apposition: "Der Fraktionschef, Volker Ratzmann, wird … zitiert")
    # a fronted adverbial, the auxiliary, then the subject
    b = _skip_fillers(toks, a + 1, v, P, 2)
    if b < v and _nominative_start(toks[b], P) and toks[b].low not in P.non_nominative:
        m = np_after(toks, b, v, P)
        if m is not None and not m.after_prep and (m.kind != "body" or toks[b].low in P.v2_subject_start):
            return m
    return None


def view_holder(toks: list[Tok], lo: int, hi: int, P: Profile) -> Attribution | None:
    """A clause that states a view with a noun instead of a speech verb ("X ist der Auffassung, …",
    "X vertritt die Ansicht, …", "X teilt die Meinung, …", "X nahm zu der Frage Stellung"): its
    subject holds the view (not "nach Auffassung von", "seiner Meinung nach": sources of their own)."""
    nouns = P.lang.extra.get("view_nouns")
    if not nouns:
        return None
    for q in range(lo + 1, hi):
        t = toks[q]
        if not (t.cap and t.low in nouns) or (q + 1 < hi and toks[q + 1].low in P.source_adpositions):
            continue
        d = q - 1
        if d > lo and toks[d].word and not toks[d].cap and toks[d].low not in P.dets:
            d -= 1        # an adjective: "der gegenteiligen Auffassung"
        taking = P.lang.extra.get("view_taking_verbs", {}).get(t.low)
        if taking is not None:
            if not any(toks[u].low in taking for u in range(lo, q)):
                continue  # "Stellung" only with "nehmen": "nahm zu der Frage Stellung"
        elif not (toks[d].low in P.dets and not (d - 1 >= lo and toks[d - 1].low in P.preps)):
            continue
        m = sentence_subject(toks, lo, q, P) or colon_subject(toks, lo, q, P)   # (also "Dazu nahm X Stellung")
        if m is not None and not m.after_prep and m.kind != "pronoun" or (
                m is not None and m.kind == "pronoun" and toks[m.i].low not in P.expletives):
            return Attribution(m, t.text, "view-holder", q)
    return None


def written_source(toks: list[Tok], lo: int, open_tok: int, post_lo: int, post_hi: int, P: Profile
                   ) -> Attribution | None:
    """Text quoted from a document or a sign: a verb of written presence ("steht", "fand sich",
    "war … zu lesen") and a noun for the text or a colon right before the quotation; the place or
    document of the prepositional phrase in the clause is the source ("Derzeit steht in dem
    Gesetzentwurf der Passus: „…“", "Auf dem Transparent war die Parole „…“ zu lesen")."""
    verbs = P.lang.extra.get("written_verbs")
    if not verbs or open_tok - 1 <= lo:
        return None
    k = open_tok - 1
    # "In dem Schreiben war von einem „…“ die Rede": the idiom of speaking about something
    idiom = P.lang.extra.get("spoken_of_idiom")
    spoken_of = bool(idiom) and post_lo + len(idiom[1]) <= post_hi \
        and tuple(t.low for t in toks[post_lo:post_lo + len(idiom[1])]) == idiom[1] \
        and any(toks[q].low == idiom[0] for q in range(max(lo, k - 3), open_tok))
    if spoken_of:
        k = next(q for q in range(max(lo, k - 3), open_tok) if toks[q].low == idiom[0])
    elif not (toks[k].text == ":" or toks[k].low in P.lang.extra.get("text_nouns", ())):
        return None
    sent_lo = lo
    lo = max([lo] + [q + 1 for q in range(lo, k) if toks[q].text in ",;"])      # the clause of the quotation
    reflexive = P.lang.extra.get("reflexive_written_verbs", ())
    post = post_lo + 1 < post_hi and toks[post_lo].low == "zu" and toks[post_lo + 1].low in verbs
    v = next((q for q in range(lo, k) if toks[q].low in verbs and not toks[q].cap and (
        toks[q].low not in reflexive or (q + 1 < k and toks[q + 1].low == P.lang.extra.get("reflexive")))), -1)
    if spoken_of:
        v = next((q for q in range(lo, k) if toks[q].low in P.v2_finite), -1)
        if v < 0:
            return None
    elif v < 0 and not post:
        return None       # ("fand sich", not "findet … statt")
    for p in range(lo, k):
        if toks[p].text in ",;:" or _is_quote_tok(toks[p]):
            return None
        if toks[p].low in P.lang.extra.get("place_adverbs", ()):
            # "Darauf war zu lesen: „…“", "Das Motiv fand sich dort: „…“": the place named before
            return Attribution(Mention(p, p + 1, "pronoun"), toks[v].text if v >= 0 else toks[post_lo + 1].text,
                               "written-source", v)
        if toks[p].low in P.lang.extra.get("written_preps", ()):
            if p == lo and p - 2 > sent_lo and toks[p - 1].text == "," \
                    and toks[p + 1].low in P.lang.extra.get("relative_verb_final", ()):
                # "ein Zettel …, auf dem geschrieben stand: „…“": the sign the relative pronoun stands for
                j = p - 1
                while j - 1 > sent_lo and j > p - 3 and toks[j - 1].word and not toks[j - 1].cap:
                    j -= 1        # (past the verb closing the clause before: "ein Zettel kleben, auf dem")
                m = np_before(toks, j, sent_lo, P)
            else:
                m = np_after(toks, p + 1, k, P)
            if m is not None and m.kind != "pronoun" and toks[m.j - 1].low not in P.lang.extra.get("text_nouns", ()):
                return Attribution(m, toks[v].text if v >= 0 else toks[post_lo + 1].text, "written-source", v)
    return None


def colon_subject(toks: list[Tok], lo: int, c: int, P: Profile) -> Mention | None:
    """The subject of a clause that introduces a quotation with a colon and no speech verb
    ("Im Kongress warb Obama … mit den Worten: „", "Das Fazit von X überrascht nicht: „"): a colon
    after a narrative clause gives the words of its subject. The clause starts the sentence or
    follows a fronted clause and its comma."""
    words = P.lang.extra.get("text_nouns", ())
    starts = [lo] + [q + 1 for q in range(lo, c) if toks[q].text == ","]
    for n, s in enumerate(starts):
        if s >= c:
            break
        t = toks[s]
        if t.low in P.preps:
            # a fronted prepositional phrase, then the verb: "Im Kongress warb Obama" (also with more
            # phrases after its noun: "Bei einer Debatte in Niedersachsen hatte sich X …")
            pm = np_after(toks, s + 1, c, P)
            e = _mention_end(pm) if pm is not None else -1
            for _ in range(3):
                if not (0 < e < c and (toks[e].low in P.preps or toks[e].low in P.agent_preps)):
                    break
                nxt = np_after(toks, e + 1, c, P)
                if nxt is None:
                    break
                e = _mention_end(nxt)
            m = _v2_after(toks, e, c, P) if pm is not None else None
        elif t.low in P.stops or t.low in P.conj or (n == 0 and t.cap and t.low.endswith(P.cap_adverb_suffixes)):
            m = _v2_after(toks, s + 1, c, P)      # an adverb, then the verb: "So enthält das Gesetz"
        elif n == 0:
            m = _clause_subject(toks, s, c, P)
        else:
            m = _v2_after(toks, s, c, P)          # "Als …, biss der Randalierer den Fluggast"
        if m is not None:
            # (the words themselves are no speaker: "Darauf waren die Worte zu lesen: „…“")
            return None if toks[m.j - 1].low in words else m
    return None


def _v2_after(toks: list[Tok], v: int, c: int, P: Profile) -> Mention | None:
    """The subject after a finite verb at ``v`` (verb second): "warb Obama", "hatte sich Pieper"."""
    if not _verb_like(toks, v, c, P):
        return None
    a = _skip_fillers(toks, v + 1, c, P, 2)
    if a < c and toks[a].low == "sich":
        a += 1
    if a >= c or not _nominative_start(toks[a], P) or toks[a].low in P.non_nominative \
            or toks[a].low in P.expletives:
        return None
    m = np_after(toks, a, c, P)
    return m if m is not None and not m.after_prep else None


def subject_with_pps(toks: list[Tok], lo: int, hi: int, P: Profile) -> Mention | None:
    """The phrase opening the clause at ``lo`` when a finite verb follows it after up to two
    prepositional phrases of its own ("Ein Sprecher des Weißen Hauses in Washington schränkte …")."""
    m = np_after(toks, lo, hi, P)
    if m is None or m.after_prep or m.kind == "pronoun" or toks[m.i].low in P.non_nominative:
        return m if m is not None and m.kind == "pronoun" and _verb_like(toks, m.j, hi, P) else None
    e = _mention_end(m)
    for _ in range(3):
        if _verb_like(toks, e, hi, P) and not (toks[e].low in P.preps or toks[e].low in P.agent_preps):
            return m
        if not (e < hi and (toks[e].low in P.preps or toks[e].low in P.agent_preps)):
            return None
        pp = np_after(toks, e + 1, hi, P)
        if pp is None:
            return None
        e = _mention_end(pp)
    return None


def _clause_subject(toks: list[Tok], s: int, c: int, P: Profile) -> Mention | None:
    """The phrase opening a clause when a finite verb follows it, also after prepositional phrases
    ("Das Fazit von X nach fünf Jahren überrascht") and a genitive ("Jelpkes wissenschaftlicher
    Mitarbeiter X hat")."""
    m = np_after(toks, s, c, P)
    if m is None or m.after_prep or toks[m.i].low in P.non_nominative or toks[m.i].low in P.expletives:
        return None
    e = _mention_end(m)
    if e + 1 < c and not toks[e].cap and toks[e + 1].cap and toks[e].low.endswith(("e", "en", "er", "es", "em")) \
            and toks[e].low not in P.verbs and toks[e].low not in P.v2_finite:
        m2 = np_after(toks, e, c, P)      # an adjective after a genitive name
        if m2 is None or m2.kind not in ("name", "description"):
            return None
        m, e = Mention(m.i, m2.j, m2.kind, m2.name_i, m2.name_j, m2.appos), _mention_end(m2)
    if e < c and toks[e].text == "," and not P.v2:
        e = _skip_appositions(toks, e, c, P)
    while e < c and toks[e].low in P.preps:
        pm = np_after(toks, e + 1, c, P)
        if pm is None:
            return None
        e = _mention_end(pm)
    return m if _verb_like(toks, e, c, P) and toks[e].low not in P.pronouns else None


def _nominative_start(t: Tok, P: Profile) -> bool:
    return t.low in P.v2_subject_start or t.low in P.pronouns or P.is_title(t.low) or t.cap \
        or t.low in P.np_openers


def _skip_time_back(toks: list[Tok], k: int, lo: int, P: Profile) -> int:
    """Back over a time phrase that ends just before ``k`` ("on Wednesday", "last week", "Tuesday"),
    else ``k``."""
    times = P.lang.extra.get("time_words", ())
    t = k
    while t - 1 >= lo and toks[t - 1].low in times:
        t -= 1
    if t < k and t - 1 >= lo and toks[t - 1].low in P.lang.extra["time_before_verb"]:
        t -= 1
    ago = P.lang.extra.get("ago_phrase")
    if t == k and t - 2 >= lo and toks[t - 1].low in ago[0]:
        # "less than two weeks ago": a span of time counted back
        t -= 1
        while t - 1 >= lo and (toks[t - 1].text[0].isdigit() or toks[t - 1].low in ago[1]) and k - t < 6:
            t -= 1
        if t == k - 1 or toks[t].low not in ago[1] and not toks[t].text[0].isdigit():
            return k
    return t


def _pre_subject(toks: list[Tok], v: int, lo: int, hi: int, P: Profile) -> Mention | None:
    """The subject of a speech verb *before* a quotation. Only verb-second languages put the subject
    after the verb there ("Daarom zei Jansen: „"); in English or French a phrase between the verb and
    the quotation is its object ("Obama called Wall Street bankers “fat cats”", "told Fox News: “"),
    unless the verb opens the sentence ("Said Jansen: “")."""
    if P.v2 or not any(toks[q].word and toks[q].low not in P.conj and toks[q].low not in P.stops
                       for q in range(lo, v)):
        return subject_of(toks, v, lo, hi, P)     # "Said Jansen: “", "But, said Jansen, “"
    k = _skip_fillers_back(toks, v, lo, P)
    m = np_before(toks, k, lo, P) or _relative_subject(toks, k, lo, P)
    if m is None and k - 1 > lo and toks[k - 1].text == ",":
        # "…’s leadership, who, on a press call Friday, criticized": an insertion after the relative pronoun
        c = next((q for q in range(k - 2, max(lo, k - 12), -1) if toks[q].text in ",;:"), -1)
        if c > lo and toks[c].text == "," and toks[c - 1].low in P.lang.extra.get("relative_pronouns", ()):
            m = _relative_subject(toks, c, lo, P)
    if (m is None or toks[k - 1].low in P.lang.extra.get("ago_phrase", ((),))[0]) \
            and P.lang.extra.get("time_before_verb"):
        t = _skip_time_back(toks, k, lo, P)
        if t < k:
            # "whom Beck on Wednesday called “…”": a time phrase between the subject and its verb
            m2 = np_before(toks, t, lo, P)
            if m2 is not None and m2.kind in ("name", "pronoun", "description", "body") and not m2.after_prep:
                m = m2
    if m is not None and m.after_prep and P.lang.extra.get("subject_pps"):
        m = _head_of_pps(toks, m, lo, P) or m
    if not _subject_ok(m) and k - 1 > lo:
        # "Geoff Garin, a pollster who works with X, a PAC, said": the apposition hides the subject
        m = sentence_subject(toks, lo, v + 1, P)
        if m is not None and _verb_at(toks, _skip_appositions(toks, _mention_end(m), v + 1, P), v + 1, P) != v:
            m = None      # (the subject must reach this very verb)
        if m is None and toks[k - 1].low in P.conj:
            # "he looked into the camera, furrowed his brow and said, “…”": coordinated verbs share the
            # subject of the nearest clause that has one
            for c in [c for c in range(lo, k - 1) if toks[c].text == ","][::-1] + [lo - 1]:
                m2 = np_after(toks, c + 1, k, P)
                if m2 is not None and m2.kind in ("name", "pronoun") and not m2.after_prep \
                        and _verb_follows(toks, _mention_end(m2), k, P):
                    m = m2
                    break
    return m if _subject_ok(m) else None


def _head_of_pps(toks: list[Tok], m: Mention, lo: int, P: Profile) -> Mention | None:
    """``m`` is the object of a preposition before a verb: the phrase it belongs to, up to
    ``subject_pps`` prepositional phrases back, when that phrase opens its clause ("At least half of
    voters in each state say", "a spokesman for the union in Rotterdam said")."""
    for _ in range(P.lang.extra["subject_pps"]):
        p = m.i - 1
        if p - 1 < lo or toks[p].low not in P.preps or toks[p].low in P.lang.extra.get("clause_preps", ()):
            return None
        head = np_before(toks, p, lo, P)
        if head is None or head.kind == "pronoun":
            return None
        if not head.after_prep:
            b = head.i - 1
            if b < lo or toks[b].text in ",;:—–" or toks[b].low in P.conj \
                    or toks[b].low in P.lang.extra.get("clause_breaks", ()):
                # (a head that ends before the preposition stood before a relative clause: it alone)
                return head if head.kind == "name" or head.j < p else Mention(head.i, m.j, head.kind)
            return None
        m = head
    return None


def relative_clause_subject(toks: list[Tok], m: Mention, hi: int, P: Profile) -> Mention:
    """``m`` with the offsets of its relative pronoun when the words up to ``hi`` (a quotation) stand in
    its relative clause ("Trump, who has styled himself the “law and order candidate,”"): the pronoun
    is the speaker as written, ``m`` the speaker it stands for."""
    e = _mention_end(m)
    rel = P.lang.extra.get("relative_pronouns", ())
    if m.kind == "pronoun" or e + 1 >= hi or toks[e].text != "," or toks[e + 1].low not in rel:
        return m
    if any(toks[q].text in ",;:—–" for q in range(e + 2, hi)):
        return m
    if m.kind == "name":
        return Mention(e + 1, e + 2, "name", m.name_i, m.name_j)
    return Mention(e + 1, e + 2, "name", m.i, m.j)


def _relative_subject(toks: list[Tok], k: int, lo: int, P: Profile) -> Mention | None:
    """``X, who said …``: the relative pronoun before ``k`` stands for the phrase before its comma;
    the mention is the pronoun as written, the speaker that phrase."""
    rel = P.lang.extra.get("relative_pronouns", ())
    if k - 2 < lo or toks[k - 1].low not in rel:
        return None
    if toks[k - 2].text in (",", "—", "–"):
        ant = np_before(toks, k - 2, lo, P)
    elif toks[k - 1].low in P.lang.extra.get("restrictive_relatives", ()) and toks[k - 2].word:
        ant = np_before(toks, k - 1, lo, P)     # "a spymaster who wrote", "Rikkie Wells who tweeted"
    else:
        return None
    if ant is None or ant.kind == "pronoun":
        return None
    if ant.kind == "name":
        return Mention(k - 1, k, "name", ant.name_i, ant.name_j)
    return Mention(k - 1, k, "name", ant.i, ant.j)


def _object_speaker(toks: list[Tok], v: int, m: Mention | None, hi: int, P: Profile) -> Mention | None:
    """With a verb of citing ("Der Spiegel zitiert den Prediger mit den Worten: „…“") the object
    after the verb speaks, not the subject before it."""
    if m is None or m.j > v or toks[v].low not in P.object_speaker_verbs:
        return m
    m2 = np_after(toks, _skip_fillers(toks, v + 1, hi, P), hi, P)
    if m2 is not None and not m2.after_prep:
        return m2
    return m


def post_rules(toks: list[Tok], lo: int, hi: int, P: Profile) -> Attribution | None:
    """Attribution right after a quotation, in the tokens ``[lo, hi)``; else at the end of its
    clause after a comma ("„…“ beenden, so Rice" / "“…” in the fight, Jansen said")."""
    att = _post_rules_at(toks, lo, hi, P)
    if att is not None:
        if P.lang.extra.get("outer_according") and att.rule in P.lang.extra.get(
                "outer_according_rules", ("post-speaker-verb", "post-verb-speaker")):
            outer = _outer_according(toks, lo + 2, hi, P)
            if outer is not None:
                return outer
        return att
    final_verb = P.lang.extra.get("final_inverted_cue")
    for c in range(lo + 1, min(hi, lo + 15)):
        if toks[c].text == "," and c + 1 < hi:
            nxt = toks[c + 1]
            v = c + 1
            if nxt.low in P.auxiliaries and c + 2 < hi and _is_verb(toks, c + 2, P):
                v = c + 2     # "…, a dénoncé X": the auxiliary of a compound past before the verb
            if nxt.low in P.post_cues or nxt.low in P.as_cues or (_is_verb(toks, v, P) and not (
                    final_verb and _subordinate_before(toks, lo, c, P))) or according_at(toks, c + 1, hi, P):
                att = _post_rules_at(toks, c, hi, P)
                if att is not None:
                    att.rule = "clause-end"
                    return att
    # a source cue closing the quotation's sentence further on: "… sei „…“, da …, so die FIFA."
    for c in range(lo + 15, hi - 1):
        if toks[c].text == "," and toks[c + 1].low in P.post_cues:
            m = np_after(toks, c + 2, hi, P)
            e = _mention_end(m) if m is not None else hi
            if m is not None and m.kind != "pronoun" and (toks[m.i].cap or toks[m.i].low in P.dets) \
                    and (e >= hi or toks[e].text in ",.;"):
                return Attribution(m, toks[c + 1].text, "clause-end")
        elif final_verb and toks[c].text == "," and _is_verb(toks, c + 1, P) and toks[c + 1].low not in P.participles \
                and not _subordinate_before(toks, lo, c, P):
            # "Einen „Plan B“ … gäbe es nicht, sagte X nach dem Treffen.": an inverted cue that closes the
            # sentence reports all of it; only phrases with a preposition may follow its subject (after a
            # subordinate clause the verb is the main clause's: "In seiner „Rede“, die … wurde, mahnte X …")
            att = _post_rules_at(toks, c, hi, P)
            if att is not None and att.rule == "post-verb-speaker" and att.mention.kind != "pronoun":
                e = _mention_end(att.mention)
                if all(toks[q].word and not _is_verb(toks, q, P) for q in range(e, hi)) \
                        and (e >= hi or toks[e].low in P.preps):
                    return Attribution(att.mention, att.cue, "clause-end")
    return None


def _subordinate_before(toks: list[Tok], lo: int, c: int, P: Profile) -> bool:
    """The words from the comma before ``c`` (or ``lo``) to ``c`` are a subordinate clause: they open
    with a relative pronoun, a complementizer or a subordinator."""
    b = next((q for q in range(c - 1, lo - 1, -1) if toks[q].text == ","), lo - 1) + 1
    opener = toks[b].low if b < c else ""
    return opener in P.comps or opener in P.lang.extra.get("relative_cue_pronouns", ()) \
        or opener in P.lang.extra.get("subordinators", ())


def _outer_according(toks: list[Tok], lo: int, hi: int, P: Profile) -> Attribution | None:
    """"“…,” Sanders said, according to CNN": the source that reports the speech act, later in the
    clause after a comma, is the attribution's source (not a pronoun: "according to him")."""
    for c in range(lo, hi - 2):
        if (toks[c].text == "," or toks[c].word) and toks[c + 1].low in P.according_first:
            k = according_at(toks, c + 1, hi, P)
            if k:
                m = np_after(toks, c + 1 + k, hi, P)
                if m is not None and m.kind != "pronoun":
                    return Attribution(m, " ".join(t.text for t in toks[c + 1:c + 1 + k]), "according-outer")
    return None


def agent_after(toks: list[Tok], lo: int, open_tok: int, post_lo: int, post_hi: int, P: Profile
                ) -> Attribution | None:
    """A passive speech verb before the quotation and its agent after it: "often labeled as a “…” by
    Democrats", "called the “…” by the citizens" — the agent speaks. English."""
    if not P.lang.extra.get("passive_agent_after") or post_lo + 1 >= post_hi or toks[post_lo].low != "by":
        return None
    k = open_tok - 1
    if k >= lo and toks[k].low in P.dets:
        k -= 1
    if k >= lo and toks[k].low == "as":
        k -= 1
    if k < lo or not toks[k].low.endswith("ed") or not (toks[k].low in P.verbs or toks[k].low in P.naming):
        return None
    m = np_after(toks, post_lo + 1, post_hi, P)
    if m is None or m.kind == "pronoun":
        return None
    return Attribution(m, toks[k].text, "passive-agent", k)


def _post_rules_at(toks: list[Tok], lo: int, hi: int, P: Profile) -> Attribution | None:
    p = lo
    n = 0
    while p < hi and toks[p].text in _DASHES and n < 2:
        p += 1
        n += 1
    if p >= hi:
        return None
    # ", according to X" / ", volgens X"
    k = according_at(toks, p, hi, P)
    if k:
        m = according_np(toks, p, k, hi, P)
        if m:
            return Attribution(m, " ".join(t.text for t in toks[p:p + k]), "according-to")
    t = toks[p]
    if t.low in P.post_cues:
        m = np_after(toks, p + 1, hi, P)
        if m:
            return Attribution(m, t.text, "post-cue")
        if p + 1 < hi and _is_verb(toks, p + 1, P):
            # "„…“ – so begründete der Konzernchef den Abbau": the cue, the verb, then the subject
            m = np_after(toks, _skip_fillers(toks, p + 2, hi, P, 2), hi, P)
            if m is not None and not m.after_prep:
                return Attribution(m, toks[p + 1].text, "post-cue", p + 1)
    if P.as_cues and p > lo and toks[p - 1].text == ",":
        att = _as_clause(toks, p, hi, P)       # "„…“, wie die Agentur meldete."
        if att is not None:
            return att
    # ", said Jansen" / ", zei hij" / ", a déclaré Sophie Binet" / ", heeft hij gezegd"
    v = _skip_fillers(toks, p, hi, P, 2)
    if v < hi and _is_verb(toks, v, P) and toks[v].low not in P.participles \
            and toks[v].low not in P.lang.extra.get("object_verbs", ()):
        # (", described the impact as": a verb that takes an object does not invert; what follows is its object)
        # (", saying the city …": a participle's subject is before the quotation, what follows is its object)
        a = _skip_fillers(toks, v + 1, hi, P, 2)
        m = np_after(toks, a, hi, P)
        if m and toks[m.i].low in P.non_nominative:
            # an object after the verb: the subject may follow it ("„…“, sagte den Reportern ein Sprecher"),
            # else there is none ("„…“ fordert den Rücktritt")
            m2 = np_after(toks, _skip_fillers(toks, _mention_end(m), hi, P, 2), hi, P)
            if m2 is not None and m2.kind in ("name", "description") and not m2.after_prep \
                    and toks[m2.i].low not in P.non_nominative:
                m = m2
            elif m.kind == "name" and m.i < m.name_i < m.name_j:
                m = Mention(m.name_i, m.name_j, "name", m.name_i, m.name_j)   # "sagte dem Sender Hans Kurz"
            else:
                m = None
        if m and not (m.kind == "body" and not P.v2 and toks[a].low not in P.dets and not toks[a].cap):
            if toks[v].low in P.object_speaker_verbs:
                # "„…“, zitiert die Zeitung den Minister": the object after the subject speaks
                m2 = np_after(toks, _skip_fillers(toks, _mention_end(m), hi, P), hi, P)
                if m2 is not None and m2.kind in ("name", "description"):
                    m = m2
            return Attribution(m, toks[v].text, "post-verb-speaker")
    if v < hi and v > p and toks[v - 1].low in P.auxiliaries:
        # Dutch/German "“…”, heeft hij gezegd" / "„…“, hat der Minister gesagt"
        m = np_after(toks, v, hi, P)
        if m:
            w = _skip_fillers(toks, _mention_end(m), hi, P, 2)
            if w < hi and _is_verb(toks, w, P):
                return Attribution(m, toks[w].text, "post-verb-speaker")
    # ", Jansen said" / ", Maria Jansen, a spokeswoman for the union, said"
    m = np_after(toks, p, hi, P)
    if m is None and P.lang.extra.get("function_word_surnames") and t.cap and t.low in P.stops \
            and t.low not in P.lang.extra.get("time_words", ()) \
            and p + 1 < hi and _is_verb(toks, p + 1, P) and not toks[p + 1].low.endswith("ing"):
        # "“…,” Will wrote" / "“…,” From said": a capitalised function word inside the sentence, right
        # before a speech verb, is a surname
        return Attribution(Mention(p, p + 1, "name", p, p + 1), toks[p + 1].text, "post-speaker-verb", p + 1)
    if m:
        e = _mention_end(m)
        if e < hi and toks[e].text == ",":
            # skip an apposition up to the next comma
            c = e + 1
            while c < hi and toks[c].text != "," and c - e < 14 and not _is_verb(toks, c, P):
                c += 1
            if c < hi and toks[c].text == ",":
                e = c + 1
                while e < hi and _is_quote_tok(toks[e]):
                    e += 1    # ", star of “Harbour,” said": a title closing the apposition
            elif m.appos and e + 1 < hi and _is_verb(toks, _skip_fillers(toks, e + 1, hi, P, 3), P):
                e += 1    # "Hunter’s chief of staff, Joe Kasper, told POLITICO": the name's closing comma
            elif m.kind == "name" and (said := _unclosed_apposition(toks, e, hi, P)) > 0:
                # "Tom Berg, the director of the union said": an apposition whose closing comma is missing
                return Attribution(m, toks[said].text, "post-speaker-verb")
        w = _skip_fillers(toks, e, hi, P, 3)
        if not (w < hi and _is_verb(toks, w, P)) and P.lang.extra.get("time_words"):
            w = _skip_fillers(toks, _skip_time(toks, e, hi, P), hi, P, 3)    # "the union on Tuesday said"
        if w < hi and _is_verb(toks, w, P) and not P.lang.extra.get("post_cue_inverted") \
                and toks[w].low not in P.participles and toks[w].low not in P.lang.extra.get("pre_only_verbs", ()):
            # (not a verb that introduces its quotation only before it: "“…?” Her critics cited it as …")
            # (not a participle: "“…,” a nod to the front-runner acknowledging that …")
            # (German inverts a cue after a quotation, "„…“, sagte X"; "„…“, X bezeichnete" is a new clause)
            return Attribution(m, toks[w].text, "post-speaker-verb")
        if not P.v2 and w < hi and (toks[w].text == "(" or toks[w].low in P.preps):
            # "Harry M. Reid (D-Nev.) said", "a staffer in the room wondered"
            if toks[w].text == "(":
                c = w + 1
                while c < hi and toks[c].text != ")" and c - w < 8:
                    c += 1
                w2 = c + 1 if c < hi else hi
            else:
                pm = np_after(toks, w + 1, hi, P)
                w2 = _mention_end(pm) if pm is not None and pm.kind != "pronoun" else hi
            w2 = _skip_fillers(toks, w2, hi, P, 3)
            if w2 < hi and _is_verb(toks, w2, P) and toks[w2].low not in P.participles:
                return Attribution(m, toks[w2].text, "post-speaker-verb")
        if w < hi and P.postpositions and toks[w].low in P.postpositions:
            return Attribution(m, toks[w].text, "according-to")
        reach = P.lang.extra.get("long_apposition", 0)
        if reach and m.kind == "name" and m.i == p and _mention_end(m) < hi and toks[_mention_end(m)].text == ",":
            # "“…,” Trump, the front-runner nationally and the polling leader in the state, said" /
            # "Harry Bond, 30, of Raleigh, who was among those polled, said": a longer apposition, to
            # the comma before the speech verb
            for c in range(_mention_end(m) + 1, min(hi - 1, p + reach)):
                if toks[c].text == "." and toks[c - 1].end == toks[c].start and (
                        toks[c - 1].low in P.abbrev or "." in toks[c - 1].text or len(toks[c - 1].text) == 1):
                    continue      # "of Raleigh, N.C., who …"
                if toks[c].text in ".;:!?" or _is_quote_tok(toks[c]):
                    break
                if toks[c].text == "," and _is_verb(toks, _skip_fillers(toks, c + 1, hi, P, 3), P):
                    v = _skip_fillers(toks, c + 1, hi, P, 3)
                    return Attribution(m, toks[v].text, "post-speaker-verb")
    return None


def post_any_verb(toks: list[Tok], lo: int, hi: int, P: Profile) -> Attribution | None:
    """A quotation that opens its sentence, a comma, then any finite verb and its subject: the
    inversion makes the clause a cue ("„…“, strich Romney heraus", "„…“, ließ ein Sprecher verlauten")."""
    if not (lo + 1 < hi and toks[lo].text == ","):
        return None
    v = lo + 1
    t = toks[v]
    modals = P.lang.extra.get("modal_verbs", ())
    if not (_verb_like(toks, v, hi, P) or t.low in modals) or (t.low in P.stops and t.low not in modals) \
            or t.low in P.pronouns:
        return None
    a = _skip_fillers(toks, v + 1, hi, P, 2)
    if a + 1 < hi and toks[a].low in P.lang.extra.get("impersonal", ()) and t.low in P.object_speaker_verbs:
        a += 1        # "„…“, zitierte man X": who is cited speaks
    if a >= hi or toks[a].low in P.expletives or not (
            toks[a].low in P.v2_subject_start or P.is_title(toks[a].low) or (toks[a].cap and toks[a].low not in P.dets)):
        return None
    m = np_after(toks, a, hi, P)
    if m is not None and not m.after_prep and m.kind in ("name", "description", "body"):
        return Attribution(m, t.text, "post-any-verb", v)
    return None


_INNER_RULES = frozenset({"pre-speaker-verb", "pre-verb-speaker", "sentence-verb"})


def pre_rules(toks: list[Tok], lo: int, hi: int, P: Profile, adjacent_only: bool = False,
              sent_lo: int | None = None) -> Attribution | None:
    """Attribution in the words ``[lo, hi)`` before a quotation (``hi`` = its opening mark).

    ``outer-verb``: when the cue verb sits inside the clause of an earlier speech verb ("Ryan said
    Clinton called on members to be “…”", "Cruz said he’s certain Rubio will continue to be “…”"),
    the quotation is reported by the subject of that outer verb.
    """
    att = _pre_rules(toks, lo, hi, P, adjacent_only, sent_lo)
    if att is not None and att.rule in _INNER_RULES and att.verb > lo and att.mention.kind != "pronoun":
        # (an inner pronoun mostly stands for the outer subject itself: "X said he called it “…”")
        inner = min(att.verb, att.mention.i)
        subords = P.lang.extra.get("clause_breaks", ())
        for v in range(lo, inner):
            if _is_verb(toks, v, P) and toks[v].low not in P.participles:
                if subords and (any(toks[q].text in ",;:—–" or toks[q].low in subords for q in range(v + 1, inner))
                                or toks[lo].low in subords):
                    break   # another clause ("…, while Cruz said that “…”", "After Brown criticized X, Y shot back")
                m = np_before(toks, _skip_fillers_back(toks, v, lo, P), lo, P)
                if _subject_ok(m) and m.kind != "body" or (m is not None and P.v2 and _subject_ok(m)):
                    return Attribution(m, toks[v].text, "outer-verb", v)
                break
    return att


def _pre_rules(toks: list[Tok], lo: int, hi: int, P: Profile, adjacent_only: bool = False,
               sent_lo: int | None = None) -> Attribution | None:
    if hi <= lo:
        return None
    e = hi
    n = 0
    while e - 1 >= lo and (toks[e - 1].text in _DASHES or toks[e - 1].low in P.comps) and n < 3:
        e -= 1
        n += 1
    if e <= lo:
        return None
    if P.as_cues:
        # "Wie der Minister erklärte, sieht die Regierung „…“": the source clause of the sentence
        for i in range(lo, e - 2):
            if toks[i].low in P.as_cues and (i == lo or toks[i - 1].text == ","):
                att = _as_clause(toks, i, e, P)
                if att is not None:
                    return att
    if P.opinion_preps and toks[lo].low in P.opinion_preps and lo + 1 < e:
        # "Für Gesundheitsminister X ist die Lage „alarmierend“": whose view the sentence gives
        m = np_after(toks, lo + 1, e, P)
        idioms = P.lang.extra.get("opinion_idiom_verbs", ())
        if m is not None and m.kind in ("name", "description") and (m.name_i >= 0 or m.kind == "description") \
                and not (_mention_end(m) < e and toks[_mention_end(m)].low in idioms):
            # (not an idiom with the preposition: "Für Aufsehen sorgte X …")
            return Attribution(m, toks[lo].text, "according-to")
    if toks[hi - 1].text == ":":
        # "BKA-Präsident Ziercke: „" / "Trump: “" — a speaker and a colon
        m = np_before(toks, hi - 1, lo, P)
        if m is not None and m.i - 1 > lo and toks[m.i - 1].text == "," and m.kind == "description":
            # "Erkki Tuomioja, Präsident des Rats der EU: „": a name, its role in apposition, a colon
            n = np_before(toks, m.i - 1, lo, P)
            if n is not None and n.i == lo and n.kind == "name":
                n.appos = (m.i, m.j)
                m = n
        if m is not None and m.kind == "body" and P.lang.extra.get("colon_body") and m.j - m.i >= 2 \
                and toks[m.i].low in P.dets:
            # "Ein Beamter der Polizei: „…“" (a person the word lists do not know as a role); "Seine
            # Meinung dazu: „…“" is its owner's
            m = _source_owner(toks, m.i, m.i + 2, P) or possessive_owner(toks, m, P) \
                or Mention(m.i, m.j, "description", appos=m.appos)
        if m is not None and m.kind in ("name", "description", "pronoun" if P.possessives else "name") \
                and (m.i == lo or (
                P.lang.extra.get("colon_after_conj") and all(not toks[q].word or toks[q].low in P.conj
                                                             or toks[q].low in P.dets for q in range(lo, m.i)))
                or (m.i == lo + 1 and toks[lo].low in P.lang.extra.get("colon_openers", ()))) \
                and not (m.j - m.i == 1 and toks[m.i].low in P.conj) \
                and not _is_verb(toks, m.j - 1, P):       # "Und: „…“", "Der Minister sagte: „…“"
            return Attribution(m, ":", "colon")
        if m is not None and m.i == lo + 1 and toks[lo].low in P.lang.extra.get("colon_from", ()) \
                and m.kind in ("name", "description", "body"):
            return Attribution(m, ":", "colon")     # "From the report: “", "From Bush’s Facebook post: “"
        if m is not None and m.i > lo and P.lang.extra.get("dash_colon_source") and m.kind != "pronoun":
            # a digest line: "Pollsters agree - Carl Bialik: “", "… -More from the report: “"
            d = m.i - 1
            if d - 1 > lo and toks[d].low == "from" and toks[d - 1].low == "more":
                d -= 2
            if d - 1 > lo and toks[d].low in P.conj and m.kind == "name":
                # two authors: "… - Frank Newport and Jim Harter: “"
                first = np_before(toks, d, lo, P)
                if first is not None and first.kind == "name" and first.i - 1 > lo \
                        and toks[first.i - 1].text in ("-", "–", "—"):
                    return Attribution(Mention(first.i, m.j, "name", first.i, m.j), ":", "colon")
            if toks[d].text in ("-", "–", "—"):
                return Attribution(m, ":", "colon")
    # "According to Jansen, “" / "Volgens Jansen: „"
    near = range(e - 1, max(lo, e - 14) - 1, -1)
    if P.lang.extra.get("according_opens_sentence") and e - 14 > lo:
        near = [*near, lo]        # a source phrase opening the sentence governs all of it
    for i in near:
        k = according_at(toks, i, e, P)
        if k:
            m = according_np(toks, i, k, e, P)
            if m:
                return Attribution(m, " ".join(t.text for t in toks[i:i + k]), "according-to")
            break
    if P.post_cues:
        # a parenthetical source before the quotation: "Dennoch, so Nacke, habe er seiner „…“"
        for i in range(max(lo + 1, e - 25), e - 1):
            if toks[i].low in P.post_cues and toks[i - 1].text == ",":
                m = np_after(toks, i + 1, e, P)
                # (also right before the quotation: "Sie solle, so Gall, „…“")
                if m is not None and m.kind != "pronoun" and (toks[m.i].cap or toks[m.i].low in P.dets) \
                        and _mention_end(m) < hi and toks[_mention_end(m)].text == ",":
                    return Attribution(m, toks[i].text, "post-cue")
    if P.postpositions:
        # "Dem Bericht zufolge „" (and opening a long sentence: "Dem Bericht zufolge wurden … „")
        near = range(e - 1, max(lo, e - 10) - 1, -1)
        if P.lang.extra.get("according_opens_sentence") and e - 10 > lo:
            near = [*near, *(q for q in range(min(lo + 8, e - 10), lo, -1) if toks[q].low in P.postpositions)]
        for i in near:
            if _source_postposition(toks, i, lo, P):
                if toks[i].low in P.lang.extra.get("split_postpositions", {}):
                    m = np_before(toks, i - 1, lo, P)
                elif toks[i].low in P.postpositions:
                    m = np_before(toks, i, lo, P)
                    if (m is None or m.after_prep) and P.lang.extra.get("postposition_pps"):
                        m = _source_with_pp(toks, i, lo, P) or m
                else:
                    # "Seiner Ansicht nach „…“" opening the clause (inside a phrase, "die ihrer
                    # Meinung nach verbreiteten Illusionen", the clause's own cue tells more)
                    m = _source_owner(toks, i - 2, i, P) if i - 2 >= lo else None
                    if m is None or not (m.i == lo or toks[m.i - 1].text == ","):
                        continue
                if m:
                    return Attribution(m, toks[i].text, "according-to")
    agent_verbs = P.lang.extra.get("passive_agent_verbs", ())
    for v in range(lo, e - 2) if agent_verbs else ():
        if toks[v].low in agent_verbs and toks[v + 1].low == "by":
            # "Sanders was asked by host Bill Maher, …, “…”": the agent of a passive question speaks
            m = np_after(toks, v + 2, e, P)
            if m is not None and m.kind != "pronoun" \
                    and not any(_is_verb(toks, u, P) for u in range(_mention_end(m), e)):
                return Attribution(m, toks[v].text, "passive-agent", v)
    # "Okafor said: “" / "Jansen told reporters: “" (up to four words after the verb)
    for v in range(e - 1, max(lo, e - 5) - 1, -1):
        if _is_verb(toks, v, P) and _closed_subclause(toks, v, lo, e, P):
            continue      # "…, in dem es nur 26 Fouls gab, als „…“": the verb of a clause the quotation is not in
        if _is_verb(toks, v, P):
            rel = _relative_clause_speaker(toks, v, lo, P)
            if rel is not None:
                return Attribution(rel, toks[v].text, "relative-cue", v)
            if toks[v].low in P.participles:
                # "…, saying: “" — the subject of the sentence speaks
                m = _participle_subject(toks, v, lo, sent_lo, P)
                if m:
                    return Attribution(m, toks[v].text, "participle")
            m = _object_speaker(toks, v, _pre_subject(toks, v, lo, e, P), e, P)
            if m:
                rule = "pre-speaker-verb" if m.j <= v else "pre-verb-speaker"
                return Attribution(m, toks[v].text, rule, v)
            break
        if toks[v].text in ".;!?":
            break
    # "erkenden de deelnemende landen en organisaties “" / "Daarom zei Jansen: „"
    m = np_before(toks, e, lo, P)
    if m is not None:
        b = m.i - 1
        if m.appos is not None:
            b = min(b, m.appos[0] - 1)
        while not P.v2 and m.kind == "name" and b >= lo and b >= m.i - 3 and (
                (toks[b].word and (toks[b].cap or P.is_title(toks[b].low)) and not _is_verb(toks, b, P))
                or (toks[b].text == "." and b > lo and toks[b - 1].low in P.abbrev)):
            b -= 1        # "explained CBS moderator Nancy Cordes": a role before the name
        b2 = b
        while b2 >= lo and (toks[b2].low in P.fillers or toks[b2].low in P.auxiliaries) and b - b2 < 2:
            b2 -= 1
        addressee = P.definite and toks[m.i].low in P.definite and m.name_i - 1 > m.i \
            and _is_quote_tok(toks[m.name_i - 1])     # "sagte der „Süddeutschen Zeitung“: „": the medium told
        plural_object = toks[m.i].low in P.lang.extra.get("plural_only_dets", ()) and not toks[b2].low.endswith("en")
        if b2 >= lo and _is_verb(toks, b2, P) and toks[m.i].low not in P.non_nominative and not addressee \
                and not plural_object \
                and (P.v2 or (m.kind in ("name", "pronoun") and (
                not any(toks[q].word for q in range(lo, b2))
                or (toks[b2 - 1].text == "," and m.kind == "name" and toks[b2].low not in P.participles)))):
            # (also after a fronted phrase: "In other words, explained moderator Nancy Cordes: “")
            return Attribution(m, toks[b2].text, "pre-verb-speaker", b2)
    if adjacent_only:
        return None
    # a speech verb anywhere in the sentence before the quote
    paren = P.lang.extra.get("skip_parentheticals")
    depth = 0
    # a clause of its own that a conjunction opens before the quotation ("… will call you a liar and
    # Harbour News will accuse you of a “…”"): a speech verb before it governs another clause
    own = nearest_clause_subject(toks, sent_lo if sent_lo is not None else lo, e, _NO_QUOTES, P) \
        if P.lang.extra.get("nearest_clause_subject") else None
    if own is not None and not (toks[own.i - 1].low in P.conj or toks[own.i - 1].low == "but"):
        own = None        # (a subordinate clause may hold what the speech verb before it reports)
    for v in range(e - 1, own.i if own is not None and own.i > lo else lo - 1, -1):
        if paren and toks[v].text in "()":
            depth += 1 if toks[v].text == ")" else -1
        if paren and depth > 0:
            continue      # "(Wikinews berichtete)": a cue in a closed parenthesis speaks for nothing after it
        if _is_verb(toks, v, P) and not _closed_subclause(toks, v, lo, e, P) \
                and not (P.lang.extra.get("closed_insertions") and _closed_insertion(toks, v, lo, e, P)):
            if toks[v].low in P.participles:
                m = _participle_subject(toks, v, lo, sent_lo, P)
                if m:
                    return Attribution(m, toks[v].text, "participle")
            m = _object_speaker(toks, v, _pre_subject(toks, v, lo, e, P), e, P)
            if m:
                return Attribution(m, toks[v].text, "sentence-verb", v)
    return None


_OPENERS = {"—": "—", "–": "–", "(": ")"}


class _NoQuotes:
    """``in_quote`` for a window without quotations: no token is inside one."""

    def __getitem__(self, k: int) -> int:
        return 0


_NO_QUOTES = _NoQuotes()


def _closed_insertion(toks: list[Tok], v: int, lo: int, e: int, P: Profile) -> bool:
    """The speech verb at ``v`` stands in an insertion closed before the quotation, or the quotation in
    one opened after it: a relative clause after a comma (", which the Tax Foundation estimates would
    cost $170 billion, would risk “…”"), a phrase between dashes or brackets ("— as Chait noted — promises
    to “…”"), or a bracket opened after the verb ("who writes fiction (one story is on a “…”"). English."""
    rels = P.lang.extra.get("relative_pronouns", ())
    closer = None
    for q in range(v - 1, lo - 1, -1):
        t = toks[q].text
        if t in _OPENERS:
            closer = _OPENERS[t]
            break
        if toks[q].low in rels and q - 1 >= lo and toks[q - 1].text == ",":
            closer = ","
            break
        if t in ",;:)":
            break
    depth = 0
    for q in range(v + 1, e):
        t = toks[q].text
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif closer is not None and t == closer and depth == 0:
            return True
    return depth > 0


def _closed_subclause(toks: list[Tok], v: int, lo: int, e: int, P: Profile) -> bool:
    """Verb-second languages: the verb at ``v`` ends a relative clause that a comma closes before the
    quotation ("…, in dem es nur 26 Fouls gab, als „…“")."""
    rels = P.lang.extra.get("relative_verb_final")
    if not rels or v + 1 >= e or toks[v + 1].text != ",":
        return False
    c = next((q for q in range(v - 1, lo - 1, -1) if toks[q].text in ",;:"), -1)
    if c < lo or c + 1 >= v:
        return False
    o = c + 1
    if toks[o].low in P.preps and o + 1 < v:
        o += 1        # "in dem", "mit der"
    return toks[o].low in rels     # (a subordinate clause with a cue can introduce the words: ", indem er sagte, …")


def _relative_clause_speaker(toks: list[Tok], v: int, lo: int, P: Profile) -> Mention | None:
    """The speech verb at ``v`` closes a relative clause ("…, der laut rief: „", "…, die X zum Ziel
    erklärt hatte: „"): a name or role after the relative pronoun is its subject; else the pronoun is,
    and speaks for the phrase before its comma. The mention is the pronoun as written when it speaks.
    French relative subjects ("…, qui a jugé la proposition « … »") work the same way."""
    rels = P.lang.extra.get("relative_verb_final") or P.lang.extra.get("relative_subjects")
    if not rels:
        return None
    for r in range(v - 1, max(lo, v - 25) - 1, -1):
        t = toks[r]
        if t.text in ",;:" or _is_quote_tok(t) or (r < v - 1 and _is_verb(toks, r, P)):
            return None
        if t.low in rels and r - 1 >= lo and toks[r - 1].text == ",":
            subj = np_after(toks, r + 1, v, P)
            if subj is not None and subj.kind in ("name", "description") and not subj.after_prep:
                return subj
            ant = np_before(toks, r - 1, lo, P)
            if ant is None or ant.kind == "pronoun" or ant.after_prep:
                return None
            if ant.kind == "name":
                return Mention(r, r + 1, "name", ant.name_i, ant.name_j)
            return Mention(r, r + 1, "name", ant.i, ant.j)
    return None


def _participle_subject(toks: list[Tok], v: int, lo: int, sent_lo: int | None, P: Profile) -> Mention | None:
    """Who speaks in a participle clause: the phrase after "with" ("with Donald Trump tweeting that"),
    else the subject of the nearest speech verb before it ("…,” Nefzi said, adding, “"), else the
    subject of the sentence."""
    if not P.v2:
        m = np_before(toks, v, lo, P)
        a = v - 1
        if a > lo and not toks[a].cap and toks[a].low.endswith(P.adverb_suffixes or ("\0",)) \
                and toks[a].low not in P.verbs:
            m2 = np_before(toks, a, lo, P)      # "with Trump reportedly yelling"
            if m2 is not None and m2.i - 1 >= lo and toks[m2.i - 1].low in P.lang.extra.get("absolute_with", ()):
                return m2
        if m is not None and m.i - 1 >= lo and toks[m.i - 1].low in P.lang.extra.get("absolute_with", ()):
            return m
        if m is not None and P.lang.extra.get("np_participle") and m.j == v and not m.after_prep \
                and m.kind != "pronoun" and m.i - 1 >= lo and (toks[m.i - 1].low in P.conj or (
                    not toks[m.i - 1].word and toks[m.i - 1].text in ",;—–-")):
            # "– Ryan saying he was “…”, and Trump calling it a “…”": a phrase that opens its clause
            # right before the participle (an object before it does not: "issued a statement saying")
            return m
        for u in range(v - 1, lo - 1, -1):
            if toks[u].text in ".;!?":
                break
            if _is_verb(toks, u, P) and toks[u].low not in P.participles:
                m = _pre_subject(toks, u, lo, v, P)
                if m is not None and m.kind != "body":
                    return m
                break
        if P.lang.extra.get("participle_nearest_clause") and toks[v - 1].text == ",":
            m = _clause_before_participle(toks, v - 1, lo, P)
            if m is not None:
                return m
    return sentence_subject(toks, sent_lo if sent_lo is not None else lo, v, P)


def _clause_before_participle(toks: list[Tok], c: int, lo: int, P: Profile) -> Mention | None:
    """The subject of a subordinate or relative clause that ends at the comma ``c`` before a participle,
    which the participle continues ("when Sanders protesters interrupted her, shouting “…”", "a scholar
    who worked the crowd, praising “…”"). English."""
    subs = P.lang.extra.get("subordinators", ())
    rels = P.lang.extra.get("relative_pronouns", ())
    for k in range(c - 1, max(lo, c - 25) - 1, -1):
        t = toks[k]
        if t.text in ",;:()—–" or _is_quote_tok(t):
            return None
        if t.low in subs and k + 1 < c:
            m = np_after(toks, k + 1, c, P)
            if m is None or m.after_prep or m.kind not in ("name", "pronoun", "description", "body") \
                    or not _verb_follows(toks, _mention_end(m), c, P):
                return None
            return m
        if t.low in rels and k - 1 >= lo:
            if toks[k - 1].low in P.conj:
                continue      # "who is running for Congress and who worked the crowd, praising"
            ant = np_before(toks, k - 1 if toks[k - 1].text == "," else k, lo, P)
            if ant is None or ant.kind not in ("name", "description") or ant.after_prep:
                return None
            return Mention(k, k + 1, "name", ant.name_i, ant.name_j) if ant.kind == "name" else ant
    return None


def sentence_source(toks: list[Tok], lo: int, hi: int, in_quote, P: Profile) -> Attribution | None:
    """An "according to" phrase or postposition anywhere outside quotations in ``[lo, hi)``."""
    for i in range(lo, hi):
        if in_quote[i]:
            continue
        k = according_at(toks, i, hi, P)
        if k:
            m = np_after(toks, i + k, hi, P)
            if m is not None and m.kind != "pronoun":
                return Attribution(m, " ".join(t.text for t in toks[i:i + k]), "sentence-source")
        if toks[i].low in P.postpositions and i > lo:
            m = np_before(toks, i, lo, P)
            if m is not None and m.kind != "pronoun":
                return Attribution(m, toks[i].text, "sentence-source")
    return None


def reported_speaker(toks: list[Tok], sent_bounds: list[tuple[int, int]], P: Profile,
                     sources: bool = False) -> Attribution | None:
    """German reported speech: a quotation in a subjunctive sentence ("Der Iran müsse „…“") continues
    the speaker of the nearest earlier sentence with a speech verb (``sent_bounds`` nearest first),
    with ``sources`` also the source phrase of one ("laut Polizei")."""
    for lo, hi in sent_bounds:
        view = view_holder(toks, lo, hi, P)
        if view is not None and not any(_is_verb(toks, v, P) for v in range(lo, view.verb)):
            view.rule = "reported-speech"     # "X nahm zu der Frage Stellung. Jeder könne „…“"
            return view
        for v in range(lo, hi):
            if _is_verb(toks, v, P):
                m = subject_of(toks, v, lo, hi, P)
                # (in verb-second languages an organisation reports too: "erklärte die Fraktion, …")
                if m is not None and toks[v].low in P.expletive_verbs and toks[m.i].low not in P.expletives:
                    return None   # "Das Lokal hieß …", "Seiner Zeit hieß es": heißen names; only "hieß es" cites
                if m is not None and (m.kind != "body" or P.v2) and toks[m.i].low not in P.expletives:
                    return Attribution(m, toks[v].text, "reported-speech")
                if m is not None and m.kind == "pronoun" and toks[m.i].low in P.expletives \
                        and toks[v].low in P.expletive_verbs:
                    # "In einer Erklärung hieß es, … . Man brauche „…“": the document the cue names
                    att = expletive_source(toks, Attribution(m, toks[v].text, "reported-speech", v), lo, hi, P)
                    if att is not None:
                        return att
            elif sources:
                # a source phrase: "Dabei sei laut Polizei …", "Den Angaben der Veranstalter zufolge …"
                k = according_at(toks, v, hi, P)
                if not k and toks[v].low in P.post_cues and v > lo and toks[v - 1].text == ",":
                    k = 1         # "Doch sei es, so der Schriftsteller X, …"
                m = np_after(toks, v + k, hi, P) if k else (
                    np_before(toks, v, lo, P) if toks[v].low in P.postpositions else None)
                if m is not None and m.kind != "pronoun":
                    return Attribution(m, " ".join(t.text for t in toks[v:v + max(k, 1)]), "reported-speech")
        nouns = P.lang.extra.get("criticism_nouns")
        if nouns:
            # "An den Film richtet sich viel Kritik. Er betreibe „…“": the criticism the sentence before names
            d = next((q for q in range(lo, hi) if toks[q].cap and toks[q].low in nouns), -1)
            m = np_before(toks, d + 1, lo, P) if d >= 0 else None
            if m is not None and not m.after_prep and m.kind != "pronoun" \
                    and toks[m.i].low not in P.lang.extra.get("demonstrative_dets", ()) \
                    and toks[m.i].low not in P.non_nominative:
                # (not "Dieser Vorwurf …", a topic, nor an object: "weist den Vorwurf zurück")
                return Attribution(m, toks[d].text, "reported-speech")
    return None


def expletive_source(toks: list[Tok], att: Attribution, lo: int, hi: int, P: Profile) -> Attribution | None:
    """An expletive subject ("es" in "heißt es") speaks for nobody: the source is the prepositional
    phrase after it ("hieß es in der Rede", "heißt es vom Ministerium") or before the verb ("In dem
    Antrag heißt es: „…“"); without one the quotation stays unattributed."""
    m = att.mention
    v = att.verb if att.verb >= 0 else m.i
    if v > lo:
        # the fronted phrase first: "Auf der Homepage heißt es zur Begründung: „…“" (past a relative
        # clause closing it: "Im Schreiben, das … zuging, heißt es: „…“")
        k = _skip_fillers_back(toks, v, lo, P)
        if k - 1 > lo and toks[k - 1].text == ",":
            c = next((q for q in range(k - 2, lo, -1) if toks[q].text == ","), -1)
            rels = P.lang.extra.get("relative_verb_final", ())      # (a verb-final relative clause)
            if c > lo and (toks[c + 1].low in rels or (toks[c + 1].low in P.preps and toks[c + 2].low in rels)):
                k = c
                if toks[k - 1].text == ")":       # ("der Anordnung (Subpoena), die …")
                    k = next((q for q in range(k - 2, lo, -1) if toks[q].text == "("), k)
        m2 = np_before(toks, k, lo, P)
        if m2 is not None and (m2.after_prep or toks[lo].low in P.preps) and m2.kind != "pronoun":
            return Attribution(m2, att.cue, att.rule, att.verb)
    a = _skip_fillers(toks, m.j, hi, P, 2)
    if a < hi and (toks[a].low in P.preps or toks[a].low in P.connectors):     # "hieß es vom Minister"
        m2 = np_after(toks, a + 1, hi, P)
        if m2 is not None and m2.kind != "pronoun":
            return Attribution(m2, att.cue, att.rule, att.verb)
    return None


def final_verb_clause(toks: list[Tok], sent_lo: int, open_tok: int, post_lo: int, post_hi: int,
                      P: Profile) -> Attribution | None:
    """Verb-final subordinate clause: "Während X von einem „Skandal“ sprach, …", "…, weil X die Pläne
    als „falsch“ bezeichnet hatte." The speech verb right after the quotation closes a clause opened
    by a subordinator; the subject follows the subordinator."""
    subs = P.lang.extra.get("final_verb_openers", ())
    if not subs or post_lo >= post_hi or not _is_verb(toks, post_lo, P):
        return None
    e = post_lo + 1
    while e < post_hi and toks[e].low in P.auxiliaries and e - post_lo < 3:
        e += 1
    if e < post_hi and toks[e].text not in ",;":
        return None
    for s in range(open_tok - 1, sent_lo - 1, -1):
        t = toks[s]
        if t.text in ",;:" or _is_quote_tok(t):
            if not (t.text == "," and s + 1 < open_tok and toks[s + 1].low in subs):
                return None
            continue
        if t.low in subs and (s == sent_lo or toks[s - 1].text == ","):
            a = _skip_fillers(toks, s + 1, open_tok, P, 2)
            if a < open_tok and _nominative_start(toks[a], P) and toks[a].low not in P.non_nominative:
                m = np_after(toks, a, open_tok, P)
                if m is not None and not m.after_prep and (m.kind in ("name", "description", "pronoun") or (
                        m.kind == "body" and toks[m.i].low in P.v2_subject_start and m.j - m.i >= 2)):
                    # (a body with its article too: "…, weil die US-Regierung Georgien als „…“ bezeichnet hat")
                    return Attribution(m, toks[post_lo].text, "clause-verb", post_lo)
            return None
    return None


def attributive_cue(toks: list[Tok], sent_lo: int, open_tok: int, post_lo: int, post_hi: int,
                    P: Profile) -> Attribution | None:
    """A speech participle used as an adjective: "die von X als „Skandal“ bezeichneten Pläne", "die als
    „Skandal“ bezeichneten Pläne". The noun after it is no subject: the agent "von X" before the
    quotation speaks; without one the result has no mention (the quotation names no speaker and no
    rule after it may give one). None when the construction is absent."""
    if open_tok - 1 <= sent_lo or toks[open_tok - 1].low not in P.lang.extra.get("predicate_markers", ()) \
            or post_lo + 1 >= post_hi or not _is_verb(toks, post_lo, P):
        return None     # ("Als „Skandal“ bezeichnete X den Plan": fronted, the verb is finite)
    nxt = toks[post_lo + 1]
    if not (nxt.word and nxt.cap and nxt.low not in P.dets and nxt.low not in P.pronouns):
        return None
    for q in range(open_tok - 2, max(sent_lo, open_tok - 12) - 1, -1):
        if not toks[q].word:
            break
        if toks[q].low in P.agent_preps:
            m = np_after(toks, q + 1, open_tok - 1, P)
            if m is not None and m.kind != "pronoun":
                return Attribution(m, toks[post_lo].text, "attributive", post_lo)
            break
    return Attribution(None, toks[post_lo].text, "attributive", post_lo)


def speech_noun_source(toks: list[Tok], lo: int, hi: int, P: Profile) -> Attribution | None:
    """ "Kritik kam von der Opposition: „…“", "Von X kam scharfe Kritik": a noun of speaking with a
    verb of coming; the phrase after "von" is the source."""
    nouns = P.lang.extra.get("speech_nouns", ())
    verbs = P.lang.extra.get("coming_verbs", ())
    if not nouns or not any(toks[q].low in verbs for q in range(lo, hi)) \
            or not any(toks[q].cap and toks[q].low in nouns for q in range(lo, hi)):
        return None
    for q in range(lo, hi - 1):
        if toks[q].low in P.agent_preps:
            m = np_after(toks, q + 1, hi, P)
            if m is not None and m.kind != "pronoun" and not (m.j - m.i == 1 and toks[m.i].low in nouns):
                return Attribution(m, toks[q].text, "speech-noun")
    return None


def content_noun_source(toks: list[Tok], sent_lo: int, open_tok: int, P: Profile) -> Attribution | None:
    """ "Auf den Vorwurf der CDU, es handele sich um einen „…“, entgegnete X": a quotation in the content
    clause of a noun of saying that opens the sentence; the genitive or "von" phrase after the noun said
    it. The clause runs from the comma after that phrase to the main verb (a comma and a finite verb)."""
    nouns = P.lang.extra.get("saying_nouns", ())
    if not nouns:
        return None
    q = sent_lo
    if q < open_tok and toks[q].low in P.preps:
        q += 1
    if q < open_tok and toks[q].low in P.dets:
        q += 1
    while q < open_tok and toks[q].word and not toks[q].cap and toks[q].low not in P.stops:
        q += 1      # an adjective ("den schweren Vorwurf")
    if not (q + 2 < open_tok and toks[q].cap and toks[q].low in nouns):
        return None
    g = q + 1
    if toks[g].low in P.agent_preps:
        g += 1
    elif toks[g].low not in P.lang.extra.get("genitive_articles", ()):
        return None
    m = np_after(toks, g, open_tok, P)
    if m is None or m.kind == "pronoun":
        return None
    e = _skip_appositions(toks, m.j, open_tok, P) if m.j < open_tok and toks[m.j].text == "(" else m.j
    if not (e < open_tok and toks[e].text == ","):
        return None
    finite = P.lang.extra.get("v2_finite", ())
    for k in range(e + 1, open_tok - 1):
        if toks[k].text == "," and toks[k + 1].word and not toks[k + 1].cap \
                and (toks[k + 1].low in P.verbs or toks[k + 1].low in finite):
            return None     # the main clause has begun ("…, entgegnete X, „…“")
    if toks[g].low in P.agent_preps:
        m.after_prep = True
    return Attribution(m, toks[q].text, "content-noun")


def _words_phrase_at(toks: list[Tok], i: int, hi: int, P: Profile) -> int:
    """Length of a phrase that introduces a quotation as someone's words ("mit den Worten",
    "mit diesen Worten") starting at ``i``, else 0."""
    for phrase in P.words_phrases:
        n = len(phrase)
        if i + n <= hi and all(toks[i + q].low == phrase[q] for q in range(n)):
            return n
    return 0


def words_phrase(toks: list[Tok], sent_lo: int, open_tok: int, post_lo: int, post_hi: int,
                 next_lo: int, next_hi: int, P: Profile) -> Attribution | None:
    """A quotation given as someone's words: "X lobte das Team mit den Worten „…“", "Mit den Worten
    „…“ verabschiedete sich X", "„…“, mit diesen Worten meldete sich X zurück", "„…“ Mit diesen
    Worten eröffnete X die Sitzung." The subject of the clause of the phrase speaks."""
    if not P.words_phrases:
        return None
    for n in range(2, 5):
        p = open_tok - n
        if p >= sent_lo and _words_phrase_at(toks, p, open_tok, P) == n:
            if p == sent_lo:          # the phrase opens the sentence: the verb follows the quotation
                m = _v2_after(toks, post_lo, post_hi, P)
            else:
                # a speech verb before it keeps its own rules ("zitiert den Prediger mit den Worten")
                att = _pre_rules(toks, sent_lo, p, P, sent_lo=sent_lo)
                if att is not None:
                    return att
                m = sentence_subject(toks, sent_lo, p, P)
            return Attribution(m, toks[p + n - 1].text, "words-phrase") if _subject_ok(m) else None
    for lo, hi in ((post_lo, post_hi), (next_lo, next_hi)):
        q = lo
        while q < hi and toks[q].text in _DASHES:
            q += 1
        n = _words_phrase_at(toks, q, hi, P)
        if n:
            m = _v2_after(toks, q + n, hi, P)
            return Attribution(m, toks[q + n - 1].text, "words-phrase") if _subject_ok(m) else None
    return None


def next_sentence_rules(toks: list[Tok], lo: int, hi: int, P: Profile) -> Attribution | None:
    """The next sentence points back: "Das erklärte General X am Montag." / "That is what X said." """
    if lo >= hi or toks[lo].low not in P.anaphoric:
        return None
    if toks[lo].low in P.post_cues and P.lang.extra.get("next_sentence_post_cue"):
        # "„…“ So Hans Kurz am Montag.": the cue of a quotation opening the next sentence
        m = np_after(toks, lo + 1, hi, P)
        if m is not None and m.kind != "pronoun" and not m.after_prep and (toks[m.i].cap or toks[m.i].low in P.dets):
            e = _mention_end(m)
            if e >= hi or not _verb_like(toks, e, hi, P) or toks[e].low in P.preps:
                return Attribution(m, toks[lo].text, "next-sentence")
    for v in range(lo + 1, min(hi, lo + 5)):
        if _is_verb(toks, v, P):
            m = subject_of(toks, v, lo + 1, hi, P)
            if m is not None and (m.kind != "body"
                                  or toks[m.i].low in P.lang.extra.get("next_sentence_body_articles", ())):
                # (Dutch news names a body so, behind its article: "„…” Dat meldt de politie.")
                return Attribution(m, toks[v].text, "next-sentence")
            return None
    copulas = P.lang.extra.get("copulas", ())
    if copulas and lo + 3 < hi and toks[lo + 1].low in copulas:
        # "„…“ Das ist die zentrale Aussage einer Studie …": a noun of saying with its author
        q = lo + 2
        if toks[q].low in P.dets:
            q += 1
        while q < hi and toks[q].word and not toks[q].cap and toks[q].low not in P.stops and q - lo < 6:
            q += 1      # adjectives ("die zentrale Aussage")
        if q + 1 < hi and toks[q].cap and toks[q].low.endswith(P.lang.extra.get("saying_nouns", ())) \
                and toks[q + 1].low in P.lang.extra.get("genitive_articles", ()):
            m = np_after(toks, q + 1, hi, P)
            if m is not None and m.kind != "pronoun" and not m.after_prep:
                return Attribution(m, toks[q].text, "next-sentence")
    if P.aux_participle and lo + 2 < hi and toks[lo + 1].low in P.v2_finite:
        # "Das musste der Minister … einräumen", "Das hatte X zuvor erklärt": an auxiliary, the
        # subject, and the speech verb at the end of the sentence
        v = next((q for q in range(hi - 1, lo + 2, -1) if _is_verb(toks, q, P)), -1)
        if v > 0:
            m = _aux_subject(toks, v, lo, hi, P)
            if m is not None and m.kind != "body":
                return Attribution(m, toks[v].text, "next-sentence")
    return None


def relative_cue(toks: list[Tok], sent_lo: int, open_tok: int, lo: int, hi: int, P: Profile) -> Attribution | None:
    """A quotation in a relative clause that ends in a speech verb ("der IGEB, der die Maßnahme als
    „Kapitulation“ sieht", "eine Botschaft, welche X als „…“ bezeichnete"): the phrase the relative
    pronoun stands for speaks; the mention is the pronoun as written."""
    rel = P.lang.extra.get("relative_cue_pronouns", ())
    if not rel:
        return None
    v = lo
    while v < hi and toks[v].word and not _is_verb(toks, v, P) and v - lo < 6:
        v += 1
    w = v + 1
    while w < hi and toks[w].low in P.auxiliaries and w - v < 3:
        w += 1            # "…, die X als „…“ bezeichnet hatte, …"
    if not (v < hi and _is_verb(toks, v, P)) or (w < hi and toks[w].word):
        return None       # the verb must end the relative clause
    for r in range(open_tok - 1, max(sent_lo, open_tok - 20) - 1, -1):
        t = toks[r]
        if t.text in ",;:" or (_is_quote_tok(t) and r != open_tok - 1):
            return None
        if t.low in rel and r - 1 >= sent_lo and toks[r - 1].text == ",":
            subj = np_after(toks, r + 1, open_tok, P) if P.noun_caps else None
            if subj is not None and subj.kind == "name" and not subj.after_prep:
                # "die Pläne, die Eva Lang als „…“ bezeichnet hatte": the pronoun is the object, the
                # name after it speaks
                return Attribution(subj, toks[v].text, "relative-cue", v)
            ant = np_before(toks, r - 1, sent_lo, P)
            if ant is None or ant.kind == "pronoun":
                return None
            cut = max((q for q in range(ant.i + 1, r - 1) if toks[q].word and not toks[q].cap and toks[q - 1].cap
                       and toks[q].low not in P.dets and toks[q].low not in P.connectors), default=-1)
            if cut >= 0:
                # "Kritik kommt vom Verband X, der …": the phrase after the last verb or preposition
                cut += 1
                while cut < r - 1 and (toks[cut].low in P.connectors or toks[cut].low in P.preps):
                    cut += 1
                ant = (classify(toks, cut, r - 1, P) if cut < r - 1 else None) or ant
            if ant.kind == "name":
                return Attribution(Mention(r, r + 1, "name", ant.name_i, ant.name_j), toks[v].text, "relative-cue", v)
            return Attribution(Mention(r, r + 1, "name", ant.i, ant.j), toks[v].text, "relative-cue", v)
    return None


def _subject_first_clause(toks: list[Tok], lo: int, v: int, P: Profile) -> bool:
    """After the last comma before the verb at ``v`` a subject stands right before it: a clause of
    its own ("…“, Bundestrainer X bezeichnete …"), not an inverted cue ("…“, hatte X gesagt")."""
    c = next((q for q in range(v - 1, lo - 1, -1) if toks[q].text == ","), -1)
    if c < 0 or c + 1 >= v or toks[c + 1].low in P.preps or not toks[c + 1].word:
        return False
    m = np_after(toks, c + 1, v, P)
    return m is not None and not m.after_prep and _skip_fillers(toks, _mention_end(m), v, P) == v


def bracket_cue(toks: list[Tok], sent_lo: int, open_tok: int, lo: int, hi: int, P: Profile) -> Attribution | None:
    """A quotation inside the verbal bracket of a speech verb: a finite auxiliary before it and the
    speech participle closing the clause after it ("Die Medien hatten von einem „Volkskrieg“
    gesprochen"); the subject next to the auxiliary speaks."""
    if not P.aux_participle:
        return None
    for v in range(lo, min(hi, lo + 10)):
        if toks[v].text in ",;:" or _is_quote_tok(toks[v]):
            return None
        if _is_verb(toks, v, P):
            if v + 1 < hi and toks[v + 1].text not in ".,;:!?":
                return None
            a = next((q for q in range(open_tok - 1, sent_lo, -1)
                      if toks[q].text in ",;:" or toks[q].low in P.auxiliaries or toks[q].low in P.v2_finite), -1)
            if a <= sent_lo or toks[a].text in ",;:" or toks[a].low in P.passive_aux:
                return None
            m = _aux_subject(toks, v, sent_lo, hi, P)
            if m is None or (_mention_end(m) + 1 == open_tok and toks[open_tok - 1].low in P.dets):
                return None   # (the quotation in the subject: "hat die Redaktion der „Zeitung“ … berichtet")
            return Attribution(m, toks[v].text, "sentence-verb", v)
    return None


def post_sentence_rules(toks: list[Tok], lo: int, hi: int, P: Profile, sent_lo: int | None = None
                        ) -> Attribution | None:
    """A speech verb later in the quote's sentence: "“…” is what Jansen said"; a passive one takes
    the agent from before the quotation ("werden von Kritikern als „…“ bezeichnet")."""
    reach = 10
    a = lo + 1 if lo + 1 < hi and toks[lo].text == "," else lo
    if a < hi and toks[a].low in P.lang.extra.get("v2_finite", ()):
        # an auxiliary right after the quotation opens its inverted cue, which may end far on
        # ("„…“ wird der Franzose in der Sportzeitung „…“ zitiert")
        reach = P.lang.extra.get("inverted_cue_reach", reach)
    for v in range(lo, min(hi, lo + reach)):
        if _is_verb(toks, v, P):
            if P.lang.extra.get("post_cue_inverted") and _subject_first_clause(toks, lo, v, P):
                return None   # "„…“, Trainer X bezeichnete …": a new clause after the comma
            m = _passive_agent(toks, v, sent_lo, P) if P.passive_aux and sent_lo is not None else None
            if m is None and P.aux_participle and sent_lo is not None and sent_lo < lo:
                # "Der Minister hat die Pläne als „…“ bezeichnet": the participle closes the clause the
                # quotation stands in; its subject is next to the finite auxiliary before the quotation
                # (not a passive one: "werden die Vorkehrungen als „…“ bezeichnet")
                a = next((q for q in range(v - 1, sent_lo, -1)
                          if toks[q].low in P.auxiliaries or toks[q].low in P.v2_finite), -1)
                if a > 0 and toks[a].low not in P.passive_aux:
                    m = _aux_subject(toks, v, sent_lo, hi, P)
            if m is None and not P.v2 and toks[v].low in P.participles and sent_lo is not None and sent_lo < lo:
                # "… did not want to address “…”, telling Fox 35 that …": a participle after the quotation
                # continues the sentence's subject; what follows it is its object
                m = sentence_subject(toks, sent_lo, lo, P)
                return Attribution(m, toks[v].text, "participle", v) if m is not None else None
            m = m or subject_of(toks, v, lo, hi, P)
            if m:
                return Attribution(m, toks[v].text, "sentence-verb")
            return None
    return None


def possessive_content(toks: list[Tok], sent_lo: int, open_tok: int, close_tok: int, P: Profile
                       ) -> Attribution | None:
    """A quotation given as what someone's words said, the words named by a noun with a possessive:
    "his promise to be “neutral”", "Trump’s call for a “total ban”", "her remark that “…”" or, with
    the noun after the quotation, "Obama’s “you can keep it” promise", or with a copula and a colon
    ("Clinton’s response was: “…”"). The owner speaks. (The noun
    must be linked to the quotation: in "Trump’s remarks “have no place”" the quotation says
    something about the remarks.)"""
    nouns = P.lang.extra.get("content_nouns")
    if not nouns:
        return None
    links = P.lang.extra.get("content_links", ())
    k = open_tok - 1
    if k >= sent_lo and toks[k].low in P.lang.extra.get("singular_articles", ()):
        k -= 1
    n = 0
    if k - 1 > sent_lo and toks[k].low in (":", "that") and toks[k - 1].low in P.lang.extra.get("content_copulas", ()):
        k, n = k - 2, 2         # "Clinton’s response was: “…”", "his assumption was that “…”"
    while k >= sent_lo and toks[k].low in links and n < 2:
        k -= 1
        n += 1
    if not (n and k > sent_lo and toks[k].low in nouns):
        k = _content_clause_noun(toks, sent_lo, open_tok, nouns, P)
    if k > sent_lo:
        q = k - 1
        while q > sent_lo and k - q <= 5 and (toks[q].text == "-" or toks[q].word and not toks[q].cap
                                              and toks[q].low not in P.stops and toks[q].low not in P.verbs
                                              and toks[q].low not in P.dets and toks[q].low not in P.preps):
            q -= 1          # "Trump’s recent evidence-free assertion that"
        return _owner(toks, q, sent_lo, P)
    nxt = close_tok + 1
    if open_tok - 1 >= sent_lo and nxt < len(toks) and toks[nxt].low in nouns \
            and toks[nxt].low in P.lang.extra.get("content_nouns_after", ()):
        return _owner(toks, open_tok - 1, sent_lo, P)
    return None


def _content_clause_noun(toks: list[Tok], lo: int, open_tok: int, nouns, P: Profile) -> int:
    """The words noun whose "that" clause holds the quotation: "her claim that she “…”", "his warning
    that Britain would go to the “…”", "her assertion during the debate that “…”". No speech verb,
    comma or other quotation in the clause before the quotation (in "X's claim that Y said “…”" Y
    speaks); a time or a phrase with a preposition may stand between the noun and "that". Returns
    the noun's index, else -1."""
    k = open_tok - 1
    while k > lo and open_tok - k <= 8 and toks[k].low not in P.comps:
        if not toks[k].word or toks[k].low in P.verbs:
            return -1
        k -= 1
    if k <= lo or toks[k].low not in P.comps:
        return -1
    k -= 1
    if toks[k].low in P.lang.extra.get("time_words", ()):
        k -= 1          # "his comment Monday that"
    else:
        for p in range(k, max(lo, k - 6), -1):
            if toks[p].low in P.preps and p - 1 > lo and toks[p - 1].low in nouns:
                k = p - 1   # "her assertion during the debate that"
                break
            if not toks[p].word or toks[p].low in P.verbs:
                break
    return k if k > lo and toks[k].low in nouns else -1


def _owner(toks: list[Tok], q: int, lo: int, P: Profile) -> Attribution | None:
    """The possessor ending at token ``q``: "his", "Trump’s", "Sen. Bernie Sanders’"."""
    owners = P.lang.extra.get("owner_pronouns", {})
    if q < lo:
        return None
    t = toks[q]
    if t.low in owners:
        return Attribution(Mention(q, q + 1, "pronoun"), t.text, "possessive-content")
    if t.text in "’'" and q - 1 >= lo and toks[q - 1].end == t.start and toks[q - 1].low.endswith("s"):
        end, q = q, q - 1       # "Sanders’ pledge"
    elif t.word and t.cap and t.low.endswith(("’s", "'s")):
        end = q + 1
    else:
        return None
    i = q
    while i - 1 >= lo and toks[i - 1].cap and toks[i - 1].low not in P.dets and toks[i - 1].low not in P.stops:
        i -= 1
    m = classify(toks, i, end, P)
    if m is None or m.kind not in ("name", "description"):
        return None
    return Attribution(m, t.text, "possessive-content")


def sentence_final_cue(toks: list[Tok], lo: int, hi: int, in_quote, P: Profile) -> Attribution | None:
    """A cue closing the quotation's sentence after a comma, further on than the post rules look:
    "Assange has been “arbitrarily detained” by Britain since 2010, and should be freed, the rights
    group says." / "“We are horrified” by the shooting at the club, Nefzi said in a statement." The
    sentence is that source's report. Only a few words without a verb or comma ("in a statement",
    "on Tuesday") may follow the cue; quotations may stand between. ``[lo, hi)``: from after the
    quotation to its sentence's end."""
    if not P.lang.extra.get("sentence_final_cue"):
        return None
    tail_max = P.lang.extra["sentence_final_cue"]
    commas = 0
    for c in range(hi - 2, lo - 1, -1):
        t = toks[c]
        start = c + 1
        if in_quote[c]:
            # (American style puts the comma inside the marks: “big,” Berg said)
            if not (t.text == "," and _is_quote_tok(toks[c + 1]) and not in_quote[c + 1]):
                continue
            start = c + 2
        elif t.text in ";:!?" or (t.text == "." and not (c > 0 and toks[c - 1].end == t.start
                                                         and toks[c - 1].low in P.abbrev)):
            return None
        if t.text != "," or start >= hi:
            continue
        commas += 1
        if commas > 3:
            return None
        if start == lo:
            continue        # a cue right after the quotation is the post rules'
        att = _post_rules_at(toks, start, hi, P)
        if att is None or att.mention is None or att.rule not in ("post-speaker-verb", "post-verb-speaker"):
            continue
        m = att.mention
        e = _mention_end(m)
        if att.rule == "post-speaker-verb":
            e = next((q + 1 for q in range(e, hi) if toks[q].text == att.cue), hi)
        if any(in_quote[q] for q in range(m.i, m.j)) or e > hi or m.i != start and att.rule == "post-speaker-verb":
            continue
        # what may follow the cue: a phrase with a preposition, a time, an adverb ("said in a statement",
        # "said Tuesday", "first reported"), or the addressee of "told" — not an object ("accuses it of")
        if hi - e <= tail_max and not any(toks[q].text == "," or (toks[q].word and _is_verb(toks, q, P))
                                          for q in range(e, hi)) \
                and (e >= hi or toks[e].low in P.preps or toks[e].low in P.lang.extra.get("time_words", ())
                     or toks[e].low.endswith(P.lang.extra.get("adverb_suffixes", ("\0",)))
                     or att.cue.lower() in P.lang.extra.get("addressee_verbs", ())):
            return Attribution(m, att.cue, "final-cue")
    return None


def outer_speaker(toks: list[Tok], m: Mention, lo: int, P: Profile) -> Mention | None:
    """"She said she asked the question “…”", "The senator told ABC that he agrees Trump is a “…”":
    "he" or "she" opening the complement clause of a speech verb is that verb's subject again, the
    person the report is about: that phrase (not the pronoun) is the speaker's mention."""
    if m.kind != "pronoun" or P.pronouns.get(toks[m.i].low) != "person":
        return None
    k = m.i - 1
    if k > lo and toks[k].low in P.comps:
        k -= 1
        for _ in range(6):      # "told ABC’s “Good Morning America” that he"
            if k <= lo or (toks[k].low in P.verbs and not toks[k].cap) or toks[k].text in ",;:.!?":
                break
            k -= 1
    if k <= lo or not toks[k].word or toks[k].cap or toks[k].low not in P.verbs or toks[k].low in P.participles \
            or toks[k].low in P.lang.extra.get("mostly_nouns", ()):
        return None
    s = subject_of(toks, k, lo, m.i, P)
    if s is None or s.j > k or s.after_prep or s.kind not in ("name", "description", "pronoun"):
        return None
    if s.kind == "pronoun" and toks[s.i].low != toks[m.i].low:
        return None
    g = P.gender_of(toks[m.i].low)
    if any(P.gender_of(t.low) not in (None, g) for t in toks[s.i:s.j]):
        return None             # "Mrs. Clinton said he …"
    return s
