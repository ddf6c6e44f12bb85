"""Compound segments are read in place (``engine.whoosh_files``): a file over a memoryview that
behaves as BytesIO does, without copying the segment into memory."""
import io
import pickle

import pytest

from searchidx import Index
from searchidx.engine.whoosh_files import ViewBufferFile, ViewIO

from conftest import SAMPLES

DATA = b"first line\nsecond\n" + pickle.dumps({"a": [1, 2.5, b"x"]}, 2) + b"\x00tail"


@pytest.mark.parametrize("ops", [
    [("read", 5), ("tell",), ("read", 100), ("read", 3)],
    [("readline",), ("readline",), ("seek", 2), ("readline",), ("readline", 3)],
    [("seek", -4, 2), ("read", -1), ("seek", 0), ("read", 0), ("tell",)],
    [("seek", 3), ("seek", 2, 1), ("tell",), ("readinto", 4), ("read", 2)],
])
def test_view_io_reads_as_bytes_io(ops):
    def run(f):
        out = []
        for op, *args in ops:
            if op == "readinto":
                buf = bytearray(args[0])
                out.append((f.readinto(buf), bytes(buf)))
            else:
                out.append(getattr(f, op)(*args))
        return out
    assert run(ViewIO(memoryview(DATA))) == run(io.BytesIO(DATA))


def test_pickles_load_from_the_view():
    f = ViewIO(memoryview(DATA))
    f.seek(len(b"first line\nsecond\n"))
    assert pickle.load(f) == {"a": [1, 2.5, b"x"]} and f.read() == b"\x00tail"


def test_searchers_read_segments_in_place(tmp_path):
    with Index(tmp_path / "ix") as index:
        index.add_paths([SAMPLES])
        assert index.search("Al-Qaida").total > 0
        reader = index.engine._searcher().reader()
        leaves = reader.leaf_readers() if hasattr(reader, "leaf_readers") else [(reader, 0)]
        for leaf, _ in leaves:
            assert isinstance(leaf._terms._postfile, ViewBufferFile)
            assert isinstance(leaf._terms._postfile.file, ViewIO)


def test_pickles_read_through_peek_leave_the_position_after_each_pickle():
    """The C unpickler reads what ``peek`` shows and consumes only its pickle: a postings block's
    header, its data after it, then the next header, as Whoosh reads them."""
    import pickle
    from searchidx.engine.whoosh_files import ViewIO
    header, big = (128, 99999, 3.5, 1, 4, 200), {"ids": list(range(400))}
    data = pickle.dumps(header, 2) + b"DATA" + pickle.dumps(big, 2) + pickle.dumps(header, 2)
    f = ViewIO(memoryview(data))
    assert pickle.load(f) == header
    assert f.read(4) == b"DATA"
    assert pickle.load(f) == big            # longer than one peek
    assert pickle.load(f) == header and f.tell() == len(data)
    assert f.peek() == b""
