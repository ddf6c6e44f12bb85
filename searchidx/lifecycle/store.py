"""The on-disk layout of a Whoosh index directory, and its manifest.

    <index>/manifest.json      what the index holds (written atomically: temp file + os.replace)
    <index>/LOCK               the writer lock (flock) and who holds it (see ``lock``)
    <index>/data-<n>/          the Whoosh files of generation n (the one the manifest names)
    <index>/data-<n>.building/ a rebuild in progress (resumable; never read by searches)

The manifest names the live data directory, so replacing the manifest is the single atomic step
that swaps in a rebuilt index: a reader that opened the old generation keeps it (the previous
generation stays on disk until the next swap), a reader opening afterwards gets the new one, and
a rebuild killed at any moment before that step leaves the old index as it was.

Indexes made before the manifest existed keep their Whoosh files in ``<index>/`` itself
(``"data": "."``); the first write adds a manifest, ``rebuild`` moves them into ``data-1``.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
import socket
from pathlib import Path
from typing import Any, Optional

from .. import __version__
from ..errors import IndexStateError

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
DATA_PREFIX = "data-"
BUILDING_SUFFIX = ".building"


def now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def schema_version() -> int:
    from ..engine.whoosh_engine import SCHEMA_VERSION
    return SCHEMA_VERSION


def analysis_settings() -> dict[str, Any]:
    """What decides the passages, quotations and terms of an article besides its text: an index
    built with other settings gives other results for the same sources (``check`` says so)."""
    from .. import analysis, passages
    from ..sources.html import EXTRACTOR
    return {"max_passage_chars": passages.MAX_CHARS,
            "stemmed_languages": list(analysis.STEMMED_LANGUAGES),
            "html_extractor": EXTRACTOR}


def write_json_atomic(path: Path, data: Any) -> None:
    """Write ``data`` so that readers see the old file or the new one, never a part of either."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    try:  # make the rename itself durable (a power cut, not only a killed process)
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:  # pragma: no cover - filesystems without directory fsync
        pass


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def source_key(path: Path | str) -> str:
    return str(Path(path).resolve())


def is_legacy_whoosh(root: Path) -> bool:
    return any(root.glob("_passages_*.toc"))


class Store:
    """An index directory: its manifest and data directories."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.manifest_path = self.root / MANIFEST

    # --- manifest ----------------------------------------------------------------------------
    def read_manifest(self) -> Optional[dict]:
        try:
            text = self.manifest_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            m = json.loads(text)
            if not isinstance(m, dict) or "data" not in m:
                raise ValueError("not a manifest")
        except ValueError as e:
            raise IndexStateError(f"the manifest {self.manifest_path} is damaged ({e}): run "
                                  f"`searchidx rebuild --index {self.root} SOURCES…`") from None
        return m

    def write_manifest(self, m: dict) -> None:
        write_json_atomic(self.manifest_path, m)

    def new_manifest(self, data: str, generation: int) -> dict:
        return {
            "manifest_version": MANIFEST_VERSION,
            "schema_version": schema_version(),
            "searchidx_version": __version__,
            "engine": "whoosh",
            "generation": generation,
            "data": data,
            "previous": None,
            "created": now(),
            "updated": now(),          # when the indexed content last changed
            "analysis": analysis_settings(),
            "counts": {"articles": 0, "passages": 0, "quotes": 0},
            "sources": {},
            "in_progress": None,
            "last_run": None,
        }

    def check_schema(self, m: dict) -> None:
        found = m.get("schema_version")
        if found != schema_version():
            raise IndexStateError(
                f"index at {self.root} has schema version {found}, this searchidx needs "
                f"{schema_version()}: run `searchidx rebuild --index {self.root}`")

    # --- data directories --------------------------------------------------------------------
    def data_dir(self, m: Optional[dict]) -> Path:
        return self.root / m["data"] if m else self.root

    def building_dirs(self) -> list[Path]:
        return sorted(p for p in self.root.glob(f"{DATA_PREFIX}*{BUILDING_SUFFIX}") if p.is_dir())

    def generation_dirs(self) -> list[Path]:
        return sorted(p for p in self.root.glob(f"{DATA_PREFIX}*")
                      if p.is_dir() and not p.name.endswith(BUILDING_SUFFIX))

    def remove_old_generations(self, keep: set[str]) -> list[str]:
        """Delete data directories (and legacy top-level Whoosh files) not named in ``keep``."""
        removed = []
        for d in self.generation_dirs():
            if d.name not in keep:
                shutil.rmtree(d, ignore_errors=True)
                removed.append(d.name)
        if "." not in keep and is_legacy_whoosh(self.root):
            for f in self.root.iterdir():
                if f.is_file() and (f.name.startswith("_passages_") or f.name.startswith("passages_")
                                    or f.name in ("schema_version", "passages_WRITELOCK", "WRITELOCK")):
                    f.unlink(missing_ok=True)
            removed.append(".")
        return removed


def run_info(command: str) -> dict:
    return {"pid": os.getpid(), "host": socket.gethostname(), "command": command, "started": now()}
