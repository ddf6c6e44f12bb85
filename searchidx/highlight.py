"""Marking the words of a passage that matched a query, engine-independently."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

START, END = "<em>", "</em>"
_ADJACENT = regex.compile(regex.escape(END) + r"([\s\-‐–]{1,2})" + regex.escape(START))


def highlight_words(text: str, token_re, normalize, wanted) -> str:
    """``text`` with each word to mark wrapped in <em>…</em>. ``token_re`` finds the words as the
    index's tokenizer does, ``normalize(word)`` gives the form the index holds (lower case,
    accents folded), and ``wanted(form)`` says whether to mark it, asked once per distinct form.
    The words are found in one regex pass, and marked in one more only when some are wanted."""
    seen: dict[str, bool] = {}
    marked = []
    for surface in set(token_re.findall(text)):
        form = normalize(surface)
        hit = seen.get(form)
        if hit is None:
            hit = seen[form] = wanted(form)
        if hit:
            marked.append(surface)
    if not marked:
        return text
    return merge_adjacent(_marker(frozenset(marked)).sub(_MARKED, text))


_MARKED = START + r"\g<0>" + END


@lru_cache(maxsize=512)
def _marker(words: frozenset) -> re.Pattern:
    """A pattern matching the tokens in ``words`` where the token pattern ``\\w+(?:\\.\\w+)*``
    finds them as whole tokens (not inside a longer token such as ``U.S.A``)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?<!\w\.)(?:" + alternatives + r")(?!\w)(?!\.\w)")


def merge_adjacent(marked: str) -> str:
    """One mark around neighbouring matches: ``<em>Al-Qaida</em>``, not ``<em>Al</em>-<em>Qaida</em>``."""
    return _ADJACENT.sub(r"\1", marked)
