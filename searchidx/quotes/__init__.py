"""Direct quotations and who said them.

    >>> [(q.text, q.speaker) for q in extract_quotes('“We will not give up,” said Maria Jansen.', "en")]
    [('We will not give up,', 'Maria Jansen')]

One module per idea: ``marks`` finds quoted spans, ``mentions`` reads speaker phrases,
``attribution`` finds the cue and speaker of a quotation, ``coref`` turns surnames, pronouns and
descriptions into the fullest name, ``scare`` recognises names, titles and scare quotes, and
``pipeline`` applies them in order. What they know about a language comes from ``searchidx.lang``.
"""
from __future__ import annotations

from ..models import Quote
from .pipeline import extract
from .profile import profile


def extract_quotes(text: str, lang: str | None = None, article_id: str = "") -> list[Quote]:
    """The quotations of ``text`` sorted by start offset, each with its speaker (or None).

    ``lang`` is an ISO 639-1 code; None detects the language from the text.
    """
    if lang is None:
        from ..langid import detect
        lang = detect(text)
    return extract(text, profile(lang), article_id)


__all__ = ["extract_quotes", "Quote"]
