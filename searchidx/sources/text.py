"""Plain-text articles: the first non-empty line is the title, the rest is the body.

The file name gives the id (``warschau-proces-marokko.nl.txt`` → ``warschau-proces-marokko``) and,
when it has a language suffix like ``.nl``, the language.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .. import lang as _lang
from ..errors import SourceError
from ..models import Article
from .common import open_text


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first non-empty line, and the rest without surrounding blank lines."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[i + 1:]).strip("\n").rstrip()
    return "", ""


def id_and_lang(path: Path) -> tuple[str, str]:
    name = path.name
    for suffix in (".gz", ".txt", ".text"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    stem, _, tail = name.rpartition(".")
    if stem and tail.lower() in _lang.LANGUAGES:
        return stem, tail.lower()
    return name, ""


def read_text(path: Path) -> Iterator[Article]:
    text = open_text(path)
    title, body = split_title(text)
    if not body.strip():
        raise SourceError(str(path), "empty article (no text after the title)" if title else "empty file")
    article_id, language = id_and_lang(path)
    yield Article(id=article_id, title=title, text=body, lang=language, path=str(path))
