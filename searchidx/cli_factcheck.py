"""Fact-checker commands: trace, first, clusters, speakers, cite, verify, explain (and the counts
that ``search --facet`` prints). Each is a thin layer over an :class:`searchidx.Index` method."""
from __future__ import annotations

import json
import sys
import textwrap
from typing import Sequence

import click

from .cli import emit, filter_options, format_option, index_options, main, open_index
from .output import mark, render


def _fmt(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "jsonl")


def _filters(speaker, source, lang, since, until) -> dict:
    return {"speaker": speaker, "source": source, "lang": lang, "since": since, "until": until}


def aliases_option(f):
    return click.option("--aliases", type=click.Path(exists=True, dir_okay=False), default=None,
                        help="Speaker alias file (JSON or TOML); default: aliases.json|toml in the index directory.")(f)


def syntax_option(f):
    return click.option("--query-syntax", is_flag=True,
                        help="Read the text as a query (operators, fields) instead of literally.")(f)


def _wrap(text: str, indent: str = "   ") -> list[str]:
    return textwrap.wrap(text, 96, initial_indent=indent, subsequent_indent=indent) or [indent]


# --- search --facet ---------------------------------------------------------------------------
def emit_search(rows: list[dict], facets: dict[str, list[tuple[str, int]]], total: int,
                fmt: str | None, columns: Sequence[str]) -> None:
    """``search`` output with counts: after the hits in a table, as one JSON object with json,
    as ``{"facet", "value", "count"}`` rows after the hits with jsonl and csv."""
    fmt = _fmt(fmt)
    if not facets:
        emit(rows, fmt, columns, blocks=True)
        return
    counts = [{"facet": name, "value": value, "count": n} for name, pairs in facets.items()
              for value, n in pairs]
    if fmt == "json":
        click.echo(json.dumps({"total": total, "hits": rows, "facets": {k: dict(v) for k, v in facets.items()}},
                              ensure_ascii=False, indent=2))
        return
    if fmt == "table":
        emit(rows, fmt, columns, blocks=True)
        click.echo(f"\nCounts over all {total} matching passages:")
        for name, pairs in facets.items():
            click.echo(f"  by {name}:")
            for value, n in pairs:
                click.echo(f"    {n:5d}  {value}")
        return
    emit(rows, fmt, columns, blocks=True)
    click.echo(render(counts, fmt, ("facet", "value", "count")))


# --- trace / first ----------------------------------------------------------------------------
def _trace_table(matches: list[dict]) -> str:
    if not matches:
        return "(no similar quotations)"
    out = []
    for n, m in enumerate(matches, 1):
        who = m["speaker"] or "(unattributed)"
        out.append(f"{n}. [{m['score']:.2f} {m['kind']}] {m['date'] or 'n.d.'}  {m['source']}  — {who}")
        out.append(f"   {m['url']}  [{m['article_id']} {m['start']}:{m['end']}]")
        shown = m["text"] if m["kind"] == "verbatim" else m["diff"]
        out.extend(_wrap(("“" + shown + "”")))
        for c in m["changes"]:
            out.append(f"   · {c['op']}: " + (f"“{c['yours']}”" if c["yours"] else "–") + " → "
                       + (f"“{c['original']}”" if c["original"] else "–"))
        out.append("")
    return "\n".join(out).rstrip()


def _timeline_table(t: dict) -> str:
    if not t["entries"]:
        return "(no appearances found)"
    first = t["first"]
    out = [f"First appearance: {first['date'] or 'n.d.'}, {first['source']} — "
           f"{first['speaker'] or '(unattributed)'}  {first['url']}", ""]
    for e in t["entries"]:
        star = "*" if e["first"] else " "
        written = e["speaker_as_written"]
        who = (e["speaker"] or "(unattributed)") + (f" (“{written}”)" if written and written != e["speaker"] else "")
        out.append(f"{star} {e['date'] or 'n.d.':10}  {e['source'][:22]:22}  {e['kind']:9} {e['score']:.2f}  {who}")
        if not e["first"] and e["kind"] != "verbatim":
            out.extend(_wrap("“" + e["diff"] + "”", "              "))
    out.append("")
    label = "CONFLICTING attributions" if t["conflict"] else "Attributed to"
    parts = [f"{a['speaker'] or '(unattributed)'} [{', '.join(a['outlets'])}]" for a in t["attributions"]]
    out.append(f"{label}: " + "  |  ".join(parts))
    return "\n".join(out)


@main.command("trace")
@click.argument("text")
@index_options
@filter_options
@click.option("-n", "--limit", default=10, show_default=True, help="How many quotations.")
@click.option("--min-score", default=0.5, show_default=True, help="Lowest similarity shown (0–1).")
@click.option("--timeline", is_flag=True, help="Show who said it first instead: the appearances by date.")
@syntax_option
@aliases_option
@format_option
def trace_cmd(text, index_path, engine, url, speaker, source, lang, since, until, limit, min_score,
              timeline, query_syntax, aliases, fmt):
    """Find the indexed quotations closest to TEXT, a pasted or half-remembered quotation, with a
    similarity score and the words that differ ([-yours-] {+original+})."""
    if timeline:
        return _first(text, index_path, engine, url, speaker, source, lang, since, until, query_syntax, aliases, fmt)
    with open_index(index_path, engine, url) as ix:
        found = ix.trace(text, limit=limit, min_score=min_score, literal=not query_syntax, aliases=aliases,
                         **_filters(speaker, source, lang, since, until))
    rows = [m.to_dict() for m in found]
    if _fmt(fmt) == "table":
        click.echo(mark(_trace_table(rows), False))
    else:
        emit(rows, fmt, ("score", "kind", "speaker", "text", "source", "date", "url", "article_id",
                         "start", "end", "diff"))


def _first(text, index_path, engine, url, speaker, source, lang, since, until, query_syntax, aliases, fmt):
    with open_index(index_path, engine, url) as ix:
        t = ix.timeline(text, literal=not query_syntax, aliases=aliases,
                        **_filters(speaker, source, lang, since, until)).to_dict()
    fmt = _fmt(fmt)
    if fmt == "table":
        click.echo(_timeline_table(t))
    elif fmt == "json":
        click.echo(json.dumps(t, ensure_ascii=False, indent=2))
    else:
        emit(t["entries"], fmt, ("first", "date", "source", "speaker", "speaker_as_written", "kind",
                                 "score", "text", "url", "article_id", "start", "end", "diff"))


@main.command("first")
@click.argument("text")
@index_options
@filter_options
@syntax_option
@aliases_option
@format_option
def first_cmd(text, index_path, engine, url, speaker, source, lang, since, until, query_syntax, aliases, fmt):
    """Who said it first: every appearance of the quotation TEXT by date, the earliest marked *,
    with the speaker each outlet gave (conflicting attributions side by side)."""
    _first(text, index_path, engine, url, speaker, source, lang, since, until, query_syntax, aliases, fmt)


# --- clusters ---------------------------------------------------------------------------------
@main.command("clusters")
@click.argument("query", required=False, default="")
@index_options
@filter_options
@click.option("-n", "--limit", default=20, show_default=True, help="How many clusters (0: all).")
@click.option("--min-size", default=1, show_default=True, help="Only clusters with at least this many appearances.")
@click.option("--members", is_flag=True, help="List every appearance under its cluster (table).")
@syntax_option
@aliases_option
@format_option
def clusters_cmd(query, index_path, engine, url, speaker, source, lang, since, until, limit, min_size,
                 members, query_syntax, aliases, fmt):
    """One line per quotation cluster (the same quotation in several articles, verbatim or nearly
    so): appearances, first seen, speakers and outlets. QUERY: any of its words (all when omitted)."""
    with open_index(index_path, engine, url) as ix:
        found = ix.clusters(query, min_size=min_size, limit=limit, literal=not query_syntax, aliases=aliases,
                            **_filters(speaker, source, lang, since, until))
    rows = [c.to_dict() for c in found]
    if _fmt(fmt) != "table":
        emit(rows, fmt, ("cluster", "count", "first_seen", "first_source", "speakers", "outlets", "text", "urls"))
        return
    if not rows:
        click.echo("(no quotations)")
    for r in rows:
        speakers = ", ".join(f"{k} ×{v}" if v > 1 else k for k, v in r["speakers"].items())
        click.echo(f"[{r['cluster']}] ×{r['count']}  first {r['first_seen'] or 'n.d.'} {r['first_source']}  — {speakers}")
        for line in _wrap("“" + r["text"] + "”"):
            click.echo(line)
        click.echo(f"   outlets: {', '.join(r['outlets'])}")
        if members:
            for m in r["members"]:
                click.echo(f"     {m['date'] or 'n.d.'}  {m['source']}  {m['url']}  [{m['article_id']} {m['start']}:{m['end']}]")


# --- speakers ---------------------------------------------------------------------------------
@main.command("speakers")
@index_options
@aliases_option
@click.option("--name", default=None, help="Only speakers one of whose names contains these words.")
@format_option
def speakers_cmd(index_path, engine, url, aliases, name, fmt):
    """Speakers with their number of quotations and the names they appear under (merged by the
    name rules and the alias file)."""
    with open_index(index_path, engine, url) as ix:
        found = ix.speakers(aliases=aliases, name=name)
    rows = [s.to_dict() for s in found]
    if _fmt(fmt) == "table":
        for r in rows:
            r["names"] = "; ".join(f"{k} ({v})" for k, v in r["names"].items())
    emit(rows, fmt, ("name", "count", "names", "wikidata"))


# --- citations, verification, explanations ---------------------------------------------------
@main.command("cite")
@click.argument("query", required=False, default="")
@index_options
@filter_options
@click.option("-n", "--limit", default=20, show_default=True, help="How many.")
@click.option("--hits", is_flag=True, help="Cite the passages `search` finds instead of quotations.")
@syntax_option
@aliases_option
@format_option
def cite_cmd(query, index_path, engine, url, speaker, source, lang, since, until, limit, hits,
             query_syntax, aliases, fmt):
    """Quotations matching QUERY (or, with --hits, search hits) as verifiable citations: speaker,
    quotation, outlet, title, date, URL and offsets."""
    filters = _filters(speaker, source, lang, since, until)
    with open_index(index_path, engine, url) as ix:
        if hits:
            rows = ix.hit_citations(query, limit=limit, literal=not query_syntax, **filters)
        else:
            rows = ix.citations(query, limit=limit, literal=not query_syntax, aliases=aliases, **filters)
    if _fmt(fmt) == "table":
        click.echo("\n".join(r["citation"] for r in rows) if rows else "(no results)")
    else:
        emit(rows, fmt, ("citation", "speaker", "quotation", "source", "title", "date", "url",
                         "article_id", "start", "end", "path", "line"))


@main.command("verify")
@click.argument("article_ids", nargs=-1)
@index_options
def verify_cmd(article_ids, index_path, engine, url):
    """Re-read the original sources and check that every quotation is still at its offsets (all
    articles, or ARTICLE_IDS). Exits 1 with one line per problem when one is not."""
    with open_index(index_path, engine, url) as ix:
        report = ix.verify(article_ids or None)
    for p in report.problems:
        click.echo(str(p))
    click.echo(("OK: " if report.ok else "FAILED: ") + report.summary(), err=not report.ok)
    if not report.ok:
        sys.exit(1)


@main.command("explain")
@click.argument("query", required=False, default="")
@index_options
@filter_options
@click.option("-n", "--limit", default=20, show_default=True, help="How many quotations.")
@syntax_option
@aliases_option
@format_option
def explain_cmd(query, index_path, engine, url, speaker, source, lang, since, until, limit,
                query_syntax, aliases, fmt):
    """Quotations matching QUERY with how their speaker was found: rule, cue, mention and the
    other candidate speakers considered."""
    with open_index(index_path, engine, url) as ix:
        rows = ix.explain(query, limit=limit, literal=not query_syntax, aliases=aliases,
                          **_filters(speaker, source, lang, since, until))
    if _fmt(fmt) == "table":
        if not rows:
            click.echo("(no results)")
        for r in rows:
            click.echo(f"{r['article_id']} [{r['start']}:{r['end']}] {r['source']} {r['date']}")
            for line in _wrap("“" + r["text"] + "”"):
                click.echo(line)
            click.echo(f"   → {r['explanation']}\n")
    else:
        emit(rows, fmt, ("article_id", "start", "end", "speaker", "speaker_mention", "method", "rule",
                         "cue", "candidates", "text"))


