"""Words and punctuation of an article with their offsets, computed once per article."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from .marks import FAMILY

# a word keeps inner apostrophes, hyphens and dots (it’s, Al-Qaida, U.S); anything else is one token
_TOKEN_RE = regex.compile(
    r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S")
_QUOTE_CHARS = frozenset(FAMILY)


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    word: bool     # a word (not punctuation)
    cap: bool      # starts with an upper-case letter


class Tokens:
    """The token list of a text with fast lookup by offset."""

    def __init__(self, text: str, clitic_re=None):
        """``clitic_re`` splits a verb from an enclitic subject pronoun ("a-t-il" -> "a", "il")."""
        self.text = text
        toks = []
        for m in _TOKEN_RE.finditer(text):
            t = m.group()
            c = t[0]
            word = c.isalnum()
            if word and clitic_re is not None and "-" in t:
                cm = clitic_re.fullmatch(t)
                if cm:
                    s0 = m.start()
                    v, p = cm.span(1), cm.span(2)
                    toks.append(Tok(s0 + v[0], s0 + v[1], t[v[0]:v[1]], t[v[0]:v[1]].lower(), True, c.isupper()))
                    pt = t[p[0]:p[1]]
                    toks.append(Tok(s0 + p[0], s0 + p[1], pt, pt.lower(), True, False))
                    continue
            if word:
                toks.append(Tok(m.start(), m.end(), t, t.lower(), True, c.isupper()))
            else:
                toks.append(Tok(m.start(), m.end(), t, t, False, False))
        self.toks = toks
        #: indices of capitalised words, for scans that only look at names
        self.caps = [i for i, t in enumerate(toks) if t.cap]
        self.starts = [t.start for t in toks]

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def __len__(self) -> int:
        return len(self.toks)


def is_quote_char(s: str) -> bool:
    return s in _QUOTE_CHARS
