"""Quote marks that are not quotations: names, titles and scare quotes.

* ``naming``      the quote follows "so-called", "dubbed", "known as", "zogenaamde", "sogenannte",
  "dit", or a naming verb right after a noun ("a group called “X”"): it names something.
* ``title``       a short run in title case ("Parks and Recreation", „Shenzhou 6“) that does not end
  a sentence is a name or title; it is kept only when a speech cue sits right next to it.
* ``short``       up to three words without sentence punctuation: a scare quote or a quoted phrase;
  it gets a speaker only from a cue in its own sentence, never by continuation.
* ``medium_title`` (English) a programme, book or medium in title case after "told", "on", "with" …
  or after a noun for a work ("said on “Meet the Press.”", "the documentary “Weiner.”"): a name.
* ``headline_repeats`` (English) a headline quotation the body repeats is reported once, in the body.
"""
from __future__ import annotations

import regex

from .profile import Profile
from .tokens import Tok

SHORT_WORDS = 3


def naming(toks: list[Tok], open_idx: int, lo: int, P: Profile) -> bool:
    """True when the quotation opened at token ``open_idx`` is introduced as a name."""
    k = open_idx - 1
    if k < lo:
        return False
    t = toks[k]
    if t.low in P.naming and _reflexive_saying(toks, k, lo, P):
        return False      # French "il s’est dit « ouvert au dialogue »": saying it of oneself, no name
    if t.low in P.naming and not _uttered_term(toks, k, lo, P) and not _coined_by_subject(toks, k, lo, P):
        return True
    for phrase in P.known_as:
        n = len(phrase)
        if k - n + 1 >= lo and tuple(x.low for x in toks[k - n + 1:k + 1]) == phrase:
            return True
    if P.noun_caps and k - 1 >= lo and _noun_apposition(toks, k, open_idx, P):
        return True
    refl = P.lang.extra.get("reflexive")
    calling = P.lang.extra.get("calling_verbs", ())
    if refl and t.low == refl and k - 1 >= lo and (toks[k - 1].low in calling or (
            k - 2 >= lo and toks[k - 1].low in P.pronouns and toks[k - 2].low in calling)):
        return True       # "Dann nennt sie sich „documenta 12“": the name something gives itself
    if t.low in P.dets and k - 2 >= lo and toks[k - 1].low in P.lang.extra.get("naming_verbs", ()):
        k -= 1
        t = toks[k]       # "a formula called the “chained CPI”": the article of the name
    if t.low in P.lang.extra.get("naming_verbs", ()) and k - 1 >= lo:
        prev = toks[k - 1]
        # "a group called “X”" (noun before the verb) names; "Trump called it “X”" does not
        if prev.word and not prev.cap and prev.low not in P.pronouns and prev.low not in P.fillers \
                and prev.low not in P.auxiliaries and prev.low not in P.comps and prev.low not in P.stops:
            return True
        if prev.low in P.dets:
            return True
    return False


def _reflexive_saying(toks: list[Tok], k: int, lo: int, P: Profile) -> bool:
    """The naming word at ``k`` follows a reflexive of saying ("s’est", "se sont"): "il s’est dit
    « ouvert »" says something of oneself."""
    refl = P.lang.extra.get("reflexive_saying", ())
    return bool(refl) and ((k - 1 >= lo and toks[k - 1].low in refl)
                           or (k - 2 >= lo and f"{toks[k - 2].low} {toks[k - 1].low}" in refl))


def _uttered_term(toks: list[Tok], k: int, lo: int, P: Profile) -> bool:
    """The naming word at ``k`` is a term someone uses or says: "Clinton used the term “…”", "refrain
    from using the phrase “…”" — the words are theirs, not a name."""
    uses = P.lang.extra.get("uttering_verbs", ())
    return bool(uses) and k - 2 >= lo and toks[k].low in P.lang.extra.get("term_nouns", ()) \
        and toks[k - 1].low in P.dets and toks[k - 2].low in uses


def _coined_by_subject(toks: list[Tok], k: int, lo: int, P: Profile) -> bool:
    """The naming word at ``k`` is a verb of coining whose subject stands right before it ("Rubio, who
    he dubbed “…”", "what one conservative has dubbed “…”"): the name is that speaker's word (after a
    noun it names: "items labeled “…”"; in the passive no one speaks: "she is nicknamed “…”")."""
    if k - 1 < lo or toks[k].low not in P.lang.extra.get("coining_verbs", ()):
        return False
    p = toks[k - 1]
    return p.low in P.pronouns or p.low in ("has", "have", "had") or (p.cap and p.word and p.low not in P.dets)


def medium_title(toks: list[Tok], open_idx: int, lo: int, words: list[Tok], P: Profile) -> bool:
    """A programme, book or medium named after "told", "on", "with", "of" …, maybe behind its
    network's possessive ("told NBC’s “Today”", "said on “Meet the Press.”", "an interview with “Fox
    News Sunday.”", "the author of “Going Viral,”"): a name in title case of up to six words, with
    whatever punctuation American style puts inside its marks. After a noun for a work ("the
    documentary “Weiner.”") any capitalised quotation of up to eight words is its title."""
    before = P.lang.extra.get("medium_words")
    if not before and not P.lang.extra.get("work_noun_titles"):
        return False
    ws = [w for w in words if w.word]
    k = open_idx - 1
    if k - 1 >= lo and toks[k].text == "," and toks[k - 1].low in P.lang.extra.get("work_nouns", ()):
        k -= 1      # "she wrote in her memoir, “Tough Choices.”"
    if k >= lo and toks[k].word and not toks[k].cap and toks[k].low in P.lang.extra.get("work_nouns", ()):
        return bool(ws) and len(ws) <= 8 and ws[0].cap
    if not before:
        return False      # (French: a title in sentence case only after the noun of a work, « Le Silence du port »)
    if not ws or len(ws) > 6 or not ws[0].cap or any(w.text in "!?:;" for w in words) \
            or not all(w.cap or w.text[0].isdigit() or w.low in P.connectors or w.low in P.dets
                       or w.low in P.conj or w.low in P.preps or len(w.text) <= 3 for w in ws):
        return False      # (title case leaves function words small: “This Week with George Stephanopoulos”)
    if k - 1 >= lo and toks[k].low == "of" and toks[k - 1].low in P.lang.extra.get("utterance_nouns", ()):
        return False      # "chants of “I’m With Her”", "cries of “Bitch!”": words said, no title
    n = 0
    while k >= lo and n < 3 and toks[k].cap and (n or toks[k].low.endswith(("’s", "'s", "’"))) \
            and not (k == lo and toks[k].low in before):
        k -= 1      # "ABC’s", "Sirius XM's"
        n += 1
    # (the word may open the sentence: "On ABC’s “This Week,” Rubio said")
    return k >= lo and toks[k].low in before and (not toks[k].cap or k == lo)


def _noun_apposition(toks: list[Tok], k: int, open_idx: int, P: Profile) -> bool:
    """Languages that capitalise nouns: a capitalised quotation right after a common noun inside
    the sentence names it ("die Zeitung „Der Spiegel“", "das Spezialschiff „Arctowski“"), unless
    the noun is a role word (a speaker: "sagte der Minister „Wir …“") or the quotation is a sentence."""
    t, prev = toks[k], toks[k - 1]
    if not (t.word and t.cap and t.low not in P.dets and t.low not in P.pronouns and not P.is_title(t.low)):
        return False
    if not (prev.word and (not prev.cap or prev.low in P.dets)):
        return False          # sentence start or a name before it ("Chen Qigang „…“")
    ws = []
    q = open_idx + 1
    while q < len(toks) and len(ws) <= 8 and not (not toks[q].word and toks[q].text in "“”\"«»‹›‘’'"):
        ws.append(toks[q])
        q += 1
    if not ws or not (ws[0].cap or ws[0].text[0].isdigit()):
        return False
    if len(ws) > 8:
        # a long title after the noun of a work ("sein Buch „Cobra II – die Geschichte der …“")
        return t.low.endswith(P.lang.extra.get("work_nouns", ("\0",))) and not any(w.text in ".!?" for w in ws)
    return not any(w.text in ".!?:" for w in ws)


def title_like(words: list[Tok], text: str, P: Profile) -> bool:
    """A name or title in quote marks ("Parks and Recreation", „Shenzhou 6“)."""
    ws = [w for w in words if w.word]
    if not ws or len(ws) > 8:
        return False
    end = text.rstrip()[-1:]
    if end in ".!?,;:…" and not (end == "," and P.lang.extra.get("comma_inside_quotes") and len(ws) <= 4):
        return False      # (but a short “Scandal,” keeps the comma American style puts inside the marks)
    caps = [w for w in ws if w.cap]
    noun_caps = bool(P.lang.extra.get("noun_caps"))
    if noun_caps:
        if any(w.text[0].isdigit() for w in ws) and caps:
            return True
        # (a finite auxiliary or a pronoun makes it a sentence: „Das Urteil ist ein Skandal“)
        return len(ws) >= 2 and len(caps) >= 2 and all(w.cap or len(w.text) <= 5 for w in ws) \
            and not any(w.low in P.verbs or w.low in P.v2_finite or w.low in P.pronouns for w in ws)
    if not ws[0].cap and not ws[0].text[0].isdigit():
        return False
    return all(w.cap or w.text[0].isdigit() or len(w.text) <= 3 or w.low in P.connectors
               or w.low in P.dets or w.low in P.conj for w in ws)


def short(words: list[Tok], text: str) -> bool:
    ws = [w for w in words if w.word]
    return len(ws) <= SHORT_WORDS and text.rstrip()[-1:] not in ".!?"


def single_noun(words: list[Tok], P: Profile) -> bool:
    """Languages that capitalise nouns: one capitalised word in quote marks („Raffaello“, „Roadmap“)
    is a name or a term far more often than a quotation: it is treated like a title (a speaker only
    from a speech cue in its sentence)."""
    ws = [w for w in words if w.word]
    return P.noun_caps and len(ws) == 1 and (ws[0].cap or ws[0].text[0].isdigit())


def headline_repeats(text: str, spans: list, P: Profile) -> set[int]:
    """Indexes of quotations in a headline (the first line of a text of several lines) whose words a
    later quotation repeats ("Warren: Trump Is a ‘Proven Failure’" and, in the body, "said Trump was a
    “proven failure” in business"): the body's quotation, with its cue, is the one to keep."""
    if not P.lang.extra.get("headline_repeats"):
        return set()
    nl = text.find("\n")
    if nl < 0:
        return set()
    if P.lang.extra.get("headline_deck"):
        # a deck under the headline, both before the first blank line, is headline too (a deck is
        # one short line: a first paragraph right under the headline is not)
        nl2 = text.find("\n", nl + 1)
        if nl + 1 < nl2 <= nl + 150 and text.startswith("\n", nl2 + 1) and text[nl + 1:nl2].strip():
            nl = nl2
    out = set()
    heads = [k for k, sp in enumerate(spans) if sp.end <= nl]
    for k in heads:
        words = _words(text[spans[k].start:spans[k].end])
        if not words or spans[k].continued:
            continue
        for sp in spans[len(heads):]:
            later = _words(text[sp.start:sp.end])
            if all(later.get(w, 0) >= c for w, c in words.items()):
                out.add(k)
                break
    return out


def _words(s: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for w in _WORD_RE.findall(s.lower()):
        out[w] = out.get(w, 0) + 1
    return out


_WORD_RE = regex.compile(r"\w+")
