#!/usr/bin/env python3
"""A deterministic generator of realistic news articles for benchmarks and scale tests.

    python bench/generate.py --articles 20000 --out corpus.jsonl        # 20,000 articles
    python bench/generate.py --passages 100000 --out corpus.jsonl       # articles until 100k passages
    python bench/generate.py --articles 50 --langs en,nl --seed 7 | head

One JSON object a line in searchidx's JSONL format (``id, title, text, url, source, date, lang,
author``). What makes it realistic enough for indexing and query benchmarks:

* a Zipf-distributed vocabulary per language (s ≈ 1.07): the language's real function words at the
  top ranks, then pronounceable pseudo-words built from that language's syllables;
* paragraphs of 2–6 sentences (each paragraph is one searchidx passage: never over 1,200 chars);
* direct quotations in English, Dutch, German and French with each language's quote marks and
  speech verbs (“…,” said X / X zei: „…” / „…“, sagte X / « … », a déclaré X), attributed to named
  speakers (a Zipf-distributed pool of people with roles), with pronoun and surname back-references;
* dates (2015–2024), outlets per language, authors, URLs.

The same ``--seed`` always gives the same bytes, whatever the machine. Importable:
``iter_articles(n_articles=None, n_passages=None, seed=1, langs=...)`` yields dicts.
"""
from __future__ import annotations

import argparse
import bisect
import datetime as _dt
import itertools
import json
import random
import sys
from typing import Iterator

LANG_SHARES = {"en": 0.55, "nl": 0.15, "de": 0.15, "fr": 0.15}
VOCAB_SIZE = 60_000
ZIPF_S = 1.07
SPEAKERS = 3_000

# function words (top Zipf ranks) and syllables for pseudo-words, per language
_FUNCTION = {
    "en": "the of and to a in that is for on it with as was he said by at from his be have an are "
          "this not but had they has which or were their been who its also after will more would "
          "about new one two there she than her when up all other into over last first some",
    "nl": "de van het een en in is dat op te zijn voor met die niet aan er om ook als door bij maar "
          "dan nog uit wordt naar tot worden over hij zij werd kan was al deze heeft hebben of",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es "
          "an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum",
    "fr": "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se il sont "
          "ce avec elle mais ou son sa ses aux été leur nous comme cette entre après deux lors",
}
_SYLLABLES = {
    "en": "ar be con de di en er for in is le ly ment na ne or per pro re ri sion ta ter ti tion to un "
          "ver wa al an at com ex im ing ous ra str ble cial ward land",
    "nl": "aan be ber de den der ge gen heid her ijk in ing ke ken la le lijk na ne on ont over re "
          "sche sta te ten ter ver vol wer zaak stel raad kamp huis",
    "de": "an be ber de den der ein en er ge gen halt heit keit la lich mit ne nung schaft schen sche "
          "sta te ten ter tung un ver vor zu ung stadt rat",
    "fr": "ai an ar au con de en ent eur in ion la le ment ne on pa pre que re ré ri sion tion té tre "
          "ul un vé ver eau oir eux ais",
}
_OUTLETS = {
    "en": ["Reuters", "Associated Press", "The Guardian", "BBC News", "The Times", "Daily Courier",
           "Northern Herald", "Wikinews"],
    "nl": ["NOS", "NRC", "de Volkskrant", "Trouw", "Het Parool", "Algemeen Dagblad"],
    "de": ["Der Spiegel", "Die Zeit", "Süddeutsche Zeitung", "tagesschau", "Frankfurter Rundschau"],
    "fr": ["Le Monde", "Libération", "Le Figaro", "Ouest-France", "France Info"],
}
_FIRST = ("Maria Jan Peter Anna Thomas Sophie Lukas Emma David Sarah Pierre Claire Hans Julia Mark "
          "Laura Ahmed Fatima Kofi Grace Elena Pablo Ingrid Lars Mohamed Amina Yusuf Olga Ivan "
          "Chen Mei Ravi Priya Jonas Eva Noah Lea Louis Camille Willem Femke Karl Greta").split()
_LAST = ("Jansen de Vries Bakker Visser Smit Müller Schmidt Schneider Fischer Weber Martin Bernard "
         "Dubois Durand Leroy Smith Johnson Brown Taylor Wilson Okafor Mensah Haddad Rahman Novak "
         "Kowalski Petrov Ivanova García López Rossi Bianchi Nakamura Tanaka Kim Park Singh Patel "
         "Nilsson Berg Andersen Dijkstra Mulder Hoffmann Lefebvre Moreau van Dam El Amrani").split()
_ROLES = {
    "en": ["the minister of finance", "a spokeswoman for the ministry", "the union's general secretary",
           "the mayor", "a senior analyst", "the police chief", "the company's chief executive",
           "an opposition leader"],
    "nl": ["de minister van Financiën", "een woordvoerder van het ministerie", "de burgemeester",
           "de voorzitter van de vakbond", "een analist", "de korpschef"],
    "de": ["die Finanzministerin", "ein Sprecher des Ministeriums", "der Bürgermeister",
           "die Gewerkschaftschefin", "ein Analyst", "der Polizeipräsident"],
    "fr": ["la ministre des Finances", "un porte-parole du ministère", "le maire",
           "la secrétaire générale du syndicat", "un analyste", "le préfet de police"],
}
# quotation templates: {q} the quoted words (ending without final punctuation), {s} the speaker
# mention, {r} a role; each language with its own marks and speech verbs
_QUOTE_TEMPLATES = {
    "en": ["“{q},” said {s}.", "“{q},” {s} said.", "{s} said: “{q}.”", "“{q},” {s}, {r}, told reporters.",
           "“{q},” she added.", "According to {s}, “{q}.”", "{s} told {o}: “{q}.”", "“{q}?” asked {s}."],
    "nl": ["„{q}”, zei {s}.", "„{q}”, aldus {s}.", "{s} zei: „{q}.”", "„{q}”, zegt {s}, {r}.",
           "“{q}”, vertelde {s} aan {o}.", "Volgens {s} is het zo: „{q}.”"],
    "de": ["„{q}“, sagte {s}.", "„{q}“, so {s}.", "{s} sagte: „{q}.“", "„{q}“, erklärte {s}, {r}.",
           "»{q}«, betonte {s} gegenüber {o}.", "{s} sagte der Zeitung: „{q}.“"],
    "fr": ["« {q} », a déclaré {s}.", "« {q} », a dit {s}.", "{s} a affirmé : « {q}. »",
           "« {q} », selon {s}, {r}.", "« {q} », a expliqué {s} au {o}.", "Pour {s}, « {q} »."],
}
_LEDES = {"en": "{d} — ", "nl": "{d} — ", "de": "{d} — ", "fr": "{d} — "}
_CITIES = ["Amsterdam", "Brussels", "Berlin", "Paris", "London", "Rotterdam", "Lyon", "Hamburg",
           "Geneva", "Vienna", "Dublin", "Utrecht", "Marseille", "Munich", "Port Calloway"]


class _Lang:
    """Vocabulary and cumulative Zipf weights of one language."""

    def __init__(self, code: str, seed: int):
        rng = random.Random(f"{seed}-vocab-{code}")
        function = _FUNCTION[code].split()
        syllables = _SYLLABLES[code].split()
        seen = set(function)
        words = list(function)
        while len(words) < VOCAB_SIZE:
            n = rng.choice((1, 2, 2, 2, 3, 3, 3, 4))
            w = "".join(rng.choice(syllables) for _ in range(n))
            if w not in seen and len(w) > 2:
                seen.add(w)
                words.append(w)
        self.words = words
        self.cum = list(itertools.accumulate(1.0 / (r + 1) ** ZIPF_S for r in range(len(words))))

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum, k=k)


class Generator:
    def __init__(self, seed: int = 1, langs: dict[str, float] | None = None):
        self.seed = seed
        self.shares = langs or LANG_SHARES
        self.codes = list(self.shares)
        self.lang_cum = list(itertools.accumulate(self.shares.values()))
        self.langs = {c: _Lang(c, seed) for c in self.codes}
        rng = random.Random(f"{seed}-speakers")
        self.speakers = [(rng.choice(_FIRST), rng.choice(_LAST)) for _ in range(SPEAKERS)]
        self.speaker_cum = list(itertools.accumulate(1.0 / (r + 1) for r in range(SPEAKERS)))

    def _sentence(self, rng: random.Random, lang: _Lang, lo: int = 8, hi: int = 24,
                  names: tuple[str, ...] = ()) -> str:
        words = lang.sample(rng, rng.randint(lo, hi))
        if names and rng.random() < 0.3:
            words.insert(rng.randrange(1, len(words)), rng.choice(names))
        s = " ".join(words)
        # a number now and then, a comma now and then
        if rng.random() < 0.25:
            s = s.replace(" ", f" {rng.randint(2, 2024)} ", 1)
        if len(words) > 12 and rng.random() < 0.5:
            i = s.find(" ", len(s) // 2)
            s = s[:i] + "," + s[i:]
        return s[0].upper() + s[1:]

    def _quote(self, rng, code, lang, speakers, outlet) -> str:
        first, last = speakers[0] if rng.random() < 0.7 else rng.choice(speakers)
        mention = f"{first} {last}" if rng.random() < 0.6 else last
        q = self._sentence(rng, lang, 6, 20)
        if rng.random() < 0.25:
            q += ". " + self._sentence(rng, lang, 5, 14)
        t = rng.choice(_QUOTE_TEMPLATES[code])
        return t.format(q=q, s=mention, r=rng.choice(_ROLES[code]), o=outlet)

    def article(self, i: int) -> dict:
        rng = random.Random(f"{self.seed}-article-{i}")
        code = self.codes[bisect.bisect(self.lang_cum, rng.random() * self.lang_cum[-1])]
        lang = self.langs[code]
        outlet = rng.choice(_OUTLETS[code])
        day = _dt.date(2015, 1, 1) + _dt.timedelta(days=rng.randrange(3650))
        speakers = [self.speakers[bisect.bisect(self.speaker_cum, rng.random() * self.speaker_cum[-1])]
                    for _ in range(rng.randint(1, 3))]
        names = tuple(f"{f} {l}" for f, l in speakers) + (rng.choice(_CITIES),)
        paragraphs = []
        n_par = rng.choices((3, 4, 5, 6, 7, 8, 9), weights=(1, 2, 3, 3, 3, 2, 1))[0]
        for p in range(n_par):
            sentences = [self._sentence(rng, lang, names=names) + "." for _ in range(rng.randint(3, 7))]
            if p == 0:
                sentences[0] = _LEDES[code].format(d=rng.choice(_CITIES).upper()) + sentences[0]
            elif rng.random() < 0.45:
                sentences.insert(rng.randint(0, len(sentences)), self._quote(rng, code, lang, speakers, outlet))
            text = " ".join(sentences)
            while len(text) > 1150:                      # keep each paragraph one passage
                text = text[: text.rfind(". ", 0, 1100) + 1]
            paragraphs.append(text)
        title = self._sentence(rng, lang, 5, 11)
        return {
            "id": f"gen-{self.seed}-{i:07d}",
            "title": title,
            "text": "\n\n".join(paragraphs),
            "url": f"https://news.example/{code}/{day.isoformat()}/{i}",
            "source": outlet,
            "date": day.isoformat(),
            "lang": code,
            "author": " ".join(rng.choice(self.speakers)),
        }


def iter_articles(n_articles: int | None = None, n_passages: int | None = None, seed: int = 1,
                  langs: dict[str, float] | None = None) -> Iterator[dict]:
    """Articles ``0..n_articles-1``, or as many as it takes to reach ``n_passages`` paragraphs."""
    g = Generator(seed, langs)
    passages = 0
    for i in itertools.count():
        if n_articles is not None and i >= n_articles:
            return
        if n_passages is not None and passages >= n_passages:
            return
        a = g.article(i)
        passages += a["text"].count("\n\n") + 1
        yield a


def parse_langs(value: str) -> dict[str, float]:
    codes = [c.strip() for c in value.split(",") if c.strip()]
    unknown = [c for c in codes if c not in LANG_SHARES]
    if unknown:
        raise SystemExit(f"unknown language(s): {', '.join(unknown)} (choose from en, nl, de, fr)")
    return {c: LANG_SHARES[c] for c in codes}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--articles", type=int, help="number of articles")
    size.add_argument("--passages", type=int, help="generate articles until this many passages")
    ap.add_argument("--out", default="-", help="output JSONL file (default: stdout)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--langs", default="en,nl,de,fr", help="comma-separated subset of en,nl,de,fr")
    args = ap.parse_args(argv)
    langs = parse_langs(args.langs)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    n = 0
    try:
        for a in iter_articles(args.articles, args.passages, args.seed, langs):
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
            n += 1
    except BrokenPipeError:
        return
    finally:
        if out is not sys.stdout:
            out.close()
    if out is not sys.stdout:
        print(f"{n} articles → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
