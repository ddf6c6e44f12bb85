"""The tokenizer's fast path (``re`` with spelled-out classes) finds exactly the tokens of ``regex``."""
import random

import pytest

from searchidx.quotes import tokens as T

_TRICKY = "aZ.’‘'-&.. \n\tÄäßÉéŒœ0¹²ªµ\u2070\u2071\u207f\u0085\u00a0\u2028\u200b\u2060"


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("split", [False, True])
def test_fast_patterns_match_regex(split):
    fast = T._FAST_TOKEN_SPLIT_RE if split else T._FAST_TOKEN_RE
    slow = T._TOKEN_SPLIT_RE if split else T._TOKEN_RE
    texts = [tpl.format(c=c) for c in T._FAST_CHARS
             for tpl in ("{c}", "a{c}b", "ab.{c}b", "ab{c}Cd", "aa.{c}", "{c}{c}.Xy", "a.{c}{c}", "Ab. {c}")]
    rng = random.Random(7)
    for _ in range(3000):
        texts.append("".join(rng.choice(_TRICKY) if rng.random() < 0.7 else rng.choice(T._FAST_CHARS)
                             for _ in range(rng.randint(1, 40))))
    texts.append("sagte Merkel.Als die U.S.Army, tagesschau.de und ZDNet.com „es“ hörten – it’s Al-Qaida’s")
    for text in texts:
        assert _spans(fast, text) == _spans(slow, text), text


def test_other_text_is_tokenized_by_regex():
    text = "Er sagte: „नमस्ते, दुनिया“ 😀 und ging.\nDann: „Ende.“"
    assert T._NOT_FAST_RE.search(text)
    toks = T.Tokens(text).toks
    assert [(t.start, t.end) for t in toks] == _spans(T._TOKEN_RE, text)
    assert [t.text for t in T.Tokens(text, ranges=[(text.index("\n") + 1, len(text))]).toks] == \
        ["Dann", ":", "„", "Ende", ".", "“"]
