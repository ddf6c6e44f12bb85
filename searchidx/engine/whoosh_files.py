"""Reading a compound Whoosh segment without copying it into memory.

A Whoosh segment is one file holding several (terms, postings, columns…), which Whoosh maps
into memory and hands out as ``BufferFile`` objects over slices of the map. But ``BufferFile``
wraps its slice in a ``BytesIO``, and ``BytesIO`` *copies* a memoryview: every opened segment
costs its terms and postings files in private memory (at 100k passages, 192 MB of the 374 MB an
open searcher took; a merge of 24 segments held ~450 MB of such copies). :class:`ViewIO` reads
the slice where it lies, so the pages stay the kernel's to share and to drop.

Importing this module makes Whoosh's compound storage use :class:`ViewBufferFile`.
"""
from __future__ import annotations

import io

from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile


class ViewIO(io.RawIOBase):
    """A read-only file over a memoryview: ``read`` copies only what it returns."""

    def __init__(self, view: memoryview):
        super().__init__()
        self._view = view
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, pos: int, whence: int = io.SEEK_SET) -> int:
        base = (0, self._pos, len(self._view))[whence]
        self._pos = max(0, base + pos)
        return self._pos

    def read(self, size: int = -1) -> bytes:
        start, end = self._pos, len(self._view)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(start, end)
        return self._view[start:end].tobytes()

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size: int = -1) -> bytes:
        view, start = self._view, self._pos
        limit = len(view) if size is None or size < 0 else min(len(view), start + size)
        end = start
        while end < limit:  # look for the newline a chunk at a time
            chunk = view[end:min(limit, end + 256)].tobytes()
            found = chunk.find(b"\n")
            if found >= 0:
                end += found + 1
                break
            end += len(chunk)
        self._pos = end
        return view[start:end].tobytes()

    #: how much ``peek`` shows: enough for a postings block's pickled header (~40 bytes)
    PEEK_BYTES = 512

    def peek(self, size: int = 0) -> bytes:
        """Bytes from the position on, without moving it. The C unpickler reads a pickle out of
        what ``peek`` shows and then consumes it in one ``read``; without ``peek`` it calls
        ``read`` once per opcode (~18 calls for each postings block header)."""
        return self._view[self._pos:self._pos + min(max(size, 1), self.PEEK_BYTES)].tobytes()

    def close(self) -> None:
        self._view = None
        super().close()


class ViewBufferFile(BufferFile):
    """Whoosh's ``BufferFile`` reading its buffer in place (see the module doc)."""

    def __init__(self, buf, name=None, onclose=None):
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = ViewIO(buf if isinstance(buf, memoryview) else memoryview(buf))


    def subset(self, position: int, length: int, name=None) -> "ViewBufferFile":
        return ViewBufferFile(self._buf[position:position + length], name=name or self._name)


compound.BufferFile = ViewBufferFile
