"""The ``searchidx`` command line: a thin layer over :class:`searchidx.Index` and friends."""
from __future__ import annotations

import json
import sys
from typing import Any, Sequence

import click

from . import __version__
from .errors import SearchidxError
from .extract import extract_from_paths
from .index import BATCH_SIZE, DEFAULT_PATH, Index
from .lifecycle import default_jobs
from .output import FORMATS, hit_blocks, render
from .progress import Progress

HIT_COLUMNS = ("score", "title", "source", "date", "lang", "url", "article_id", "ordinal", "start",
               "end", "speakers", "highlight")
QUOTE_COLUMNS = ("speaker", "text", "source", "date", "title", "url", "article_id",
                 "passage_ordinal", "start", "end", "cue", "method")
EXTRACT_COLUMNS = ("article_id", "start", "end", "speaker", "cue", "method", "text")
#: the narrower set shown in a terminal table
QUOTE_TABLE_COLUMNS = ("speaker", "text", "source", "date", "title")
EXTRACT_TABLE_COLUMNS = ("article_id", "speaker", "method", "text")


class ErrorsAsOneLine(click.Group):
    """Report searchidx's own errors as one line on stderr with exit code 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SearchidxError as e:
            click.echo(f"Error: {e}", err=True)
            sys.exit(1)
        except BrokenPipeError:  # `searchidx search … | head`
            sys.stderr.close()
            sys.exit(0)


def index_options(f):
    f = click.option("--url", envvar="SEARCHIDX_OPENSEARCH_URL", default=None,
                     help="OpenSearch URL (with --engine opensearch).")(f)
    f = click.option("--engine", type=click.Choice(["whoosh", "opensearch"]), envvar="SEARCHIDX_ENGINE",
                     default="whoosh", show_default=True, help="Search engine.")(f)
    f = click.option("--index", "index_path", envvar="SEARCHIDX_INDEX", default=DEFAULT_PATH,
                     show_default=True, help="Index directory (or OpenSearch index name).")(f)
    return f


def filter_options(f):
    for name, help_ in reversed((
        ("--speaker", "Only passages with a quotation by this speaker (words of the name)."),
        ("--source", "Only articles from this outlet (words of its name)."),
        ("--lang", "Only articles in this language (en, nl, de, fr, …)."),
        ("--since", "Only articles published on or after this date (YYYY[-MM[-DD]])."),
        ("--until", "Only articles published on or before this date (YYYY[-MM[-DD]])."),
    )):
        f = click.option(name, default=None, help=help_)(f)
    return f


def format_option(f):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                        help="Output format (default: table on a terminal, jsonl when piped).")(f)


def open_index(index_path: str, engine: str, url: str | None, create: bool = False) -> Index:
    options = {"url": url} if engine == "opensearch" and url else {}
    return Index(index_path, create=create, engine=engine, **options)


def emit(rows: Sequence[dict[str, Any]], fmt: str | None, columns: Sequence[str], blocks: bool = False,
         table_columns: Sequence[str] | None = None) -> None:
    tty = sys.stdout.isatty()
    fmt = fmt or ("table" if tty else "jsonl")
    if fmt == "table" and blocks:
        text = hit_blocks(rows, color=tty)
    else:
        text = render(rows, fmt, (table_columns or columns) if fmt == "table" else columns, color=tty)
    if text:
        click.echo(text)


@click.group(cls=ErrorsAsOneLine, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="searchidx")
def main() -> None:
    """Search news archives and find who said what."""


def write_options(f):
    """Options shared by the commands that write an index (index, rebuild; see cli_lifecycle)."""
    f = click.option("--batch-size", type=click.IntRange(1), default=BATCH_SIZE, show_default=True,
                     help="Articles per commit (a killed run loses at most one batch of work).")(f)
    f = click.option("--wait", is_flag=True, help="Wait for another writer to finish instead of failing.")(f)
    f = click.option("-j", "--jobs", type=click.IntRange(0), default=0,
                     help="Worker processes for reading passages and quotations (default 0: all cores).")(f)
    f = click.option("--skip-errors", is_flag=True, help="Skip unreadable files and lines, counting them.")(f)
    return f


@main.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@index_options
@write_options
@click.option("--prune", is_flag=True,
              help="Also drop articles whose source file is gone or no longer holds them.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary.")
def index_cmd(paths, index_path, engine, url, skip_errors, jobs, wait, batch_size, prune, quiet):
    """Index the articles in PATHS (text, JSONL, HTML, WARC, .gz of those, or directories of them).

    Indexing the same files again changes nothing; changed articles are replaced, new ones added.
    """
    with open_index(index_path, engine, url, create=True) as ix, \
            Progress("indexing", enabled=False if quiet else None) as progress:
        report = ix.add_paths(paths, skip_errors=skip_errors, progress=progress,
                              jobs=jobs or default_jobs(), wait=wait, prune=prune, batch_size=batch_size)
    for error in report.errors:
        click.echo(f"skipped: {error}", err=True)
    if not quiet:
        click.echo(report.summary())


@main.command()
@click.argument("query", required=False, default="")
@index_options
@filter_options
@click.option("-n", "--limit", default=10, show_default=True, help="How many hits.")
@click.option("--literal", is_flag=True, help="Take the query as plain words (no operators or fields).")
@click.option("--sort", type=click.Choice(["score", "date"]), default="score", show_default=True)
@click.option("--match", type=click.Choice(["all", "any"]), default="all", show_default=True,
              help="Words without an operator: all must match, or any (ranked; for a pasted claim).")
@click.option("--facet", "facets", multiple=True, type=click.Choice(["speaker", "source", "lang", "month"]),
              help="Also count all matching passages by this (repeatable).")
@format_option
def search(query, index_path, engine, url, speaker, source, lang, since, until, limit, literal, sort,
           match, facets, fmt):
    """Ranked passages matching QUERY, with their source and quotations.

    QUERY uses AND (default), OR, NOT, "exact phrases", fields (speaker:, source:, lang:, title:,
    quote:) and date ranges (date:[2019-01 TO 2019-06]).
    """
    with open_index(index_path, engine, url) as ix:
        results = ix.search(query, speaker=speaker, source=source, lang=lang, since=since,
                            until=until, limit=limit, literal=literal, sort=sort, match=match,
                            facets=facets)
    from .cli_factcheck import emit_search
    emit_search([h.to_dict() for h in results.hits], results.facets, results.total, fmt, HIT_COLUMNS)


@main.command()
@click.argument("query", required=False, default="")
@index_options
@filter_options
@click.option("-n", "--limit", default=20, show_default=True, help="How many quotations.")
@click.option("--literal", is_flag=True, help="Take the query as plain words (no operators or fields).")
@format_option
def quotes(query, index_path, engine, url, speaker, source, lang, since, until, limit, literal, fmt):
    """Quotations whose words match QUERY (all when omitted), with speaker and full citation."""
    with open_index(index_path, engine, url) as ix:
        found = ix.quotes(query, speaker=speaker, source=source, lang=lang, since=since,
                          until=until, limit=limit, literal=literal)
    emit([q.to_dict() for q in found], fmt, QUOTE_COLUMNS, table_columns=QUOTE_TABLE_COLUMNS)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--lang", default=None, help="Language of the articles (default: metadata or detected).")
@format_option
def extract(paths, lang, fmt):
    """Print the quotations in PATHS without indexing them."""
    emit([q.to_dict() for q in extract_from_paths(paths, lang=lang)], fmt, EXTRACT_COLUMNS,
         table_columns=EXTRACT_TABLE_COLUMNS)


@main.command()
@index_options
@format_option
def stats(index_path, engine, url, fmt):
    """Counts of articles, passages and quotations in the index."""
    with open_index(index_path, engine, url) as ix:
        info = ix.stats()
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
    elif fmt == "table":
        emit([{"name": k, "value": v} for k, v in info.items()], fmt, ("name", "value"))
    else:
        emit([info], fmt, tuple(info))


from . import cli_factcheck  # noqa: E402,F401  (registers trace, first, clusters, speakers, cite, verify, explain)

from . import cli_lifecycle  # noqa: E402,F401  (rebuild, check, delete)

if __name__ == "__main__":  # pragma: no cover
    main()
