"""Per-language knowledge. ``get("nl")`` returns the Dutch profile; ``LANGUAGES`` lists them all."""
from __future__ import annotations

from .base import Language
from . import de, en, fr, nl

LANGUAGES: dict[str, Language] = {m.LANGUAGE.code: m.LANGUAGE for m in (en, nl, de, fr)}
DEFAULT = "en"


def get(code: str | None) -> Language:
    """The profile for ``code``; English when the code is unknown or empty."""
    return LANGUAGES.get((code or "").lower()[:2], LANGUAGES[DEFAULT])


__all__ = ["Language", "LANGUAGES", "get", "DEFAULT"]
