"""Segment merges that copy posting lists (``engine.whoosh_merge``) write the segment Whoosh's own
merge writes: the same postings, block by block, term statistics, stored fields and lengths, also
when the merged segments have deleted passages."""
import shutil

import pytest
from whoosh import writing
from whoosh.codec import whoosh3
from whoosh.matching import ListMatcher

from searchidx import Index
from searchidx.engine import whoosh_engine

from conftest import SAMPLES
from lifecycle_util import FakeSegment, write_jsonl


def _blocks(m):
    """Every block of a term's postings as written: its info and its data."""
    if isinstance(m, ListMatcher):
        return [("inline", tuple(m._ids), tuple(m._weights or ()), tuple(m._values or ()))]
    out = []
    while m.is_active():
        m._read_ids(), m._read_weights(), m._read_values()
        out.append((m._blocklength, m._maxid, m._maxweight, m._minlength, m._maxlength,
                    tuple(m._ids), tuple(m._weights), tuple(m._values)))
        m._next_block()
    return out


def dump(path) -> dict:
    """Everything the index's segments hold, by segment."""
    with Index.open(path) as index:
        ix = index.engine.ix
        schema = ix.schema      # (a property that reads the table of contents each time)
        out = []
        with ix.reader() as reader:
            for r, _ in (reader.leaf_readers() if hasattr(reader, "leaf_readers") else [(reader, 0)]):
                terms = r._terms
                seg = {"docs": [r.stored_fields(d) for d in range(r.doc_count_all())],
                       "deleted": sorted(r.deleted_docs_set or ())}
                for name in sorted(terms.indexed_field_names()):
                    seg["len:" + name] = [r.doc_field_length(d, name) for d in range(r.doc_count_all())]
                for (field, btext), ti in terms.items():
                    m = terms._codec.postings_reader(terms._postfile, ti, schema[field].format)
                    seg[(field, btext)] = (ti.weight(), ti.doc_frequency(), ti.min_length(),
                                           ti.max_length(), ti.max_weight(), ti.min_id(),
                                           ti.max_id(), _blocks(m))
                out.append(seg)
    return out


def build(path, tmp_path):
    """Many small commits (so Whoosh's policy merges), an update (deletions in merged segments),
    and a final merge of everything."""
    extra = tmp_path / "extra.jsonl"
    with Index(path) as index:
        index.add_paths([SAMPLES], batch_size=1)
        write_jsonl(extra, range(12))
        index.add_paths([extra], batch_size=2)
        write_jsonl(extra, range(0, 12, 3), version=1)
        index.add_paths([extra], batch_size=1)
        index.delete(["art-0005"])      # its article_id term loses every posting
    dumped = dump(path)
    with Index(path) as index:
        writer = index.engine.open_writer()
        writer.commit(optimize=True)
    return dumped, dump(path)


def test_copy_merge_writes_what_whoosh_merge_writes(tmp_path, monkeypatch):
    copied = build(tmp_path / "copy", tmp_path)
    monkeypatch.setattr(whoosh_engine, "WRITER", writing.SegmentWriter)
    sorted_again = build(tmp_path / "pool", tmp_path)
    before, after = copied
    assert len(before) > 1 and len(after) == 1          # several segments, then one
    assert any(seg["deleted"] for seg in before)         # merged segments had deletions
    assert ("article_id", b"art-0005") not in after[0]  # a term with no posting left is gone
    assert copied == sorted_again


def test_add_copied_writes_the_blocks_add_posting_writes():
    import io
    from whoosh.filedb.structfile import StructFile
    from whoosh import formats

    def write(bulk: bool):
        f = StructFile(io.BytesIO())
        w = whoosh_engine._codec().postings_writer(f)
        w.start_postings(formats.Positions(), whoosh_engine._TermInfo())
        ids = list(range(3, 3 + 300))
        weights = [float(1 + i % 4) for i in ids]
        values = [bytes([i % 7 + 1]) for i in ids]
        lengths = [i % 5 for i in ids]                    # some documents without a length
        if bulk:
            for a in range(0, 300, 70):                   # blocks of another segment
                w.add_copied(ids[a:a + 70], weights[a:a + 70], values[a:a + 70], lengths[a:a + 70])
        else:
            for i, wt, v, ln in zip(ids, weights, values, lengths):
                w.add_posting(i, wt, v, whoosh3.byte_to_length(ln) if ln else 0)
        ti = w.finish_postings()
        return f.file.getvalue(), ti.to_bytes()

    assert write(True) == write(False)


@pytest.mark.parametrize("sizes, merged", [
    ([12, 12, 12, 12], [12, 12, 12, 12]),   # a fresh build's batches: all into one
    ([1000, 12, 12], [12, 12]),             # a run on a big index: only what it added
    ([1000, 24, 12, 12], [24, 12, 12]),     # 24 is not larger than 12 + 12: it goes too
    ([1000, 100, 12, 12], [12, 12]),
    ([1000, 12], []),                        # one small segment: nothing to merge
    ([7], []), ([], []),
])
def test_small_tail(sizes, merged):
    from searchidx.engine.whoosh_merge import small_tail
    assert sorted(s.n for s in small_tail([FakeSegment(n) for n in sizes])) == sorted(merged)


def test_a_run_leaves_one_segment_and_shows_the_merge(tmp_path):
    from searchidx.progress import Progress
    import io

    class Tty(io.StringIO):
        def isatty(self):
            return True

    src = tmp_path / "a.jsonl"
    write_jsonl(src, range(30))
    stream = Tty()
    with Index(tmp_path / "ix") as index, Progress("indexing", stream=stream, interval=0) as progress:
        index.add_paths([SAMPLES, src], batch_size=4, progress=progress)
        assert len(index.engine.ix._segments()) == 1     # not 9: the run merged its batches
        write_jsonl(src, range(30, 34))
        index.add_paths([src], batch_size=2)             # a small run on top: its own two merge
        sizes = sorted(s.doc_count_all() for s in index.engine.ix._segments())
        assert len(sizes) == 2 and sizes[0] < sizes[1]
    assert "merging segments…" in stream.getvalue()


def _rss_file_kb() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("RssFile:"))


@pytest.mark.skipif(not shutil.os.path.exists("/proc/self/status"), reason="reads Linux's /proc")
def test_a_merged_segment_s_pages_leave_the_resident_set(tmp_path):
    from whoosh.reading import SegmentReader
    from searchidx.engine.whoosh_merge import release_pages, segment_map
    extra = tmp_path / "extra.jsonl"
    write_jsonl(extra, range(400))
    with Index(tmp_path / "ix") as index:
        index.add_paths([SAMPLES, extra])
        ix = index.engine.ix
        segment = ix._segments()[0]
        reader = SegmentReader(ix.storage, ix.schema, segment)
        try:
            before = _rss_file_kb()
            data = segment_map(reader)
            touched = sum(data[i] for i in range(0, len(data), 4096))  # every page of the map
            assert touched >= 0 and len(data) > 256 * 1024
            read = _rss_file_kb()
            assert read - before >= len(data) // 1024 // 2
            release_pages(reader)
            assert _rss_file_kb() - before < (read - before) // 4
            assert [reader.stored_fields(d)["id"] for d in range(3)]  # still readable
        finally:
            reader.close()


def test_a_merge_releases_pages_within_terms_with_many_postings_blocks(tmp_path, monkeypatch):
    """A term with a posting for most passages (an author, a date's trie levels) spans many
    postings blocks: pages are released every RELEASE_EVERY terms *or blocks*, not only
    between terms (at 1M passages the first fields' few such terms piled up ~110 MB)."""
    from searchidx.engine import whoosh_merge
    every = 25
    monkeypatch.setattr(whoosh_merge, "RELEASE_EVERY", every)
    releases = []
    real = whoosh_merge.release_pages
    monkeypatch.setattr(whoosh_merge, "release_pages", lambda reader: releases.append(1) or real(reader))
    extra = tmp_path / "extra.jsonl"
    write_jsonl(extra, range(3000))
    with Index(tmp_path / "ix") as index:
        index.add_paths([extra], batch_size=600)
        ix = index.engine.ix
        assert len(ix._segments()) == 1
        with ix.reader() as reader:
            terms = sum(1 for _ in reader.all_terms())
    readers_per_release = 5             # the run's batch segments merged at its end
    term_only = terms // every * readers_per_release
    assert len(releases) > term_only + 10 * readers_per_release, (len(releases), terms)
