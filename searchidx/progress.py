"""A progress line for long work: shown on a terminal, silent when piped or quiet."""
from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


class Progress:
    """Call with the count done so far; prints ``label: N (R/s)`` at most a few times a second,
    only when ``stream`` is a terminal."""

    def __init__(self, label: str, total: Optional[int] = None, stream: TextIO | None = None,
                 enabled: Optional[bool] = None, interval: float = 0.2):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.label, self.total, self.interval = label, total, interval
        self.started = self.last = time.monotonic()
        self.count = 0
        self.report = None
        self.phase: Optional[str] = None
        self.shown = False

    def __call__(self, count: int) -> None:
        self.update(count)

    def update(self, count: int, report=None, phase: Optional[str] = None) -> None:
        """``count`` done so far; ``report`` (an IndexReport) adds what happened to them, and
        ``phase`` what is being done after the last of them (e.g. "merging segments")."""
        self.count = count
        self.report = report
        self.phase = phase
        now = time.monotonic()
        if self.enabled and now - self.last >= self.interval:
            self.last = now
            self._show(now)

    def _show(self, now: float) -> None:
        rate = self.count / max(now - self.started, 1e-9)
        if self.total:
            pct = 100 * self.count / self.total
            width = 30
            filled = int(width * self.count / self.total)
            bar = "#" * filled + "-" * (width - filled)
            text = f"{self.label} [{bar}] {self.count}/{self.total} {pct:3.0f}% {rate:,.0f}/s"
        else:
            text = f"{self.label}: {self.count:,} ({rate:,.0f}/s)"
        r = self.report
        if r is not None:
            text += (f" – {r.added:,} added, {r.updated:,} updated, {r.unchanged:,} unchanged, "
                     f"{r.failed:,} failed")
        if self.phase:
            text += f" – {self.phase}…"
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
