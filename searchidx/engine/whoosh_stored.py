"""Stored fields compressed an article at a time.

Whoosh compresses each document's stored fields on its own (zlib over one pickled dict). A
passage's fields are short (~570 bytes of text, plus title, URL, outlet, author, path and
quotations), and what an article's passages repeat (they are consecutive documents with the same
title, URL, outlet, author, date and file) is invisible to a compressor that sees one passage at a
time. At 100k passages the stored fields were 45 % of the index (80 MB for 60 MB of text).

:class:`BlockStoredColumn` compresses the fields of consecutive documents together: one block per
article (a block ends where ``article_id`` changes), or ``BLOCK_BYTES`` of text when an article is
longer or documents have no article. Each document is pickled on its own inside the block, and an
index of block starts at the end finds a document's block by bisection. Reading one document
decompresses its article (~4 KB) and unpickles that document only; the last block read is kept, so
reading in order (merges, scans) decompresses each block once. At 10k passages: 7.9 → 4.0 MB.

A column written by Whoosh's own per-document format (segments written before this module) has no
``MAGIC`` and is read by Whoosh's reader; a merge rewrites it in blocks.
"""
from __future__ import annotations

import pickle
import struct
import threading
import zlib
from array import array
from bisect import bisect_right

from whoosh import columns
from whoosh.codec import whoosh3
from whoosh.reading import SegmentReader

MAGIC = b"SXB1"
#: uncompressed text per block: large enough for the compressor to see an article's repeats
BLOCK_BYTES = 16 * 1024
LEVEL = 6
_TRAILER = struct.Struct("<qi")  # position of the block index (from the column start), blocks
_BLOCK = struct.Struct("<ii")  # a block's documents, compressed bytes


class BlockStoredColumn(columns.Column):
    """The ``_stored`` column: dicts of stored fields, pickled and compressed in blocks."""

    def writer(self, dbfile):
        return _Writer(dbfile)

    def reader(self, dbfile, basepos, length, doccount):
        if length >= len(MAGIC) + _TRAILER.size and bytes(dbfile.get(basepos, len(MAGIC))) == MAGIC:
            return _Reader(dbfile, basepos, length, doccount)
        return whoosh3.STORED_COLUMN.reader(dbfile, basepos, length, doccount)


STORED_COLUMN = BlockStoredColumn()


class _Writer(columns.ColumnWriter):
    """Blocks of ``[documents n][compressed bytes c][n docnums][n end offsets][c bytes]``: the
    offsets say where each document's pickle ends in the decompressed block."""

    def __init__(self, dbfile):
        self._dbfile = dbfile
        self._start = dbfile.tell()
        dbfile.write(MAGIC)
        self._docnums = array("i")
        self._ends = array("i")
        self._data = bytearray()
        self._article = None
        self._firsts = array("q")
        self._offsets = array("q")

    def add(self, docnum: int, value: dict) -> None:
        if not value:
            return
        article = value.get("article_id")
        if len(self._data) >= BLOCK_BYTES or (article != self._article and article is not None):
            self._emit()
        self._article = article
        self._data += pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        self._docnums.append(docnum)
        self._ends.append(len(self._data))

    def _emit(self) -> None:
        if not self._docnums:
            return
        dbfile = self._dbfile
        data = zlib.compress(self._data, LEVEL)
        self._firsts.append(self._docnums[0])
        self._offsets.append(dbfile.tell() - self._start)
        dbfile.write(_BLOCK.pack(len(self._docnums), len(data)))
        dbfile.write(self._docnums.tobytes())
        dbfile.write(self._ends.tobytes())
        dbfile.write(data)
        self._docnums, self._ends, self._data = array("i"), array("i"), bytearray()

    def finish(self, doccount: int) -> None:
        self._emit()
        dbfile = self._dbfile
        where = dbfile.tell() - self._start
        dbfile.write(self._firsts.tobytes())
        dbfile.write(self._offsets.tobytes())
        dbfile.write(_TRAILER.pack(where, len(self._firsts)))


class _Open:
    """A block being read: its documents, and as much of it as has been decompressed."""
    __slots__ = ("number", "docnums", "ends", "inflater", "rest", "data")

    def __init__(self, number, docnums, ends, compressed):
        self.number, self.docnums, self.ends = number, docnums, ends
        self.inflater, self.rest, self.data = zlib.decompressobj(), compressed, b""

    def upto(self, end: int) -> bytes:
        """The decompressed block up to ``end`` at least (zlib stops where it is asked to)."""
        if len(self.data) < end:
            more = self.inflater.decompress(self.rest, end - len(self.data))
            self.rest = self.inflater.unconsumed_tail
            self.data += more
        return self.data


class _Reader(columns.ColumnReader):
    def __init__(self, dbfile, basepos, length, doccount):
        super().__init__(dbfile, basepos, length, doccount)
        where, blocks = _TRAILER.unpack(dbfile.get(basepos + length - _TRAILER.size, _TRAILER.size))
        raw = bytes(dbfile.get(basepos + where, 16 * blocks))
        self._firsts = array("q", raw[:8 * blocks])
        self._offsets = array("q", raw[8 * blocks:])
        self._open: _Open | None = None  # the last block read: reading in order inflates it once
        self._lock = threading.Lock()

    def _block(self, number: int) -> _Open:
        block = self._open
        if block is not None and block.number == number:
            return block
        dbfile = self._dbfile
        pos = self._basepos + self._offsets[number]
        count, size = _BLOCK.unpack(dbfile.get(pos, _BLOCK.size))
        pos += _BLOCK.size
        head = bytes(dbfile.get(pos, 8 * count))
        docnums, ends = array("i"), array("i")
        docnums.frombytes(head[:4 * count])
        ends.frombytes(head[4 * count:])
        block = self._open = _Open(number, docnums, ends, dbfile.get(pos + 8 * count, size))
        return block

    def __getitem__(self, docnum: int):
        number = bisect_right(self._firsts, docnum) - 1
        if number < 0:
            return None
        with self._lock:
            block = self._block(number)
            i = bisect_right(block.docnums, docnum) - 1
            if i < 0 or block.docnums[i] != docnum:
                return None
            end = block.ends[i]
            data = block.upto(end)
        return pickle.loads(data[block.ends[i - 1] if i else 0:end])

    def __iter__(self):
        for docnum in range(self._doccount):
            yield self[docnum]

    def load(self):
        return list(self)


_whoosh_stored_fields = SegmentReader.stored_fields


def stored_fields(self, docnum: int) -> dict:
    """Whoosh's ``SegmentReader.stored_fields``, which keeps only the fields its schema has by
    asking ``Schema.__contains__`` (a Python call through ``__getitem__``) for each field: at 100k
    passages 23 µs of a 73 µs read, ten times per search. Without dynamic (pattern) fields, a
    lookup in the schema's field dict answers the same (tests/test_whoosh_stored.py)."""
    schema = self.schema
    if schema._dyn_fields or self.is_closed or docnum < 0:
        return _whoosh_stored_fields(self, docnum)
    names = schema._fields
    return {k: v for k, v in self._perdoc.stored_fields(docnum).items() if k in names}


SegmentReader.stored_fields = stored_fields
