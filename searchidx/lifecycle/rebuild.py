"""``rebuild``: a fresh index from the sources, built beside the live one and swapped in.

1. take the writer lock (a running ``index`` or ``rebuild`` makes this fail, or wait);
2. build generation n+1 in ``<index>/data-<n+1>.building`` (searches keep using generation n);
3. rename it to ``data-<n+1>`` and atomically replace ``manifest.json`` naming it (the swap);
4. delete generations older than n (n itself stays, for readers that still have it open).

Killed before step 3's manifest replacement, the old index is untouched; the next ``rebuild``
with the same sources resumes the ``.building`` directory (its committed batches are skipped by
content hash), otherwise it starts afresh. A rebuild that fails with an error removes its
``.building`` directory and leaves the old index as it was.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Iterable, Optional

from .. import __version__
from ..errors import IndexStateError, SearchidxError
from ..models import IndexReport
from .build import RunOptions, Writer, pause_point
from .lock import WriterLock
from .store import BUILDING_SUFFIX, DATA_PREFIX, Store, analysis_settings, is_legacy_whoosh, now

PLAN = "rebuild.json"


def _generation_of(name: str) -> int:
    try:
        return int(name[len(DATA_PREFIX):].split(".")[0])
    except ValueError:
        return 0


def _sources_from_legacy(root: Path) -> list[str]:
    """The source files of an index without a manifest, from its stored article paths."""
    from ..engine.whoosh_engine import WhooshEngine
    try:
        engine = WhooshEngine(root, create=False)
    except SearchidxError as e:
        raise IndexStateError(f"{e}; this index has no manifest, so give the sources to rebuild "
                              f"from: searchidx rebuild --index {root} SOURCES…") from None
    try:
        paths = sorted({a.path for a in engine.articles().values() if a.path})
    finally:
        engine.close()
    return [p for p in paths if Path(p).exists()]


def rebuild(path: str | os.PathLike, sources: Optional[Iterable[str]] = None, *,
            options: RunOptions, wait: bool = False) -> IndexReport:
    """Rebuild the index at ``path`` from ``sources`` (default: the manifest's)."""
    from ..engine.whoosh_engine import WhooshEngine
    store = Store(path)
    if not store.root.is_dir():
        raise IndexStateError(f"no index at {store.root} (create one with: searchidx index PATH…)")
    lock = WriterLock(store.root, "rebuild").acquire(wait)
    try:
        try:
            old = store.read_manifest()
        except IndexStateError:
            if not sources:
                raise
            old = None  # a damaged manifest: the given sources say what to build
        if sources:
            plan_sources = [str(s) for s in sources]
        elif old is not None:
            plan_sources = list(old["sources"])  # absolute paths, in first-indexed order
        elif is_legacy_whoosh(store.root):
            plan_sources = _sources_from_legacy(store.root)
        else:
            plan_sources = []
        if not plan_sources:
            raise IndexStateError(f"no sources to rebuild {store.root} from: give them, "
                                  f"searchidx rebuild --index {store.root} SOURCES…")
        plan = {"sources": plan_sources, "analysis": analysis_settings(),
                "searchidx_version": __version__}

        building = None
        for d in store.building_dirs():  # resume a killed rebuild of the same plan, if any
            try:
                same = json.loads((d / PLAN).read_text(encoding="utf-8"))["plan"] == plan
            except (OSError, ValueError, KeyError):
                same = False
            if same and building is None:
                building = d
            else:
                shutil.rmtree(d, ignore_errors=True)
        existing = [_generation_of(d.name) for d in store.generation_dirs()]
        if building is None:
            gen = max([(old or {}).get("generation", 0)] + existing) + 1
            building = store.root / f"{DATA_PREFIX}{gen}{BUILDING_SUFFIX}"
            building.mkdir()
            (building / PLAN).write_text(json.dumps({"plan": plan, "started": now()}), encoding="utf-8")
        gen = _generation_of(building.name)
        final = store.root / f"{DATA_PREFIX}{gen}"
        if final.exists():  # a leftover of a rebuild killed between rename and swap
            shutil.rmtree(final)

        new = store.new_manifest(final.name, gen)
        if old is not None:
            new["created"] = old.get("created", new["created"])
            new["previous"] = old.get("data")
        new["in_progress"] = None
        report = IndexReport()
        engine = WhooshEngine(building, create=True)
        try:
            w = Writer(engine, report, options, sources=new["sources"])
            w.run(w.events_from_paths(plan_sources))
            new["counts"] = engine.counts()
        except SearchidxError:
            engine.close()
            shutil.rmtree(building, ignore_errors=True)  # a clean failure: nothing to resume
            raise
        except BaseException:
            engine.close()
            raise
        engine.close()
        new["last_run"] = {"command": "rebuild", "finished": now(), "completed": True,
                           "report": {"added": report.added, "updated": report.updated,
                                      "unchanged": report.unchanged, "failed": report.failed,
                                      "passages": report.passages, "quotes": report.quotes}}
        pause_point("rebuild-built")
        (building / PLAN).unlink()
        os.rename(building, final)
        pause_point("rebuild-renamed")
        store.write_manifest(new)  # the swap: one atomic rename
        pause_point("rebuild-swapped")
        keep = {final.name}
        if old is not None and old.get("data"):
            keep.add(old["data"])
        store.remove_old_generations(keep)
        return report
    finally:
        lock.release()


def rebuild_engine(engine, sources: Iterable[str], *, options: RunOptions) -> IndexReport:
    """Blue/green rebuild on an engine that keeps its own generations (OpenSearch): fill a new,
    empty index from ``sources`` while searches use the old one, then swap it in atomically. A
    failure drops the new index and leaves the old one as it was."""
    report = IndexReport()
    new = engine.begin_rebuild()
    try:
        w = Writer(new, report, options)
        w.run(w.events_from_paths(list(sources)))
    except BaseException:
        engine.abort_rebuild(new)
        raise
    engine.commit_rebuild(new)
    return report
