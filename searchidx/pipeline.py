"""From an article to the documents an engine stores: passages, quotations, fingerprint.

This is the CPU-heavy part of indexing; it is a pure function of the article, so it can run in
worker processes.
"""
from __future__ import annotations

from dataclasses import dataclass

from .documents import passage_document
from .models import Article, Passage, Quote
from .passages import attach_quotes, split_passages
from .quotes import extract_quotes
from .sources.common import content_hash


@dataclass
class AnalyzedArticle:
    article: Article
    passages: list[Passage]
    quotes: list[Quote]
    content_hash: str

    def documents(self) -> list[dict]:
        docs = [passage_document(self.article, p, self.content_hash) for p in self.passages]
        if docs:
            docs[0]["article_quotes"] = len(self.quotes)
        return docs


def analyze(article: Article) -> AnalyzedArticle:
    """Split ``article`` into passages and give each the quotations that start in it."""
    passages = split_passages(article)
    quotes = extract_quotes(article.text, lang=article.lang, article_id=article.id)
    attach_quotes(passages, quotes)
    return AnalyzedArticle(article, passages, quotes, content_hash(article))
