"""Helpers shared by the source readers."""
from __future__ import annotations

import codecs
import gzip
import hashlib
import zlib
from pathlib import Path
from typing import Iterator

from ..errors import QueryError, SourceError
from ..langid import detect
from ..query import normalize_date
from ..models import Article


#: what reading a (possibly gzipped) file may raise
READ_ERRORS = (OSError, EOFError, zlib.error, gzip.BadGzipFile)


def open_bytes(path: Path) -> bytes:
    """The whole file (gzip handled), with a clear error for a missing or broken (truncated) file."""
    try:
        raw = path.read_bytes()
        if path.suffix.lower() == ".gz":
            raw = gzip.decompress(raw)
    except READ_ERRORS as e:
        raise _read_error(path, e) from None
    return raw


def _read_error(path: Path, e: Exception) -> SourceError:
    """The one-line error for a missing or broken (truncated) file."""
    reason = getattr(e, "strerror", None) or str(e)
    if isinstance(e, EOFError):
        reason = f"truncated gzip file ({e})"
    return SourceError(str(path), f"cannot read: {reason}")


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


#: a file's first bytes, checked for NUL (binary, not text)
SNIFF = 8192
#: bytes read at a time by ``open_lines``
READ_SIZE = 1 << 20


def open_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(number, line) for each line of a text file, from 1, read as a stream: a JSONL archive
    of a million articles is never held in memory whole. gzip, the binary check, the UTF-8 error
    (byte offset and line) and the line breaks (\\n, \\r\\n, \\r) are those of ``open_text``."""
    try:
        f = gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")
    except OSError as e:
        raise _read_error(path, e) from None
    with f:
        number, raw_number, offset, pending = 0, 0, 0, b""
        try:
            chunk = f.read(SNIFF)
            if b"\x00" in chunk:
                raise SourceError(str(path), "binary file, not text")
            if chunk.startswith(codecs.BOM_UTF8):
                chunk, offset = chunk[len(codecs.BOM_UTF8):], len(codecs.BOM_UTF8)
            while chunk:
                raws = (pending + chunk).split(b"\n")
                pending = raws.pop()
                for raw in raws:
                    number = yield from _decoded(path, raw, number, raw_number, offset)
                    raw_number += 1
                    offset += len(raw) + 1
                chunk = f.read(READ_SIZE)
        except READ_ERRORS as e:
            raise _read_error(path, e) from None
        if pending:
            yield from _decoded(path, pending, number, raw_number, offset)


def _decoded(path: Path, raw: bytes, number: int, raw_number: int, offset: int):
    """Yield the text lines of one raw line (a lone \\r breaks lines too); returns the last number."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise SourceError(str(path), f"invalid UTF-8 at byte {offset + e.start}",
                          line=raw_number + 1) from None
    if text.endswith("\r"):
        text = text[:-1]
    for part in text.split("\r") if "\r" in text else (text,):
        number += 1
        yield number, part
    return number


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
