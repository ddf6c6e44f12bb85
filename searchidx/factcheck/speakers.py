"""One speaker, many names: "VS State Department", "the U.S. State Department" and "State
Department" are one speaker, and so are "Hendrik de Vries", "H. de Vries" and "De Vries".

Names are merged in three steps:

1. **normalization** – a leading article ("the", "de", "het", "der", "la", …; but not the "De" of
   "De Vries") and a country prefix ("U.S.", "US", "VS", "USA", "United States", "UK") are
   stripped, a personal name's affiliation tail ("Yara Coolen of the Westmere Nature Trust") is
   cut, and case, accents and dots are folded: names with the same key are one speaker;
2. **the alias file** (optional, JSON or TOML, see :func:`load_aliases`) binds the names it lists
   to its canonical names, with an optional Wikidata id; a name listed there is never moved by
   the rules below, so listing a name as an entry of its own *splits* it off;
3. **rules** for the remaining names, applied only when there is exactly one candidate:
   *last name / contained name*: a name that ends another, longer one, word for word ("De Vries"
   → "Hendrik de Vries", "Department" → "State Department"; a name contained elsewhere in a longer
   one is not merged: "State Department" is not "State Department spokesman Ned Price");
   *initials*: "H. de Vries" → "Hendrik de Vries". A name that fits several different speakers
   is left alone: "Vos" with both "Lena Vos" and "Piet Vos" stays "Vos".
"""
from __future__ import annotations

import json
import os
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import regex

from ..errors import SearchidxError
from .normalize import norm_words

#: leading articles stripped from a speaker name (lower case)
ARTICLES = frozenset("the a an de het een 't der die das den dem des ein eine le la les l' un une".split())
#: articles that are also name particles: kept when a capitalised word follows ("De Vries", "Le Pen")
PARTICLE_ARTICLES = frozenset("de het der den des la le les 't".split())
#: country prefixes stripped from organisations ("the U.S. State Department" → "State Department")
COUNTRY_PREFIXES = ("united states", "u.s.a.", "u.s.", "usa", "us", "vs", "u.k.", "uk")
#: words that attach an affiliation to a personal name ("X of the Y", "X van de Y")
AFFILIATION = regex.compile(r"\s+(?:of|from|for|at|van|uit|von|aus|de|du)\s+(?=\S)", regex.I)
_NAME_WORD = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|ter|ten|du|la|le|al|bin|ibn|el|da|di)")

ALIAS_FILES = ("aliases.json", "aliases.toml")


class AliasFileError(SearchidxError):
    """An alias file that cannot be read."""


def strip_name(name: str) -> str:
    """``name`` without a leading article, a country prefix or a personal name's affiliation tail;
    case kept: "the U.S. State Department" → "State Department"."""
    name = " ".join(name.split()).strip(" ,;:")
    while True:
        first, _, rest = name.partition(" ")
        if not rest:
            break
        low = first.lower()
        if low in ARTICLES and not (low in PARTICLE_ARTICLES and first[:1].isupper() and rest[:1].isupper()):
            name = rest
            continue
        folded = name.lower()
        for prefix in COUNTRY_PREFIXES:
            if folded.startswith(prefix + " ") and len(name) > len(prefix) + 1 and name[len(prefix) + 1:][:1].isupper():
                name = name[len(prefix) + 1:]
                break
        else:
            break
    m = AFFILIATION.search(name)
    if m and _is_personal_name(name[:m.start()]):
        name = name[:m.start()]
    return name


def _is_personal_name(text: str) -> bool:
    parts = text.split()
    return 2 <= len(parts) <= 5 and parts[0][:1].isupper() and all(_NAME_WORD.fullmatch(p) for p in parts) \
        and sum(p[:1].isupper() for p in parts) >= 2


def name_key(name: str) -> tuple[str, ...]:
    """The folded words of a stripped name: names with the same key are the same speaker."""
    return tuple(norm_words(strip_name(name)))


@dataclass
class AliasEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    wikidata: Optional[str] = None
    description: Optional[str] = None
    not_: list[str] = field(default_factory=list)  # names the rules must never merge into this one


def load_aliases(path: str | os.PathLike) -> list[AliasEntry]:
    """An alias file: JSON or TOML (by extension), one entry per canonical name::

        {"Hendrik de Vries": {"aliases": ["H. de Vries", "De Vries"], "wikidata": "Q123",
                              "not": ["Piet de Vries"]},
         "State Department": ["U.S. State Department", "Foggy Bottom"]}

    or in TOML ``["Hendrik de Vries"]`` / ``aliases = [...]`` / ``wikidata = "Q123"``.
    A list is short for ``{"aliases": [...]}``; other keys (``description``) are kept.
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
        data = tomllib.loads(raw.decode("utf-8")) if p.suffix.lower() == ".toml" else json.loads(raw)
    except OSError as e:
        raise AliasFileError(f"{p}: cannot read alias file: {e.strerror or e}") from None
    except (ValueError, tomllib.TOMLDecodeError) as e:
        raise AliasFileError(f"{p}: not valid {'TOML' if p.suffix.lower() == '.toml' else 'JSON'}: {e}") from None
    if not isinstance(data, dict):
        raise AliasFileError(f"{p}: expected an object mapping canonical names to their aliases")
    entries = []
    for name, value in data.items():
        if isinstance(value, list):
            value = {"aliases": value}
        if not isinstance(value, dict):
            raise AliasFileError(f"{p}: entry {name!r}: expected a list of aliases or an object")
        aliases = value.get("aliases", [])
        not_ = value.get("not", [])
        if not all(isinstance(a, str) for a in list(aliases) + list(not_)):
            raise AliasFileError(f"{p}: entry {name!r}: aliases must be strings")
        wikidata = value.get("wikidata")
        if wikidata is not None and not regex.fullmatch(r"Q\d+", str(wikidata)):
            raise AliasFileError(f"{p}: entry {name!r}: wikidata must look like Q42, not {wikidata!r}")
        entries.append(AliasEntry(name, list(aliases), wikidata, value.get("description"), list(not_)))
    return entries


def find_alias_file(directory: str | os.PathLike) -> Optional[Path]:
    """``aliases.json`` or ``aliases.toml`` in ``directory`` (an index directory), if present."""
    for name in ALIAS_FILES:
        p = Path(directory) / name
        if p.is_file():
            return p
    return None


@dataclass
class Speaker:
    """One speaker as resolved over an index: canonical name, quotation count, the names used."""

    name: str
    count: int = 0
    names: dict[str, int] = field(default_factory=dict)   # name as written → quotations
    wikidata: Optional[str] = None
    description: Optional[str] = None

    def to_dict(self) -> dict:
        return {"name": self.name, "count": self.count, "names": dict(self.names),
                "wikidata": self.wikidata, "description": self.description}


class SpeakerResolver:
    """Maps every speaker name of a collection to one canonical speaker.

    Build it from the names (with their counts) found in an index and the alias entries; then
    ``resolve(name)`` gives the canonical name of any of them (and of names not seen, by the same
    rules), and ``speakers()`` the merged list.
    """

    def __init__(self, names: Counter | dict[str, int] | Iterable[str], aliases: Iterable[AliasEntry] = ()):
        self.counts: Counter = Counter(names) if not isinstance(names, Counter) else names
        self.entries = list(aliases)
        self._fixed: dict[tuple, str] = {}          # key → canonical name of an alias entry
        self._info: dict[str, AliasEntry] = {}
        self._never: dict[str, set[tuple]] = {}
        for e in self.entries:
            self._info[e.name] = e
            for n in [e.name] + e.aliases:
                k = name_key(n)
                if k:
                    self._fixed[k] = e.name
            self._never[e.name] = {name_key(n) for n in e.not_}
        # group the names by key; each key gets a canonical key by the rules
        self._keys: dict[tuple, Counter] = {}
        for n, c in self.counts.items():
            k = name_key(n)
            if k:
                self._keys.setdefault(k, Counter())[n] += c
        self._target: dict[tuple, str] = {}
        self._fitting = _FitIndex()
        self._resolve_all()

    def _resolve_all(self) -> None:
        keys = sorted(set(self._keys) | set(self._fixed), key=_order)
        canonical: dict[tuple, str] = {}
        for k in keys:  # longest first: a target is resolved before the names that merge into it
            if k in self._fixed:
                canonical[k] = self._fixed[k]
            else:
                canonical[k] = self._merge_into(k, canonical) or self._display(k)
            self._fitting.add(k)
        self._target = canonical

    def _merge_into(self, key: tuple, canonical: dict[tuple, str]) -> Optional[str]:
        """The one canonical name of the resolved names ``key`` may be a shorter way of writing
        (and is not declared different from), or None when there is no such name or several."""
        targets = {canonical[t] for t in self._fitting.longer(key)}
        targets = {t for t in targets if key not in self._never.get(t, ())}
        return targets.pop() if len(targets) == 1 else None

    def _display(self, key: tuple) -> str:
        """The name as most often written (stripped), for a key no alias entry names."""
        variants = self._keys.get(key)
        if not variants:
            return " ".join(key)
        best = max(variants.items(), key=lambda kv: (kv[1], len(strip_name(kv[0])), kv[0]))[0]
        return strip_name(best)

    def resolve(self, name: Optional[str]) -> Optional[str]:
        """The canonical speaker of ``name`` (None stays None)."""
        if not name:
            return None
        k = name_key(name)
        if not k:
            return name
        if k in self._target:
            return self._target[k]
        return self._merge_into(k, self._target) or strip_name(name)

    def speakers(self) -> list[Speaker]:
        """Every speaker with the quotations attributed to it and the names it appears under,
        most quoted first."""
        out: dict[str, Speaker] = {}
        for n, c in self.counts.items():
            canon = self.resolve(n)
            if canon is None:
                continue
            sp = out.get(canon)
            if sp is None:
                info = self._info.get(canon)
                sp = out[canon] = Speaker(canon, wikidata=info.wikidata if info else None,
                                          description=info.description if info else None)
            sp.count += c
            sp.names[n] = sp.names.get(n, 0) + c
        for sp in out.values():
            sp.names = dict(sorted(sp.names.items(), key=lambda kv: (-kv[1], kv[0])))
        return sorted(out.values(), key=lambda s: (-s.count, s.name.lower()))


def _fits(short: tuple, long_: tuple) -> bool:
    """May ``short`` be a shorter way of writing ``long_``? Its last name or, more generally, the
    name it ends with ("de vries" / "hendrik de vries", "state department" / "foreign ministry
    state department"), or its initials ("h de vries" / "hendrik de vries")."""
    if short == long_:
        return False
    if len(short) < len(long_):
        return long_[-len(short):] == short
    return len(short) == len(long_) and any(len(a) == 1 for a in short) and all(
        a == b or (len(a) == 1 and len(b) > 1 and b.startswith(a)) for a, b in zip(short, long_))


class _FitIndex:
    """Name keys, looked up by the shorter keys that fit them (``_fits``) without trying each:
    a key is filed under every name it ends with and under its initials' pattern."""

    def __init__(self) -> None:
        self._by_ending: dict[tuple, list[tuple]] = {}
        self._by_initials: dict[tuple, list[tuple]] = {}

    def add(self, key: tuple) -> None:
        for i in range(1, len(key)):
            self._by_ending.setdefault(key[i:], []).append(key)
        self._by_initials.setdefault(_initials(key), []).append(key)

    def longer(self, short: tuple) -> list[tuple]:
        """The keys added that ``short`` may be a shorter way of writing, in the order added."""
        found = list(self._by_ending.get(short, ()))
        if any(len(w) == 1 for w in short):
            found += [k for k in self._by_initials.get(_initials(short), ()) if _fits(short, k)]
        return found


def _initials(key: tuple) -> tuple:
    return tuple(w[:1] for w in key)


def _order(key: tuple) -> tuple:
    """Longest names first, and full words before initials, so targets resolve first."""
    return (-len(key), sum(len(w) == 1 for w in key), key)
