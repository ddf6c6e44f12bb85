"""The tokenizer's fast path (``re`` with spelled-out classes) finds exactly the tokens of ``regex``."""
import random

import pytest

from searchidx.quotes import tokens as T

_TRICKY = "aZ.’‘'-&.., \n\tÄäßÉéŒœ09¹²ªµ\u2070\u2071\u207f\u0085\u00a0\u2028\u200b\u2060"


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("split", [False, True])
def test_fast_patterns_match_regex(split):
    fast = T._FAST_TOKEN_SPLIT_RE if split else T._FAST_TOKEN_RE
    slow = T._TOKEN_SPLIT_RE if split else T._TOKEN_RE
    texts = [tpl.format(c=c) for c in T._FAST_CHARS
             for tpl in ("{c}", "a{c}b", "ab.{c}b", "ab{c}Cd", "aa.{c}", "{c}{c}.Xy", "a.{c}{c}", "Ab. {c}", "3,{c}",
                         "{c},5")]
    rng = random.Random(7)
    for _ in range(3000):
        texts.append("".join(rng.choice(_TRICKY) if rng.random() < 0.7 else rng.choice(T._FAST_CHARS)
                             for _ in range(rng.randint(1, 40))))
    texts.append("sagte Merkel.Als die U.S.Army, tagesschau.de und ZDNet.com „es“ hörten – it’s Al-Qaida’s")
    # the possessive repeats find what plain greedy ones find
    greedy = T.regex.compile((T._TOKEN_SPLIT if split else T._TOKEN).replace("*+", "*").format(**T._CLASSES))
    for text in texts:
        assert _spans(fast, text) == _spans(slow, text) == _spans(greedy, text), text


def test_other_text_is_tokenized_by_regex():
    text = "Er sagte: „नमस्ते, दुनिया“ 😀 und ging.\nDann: „Ende.“"
    assert T._NOT_FAST_RE.search(text)
    toks = T.Tokens(text).toks
    assert [(t.start, t.end) for t in toks] == _spans(T._TOKEN_RE, text)
    assert [t.text for t in T.Tokens(text, ranges=[(text.index("\n") + 1, len(text))]).toks] == \
        ["Dann", ":", "„", "Ende", ".", "“"]


def _reference_tokens(text, clitic_re=None, ranges=None, split_glued=False):
    """The tokens as the per-match loop (the path for text that ``re`` cannot tokenise) makes them."""
    cols = ([], [], [], [], [], [])
    low = []
    for a, b in ((0, len(text)),) if ranges is None else ranges:
        for col, part in zip(cols, T._slow_columns(text, a, b, split_glued, clitic_re, low)):
            col += part
    return list(zip(*cols))

def _columns(tk):
    return [(t.start, t.end, t.text, t.low, t.word, t.cap) for t in tk.toks]


def _texts():
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("articles/**/*.txt"))]
    rng = random.Random(11)
    tricky = _TRICKY + "İΣσς-tilelle Ab.Cd "
    for _ in range(1500):
        texts.append("".join(rng.choice(tricky) if rng.random() < 0.7 else rng.choice(T._FAST_CHARS)
                             for _ in range(rng.randint(1, 60))))
    texts += ["A-t-il dit « non » ? Déclare-t-elle, ira-t-on.\nPeut-être-t-il Jean-Pierre.",
              "ΟΔΟΣ ΣΟΦΙΑΣ said “İstanbul” a-t-il\nsagte Merkel.Als die U.S.Army „es“ 😀 hörte.",
              "x.Yz ab.Cd\nab.Cd 12. August İİ", ""]
    return texts


@pytest.mark.parametrize("split", [False, True])
def test_columns_give_the_tokens_of_the_match_loop(split):
    import regex
    from searchidx.lang import get
    clitic = regex.compile(get("fr").extra["clitic_re"])
    for text in _texts():
        lines = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        ranges = [(lines[k], lines[k + 1] if k + 1 < len(lines) else len(text)) for k in range(0, len(lines), 2)]
        odd = [(1, len(text) - 1)] if len(text) > 2 else []      # ranges starting inside a word
        for cl in (None, clitic):
            for rg in (None, ranges, odd):
                tk = T.Tokens(text, cl, rg, split)
                ref = _reference_tokens(text, cl, rg, split)
                assert _columns(tk) == ref, (text, cl, rg)
                assert tk.starts == [t[0] for t in ref]
                assert tk.caps == [i for i, t in enumerate(ref) if t[5]]


def test_fast_chars_agree_with_str_methods():
    """What ``_fast_columns`` relies on: in ``_FAST_CHARS`` the word class is ``str.isalnum``, and
    no other character is upper case or changes in lower case."""
    import regex
    for c in T._FAST_CHARS:
        word = bool(regex.fullmatch(r"[\p{L}\p{N}]", c))
        assert word == c.isalnum(), hex(ord(c))
        assert word or (not c.isupper() and c.lower() == c), hex(ord(c))


def test_comma_between_digits_stays_in_the_number():
    text = "bis zu 3,5 Milliarden, etwa 3,500 people, 5, 6"
    words = [text[m.start():m.end()] for m in T._TOKEN_SPLIT_RE.finditer(text)]
    assert words == ["bis", "zu", "3,5", "Milliarden", ",", "etwa", "3,500", "people", ",", "5", ",", "6"]
