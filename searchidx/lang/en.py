"""English."""
from .base import Language

LANGUAGE = Language(
    code="en",
    name="English",
    analyzer_lang="en",
    function_words=frozenset("""the of and to in is that for it was on with as he said by at from his
        be are have an this which were they has not but had their who been would will she there its
        after also we been more than when about could them into only other you i""".split()),
    abbreviations=frozenset("""mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc ltd corp co
        vs etc jan feb mar apr jun jul aug sep sept oct nov dec no fig u.s u.k u.n e.g i.e a.m p.m""".split()),
)
