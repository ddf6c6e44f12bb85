"""Marking the words of a passage that matched a query, engine-independently."""
from __future__ import annotations

from typing import Iterable

START, END = "<em>", "</em>"


def highlight(text: str, analyzer, terms: Iterable[str]) -> str:
    """``text`` with every token whose analyzed form is in ``terms`` wrapped in <em>…</em>."""
    wanted = set(terms)
    if not wanted:
        return text
    out, pos = [], 0
    for token in analyzer(text, chars=True, removestops=False):
        if token.text in wanted:
            out.append(text[pos:token.startchar])
            out.append(START + text[token.startchar:token.endchar] + END)
            pos = token.endchar
    out.append(text[pos:])
    return "".join(out).replace(END + " " + START, " ")


def strip_marks(text: str) -> str:
    return text.replace(START, "").replace(END, "")
