"""Index lifecycle commands: ``rebuild``, ``check`` and ``delete`` (see :mod:`searchidx.lifecycle`)."""
from __future__ import annotations

import json
import sys

import click

from . import lifecycle
from .cli import index_options, main, open_index, write_options
from .lifecycle.rebuild import rebuild_engine
from .progress import Progress


def _whoosh_only(engine: str, command: str) -> None:
    if engine != "whoosh":
        raise click.UsageError(f"`{command}` works on local (whoosh) indexes; an OpenSearch index "
                               f"is rebuilt and checked by the cluster")


@main.command()
@click.argument("sources", nargs=-1, type=click.Path())
@index_options
@write_options
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary.")
def rebuild(sources, index_path, engine, url, skip_errors, jobs, wait, batch_size, quiet):
    """Rebuild the index from its sources (those in its manifest, or SOURCES) and swap it in.

    Searches keep using the old index until the new one is complete; a failed or killed rebuild
    leaves the old index as it was, and running it again resumes it.
    """
    if engine != "whoosh":
        if not sources:
            raise click.UsageError("an OpenSearch index has no manifest: name the SOURCES to rebuild from")
        options = lifecycle.RunOptions(batch_size=batch_size, jobs=jobs or lifecycle.default_jobs(),
                                       skip_errors=skip_errors)
        with open_index(index_path, engine, url) as ix, \
                Progress("rebuilding", enabled=False if quiet else None) as progress:
            options.progress = progress.update
            report = rebuild_engine(ix.engine, sources, options=options)
        for error in report.errors:
            click.echo(f"skipped: {error}", err=True)
        if not quiet:
            click.echo("rebuilt: " + report.summary())
        return
    total = None
    if not sources:
        try:
            m = lifecycle.Store(index_path).read_manifest()
            total = sum(e.get("articles", 0) for e in (m or {}).get("sources", {}).values()) or None
        except Exception:  # the rebuild itself reports a damaged manifest properly
            total = None
    options = lifecycle.RunOptions(batch_size=batch_size, jobs=jobs or lifecycle.default_jobs(),
                                   skip_errors=skip_errors)
    with Progress("rebuilding", total=total, enabled=False if quiet else None) as progress:
        options.progress = progress.update
        report = lifecycle.rebuild(index_path, list(sources) or None, options=options, wait=wait)
    for error in report.errors:
        click.echo(f"skipped: {error}", err=True)
    if not quiet:
        click.echo("rebuilt: " + report.summary())


@main.command()
@index_options
@click.option("--no-sources", is_flag=True, help="Do not compare passages with the source files.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def check(index_path, engine, url, no_sources, fmt):
    """Verify the index: it opens, its counts agree with the manifest, every passage's offsets
    point at its text in the source file. Exit status 1 when something is wrong."""
    _whoosh_only(engine, "check")
    rep = lifecycle.check(index_path, sources=not no_sources)
    if fmt == "json":
        click.echo(json.dumps({"index": rep.index, "ok": rep.ok, "problems": rep.problems,
                               "warnings": rep.warnings, "checked": rep.checked}, indent=2))
    else:
        for p in rep.problems:
            click.echo(f"problem: {p}")
        for w in rep.warnings:
            click.echo(f"warning: {w}")
        c = rep.checked
        what = (f"{c.get('articles', 0)} articles, {c.get('passages', 0)} passages"
                + (f", {c['compared_with_sources']} articles compared with their sources"
                   if "compared_with_sources" in c else ""))
        click.echo(f"{rep.index}: {'OK' if rep.ok else 'NOT OK'} ({what})")
    sys.exit(0 if rep.ok else 1)


@main.command()
@click.argument("ids", nargs=-1, required=True)
@index_options
@click.option("--wait", is_flag=True, help="Wait for another writer to finish instead of failing.")
def delete(ids, index_path, engine, url, wait):
    """Remove the articles with these IDS from the index (exit 1 if some were not there)."""
    with open_index(index_path, engine, url) as ix:
        if ix.store is not None:
            found, missing = lifecycle.delete(ix, ids, wait=wait)
        else:
            found, missing = lifecycle.delete(ix, ids)
    click.echo(f"{len(found)} deleted")
    if missing:
        click.echo(f"not in the index: {', '.join(missing)}", err=True)
        sys.exit(1)
