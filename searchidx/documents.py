"""The engine-independent document stored for each passage."""
from __future__ import annotations

import json
from typing import Any, Callable

from .models import Article, Hit, Passage, Quote


def passage_document(article: Article, passage: Passage, content_hash: str) -> dict[str, Any]:
    """Flat fields every engine indexes for a passage (quotations as a list of dicts)."""
    quotes = [q.to_dict() for q in passage.quotes]
    return {
        "id": passage.id,
        "article_id": article.id,
        "ordinal": passage.ordinal,
        "start": passage.start,
        "end": passage.end,
        "text": passage.text,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "date": article.date,
        "lang": article.lang,
        "author": article.author,
        "path": article.path,
        "line": article.line,
        "speakers": passage.speakers,
        "quoted": "\n".join(q.text for q in passage.quotes),
        "quotes": quotes,
        "n_quotes": len(quotes),
        "content_hash": content_hash,
    }


def quotes_from_json(value: Any) -> list[Quote]:
    items = json.loads(value) if isinstance(value, str) else (value or [])
    return [Quote(**q) for q in items]


def hit_from_document(doc: dict[str, Any], score: float, highlight: str | Callable[[], str]) -> Hit:
    return Hit(
        score=score,
        passage_id=doc["id"],
        article_id=doc["article_id"],
        ordinal=int(doc["ordinal"]),
        start=int(doc["start"]),
        end=int(doc["end"]),
        text=doc["text"],
        highlight=highlight,
        title=doc.get("title", ""),
        source=doc.get("source", ""),
        url=doc.get("url", ""),
        date=doc.get("date", ""),
        lang=doc.get("lang", ""),
        path=doc.get("path", ""),
        quotes=quotes_from_json(doc.get("quotes")),
    )
