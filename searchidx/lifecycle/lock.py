"""The writer lock of an index directory: one writer at a time, readers never wait.

``<index>/LOCK`` is locked with ``flock`` (released by the kernel when the holder exits, however
it exits: a SIGKILLed writer leaves no stale lock) and holds a JSON line saying who holds it (pid,
host, command, start time), so that a second writer can say "index is locked by …". The content
is cleared on a clean release; content found by a new holder means the previous writer died
mid-run (``previous`` tells the new holder, which then repairs the manifest).

Whoosh's own per-commit ``passages_WRITELOCK`` in the data directory is an fcntl lock too in
whoosh3 (whoosh.util.filelock.FcntlLock), so the file a killed process leaves behind does not
block anyone; the tests prove it.

flock works between processes on one machine (and on most network filesystems only per client):
two hosts writing one index over NFS are not protected.
"""
from __future__ import annotations

import fcntl
import json
import os
import time
from pathlib import Path
from typing import Optional

from ..errors import IndexStateError
from .store import run_info

LOCK = "LOCK"


def describe(info: dict) -> str:
    return (f"pid {info.get('pid', '?')} on {info.get('host', '?')} "
            f"(`searchidx {info.get('command', '?')}`, since {info.get('started', '?')})")


def read_info(root: Path) -> Optional[dict]:
    try:
        text = (root / LOCK).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    try:
        return json.loads(text) if text else None
    except ValueError:
        return {"pid": "?", "command": "?"}


def is_locked(root: Path) -> bool:
    """Whether a live writer holds the lock now."""
    path = root / LOCK
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # (closing releases a lock we may have taken)
    return False


class WriterLock:
    def __init__(self, root: str | os.PathLike, command: str):
        self.root = Path(root)
        self.command = command
        self.fd: Optional[int] = None
        self.previous: Optional[dict] = None  # the info a dead holder left behind

    def acquire(self, wait: bool = False) -> "WriterLock":
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    info = read_info(self.root) or {}
                    raise IndexStateError(
                        f"index at {self.root} is locked by {describe(info)}: wait for it to "
                        f"finish, or run again with --wait") from None
                while True:  # wait, re-checking now and then so that Ctrl-C works promptly
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        time.sleep(0.2)
            os.lseek(fd, 0, os.SEEK_SET)
            left = os.read(fd, 65536).decode("utf-8", "replace").strip()
            if left:
                try:
                    self.previous = json.loads(left)
                except ValueError:
                    self.previous = {"pid": "?", "command": "?"}
            info = json.dumps(run_info(self.command)).encode()
            os.ftruncate(fd, 0)
            os.pwrite(fd, info + b"\n", 0)
        except BaseException:
            os.close(fd)
            raise
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> "WriterLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
