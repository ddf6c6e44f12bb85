"""JSON Lines: one article a line, ``{"id", "title", "text"}`` plus optional
``url, source, date, lang, author``."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..errors import SourceError
from ..models import Article
from .common import open_lines

OPTIONAL = ("url", "source", "date", "lang", "author")


def article_from_record(record: object, path: str, line: int) -> Article:
    if not isinstance(record, dict):
        raise SourceError(path, "expected a JSON object", line=line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(path, 'missing or empty "text"', line=line)
    fields = {}
    for key in ("id", "title") + OPTIONAL:
        value = record.get(key)
        if value is None:
            value = ""
        if not isinstance(value, (str, int, float)):
            raise SourceError(path, f'"{key}" must be a string', line=line)
        fields[key] = str(value)
    if fields["lang"]:
        fields["lang"] = fields["lang"].lower()[:2]
    return Article(text=text.replace("\r\n", "\n"), path=path, line=line, **fields)


def read_jsonl(path: Path) -> Iterator[Article | SourceError]:
    """One article a line; a bad line is *yielded* as a SourceError (see ``read_file``) so that
    ``--skip-errors`` can go on with the next line."""
    found = False
    for number, line in open_lines(path):
        if not line.strip():
            continue
        found = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield SourceError(str(path), f"malformed JSON ({e.msg} at column {e.colno})", line=number)
            continue
        except RecursionError:
            yield SourceError(str(path), "JSON nested too deeply", line=number)
            continue
        try:
            yield article_from_record(record, str(path), number)
        except SourceError as e:
            yield e
    if not found:
        raise SourceError(str(path), "empty file")
