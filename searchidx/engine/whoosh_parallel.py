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
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from whoosh import writing
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from .whoosh_engine import POOL_MB, WhooshEngine, _codec
from .whoosh_merge import CopyMergeWriter, add_segments, merge_in_run, small_tail

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

    def _staging_index(self) -> _StagingIndex:
        folder = Path(self.staging) / str(os.getpid())
        folder.mkdir(parents=True, exist_ok=True)
        return _StagingIndex(FileStorage(str(folder)), self.indexname, self.schema)

    def write(self, documents_by_article: Iterable[Optional[list[dict]]]) -> tuple[list[int], Optional[object]]:
        """Write the documents of each article (None: the article failed) into one new segment:
        (documents written per article, the finished segment or None when nothing was written)."""
        writer = writing.SegmentWriter(self._staging_index(), _lk=False, codec=_codec(), limitmb=POOL_MB)
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

    def merge(self, data: str, segments: list) -> object:
        """Merge committed ``segments`` (in the index directory ``data``) into one new segment."""
        writer = CopyMergeWriter(self._staging_index(), source_storage=FileStorage(data), _lk=False,
                                 codec=_codec(), limitmb=POOL_MB)
        try:
            add_segments(writer, writer.source_storage, segments)
        except BaseException:
            writer.cancel()
            raise
        segment = writer._finalize_segment()
        writer._finish()
        return segment


def merge_task(task: SegmentTask, data: str, segments: list) -> object:
    """A worker's part of :meth:`ParallelSegments.compact` (a module function: it is pickled)."""
    return task.merge(data, segments)


def groups_of(segments: list, n: int, ratio: float = 0.5) -> list[list]:
    """``segments`` in up to ``n`` groups to merge side by side, leaving out groups of one (they
    have nothing to merge). Group ``i`` aims at a share of the documents in proportion to
    ``ratio ** i`` (n = 2: 2/3 and 1/3), not an equal one: each merged segment then holds more
    documents than the smaller ones together, with a margin, so later runs keep them as large
    segments (``whoosh_merge.small_tail``) instead of merging the whole index again. The merge
    then takes 2/3 of the time of one process instead of 1/2."""
    targets = [ratio ** i for i in range(n)]
    groups: list[list] = [[] for _ in range(n)]
    sizes = [0] * n
    for segment in sorted(segments, key=lambda s: s.doc_count_all(), reverse=True):
        i = min(range(n), key=lambda k: sizes[k] / targets[k])
        groups[i].append(segment)
        sizes[i] += segment.doc_count_all()
    return [g for g in groups if len(g) > 1]


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
        with self._writer(delete_article_ids) as writer:
            self._move_in(segments)
            before_commit()
            new = list(segments)
            # a run's merge policy over the committed segments, then the new ones
            writer.commit(mergetype=lambda w, segs: merge_in_run(w, segs) + new)

    def compact(self, pool, jobs: int, progress: Optional[Callable[[], None]] = None) -> bool:
        """The end of a run's merge (``WhooshEngine.compact``), in ``jobs`` worker processes: the
        small segments are merged in ``jobs`` groups (``groups_of``), each into one segment, and
        committed at once. The index then has ``jobs`` large segments instead of one, which later
        runs keep. The writer, and with it the lock, is held throughout, so
        no other writer changes the merged segments meanwhile. False when there are too few
        segments to share (the caller merges in one process)."""
        if len(groups_of(small_tail(self.engine.ix._segments()), jobs)) < 2:
            return False  # (before a writer: a cancelled one leaves its empty files behind)
        with self._writer() as writer:
            groups = groups_of(small_tail(writer.segments), jobs)
            if progress is not None:
                progress()
            # (should another writer have come between, ``groups`` may be fewer: the commit is the same)
            handles = [pool.apply_async(merge_task, (self.task, str(self.data), g)) for g in groups]
            merged = [h.get() for h in handles]
            self._move_in(merged)
            gone = {s.segment_id() for g in groups for s in g}
            writer.commit(mergetype=lambda w, segs: [s for s in segs if s.segment_id() not in gone] + merged)
        return True

    @contextmanager
    def _writer(self, delete_article_ids: Iterable[str] = ()):
        """The engine's writer (and with it the lock), cancelled if its commit does not happen."""
        writer = self.engine.open_writer(delete_article_ids)
        try:
            yield writer
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise

    def _move_in(self, segments: list) -> None:
        """Move the finished segment files from the staging directory into the data directory."""
        for seg in segments:
            name = seg.make_filename(seg.COMPOUND_EXT)
            os.replace(self._find(name), self.data / name)

    def _find(self, name: str) -> Path:
        for folder in self.staging.iterdir():
            p = folder / name
            if p.exists():
                return p
        raise FileNotFoundError(f"segment file {name} not in {self.staging}")

    def close(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
