"""Index lifecycle for the embedded (Whoosh) engine: layout and manifest, the writer lock,
incremental and parallel indexing, deletion and pruning, atomic rebuilds, and verification.

``searchidx.Index`` and the CLI (``searchidx.cli_lifecycle``) are thin layers over this package:

* ``store``   – directory layout, ``manifest.json`` (atomic writes), generations
* ``lock``    – the writer lock and who holds it
* ``build``   – the write pipeline (read → analyse in worker processes → commit in batches)
* ``rebuild`` – build a new generation beside the live one and swap it in
* ``verify``  – ``check``: is the index whole and true to its sources?
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Optional

from ..errors import IndexStateError
from ..models import Article, IndexReport
from .build import BATCH_SIZE, MAX_ARTICLE_CHARS, RunOptions, Writer, default_jobs, pause_point
from .lock import WriterLock, describe, is_locked, read_info
from .store import Store, is_legacy_whoosh, now, run_info, source_key


def open_layout(path: str | os.PathLike, create: bool) -> tuple[Path, Store]:
    """(the directory holding the Whoosh files, the Store) for the index at ``path``; creates a
    new index (manifest + ``data-1``) when there is none and ``create`` is set."""
    store = Store(path)
    m = store.read_manifest()
    if m is not None:
        store.check_schema(m)
        return store.data_dir(m), store
    if is_legacy_whoosh(store.root) or not create:
        return store.root, store  # (the engine says "no index at …" when there is none)
    lock = WriterLock(store.root, "index (creating the index)").acquire(wait=True)
    try:
        m = store.read_manifest()  # another process may have created it meanwhile
        if m is None:
            from ..engine.whoosh_engine import WhooshEngine
            data = store.root / "data-1"
            WhooshEngine(data, create=True).close()
            m = store.new_manifest("data-1", 1)
            store.write_manifest(m)
        return store.data_dir(m), store
    finally:
        lock.release()


class _Run:
    """Lock + manifest bookkeeping around one write to a live index."""

    def __init__(self, ix, command: str, wait: bool):
        self.ix, self.store, self.command = ix, ix.store, command
        self.lock = WriterLock(self.store.root, command).acquire(wait)
        try:
            m = self.store.read_manifest()
            if m is None:  # an index made before manifests: adopt it in place
                m = self.store.new_manifest(".", 0)
            self.manifest = m
            self.interrupted = m.get("in_progress") or self.lock.previous
            self.started = now()
            m["in_progress"] = run_info(command)
            self.store.write_manifest(m)
        except BaseException:
            self.lock.release()
            raise

    def save(self) -> None:
        self.store.write_manifest(self.manifest)

    def finish(self, report: Optional[IndexReport]) -> None:
        try:
            m = self.manifest
            counts = self.ix.engine.counts()
            if counts != m.get("counts") or (report and (report.added or report.updated or report.deleted)):
                m["updated"] = now()
            m["counts"] = counts
            m["in_progress"] = None
            m["last_run"] = {"command": self.command, "started": self.started, "finished": now(),
                             "report": _report_dict(report) if report else None,
                             "completed": report is not None}
            self.save()
        finally:
            self.lock.release()


def _report_dict(r: IndexReport) -> dict:
    return {"added": r.added, "updated": r.updated, "unchanged": r.unchanged, "deleted": r.deleted,
            "failed": r.failed, "passages": r.passages, "quotes": r.quotes}


def write(ix, *, paths: Optional[Iterable] = None, articles: Optional[Iterable[Article]] = None,
          options: RunOptions, prune: bool = False, wait: bool = False,
          command: str = "index") -> IndexReport:
    """Index ``paths`` (files, directories) or ``articles`` into the live index of ``ix``."""
    report = IndexReport()
    if ix.store is None:  # an engine without a local directory (OpenSearch): no manifest, no lock
        w = Writer(ix.engine, report, options)
        w.run(w.events_from_paths(paths) if paths is not None else w.events_from_articles(articles))
        return report
    if prune:
        options.reread = True
    run = _Run(ix, command, wait)
    completed = False
    try:
        w = Writer(ix.engine, report, options, sources=run.manifest["sources"], save=run.save)
        w.run(w.events_from_paths(paths) if paths is not None else w.events_from_articles(articles))
        if prune:
            w.prune()
        completed = True
    finally:
        run.finish(report if completed else None)
    return report


def delete(ix, article_ids: Iterable[str], wait: bool = False) -> tuple[list[str], list[str]]:
    """Remove articles by id: (deleted ids, ids not in the index). The source files they came
    from are marked for re-reading, so that indexing them again brings the articles back."""
    wanted = list(dict.fromkeys(article_ids))
    if ix.store is None:
        stored = ix.engine.articles()
        found = [i for i in wanted if i in stored]
        if found:
            ix.engine.write([], delete_article_ids=found)
        return found, [i for i in wanted if i not in stored]
    run = _Run(ix, "delete", wait)
    report = IndexReport()
    try:
        stored = ix.engine.articles()
        found = [i for i in wanted if i in stored]
        if found:
            ix.engine.write([], delete_article_ids=found)
        paths = {stored[i].path for i in found if stored[i].path}
        keys = {source_key(p) for p in paths}
        for key, entry in run.manifest["sources"].items():
            if entry.get("path") in paths or key in keys:
                entry["complete"] = False
        report.deleted = len(found)
    finally:
        run.finish(report)
    return found, [i for i in wanted if i not in stored]


from .rebuild import rebuild  # noqa: E402  (uses the names above)
from .verify import check  # noqa: E402

__all__ = ["open_layout", "write", "delete", "rebuild", "check", "RunOptions", "default_jobs",
           "BATCH_SIZE", "MAX_ARTICLE_CHARS", "WriterLock", "Store", "describe", "is_locked",
           "read_info", "pause_point"]
