"""Highlighting marks exactly the whole tokens whose indexed form is wanted."""
import random

import pytest

from searchidx import analysis
from searchidx.highlight import END, START, highlight_words, merge_adjacent


def reference(text, wanted):
    # token by token, as the tokenizer walks the text
    out, pos = [], 0
    for m in analysis.token_re().finditer(text):
        if wanted(analysis.exact_form(m.group())):
            out += [text[pos:m.start()], START + m.group() + END]
            pos = m.end()
    return merge_adjacent("".join(out) + text[pos:]) if out else text


TEXTS = [
    "De U.S.A. en de U.S. zeiden: “Al-Qaida is Al Qaida-dreiging”, aldus de VS. U.S.A",
    "Die Straße, STRASSE und strasse; Öl, öl, OEL. ß",
    "3.5.2024 en 3.5 en 5 en .5 en 5. en x..y en a.b.c",
    "L’État, l'état et l’ÉTAT : « état » — état-major",
    "", "...", "één twee één",
]


@pytest.mark.parametrize("text", TEXTS)
def test_marks_the_same_tokens_as_a_token_walk(text):
    forms = {analysis.exact_form(w) for w in analysis.token_re().findall(text)}
    rng = random.Random(7)
    choices = [set(), forms] + [set(rng.sample(sorted(forms), k)) for k in range(1, len(forms)) for _ in range(3)]
    for chosen in choices:
        assert highlight_words(text, analysis.token_re(), analysis.exact_form, chosen.__contains__) == \
            reference(text, chosen.__contains__), chosen


def test_a_word_inside_a_longer_token_is_not_marked():
    text = "the U.S.A and the U.S and us"
    got = highlight_words(text, analysis.token_re(), analysis.exact_form, {"u.s"}.__contains__)
    assert got == "the U.S.A and the <em>U.S</em> and us"
