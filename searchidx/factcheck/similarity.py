"""How close a wording is to a quotation, and which words differ.

The score (0…1) mixes three views of the two word sequences (folded by ``normalize``):

* **sequence** – difflib's ratio on the word sequences: words changed, dropped or added lower it;
* **overlap** – token-set Jaccard: reordered words still count;
* **containment** – the share of the *shorter* sequence found in order in the longer one, so a
  truncated quotation is a strong match of its source (and the source of a truncation).

``score = max(0.7·sequence + 0.3·overlap, 0.9·containment·length_factor·share)``: verbatim is
1.0; a clean truncation of at least ``FULL_LENGTH`` words scores 0.77–0.9 (``share`` =
0.85 + 0.15 × the fragment's share of the whole, so the whole quotation ranks above its
fragments); shorter fragments score less, so a three-word phrase is not "the same quotation" as
every sentence that contains it.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from .normalize import Word, words

#: two wordings at least this similar are the same quotation (clusters, timelines)
SAME_QUOTE = 0.7
#: a contained fragment of at least this many words counts fully as a truncation
FULL_LENGTH = 6


@dataclass
class Similarity:
    score: float
    sequence: float
    overlap: float
    containment: float
    kind: str        # "verbatim", "truncated" (b is a part of a), "extended" (a is a part of b), "altered"


def similarity(a: list[str], b: list[str]) -> Similarity:
    """How close folded word sequence ``b`` (an indexed quotation) is to ``a`` (the wording looked
    up)."""
    if not a or not b:
        return Similarity(0.0, 0.0, 0.0, 0.0, "altered")
    if a == b:
        return Similarity(1.0, 1.0, 1.0, 1.0, "verbatim")
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    sequence = sm.ratio()
    sa, sb = set(a), set(b)
    overlap = len(sa & sb) / len(sa | sb)
    matched = sum(block.size for block in sm.get_matching_blocks())
    shorter = min(len(a), len(b))
    containment = matched / shorter
    length_factor = min(1.0, shorter / FULL_LENGTH)
    # a fragment scores a little less the smaller a part it is, so the whole quotation ranks
    # above its truncations for a whole wording
    partial = 0.9 * containment * length_factor * (0.85 + 0.15 * shorter / max(len(a), len(b)))
    score = max(0.7 * sequence + 0.3 * overlap, partial)
    kind = "altered"
    if containment == 1.0 and _contiguous(a, b):
        kind = "truncated" if len(b) < len(a) else "extended"
    return Similarity(round(score, 4), round(sequence, 4), round(overlap, 4), round(containment, 4), kind)


def _contiguous(a: list[str], b: list[str]) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


@dataclass
class Change:
    op: str          # "replace", "delete" (words only in the looked-up wording), "insert" (only in the quotation)
    yours: str       # the words of the looked-up wording ("" for insert)
    original: str    # the words of the indexed quotation ("" for delete)

    def to_dict(self) -> dict:
        return {"op": self.op, "yours": self.yours, "original": self.original}


@dataclass
class WordDiff:
    changes: list[Change] = field(default_factory=list)
    marked: str = ""   # the quotation with [-your words-]{+its words+} marks, like git's word diff

    @property
    def same(self) -> bool:
        return not self.changes

    def to_dict(self) -> dict:
        return {"changes": [c.to_dict() for c in self.changes], "diff": self.marked}


def word_diff(yours: str, original: str) -> WordDiff:
    """The words that differ between ``yours`` (a wording looked up) and ``original`` (an indexed
    quotation), compared folded but shown as written. ``marked`` is the original wording with
    ``[-…-]`` around words only yours has and ``{+…+}`` around words only the original has."""
    wa, wb = words(yours), words(original)
    sm = difflib.SequenceMatcher(None, [w.norm for w in wa], [w.norm for w in wb], autojunk=False)
    changes: list[Change] = []
    out: list[str] = []
    pos = 0  # how far ``original`` has been copied to ``out``
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        mine = _span(yours, wa[i1:i2])
        theirs = _span(original, wb[j1:j2])
        changes.append(Change(op, mine, theirs))
        if j2 > j1:   # replace / insert: mark the original's words
            out.append(original[pos:wb[j1].start])
            if mine:
                out.append(f"[-{mine}-] ")
            out.append(f"{{+{theirs}+}}")
            pos = wb[j2 - 1].end
        else:         # delete: your words, at the place they would be
            at = wb[j1].start if j1 < len(wb) else len(original)
            out.append(original[pos:at])
            sep = " " if at > 0 and not original[at - 1].isspace() else ""
            out.append(f"{sep}[-{mine}-]" + (" " if j1 < len(wb) else ""))
            pos = at
    out.append(original[pos:])
    return WordDiff(changes, "".join(out))


def _span(text: str, ws: list[Word]) -> str:
    return text[ws[0].start:ws[-1].end] if ws else ""
