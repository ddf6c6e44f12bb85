"""Words and punctuation of an article with their offsets, computed once per article."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import itemgetter

import regex

from .marks import FAMILY

# a word keeps inner apostrophes, hyphens and dots (it’s, Al-Qaida, U.S) and a comma between digits (3,5
# Milliarden, 3,500 people: no clause break); anything else is one token
# (the repeats are possessive: nothing after them could ever make them give back a character, and
# ``re`` then keeps no backtracking state: about 15 % less time in ``split``)
_TOKEN = r"{LN}{LMN}*+(?:(?:[’‘'\-.&]|(?<={D}),(?={D})){LN}{LMN}*+)*+|{S}"
# the same, but a period between a lower-case word and a capitalised one ends a sentence whose space
# after it was lost ("sagte Merkel.Als …"); "U.S.Army", "tagesschau.de", "ZDNet.com" stay one word
_TOKEN_SPLIT = r"{LN}{LMN}*+(?:(?:[’‘'\-&]|\.(?!(?<={Ll}{Ll}\.){Lu}{Ll})|(?<={D}),(?={D})){LN}{LMN}*+)*+|{S}"
_CLASSES = {"LN": r"[\p{L}\p{N}]", "LMN": r"[\p{L}\p{M}\p{N}]", "Ll": r"\p{Ll}", "Lu": r"\p{Lu}", "D": r"\p{Nd}",
            "S": r"\S"}
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


# ``split`` with the token pattern as its group gives the tokens and the gaps between them (only
# white space: every other character is a token) in one C call, so offsets are sums of lengths and
# no match object is made per token
_FAST_SPLIT = {False: re.compile("(" + _TOKEN.format(**_FAST_CLASSES) + ")"),
               True: re.compile("(" + _TOKEN_SPLIT.format(**_FAST_CLASSES) + ")")}
_FIRST = itemgetter(0)


def _fast_columns(text: str, a: int, b: int, split_glued: bool):
    """Offsets, texts, lower-case texts, word and capital flags of the tokens of ``text[a:b]``,
    each a list; None when ``re`` cannot tokenise there (see ``_token_matches``) or a character
    before ``a`` other than white space could be read by the lookbehind of the split pattern.

    In ``_FAST_CHARS`` a character is in the word class exactly when ``str.isalnum`` (a test checks
    it), so a token is a word when its first character is alphanumeric; no other character there
    is upper case or changes in ``str.lower``, and without final sigma lower-casing a token alone
    gives what lower-casing it in its text does."""
    if a > 0 and not text[a - 1].isspace() or _NOT_FAST_RE.search(text, max(0, a - 1), b) is not None:
        return None
    parts = _FAST_SPLIT[split_glued].split(text[a:b])
    texts = parts[1::2]
    offs = list(accumulate(map(len, parts), initial=a))
    firsts = list(map(_FIRST, texts))
    return (offs[1:-1:2], offs[2::2], texts, list(map(str.lower, texts)), list(map(str.isalnum, firsts)),
            list(map(str.isupper, firsts)))


_QUOTE_CHARS = QUOTE_CHARS = frozenset(FAMILY)      # (a set for loops that test it in place)


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
        # the tokens as columns (start, end, text, lower-case text, word, capitalised), made into
        # ``Tok`` objects at the end in one pass
        cols: tuple[list, ...] = ([], [], [], [], [], [])
        low: list = []      # the lower-cased text, once the slow path needs it
        for a, b in ((0, len(text)),) if ranges is None else ranges:
            part = _fast_columns(text, a, b, split_glued)
            if part is not None:
                if clitic_re is not None:
                    _split_clitics(part, clitic_re)
            else:
                part = _slow_columns(text, a, b, split_glued, clitic_re, low)
            for col, p in zip(cols, part):
                col += p
        starts, ends, texts, lows, words, caps = cols
        self.toks = list(map(Tok, starts, ends, texts, lows, words, caps))
        self.starts = starts
        self.texts = texts      # (the token texts, for scans in C)
        #: indices of capitalised words, for scans that only look at names
        self.caps = list(compress(range(len(caps)), caps))

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def __len__(self) -> int:
        return len(self.toks)


def is_quote_char(s: str) -> bool:
    return s in _QUOTE_CHARS


def _slow_columns(text: str, a: int, b: int, split_glued: bool, clitic_re, low: list):
    """The columns of ``_fast_columns`` from the matches of ``_token_matches``, one by one.
    ``low`` caches the lower-cased text (False when lower-casing changes lengths) for the next range."""
    if not low:
        t = text.lower()
        low.append(t if len(t) == len(text) else False)     # (rare letters): per token
    low = low[0]
    starts, ends, texts, lows, words, caps = cols = ([], [], [], [], [], [])
    for m in _token_matches(text, a, b, split_glued):
        s, e = m.span()
        c = text[s]
        if e == s + 1 and not c.isalnum():
            starts.append(s), ends.append(e), texts.append(c), lows.append(c), words.append(False), caps.append(False)
            continue
        t = text[s:e]
        if clitic_re is not None and "-" in t:
            cm = clitic_re.fullmatch(t)
            if cm:
                v, p = cm.span(1), cm.span(2)
                vt, pt = t[v[0]:v[1]], t[p[0]:p[1]]
                starts += (s + v[0], s + p[0])
                ends += (s + v[1], s + p[1])
                texts += (vt, pt)
                lows += (vt.lower(), pt.lower())
                words += (True, True)
                caps += (c.isupper(), False)
                continue
        starts.append(s), ends.append(e), texts.append(t), lows.append(low[s:e] if low is not False else t.lower())
        words.append(True), caps.append(c.isupper())
    return cols


def _split_clitics(cols, clitic_re) -> None:
    """Split "a-t-il" into "a", "il" in the columns of ``_fast_columns`` (last first, so that the
    indices still to come stay valid)."""
    starts, ends, texts, lows, words, caps = cols
    for k in reversed([k for k, t in enumerate(texts) if "-" in t]):
        t = texts[k]
        cm = clitic_re.fullmatch(t)
        if cm:
            s = starts[k]
            (v0, v1), (p0, p1) = cm.span(1), cm.span(2)
            vt, pt = t[v0:v1], t[p0:p1]
            starts[k:k + 1] = (s + v0, s + p0)
            ends[k:k + 1] = (s + v1, s + p1)
            texts[k:k + 1] = (vt, pt)
            lows[k:k + 1] = (vt.lower(), pt.lower())
            words[k:k + 1] = (True, True)
            caps[k:k + 1] = (caps[k], False)
