"""Quotation extraction as a library call, for text or for source files (no index needed)."""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from .models import Quote
from .quotes import extract_quotes as _extract
from .sources import read_articles


def extract_quotes(text: str, lang: str | None = None, article_id: str = "") -> list[Quote]:
    """The direct quotations in ``text`` with their speakers, in order of appearance.

    ``lang`` is an ISO 639-1 code (en, nl, de, fr, …); detected from the text when omitted.
    """
    return _extract(text, lang=lang, article_id=article_id)


def extract_from_paths(paths: Iterable[str | os.PathLike], lang: str | None = None) -> Iterator[Quote]:
    """The quotations of every article in ``paths`` (files or directories)."""
    for article in read_articles(paths):
        yield from _extract(article.text, lang=lang or article.lang, article_id=article.id)
