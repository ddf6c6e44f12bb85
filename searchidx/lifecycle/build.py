"""Writing articles into an index: incremental, parallel, resumable, crash-safe.

The run, in one process (the *parent*) plus ``jobs - 1`` worker processes::

    read sources (parent) ─► unchanged? skip : chunk ─► analyze (workers, in order) ─► batch ─► commit

* Reading happens in the parent, in a stable order (files sorted, lines in order). A source file
  whose size and mtime (or failing that, SHA-256) match the manifest and that was completely
  indexed is skipped without reading it; inside a read file, an article whose content hash equals
  the indexed one is skipped without analysing it.
* Analysis (passages, quotations) is a pure function of an article, so it runs in a
  ``multiprocessing`` pool on chunks of articles; results are consumed strictly in submission
  order (a bounded queue of chunks in flight), so ids, order and the index are the same whatever
  ``jobs`` is.
* Every ``batch_size`` analysed articles become one engine commit (in the parent) that deletes
  the old passages of the changed articles and adds the new ones. A commit is atomic (Whoosh
  writes new segment files and then renames a new table of contents into place), and an
  article's passages are never split over two commits, so a run killed at any moment leaves the
  index as of its last commit, every article in it at most once, and running the same command
  again skips what was committed and completes the rest.
* Who writes the passages: with ``jobs`` 1, and on engines without ``parallel_segments``
  (OpenSearch), the parent adds the analysed documents in its commit. With ``jobs > 1`` on
  Whoosh (*segments mode*, ``engine/whoosh_parallel.py``) each batch is one chunk: a worker
  analyses it and writes its passages into a Whoosh segment of its own, the workers taking turns
  with whole batches, and the parent commits each batch's segment (with the deletions) in one
  commit, at the same boundary as with ``jobs`` 1. Whoosh's analysis and posting writing, most of
  the time, so run in parallel, and the index has the segments of a jobs-1 run (query time grows
  with the number of segments); only the run's last, short batch is cut into ``jobs`` chunks.
  The run's closing merge of its segments runs in the workers too, one group each
  (``ParallelSegments.compact``), so a fresh build ends with ``jobs`` segments instead of one.

Test hook: ``SEARCHIDX_TEST_PAUSE=<point>[:<n>]`` makes the n-th arrival at ``point`` print
``searchidx: paused at <point>`` on stderr and sleep, so that tests can SIGKILL the process at a
known moment. Points: ``batch-written`` (passages added to the Whoosh writer, or in segments mode
the workers' segments moved into the data directory, not yet committed),
``batch-committed``, ``manifest-written``, and for rebuilds ``rebuild-built``, ``rebuild-renamed``,
``rebuild-swapped``.
"""
from __future__ import annotations

import collections
import multiprocessing
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from ..errors import SourceError
from ..models import Article, IndexReport
from ..sources import iter_files, read_file
from ..sources.common import content_hash
from .store import file_sha256, source_key

#: articles analysed between two commits: a killed run loses at most this much work (about a
#: minute of one core). Each commit is a Whoosh segment, and segments are merged as they
#: accumulate: with 500, a 1M-passage build rewrote every posting 1.6 more times in merges and a
#: 100k index kept ~13 segments (each adds matcher set-up to every query); with 2000, 0.9 times
#: and ~8 segments (simulation of Whoosh's merge policy)
BATCH_SIZE = 2000
#: articles per task sent to a worker process
CHUNK_SIZE = 16
#: an "article" longer than this is refused (a dump or a concatenation, not an article); the
#: quotation finder needs ~35 s for 10 MB and a single passage list of that size helps nobody
MAX_ARTICLE_CHARS = 5_000_000
#: write the manifest at most this often during a run (it lists every source file)
MANIFEST_INTERVAL = 5.0
PAUSE_ENV = "SEARCHIDX_TEST_PAUSE"

_pause_counts: collections.Counter = collections.Counter()


def pause_point(name: str) -> None:
    """Test hook, see the module docstring (a no-op unless $SEARCHIDX_TEST_PAUSE names ``name``)."""
    spec = os.environ.get(PAUSE_ENV)
    if not spec:
        return
    point, _, nth = spec.partition(":")
    if point != name:
        return
    _pause_counts[name] += 1
    if _pause_counts[name] == int(nth or 1):
        print(f"searchidx: paused at {name}", file=sys.stderr, flush=True)
        time.sleep(3600)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# --- worker side -----------------------------------------------------------------------------
def _worker_init(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle

    def watch():  # a worker whose parent was killed (SIGKILL) must not linger
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _analyze_one(a: Article) -> tuple:
    """("ok", docs, n_quotes) or ("failed", message) for one article."""
    from ..pipeline import analyze
    try:
        analyzed = analyze(a)
        return ("ok", analyzed.documents(), len(analyzed.quotes))
    except Exception as e:  # one pathological article must not end a run of 100,000
        return ("failed", f"article {a.id}: analysis failed ({type(e).__name__}: {e})")


def analyze_chunk(articles: list[Article]) -> list[tuple]:
    """``_analyze_one`` of each article, in order."""
    return [_analyze_one(a) for a in articles]


def analyze_write_chunk(task, articles: list[Article]) -> tuple[list[tuple], object]:
    """Analyse ``articles`` and write their passages into one new engine segment (``task`` is the
    engine's ``SegmentTask``): (("ok", n_passages, n_quotes) or ("failed", message) per article,
    in order; the segment, None when no passage was written). Passages of article i are the
    segment's documents numbered after those of articles 0…i-1."""
    out: list[tuple] = []

    def documents():
        for a in articles:
            res = _analyze_one(a)
            out.append(res if res[0] == "failed" else ("ok", None, res[2]))  # (the documents not kept)
            yield res[1] if res[0] == "ok" else None

    counts, segment = task.write(documents())
    return [("ok", n, r[2]) if r[0] == "ok" else r for r, n in zip(out, counts)], segment


class _Done:
    """An already computed result with the interface of AsyncResult."""

    def __init__(self, value):
        self.value = value

    def ready(self) -> bool:
        return True

    def get(self):
        return self.value


# --- parent side -----------------------------------------------------------------------------
@dataclass
class _Chunk:
    items: list = field(default_factory=list)   # ("analyze", Article, is_update) | ("event", …)
    articles: list = field(default_factory=list)
    handle: object = None
    batch_end: bool = False   # (segments mode) the last chunk of a batch: commit after it


@dataclass
class RunOptions:
    batch_size: int = BATCH_SIZE
    jobs: int = 1
    skip_errors: bool = False
    progress: Optional[Callable[..., None]] = None
    #: read every source file even when the manifest says it is indexed and unchanged (pruning
    #: needs the ids each file holds now)
    reread: bool = False


class Writer:
    """One run that brings an engine up to date with a stream of articles or source files.

    ``sources`` is the manifest's ``{abs path: entry}`` (updated in place); ``save`` persists the
    manifest (called after commits, throttled, and at the end).
    """

    def __init__(self, engine, report: IndexReport, options: RunOptions,
                 sources: Optional[dict] = None, save: Callable[[], None] = lambda: None):
        self.engine, self.report, self.opt = engine, report, options
        self.sources = sources if sources is not None else {}
        self.save = save
        stored = engine.articles()
        self.known: dict[str, str] = {a.id: a.content_hash for a in stored.values()}
        self.stored_paths: dict[str, str] = {a.id: a.path for a in stored.values()}
        self.seen_by_source: dict[str, set[str]] = {}
        self.complete_sources: set[str] = set()
        self.pool = None
        self.done = 0
        self.commits = 0  # commits made by this run
        self.last_save = time.monotonic()
        # the batch being built: article id -> (docs, n_quotes); ids whose old passages go
        self.batch: dict[str, tuple[list[dict], int]] = {}
        self.replace: set[str] = set()
        self.batch_sources: list[tuple[str, dict]] = []
        # segments mode (jobs > 1 on an engine whose workers can write segments): the workers
        # write, the parent commits their segments one batch at a time
        self.segs = None
        self.batch_segments: list = []
        self.placed: dict[str, tuple[object, int, int]] = {}  # id -> (segment, first doc, count)

    # --- reading ---------------------------------------------------------------------------
    def events_from_articles(self, articles: Iterable[Article]) -> Iterator[tuple]:
        for a in articles:
            yield from self._article_event(a, None)

    def events_from_paths(self, paths: Iterable[str | os.PathLike]) -> Iterator[tuple]:
        for p in paths:
            try:
                files = list(iter_files([p]))
            except SourceError as e:
                yield ("error", e)
                continue
            for f in files:
                yield from self._file_events(f)

    def _file_events(self, f: Path) -> Iterator[tuple]:
        key = source_key(f)
        try:
            st = f.stat()
        except OSError as e:
            yield ("error", SourceError(str(f), f"cannot read: {e.strerror or e}"))
            return
        entry = self.sources.get(key)
        if entry and entry.get("complete") and not entry.get("errors") and not self.opt.reread:
            same = entry.get("size") == st.st_size and entry.get("mtime_ns") == st.st_mtime_ns
            sha = None
            if not same:
                sha = file_sha256(f)
                same = sha == entry.get("sha256")
            if same:
                entry.update(path=str(f), size=st.st_size, mtime_ns=st.st_mtime_ns)
                yield ("skip_file", key, entry.get("articles", 0))
                return
        sha = file_sha256(f)
        info = {"path": str(f), "size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sha,
                "articles": 0, "errors": 0, "complete": False}
        # known to the manifest from the start (complete only once its last article is
        # committed): a run that dies or fails midway still leaves a rebuild its sources
        self.sources.setdefault(key, dict(info))["complete"] = False
        seen = self.seen_by_source.setdefault(key, set())
        fatal = False
        try:
            for item in read_file(f, errors="yield"):
                if isinstance(item, SourceError):
                    info["errors"] += 1
                    yield ("error", item)
                    continue
                info["articles"] += 1
                seen.add(item.id)
                yield from self._article_event(item, info)
        except SourceError as e:
            info["errors"] += 1
            fatal = True
            yield ("error", e)
        if not fatal:
            self.complete_sources.add(key)
        yield ("file_done", key, info)

    def _article_event(self, a: Article, info: Optional[dict]) -> Iterator[tuple]:
        if len(a.text) > MAX_ARTICLE_CHARS:
            if info is not None:
                info["errors"] += 1
            yield ("error", SourceError(a.path or "<input>", f"article {a.id} has {len(a.text):,} "
                                        f"characters, more than the {MAX_ARTICLE_CHARS:,} an article "
                                        f"may have", line=a.line or None))
            return
        h = content_hash(a)
        old = self.known.get(a.id)
        if old == h:
            yield ("unchanged",)
            return
        self.known[a.id] = h
        yield ("analyze", a, old is not None)

    # --- the run ---------------------------------------------------------------------------
    def run(self, events: Iterator[tuple]) -> None:
        inflight: collections.deque[_Chunk] = collections.deque()
        limit = max(2, 2 * self.opt.jobs)
        chunk = _Chunk()
        if self.opt.jobs > 1:
            make = getattr(self.engine, "parallel_segments", None)
            self.segs = make() if make else None
        try:
            for ev in events:
                if ev[0] == "analyze":
                    chunk.items.append(ev)
                    chunk.articles.append(ev[1])
                else:
                    chunk.items.append(ev)
                if self.segs is None:
                    cut = len(chunk.articles) >= CHUNK_SIZE or len(chunk.items) >= 1000
                else:
                    # one chunk (one segment) per batch: the workers take turns with whole
                    # batches, so the index has the segments of a jobs-1 run and its commits
                    cut = (len(chunk.articles) >= self.opt.batch_size
                           or len(chunk.items) >= (1000 if not chunk.articles else 50_000))
                    chunk.batch_end = cut and bool(chunk.articles)
                if cut:
                    self._submit(chunk, inflight)
                    chunk = _Chunk()
                    while inflight and (len(inflight) > limit or inflight[0].handle.ready()):
                        self._consume(inflight.popleft())
            for part in self._split_last(chunk):
                self._submit(part, inflight)
            while inflight:
                self._consume(inflight.popleft())
            if self.batch or self.replace or self.batch_sources:
                self._commit()
            if self.commits:
                # the batches' segments, left unmerged by their commits, become one (one per
                # worker in segments mode, merged side by side)
                show = lambda: self._show("merging segments")  # noqa: E731
                if not (self.segs is not None and self.pool is not None
                        and self.segs.compact(self.pool, self.opt.jobs, progress=show)):
                    self.engine.compact(progress=show)
        finally:
            if self.pool is not None:
                self.pool.terminate()
                self.pool.join()
                self.pool = None
            if self.segs is not None:
                self.segs.close()

    def _split_last(self, chunk: _Chunk) -> list[_Chunk]:
        """The run's last chunk, in segments mode cut into up to `jobs` chunks of as many articles
        (the last batch is usually short: without this one worker would write it alone)."""
        if not chunk.items:
            return []
        n = len(chunk.articles)
        if self.segs is None or n < 2 * self.opt.jobs:
            return [chunk]
        parts = [_Chunk() for _ in range(self.opt.jobs)]
        share = -(-n // self.opt.jobs)
        i = 0
        for ev in chunk.items:
            if ev[0] == "analyze":
                if len(parts[i].articles) >= share:
                    i += 1
                parts[i].articles.append(ev[1])
            parts[i].items.append(ev)
        return [p for p in parts if p.items]

    def _submit(self, chunk: _Chunk, inflight) -> None:
        if not chunk.articles:
            chunk.handle = _Done([])
        elif self.opt.jobs > 1:
            if self.pool is None:
                self.pool = _context().Pool(self.opt.jobs, initializer=_worker_init,
                                            initargs=(os.getpid(),))
            if self.segs is not None:
                chunk.handle = self.pool.apply_async(analyze_write_chunk, (self.segs.task, chunk.articles))
            else:
                chunk.handle = self.pool.apply_async(analyze_chunk, (chunk.articles,))
        else:
            chunk.handle = _Done(analyze_chunk(chunk.articles))
        inflight.append(chunk)

    def _consume(self, chunk: _Chunk) -> None:
        value = chunk.handle.get()
        segment = None
        if self.segs is not None:  # (results, the chunk's segment): the passages are written
            value, segment = value if chunk.articles else ([], None)
            if segment is not None:
                self.batch_segments.append(segment)
        results = iter(value)
        docnum = 0  # (segments mode) the segment's first document of the next article
        for ev in chunk.items:
            if ev[0] == "analyze":
                docnum += self._analyzed(ev[1], ev[2], next(results), segment, docnum)
            else:
                self._event(ev)
            if self.segs is None and len(self.batch) >= self.opt.batch_size:
                self._commit()
        if chunk.batch_end:
            self._commit()

    def _analyzed(self, article: Article, is_update: bool, res: tuple, segment, docnum: int) -> int:
        """Account for one analysed article (res: ("ok", documents or, in segments mode, their
        number, n_quotes) or ("failed", message)); returns the documents it has in ``segment``."""
        if res[0] == "failed":
            self._error(SourceError(article.path or "<input>", res[1], line=article.line or None))
            return 0
        if is_update:
            self.report.updated += 1
            self.replace.add(article.id)
        else:
            self.report.added += 1
        written = 0
        if self.segs is not None:
            earlier = self.placed.pop(article.id, None)
            if earlier is not None:  # a later duplicate id in this batch replaces it
                seg, first, n = earlier
                for d in range(first, first + n):
                    seg.delete_document(d)
            written = res[1]
            if written:
                self.placed[article.id] = (segment, docnum, written)
        self.batch[article.id] = (res[1], res[2])  # a later duplicate id replaces it
        self._advance()
        return written

    def _event(self, ev: tuple) -> None:
        kind = ev[0]
        if kind == "unchanged":
            self.report.unchanged += 1
            self._advance()
        elif kind == "skip_file":
            self.report.unchanged += ev[2]
            self._advance(ev[2])
        elif kind == "error":
            self._error(ev[1])
        elif kind == "file_done":
            self.batch_sources.append((ev[1], ev[2]))

    def _advance(self, n: int = 1) -> None:
        self.done += n
        if self.opt.progress:
            self.opt.progress(self.done, self.report)

    def _show(self, phase: str) -> None:
        """Tell the progress display what the run is doing after its last article."""
        if self.opt.progress:
            self.opt.progress(self.done, self.report, phase)

    def _error(self, e: SourceError) -> None:
        if not self.opt.skip_errors:
            raise e  # the batch in progress is dropped: the index stays as of the last commit
        self.report.failed += 1
        self.report.errors.append(str(e))
        self._advance(0)

    def _commit(self) -> None:
        if self.segs is not None:
            self.segs.commit(self.batch_segments, sorted(self.replace),
                             before_commit=lambda: pause_point("batch-written"))
            passages = sum(n for n, _ in self.batch.values())
            self.batch_segments, self.placed = [], {}
        else:
            docs = [d for ds, _ in self.batch.values() for d in ds]
            self.engine.write(_pausing(docs), delete_article_ids=sorted(self.replace), in_run=True)
            passages = len(docs)
        self.commits += 1
        pause_point("batch-committed")
        self.report.passages += passages
        self.report.quotes += sum(n for _, n in self.batch.values())
        for key, info in self.batch_sources:
            info["complete"] = key in self.complete_sources
            self.sources[key] = info
        self.batch, self.replace, self.batch_sources = {}, set(), []
        now = time.monotonic()
        if len(self.sources) < 1000 or now - self.last_save >= MANIFEST_INTERVAL:
            self.save()
            self.last_save = now
            pause_point("manifest-written")

    # --- pruning ---------------------------------------------------------------------------
    def prune(self) -> int:
        """Delete articles whose source file is gone, and articles no longer in a source file
        that this run read completely. Returns how many were deleted."""
        by_given = {e.get("path"): k for k, e in self.sources.items()}
        gone = {k for k in self.sources if not Path(k).exists()}
        doomed = []
        for article_id, path in self.stored_paths.items():
            if not path:
                continue
            key = by_given.get(path) or (path if os.path.isabs(path) else None)
            if key is None:
                resolved = Path(path).resolve()
                key = str(resolved) if resolved.exists() else None
            if key is None:
                continue
            if key in gone or not Path(key).exists():
                doomed.append(article_id)
            elif key in self.complete_sources and article_id not in self.seen_by_source.get(key, ()):
                doomed.append(article_id)
        for i in range(0, len(doomed), 1000):
            self.engine.write([], delete_article_ids=doomed[i:i + 1000])
        for k in gone:
            self.sources.pop(k, None)
        self.report.deleted += len(doomed)
        return len(doomed)


def _pausing(docs: list[dict]) -> Iterator[dict]:
    """The documents, then the ``batch-written`` test pause (inside the open Whoosh writer)."""
    yield from docs
    pause_point("batch-written")


def _context():
    # fork is fast and safe while this process has a single thread; otherwise spawn
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")
