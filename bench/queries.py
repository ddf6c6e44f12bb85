"""The fixed query mix, drawn deterministically from the corpus itself (so every query has hits).

kinds: ``term`` (one word), ``and`` (two words of one passage), ``phrase`` (three consecutive
words), ``or`` (a ranked any-word query of five words, as a pasted claim), ``speaker`` (a word +
the speaker filter), ``date`` (a word + a one-year date range), ``misquote`` (a quotation with one
word changed, for ``Index.trace`` when the fact-checker API exists).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import regex

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]{3,}")
# words no engine indexes the same way (stop words of the four languages): not used as terms
_STOP = set("""the and that with from this have were their been which would about there they said
also other into over than when will more some after first into een het van voor niet maar zijn
werd deze heeft hebben door nach sich nicht eine einer einem werden auch sind über dass dans pour
avec sont mais cette entre après leur nous comme""".split())


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w.lower() not in _STOP]


def build(passages_file: str, articles_files: list[str], per_kind: int = 20, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    # reservoir-sample passages (one pass, bounded memory)
    sample: list[dict] = []
    k = per_kind * 8
    with open(passages_file, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if len(sample) < k:
                sample.append(json.loads(line))
            else:
                j = rng.randrange(i + 1)
                if j < k:
                    sample[j] = json.loads(line)
    sample.sort(key=lambda p: p["id"])
    rng.shuffle(sample)
    out: list[dict] = []
    pool = [p for p in sample if len(_words(p["text"])) >= 6]

    def take(kind, make):
        n = 0
        for p in pool:
            if n >= per_kind:
                return
            q = make(p)
            if q:
                q["kind"] = kind
                q["from"] = p["id"]
                out.append(q)
                n += 1

    take("term", lambda p: {"words": [rng.choice(_words(p["text"]))]})
    take("and", lambda p: {"words": rng.sample(sorted(set(_words(p["text"]))), 2)}
         if len(set(_words(p["text"]))) >= 2 else None)
    take("phrase", lambda p: _phrase(rng, p["text"]))
    take("or", lambda p: {"words": rng.sample(sorted(set(_words(p["text"]))), 5)}
         if len(set(_words(p["text"]))) >= 5 else None)
    take("date", lambda p: {"words": [rng.choice(_words(p["text"]))], "since": p["date"][:4],
                            "until": p["date"][:4]} if p.get("date") else None)
    out += _speaker_queries(articles_files, rng, per_kind)
    return out


def _phrase(rng, text):
    tokens = regex.findall(r"\w+", text)
    for _ in range(10):
        if len(tokens) < 4:
            return None
        i = rng.randrange(len(tokens) - 3)
        words = tokens[i:i + 3]
        if all(w.lower() not in _STOP and len(w) > 3 and not w.isdigit() for w in words):
            return {"words": words}
    return None


def _speaker_queries(articles_files, rng, per_kind):
    """speaker + word, and misquotes, from quotations found in the first articles."""
    from searchidx.pipeline import analyze
    from searchidx.sources import read_file

    speakers, misquotes = [], []
    seen = 0
    for path in articles_files:
        for a in read_file(Path(path)):
            seen += 1
            if seen > 2000 or (len(speakers) >= per_kind and len(misquotes) >= per_kind):
                break
            if rng.random() > 0.3:
                continue
            an = analyze(a)
            for p in an.passages:
                for q in p.quotes:
                    words = _words(p.text)
                    if q.speaker and words and len(speakers) < per_kind:
                        speakers.append({"kind": "speaker", "words": [rng.choice(words)],
                                         "speaker": q.speaker, "from": p.id})
                    qw = q.text.split()
                    if len(qw) >= 6 and len(misquotes) < per_kind:
                        i = rng.randrange(len(qw))
                        qw[i] = {"not": "", "never": "always"}.get(qw[i].lower(), "not " + qw[i])
                        misquotes.append({"kind": "misquote", "text": " ".join(w for w in qw if w),
                                          "words": [], "from": p.id})
    return speakers + misquotes
