"""Who a mention is: the fullest name for a surname, the person behind a description or pronoun.

* ``NameIndex`` collects the capitalised names of an article (titles stripped) so that "Jansen"
  becomes "Maria Jansen" and records which role words were used for whom ("spokeswoman Maria
  Jansen", "Maria Jansen, a spokeswoman for ...", "de minister, Jan de Vries,") and genders
  ("Mrs", "spokeswoman", "woordvoerster").
* ``resolve_description`` maps "the spokeswoman" / "de minister" to the person the article gave
  that role, nearest before the quotation first.
* ``resolve_pronoun`` maps he/she/they/hij/ze/er/sie/il/elle to the nearest earlier speaker that
  fits (person or group, gender when known), else to the nearest earlier person's name.
* ``NameIndex.learn_genders`` reads a name's gender from the he/she that follow it.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from itertools import compress
from operator import gt
from dataclasses import dataclass, field

from .mentions import _is_namepart
from .profile import Profile
from .tokens import QUOTE_CHARS, Tok


@dataclass
class Speaker:
    name: str
    offset: int
    kind: str                   # "name", "description", "body", "pronoun"
    gender: str | None = None
    group: bool = False


@dataclass
class NameIndex:
    P: Profile
    names: dict[tuple[str, ...], list[int]] = field(default_factory=dict)   # token tuple -> offsets
    display: dict[tuple[str, ...], str] = field(default_factory=dict)
    by_last: dict[str, list[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(list))
    roles: dict[str, list[tuple[int, str, frozenset[str]]]] = field(default_factory=lambda: defaultdict(list))
    _genders: dict[str, str] = field(default_factory=dict)
    _pending: tuple | None = None       # the arguments of ``learn_genders``, read at the first need
    person_offsets: list[tuple[int, str]] = field(default_factory=list)
    text: str = ""
    _common: dict[str, bool] = field(default_factory=dict)
    _fullest: dict[str, str] = field(default_factory=dict)     # (asked once the names are all in)
    _head: int = -1

    @classmethod
    def build(cls, text: str, toks: list[Tok], P: Profile, masked: list[tuple[int, int]],
              caps: list[int] | None = None) -> "NameIndex":
        """Collect names and role links from ``toks``; tokens inside ``masked`` spans (quotations)
        count for full names but not as candidates for pronouns."""
        idx = cls(P)
        idx.text = text
        n = len(toks)
        mask_starts = [s for s, _ in masked]

        def inside(off: int) -> bool:
            k = bisect_left(mask_starts, off + 1) - 1
            return k >= 0 and masked[k][0] <= off < masked[k][1]

        if caps is None:
            caps = [q for q, t in enumerate(toks) if t.cap]
        # (this loop visits every capitalised word of the article: the sets and the title test are
        # read into locals once)
        is_title, dets, stops, particles = P.is_title, P.dets, P.stops, P.particles
        not_name_start, source_nouns = P.not_name_start, P.source_nouns
        noun_caps = P.noun_caps
        aliases = P.lang.extra.get("title_aliases", {})     # ("sen" is a "senator")
        noun_suffixes = tuple(P.lang.extra.get("common_noun_suffixes", ()))
        quote_chars = QUOTE_CHARS
        no_context = frozenset()
        done = 0
        for i in caps:
            if i < done:
                continue
            t = toks[i]
            if t.low in not_name_start:
                continue      # (a capitalised "Für"/"Von"/"Laut" opening a sentence is no part of a name)
            # a capitalised run: leading titles, then the name (it has toks[i], a capitalised word
            # that ``not_name_start`` says is no stop)
            j = i + 1
            while j < n and ((tj := toks[j]).cap and tj.word and tj.low not in stops
                             or (tj.low in particles and j + 1 < n and toks[j + 1].cap
                                 and not (j - 2 >= i and toks[j - 2].cap and not is_title(toks[j - 2].low)
                                          and toks[j - 2].low not in dets))
                             or (tj.text == "." and len(toks[j - 1].text) <= 3
                                 and toks[j - 1].end == tj.start and j + 1 < n and toks[j + 1].cap
                                 and toks[j + 1].start - tj.end <= 1)):    # (not over a line break)
                if tj.start - toks[j - 1].end > 1 and text.find("\n", toks[j - 1].end, tj.start) >= 0:
                    break       # (a name ends with its line: a headline, then "John Reyes won …")
                j += 1
            k = i
            for q in range(i, j - 1):
                # the name starts after the last title or possessive ("Germany’s Chancellor Angela Merkel")
                if is_title(toks[q].low) or toks[q].text.endswith(("’s", "'s")) or toks[q].low in source_nouns:
                    k = q + 1     # (also "Ansicht von Paul Roth": a noun of a view before the name)
            while k < j and toks[k].text == ".":
                k += 1
            titles = [toks[q].low for q in range(i, k) if toks[q].word and is_title(toks[q].low)] if k > i else []
            if k < j and not toks[k].cap:
                titles = []      # "Sprecher der Downing Street": a role of a body, not a person's name
                while k < j and not toks[k].cap:
                    k += 1
            # lower-case role words right before the run: "FNV spokeswoman Maria Jansen"
            q = i - 1
            while q >= 0 and q >= i - 3 and toks[q].word and not toks[q].cap and is_title(toks[q].low):
                titles.append(toks[q].low)
                q -= 1
            if j - k == 1:      # (most runs are one word)
                key = (toks[k].text,) if toks[k].word else ()
            else:
                key = tuple([x.text for x in toks[k:j] if x.word])
            if key:
                disp = text[toks[k].start:toks[j - 1].end]
                if len(key) >= 2:
                    if key not in idx.names:
                        idx.names[key] = []
                        idx.display[key] = disp
                        idx.by_last[key[-1].lower()].append(key)
                    idx.names[key].append(t.start)
                if len(key) >= 2 and not inside(t.start) and not (
                        noun_caps and k == i and i > 0 and toks[i - 1].text[0].isdigit()) \
                        and not (noun_suffixes and any(w.lower().endswith(noun_suffixes) for w in key)):
                    # (German capitalises nouns: "18 Monate Haft", "3 Millionen Euro" is a count, and
                    # "Ablehnung von Verschlechterungen" a noun phrase, no person)
                    idx.person_offsets.append((toks[k].start, disp))
                context = _context(toks, i, j) if titles else no_context
                for ti in titles:
                    idx.roles[aliases.get(ti, ti)].append((toks[k].start, disp, context))
                    g = P.gender_of(ti)
                    if g:
                        idx._genders.setdefault(disp, g)
                # apposition after: "Maria Jansen, a spokeswoman for the FNV union,"
                if j < n and toks[j].text == ",":
                    e = j + 1
                    while e < n and e - j < 10 and toks[e].text not in ",.;:()" and toks[e].text not in quote_chars:
                        e += 1
                    seg = toks[j + 1:e]
                    if seg and (seg[0].low in dets or not seg[0].cap or is_title(seg[0].low)):
                        ctx = frozenset(x.low for x in seg if x.cap)
                        for x in seg:
                            if is_title(x.low):
                                idx.roles[aliases.get(x.low, x.low)].append((toks[k].start, disp, ctx))
                                g = P.gender_of(x.low)
                                if g:
                                    idx._genders.setdefault(disp, g)
                # apposition before: "de minister van Financiën, Jan de Vries,"
                if i >= 2 and toks[i - 1].text == ",":
                    b = i - 2
                    seg = []
                    while b >= 0 and i - b < 10 and toks[b].text not in ",.;:()" and toks[b].text not in quote_chars:
                        seg.append(toks[b])
                        if toks[b].low in dets:
                            break
                        b -= 1
                    if seg and seg[-1].low in dets:
                        ctx = frozenset(x.low for x in seg if x.cap)
                        for x in seg:
                            if is_title(x.low):
                                idx.roles[aliases.get(x.low, x.low)].append((toks[k].start, disp, ctx))
            done = j      # (j > i)
        return idx

    @property
    def genders(self) -> dict[str, str]:
        """Name -> "m"/"f", as far as the article tells (see ``learn_genders``)."""
        if self._pending is not None:
            args, self._pending = self._pending, None
            self._learn_genders(*args)
        return self._genders

    def note_gender(self, name: str, g: str) -> None:
        """``name`` is written with a word of gender ``g`` ("spokeswoman Maria Jansen said"); this
        comes before what the pronouns tell."""
        self._genders.setdefault(name, g)

    def learn_genders(self, toks: list[Tok], texts: list[str], sent_end: list[int], tok_para: list[int],
                      in_quote: bytearray) -> None:
        """Have ``genders`` learn from the text when first read (many articles never ask)."""
        self._pending = (toks, texts, sent_end, tok_para, in_quote)

    def _learn_genders(self, toks: list[Tok], texts: list[str], sent_end: list[int], tok_para: list[int],
                       in_quote: bytearray) -> None:
        """The gender of a name from the pronouns that follow it: a he/she/his/her outside
        quotations is counted for the one person named before it in its sentence or, when its
        sentence names no one before it, in the sentence before ("Maria Lopez runs the shelter.
        She said …"). A name takes the gender of its role words ("spokeswoman"), else of its given
        name when the language lists it, else the gender most of its pronouns have.
        ``texts``: the tokens' texts."""
        pronouns = self.P.lang.extra.get("gendered_pronouns")
        if not pronouns or not toks:
            return
        P, n = self.P, len(toks)
        votes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        # (only the surnames and the pronouns outside quotations are visited, found in C: a wanted
        # word is True, and True > 0 but not > 1)
        wanted = P.gendered_spellings.keys() | {k[-1] for k in self.display}
        key, prev, cur = (-2, -1), (), set()
        for q in compress(range(n), map(gt, map(wanted.__contains__, texts), in_quote)):
            k = (bisect_left(sent_end, q), tok_para[q])
            if k != key:
                # (the sentence before, when it was visited; a sentence naming no one leaves none)
                prev = cur if k[0] - key[0] <= 1 else ()
                key, cur = k, set()
            t = toks[q]
            g = pronouns.get(t.low)
            if g is not None:
                near = cur or prev
                if len(near) == 1:
                    votes[next(iter(near))][g == "f"] += 1
            elif t.word and _is_namepart(t, P) and not (q + 1 < n and toks[q + 1].cap and _is_namepart(toks[q + 1], P)):
                f = q
                while f > q - 3 and f > 0 and toks[f - 1].cap and toks[f - 1].word and _is_namepart(toks[f - 1], P):
                    f -= 1
                cur.add(" ".join(x.text for x in toks[f:q + 1]) if f < q else t.text)
        given = P.lang.extra.get("given_name_genders")
        if given:
            # a common given name ("Tom Riley") tells more than a few pronouns that may be another's
            for key, disp in self.display.items():
                g = _given_gender(key, given)
                if g and disp not in self._genders:
                    self._genders[disp] = g
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for written, (m, f) in votes.items():
            v = tally[self.fullest(written)]
            v[0] += m
            v[1] += f
        for name, (m, f) in tally.items():
            if m != f and name not in self._genders and min(m, f) * 3 <= max(m, f):
                self._genders[name] = "m" if m > f else "f"

    def add_text_names(self, text: str, P: Profile) -> None:
        """Register the full names of the whole text (a fast scan without tokens), so that a
        surname is completed from a first mention far from any quotation."""
        # (the sets and the title test read into locals once: this visits every capitalised run)
        is_title, dets, stops, connectors = P.is_title, P.dets, P.stops, P.connectors
        according_first, source_nouns = P.according_first, P.source_nouns
        for m in P.name_run_re.finditer(text):
            words = m.group().split()
            k = 0
            for q, w in enumerate(words[:-1]):
                lw = w.lower().rstrip(".")
                if is_title(lw) or lw in dets or lw in stops or lw in connectors \
                        or lw in according_first or w.endswith(("’s", "'s")) or lw in source_nouns \
                        or lw in P.conj or (w.endswith(".") and len(lw) > 1 and lw not in P.abbrev):
                    k = q + 1     # (… or a sentence ends: "Mexico. Trump", not an initial: "Harry M. Reid")
            key = tuple(w for w in words[k:])
            if len(key) < 2 or not key[0][0].isupper():
                continue
            if key not in self.names:
                self.names[key] = []
                self.display[key] = " ".join(key)
                self.by_last[key[-1].lower()].append(key)
            self.names[key].append(m.start())

    def known(self, word: str) -> bool:
        """``word`` is a name the article uses: the last part of a longer name."""
        return word.lower() in self.by_last

    def may_name(self, word: str) -> bool:
        """A capitalised ``word`` alone can name someone: a name the article uses ("Jansen" after
        "Maria Jansen"), or, unless the language wants that (``lone_name_known``), a word the article
        never writes in lower case ("Sarkozy", not a sentence's first word "People")."""
        return self.known(word) or not (self.P.lang.extra.get("lone_name_known") or self._common_word(word))

    def fullest(self, name: str) -> str:
        """The longest name in the article that ends with ``name`` ("Jansen" -> "Maria Jansen")."""
        r = self._fullest.get(name)
        if r is None:
            r = self._fullest[name] = self._find_fullest(name)
        return r

    def _find_fullest(self, name: str) -> str:
        parts = name.split()
        if not parts:
            return name
        cands = [k for k in self.by_last.get(parts[-1].lower(), ()) if len(k) > len(parts)
                 and [p.lower() for p in k[-len(parts):]] == [p.lower() for p in parts]
                 and not self._common_word(k[0])]
        if not cands:
            return name
        # (a run only in the title-case headline, "Understated Perez", comes last unless it starts with
        # a given name: "Chris Murphy")
        head, given = self._headline_end(), self.P.lang.extra.get("given_name_genders", {})
        best = max(cands, key=lambda k: (self.names[k][-1] >= head or k[0].lower() in given,
                                         len(self.names[k]), -self.names[k][0]))
        return self.display[best]

    def _headline_end(self) -> int:
        """The offset where the article's first line (its headline, when it has one) ends."""
        if self._head < 0:
            i = self.text.find("\n")
            self._head = i if i >= 0 else 0
        return self._head

    def _common_word(self, word: str) -> bool:
        """``word`` is also written in lower case in the article, so it is an ordinary word
        capitalised at a sentence or headline start ("Top Clinton adviser …"), not a first name."""
        r = self._common.get(word)
        if r is None:
            low = word.lower()
            r = False
            if low != word:
                text, n = self.text, len(low)
                i = text.find(low)
                while i >= 0 and not r:
                    r = (i == 0 or not text[i - 1].isalnum()) and (i + n >= len(text) or not text[i + n].isalnum())
                    i = text.find(low, i + 1)
            self._common[word] = r
        return r

    def resolve_description(self, words: list[Tok], offset: int) -> tuple[str | None, list[str]]:
        """The named person a description ("the spokeswoman", "de minister") stands for."""
        aliases = self.P.lang.extra.get("title_aliases", {})
        roles = [aliases.get(w.low, w.low) for w in words if self.P.is_title(w.low)]
        ctx = {w.low for w in words if w.cap and not self.P.is_title(w.low)}
        cands: list[tuple[tuple, str]] = []
        for r in roles:
            for off, name, c in self.roles.get(r, ()):
                before = off < offset
                cands.append(((len(ctx & c), before, off if before else -off), name))
        if not cands:
            return None, []
        cands.sort(reverse=True)
        best = cands[0][1]
        others = list(dict.fromkeys(n for _, n in cands if n != best))
        return self.fullest(best), others

    def gender(self, name: str) -> str | None:
        """The gender the article (or the given name) tells for ``name``, if any."""
        g = self.genders.get(name) or self.genders.get(self.fullest(name))
        if g is None and " " in name:
            g = _given_gender(name.split(), self.P.lang.extra.get("given_name_genders", {}))
        return g

    def nearest_person(self, offset: int) -> list[str]:
        """Names of people mentioned (outside quotations) before ``offset``, nearest first."""
        k = bisect_left(self.person_offsets, (offset, ""))
        given = self.P.lang.extra.get("given_name_genders", {})
        # (a run with a word the article also writes in lower case is a headline or an institution:
        # "Controversial Word At Rally", "Democratic National Committee"; a given name may be both)
        return [n[:-2] if n.endswith(("’s", "'s")) else n
                for _, n in reversed(self.person_offsets[max(0, k - 6):k])
                if not any(self._common_word(w) and w.lower() not in given for w in n.split())]


def _given_gender(words, given: dict[str, str]) -> str | None:
    """The gender of the first given name among the words before the surname ("John" in "State
    John F. Kerry", a run that kept a word of the title)."""
    for w in words[:-1]:
        g = given.get(w.lower())
        if g:
            return g
    return None


def _context(toks: list[Tok], i: int, j: int) -> frozenset[str]:
    lo, hi = max(0, i - 6), min(len(toks), j + 6)
    return frozenset(t.low for t in toks[lo:hi] if t.cap)


def pronoun_fits(pron: str, cand: Speaker, P: Profile, index: NameIndex) -> bool:
    ptype = P.pronouns.get(pron, "any")
    if ptype == "person" and cand.group:
        return False
    if ptype == "group" and cand.kind == "name" and not cand.group and cand.gender:
        return False
    cg = cand.gender or index.gender(cand.name)
    if cg and not cand.group and pron in P.lang.extra.get("impersonal_pronouns", ()):
        return False      # ("it" is no one the article tells a gender of)
    pg = P.gender_of(pron) if ptype == "person" else None
    if pg and cg and pg != cg:
        return False
    return True


def resolve_pronoun(pron: str, offset: int, history: list[Speaker], index: NameIndex,
                    P: Profile) -> tuple[str | None, list[str]]:
    """The speaker a pronoun at ``offset`` refers to, and the other candidates considered: the nearest
    earlier speaker that fits. A known gender only rules a speaker out; it does not make a speaker
    further back win over a nearer one whose gender the article does not tell ("Trump … mocked
    Rubio … And he said": Trump, not a man quoted paragraphs before)."""
    if pron in P.lang.extra.get("first_person", ()):
        return None, []
    considered: list[str] = []
    earlier = [c for c in reversed(history) if c.offset < offset][:8]
    for c in earlier:
        if c.name not in considered:
            considered.append(c.name)
    for cand in earlier:
        if pronoun_fits(pron, cand, P, index):
            return cand.name, [c for c in considered if c != cand.name]
    if P.pronouns.get(pron) != "group":
        pg = P.gender_of(pron) if P.pronouns.get(pron) == "person" else None
        for name in index.nearest_person(offset):
            g = index.gender(name)
            if pg and g and g != pg:
                continue
            return index.fullest(name), considered
    return None, considered
