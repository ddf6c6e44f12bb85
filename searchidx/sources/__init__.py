"""Reading articles from files: plain text, JSONL, and directories of them.

``read_articles(paths)`` yields :class:`~searchidx.models.Article` objects with stable ids and a
language; unreadable input raises :class:`~searchidx.errors.SourceError` naming the file and line.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import SourceError
from ..models import Article
from .common import finish_article
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .warc import read_warc

Reader = Callable[[Path], Iterator[Article]]

#: file suffix -> reader; more formats register here (see ``register``)
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".warc": read_warc,   # and .warc.gz (gzip per record: warcio reads both)
}


def register(suffix: str, reader: Reader) -> None:
    """Teach ``read_articles`` a new file format."""
    READERS[suffix.lower()] = reader


def reader_for(path: Path) -> Reader | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return READERS.get(suffixes[-1]) if suffixes else None


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """The readable files named by ``paths``, directories walked recursively in sorted order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and reader_for(f):
                    yield f
        elif path.is_file():
            yield path
        else:
            raise SourceError(str(path), "no such file or directory")


def read_file(path: Path, errors: str = "raise") -> Iterator[Article]:
    """The articles of one file. A reader may *yield* a :class:`SourceError` for one bad record
    (a malformed JSONL line) and go on, or *raise* one when it cannot go on (a truncated file).
    With ``errors="raise"`` the first error is raised; with ``errors="yield"`` the yielded ones
    are passed on (callers that skip bad records: ``index --skip-errors``)."""
    reader = reader_for(path)
    if reader is None:
        raise SourceError(str(path), f"unsupported file type (known: {', '.join(sorted(READERS))})")
    for item in reader(path):
        if not isinstance(item, SourceError):
            try:
                item = finish_article(item)
            except SourceError as e:
                item = e
        if isinstance(item, SourceError) and errors == "raise":
            raise item
        yield item


def read_articles(paths: Iterable[str | os.PathLike]) -> Iterator[Article]:
    """Every article in ``paths`` (files or directories), in a stable order."""
    for f in iter_files(paths):
        yield from read_file(f)


__all__ = ["read_articles", "read_file", "iter_files", "register", "READERS", "SourceError"]
