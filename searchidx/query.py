"""searchidx's query syntax, independent of the engine that runs it.

    state department hezbollah        all words (AND is the default)
    hezbollah OR hizbollah            either word; NOT / AND / parentheses as usual
    "nog steeds krachtige dreiging"   an exact phrase (matched without stemming)
    speaker:"state department"        a field: speaker, source, lang, date, title, quote, author, url, article
    date:[2019-01-01 TO 2019-12-31]   a date range; either end may be left open: date:[2019 TO]

Each engine translates a validated query into its own form; this module checks the syntax and
parses dates, so a malformed query fails the same way everywhere.
"""
from __future__ import annotations

import datetime as _dt
import calendar

import regex

from .errors import QueryError

#: field names users may write before a colon
FIELDS = ("speaker", "source", "outlet", "lang", "date", "title", "quote", "exact", "author", "url",
          "article")
_FIELD_PREFIX = regex.compile(r"(?<![\w.\\])(\p{L}[\w]*):(?=\S)")
_OPERATOR = ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE")
_SPECIAL = regex.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')
_PHRASE = regex.compile(r'"[^"]*"')
_DATE_RANGE = regex.compile(r"date:([\[{])([^\]}]*)[\]}]", flags=regex.I)


def validate(text: str) -> None:
    """Raise QueryError with a plain explanation when ``text`` is not a well-formed query."""
    if text.count('"') % 2:
        raise QueryError(f'unbalanced quotation mark in query: {text}')
    outside = _PHRASE.sub('""', text)
    depth = 0
    for ch in outside:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            raise QueryError(f"unexpected ')' in query: {text}")
    if depth:
        raise QueryError(f"unclosed '(' in query: {text}")
    if outside.count("[") != outside.count("]") or outside.count("{") != outside.count("}"):
        raise QueryError(f"unbalanced range brackets in query: {text}")
    for m in _FIELD_PREFIX.finditer(outside):
        if m.group(1).lower() not in FIELDS and not _looks_like_url(outside, m):
            raise QueryError(f"unknown field '{m.group(1)}:' (fields: {', '.join(FIELDS)})")
    words = outside.split()
    if words and (words[0] in ("AND", "OR") or words[-1] in _OPERATOR):
        raise QueryError(f"operator without a term on both sides in query: {text}")
    for a, b in zip(words, words[1:]):
        if a in _OPERATOR and b in ("AND", "OR"):
            raise QueryError(f"two operators in a row ({a} {b}) in query: {text}")
    for m in _DATE_RANGE.finditer(outside):
        bounds = regex.split(r"(?:^|\s)TO(?:\s|$)", m.group(2))
        if len(bounds) != 2:
            raise QueryError(f"a date range needs the form date:[FROM TO UNTIL]: {m.group(0)}")
        for bound in (b.strip() for b in bounds):
            if bound:
                parse_date(bound)


def _looks_like_url(text: str, m) -> bool:
    return text[m.end(): m.end() + 2] == "//"


def literal(text: str) -> str:
    """``text`` as plain words: quote marks, operators and field prefixes lose their meaning."""
    words = [w for w in regex.split(r"[^\w.'’]+", text) if w and w not in _OPERATOR]
    return " ".join(words)


def parse_date(value: str, end: bool = False) -> _dt.date:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (also with / or .) as the first or, with ``end``,
    the last day it covers."""
    m = regex.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", value.strip())
    if not m:
        raise QueryError(f"not a date: '{value}' (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    try:
        if m.group(3):
            return _dt.date(year, month, int(m.group(3)))
        day = calendar.monthrange(year, month)[1] if end else 1
        return _dt.date(year, month, day)
    except ValueError:
        raise QueryError(f"not a date: '{value}'") from None


def normalize_date(value: str) -> str:
    """An article date as ``YYYY-MM-DD`` (``""`` when empty); raises QueryError when invalid."""
    value = (value or "").strip()
    if not value:
        return ""
    m = regex.match(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d|$)", value)
    if m:
        return parse_date(m.group(1)).isoformat()
    return parse_date(value).isoformat()
