"""Web archives (WARC, WARC.gz): every HTML response record becomes an article.

The target URL and the capture date come from the WARC headers; the page's own publication date
and canonical URL win when the page has them (``date`` is when the article appeared, the capture
date is a fallback that is never earlier). Non-HTML records (requests, metadata, images,
revisits, error statuses) are skipped. Ids are the WARC record ids (``urn:uuid:…`` without the
prefix): unique per capture and stable across re-reads.

A broken record (e.g. undecodable content) is reported as one skippable error; a truncated or
corrupt archive stops reading at that point with an error naming the byte offset.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import SourceError
from ..models import Article
from .html import article_from_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _record_id(rec, offset: int) -> str:
    rid = (rec.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    for prefix in ("urn:uuid:", "urn:"):
        if rid.startswith(prefix):
            rid = rid[len(prefix):]
            break
    return rid or f"record-{offset}"


def _gzip_damage(path: Path) -> int | None:
    """The byte offset of the first gzip member that does not decompress to its end (a truncated
    or corrupt .warc.gz), or None when the file is whole. (warcio stops quietly at a truncation.)"""
    import zlib
    with open(path, "rb") as f:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        member_start, pos = 0, 0
        started = False
        while True:
            block = f.read(1 << 20)
            if not block:
                break
            while block:
                if not started:
                    member_start, started = pos, True
                try:
                    d.decompress(block)
                except zlib.error:
                    return member_start
                if d.eof:
                    used = len(block) - len(d.unused_data)
                    pos += used
                    block = d.unused_data
                    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    started = False
                else:
                    pos += len(block)
                    block = b""
        return member_start if started else None


def read_warc(path: Path) -> Iterator[Article | SourceError]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # pragma: no cover - warcio is a dependency
        raise SourceError(str(path), "reading WARC files needs warcio: pip install warcio") from None
    found = records = 0
    offset = 0
    damaged = _gzip_damage(path) if path.suffix.lower() == ".gz" else None
    try:
        with open(path, "rb") as f:
            it = ArchiveIterator(f, check_digests=False)
            for rec in it:
                records += 1
                offset = it.offset  # (get_record_offset() would consume the record)
                if damaged is not None and offset >= damaged:
                    break
                if rec.format != "warc":  # (warcio reads anything as a lenient ARC record)
                    raise SourceError(str(path), "not a WARC file" + (f" (record at byte {offset})"
                                                                      if offset else ""))
                if rec.rec_type not in ("response", "resource"):
                    continue
                headers = rec.http_headers
                if rec.rec_type == "response":
                    if headers is None or headers.get_statuscode() != "200":
                        continue
                    ctype = headers.get_header("Content-Type") or ""
                else:
                    ctype = rec.rec_headers.get_header("Content-Type") or ""
                if not ctype.split(";")[0].strip().lower() in HTML_TYPES:
                    continue
                charset = None
                if "charset=" in ctype.lower():
                    charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
                url = rec.rec_headers.get_header("WARC-Target-URI") or ""
                captured = (rec.rec_headers.get_header("WARC-Date") or "")[:10]
                raw = rec.content_stream().read()
                if getattr(rec.raw_stream, "limit", 0):  # fewer bytes than its Content-Length
                    raise SourceError(str(path), f"truncated WARC file: the record at byte {offset} "
                                                 f"({url}) is incomplete")
                try:
                    article = article_from_html(raw, path=str(path), article_id=_record_id(rec, offset),
                                                url=url, date=captured, charset=charset)
                except SourceError as e:
                    yield SourceError(str(path), f"record at byte {offset} ({url}): {e.reason}")
                    continue
                if article is not None:
                    found += 1
                    yield article
    except SourceError:
        raise
    except OSError as e:
        raise SourceError(str(path), f"cannot read: {e.strerror or e}") from None
    except Exception as e:  # warcio/zlib raise assorted errors (ArchiveLoadFailed, EOFError, …)
        if damaged is not None:
            raise SourceError(str(path), f"truncated or corrupt WARC file: the gzip member at byte "
                                         f"{damaged} does not decompress") from None
        where = f" after byte {offset}" if records else ""
        kind = "truncated or corrupt WARC file" if records else "not a WARC file"
        raise SourceError(str(path), f"{kind}{where} ({type(e).__name__}: {e})") from None
    if damaged is not None:
        raise SourceError(str(path), f"truncated or corrupt WARC file: the gzip member at byte "
                                     f"{damaged} does not decompress")
    if not found:
        raise SourceError(str(path), "no HTML pages in this WARC file" if records else "empty file")
