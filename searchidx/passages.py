"""Splitting an article into passages: paragraphs, with long ones cut at sentence boundaries.

Each passage keeps its ordinal and its character offsets in the article text, so a hit can be
cited (and verified) down to the character.
"""
from __future__ import annotations

from typing import Iterator

import regex

from . import lang as _lang
from .models import Article, Passage, Quote

#: a passage longer than this is split at sentence boundaries
MAX_CHARS = 1200

_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = regex.compile(r"\n\s*")
# a sentence ends at . ! ? … (optionally followed by closing quotes/brackets) and whitespace
_SENTENCE_END = regex.compile(r"""[.!?…]+["'”’»«“‘)\]]*\s+(?=["'“‘„«»(\[]?\p{Lu}|\d)""")
_LAST_WORD = regex.compile(r"(\S+)\.?$")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated, or line separated when the text has
    no blank lines at all."""
    breaker = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    spans, pos = [], 0
    for m in breaker.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [trim(text, s, e) for s, e in spans if text[s:e].strip()]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, start: int, end: int, language: _lang.Language) -> list[tuple[int, int]]:
    """Sentence boundaries within ``text[start:end]``, not breaking after known abbreviations."""
    spans, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[pos:m.start() + 1]
        word = _LAST_WORD.search(before)
        if word and m.group().startswith(".") and _is_abbreviation(word.group(1), language):
            continue
        spans.append((pos, m.start() + len(m.group().rstrip())))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return [trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _is_abbreviation(word: str, language: _lang.Language) -> bool:
    w = word.rstrip(".").lstrip("(\"'“‘„«").lower()
    return w in language.abbreviations or (len(w) == 1 and w.isalpha())


def split_passages(article: Article, max_chars: int = MAX_CHARS) -> list[Passage]:
    """The article's passages, in order, each with its offsets into ``article.text``."""
    language = _lang.get(article.lang)
    text = article.text
    passages: list[Passage] = []
    for p_start, p_end in paragraph_spans(text):
        for s, e in _pack(text, p_start, p_end, max_chars, language):
            passages.append(Passage(article.id, len(passages), s, e, text[s:e]))
    return passages


def _pack(text: str, start: int, end: int, max_chars: int, language) -> Iterator[tuple[int, int]]:
    """Group the sentences of a long paragraph into chunks of at most ``max_chars``."""
    if end - start <= max_chars:
        yield start, end
        return
    chunk_start = chunk_end = None
    for s, e in sentence_spans(text, start, end, language):
        if chunk_start is not None and e - chunk_start > max_chars:
            yield chunk_start, chunk_end
            chunk_start = None
        if chunk_start is None:
            chunk_start = s
        chunk_end = e
    if chunk_start is not None:
        yield chunk_start, chunk_end


def attach_quotes(passages: list[Passage], quotes: list[Quote]) -> None:
    """Give each passage the quotations that start inside it (a quotation running over several
    paragraphs belongs to the passage where it starts)."""
    i = 0
    for q in sorted(quotes, key=lambda q: q.start):
        while i + 1 < len(passages) and passages[i + 1].start <= q.start:
            i += 1
        if passages:
            passages[i].quotes.append(q)
