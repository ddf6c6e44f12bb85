"""Benchmark corpora: generated articles at a chosen size, and the real news data when present.

Every corpus is an *articles* JSONL (what searchidx indexes) plus a *passages* JSONL with the very
passages searchidx makes of them (``searchidx.passages.split_passages``), which the peer engines
index, so all engines hold the same text. Derived files live in the work directory (outside the
repository); research data is read where it is and never copied into the repo.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402


def shared_dir() -> Path:
    env = os.environ.get("SEARCHIDX_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def news_files() -> list[Path]:
    """The real news article files that exist on this machine (may be none)."""
    data = shared_dir() / "data"
    files = [data / "news/en-wikinews-2019-2020/articles.jsonl"]
    files += sorted((data / "quotes").glob("*/*.jsonl")) if (data / "quotes").is_dir() else []
    return [f for f in files if f.is_file()]


def generated(work: Path, passages: int, seed: int = 1) -> dict:
    """A generated corpus of about ``passages`` passages (cached in ``work``)."""
    name = f"gen-{passages}-s{seed}"
    arts = work / f"{name}.articles.jsonl"
    if not arts.exists():
        tmp = arts.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            for a in generate.iter_articles(n_passages=passages, seed=seed):
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        tmp.rename(arts)
    return _with_passages(work, name, [arts])


def news(work: Path) -> dict | None:
    files = news_files()
    if not files:
        return None
    return _with_passages(work, "news", files)


def _with_passages(work: Path, name: str, article_files: list[Path]) -> dict:
    """Write (once) the passages of ``article_files`` and count what the corpus holds."""
    from searchidx.sources import read_file
    from searchidx.passages import split_passages

    pas = work / f"{name}.passages.jsonl"
    meta = work / f"{name}.meta.json"
    if not (pas.exists() and meta.exists()):
        n_art = n_pas = raw = 0
        tmp = pas.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            for path in article_files:
                for a in read_file(Path(path)):
                    n_art += 1
                    raw += len(a.text.encode("utf-8")) + len(a.title.encode("utf-8"))
                    for p in split_passages(a):
                        n_pas += 1
                        f.write(json.dumps({"id": p.id, "article_id": a.id, "title": a.title,
                                            "text": p.text, "lang": a.lang, "date": a.date},
                                           ensure_ascii=False) + "\n")
        tmp.rename(pas)
        meta.write_text(json.dumps({"articles": n_art, "passages": n_pas, "raw_bytes": raw}))
    info = json.loads(meta.read_text())
    return {"name": name, "articles_files": [str(p) for p in article_files], "passages_file": str(pas),
            **info}
