"""Printing results as a table (for people), JSON, JSON Lines or CSV (for programs)."""
from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from typing import Any, Iterable, Sequence

from .highlight import END, START

FORMATS = ("table", "json", "jsonl", "csv")
BOLD, RESET = "\x1b[1m", "\x1b[0m"


def to_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2)


def to_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).rstrip("\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in columns])
    return buf.getvalue().rstrip("\n")


def to_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], color: bool = False) -> str:
    """A simple aligned table; long cells wrap within their column."""
    if not rows:
        return "(no results)"
    width = shutil.get_terminal_size((120, 24)).columns
    cells = [[_cell(r.get(c)).replace(START, "\x02").replace(END, "\x03") for c in columns] for r in rows]
    natural = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    budget = max(20, width - 3 * (len(columns) - 1))
    widths = list(natural)
    while sum(widths) > budget:
        i = widths.index(max(widths))
        if widths[i] <= 12:
            break
        widths[i] -= 1
    lines = [" | ".join(c.ljust(w)[:w] for c, w in zip(columns, widths)),
             "-+-".join("-" * w for w in widths)]
    for row in cells:
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths)]
        for k in range(max(len(x) for x in wrapped)):
            parts = []
            for col, w in zip(wrapped, widths):
                part = col[k] if k < len(col) else ""
                parts.append(part.ljust(w))
            lines.append(" | ".join(parts).rstrip())
    text = "\n".join(lines).replace("\x02", START).replace("\x03", END)
    return mark(text, color)


def mark(text: str, color: bool) -> str:
    """Highlight marks as bold on a terminal, as »…« otherwise."""
    return text.replace(START, BOLD if color else "»").replace(END, RESET if color else "«")


def hit_blocks(hits: Sequence[dict[str, Any]], color: bool = False) -> str:
    """Search hits for reading at a terminal: citation line, passage, then its quotations."""
    if not hits:
        return "(no results)"
    width = min(100, shutil.get_terminal_size((100, 24)).columns) - 4
    out = []
    for n, h in enumerate(hits, 1):
        head = f"{n}. [{h['score']:.2f}] {h['title']}"
        meta = " · ".join(x for x in (h.get("source"), h.get("date"), h.get("lang")) if x)
        out.append(head + (f"  ({meta})" if meta else ""))
        cite = f"   {h['article_id']} ¶{h['ordinal']} [{h['start']}:{h['end']}]"
        out.append(cite + (f"  {h['url']}" if h.get("url") else ""))
        body = h.get("highlight") or h.get("text", "")
        body = body.replace(START, "\x02").replace(END, "\x03")
        for line in textwrap.wrap(body, width):
            out.append("   " + line.replace("\x02", START).replace("\x03", END))
        for q in h.get("quotes", []):
            who = q.get("speaker") or "(unattributed)"
            how = ", ".join(x for x in (q.get("cue"), q.get("method")) if x)
            snippet = q["text"] if len(q["text"]) <= 70 else q["text"][:67] + "…"
            out.append(f"   ↳ {who} ({how}): “{snippet}”")
        out.append("")
    return mark("\n".join(out).rstrip(), color)


def render(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str], color: bool = False) -> str:
    if fmt == "json":
        return to_json(rows)
    if fmt == "jsonl":
        return to_jsonl(rows)
    if fmt == "csv":
        return to_csv(rows, columns)
    return to_table(rows, columns, color)
