"""Quote clusters: the same quotation in several articles, verbatim or nearly so (truncated, a
few words changed), as one cluster with its count, outlets, URLs and first appearance.

Scaling: clusters are never found by comparing all pairs. Each quotation gets

* a **MinHash signature** of its word bigrams (``BANDS × ROWS`` hash functions, computed from one
  stable 64-bit hash per bigram), cut into ``BANDS`` bands of ``ROWS`` values: quotations that
  agree on a whole band share an LSH bucket. With 32 bands of 2 rows, two quotations whose bigram
  sets have a Jaccard similarity of 0.3 (a third of a sentence cut off) meet in some bucket with
  probability 1 - (1 - 0.3²)³² ≈ 0.95, and 0.6 (a few words changed) ≈ 1.0;
* two **anchor keys**: its first and its last four words, the parts a truncation keeps.

Only quotations that share a bucket are compared, with :func:`similarity` (threshold
``SAME_QUOTE``), and only with one representative of every cluster already present in that
bucket; clusters are joined with union-find. The cost is linear in the number of quotations
(times the number of hashes) plus the comparisons inside buckets, which stay small unless many
distinct quotations share a bigram signature (very short quotations: those under ``MIN_WORDS``
words only cluster when identical).
"""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from ..models import QuoteHit
from .normalize import norm_words
from .similarity import SAME_QUOTE, similarity

BANDS, ROWS = 32, 2
ANCHOR = 4
MIN_WORDS = 4
_MASK = (1 << 61) - 1   # a Mersenne prime: (a·x + b) mod p is a good universal hash
_rng = random.Random(20240301)   # fixed: the same archive always gives the same clusters
_PERMS = [(_rng.randrange(1, _MASK), _rng.randrange(0, _MASK)) for _ in range(BANDS * ROWS)]


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def signature(ws: list[str]) -> list[int]:
    """The MinHash signature of a word sequence's bigrams."""
    grams = {_hash(" ".join(ws[i:i + 2])) for i in range(max(1, len(ws) - 1))}
    return [min((a * g + b) % _MASK for g in grams) for a, b in _PERMS]


def buckets_of(ws: list[str]) -> list[tuple]:
    """The LSH bucket keys of a word sequence."""
    if len(ws) < MIN_WORDS:
        return [("exact",) + tuple(ws)]
    sig = signature(ws)
    keys: list[tuple] = [(band, *sig[band * ROWS:(band + 1) * ROWS]) for band in range(BANDS)]
    keys.append(("head",) + tuple(ws[:ANCHOR]))
    keys.append(("tail",) + tuple(ws[-ANCHOR:]))
    return keys


@dataclass
class Cluster:
    """One quotation and its appearances, earliest first."""

    id: str
    members: list[QuoteHit]
    speakers: dict[str, int] = field(default_factory=dict)   # canonical speaker → appearances

    @property
    def first(self) -> QuoteHit:
        return self.members[0]

    @property
    def text(self) -> str:
        """The wording of the first appearance."""
        return self.first.quote.text

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def first_seen(self) -> str:
        return self.first.date

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(m.source for m in self.members if m.source))

    @property
    def urls(self) -> list[str]:
        return list(dict.fromkeys(m.url for m in self.members if m.url))

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(m.article_id for m in self.members))

    def to_dict(self) -> dict:
        return {"cluster": self.id, "count": self.count, "first_seen": self.first_seen,
                "first_source": self.first.source, "text": self.text,
                "speakers": self.speakers, "outlets": self.outlets, "urls": self.urls,
                "article_ids": self.article_ids,
                "members": [{"article_id": m.article_id, "date": m.date, "source": m.source,
                             "url": m.url, "start": m.quote.start, "end": m.quote.end,
                             "speaker": m.quote.speaker, "text": m.quote.text} for m in self.members]}


def cluster_quotes(items: Iterable[QuoteHit], *, threshold: float = SAME_QUOTE,
                   resolve: Callable[[Optional[str]], Optional[str]] = lambda s: s) -> list[Cluster]:
    """Group quotations that are the same quotation (see the module doc), largest clusters first
    (ties: earliest first)."""
    items = list(items)
    ws = [norm_words(i.quote.text) for i in items]
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple, list[int]] = {}
    for i, w in enumerate(ws):
        if not w:
            continue
        for key in buckets_of(w):
            buckets.setdefault(key, []).append(i)
    for members in buckets.values():
        if len(members) < 2:
            continue
        reps: list[int] = []     # one member per cluster met in this bucket
        for i in members:
            ri = root(i)
            for r in reps:
                if root(r) == ri:
                    break
                if ws[i] == ws[r] or similarity(ws[r], ws[i]).score >= threshold:
                    parent[ri] = root(r)
                    break
            else:
                reps.append(i)
    groups: dict[int, list[QuoteHit]] = {}
    for i, item in enumerate(items):
        if ws[i]:
            groups.setdefault(root(i), []).append(item)
    clusters = []
    for members in groups.values():
        members.sort(key=lambda m: (m.date or "9999", m.article_id, m.quote.start))
        speakers: dict[str, int] = {}
        for m in members:
            name = resolve(m.quote.speaker) or "(unattributed)"
            speakers[name] = speakers.get(name, 0) + 1
        first = members[0]
        cid = hashlib.sha1(f"{first.article_id}:{first.quote.start}".encode()).hexdigest()[:8]
        clusters.append(Cluster(cid, members, dict(sorted(speakers.items(), key=lambda kv: -kv[1]))))
    clusters.sort(key=lambda c: (-c.count, c.first_seen or "9999", c.id))
    return clusters
