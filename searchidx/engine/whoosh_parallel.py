"""Whoosh segments written in worker processes and committed by the parent (``--jobs N``).

Analysis and posting writing are ~90 % of the indexing time of the Whoosh engine, so with
``jobs > 1`` each worker process analyses its chunk of articles (a whole batch, see
``lifecycle/build.py``) *and* writes their passages into a new Whoosh segment of its own (a ``SegmentWriter`` without the index lock, as the sub-writers of
``whoosh.multiproc.MpWriter`` do, with the engine's codec). The parent, which alone holds the
write lock, then deletes the old passages of changed articles and adds the finished segments to
the table of contents in **one commit per batch** (as ``MpWriter(multisegment=True)`` does), so
the commit boundary and with it crash safety are those of the one-process path.

A worker writes into a staging directory of its own, ``<data dir>/.parallel-<parent pid>/<worker
pid>/``, and not beside the live segments: every Whoosh commit deletes the segment files that its
table of contents does not name (``whoosh.index.clean_files``), which would delete segments a worker
is still writing, and every writer destroys its temporary directory (``passages.tmp``) at the end.
At commit time the parent moves the finished compound segment files (one ``.seg`` file per
segment) into the data directory and renames the new table of contents into place; a process
killed in between leaves only unreferenced segment files, which the next commit deletes. The
staging directory is removed at the end of the run, or by the next parallel run when its parent
process is dead.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from whoosh import writing
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from .whoosh_engine import POOL_MB, WhooshEngine, _codec
from .whoosh_merge import merge_in_run

STAGING_PREFIX = ".parallel-"


class _StagingIndex:
    """What ``SegmentWriter(_lk=False)`` needs of an index: storage, name and an empty TOC."""

    def __init__(self, storage: FileStorage, indexname: str, schema):
        self.storage, self.indexname, self.schema = storage, indexname, schema

    def _read_toc(self) -> TOC:
        return TOC(self.schema, [], 0)


@dataclass
class SegmentTask:
    """What a worker needs to write a segment (pickled to the worker with each chunk)."""

    staging: str        # the run's staging directory
    indexname: str
    schema: object      # the live index's schema (whoosh.fields.Schema)

    def write(self, documents_by_article: Iterable[Optional[list[dict]]]) -> tuple[list[int], Optional[object]]:
        """Write the documents of each article (None: the article failed) into one new segment:
        (documents written per article, the finished segment or None when nothing was written)."""
        folder = Path(self.staging) / str(os.getpid())
        folder.mkdir(parents=True, exist_ok=True)
        storage = FileStorage(str(folder))
        writer = writing.SegmentWriter(_StagingIndex(storage, self.indexname, self.schema),
                                       _lk=False, codec=_codec(), limitmb=POOL_MB)
        counts: list[int] = []
        try:
            for docs in documents_by_article:
                n = 0
                for doc in docs or ():
                    writer.add_document(**WhooshEngine._fields(doc))
                    n += 1
                counts.append(n)
        except BaseException:
            writer.cancel()
            raise
        if not writer.doc_count():
            writer.cancel()
            return counts, None
        segment = writer._finalize_segment()
        writer._finish()  # (removes the writer's temporary directory; there is no lock to release)
        return counts, segment


class ParallelSegments:
    """The parent's side: staging directory, and commits of worker segments (see module doc)."""

    def __init__(self, engine: WhooshEngine):
        self.engine = engine
        self.data = Path(engine.path)
        self.staging = self.data / f"{STAGING_PREFIX}{os.getpid()}"
        self._remove_stale()
        self.task = SegmentTask(str(self.staging), engine.ix.indexname, engine.ix.schema)

    def _remove_stale(self) -> None:
        for d in self.data.glob(f"{STAGING_PREFIX}*"):
            try:
                pid = int(d.name[len(STAGING_PREFIX):])
                os.kill(pid, 0)
                alive = pid != os.getpid()
            except (ValueError, ProcessLookupError):
                alive = False
            except PermissionError:
                alive = True
            if not alive:
                shutil.rmtree(d, ignore_errors=True)

    def commit(self, segments: list, delete_article_ids: Iterable[str] = (),
               before_commit: Callable[[], None] = lambda: None) -> None:
        """One Whoosh commit: delete every passage of ``delete_article_ids`` from the committed
        segments, then add ``segments`` (written by ``SegmentTask.write``; documents may be marked
        deleted in them with ``segment.delete_document``)."""
        writer = self.engine.open_writer(delete_article_ids)
        try:
            for seg in segments:
                name = seg.make_filename(seg.COMPOUND_EXT)
                src = self._find(name)
                os.replace(src, self.data / name)
            before_commit()
            new = list(segments)
            # a run's merge policy over the committed segments, then the new ones
            writer.commit(mergetype=lambda w, segs: merge_in_run(w, segs) + new)
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise

    def _find(self, name: str) -> Path:
        for folder in self.staging.iterdir():
            p = folder / name
            if p.exists():
                return p
        raise FileNotFoundError(f"segment file {name} not in {self.staging}")

    def close(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
