"""Words and punctuation of an article with their offsets, computed once per article."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from .marks import FAMILY

# a word keeps inner apostrophes, hyphens and dots (it’s, Al-Qaida, U.S); anything else is one token
_TOKEN_RE = regex.compile(
    r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’‘'\-.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S")
# the same, but a period between a lower-case word and a capitalised one ends a sentence whose space
# after it was lost ("sagte Merkel.Als …"); "U.S.Army", "tagesschau.de", "ZDNet.com" stay one word
_TOKEN_SPLIT_RE = regex.compile(
    r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[’‘'\-&]|\.(?!(?<=\p{Ll}\p{Ll}\.)\p{Lu}\p{Ll}))"
    r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S")
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

    def __init__(self, text: str, clitic_re=None, ranges: list[tuple[int, int]] | None = None,
                 split_glued: bool = False):
        """``clitic_re`` splits a verb from an enclitic subject pronoun ("a-t-il" -> "a", "il");
        ``ranges`` (sorted, disjoint offset ranges) limits tokenisation to those parts of the text;
        ``split_glued`` splits "Merkel.Als" at its period."""
        self.text = text
        low = text.lower()
        if len(low) != len(text):       # lower-casing changed lengths (rare letters): per token
            low = None
        toks = []
        ap = toks.append
        finditer = (_TOKEN_SPLIT_RE if split_glued else _TOKEN_RE).finditer
        for a, b in ((0, len(text)),) if ranges is None else ranges:
            for m in finditer(text, a, b):
                s, e = m.span()
                c = text[s]
                if e == s + 1 and not c.isalnum():
                    ap(Tok(s, e, c, c, False, False))
                    continue
                t = text[s:e]
                if clitic_re is not None and "-" in t:
                    cm = clitic_re.fullmatch(t)
                    if cm:
                        v, p = cm.span(1), cm.span(2)
                        vt, pt = t[v[0]:v[1]], t[p[0]:p[1]]
                        ap(Tok(s + v[0], s + v[1], vt, vt.lower(), True, c.isupper()))
                        ap(Tok(s + p[0], s + p[1], pt, pt.lower(), True, False))
                        continue
                ap(Tok(s, e, t, low[s:e] if low is not None else t.lower(), True, c.isupper()))
        self.toks = toks
        self.starts = [t.start for t in toks]
        #: indices of capitalised words, for scans that only look at names
        self.caps = [i for i, t in enumerate(toks) if t.cap]

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def __len__(self) -> int:
        return len(self.toks)


def is_quote_char(s: str) -> bool:
    return s in _QUOTE_CHARS
