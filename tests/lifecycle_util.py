"""Helpers for the index lifecycle tests: small deterministic corpora and real CLI processes."""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT


def article(i: int, version: int = 0) -> dict:
    """A small article with a quotation; ``version`` changes its text."""
    text = (f"The council of district {i} met on Monday to discuss the plan for the harbour, "
            f"version {version}.\n\n"
            f"\u201cWe will finish item {i} before the summer,\u201d said Maria Jansen, the alderman.\n\n"
            f"Residents of district {i} asked for more time to study the proposal.")
    return {"id": f"art-{i:04d}", "title": f"Harbour plan {i}", "text": text, "lang": "en",
            "source": "Harbour Courier", "date": f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "url": f"https://courier.example/{i}"}


def write_jsonl(path: Path, ids, version: int = 0) -> Path:
    path.write_text("".join(json.dumps(article(i, version)) + "\n" for i in ids), encoding="utf-8")
    return path


def cli_cmd(*args) -> list[str]:
    return [sys.executable, str(ROOT / "cli.py"), *map(str, args)]


def run_cli(*args, env=None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(cli_cmd(*args), capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=300)


def start_paused(*args, point: str, cwd=None) -> subprocess.Popen:
    """Start a CLI process that pauses at ``point`` (SEARCHIDX_TEST_PAUSE) and wait until it
    has reached it; fails if the process ends first."""
    env = {**os.environ, "SEARCHIDX_TEST_PAUSE": point}
    p = subprocess.Popen(cli_cmd(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd)
    err = b""
    deadline = time.monotonic() + 120
    while b"searchidx: paused at" not in err:
        if time.monotonic() > deadline:
            p.kill()
            raise AssertionError(f"never paused at {point}: {err!r}")
        ready, _, _ = select.select([p.stderr], [], [], 1.0)
        if ready:
            chunk = os.read(p.stderr.fileno(), 4096)
            if not chunk:
                out = p.stdout.read()
                p.wait()
                raise AssertionError(f"ended (rc {p.returncode}) before pausing at {point}: "
                                     f"{err.decode()} {out.decode()}")
            err += chunk
    return p


def kill(p: subprocess.Popen) -> None:
    import signal
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    p.stdout.close()
    p.stderr.close()


def stored(index_path) -> tuple[dict, list[str]]:
    """(article id -> content hash, every stored passage id) read straight from the engine."""
    from searchidx import Index
    with Index.open(index_path) as ix:
        arts = {a.id: a.content_hash for a in ix.engine.articles().values()}
        passage_ids = sorted(d["id"] for d in ix.engine.iter_documents())
    return arts, passage_ids


def children(pid: int) -> list[int]:
    """The pids of a process's children (Linux /proc)."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(d.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def leftovers(ix) -> list[str]:
    """Files in the data directory that its table of contents does not name (and staging dirs)."""
    from searchidx import Index
    with Index.open(ix) as index:
        data = index.engine.path
        names = {s.segment_id() for s in index.engine.ix._segments()}
        gen = index.engine.ix.latest_generation()
    out = []
    for p in data.iterdir():
        if p.name.startswith(".parallel-"):
            out.append(p.name)
        elif p.suffix in (".seg", ".trm", ".pst", ".fdt", ".per") and p.stem not in names:
            out.append(p.name)
        elif p.suffix == ".toc" and p.name != f"_passages_{gen}.toc":
            out.append(p.name)
    return out


class FakeSegment:
    """What merge policies ask of a Whoosh segment: its number of documents."""

    def __init__(self, n):
        self.n = n

    def doc_count_all(self):
        return self.n

    def __repr__(self):
        return f"<{self.n}>"
