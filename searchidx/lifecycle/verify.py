"""``check``: is an index whole, consistent with its manifest, and true to its sources?

Problems (the index is wrong: exit 1):
  the manifest or data directory is missing or unreadable, the index does not open, counts differ
  from the manifest, an article's passages are not numbered 0…n-1 or appear twice, a passage's
  offsets do not fit its text, a passage's text differs from its source at its offsets, a write
  was interrupted (the manifest is stale until the same command runs again).
Warnings (the index is consistent but behind: exit 0):
  a source file changed or disappeared since it was indexed, the index was built with other
  analysis settings or another searchidx version, a write is running now.
"""
from __future__ import annotations

import collections
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .. import __version__
from ..errors import SearchidxError
from .lock import describe, is_locked, read_info
from .store import Store, analysis_settings, file_sha256, is_legacy_whoosh, schema_version, source_key


@dataclass
class CheckReport:
    index: str
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    checked: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(path: str | os.PathLike, *, sources: bool = True) -> CheckReport:
    from ..engine.whoosh_engine import WhooshEngine
    store = Store(path)
    rep = CheckReport(str(store.root))
    if not store.root.is_dir():
        rep.problems.append(f"there is no index at {store.root}")
        return rep
    try:
        m = store.read_manifest()
    except SearchidxError as e:
        rep.problems.append(str(e))
        return rep
    writing = is_locked(store.root)
    if writing:
        rep.warnings.append(f"being written now by {describe(read_info(store.root) or {})}: "
                            f"counts may change while checking")
    if m is None:
        if is_legacy_whoosh(store.root):
            rep.warnings.append("this index has no manifest (made by an older searchidx): the next "
                                "`searchidx index` adds one, `searchidx rebuild` moves it to the "
                                "current layout")
            data = store.root
        else:
            rep.problems.append(f"{store.root} has no manifest.json and no index files: not an index")
            return rep
    else:
        if m.get("schema_version") != schema_version():
            rep.problems.append(f"the index has schema version {m.get('schema_version')}, this searchidx "
                                f"needs {schema_version()}: run `searchidx rebuild --index {store.root}`")
            return rep
        if m.get("in_progress") and not writing:
            info = m["in_progress"]
            rep.problems.append(f"a `searchidx {info.get('command')}` run (pid {info.get('pid')} on "
                                f"{info.get('host')}, started {info.get('started')}) was interrupted: "
                                f"the index holds what it committed; run the same command again to "
                                f"finish it and update the manifest")
        last = m.get("last_run") or {}
        if not m.get("in_progress") and last and not last.get("completed", True):
            rep.warnings.append(f"the last `searchidx {last.get('command')}` (finished {last.get('finished')}) "
                                f"stopped at an error: the index holds what it committed before it")
        if m.get("analysis") != analysis_settings():
            rep.warnings.append(f"built with other analysis settings ({m.get('analysis')}; now "
                                f"{analysis_settings()}): run `searchidx rebuild --index {store.root}` "
                                f"for the current ones")
        if m.get("searchidx_version") != __version__:
            rep.warnings.append(f"built by searchidx {m.get('searchidx_version')}, this is {__version__}")
        data = store.data_dir(m)
        if not data.is_dir():
            rep.problems.append(f"the data directory {data} named by the manifest is missing")
            return rep
    try:
        engine = WhooshEngine(data, create=False)
    except Exception as e:
        rep.problems.append(f"the index does not open: {e}")
        return rep
    try:
        spans = _check_documents(engine, m, rep, writing)
        if sources and m is not None:
            _check_sources(engine, m, rep, spans)
    except Exception as e:  # a damaged segment shows up as an error while reading
        rep.problems.append(f"the index cannot be read through: {type(e).__name__}: {e}")
    finally:
        engine.close()
    return rep


def _documents(engine):
    it = getattr(engine, "iter_documents", None)
    if it is not None:
        yield from it()
        return
    for article_id in sorted(engine.articles()):  # pragma: no cover - engines without a scan
        yield from engine.passages_of(article_id)


def _check_documents(engine, m: Optional[dict], rep: CheckReport, writing: bool) -> dict:
    """Checks every stored passage; returns {article id: [(passage id, start, end, hash of text)]}."""
    spans: dict[str, list[tuple]] = collections.defaultdict(list)
    ordinals: dict[str, list[int]] = collections.defaultdict(list)
    hashes: dict[str, set] = collections.defaultdict(set)
    ids = collections.Counter()
    bad_offsets = []
    n = 0
    for doc in _documents(engine):
        n += 1
        ids[doc["id"]] += 1
        ordinals[doc["article_id"]].append(int(doc["ordinal"]))
        hashes[doc["article_id"]].add(doc.get("content_hash"))
        start, end, text = int(doc["start"]), int(doc["end"]), doc.get("text", "")
        spans[doc["article_id"]].append((doc["id"], start, end, hash(text)))
        if not (0 <= start < end) or end - start != len(text):
            bad_offsets.append(f"{doc['id']} (start {start}, end {end}, {len(text)} characters)")
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        rep.problems.append(f"{len(dup)} passages are stored more than once (e.g. {', '.join(sorted(dup)[:3])}): "
                            f"run `searchidx rebuild`")
    gaps = [a for a, o in ordinals.items() if sorted(o) != list(range(len(o)))]
    if gaps:
        rep.problems.append(f"{len(gaps)} articles have missing or repeated passages (e.g. "
                            f"{', '.join(sorted(gaps)[:3])}): run `searchidx rebuild`")
    mixed = [a for a, h in hashes.items() if len(h) > 1]
    if mixed:
        rep.problems.append(f"{len(mixed)} articles mix passages of two versions (e.g. "
                            f"{', '.join(sorted(mixed)[:3])}): run `searchidx rebuild`")
    if bad_offsets:
        rep.problems.append(f"{len(bad_offsets)} passages have offsets that do not fit their text "
                            f"(e.g. {'; '.join(bad_offsets[:3])})")
    counts = engine.counts()
    rep.checked.update(articles=len(ordinals), passages=n)
    if counts["articles"] != len(ordinals) or counts["passages"] != n:
        rep.problems.append(f"the index's own counts ({counts['articles']} articles, {counts['passages']} "
                            f"passages) disagree with its documents ({len(ordinals)}, {n})")
    if m is not None and not writing:
        want = m.get("counts") or {}
        for key in ("articles", "passages", "quotes"):
            if want.get(key) != counts.get(key):
                rep.problems.append(f"the manifest says {want.get(key)} {key}, the index has "
                                    f"{counts.get(key)}")
    return spans


def _check_sources(engine, m: dict, rep: CheckReport, spans: dict) -> None:
    """Compare stored passages with their source files (those still there and unchanged)."""
    from ..sources import read_file
    from ..sources.common import content_hash
    stored = engine.articles()
    by_path = collections.defaultdict(list)
    for a in stored.values():
        by_path[a.path].append(a.id)
    changed, gone, stale, compared, mismatched = [], [], [], 0, []
    for key, entry in m.get("sources", {}).items():
        p = Path(key)
        if not p.exists():
            gone.append(entry.get("path", key))
            continue
        if file_sha256(p) != entry.get("sha256"):  # (not size+mtime: check trusts nothing)
            changed.append(entry.get("path", key))
            continue
        wanted = set(by_path.get(entry.get("path"), ())) | set(by_path.get(key, ()))
        if not wanted:
            continue
        for item in read_file(p, errors="yield"):
            if isinstance(item, SearchidxError) or item.id not in wanted:
                continue
            if content_hash(item) != stored[item.id].content_hash:
                stale.append(item.id)  # e.g. its re-indexing failed and was skipped
                continue
            compared += 1
            for passage_id, s, e, text_hash in spans.get(item.id, ()):
                if hash(item.text[s:e]) != text_hash:
                    mismatched.append(f"{passage_id} ({entry.get('path', key)}, characters {s}–{e})")
    rep.checked["compared_with_sources"] = compared
    if mismatched:
        rep.problems.append(f"{len(mismatched)} passages differ from their source text at their offsets "
                            f"(e.g. {'; '.join(mismatched[:3])}): run `searchidx rebuild`")
    if stale:
        rep.warnings.append(f"{len(stale)} articles differ from their source (e.g. {', '.join(stale[:3])}): "
                            f"their last re-indexing failed or was skipped; run `searchidx index` again")
    if changed:
        rep.warnings.append(f"{len(changed)} source files changed since they were indexed (e.g. "
                            f"{', '.join(changed[:3])}): run `searchidx index` on them to update")
    if gone:
        rep.warnings.append(f"{len(gone)} source files are gone (e.g. {', '.join(gone[:3])}): their "
                            f"articles stay searchable; `searchidx index --prune` drops them")
