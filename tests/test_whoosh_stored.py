"""Stored fields compressed an article at a time (``engine.whoosh_stored``) read back exactly what
Whoosh's own per-document column reads back, in any order, and take less room."""
import random

from whoosh.codec import whoosh3
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile

from searchidx import Index
from searchidx.engine import whoosh_engine, whoosh_stored

from conftest import SAMPLES
from lifecycle_util import write_jsonl


def documents(n=300, seed=7):
    """Passages of articles of 1–12 passages (some longer than a block), some with no stored fields."""
    rng = random.Random(seed)
    words = ["water", "strike", "said", "minister", "Jansen", "de", "la", "und", "port", "rota"]
    docs, article, left = [], 0, 0
    for docnum in range(n):
        if not left:
            article, left = article + 1, rng.choice([1, 3, 6, 12, 40])
        left -= 1
        if rng.random() < 0.05:
            docs.append(None)  # a document that stores nothing
            continue
        docs.append({"article_id": f"a{article}", "title": f"Title {article}", "ordinal": 40 - left,
                     "text": " ".join(rng.choice(words) for _ in range(rng.randrange(5, 200))),
                     "quotes": [{"text": "x", "start": rng.randrange(9)}] if rng.random() < 0.3 else []})
    return docs


def write(storage, name, column, docs):
    f = storage.create_file(name)
    writer = column.writer(f)
    for docnum, doc in enumerate(docs):
        if doc is not None:
            writer.add(docnum, doc)
    writer.finish(len(docs))
    f.close()
    return read(storage, name, column, len(docs))


def read(storage, name, column, doccount):
    with open(storage._fpath(name), "rb") as f:
        data = f.read()
    return column.reader(BufferFile(data), 0, len(data), doccount), len(data)


def test_blocks_read_back_what_whoosh_reads_back_in_any_order(tmp_path):
    storage = FileStorage(str(tmp_path))
    docs = documents()
    theirs, their_size = write(storage, "whoosh", whoosh3.STORED_COLUMN, docs)
    ours, our_size = write(storage, "blocks", whoosh_stored.STORED_COLUMN, docs)
    assert type(ours).__module__ == whoosh_stored.__name__
    expected = [theirs[d] for d in range(len(docs))]
    assert expected == [d or None for d in docs]
    assert list(ours) == expected                      # in order: each block inflated once
    order = list(range(len(docs)))
    random.Random(1).shuffle(order)
    assert [ours[d] for d in order] == [expected[d] for d in order]
    assert [ours[d] for d in reversed(order)] == [expected[d] for d in reversed(order)]
    # an article's passages repeat its fields, and a block holds an article
    assert our_size < 0.7 * their_size


def test_a_column_in_whoosh_format_is_still_read(tmp_path):
    storage = FileStorage(str(tmp_path))
    docs = documents(40)
    write(storage, "old", whoosh3.STORED_COLUMN, docs)
    reader, _ = read(storage, "old", whoosh_stored.STORED_COLUMN, 40)
    assert [reader[d] for d in range(40)] == [d or None for d in docs]


def stored(path):
    with Index.open(path) as index:
        with index.engine.ix.reader() as reader:
            return sorted((f["id"], sorted(f.items())) for _, f in reader.iter_docs())


def test_an_index_written_in_whoosh_format_is_read_and_merged_into_blocks(tmp_path, monkeypatch):
    extra = write_jsonl(tmp_path / "extra.jsonl", range(8))
    with Index(tmp_path / "new") as index:
        index.add_paths([SAMPLES, extra])
    monkeypatch.setattr(whoosh_engine._PerDocWriter, "_create_column", whoosh3.W3PerDocWriter._create_column)
    with Index(tmp_path / "old") as index:
        index.add_paths([SAMPLES])
    monkeypatch.undo()
    assert block_columns(tmp_path / "old") == [False]
    with Index(tmp_path / "old") as index:           # an older index, opened by this version
        index.add_paths([extra])
        index.engine.open_writer().commit(optimize=True)  # merged: rewritten in blocks
    assert block_columns(tmp_path / "old") == [True]
    assert stored(tmp_path / "old") == stored(tmp_path / "new")


def block_columns(path):
    with Index.open(path) as index:
        with index.engine.ix.reader() as reader:
            leaves = [r for r, _ in reader.leaf_readers()] if hasattr(reader, "leaf_readers") else [reader]
            return [type(r._perdoc._cached_reader("_stored", whoosh3.STORED_COLUMN)).__module__
                    == whoosh_stored.__name__
                    for r in leaves]


def test_a_scan_of_stored_fields_releases_the_pages_it_read(tmp_path, monkeypatch):
    released = []
    monkeypatch.setattr(whoosh_engine, "release_pages", lambda reader: released.append(reader))
    monkeypatch.setattr(whoosh_engine.WhooshEngine, "SCAN_RELEASE_EVERY", 3)
    with Index(tmp_path / "ix") as index:
        index.add_paths([SAMPLES])
        engine = index.engine
        s = engine._searcher()
        expected = list(s.documents())
        released.clear()
        scanned = []
        for n, fields in enumerate(engine._scan(), 1):
            scanned.append(fields)
            assert len(released) == n // 3     # every 3 documents: the pages read so far go
        assert scanned == expected and len(released) == len(expected) // 3 + 1  # and at the end
        assert engine.counts()["articles"] == len(list(s.documents(head="1")))


def test_stored_fields_keep_the_fields_whoosh_keeps(tmp_path):
    from whoosh import fields
    from whoosh.filedb.filestore import FileStorage as Files
    with Index(tmp_path / "ix") as index:
        index.add_paths([SAMPLES])
        with index.engine.ix.reader() as reader:
            leaves = [r for r, _ in reader.leaf_readers()] if hasattr(reader, "leaf_readers") else [reader]
            for leaf in leaves:
                for docnum in range(leaf.doc_count_all()):
                    assert leaf.stored_fields(docnum) == whoosh_stored._whoosh_stored_fields(leaf, docnum)
    # a field the schema no longer has is left out, and pattern fields still go Whoosh's way
    schema = fields.Schema(a=fields.STORED, b=fields.STORED)
    schema.add("x_*", fields.STORED, glob=True)
    ix = Files(str(tmp_path / "plain")).create().create_index(schema)
    with ix.writer() as w:
        w.add_document(a=1, b=2, x_1=3)
    ix = Files(str(tmp_path / "plain")).open_index()
    with ix.reader() as reader:
        assert reader.stored_fields(0) == {"a": 1, "b": 2, "x_1": 3}
        reader.schema.remove("b")
        assert reader.stored_fields(0) == {"a": 1, "x_1": 3}
