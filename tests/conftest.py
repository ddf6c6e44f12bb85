"""Shared fixtures: the bundled samples, an index built from them, and the research data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"


def shared_dir() -> Path | None:
    """../shared beside the repo (or $SEARCHIDX_SHARED), when present."""
    env = os.environ.get("SEARCHIDX_SHARED")
    for candidate in ([Path(env)] if env else []) + [ROOT.parent / "shared", ROOT.parent.parent / "shared"]:
        if candidate.is_dir():
            return candidate
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("research data ../shared is not present")
    return path


def sample_paths() -> list[Path]:
    """The article files of the bundled samples (not the gold annotation)."""
    return sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".txt", ".jsonl"))


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory):
    """An index of the bundled samples, built once for the whole session (read-only use)."""
    from searchidx import Index

    path = tmp_path_factory.mktemp("sample-index")
    with Index(path) as ix:
        ix.add_paths(sample_paths())
    ix = Index.open(path)
    yield ix
    ix.close()
