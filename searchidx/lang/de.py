"""German."""
from .base import Language

LANGUAGE = Language(
    code="de",
    name="Deutsch",
    analyzer_lang="de",
    function_words=frozenset("""der die und in den von zu das mit sich des auf für ist im dem nicht ein
        eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem
        über einen so zum war haben nur oder aber vor zur bis mehr durch""".split()),
    abbreviations=frozenset("""hr fr dr prof z.b u.a bzw ca usw vgl nr st d.h u.s.w s.o jan feb mär apr
        jun jul aug sep sept okt nov dez inkl evtl""".split()),
)
