"""Small bounded caches kept on the object whose state they depend on (a searcher, a field)."""
from __future__ import annotations

from typing import Any, Callable, Hashable, TypeVar

T = TypeVar("T")


def cached(owner: Any, name: str, key: Hashable, compute: Callable[[], T], limit: int) -> T:
    """``compute()`` for ``key``, remembered in ``owner``'s attribute ``name`` (a dict of at most
    ``limit`` entries, emptied when full). For values that cannot change while ``owner`` lives:
    a searcher sees one fixed state of the index."""
    cache = owner.__dict__.setdefault(name, {})
    value = cache.get(key)
    if value is None:
        value = compute()
        if len(cache) >= limit:
            cache.clear()
        cache[key] = value
    return value
