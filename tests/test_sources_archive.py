"""HTML pages, web archives (WARC, WARC.gz) and gzip-compressed sources, read and indexed."""
import gzip
import io
import json

import pytest

from searchidx import Index, SourceError, read_articles
from searchidx.sources import read_file
from searchidx.sources.html import extract_stdlib

BODY = ["The mayor opened the new bridge on Friday after three years of construction work.",
        "\u201cThis bridge connects two halves of our city,\u201d said mayor Anna de Vries at the ceremony.",
        "Traffic is expected to ease from next week, according to the transport department."]


def page(title, date="", url="", paragraphs=BODY) -> str:
    meta = f'<meta property="article:published_time" content="{date}T09:00:00Z">' if date else ""
    canon = f'<link rel="canonical" href="{url}">' if url else ""
    return (f"<html><head><title>{title}</title>{meta}{canon}</head><body>"
            f'<nav><a href="/">Home</a> | <a href="/sport">Sport</a> | Subscribe now</nav>'
            f"<header>Example News menu</header><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article><aside>Most read: cats</aside>"
              "<footer>Copyright Example News. Cookie settings.</footer><script>track()</script>"
              "</body></html>")


def write_warc(path, pages, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        for url, captured, html, ctype in pages:
            body = html.encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            # (with a length warcio does not buffer the payload in a temp file it leaves open)
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                http_headers=headers, warc_headers_dict={"WARC-Date": captured}))
    return path


def test_html_page_text_without_boilerplate_with_metadata(tmp_path):
    f = tmp_path / "bridge-opened.html"
    f.write_text(page("Bridge opened", "2021-05-04", "https://news.example/bridge"), encoding="utf-8")
    [a] = read_articles([f])
    assert (a.id, a.title, a.date, a.url) == ("bridge-opened", "Bridge opened", "2021-05-04",
                                              "https://news.example/bridge")
    assert a.text == "\n\n".join(BODY)          # no menu, header, aside, footer, script, headline
    assert a.lang == "en"


def test_stdlib_fallback_extractor_drops_boilerplate():
    title, body, date, url, _site = extract_stdlib(page("Bridge opened", "2021-05-04", "https://n.example/b"))
    assert (title, date, url) == ("Bridge opened", "2021-05-04", "https://n.example/b")
    assert body == "\n\n".join(BODY)


def test_html_without_article_text_is_an_error(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><body><nav>Home</nav></body></html>")
    with pytest.raises(SourceError, match="empty.html: no article text"):
        list(read_articles([f]))


@pytest.mark.parametrize("name, gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_articles(tmp_path, name, gz):
    f = write_warc(tmp_path / name, [
        ("https://news.example/a", "2022-01-02T10:00:00Z", page("Bridge opened"), "text/html; charset=utf-8"),
        ("https://news.example/b", "2022-01-03T10:00:00Z", page("Second bridge", "2021-12-30"), "text/html"),
        ("https://news.example/logo.png", "2022-01-03T10:00:00Z", "\x89PNG", "image/png"),
    ], gz=gz)
    a, b = read_articles([f])
    assert (a.url, a.date, a.title) == ("https://news.example/a", "2022-01-02", "Bridge opened")  # capture date
    assert (b.url, b.date) == ("https://news.example/b", "2021-12-30")  # the page's own date wins
    assert a.source == "news.example" and a.text == "\n\n".join(BODY)
    assert len(a.id) == 36 and a.id != b.id  # WARC record ids
    assert [x.id for x in read_articles([f])] == [a.id, b.id]  # stable


def test_truncated_warc_gz_keeps_records_before_the_damage(tmp_path):
    f = write_warc(tmp_path / "crawl.warc.gz", [
        (f"https://news.example/{i}", "2022-01-02T10:00:00Z", page(f"Bridge {i}"), "text/html")
        for i in range(3)])
    raw = f.read_bytes()
    f.write_bytes(raw[: len(raw) * 3 // 4])
    got = []
    with pytest.raises(SourceError, match=r"crawl.warc.gz: truncated or corrupt WARC file: the gzip member at byte \d+"):
        for x in read_file(f):
            got.append(x)
    assert [x.title for x in got] == ["Bridge 0", "Bridge 1"]


def test_truncated_plain_warc_names_the_record(tmp_path):
    f = write_warc(tmp_path / "crawl.warc", [
        (f"https://news.example/{i}", "2022-01-02T10:00:00Z", page(f"Bridge {i}"), "text/html")
        for i in range(2)], gz=False)
    f.write_bytes(f.read_bytes()[:-200])
    with pytest.raises(SourceError, match=r"truncated WARC file: the record at byte \d+ \(https://news.example/1\)"):
        list(read_articles([f]))


def test_not_a_warc_file(tmp_path):
    f = tmp_path / "x.warc"
    f.write_text("hello, this is no archive\n")
    with pytest.raises(SourceError, match="x.warc: not a WARC file"):
        list(read_articles([f]))


def test_gzip_jsonl_and_text_index_end_to_end(tmp_path):
    rows = [{"id": f"g{i}", "title": f"Gzipped {i}", "text": f"A compressed article about canals {i}.",
             "lang": "en"} for i in range(3)]
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    (tmp_path / "note.en.txt.gz").write_bytes(gzip.compress(b"Canal note\n\nThe canals froze over."))
    write_warc(tmp_path / "c.warc.gz", [("https://n.example/x", "2022-01-02T10:00:00Z", page("Canal bridge"), "text/html")])
    (tmp_path / "p.html").write_text(page("Canal page"))
    with Index(tmp_path / "ix") as ix:
        r = ix.add_paths([tmp_path])
        assert (r.added, r.failed) == (6, 0)
        assert {h.article_id for h in ix.search("canal*", limit=50)} >= {"g0", "g1", "g2", "note"}
        assert ix.add_paths([tmp_path]).unchanged == 6


def test_truncated_gzip_is_a_clear_error(tmp_path):
    raw = gzip.compress(b"".join(json.dumps({"id": str(i), "title": "t", "text": "x " * 200}).encode() + b"\n"
                                 for i in range(50)))
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(SourceError, match="cut.jsonl.gz: cannot read: truncated gzip file"):
        list(read_articles([f]))
