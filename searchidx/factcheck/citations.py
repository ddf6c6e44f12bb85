"""Verifiable citations: every quotation and search hit as one citation line, and ``verify``,
which re-reads the original sources and confirms each quoted text is still at its offsets.

A citation names the speaker, the quoted words, outlet, title, date, URL and where exactly the
words are: ``article_id [start:end]`` (string offsets into the article text) and the source file
with its line (JSONL) so anyone can check it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..engine import Engine
from ..errors import SourceError
from ..models import Article, Hit, QuoteHit
from ..sources import read_file
from ..sources.common import content_hash
from .similarity import word_diff


def _location(path: str, line: int) -> str:
    return f"{path}:{line}" if path and line else path


def cite_quote(q: QuoteHit, speaker: Optional[str] = None, line: int = 0) -> dict:
    """A quotation's citation as fields; ``text`` is the one-line form."""
    who = speaker or q.quote.speaker or "unattributed"
    date = q.date or "n.d."
    text = (f"{who}: “{q.quote.text}” — {q.source or 'unknown outlet'}, “{q.title}”, {date}. "
            f"{q.url or '(no URL)'} [{q.article_id} {q.quote.start}:{q.quote.end}]")
    return {"citation": text, "speaker": who, "quotation": q.quote.text, "source": q.source,
            "title": q.title, "date": q.date, "url": q.url, "article_id": q.article_id,
            "start": q.quote.start, "end": q.quote.end, "path": q.path, "line": line or None}


def cite_hit(h: Hit) -> dict:
    """A search hit's (passage's) citation as fields."""
    date = h.date or "n.d."
    speakers = ", ".join(h.speakers)
    text = (f"{h.source or 'unknown outlet'}, “{h.title}”, {date}. {h.url or '(no URL)'} "
            f"[{h.article_id} {h.start}:{h.end}]" + (f" (quoting {speakers})" if speakers else ""))
    return {"citation": text, "source": h.source, "title": h.title, "date": h.date, "url": h.url,
            "article_id": h.article_id, "start": h.start, "end": h.end, "path": h.path,
            "speakers": h.speakers, "passage": h.text}


@dataclass
class Problem:
    path: str
    line: int
    article_id: str
    message: str
    start: Optional[int] = None
    end: Optional[int] = None

    def __str__(self) -> str:
        where = _location(self.path, self.line) or "(no source file)"
        span = f" [{self.start}:{self.end}]" if self.start is not None else ""
        return f"{where}: {self.article_id}{span}: {self.message}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "article_id": self.article_id,
                "start": self.start, "end": self.end, "message": self.message}


@dataclass
class VerifyReport:
    articles: int = 0
    quotes: int = 0
    changed: int = 0    # articles whose source changed since indexing (quotations may be intact)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        head = (f"{self.quotes} quotations in {self.articles} articles checked: "
                f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}")
        if self.changed:
            head += f"; {self.changed} article{'s' if self.changed != 1 else ''} changed since indexing"
        return head


def _snippet(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


class _Sources:
    """Source files read once each."""

    def __init__(self):
        self._files: dict[str, list[Article] | SourceError] = {}

    def articles(self, path: str) -> list[Article] | SourceError:
        if path not in self._files:
            try:
                p = Path(path)
                if not p.exists():
                    raise SourceError(path, "source file is missing")
                self._files[path] = list(read_file(p))
            except SourceError as e:
                self._files[path] = e
        return self._files[path]


def verify(engine: Engine, article_ids: Optional[Iterable[str]] = None) -> VerifyReport:
    """Re-read the source of every indexed article (or of ``article_ids``) and check that each
    quotation's words are still at their offsets. Relative source paths are read relative to the
    current directory, as they were when indexed."""
    report = VerifyReport()
    sources = _Sources()
    known = engine.articles()
    ids = list(article_ids) if article_ids is not None else sorted(known)
    for article_id in ids:
        stored = known.get(article_id)
        if stored is None:
            report.problems.append(Problem("", 0, article_id, "not in the index"))
            continue
        docs = engine.passages_of(article_id)
        if not docs:
            continue
        path, line = docs[0].get("path", ""), int(docs[0].get("line") or 0)
        quotes = [(d, q) for d in docs for q in _quotes(d)]
        report.articles += 1
        report.quotes += len(quotes)
        if not path:
            report.problems.append(Problem("", 0, article_id, "indexed without a source file: cannot verify"))
            continue
        found = sources.articles(path)
        if isinstance(found, SourceError):
            report.problems.append(Problem(path, line, article_id, found.reason))
            continue
        article = _find(found, article_id, line)
        if article is None:
            report.problems.append(Problem(path, line, article_id, "article is no longer in its source file"))
            continue
        if article.line != line:
            report.problems.append(Problem(path, line, article_id, f"article moved to line {article.line}"))
        if content_hash(article) != stored.content_hash:
            report.changed += 1
        for _, q in quotes:
            now = article.text[q.start:q.end]
            if now == q.text:
                continue
            moved = article.text.find(q.text)
            if moved >= 0:
                message = (f"quotation moved to [{moved}:{moved + len(q.text)}] "
                           f"(the text before it changed): “{_snippet(q.text)}”")
            else:
                changes = word_diff(q.text, now).changes
                shown = "; ".join(f"“{c.yours}” → “{c.original}”" if c.op == "replace" else
                                  f"“{c.yours}” gone" if c.op == "delete" else f"“{c.original}” added"
                                  for c in changes[:3])
                more = f" (+{len(changes) - 3} more)" if len(changes) > 3 else ""
                message = f"quoted text changed: {shown}{more}; now reads “{_snippet(now)}”"
            report.problems.append(Problem(path, line, article_id, message, q.start, q.end))
    return report


def _quotes(doc: dict):
    from ..documents import quotes_from_json
    return quotes_from_json(doc.get("quotes"))


def _find(articles: list[Article], article_id: str, line: int) -> Optional[Article]:
    by_line = [a for a in articles if a.id == article_id and a.line == line]
    if by_line:
        return by_line[0]
    same_id = [a for a in articles if a.id == article_id]
    return same_id[0] if same_id else None
