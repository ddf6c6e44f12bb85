"""Segment merges that copy posting lists instead of sorting them again.

Whoosh merges segments by adding every posting of every merged segment to the new segment's
sorting pool (``SegmentWriter.add_reader``): each posting is pickled into a sort run, sorted and
read back, as if it had just been analysed. With a commit per batch that cost grows with the
index, and at 1M passages it was most of the indexing time (bench/README).

But a segment's postings are already sorted by (field, term, document), and the documents of
the merged segments get consecutive new numbers. So :class:`CopyMergeWriter` writes the stored
fields and lengths of a merged segment at once (as Whoosh does), keeps only the segment, and
when it writes its postings merges the sorted streams: the pool's (the batch just added, whose
documents come first) and each merged segment's, read block by block with its documents
renumbered. The merge policy (which segments to merge) stays Whoosh's own; the written segment is
the one Whoosh would write, posting for posting (tests/test_whoosh_merge.py).
"""

from __future__ import annotations

import heapq
import mmap
from collections.abc import Callable, Iterator
from typing import Optional

from whoosh import writing
from whoosh.codec import whoosh3
from whoosh.system import pack_ushort
from whoosh.matching import ListMatcher
from whoosh.reading import SegmentReader


#: terms and postings blocks written between two releases of the merged segments' pages
#: (``release_pages``). At 1M passages (53 segments) every 20,000 terms let up to ~160 MB of read
#: pages pile up in between; counting terms alone still let the first fields' few terms with a
#: posting for most passages (author, the date's trie levels) pile up ~110 MB at the merge's start
RELEASE_EVERY = 2_000


def segment_map(reader) -> Optional[mmap.mmap]:
    """The ``mmap`` of a compound segment's file that ``reader`` reads, if it maps one (Whoosh
    wraps the compound storage in an ``OverlayStorage``)."""
    storage = getattr(reader, "_storage", None)
    source = getattr(getattr(storage, "a", storage), "_source", None)
    return source if isinstance(source, mmap.mmap) and not source.closed else None


def release_pages(reader) -> None:
    """Drop the pages of ``reader``'s segment map from this process (``madvise(MADV_DONTNEED)``).

    A merge reads every merged segment through ``mmap``, once, and every page it reads stays in the
    process's resident set until the map closes: at 1M passages the final merge of 84 segments
    grew the resident set by more than 1 GB of file pages, while its private memory stayed at
    ~470 MB. The pages stay in the kernel's page cache; touching one again maps it again. Does
    nothing where segments are not mapped (or on systems without ``madvise``)."""
    source = segment_map(reader)
    if source is not None and hasattr(mmap, "MADV_DONTNEED"):
        source.madvise(mmap.MADV_DONTNEED)


class CopyMergeWriter(writing.SegmentWriter):
    """A Whoosh ``SegmentWriter`` whose merges copy sorted postings (see the module doc)."""

    #: called now and then while merged postings are written (a merge can take minutes)
    progress: Optional[Callable[[], None]] = None

    def __init__(self, ix, source_storage=None, **kwargs):
        super().__init__(ix, **kwargs)
        self._merged: list[tuple] = []  # (segment, first new docnum, docmap or None)
        # where the merged segments are (a worker's writer writes elsewhere: whoosh_parallel)
        self.source_storage = source_storage or self.storage

    def add_reader(self, reader) -> None:
        self._check_state()
        basedoc = self.docnum
        names = {f for f in reader.indexed_field_names() if f in self.schema}
        docmap = self.write_per_doc(set(self.schema.names()) | names, reader)
        release_pages(reader)
        self._merged.append((reader.segment(), basedoc, docmap))
        self._added = True

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        readers = [SegmentReader(self.source_storage, self.schema, segment)
                   for segment, _, _ in self._merged]
        try:
            sources = [_pool_terms(self.pool.iter_postings())]
            sources += [_segment_terms(reader, self.schema, n)
                        for n, reader in enumerate(readers, 1)]
            copiers = [None] + [_Copier(reader, basedoc, docmap)
                                for reader, (_, basedoc, docmap) in zip(readers, self._merged)]
            self._write_terms(heapq.merge(*sources), copiers, lengths,
                              release=lambda: [release_pages(r) for r in readers])
        finally:
            for reader in readers:
                reader.close()
        self.fieldwriter.close()
        if lengths:
            lengths.close()

    def _write_terms(self, terms, copiers, lengths, release: Callable[[], object] = lambda: None) -> None:
        """Write the merged term stream: each term's postings from the pool, then from each
        merged segment in document order (the sources' documents are consecutive ranges). A
        field or term is started at its first posting: one whose every posting was deleted is
        not written, as Whoosh's pool leaves it out."""
        writer, schema = self.fieldwriter, self.schema
        field = term = open_field = None
        open_term = False
        dfl = _no_length
        progress, count, work = self.progress, 0, 0
        for fieldname, btext, source, payload, alone in _marking_lone_terms(terms):
            if btext != term or fieldname != field:
                count += 1
                work += 1
                if work >= RELEASE_EVERY:
                    release()  # the postings read so far will not be read again
                    work = 0
                if progress is not None and not count % 20_000:
                    progress()
                if open_term:
                    writer.finish_term()
                    open_term = False
                field, term = fieldname, btext
            if alone and source and copiers[source].docmap is None and open_field == fieldname:
                # a term of one merged segment, stored inline: its bytes with the documents moved
                shifted = getattr(writer._postwriter, "shifted_inline", None)
                value = shifted(payload, copiers[source].basedoc) if shifted else None
                if value is not None:
                    writer._tindex.add(pack_ushort(writer._fieldid) + btext, value)
                    continue
            if source:
                blocks = copiers[source].blocks(fieldname, payload)
            else:
                blocks = (tuple(zip(*payload)) + (None,),)
            for ids, weights, values, length_bytes in blocks:
                if not ids:
                    continue
                work += 1
                if not open_term:
                    if open_field != fieldname:
                        if open_field is not None:
                            writer.finish_field()
                        writer.start_field(fieldname, schema[fieldname])
                        open_field = fieldname
                        dfl = (lengths.doc_field_length_reader(fieldname) if lengths
                               else _no_length)
                    writer.start_term(btext)
                    open_term = True
                postwriter = writer._postwriter
                if length_bytes is not None and hasattr(postwriter, "add_copied"):
                    postwriter.add_copied(ids, weights, values, length_bytes)
                else:
                    add = writer.add
                    for docnum, weight, value in zip(ids, weights, values):
                        add(docnum, weight, value, dfl(docnum))
        if open_term:
            writer.finish_term()
        if open_field is not None:
            writer.finish_field()


def _marking_lone_terms(terms) -> Iterator[tuple]:
    """The merged term stream, each item with a flag: whether it is its term's only source."""
    prev, prev_first = None, True
    for item in terms:
        if prev is not None:
            same = item[1] == prev[1] and item[0] == prev[0]
            yield prev + (prev_first and not same,)
            prev_first = not same
        prev = item
    if prev is not None:
        yield prev + (prev_first,)


def _no_length(docnum: int) -> int:
    return 0


def _pool_terms(items) -> Iterator[tuple]:
    """A pool's sorted postings grouped by term: ``(field, term, 0, [(docnum, weight, value)])``."""
    field = term = None
    postings: list = []
    for fieldname, btext, docnum, weight, value in items:
        if docnum < 0:  # whoosh's marker for spelling words, which this schema does not keep
            continue
        if btext != term or fieldname != field:
            if postings:
                yield field, term, 0, postings
            field, term, postings = fieldname, btext, []
        postings.append((docnum, weight, value if value is not None else b""))
    if postings:
        yield field, term, 0, postings


def _segment_terms(reader: SegmentReader, schema, source: int) -> Iterator[tuple]:
    """A segment's terms, sorted as a pool's (by field name, then term):
    ``(field, term, source, terminfo)``."""
    terms = reader._terms
    for fieldname in sorted(f for f in terms.indexed_field_names() if f in schema):
        for (field, btext), terminfo in terms.items_from(fieldname, b""):
            if field != fieldname:
                break
            yield fieldname, btext, source, terminfo


class _Copier:
    """Copies one merged segment's posting lists into the writer, renumbering its documents
    from ``basedoc`` on, or through ``docmap`` (old → new) when it has deletions."""

    def __init__(self, reader: SegmentReader, basedoc: int, docmap: dict | None):
        self.reader, self.basedoc, self.docmap = reader, basedoc, docmap
        self._postings_reader = reader._terms._codec.postings_reader
        self._postfile = reader._terms._postfile
        self._lengths: dict[str, object] = {}

    def blocks(self, fieldname: str, terminfo) -> Iterator[tuple]:
        """A term's postings a block at a time, renumbered: (docnums, weights, values, encoded
        lengths)."""
        m = self._postings_reader(self._postfile, terminfo, self.reader.schema[fieldname].format,
                                  term=(fieldname, None))
        lengths = self._field_lengths(fieldname)
        base, docmap = self.basedoc, self.docmap
        for ids, weights, values in _blocks(m):
            if docmap is None:
                yield [base + i for i in ids], weights, values, [lengths[i] for i in ids]
                continue
            kept = [n for n, i in enumerate(ids) if i in docmap]
            yield ([docmap[ids[n]] for n in kept], [weights[n] for n in kept],
                   [values[n] for n in kept], [lengths[ids[n]] for n in kept])

    def _field_lengths(self, fieldname: str):
        """The segment's encoded lengths of a field, indexable by its document numbers (zeros
        for a field without lengths), read once per field."""
        if fieldname not in self._lengths:
            data = length_bytes(self.reader, fieldname)
            if data is None:
                column = self.reader._perdoc._cached_reader(whoosh3._lenfield(fieldname),
                                                            whoosh3.LENGTHS_COLUMN)
                data = column if column is not None else bytes(self.reader.doc_count_all())
            self._lengths[fieldname] = data
        return self._lengths[fieldname]


def length_bytes(reader, fieldname: str) -> Optional[bytes]:
    """A segment's encoded lengths of a field as bytes, one per document (a column may end
    before the last documents: those are zeros), or None when it has no such column."""
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is None:
        return None
    column = perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    data = getattr(column, "_data", None)
    if data is None:
        return None
    missing = reader.doc_count_all() - len(data)
    return data + bytes(missing) if missing > 0 else data


def _blocks(m) -> Iterator[tuple]:
    """A term's postings a block at a time: (docnums, weights, values), values ``b""`` for
    formats without values (as the pool has them)."""
    if isinstance(m, whoosh3.W3LeafMatcher):
        while m.is_active():
            m._read_ids()
            m._read_weights()
            m._read_values()
            values = m._values
            if values and values[0] is None:
                values = (b"",) * len(values)
            yield m._ids, m._weights, values
            m._next_block()
    elif isinstance(m, ListMatcher):
        ids = m._ids
        yield (ids, m._weights or (1.0,) * len(ids),
               m._values if m._values is not None else (b"",) * len(ids))
    else:
        postings = []
        while m.is_active():
            postings.append((m.id(), m.weight(), m.value() or b""))
            m.next()
        if postings:
            yield tuple(zip(*postings))


# --- merge policies -------------------------------------------------------------------------

#: commits within a run leave their segments unmerged (the run merges them once, at its end),
#: unless there are more than this many: then the small ones are merged at once
MAX_SEGMENTS = 100


def small_tail(segments: list) -> list:
    """The segments to merge at the end of a run: all but the large ones, where a segment is
    large when it holds more documents than every smaller segment together. A fresh build's
    equal batch segments all merge into one; a run that adds to a big index merges only what it
    (and earlier small runs) added, so each document is rewritten about log2(runs) times."""
    ordered = sorted(segments, key=lambda s: s.doc_count_all(), reverse=True)
    rest = sum(s.doc_count_all() for s in ordered)
    keep = 0
    for segment in ordered:
        rest -= segment.doc_count_all()
        if segment.doc_count_all() <= rest:
            break
        keep += 1
    tail = ordered[keep:]
    return tail if len(tail) > 1 else []


def add_segments(writer, storage, segments: list) -> None:
    """Add the passages of ``segments`` (in ``storage``) to ``writer``'s new segment."""
    for segment in segments:
        reader = SegmentReader(storage, writer.schema, segment)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()


def merge_small_tail(writer, segments: list) -> list:
    """A Whoosh merge policy: merge :func:`small_tail` into the writer's new segment."""
    tail = small_tail(segments)
    add_segments(writer, writer.storage, tail)
    return [s for s in segments if s not in tail]


def merge_in_run(writer, segments: list) -> list:
    """The merge policy of commits within a run (see :data:`MAX_SEGMENTS`)."""
    return merge_small_tail(writer, segments) if len(segments) > MAX_SEGMENTS else segments
