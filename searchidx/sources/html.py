"""HTML pages: the article text without navigation and boilerplate, with title, date and URL.

Extraction uses trafilatura (a maintained boilerplate remover with metadata extraction: title,
publication date from the page's metadata, canonical URL, site name) when it can be imported;
otherwise a small standard-library extractor that keeps the text of ``<p>``-like blocks inside
``<article>``/``<main>`` (or the whole ``<body>``) and drops ``nav``, ``header``, ``footer``,
``aside``, ``script``, ``style`` and ``form``. Which one ran is recorded in the index manifest
(``EXTRACTOR``), because the two give different text for the same page.

``.html``/``.htm`` files become one article each; the file name is the id (like text files).
``article_from_html`` is shared with the WARC reader.
"""
from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator, Optional

from ..errors import SourceError
from ..models import Article

def _extractor_name() -> str:
    """"trafilatura <version>" when it is installed (imported only when a page is read: it takes
    a second to import), else "stdlib"."""
    import importlib.metadata
    import importlib.util
    if importlib.util.find_spec("trafilatura") is None:
        return "stdlib"
    try:
        return f"trafilatura {importlib.metadata.version('trafilatura')}"
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover
        return "trafilatura"


EXTRACTOR = _extractor_name()
_trafilatura = None


def _load_trafilatura():
    global _trafilatura
    if _trafilatura is None and EXTRACTOR != "stdlib":
        import trafilatura
        _trafilatura = trafilatura
    return _trafilatura

#: pages bigger than this are not HTML articles (dumps, generated listings): refused, not parsed
MAX_HTML_BYTES = 20_000_000

#: fewer words than this is no article (extractors fall back to menu text on empty pages)
MIN_WORDS = 5

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """Bytes to text: the declared (HTTP) charset, else a ``<meta charset>``, else UTF-8, else
    Windows-1252 (what browsers assume for undeclared Western pages)."""
    candidates = [declared] if declared else []
    m = _CHARSET.search(raw[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "replace"))
    for enc in candidates + ["utf-8"]:
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def article_from_html(raw: bytes, *, path: str, article_id: str, line: int = 0, url: str = "",
                      date: str = "", charset: str | None = None) -> Optional[Article]:
    """The article in an HTML page, or None when the page has no article text. ``url`` and
    ``date`` (YYYY-MM-DD) are defaults used when the page itself does not say."""
    if len(raw) > MAX_HTML_BYTES:
        raise SourceError(path, f"HTML page of {len(raw):,} bytes is too big to be an article "
                                f"(limit {MAX_HTML_BYTES:,})", line=line or None)
    if b"\x00" in raw[:8192]:
        raise SourceError(path, "binary content, not HTML", line=line or None)
    text = decode_html(raw, charset)
    title, body, page_date, page_url, site = (extract_trafilatura(text, url) if _load_trafilatura()
                                             else extract_stdlib(text))
    if len(body.split()) < MIN_WORDS:  # a menu, a login wall, an image page: no article
        return None
    return Article(id=article_id, title=title, text=body, url=page_url or url,
                   source=site or _site_of(page_url or url), date=page_date or date,
                   path=path, line=line)


def extract_trafilatura(text: str, url: str = "") -> tuple[str, str, str, str, str]:
    doc = _load_trafilatura().bare_extraction(
        text, url=url or None, with_metadata=True, include_comments=False, include_tables=False,
        deduplicate=False, date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        return "", "", "", "", ""
    title = (doc.title or "").strip()
    lines = [ln.strip() for ln in (doc.text or "").split("\n") if ln.strip()]
    if lines and title and lines[0] == title:  # the headline repeated as the first paragraph
        lines = lines[1:]
    return title, "\n\n".join(lines), (doc.date or "")[:10], doc.url or "", doc.sitename or ""


_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template",
         "svg", "button", "select", "iframe", "menu"}
_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section",
          "article", "main", "br", "tr", "td", "dd", "dt", "figcaption"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
         "param", "track"}


class _Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.in_title = "", False
        self.meta: dict[str, str] = {}
        self.stack: list[str] = []
        self.skip = 0
        self.blocks: dict[str, list[list[str]]] = {"article": [[]], "main": [[]], "body": [[]]}
        self.scopes: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", a.get("href", ""))
        if tag in _VOID:
            if tag == "br":
                self._break()
            return
        self.stack.append(tag)
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip += 1
        if tag in ("article", "main", "body"):
            self.scopes.append(tag)
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag):
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:
            t = self.stack.pop()
            if t in _SKIP:
                self.skip -= 1
            if t == "title":
                self.in_title = False
            if t in ("article", "main", "body") and self.scopes and self.scopes[-1] == t:
                self.scopes.pop()
            if t in _BLOCK:
                self._break()
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if self.skip:
            return
        for scope in set(self.scopes) or {"body"}:
            self.blocks[scope][-1].append(data)

    def _break(self):
        for parts in self.blocks.values():
            if parts[-1]:
                parts.append([])

    def paragraphs(self, scope: str) -> list[str]:
        out = []
        for parts in self.blocks[scope]:
            text = " ".join("".join(parts).split())
            if text:
                out.append(text)
        return out


def extract_stdlib(text: str) -> tuple[str, str, str, str, str]:
    """(title, body, date, url, site) with the standard library only: good enough for clean
    article pages, weaker than trafilatura on cluttered ones."""
    p = _Extractor()
    try:
        p.feed(text)
        p.close()
    except Exception:  # HTMLParser is lenient; anything it still cannot take is no article
        return "", "", "", "", ""
    for scope in ("article", "main", "body"):
        paras = p.paragraphs(scope)
        if paras:
            break
    m = p.meta
    title = _html.unescape(m.get("og:title") or " ".join(p.title.split()))
    if paras and paras[0] == title:
        paras = paras[1:]
    date = ""
    for key in ("article:published_time", "datepublished", "date", "dc.date", "pubdate"):
        found = re.match(r"\d{4}-\d{2}-\d{2}", m.get(key, ""))
        if found:
            date = found.group()
            break
    url = m.get("og:url") or m.get("canonical") or ""
    return title, "\n\n".join(paras), date, url, m.get("og:site_name", "")


def _site_of(url: str) -> str:
    m = re.match(r"[a-z]+://(?:www\.)?([^/:?#]+)", url or "", re.I)
    return m.group(1).lower() if m else ""


def html_id(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".html", ".htm", ".xhtml"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def read_html(path: Path) -> Iterator[Article]:
    from .common import open_bytes
    raw = open_bytes(path)
    if not raw.strip():
        raise SourceError(str(path), "empty file")
    article = article_from_html(raw, path=str(path), article_id=html_id(path))
    if article is None:
        raise SourceError(str(path), "no article text in this HTML page")
    yield article
