"""Finding quoted spans: which quote marks open, which close, and which are apostrophes.

Every convention is accepted in every language (“…” ‘…’ „…“ „…” ‚…‘ «…» ‹…› »…« "…" '…'), because
news text mixes them and converters mangle them. A mark's role comes from its neighbours (a mark
followed by a letter and preceded by a space opens, one preceded by a letter and followed by a
space or punctuation closes), not from its glyph, so “…“ and „…” pair as well as “…”.

Rules, in order (each quoted span records the rule that closed it):

* ``apostrophe``  ’ or ' (or a mistyped ‘) between letters (it’s, auto’s, zo’n, l’État, Party‘s) or before an elided word
  (’t, ’s-Hertogenbosch, '90s) is no quote mark.
* ``pair``        a closing mark closes the innermost open mark of its family (double “”„"«» or
  single ‘’‚'‹›); marks inside a closed span are nested quotations and not reported.
* ``loose-end``   a mark with spaces on both sides at the end of a paragraph closes what is open
  (the seed's “… confronteren. “ and “… dreiging. ‘).
* ``spaced``      a mark after a space that follows the closing mark of a nested quotation
  (``'… quality,' " he said``) closes the outer one.
* ``cross``       a closing mark of the other family closes an open mark when nothing of its own
  family is open (“…‘).
* ``paragraph``   a quotation still open at the end of its paragraph ends there; when the next
  paragraph opens with a quote mark, the quotation continues there (``continued``), the usual
  convention for quotations over several paragraphs. French opens the continued paragraph with a
  closing guillemet (« … ¶ » … »), which then opens.
* ``incise``      where a language puts the attribution inside the marks (French « …, a-t-il
  assuré. … »), the span is split around it, so that the reporter's words are no part of the
  quotation and the two parts are attributed like “…,” he said, “…”.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..lang import Language

#: mark -> family; marks of one family close each other
FAMILY = {
    "“": "D", "”": "D", "„": "D", "‟": "D", '"': "D", "＂": "D", "〝": "D", "〞": "D",
    "‘": "S", "’": "S", "‚": "S", "‛": "S", "'": "S",
    "«": "G", "»": "G", "‹": "g", "›": "g",
}
#: two apostrophes or backticks stand for a double quote mark (''…'' in some news feeds, ``…'' in TeX)
#: (each mark is an alternative of its own so that ``re`` scans for their first characters in C: a
#: 40 % of the instructions of ``regex`` with one class for the single marks)
_MARK_RE = re.compile("|".join(["''", "``", "’’", "‘‘", *map(re.escape, FAMILY)]))
_PARA_RE = re.compile(r"[^\n]+")
_LETTERS_RE = regex.compile(r"\p{L}+")
_WORD_CHAR_RE = regex.compile(r"\w")
#: characters after which a mark may open (besides whitespace and the start of a paragraph)
_OPEN_BEFORE = set("([{<—–-/:;,…") | set(FAMILY)
#: characters before which a mark may close (besides whitespace and the end of a paragraph)
_CLOSE_AFTER = set(".,;:!?)]}>—–-…/*") | set(FAMILY)
_APOS = {"’", "'", "‛"}
#: ‚ and „ look like commas when they close, so they only ever open
_ONLY_OPEN = {"„", "‚"}


@dataclass
class Span:
    """One quoted run: ``start``/``end`` are the offsets of the words (marks excluded)."""

    start: int
    end: int
    open_mark: int           # offset of the opening mark
    close_mark: int          # offset of the closing mark, or -1 when closed by the paragraph end
    rule: str
    continues: bool = False  # continues the quotation of the previous paragraph
    continued: bool = False  # goes on in the next paragraph


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


def _is_word(c: str) -> bool:
    return c != "" and (c.isalnum())


class _Mark:
    __slots__ = ("pos", "char", "fam", "can_open", "can_close", "loose", "width")

    def __init__(self, pos, char, fam, can_open, can_close, loose, width=1):
        self.pos, self.char, self.fam = pos, char, fam
        self.can_open, self.can_close, self.loose = can_open, can_close, loose
        self.width = width


def _classify(text: str, i: int, lo: int, hi: int, lang: Language, width: int = 1) -> _Mark | None:
    c = text[i] if width == 1 else '"'
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + width] if i + width < hi else ""
    fam = FAMILY[c]
    if c == "‘" and _is_word(prev) and _is_word(nxt):
        return None                                       # Party‘s: a mistyped apostrophe
    if c in _APOS:
        if _is_word(prev) and _is_word(nxt):
            return None                                   # it’s, auto’s, l’État
        if nxt.isdigit() and not _is_word(prev):
            return None                                   # '90s
        if not _is_word(prev) and nxt.isalpha():
            m = _LETTERS_RE.match(text[i + 1:i + 12])
            if m and m.group().lower() in lang.elisions and (i + 1 + m.end() >= hi or not text[i + 1 + m.end()].isalpha()):
                # ’t, ’s-Hertogenbosch, 'em — unless a single quote is plainly closed right after
                return None
    prev_open = _is_space(prev) or prev in _OPEN_BEFORE
    next_close = _is_space(nxt) or nxt in _CLOSE_AFTER
    if fam in "Gg":
        # guillemets: French puts spaces inside (« mot »), German points them inwards (»Wort«)
        opening = c in "«‹"
        if opening:
            can_close = not _is_space(prev) and prev not in _OPEN_BEFORE and next_close
            can_open = not can_close
        else:
            can_open = prev_open and not _is_space(nxt) and nxt not in _CLOSE_AFTER
            can_close = not can_open
        return _Mark(i, c, fam, can_open, can_close, False)
    can_open = not _is_space(nxt) and prev_open
    can_close = not _is_space(prev) and next_close
    if c in _ONLY_OPEN:
        can_close = False
        if not can_open and _is_space(prev):
            can_open = True
    if not can_close and prev == " " and i - 2 >= lo and text[i - 2] in FAMILY and FAMILY[text[i - 2]] != fam \
            and next_close and text[i - 2] not in _ONLY_OPEN:
        can_close = True          # 'a flight to quality,' " he said: a closer spaced off a nested closer
    loose = not can_open and not can_close and _is_space(prev) and _is_space(nxt)
    if not can_open and not can_close and not loose:
        # glued between two words ("word"word): let the pairing decide
        can_open = can_close = True
    if c in _APOS and _is_word(prev) and not can_open:
        # trailing apostrophe (the Joneses’ house): closes only an open single quote
        loose = False
    return _Mark(i, c, fam, can_open, can_close, loose, width)


# an HTML-like tag left in article text (embedded tweets, links)
_TAG_RE = regex.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


def find_spans(text: str, lang: Language) -> list[Span]:
    """All outermost quoted runs of ``text``, in order, one per paragraph piece."""
    spans: list[Span] = []
    markup = lang.extra.get("markup_tags", False)
    carry = False            # the previous paragraph ended inside a quotation
    for pm in _PARA_RE.finditer(text):
        lo, hi = pm.span()
        if not carry and _MARK_RE.search(text, lo, hi) is None:
            continue        # no quote mark and no quotation to end: the steps below would do nothing
        # trim trailing whitespace of the paragraph
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi <= lo:
            continue
        para_first = lo
        while para_first < hi and text[para_first].isspace():
            para_first += 1
        marks = []
        tags = [t.span() for t in _TAG_RE.finditer(text, lo, hi)] if markup and "<" in text[lo:hi] else ()
        for m in _MARK_RE.finditer(text, lo, hi):
            if tags and any(a < m.start() < b for a, b in tags):
                continue        # an attribute value of markup: <tweet author="@x">, <a href=”…”>
            mk = _classify(text, m.start(), lo, hi, lang, m.end() - m.start())
            if mk is not None:
                marks.append(mk)
        if carry and marks and marks[0].pos == para_first and marks[0].char == "»" and not marks[0].can_open:
            # « … ¶ » …  : the French mark of a continued quotation opens its paragraph
            marks[0].can_open, marks[0].can_close = True, False
        # a paragraph that does not open with a quote mark ends a carried-over quotation
        starts_with_mark = bool(marks) and marks[0].pos == para_first and marks[0].can_open
        if carry and not starts_with_mark and spans:
            spans[-1].continued = False
        carry_in = carry and starts_with_mark
        carry = False
        stack: list[_Mark] = []
        para_spans: list[Span] = []

        def close(opener: _Mark, closer_pos: int, rule: str) -> None:
            s, e = opener.pos + opener.width, closer_pos if closer_pos >= 0 else hi
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s and _WORD_CHAR_RE.search(text, s, e):
                para_spans.append(Span(s, e, opener.pos, closer_pos, rule))

        for k, mk in enumerate(marks):
            at_end = mk.pos + mk.width >= hi
            if mk.loose:
                if stack and at_end:
                    close(stack[0], mk.pos, "loose-end")
                    stack.clear()
                continue
            closed = False
            if mk.can_close and stack:
                for si in range(len(stack) - 1, -1, -1):
                    if stack[si].fam == mk.fam:
                        if si == 0:
                            close(stack[0], mk.pos, "pair")
                        del stack[si:]
                        closed = True
                        break
                if not closed and not mk.can_open and not (mk.char in _APOS and _is_word(text[mk.pos - 1])
                                                            and not at_end):
                    # “…‘ : a closer of the other family when none of its own is open
                    close(stack[0], mk.pos, "cross")
                    stack.clear()
                    closed = True
            if closed:
                continue
            if mk.can_open:
                stack.append(mk)
        if stack:
            opener = stack[0]
            close(opener, -1, "paragraph")
            carry = True
            if para_spans and para_spans[-1].open_mark == opener.pos:
                para_spans[-1].continued = True
        if carry_in and para_spans and para_spans[0].open_mark == para_first:
            para_spans[0].continues = True
        spans.extend(para_spans)
    if spans and carry:
        spans[-1].continued = False
    incise = lang.extra.get("incise_re")
    return _split_incises(text, spans, incise) if incise is not None else spans


def _split_incises(text: str, spans: list[Span], incise: "regex.Pattern") -> list[Span]:
    """Split every span around an attribution clause written inside its marks (``incise``)."""
    out: list[Span] = []
    for sp in spans:
        m = incise.search(text, sp.start, sp.end)
        # (the clause must leave words after it; the pattern asks for a comma and words before it)
        while m is not None and _WORD_CHAR_RE.search(text, m.end(), sp.end):
            comma = m.start("comma")
            out.append(Span(sp.start, comma + 1, sp.open_mark, comma, "incise", continues=sp.continues))
            sp = Span(m.end(), sp.end, m.end(), sp.close_mark, sp.rule, continued=sp.continued)
            m = incise.search(text, sp.start, sp.end)
        out.append(sp)
    return out
