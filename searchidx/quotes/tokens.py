"""Words and punctuation of an article with their offsets, computed once per article."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import regex

from .marks import FAMILY

# a word keeps inner apostrophes, hyphens and dots (it’s, Al-Qaida, U.S); anything else is one token
_TOKEN = r"{LN}{LMN}*(?:[’‘'\-.&]{LN}{LMN}*)*|{S}"
# the same, but a period between a lower-case word and a capitalised one ends a sentence whose space
# after it was lost ("sagte Merkel.Als …"); "U.S.Army", "tagesschau.de", "ZDNet.com" stay one word
_TOKEN_SPLIT = r"{LN}{LMN}*(?:(?:[’‘'\-&]|\.(?!(?<={Ll}{Ll}\.){Lu}{Ll})){LN}{LMN}*)*|{S}"
_CLASSES = {"LN": r"[\p{L}\p{N}]", "LMN": r"[\p{L}\p{M}\p{N}]", "Ll": r"\p{Ll}", "Lu": r"\p{Lu}", "S": r"\S"}
_TOKEN_RE = regex.compile(_TOKEN.format(**_CLASSES))
_TOKEN_SPLIT_RE = regex.compile(_TOKEN_SPLIT.format(**_CLASSES))

# ``re`` finds tokens with about 60 % of the instructions ``regex`` needs, but knows no Unicode
# properties. Text made only of Latin-1 and Latin Extended-A characters, general punctuation and
# currency signs (nearly all news in our languages) is matched by ``re`` with the same patterns, each
# class spelled out as the characters there that ``regex`` puts in it; any other text by ``regex``.
_FAST_RANGES = ((0x0000, 0x017F), (0x2000, 0x20CF))
_FAST_CHARS = "".join(chr(c) for lo, hi in _FAST_RANGES for c in range(lo, hi + 1))


def _ranges(runs) -> str:
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)


def _spelled_out(cls: str) -> str:
    """The characters of ``_FAST_CHARS`` that the ``regex`` class ``cls`` matches, as ranges for a
    class of ``re``."""
    runs: list[list[int]] = []
    for c in regex.findall(cls, _FAST_CHARS):
        if runs and runs[-1][1] == ord(c) - 1:
            runs[-1][1] = ord(c)
        else:
            runs.append([ord(c), ord(c)])
    return _ranges(runs)


_FAST_CLASSES = {k: "[" + _spelled_out(v) + "]" for k, v in _CLASSES.items() if k != "S"}
_FAST_CLASSES["S"] = "[^" + _spelled_out(r"\s") + "]"
_FAST_TOKEN_RE = re.compile(_TOKEN.format(**_FAST_CLASSES))
_FAST_TOKEN_SPLIT_RE = re.compile(_TOKEN_SPLIT.format(**_FAST_CLASSES))
_NOT_FAST_RE = re.compile("[^" + _ranges(_FAST_RANGES) + "]")


def _token_matches(text: str, a: int, b: int, split_glued: bool):
    """The token matches in ``text[a:b]``; by ``re`` when every character there, and the one before
    (which the lookbehind of the split pattern may read), is one of ``_FAST_CHARS``."""
    if _NOT_FAST_RE.search(text, max(0, a - 1), b) is None:
        return (_FAST_TOKEN_SPLIT_RE if split_glued else _FAST_TOKEN_RE).finditer(text, a, b)
    return (_TOKEN_SPLIT_RE if split_glued else _TOKEN_RE).finditer(text, a, b)


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
        for a, b in ((0, len(text)),) if ranges is None else ranges:
            for m in _token_matches(text, a, b, split_glued):
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
