"""Search engines behind one interface; ``open_engine`` picks one by name."""
from __future__ import annotations

import os

from .base import Engine, SearchRequest, SearchResults, StoredArticle

ENGINES = ("whoosh", "opensearch")


def open_engine(path: str | os.PathLike, engine: str | None = None, create: bool = True,
                **options) -> Engine:
    """The engine called ``engine`` (default: $SEARCHIDX_ENGINE or "whoosh") for the index at
    ``path`` (a directory for Whoosh; an index name for OpenSearch)."""
    name = (engine or os.environ.get("SEARCHIDX_ENGINE") or "whoosh").lower()
    if name == "whoosh":
        from .whoosh_engine import WhooshEngine
        return WhooshEngine(path, create=create)
    if name == "opensearch":
        from .opensearch_engine import OpenSearchEngine  # optional dependency: opensearch-py
        return OpenSearchEngine(path, create=create, **options)
    raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")


__all__ = ["Engine", "SearchRequest", "SearchResults", "StoredArticle", "open_engine", "ENGINES"]
