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
from lifecycle_util import write_jsonl


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
        out = []
        with ix.reader() as reader:
            for r, _ in (reader.leaf_readers() if hasattr(reader, "leaf_readers") else [(reader, 0)]):
                terms = r._terms
                seg = {"docs": [r.stored_fields(d) for d in range(r.doc_count_all())],
                       "deleted": sorted(r.deleted_docs_set or ())}
                for name in sorted(terms.indexed_field_names()):
                    seg["len:" + name] = [r.doc_field_length(d, name) for d in range(r.doc_count_all())]
                for (field, btext), ti in terms.items():
                    m = terms._codec.postings_reader(terms._postfile, ti, ix.schema[field].format)
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
