"""The data that flows through searchidx: articles, passages, quotations and search hits.

Every offset is a Python string index into ``Article.text`` (start inclusive, end exclusive).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

#: How a quotation's speaker was found.
METHODS = ("explicit", "pronoun", "description", "continuation", "unattributed")


@dataclass
class Article:
    """One news article as read from a source."""

    id: str
    title: str
    text: str
    url: str = ""
    source: str = ""          # the outlet ("NOS", "Reuters")
    date: str = ""            # ISO 8601 date (YYYY-MM-DD) or ""
    lang: str = ""            # ISO 639-1 code; "" until detected
    author: str = ""
    path: str = ""            # the file it came from, for citations and verification
    line: int = 0             # its line in that file (JSONL), 0 when the file is the article

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Quote:
    """A direct quotation: the quoted words (without the marks) and who said them."""

    text: str
    start: int
    end: int
    speaker: Optional[str] = None          # canonical (fullest) name, or None when unattributed
    speaker_start: Optional[int] = None    # offsets of the mention the speaker was taken from
    speaker_end: Optional[int] = None
    speaker_mention: Optional[str] = None  # the mention as written ("he", "de minister", "Jansen")
    cue: Optional[str] = None              # the speech verb or cue phrase ("said", "aldus", "according to")
    method: str = "unattributed"           # one of METHODS
    rule: Optional[str] = None             # name of the rule that attributed it, for explanations
    candidates: list[str] = field(default_factory=list)  # other speakers that were considered
    article_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Passage:
    """A paragraph (or part of a long one) of an article."""

    article_id: str
    ordinal: int        # 0-based position of the passage in its article
    start: int
    end: int
    text: str
    quotes: list[Quote] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.article_id}#{self.ordinal}"

    @property
    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for q in self.quotes:
            if q.speaker:
                seen.setdefault(q.speaker, None)
        return list(seen)


class Lazy:
    """A dataclass field whose value may be set as a function of no arguments: the first read
    calls it and keeps the result (``asdict``, comparison and repr read it like any field)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = "_lazy_" + name

    def __get__(self, obj: Any, objtype: Optional[type] = None) -> Any:
        if obj is None:
            return ""           # the field's default
        value = obj.__dict__[self._slot]
        if callable(value):
            value = obj.__dict__[self._slot] = value()
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self._slot] = value


@dataclass
class Hit:
    """One ranked search result: a passage with its full source attribution."""

    score: float
    passage_id: str
    article_id: str
    ordinal: int
    start: int
    end: int
    text: str
    #: the passage text with matches marked as [[...]]; may be given as a function, called the
    #: first time it is read (most hits of a large result set are never shown)
    highlight: str = Lazy()
    title: str = ""
    source: str = ""
    url: str = ""
    date: str = ""
    lang: str = ""
    path: str = ""
    quotes: list[Quote] = field(default_factory=list)

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(q.speaker for q in self.quotes if q.speaker))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["speakers"] = self.speakers
        return d


@dataclass
class QuoteHit:
    """A quotation found by a search, with everything needed to cite it."""

    quote: Quote
    score: float
    article_id: str
    passage_ordinal: int
    title: str
    source: str
    url: str
    date: str
    lang: str
    path: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = {"speaker": self.quote.speaker, "text": self.quote.text, "score": self.score}
        d.update({k: v for k, v in asdict(self).items() if k not in ("quote", "score")})
        d.update({k: v for k, v in self.quote.to_dict().items() if k not in d})
        return d


@dataclass
class IndexReport:
    """What one indexing run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0
    passages: int = 0
    quotes: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.deleted} deleted, {self.failed} failed "
                f"({self.passages} passages, {self.quotes} quotations written)")
