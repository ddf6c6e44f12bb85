"""Marking the words of a passage that matched a query, engine-independently."""
from __future__ import annotations

import regex

START, END = "<em>", "</em>"
_ADJACENT = regex.compile(regex.escape(END) + r"([\s\-‐–]{1,2})" + regex.escape(START))


def highlight_words(text: str, words, wanted) -> str:
    """``text`` with each word to mark wrapped in <em>…</em>: ``words(text)`` yields (word, start,
    end) as the index's analyzer would see them, ``wanted(word)`` says whether to mark it (asked
    once per distinct word)."""
    out, pos, seen = [], 0, {}
    for word, start, end in words(text):
        hit = seen.get(word)
        if hit is None:
            hit = seen[word] = wanted(word)
        if hit:
            out.append(text[pos:start])
            out.append(START + text[start:end] + END)
            pos = end
    if not out:
        return text
    out.append(text[pos:])
    return merge_adjacent("".join(out))


def merge_adjacent(marked: str) -> str:
    """One mark around neighbouring matches: ``<em>Al-Qaida</em>``, not ``<em>Al</em>-<em>Qaida</em>``."""
    return _ADJACENT.sub(r"\1", marked)


def strip_marks(text: str) -> str:
    return text.replace(START, "").replace(END, "")
