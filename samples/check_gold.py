#!/usr/bin/env python3
"""Verify samples/gold.jsonl against the sample articles.

For every gold article: its text equals the article text as searchidx reads it
(articles.jsonl record, or a .txt file's body after the title line); every gold
quote's text equals text[start:end]; every speaker span lies inside the text.
Usage: python samples/check_gold.py [gold.jsonl]   (exit status 1 on any error)
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def split_title(raw):
    lines = raw.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[i + 1:]).strip("\n").rstrip()
    return "", ""


def load_articles():
    arts = {}
    for line in (HERE / "articles" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            arts[a["id"]] = (a["title"], a["text"])
    for p in (HERE / "articles").rglob("*.txt"):
        name = p.name[: -len(".txt")]
        stem, _, tail = name.rpartition(".")
        art_id = stem if stem and len(tail) == 2 else name
        arts[art_id] = split_title(p.read_text(encoding="utf-8"))
    return arts


def main(gold_path):
    arts = load_articles()
    errors, n_art, n_q = [], 0, 0
    for lineno, line in enumerate(Path(gold_path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        g = json.loads(line)
        n_art += 1
        for key in ("id", "title", "source", "date", "lang", "text", "quotes"):
            if key not in g:
                errors.append(f"line {lineno}: missing key {key!r}")
        text, aid = g["text"], g["id"]
        if aid not in arts:
            errors.append(f"{aid}: no article file in samples/")
        elif arts[aid] != (g["title"], text):
            errors.append(f"{aid}: title/text differ from the article file")
        for i, q in enumerate(g["quotes"]):
            n_q += 1
            s, e = q["start"], q["end"]
            if not (0 <= s < e <= len(text)) or text[s:e] != q["text"]:
                errors.append(f"{aid} quote {i}: text[{s}:{e}] = {text[s:e]!r} != {q['text']!r}")
            if not isinstance(q.get("speaker"), list):
                errors.append(f"{aid} quote {i}: speaker must be a list of names")
            for span in q.get("speaker_spans", []):
                ss, se = span
                if not (0 <= ss < se <= len(text)):
                    errors.append(f"{aid} quote {i}: speaker span {span} outside the text")
        for nq in g.get("nonquotes", []):
            if nq not in text:
                errors.append(f"{aid}: nonquote {nq!r} not in text")
    for err in errors:
        print("ERROR", err)
    print(f"{n_art} articles, {n_q} gold quotes, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE / "gold.jsonl"))
