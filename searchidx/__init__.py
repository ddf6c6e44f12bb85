"""searchidx: full-text search for news archives that knows who said what.

    >>> from searchidx import Index, extract_quotes
    >>> quotes = extract_quotes('“We will not give up,” said Maria Jansen.')
    >>> quotes[0].speaker
    'Maria Jansen'
"""
__version__ = "0.1.0"

from .engine import SearchRequest, SearchResults
from .errors import QueryError, SearchidxError, SourceError
from .extract import extract_from_paths, extract_quotes
from .index import Index
from .models import Article, Hit, IndexReport, Passage, Quote, QuoteHit
from .sources import read_articles

__all__ = [
    "Index", "extract_quotes", "extract_from_paths", "read_articles",
    "Article", "Passage", "Quote", "Hit", "QuoteHit", "IndexReport", "SearchRequest", "SearchResults",
    "SearchidxError", "SourceError", "QueryError", "__version__",
]
