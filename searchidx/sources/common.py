"""Helpers shared by the source readers."""
from __future__ import annotations

import gzip
import hashlib
import zlib
from pathlib import Path

from ..errors import QueryError, SourceError
from ..langid import detect
from ..query import normalize_date
from ..models import Article


def open_bytes(path: Path) -> bytes:
    """The whole file (gzip handled), with a clear error for a missing or broken (truncated) file."""
    try:
        raw = path.read_bytes()
        if path.suffix.lower() == ".gz":
            raw = gzip.decompress(raw)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as e:
        reason = getattr(e, "strerror", None) or str(e)
        if isinstance(e, EOFError):
            reason = f"truncated gzip file ({e})"
        raise SourceError(str(path), f"cannot read: {reason}") from None
    return raw


def open_text(path: Path) -> str:
    """The whole file as text (gzip handled), with a clear error for binary or broken input."""
    raw = open_bytes(path)
    if b"\x00" in raw[:8192]:
        raise SourceError(str(path), "binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise SourceError(str(path), f"invalid UTF-8 at byte {e.start}", line=line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_id(title: str, text: str) -> str:
    """A stable id derived from an article's content."""
    return hashlib.sha1(f"{title}\n{text}".encode("utf-8")).hexdigest()[:16]


def content_hash(article: Article) -> str:
    """Fingerprint of everything indexed about an article: a change means re-indexing it."""
    h = hashlib.sha1()
    for part in (article.title, article.text, article.url, article.source, article.date,
                 article.lang, article.author):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def finish_article(article: Article) -> Article:
    """Fill in what a source may leave out: id and language."""
    if not article.id:
        article.id = content_id(article.title, article.text)
    if not article.lang:
        article.lang = detect(article.title + "\n" + article.text)
    try:
        article.date = normalize_date(article.date)
    except QueryError as e:
        raise SourceError(article.path, f"article {article.id}: {e}", line=article.line or None) from None
    return article
