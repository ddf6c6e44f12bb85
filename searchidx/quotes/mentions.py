"""Speaker noun phrases next to a cue: a name, a pronoun, a description or a body.

``np_after`` reads a phrase that starts at a token (``said Maria Jansen``), ``np_before`` one that
ends at a token (``Maria Jansen said``). Both stop at punctuation, prepositions, verbs and other
words of ``Language.np_stops``; a name in apposition (``der Vorsitzende des Verbandes, Elmar Gesse``
or ``Maria Jansen, a spokeswoman for the union, said``) is preferred to the description.
"""
from __future__ import annotations

from dataclasses import dataclass

from .profile import Profile
from .tokens import Tok, is_quote_char

MAX_NP = 12


@dataclass
class Mention:
    i: int                     # first token (index into the token list)
    j: int                     # one past the last token
    kind: str                  # "pronoun", "name", "description" or "body"
    name_i: int = -1           # the proper name inside the phrase (titles stripped), if any
    name_j: int = -1
    appos: tuple[int, int] | None = None   # a description in apposition to the name
    after_prep: bool = False   # the phrase is the object of a preposition ("in een verklaring")


def _is_namepart(t: Tok, P: Profile) -> bool:
    # (a conjunction opening a sentence is no part of a name: "And Mike Huckabee called …")
    return t.cap and t.low not in P.dets and t.low not in P.stops and not P.is_title(t.low) and t.low not in P.conj


def classify(toks: list[Tok], i: int, j: int, P: Profile) -> Mention | None:
    """Decide what kind of speaker the phrase ``toks[i:j]`` is and find the name in it."""
    if j - i == 1 and toks[i].low in P.pronouns:
        return Mention(i, j, "pronoun")
    if j - i == 1 and toks[i].low in P.lang.extra.get("demonstratives", ()):
        return Mention(i, j, "pronoun")   # "Dieser sagte": the person named last
    if j - i == 1 and toks[i].low in P.lang.extra.get("pronominal_dets", ()):
        return Mention(i, j, "body")      # "Another said", "One read"
    if all(t.low in P.dets for t in toks[i:j]):
        return None
    swallowed = P.lang.extra.get("swallowed_verb_before")
    if swallowed and j - i >= 3 and j < len(toks) and not toks[j - 1].cap and toks[j - 1].word \
            and (toks[j - 1].low.endswith("ed") or toks[j - 1].low in P.lang.extra.get("irregular_pasts", ())) \
            and (toks[j].low in swallowed or toks[j].low in P.dets) and toks[j - 2].word \
            and toks[j - 2].low not in P.dets:
        # "His campaign sent out a release", "The Sanders campaign doubled down": the phrase ran on into
        # its verb, which a particle or an object follows
        return classify(toks, i, j - 1, P)
    if j - i == 1 and P.possessive_s and toks[i].low[-2:] in ("’s", "'s") and (
            toks[i].low[:-2] in P.stops or toks[i].low[:-2] in P.comps or toks[i].low[:-2] in P.dets):
        return None       # "That’s", "What's", "There’s": a contraction of a function word, no speaker
    if P.noun_caps and P.lang.extra.get("lowercase_no_speaker") and not any(
            not t.text.islower() or P.is_title(t.low) or "." in t.text or t.low in P.lang.extra["lowercase_no_speaker"]
            for t in toks[i:j]):
        return None       # capitalised nouns: "fest", "dazu" are no speaker ("t-online.de", "letztere" are)
    if j - i == 1 and toks[i].low in P.lang.extra.get("time_words", ()):
        return None                       # "Thursday", "night": a time, not a speaker
    if toks[j - 1].low in P.lang.extra.get("time_nouns", ()) and j - i <= 3 \
            and not any(t.low in P.preps for t in toks[max(0, i - 1):j]):
        return None                       # "Wenige Stunden (später erklärte X)": a time, not a speaker
    if j - i == 1 and not toks[i].cap and not P.is_title(toks[i].low) and P.lang.extra.get("plural_s") \
            and not toks[i].low.endswith("s"):
        return None     # "meanwhile", "night", "swing": one lower-case word speaks only as a plural ("officials")
    s = i
    while not P.noun_caps and s < j and (P.is_title(toks[s].low) or (
            toks[s].text == "." and s > i and _abbrev_or_initial(toks[s - 1], P))) and toks[s].cap:
        s += 1          # "Senator Ben Cardin of Maryland", "Mr. Kirk of Illinois": titles first
    if not P.noun_caps and s < j and _is_namepart(toks[s], P):
        # "Dianne Bystrom of Iowa State University": a person's name, then where they work
        r = s
        while r < j and _is_namepart(toks[r], P):
            r += 1
        if (r - s >= 2 or (r - s >= 1 and s > i)) and r + 1 < j and toks[r].low in P.connectors \
                and toks[r + 1].cap:
            return Mention(i, j, "name", s, r)
    # the name: the capitalised run at the end of the phrase, after the last title word
    k = j
    while k > i and (_is_namepart(toks[k - 1], P) or toks[k - 1].text == "."
                     or (not toks[k - 1].cap and toks[k - 1].low in P.particles and k < j)):
        k -= 1
    while k < j and not toks[k].cap:       # a run starts with a capital
        k += 1
    if P.noun_caps and j - k >= 3 and k > i and all(t.low in P.dets for t in toks[i:k]) \
            and all(t.cap and t.word for t in toks[k:j]) and P.lang.extra.get("role_noun_before_name"):
        # capitalised nouns: "den Theologen Hans Küng" is a role noun, then the name
        return Mention(i, j, "name", k + 1, j)
    has_title = any(P.is_title(t.low) for t in toks[i:j])
    starts_det = toks[i].low in P.dets or not toks[i].cap
    bare_role = k < j and not P.noun_caps and all(t.word and t.low not in P.dets for t in toks[i:k])
    if bare_role and k > i:
        # "harbour master Ellen Brook", "crane driver Peter Okafor": a role without article, then the name
        return Mention(i, j, "name", k, j)
    if k < j and (k == i or has_title or not starts_det):
        # everything before the run must be titles, capitals or determiners for it to be a person's
        # name ("Foreign Minister Sigmar Gabriel", "FNV spokeswoman Maria Jansen")
        before = toks[i:k]
        if k == i or (before and P.is_title(before[-1].low)) or all(t.cap for t in before):
            if k > i and all(t.cap for t in before) and not has_title and not starts_det:
                return Mention(i, j, "name", i, j)          # one capitalised run: all of it is the name
            return Mention(i, j, "name", k, j)
    if has_title and i < k < j and toks[k - 1].low not in P.connectors and toks[k - 1].low not in P.dets \
            and toks[k - 1].low not in P.preps:
        # "la déléguée syndicale Marie Lefèvre": a role, then the name
        return Mention(i, j, "name", k, j)
    if has_title:
        return Mention(i, j, "description")
    if not starts_det and all(t.cap or t.low in P.particles or t.low in P.connectors for t in toks[i:j]):
        return Mention(i, j, "name", i, j)
    return Mention(i, j, "body")


def _abbrev_or_initial(t: Tok, P: Profile) -> bool:
    """A word that a period after it does not end: "Gov.", "Sen.", or an initial ("J. Gerald Hebert")."""
    return t.low in P.abbrev or (len(t.text) == 1 and t.cap)


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "’", "'"))


def _s_apostrophe(toks: list[Tok], k: int, P: Profile) -> bool:
    """``toks[k]`` is the apostrophe of a possessive in -s, written apart from its word by the
    tokenizer: "Sanders’ campaign", "the Democrats' leader"."""
    return toks[k].text in "’'" and P.possessive_s and toks[k - 1].word and toks[k - 1].low.endswith("s") \
        and toks[k - 1].end == toks[k].start and k + 1 < len(toks) and toks[k + 1].start > toks[k].end


def _leads_to_name(toks: list[Tok], j: int, hi: int, P: Profile) -> bool:
    """Lower-case words from ``j`` lead (within three words) to a title or a name:
    "Democratic presidential candidate Hillary Clinton"."""
    for k in range(j, min(hi, j + 3)):
        t = toks[k]
        if not t.word or t.low in P.dets or t.low in P.stops or t.low in P.verbs:
            return False
        if k == j and not P.noun_caps and len(t.low) > 4 and t.low.endswith("ed"):
            return False    # "Ryan endorsed Trump": a past tense after a name, not a role

        if P.is_title(t.low) or t.cap:
            return True
    return False


def _name_after_comma(toks: list[Tok], c: int, hi: int, P: Profile) -> tuple[int, int] | None:
    """A name right after the comma at ``c`` that ends the clause: ", Elmar Gesse." """
    k = c + 1
    s = k
    while k < hi and k - s < 5 and (_is_namepart(toks[k], P) or (toks[k].low in P.particles and k > s)):
        k += 1
    if k == s or not toks[s].cap:
        return None
    if k < hi and toks[k].word:
        return None
    return s, k


def _joins_particle(toks: list[Tok], i: int, j: int, hi: int, P: Profile) -> bool:
    """``toks[j]`` is a lower-case name particle between capitalised words of one name, and not one
    after a complete first and last name ("Hans Huber zur APA") or, where nouns are capitalised,
    after a noun with its article."""
    t = toks[j]
    return t.low in P.particles and not t.cap and j > i and toks[j - 1].cap and j + 1 < hi and toks[j + 1].cap \
        and not (j - 2 >= i and toks[j - 2].cap and toks[j - 2].low not in P.dets and not P.is_title(toks[j - 2].low)) \
        and not (P.noun_caps and j - 2 >= i and toks[j - 2].low in P.dets)   # "der Konzernchef den Abbau"


def _genitive_role(toks: list[Tok], m: Mention, P: Profile) -> bool:
    """Where nouns are capitalised, ``m`` is a role with a genitive name, not a person: "der
    Präsident Frankreichs", "der Trainer Bayerns" (the person's name follows in apposition)."""
    return P.noun_caps and m.kind == "name" and m.name_j - m.name_i == 1 and m.name_i - 1 > m.i \
        and toks[m.name_i].low.endswith("s") and P.is_title(toks[m.name_i - 1].low)


def _quoted_name_end(toks: list[Tok], q: int, hi: int) -> int:
    """``toks[q]`` opens a short quoted name ("„Die Zeit“", "„heise online“"): the index of its
    closing mark, else -1."""
    for k in range(q + 1, min(hi, q + 8)):
        if is_quote_char(toks[k].text):
            inner = toks[q + 1:k]
            if inner and inner[0].word and (inner[0].cap or inner[0].text[0].isdigit()
                                            or any(t.text == "." for t in inner)) \
                    and all(t.word or t.text in ".-&" for t in inner):
                return k
            return -1
        if toks[k].text in ",;:.!?":
            return -1
    return -1


def _extended_attribute(toks: list[Tok], s: int, hi: int, P: Profile) -> int:
    """Where nouns are capitalised, an article can open an attribute phrase that ends in an inflected
    participle or adjective before the noun: "die [in New York geborene] Sängerin", "Die [das Unglück
    überlebende] Frau". ``toks[s]`` is its first word (a preposition or an article): the index of the
    noun after it, else -1."""
    if not P.noun_caps or s >= hi or not (toks[s].low in P.preps or toks[s].low in P.dets):
        return -1
    noun = False
    for q in range(s + 1, min(hi - 1, s + 8)):
        t = toks[q]
        if not t.word or t.low in P.verbs or t.low in P.comps or t.low in P.pronouns:
            return -1
        if t.cap:
            noun = True
        elif noun and t.low.endswith(_INFLECTED) and t.low not in P.stops and t.low not in P.dets \
                and t.low not in P.preps and toks[q + 1].cap and toks[q + 1].word:
            return q + 1
    return -1


_INFLECTED = ("e", "en", "er", "es", "em")


def _inner_adverb(toks: list[Tok], q: int, lo: int, hi: int, P: Profile) -> bool:
    """``toks[q]`` is an adverb between an article (or another such adverb) and a lower-case adjective
    or participle, inside the phrase: "ein nicht namentlich genannter Sprecher"."""
    advs = P.lang.extra.get("np_adverbs", ())
    if not advs or toks[q].low not in advs or q - 1 < lo or q + 1 >= hi:
        return False
    before, after = toks[q - 1], toks[q + 1]
    return (before.low in P.dets or before.low in advs) and after.word and not after.cap \
        and (after.low in advs or after.low not in P.stops)


def np_after(toks: list[Tok], i: int, hi: int, P: Profile) -> Mention | None:
    """The speaker phrase starting at token ``i`` (not reaching ``hi``)."""
    if i < hi and is_quote_char(toks[i].text):
        k = _quoted_name_end(toks, i, hi)       # a medium or body named in quote marks: "schrieb „Die Zeit“"
        return Mention(i, k + 1, "name", i + 1, k) if k > 0 else None
    if i >= hi or not toks[i].word:
        return None
    t = toks[i]
    if t.low in P.np_openers:
        # a genitive relative as article: "meint deren Co-Präsidentin Lea Keller"
        m = np_after(toks, i + 1, hi, P)
        if m is not None and m.kind in ("name", "description"):
            m.i = i
        return m
    if t.low in P.pronouns and not (t.low in P.dets and i + 1 < hi and toks[i + 1].word
                                    and toks[i + 1].low not in P.stops and toks[i + 1].low not in P.verbs
                                    and toks[i + 1].low not in P.pronouns):
        # (a pronoun that is also an article opens a noun phrase before a noun: Dutch "zegt het
        # ministerie", but "zei het al")
        return Mention(i, i + 1, "pronoun")
    if t.low in P.lang.extra.get("demonstratives", ()) and (i + 1 >= hi or not toks[i + 1].word or (
            not toks[i + 1].cap and (toks[i + 1].low in P.stops or toks[i + 1].low in P.verbs))):
        return Mention(i, i + 1, "pronoun")     # "sagte dieser, dass …": the person named last
    if t.low in P.stops or t.low in P.comps or (t.low in P.verbs and not t.cap):
        return None     # (a capitalised "Post", "Call" or "Read" is part of a name)
    j = i
    while j < hi and j - i < MAX_NP:
        t = toks[j]
        low = t.low
        if not t.word:
            if (t.text == "." and j > i and _abbrev_or_initial(toks[j - 1], P) and j + 1 < hi and toks[j + 1].cap
                    and toks[j - 1].end == t.start and toks[j + 1].start - t.end <= 1):
                j += 1
                continue
            if is_quote_char(t.text) and j > i and (all(x.low in P.dets or not x.cap for x in toks[i:j]) or (
                    toks[i].low in P.dets and not any(P.is_title(x.low) for x in toks[i:j]))):
                k = _quoted_name_end(toks, j, hi)   # "die liberale „El Mundo“"
                if k > 0:
                    return Mention(i, k + 1, "name", j + 1, k)
            if t.text == "&" and j > i:
                j += 1
                continue
            if j > i and j + 1 < hi and _s_apostrophe(toks, j, P) and toks[j + 1].word:
                j += 1      # "said Sanders’ campaign manager Jeff Weaver"
                continue
            break
        if _joins_particle(toks, i, j, hi, P):
            j += 1          # "Anouk de Vries", "zu Guttenberg" (not after a full name: "Hans Huber zur APA")
            continue
        if j == i + 1 and toks[i].low in P.dets:
            e = _extended_attribute(toks, j, hi, P)
            if e > 0:
                j = e       # "schrieb die in New York geborene Lopez"
                continue
        if low in P.dets and P.noun_caps and j - 2 >= i and _is_namepart(toks[j - 1], P) \
                and _is_namepart(toks[j - 2], P) and not toks[j - 1].low.endswith("s"):
            break           # a person's name takes no genitive: "sagte Hans Kurz der Nachrichtenagentur dpa"
        if low in P.dets and not (low in P.connectors and j > i and j + 1 < hi and toks[j + 1].word
                                  and (toks[j - 1].cap or P.is_title(toks[j - 1].low))):
            # (a connector that is also an article goes on after a name or a title: "la présidente du syndicat")
            if j == i or toks[j - 1].low in P.connectors or toks[j - 1].low in P.conj:
                j += 1
                continue
            break
        if j > i and low in P.verbs and not t.cap:
            break
        if _inner_adverb(toks, j, i, hi, P):
            j += 1          # "ein nicht namentlich genannter Sprecher"
            continue
        if _joins_particle(toks, i, j, hi, P):
            j += 1          # "zu Guttenberg", "van der Ploeg"
            continue
        if (low in P.connectors or low in P.conj) and not t.cap:
            if j > i and j + 1 < hi and toks[j + 1].word and toks[j + 1].low not in P.stops \
                    and toks[j + 1].low not in P.verbs and toks[j + 1].low not in P.pronouns \
                    and not (P.noun_caps and not toks[j + 1].cap and toks[j + 1].low not in P.dets
                             and not (j + 2 < hi and toks[j + 2].cap)):
                j += 1      # (capitalised nouns: "die Hacker und kündigten …" joins a verb, no noun)
                continue
            break
        if low in P.attributive and j > i and toks[j - 1].low in P.dets and j + 1 < hi and toks[j + 1].word \
                and (toks[j + 1].cap or toks[j + 1].low not in P.stops and toks[j + 1].low not in P.verbs):
            j += 1          # "a Wednesday editorial", "the Sunday Times": a day as an adjective or a name part
            continue
        if t.cap and j > i and toks[j - 1].cap and toks[j - 1].word and low in P.name_stops:
            j += 1          # "USA Today": a stop word that continues a capitalised name
            continue
        if low in P.stops or low in P.pronouns or low in P.comps:
            break
        if low in P.particles and not t.cap and not (j + 1 < hi and toks[j + 1].cap):
            break
        if not t.cap and j > i and toks[j - 1].cap and P.noun_caps and toks[j - 1].low not in P.dets:
            break           # German: a lower-case word after a noun is no part of the phrase
            #                 (but an adjective after the article is: "Der österreichische Bundeskanzler")
        if not t.cap and j > i and (toks[j - 1].cap or (j > i + 1 and toks[i].low in P.dets
                                                        and not P.noun_caps)) \
                and j + 1 < hi and (toks[j + 1].low in P.dets or toks[j + 1].low in P.pronouns) \
                and not (P.is_title(low) and toks[j + 1].low in P.connectors):
            break           # "the Water Board rejected the plan", "The town released a statement":
            #                 a verb with its object (not a role word: "la secrétaire générale du syndicat")
        if not t.cap and j > i and toks[j - 1].cap and not _possessive(toks[j - 1].text) \
                and not P.is_title(low) and not _leads_to_name(toks, j, hi, P) and (
                    toks[i].low not in P.dets or (
                        not P.noun_caps and j - i >= 3 and not toks[i + 1].cap and P.is_title(toks[i + 1].low)
                        and all(x.cap or P.is_title(x.low) for x in toks[i + 2:j]))):
            # "Clinton decried ...": a lower-case word after a bare name is a verb, not a noun; so it
            # is after a titled one ("Le navetteur Paul Roy roule …", "La secrétaire générale Claire Dumas s’est …")
            break
        j += 1
    while j > i and not toks[j - 1].cap and (toks[j - 1].low in P.connectors or toks[j - 1].low in P.conj
                                             or toks[j - 1].low in P.dets or toks[j - 1].low in P.particles):
        j -= 1
    if j <= i and toks[i].low in P.lang.extra.get("pronominal_dets", ()) and (
            (i + 1 < hi and toks[i + 1].low in P.verbs)
            or (P.noun_caps and (i + 1 >= hi or toks[i + 1].text in ".,;:!?"))):
        j = i + 1       # "“…,” another said", "„…“, sagten einige.": a determiner standing alone as the subject
    if j <= i:
        return None
    m = classify(toks, i, j, P)
    if m is None:
        return None
    if (m.kind in ("description", "body") or _genitive_role(toks, m, P)) and j < hi and toks[j].text == ",":
        # (also "der Präsident Frankreichs, Nicolas Sarkozy": a genitive, then the name)
        nm = _name_after_comma(toks, j, hi, P)
        if nm:
            return Mention(nm[0], nm[1], "name", nm[0], nm[1], appos=(i, j))
    return m


def np_before(toks: list[Tok], j: int, lo: int, P: Profile) -> Mention | None:
    """The speaker phrase ending just before token ``j`` (not before ``lo``)."""
    k = j - 1
    if k < lo:
        return None
    t = toks[k]
    if t.text == ")":
        # "Renate Schmidt (SPD) sagte": skip the parenthesis
        b = k - 1
        while b >= lo and toks[b].text != "(" and k - b < 8:
            b -= 1
        if b >= lo and toks[b].text == "(":
            return np_before(toks, b, lo, P)
        return None
    if t.text == ",":
        # apposition: "Maria Jansen, a spokeswoman for the union, said"
        rel = P.lang.extra.get("relative_cue_pronouns", ()) if P.v2 else ()
        c2 = k - 1
        verb = False
        while c2 >= lo and toks[c2].text != "," and k - c2 < 30:
            if toks[c2].text in ".;:!?" or (toks[c2].low in P.verbs and not rel):
                return None
            verb = verb or toks[c2].low in P.verbs
            c2 -= 1
        if c2 < lo or toks[c2].text != ",":
            return None
        if verb:
            # verb-second languages: a relative clause between the commas ("Eva Lang, die die Pläne
            # seit Jahren kritisiert, sprach …") leaves its antecedent as the subject
            if toks[c2 + 1].low not in rel:
                return None
            inner = np_before(toks, c2, lo, P)
            return inner if inner is not None and inner.kind in ("name", "description") and not inner.after_prep \
                else None
        inner = np_before(toks, c2, lo, P)
        se = k
        if toks[se - 1].text == ")":
            # "Der Bürgermeister, Hans Kurz (SPD), sagte": the party in parentheses is no part of the name
            o = next((q for q in range(se - 2, c2, -1) if toks[q].text == "("), -1)
            se = o if o > c2 + 1 else se
        seg = classify(toks, c2 + 1, se, P) if se > c2 + 1 else None
        if inner and seg and seg.kind == "name" and _genitive_role(toks, inner, P):
            seg.appos = (inner.i, inner.j)      # "Der Präsident Frankreichs, Nicolas Sarkozy, sagte"
            return seg
        if inner and inner.kind == "name" and not inner.after_prep:
            inner.appos = (c2 + 1, k)
            return inner
        if inner and inner.after_prep and not P.noun_caps:
            return None     # "Clinton, during a meeting in Columbus, Ohio, said": a place, no apposition
        if inner and toks[c2 + 1].low in P.lang.extra.get("relative_pronouns", ()):
            return inner    # "The complaint, which was filed in Washington, alleged": a relative clause
        if inner and seg and seg.kind == "name":
            # "Carson’s business manager, Armstrong Williams, stated"
            seg.appos = (inner.i, inner.j)
            return seg
        return inner
    if is_quote_char(t.text):
        # "Wie „heise online“ berichtet": a name in quote marks, after an article and adjectives
        b = k - 1
        while b >= lo and k - b < 8 and not is_quote_char(toks[b].text) and (toks[b].word or toks[b].text in ".-&"):
            b -= 1
        if b < lo or b == k - 1 or not is_quote_char(toks[b].text) or not toks[b + 1].word:
            return None
        s = b
        while s - 1 >= lo and k - s < 12 and toks[s - 1].word and not toks[s - 1].cap and toks[s - 1].low not in P.stops \
                and toks[s - 1].low not in P.verbs:
            s -= 1
        if s - 1 >= lo and toks[s - 1].low in P.dets:
            s -= 1
        elif s < b and toks[s].low not in P.dets:
            s = b
        if P.noun_caps and s < b and toks[s].low in P.connectors and s - 1 >= lo and toks[s - 1].word \
                and toks[s - 1].cap and toks[s - 1].low not in P.dets:
            # a genitive: "Ein Sprecher der „Grünen Liga“ sagte", "Der Chefredakteur des „Spiegel“, X,"
            head = np_before(toks, s, lo, P)
            if head is not None and head.kind in ("description", "body"):
                # (a person's name takes no genitive: "sagte Kurz der „Bild“:" is whom Kurz told)
                kind = "description" if any(P.is_title(t.low) for t in toks[head.i:head.j]) else "body"
                return Mention(head.i, k + 1, kind, after_prep=head.after_prep)
        m = Mention(s, k + 1, "name", b + 1, k)
        if s - 1 >= lo and toks[s - 1].low in P.preps:
            m.after_prep = True
        return m
    if not t.word:
        return None
    if t.low in P.pronouns:
        return Mention(k, k + 1, "pronoun")
    b = k
    while b >= lo and k - b < MAX_NP:
        t = toks[b]
        low = t.low
        if not t.word:
            if (t.text == "." and b > lo and b < k and _abbrev_or_initial(toks[b - 1], P)
                    and toks[b - 1].end == t.start and toks[b + 1].start - t.end <= 1):
                # ("Rep. Jo Lund", not "(AP.) ¶ Bill Lund": a line break or a wider gap ends the name)
                b -= 1
                continue
            if t.text == "&" and b < k:
                b -= 1
                continue
            if b < k and b > lo and _s_apostrophe(toks, b, P):
                b -= 1      # "Sanders’ campaign said"
                continue
            if t.text == "-" and b < k and b - 1 > lo and is_quote_char(toks[b - 1].text) \
                    and toks[b - 1].end == t.start and t.end == toks[b + 1].start:
                # a compound with a quoted name: "der „Bild“-Zeitung"
                o = next((q for q in range(b - 2, max(lo, b - 9) - 1, -1) if is_quote_char(toks[q].text)), -1)
                if o >= lo and all(toks[q].word for q in range(o + 1, b - 1)):
                    b = o - 1
                    continue
            break
        if low in P.particles and not t.cap and b < k and toks[b + 1].cap and b - 1 >= lo and toks[b - 1].cap:
            b -= 1          # "zu Guttenberg"
            continue
        if low in P.dets and b < k and toks[b + 1].cap and low in P.comps and P.lang.extra.get("comp_before_name"):
            break           # "strange that Trump would": a complementizer, no article
        if P.noun_caps and b < k and b - 1 >= lo and toks[b - 1].low in P.dets and (low in P.dets or low in P.preps) \
                and 0 < _extended_attribute(toks, b, k + 1, P) <= k:
            b -= 2          # "Die das Unglück überlebende Frau", "die in Berlin lebende Autorin"
            break
        if low in P.dets:
            if low in P.connectors and b < k and b - 1 >= lo and toks[b - 1].word \
                    and (toks[b - 1].cap or P.is_title(toks[b - 1].low)) and toks[b - 1].low not in P.stops:
                b -= 1      # genitive: "der Leiter des Programms der WHO", "porte-parole du syndicat"
                continue
            b -= 1
            if b >= lo and not toks[b].cap and (toks[b].low in P.connectors or toks[b].low in P.conj):
                continue
            break
        if b < k and low in P.verbs and not t.cap:
            break
        if t.cap and b > lo and toks[b - 1].cap and toks[b - 1].word and low in P.name_stops:
            b -= 1          # "USA Today reported"
            continue
        if b < k and _inner_adverb(toks, b, lo, k + 1, P):
            b -= 1          # "ein nicht namentlich genannter Sprecher sagte"
            continue
        if low in P.stops or low in P.pronouns or low in P.comps:
            break
        if (low in P.connectors or low in P.conj) and not t.cap:
            if b < k:
                b -= 1
                continue
            break
        b -= 1
    start = b + 1
    while start <= k and not toks[start].cap and (toks[start].low in P.connectors or toks[start].low in P.conj) \
            and not (toks[start].low in P.dets and start - 1 >= lo and toks[start - 1].low in P.stops):
        start += 1      # (an article after an adverb or a preposition opens the phrase: "Dazu der Minister:",
        #                 "anlässlich des Entzugs": so the phrase is known to follow the preposition)
    if start > k:
        return None
    if P.noun_caps and start < k and toks[k].low == toks[k].text and not toks[k].text[0].isdigit() \
            and any(toks[q].cap for q in range(start, k)):
        return None       # a noun phrase ends in its noun: "Die Ministerin reagierte gelassen" is a clause
    # "In an interview Jansen said": a name run at the end is not part of the words before it
    r = k + 1
    while r > start and (_is_namepart(toks[r - 1], P) or (not toks[r - 1].cap and toks[r - 1].low in P.particles
                                                           and r <= k)):
        r -= 1
    if start < r <= k and toks[r].cap and not P.noun_caps:
        q = r
        while q > start and (P.is_title(toks[q - 1].low) or (toks[q - 1].cap and toks[q - 1].low not in P.dets)
                             or (toks[q - 1].text == "." and q - 2 >= start and _abbrev_or_initial(toks[q - 2], P)
                                 and toks[q].start - toks[q - 1].end <= 1)):
            q -= 1      # (also over the period of "Rep." or "J.")
        if q > start and toks[q - 1].low not in P.dets and toks[q - 1].low not in P.connectors:
            start = q
    if start - 2 >= lo and toks[start - 1].low in P.lang.extra.get("restrictive_relatives", ()) \
            and toks[start].word and not toks[start].cap and toks[start].low not in P.dets:
        # "a White House official who spoke anonymously said": the words after "who" are its clause;
        # the phrase before it is the subject
        ant = np_before(toks, start - 1, lo, P)
        if ant is not None and ant.kind != "pronoun":
            return ant
    m = classify(toks, start, k + 1, P)
    if m is None:
        return None
    if start - 1 >= lo and toks[start - 1].low in P.preps \
            and toks[start - 1].low not in P.lang.extra.get("clause_preps", ()):
        m.after_prep = True     # (but "as Jansen put it": "as" opens a clause, its subject follows)
    return m
