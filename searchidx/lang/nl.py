"""Dutch."""
from .base import Language

LANGUAGE = Language(
    code="nl",
    name="Nederlands",
    analyzer_lang="nl",
    function_words=frozenset("""de het een en van in is dat op te zijn voor met die niet aan er om ook als
        bij door maar dan nog wel naar uit worden werd heeft hebben wordt zij hij ze tot deze over wat
        kunnen geen moet omdat nu al""".split()),
    abbreviations=frozenset("""dhr mevr mr dr drs ir ing prof mw bijv enz jl nl o.a d.w.z m.b.t t.a.v
        z.g.a.n ca blz nr jan feb mrt apr jun jul aug sep sept okt nov dec""".split()),
)
