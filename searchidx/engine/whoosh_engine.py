"""The embedded engine: a Whoosh index in a directory.

Passage text goes into one stemmed field per language (``text_en``, ``text_nl``, …), followed
there by its article's title (``whoosh_fields.Titled``: a headline's words count as the passage's);
the words its stemmed field drops (stop words) go into the unstemmed ``exact`` field, without
positions.
Quoted phrases mean the exact words: found through the stemmed positions and checked against the
stored text (``whoosh_exact``). Names (speakers, outlets) are analyzed without stemming so that
``speaker:jansen`` finds "Maria Jansen".
"""
from __future__ import annotations

import datetime as _dt
import functools
import io
import json
import os
import pickle
import threading
import time as _time
from array import array
from pathlib import Path
from typing import Callable, Iterable, Optional

import regex

from whoosh import fields, index, qparser, query, sorting
from whoosh.codec import whoosh3
from whoosh.idsets import BitSet
from whoosh.index import LockError
from whoosh.qparser import syntax
from whoosh.qparser.common import attach
from .memo import cached
from .scoring import FieldBM25
from .whoosh_dismax import DisMax, DisMaxGroup, present_fields_only
from .whoosh_exact import ExactPhrase, phrase_class
from . import whoosh_files  # noqa: F401  (compound segments are read in place, not copied)
from . import whoosh_skip  # noqa: F401  (skip_to bisects inside a postings block)
from . import whoosh_stored
from .whoosh_fields import EXACT, FastText, Titled
from .whoosh_merge import CopyMergeWriter, merge_in_run, merge_small_tail, release_pages, small_tail
from .whoosh_topk import Docs, TopResults, top_docs

from .. import analysis
from ..documents import hit_from_document
from ..errors import IndexStateError, QueryError
from ..highlight import highlight_words
from ..query import literal as literal_query
from ..query import parse_date, validate
from .base import Engine, SearchRequest, SearchResults, StoredArticle

SCHEMA_VERSION = 3  # 3: titles in the passages' text fields
INDEX_NAME = "passages"
TEXT_FIELDS = tuple(analysis.text_field(c) for c in analysis.STEMMED_LANGUAGES) + ("text_xx",)
#: user-facing field names → schema fields
#: per-field query boosts, the same on every engine. The title has none: its words are indexed
#: in each passage's stemmed text field (``whoosh_fields.Titled``), so a headline's word counts
#: as the passage's own and a passage scores as its headline and text together (BM25 over
#: "title + passage", Anserini's "flat" document); the ``title`` field is for ``title:`` queries
FIELD_BOOSTS = {"exact": 0.5}
_PLAIN_WORD = regex.compile(r"[\p{L}\p{N}]+")
FIELD_ALIASES = {"outlet": "source", "article": "article_id"}


class _RepeatedText(FastText):
    """A TEXT field whose values repeat from passage to passage (an article's title on each of its
    passages, outlets, authors): each distinct value is analysed once and its postings reused."""

    CACHE_SIZE = 4096

    def index(self, value, **kwargs):
        if kwargs:
            return super().index(value, **kwargs)
        return cached(self, "_postings", value, lambda: tuple(super(_RepeatedText, self).index(value)),
                      self.CACHE_SIZE)

    def __getstate__(self):  # the cache is not part of the schema pickled into the index
        state = self.__dict__.copy()
        state.pop("_postings", None)
        return state


def _day_field() -> fields.DATETIME:
    """Dates are days: one term per passage instead of DATETIME's eight precision tiers (8% of
    all postings went to dates). A range reads the day terms it spans once per searcher, into
    the cached filter set; indexes written with tiers still read right (their schema says so)."""
    field = fields.DATETIME(sortable=True)
    field.shift_step = 0
    return field


def build_schema() -> fields.Schema:
    exact = analysis.exact_analyzer()
    names = analysis.name_analyzer()
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        article_id=fields.ID(stored=True),
        head=fields.ID(),                     # "1" on an article's first passage
        ordinal=fields.STORED(),
        start=fields.STORED(),
        end=fields.STORED(),
        text=fields.STORED(),
        # only the words the passage's stemmed field drops (stop words), no positions: see whoosh_exact
        exact=FastText(analyzer=exact, phrase=False, terms=EXACT),
        title=_RepeatedText(analyzer=exact, stored=True, terms=EXACT),
        speaker=FastText(analyzer=names, phrase=True, terms=EXACT),
        speaker_key=fields.KEYWORD(commas=True, stored=True, sortable=True),
        source=_RepeatedText(analyzer=names, stored=True, phrase=True, terms=EXACT),
        source_key=fields.ID(sortable=True),
        lang=fields.ID(stored=True, sortable=True),
        date=_day_field(),
        date_str=fields.STORED(),
        month=fields.ID(sortable=True),
        url=fields.ID(stored=True),
        author=_RepeatedText(analyzer=names, stored=True, terms=EXACT),
        path=fields.STORED(),
        line=fields.STORED(),
        quote=FastText(analyzer=exact, phrase=True, terms=EXACT),
        quotes=fields.STORED(),
        n_quotes=fields.STORED(),
        has_quotes=fields.ID(),               # "1" on a passage with quotations
        article_quotes=fields.STORED(),
        content_hash=fields.STORED(),
    )
    for code in analysis.STEMMED_LANGUAGES + ("xx",):
        schema.add(f"text_{code}", FastText(analyzer=analysis.text_analyzer(code), phrase=True, terms=code))
    for name, field in schema.items():
        if isinstance(field, fields.TEXT):
            field.multitoken_query = "phrase"   # "Qaida-dreiging" means the words in that order
    return schema


#: posting lists of at most this many passages are kept inside the term's entry (.trm) instead of
#: a block of their own in the postings file (.pst); most terms of a news archive are that rare
INLINE_LIMIT = 2


_picklers = threading.local()


def _dumps(value) -> bytes:
    """Pickle protocol 3 without the memo: no BINPUT after every tuple and bytes value (the values
    are small trees, never shared or recursive). Any unpickler reads it. One pickler per thread,
    reused (each dump is complete in itself): a term or block is pickled this way, and a new
    pickler per value cost half the time."""
    state = getattr(_picklers, "state", None)
    if state is None:
        buf = io.BytesIO()
        pickler = pickle.Pickler(buf, 3)
        pickler.fast = True
        state = _picklers.state = (buf, pickler)
    buf, pickler = state
    buf.seek(0)
    buf.truncate()
    pickler.dump(value)
    return buf.getvalue()


class _TermInfo(whoosh3.W3TermInfo):
    """Inlined postings pickled with protocol 3 instead of whoosh3's protocol 2, which spells every
    bytes value as a ``codecs.encode`` call: about half the bytes (protocol 3 has real bytes and,
    unlike 4 and 5, no 9-byte frame header). ``W3TermInfo.from_bytes`` unpickles any protocol."""

    def to_bytes(self):
        if not self.is_inlined():
            return super().to_bytes()
        return self._struct.pack(
            True, self._weight, self._df,
            0 if self._minlength is None else whoosh3.length_to_byte(self._minlength),
            whoosh3.length_to_byte(self._maxlength), self._maxweight,
            0xFFFFFFFF if self._minid is None else self._minid,
            0xFFFFFFFF if self._maxid is None else self._maxid,
        ) + _dumps(self._inlined)


class _InliningPostingsWriter(whoosh3.W3PostingsWriter):
    """whoosh3 3.54 never inlines short posting lists (its ``finish_postings`` calls
    ``terminfo.set_inline``, a method that does not exist, so the default ``inlinelimit=1`` that
    inlines nothing is the only one that works). Every rare term then costs a postings block of
    ~130 bytes (header, pickled block info, pickled data). This writes them inline, in the format
    whoosh3's reader already reads (``W3TermInfo._inlined``, served by a ``ListMatcher``); an index
    written so opens with a plain whoosh3 too."""

    def start_postings(self, format_, terminfo):
        super().start_postings(format_, _TermInfo())

    def finish_postings(self):
        if self.written() or len(self) >= self._inlinelimit:
            return super().finish_postings()
        terminfo = self._terminfo
        terminfo.add_block(self)
        # one b"" per posting when the format has no values (ID fields): ListMatcher pairs ids with
        # values, so an empty tuple would drop the postings (and None gives str values) on merges
        values = tuple(self._values) if self._values else (b"",) * len(self._ids)
        # weights None when all are 1 (most rare terms): ListMatcher then gives 1.0 itself
        weights = None if all(w == 1.0 for w in self._weights) else tuple(self._weights)
        terminfo._inlined = (tuple(self._ids), weights, values)
        self._terminfo = None
        return terminfo


    @staticmethod
    def shifted_inline(terminfo, base: int) -> bytes | None:
        """The stored bytes of an inlined term whose documents all move up by ``base`` (a merge
        copying a term that only one segment has), or None when its postings are not inline:
        what writing its postings anew would give (tests/test_whoosh_merge.py)."""
        if not terminfo.is_inlined():
            return None
        ids, weights, values = terminfo._inlined
        new = _TermInfo()
        new._weight, new._df, new._maxweight = terminfo._weight, terminfo._df, terminfo._maxweight
        new._minlength, new._maxlength = terminfo._minlength, terminfo._maxlength
        new._minid, new._maxid = terminfo._minid + base, terminfo._maxid + base
        new._inlined = (tuple(i + base for i in ids), weights, values)
        return new.to_bytes()

    def add_copied(self, ids, weights, values, length_bytes) -> None:
        """The postings of one block read from another segment, added at once: ``ids`` the new
        document numbers (ascending, after any already added), ``weights`` and ``values`` theirs,
        ``length_bytes`` the field's encoded length per posting. The blocks written are those
        that ``add_posting`` one posting at a time writes (tests/test_whoosh_merge.py)."""
        start, count, limit = 0, len(ids), self._blocklimit
        while start < count:
            if len(self._ids) >= limit:
                self._write_block()
            end = min(count, start + limit - len(self._ids))
            self._ids.extend(ids[start:end])
            part = weights[start:end]
            self._weights.extend(part)
            self._maxweight = max(self._maxweight, max(part))
            self._values.extend(filter(None, values[start:end]))
            present = [b for b in length_bytes[start:end] if b]
            if present:
                low = whoosh3.byte_to_length(min(present))
                if self._minlength is None or low < self._minlength:
                    self._minlength = low
                self._maxlength = max(self._maxlength, whoosh3.byte_to_length(max(present)))
            start = end

    def _write_block(self, last=False):
        """whoosh3's ``_write_block`` with the block info and data pickled with protocol 3 (the
        reader unpickles any protocol): protocol 2 spells each position list, a bytes value, as a
        ``codecs.encode`` call."""
        if not self._blockcount:
            self._postfile.write(whoosh3.WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        databytes = _dumps((self._mini_ids(), self._mini_weights(), self._mini_values()))
        comp = self._compression if len(databytes) >= whoosh3.COMPRESSION_MIN_SIZE else 0
        if comp:
            databytes = whoosh3.zlib.compress(databytes, comp)
        ids = self._ids
        infobytes = _dumps((len(ids), ids[-1], self._maxweight, comp,
                            whoosh3.length_to_byte(self._minlength),
                            whoosh3.length_to_byte(self._maxlength)))
        blocklength = len(infobytes) + len(databytes)
        self._postfile.write_int(-blocklength if last else blocklength)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()


class _Lengths:
    """A segment's length column of one field (a byte per document), read into memory at once:
    Whoosh reads it with a seek and a read per posting when writing a segment, and per hit when
    scoring. A field costs one byte per document of the segment."""

    __slots__ = ("_data",)

    def __init__(self, column_reader):
        self._data = column_reader._dbfile.get(column_reader._basepos, column_reader._count)

    def __getitem__(self, docnum: int) -> int:
        data = self._data
        return data[docnum] if docnum < len(data) else 0


class _PerDocWriter(whoosh3.W3PerDocWriter):
    """Stored fields in compressed blocks of passages (``whoosh_stored``)."""

    def _create_column(self, fieldname, column):
        super()._create_column(fieldname, whoosh_stored.STORED_COLUMN if fieldname == "_stored" else column)


class _PerDocReader(whoosh3.W3PerDocReader):
    def _cached_reader(self, fieldname, column):
        if fieldname == "_stored":
            column = whoosh_stored.STORED_COLUMN
        if column is not whoosh3.LENGTHS_COLUMN or fieldname in self._readers:
            return super()._cached_reader(fieldname, column)
        reader = super()._cached_reader(fieldname, column)
        if reader is None:
            # a field without lengths (not scorable): remember that, or every length lookup of
            # it (per document and field when merging) asks the file system again
            self._readers[fieldname] = None
            return None
        if hasattr(reader, "_basepos") and getattr(reader, "_fixedlen", 0) == 1:
            reader = self._readers[fieldname] = _Lengths(reader)
        return reader


class _Codec(whoosh3.W3Codec):
    def postings_writer(self, dbfile, byteids=False):
        return _InliningPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                       compression=self._compression, inlinelimit=self._inlinelimit)

    def per_document_writer(self, storage, segment):
        return _PerDocWriter(self, storage, segment)

    def per_document_reader(self, storage, segment):
        return _PerDocReader(storage, segment)


#: the segment writer: merges copy sorted posting lists instead of re-sorting them (whoosh_merge)
WRITER = CopyMergeWriter

#: the memory (Whoosh's estimate, in MB) a writer's postings pool may fill before it spills a
#: sorted run to a temporary file: a batch (``BATCH_SIZE`` articles, ~12k passages, ~190 MB
#: estimated) then stays in memory. With Whoosh's 128 every batch spilled, and pickling each
#: posting to disk, reading it back and merging the runs took 28 % of indexing CPU (10k passages:
#: 49.6 -> 35.6 CPU s, peak 233 -> 291 MB). Larger batches still spill, so memory stays bounded.
POOL_MB = 256


def _codec() -> whoosh3.W3Codec:
    return _Codec(inlinelimit=INLINE_LIMIT + 1)


def name_key(name: str) -> str:
    """The facet key of a speaker or outlet name: lower case, single spaces, no commas."""
    return " ".join(name.replace(",", " ").split()).lower()


class _ExactNode(qparser.PhrasePlugin.PhraseNode):
    """A quoted phrase (or ``exact:`` words): exact words, in order (see ``whoosh_exact``)."""

    def query(self, parser):
        q = ExactPhrase(self.text, parser.exact_text_fields, slop=self.slop, boost=self.boost)
        return attach(q, self)


class _PhrasesAreExact(qparser.Plugin):
    """Unfielded "quoted phrases" search the exact words, in order (in quotations: the ``quote``
    field); so do ``exact:word`` and ``exact:"…"``."""

    def filters(self, parser):
        return [(self.do_exact, 105)]  # before the multifield expansion at 110

    def do_exact(self, parser, group):
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                self.do_exact(parser, node)
                continue
            is_phrase = isinstance(node, qparser.PhrasePlugin.PhraseNode)
            if is_phrase and node.fieldname is None and parser.exact_field != "exact":
                node.set_fieldname(parser.exact_field)
            elif ((is_phrase and node.fieldname in (None, "exact"))
                  or (isinstance(node, syntax.WordNode) and node.fieldname == "exact")):
                new = _ExactNode(node.text, getattr(node, "textstartchar", node.startchar),
                                 slop=getattr(node, "slop", 1))
                new.startchar, new.endchar, new.boost = node.startchar, node.endchar, node.boost
                new.set_fieldname("exact")
                group[i] = new
        return group


class WhooshEngine(Engine):
    name = "whoosh"

    def __init__(self, path: str | os.PathLike, create: bool = True):
        self.path = Path(path)
        self.schema = build_schema()
        if index.exists_in(str(self.path), indexname=INDEX_NAME):
            self._check_version()
            self.ix = index.open_dir(str(self.path), indexname=INDEX_NAME)
        elif create:
            self.path.mkdir(parents=True, exist_ok=True)
            self.ix = index.create_in(str(self.path), self.schema, indexname=INDEX_NAME)
            (self.path / "schema_version").write_text(str(SCHEMA_VERSION))
        else:
            raise IndexStateError(f"no index at {self.path} (create one with: searchidx index PATH…)")
        self._local = threading.local()
        self._open_searchers: list = []
        self._lock = threading.Lock()
        self._parsers: dict[tuple, qparser.QueryParser] = {}

    def _check_version(self) -> None:
        marker = self.path / "schema_version"
        found = marker.read_text().strip() if marker.exists() else "?"
        if found != str(SCHEMA_VERSION):
            raise IndexStateError(
                f"index at {self.path} has schema version {found}, this searchidx needs "
                f"{SCHEMA_VERSION}: run `searchidx rebuild --index {self.path}`")

    # --- writing ---------------------------------------------------------------------------
    def open_writer(self, delete_article_ids: Iterable[str] = ()):
        """A writer with this engine's codec that has already deleted ``delete_article_ids``'s
        passages; a held lock is an IndexStateError (one line for the user, no traceback)."""
        try:
            writer = WRITER(self.ix, timeout=0.0, codec=_codec(), limitmb=POOL_MB)
        except LockError:
            raise IndexStateError(f"index at {self.path} is locked by another writer") from None
        try:
            for article_id in delete_article_ids:
                writer.delete_by_term("article_id", article_id)
        except BaseException:
            writer.cancel()
            raise
        return writer

    def write(self, documents: Iterable[dict], delete_article_ids: Iterable[str] = (),
              in_run: bool = False) -> None:
        writer = self.open_writer(delete_article_ids)
        try:
            for doc in documents:
                writer.add_document(**self._fields(doc))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=merge_in_run if in_run else None)

    def compact(self, progress: Optional[Callable[[], None]] = None) -> None:
        """Merge the small segments (``whoosh_merge.small_tail``) into one, in one commit; a
        run's batch commits leave theirs for this."""
        if not small_tail(self.ix._segments()):
            return
        if progress is not None:
            progress()
        writer = self.open_writer()
        writer.progress = progress
        try:
            writer.commit(mergetype=merge_small_tail)
        except BaseException:
            writer.cancel()
            raise

    def parallel_segments(self):
        """Worker processes write segments, this process commits them (``whoosh_parallel``)."""
        from .whoosh_parallel import ParallelSegments
        return ParallelSegments(self)

    @staticmethod
    def _fields(doc: dict) -> dict:
        speakers = doc["speakers"]
        date = doc.get("date") or ""
        f = {
            "id": doc["id"], "article_id": doc["article_id"], "ordinal": doc["ordinal"],
            "start": doc["start"], "end": doc["end"], "text": doc["text"],
            analysis.text_field(doc["lang"]): Titled(doc["text"], doc["title"]) if doc["title"] else doc["text"],
            "exact": " ".join(analysis.dropped_words(doc["lang"], doc["text"])
                              + analysis.dropped_words(doc["lang"], doc["title"] or "")),
            "title": doc["title"], "speaker": "\n".join(speakers),
            "speaker_key": ",".join(name_key(s) for s in speakers),
            "source": doc["source"], "source_key": name_key(doc["source"]),
            "lang": doc["lang"], "date_str": date, "url": doc["url"], "author": doc["author"],
            "path": doc["path"], "line": doc["line"], "quote": doc["quoted"],
            "quotes": json.dumps(doc["quotes"], ensure_ascii=False), "n_quotes": doc["n_quotes"],
            "content_hash": doc["content_hash"],
        }
        if date:
            d = _dt.date.fromisoformat(date)
            f["date"] = _dt.datetime(d.year, d.month, d.day)
            f["month"] = date[:7]
        if doc["n_quotes"]:
            f["has_quotes"] = "1"
        if doc["ordinal"] == 0:
            f["head"] = "1"
            f["article_quotes"] = doc.get("article_quotes", doc["n_quotes"])
        return {k: v for k, v in f.items() if v is not None and v != ""}

    # --- reading ---------------------------------------------------------------------------
    def _searcher(self):
        """This thread's searcher, refreshed when the index has changed (searchers are not shared
        between threads, so concurrent searches are safe)."""
        old = getattr(self._local, "searcher", None)
        # (Searcher.refresh() of whoosh3 3.54 fails when reusing a single-segment reader, so a
        # stale searcher is replaced instead of refreshed.)
        s = old if old is not None and self._up_to_date(old) else self.ix.searcher(weighting=FieldBM25())
        if s is not old:
            with self._lock:
                if old is not None:
                    self._open_searchers.remove(old)
                    old.close()
                self._open_searchers.append(s)
            self._local.searcher = s
        return s

    #: a directory modified less than this long ago (ns) may change again within its clock tick
    #: on file systems with coarse times, so a searcher over it is checked in full
    SETTLED_NS = 2_000_000_000

    def _up_to_date(self, searcher) -> bool:
        """Whether ``searcher`` sees the latest commit. Whoosh's ``up_to_date`` lists the index
        directory (a third of a millisecond at every search); a commit adds a TOC file, which
        changes the directory's modification time, so a searcher found up to date stays so while
        that time is unchanged and settled (the check git makes for "racily clean" files)."""
        try:
            mtime = os.stat(self.path).st_mtime_ns
        except OSError:
            return searcher.up_to_date()
        if getattr(searcher, "_searchidx_fresh_at", None) == mtime:
            return True
        fresh = searcher.up_to_date()
        if fresh and _time.time_ns() - mtime > self.SETTLED_NS:
            searcher._searchidx_fresh_at = mtime
        return fresh

    def _parser(self, default_fields: tuple[str, ...], match: str = "all") -> qparser.QueryParser:
        p = self._parsers.get((default_fields, match))
        if p is None:
            # each word scores by its best field (stemmed text in the passage's language, exact
            # words, title), so a word that is a stop word in one language still counts in another;
            # words are joined by AND (match="all") or OR (match="any", scores summed)
            group = syntax.OrGroup if match == "any" else syntax.AndGroup
            p = qparser.QueryParser(None, self.schema, group=group)
            p.add_plugin(qparser.MultifieldPlugin(list(default_fields), fieldboosts=FIELD_BOOSTS,
                                                  group=DisMaxGroup))
            p.exact_field = "quote" if default_fields == ("quote",) else "exact"
            p.exact_text_fields = tuple(f for f in default_fields if f.startswith("text_")) or TEXT_FIELDS
            p.phraseclass = phrase_class(p.exact_text_fields)
            p.add_plugin(_PhrasesAreExact())
            p.add_plugin(qparser.FieldAliasPlugin({v: [k] for k, v in FIELD_ALIASES.items()}))
            p.add_plugin(qparser.GtLtPlugin())
            from whoosh.qparser.dateparse import DateParserPlugin
            p.add_plugin(DateParserPlugin(free=False))
            self._parsers[(default_fields, match)] = p
        return p

    def build_query(self, request: SearchRequest) -> query.Query:
        text = request.query.strip()
        if request.in_quotes:
            fields_ = ("quote",)
        elif request.lang:
            fields_ = (analysis.text_field(request.lang), "exact")
        else:
            fields_ = self.DEFAULT_FIELDS
        if request.literal:
            text = literal_query(text)
        else:
            validate(text)
        if not text:
            return query.Every()
        q = self._plain_query(fields_, request.match, text)
        if q is not None:
            return q
        try:
            q = self._parser(fields_, request.match).parse(text)
        except Exception as e:  # whoosh raises assorted errors for odd input
            raise QueryError(f"cannot parse query {text!r}: {e}") from None
        if q is query.NullQuery:
            raise QueryError(f"query has no searchable words: {text}")
        return q

    #: the fields a search looks in: every language's stemmed text (with the titles), the exact words
    DEFAULT_FIELDS = TEXT_FIELDS + ("exact",)

    #: words that the query parser reads as operators
    OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})

    def _plain_query(self, fields_: tuple[str, ...], match: str, text: str) -> query.Query | None:
        """The parser's query for plain words (letters and digits only, each analysed to one
        term per field), built without the parser, whose plugins cost about a millisecond per
        search; None for anything else. tests/test_search.py compares both on many queries."""
        words = text.split()
        if not words or any(not _PLAIN_WORD.fullmatch(w) or w in self.OPERATORS for w in words):
            return None
        # built in the form Whoosh's normalize() gives (a query of one part is that part, a word
        # repeated counts once), which costs a third of this method when asked of Whoosh
        groups, seen = [], set()
        for word in words:
            terms = []
            for name in fields_:
                texts = list(self.schema[name].process_text(word, mode="query"))
                if len(texts) > 1:
                    return None          # several terms: the parser makes a phrase of them
                if texts:
                    terms.append((name, texts[0]))
            key = tuple(terms)
            if terms and key not in seen:
                seen.add(key)
                subs = [query.Term(name, text, boost=FIELD_BOOSTS.get(name, 1.0)) for name, text in terms]
                groups.append(subs[0] if len(subs) == 1 else DisMax(subs))
        if not groups:
            return None
        return groups[0] if len(groups) == 1 else (query.Or if match == "any" else query.And)(groups)

    def build_filter(self, request: SearchRequest) -> query.Query | None:
        parts: list[query.Query] = []
        names = analysis.name_analyzer()
        for fieldname, value in (("speaker", request.speaker), ("source", request.source)):
            if value:
                words = [t.text for t in names(value)]
                if not words:
                    raise QueryError(f"empty {fieldname} filter")
                parts.append(query.Phrase(fieldname, words) if len(words) > 1 else query.Term(fieldname, words[0]))
        if request.lang:
            parts.append(query.Term("lang", request.lang.lower()))
        if request.has_quotes:
            parts.append(query.Term("has_quotes", "1"))
        if request.since or request.until:
            lo = parse_date(request.since) if request.since else None
            hi = parse_date(request.until, end=True) if request.until else None
            parts.append(query.DateRange(
                "date", _dt.datetime.combine(lo, _dt.time()) if lo else None,
                _dt.datetime.combine(hi, _dt.time(23, 59, 59)) if hi else None))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else query.And(parts)

    def search(self, request: SearchRequest) -> SearchResults:
        s = self._searcher()
        q = present_fields_only(self.build_query(request), s.reader())
        flt = self.build_filter(request)
        unfiltered = q
        q, kwargs, allow = self._filtered(s, q, flt)
        kwargs["limit"] = request.offset + request.limit if request.limit else None
        if request.sort == "date":
            kwargs["sortedby"] = sorting.FieldFacet("date")
        if request.facets:
            kwargs["groupedby"] = self._facets(request.facets)
        fast = None if request.sort == "date" or request.facets else \
            top_docs(s, q, kwargs["limit"], allow=allow)
        results = TopResults(s, *fast) if fast else s.search(q, **kwargs)
        terms = self._highlight_terms(q)
        hits = []
        end = request.offset + request.limit if request.limit else None
        for hit in results[request.offset:end]:  # (with groupedby, whoosh returns every match)
            doc = self._document(hit.fields())
            hits.append(hit_from_document(doc, float(hit.score or 0.0),
                                          functools.partial(self._highlight, doc, terms)))
        facets = {}
        for name in request.facets:
            groups = results.groups(name)
            counted = [(k, len(v) if isinstance(v, list) else int(v)) for k, v in groups.items() if k]
            facets[name] = sorted(counted, key=lambda kv: (-kv[1], kv[0]))
        return SearchResults(hits=hits, total=lambda: self._count(results, unfiltered, flt), request=request,
                             facets=facets)

    #: at most this many filters' document sets are kept per searcher
    FILTER_CACHE_SIZE = 64

    def _filtered(self, searcher, q: query.Query, flt: query.Query | None
                  ) -> tuple[query.Query, dict, Docs | None]:
        """The query and search arguments for ``q`` narrowed by ``flt`` (filters narrow, they do not
        score, as in OpenSearch's filter context), and the passages the filter allows, if any."""
        if flt is None:
            return q, {}, None
        if isinstance(q, query.Every):
            return flt, {}, None
        docs = self._filter_docs(searcher, flt)
        if not docs.ordered:            # (whoosh ignores an empty filter)
            return query.NullQuery, {}, None
        return q, {"filter": docs.contains}, docs

    @classmethod
    def _filter_docs(cls, searcher, flt: query.Query) -> Docs:
        """The documents matching a filter, computed once per searcher (a searcher sees one fixed
        state of the index): a date range is a union of many numeric terms, costly to rebuild."""
        def compute():
            docnums = sorted(searcher.docs_for_query(flt))
            return Docs(BitSet(docnums, size=searcher.doc_count_all()), array("l", docnums))
        return cached(searcher, "_searchidx_filters", repr(flt), compute, cls.FILTER_CACHE_SIZE)

    def _count(self, results, q: query.Query, flt: query.Query | None = None) -> int:
        """All matches of a search (counted lazily, see ``SearchResults.total``)."""
        try:
            return len(results)
        except Exception:  # its searcher was closed since (the index changed): count afresh
            s = self._searcher()
            q, kwargs, _ = self._filtered(s, q, flt)
            return len(s.search(q, limit=1, **kwargs))

    FACET_FIELDS = {"speaker": "speaker_key", "source": "source_key", "lang": "lang", "month": "month"}

    def _facets(self, names: Iterable[str]) -> sorting.Facets:
        facets = sorting.Facets()
        for name in names:
            field = self.FACET_FIELDS.get(name)
            if not field:
                raise QueryError(f"cannot count by '{name}' (choose from {', '.join(self.FACET_FIELDS)})")
            # (Facets.add_field takes only the field name; a speaker facet may hold several
            # speakers per passage, so it counts a passage once under each)
            facets.add_facet(name, sorting.FieldFacet(field, allow_overlap=(name == "speaker")))
        return facets

    @staticmethod
    def _highlight_terms(q: query.Query) -> dict[str, set[str]]:
        terms: dict[str, set[str]] = {}
        for fieldname, text in q.iter_all_terms():
            if fieldname.startswith("text_") or fieldname in ("exact", "quote"):
                t = text.decode("utf-8") if isinstance(text, bytes) else text
                terms.setdefault(fieldname, set()).add(t)
        return terms

    @staticmethod
    def _highlight(doc: dict, terms: dict[str, set[str]]) -> str:
        field = analysis.text_field(doc.get("lang"))
        stemmed = terms.get(field, set())
        exact = terms.get("exact", set()) | terms.get("quote", set())
        if not stemmed and not exact:
            return doc["text"]
        code = doc.get("lang") if field != "text_xx" else "xx"
        if not stemmed:
            return highlight_words(doc["text"], analysis.token_re(), analysis.exact_form, exact.__contains__)
        stem = analysis.stem
        return highlight_words(doc["text"], analysis.token_re(), analysis.exact_form,
                               lambda word: word in exact or stem(code, word) in stemmed)

    @staticmethod
    def _document(stored: dict) -> dict:
        doc = dict(stored)
        doc["date"] = doc.pop("date_str", "")
        doc["quotes"] = json.loads(doc.get("quotes") or "[]")  # the same list of dicts every engine returns
        doc.setdefault("source", "")
        doc.setdefault("title", "")
        doc.setdefault("url", "")
        return doc

    def articles(self) -> dict[str, StoredArticle]:
        out = {}
        for stored in self._scan(head="1"):
            out[stored["article_id"]] = StoredArticle(
                stored["article_id"], stored.get("content_hash", ""), stored.get("path", ""), 0)
        return out

    def passages_of(self, article_id: str) -> list[dict]:
        s = self._searcher()
        docs = [self._document(d) for d in s.documents(article_id=article_id)]
        return sorted(docs, key=lambda d: d["ordinal"])

    def iter_documents(self):
        for stored in self._scan():
            yield self._document(stored)

    #: stored documents read between two releases of the segments' pages in ``_scan``
    SCAN_RELEASE_EVERY = 5_000

    def _scan(self, **terms):
        """The stored fields of every passage (with ``terms``: of those having these terms), in
        index order. A scan reads the whole stored column through the segments' ``mmap`` (400 MB
        at 1M passages), and every page read would stay in the resident set: at the end of a 1M
        build, counting the articles took it from ~530 to 854 MB. So the pages read are released
        as the scan goes (``whoosh_merge.release_pages``); they stay in the page cache."""
        s = self._searcher()
        leaves = [sub.reader() for sub, _ in s.leaf_searchers()]
        try:
            for n, docnum in enumerate(s.document_numbers(**terms), 1):
                fields = s.stored_fields(docnum)
                if not n % self.SCAN_RELEASE_EVERY:
                    for leaf in leaves:
                        release_pages(leaf)
                yield fields
        finally:
            for leaf in leaves:
                release_pages(leaf)

    def generation(self) -> object:
        """The index's generation and its segments' ids: a rebuild elsewhere may reuse a
        generation number, never the random segment ids."""
        toc = self.ix._read_toc()
        return [toc.generation, sorted(seg.segment_id() for seg in toc.segments)]

    def counts(self) -> dict[str, int]:
        articles = quotes = 0
        for d in self._scan(head="1"):  # (one stored passage at a time, not a list of them all)
            articles += 1
            quotes += int(d.get("article_quotes", 0))
        return {"articles": articles, "passages": self._searcher().doc_count(), "quotes": quotes}

    def close(self) -> None:
        with self._lock:
            for s in self._open_searchers:
                s.close()
            self._open_searchers.clear()
        self._local = threading.local()
        self.ix.close()
