"""French."""
from .base import Language

LANGUAGE = Language(
    code="fr",
    name="Français",
    analyzer_lang="fr",
    function_words=frozenset("""le la les de des du un une et est en que qui dans pour pas au aux sur
        il elle ne se ce sont par plus avec son sa ses ont été était mais ou leur nous vous a""".split()),
    abbreviations=frozenset("""m mm mme mmes mlle dr pr me st ste etc cf p.ex janv févr avr juil sept
        oct nov déc n°""".split()),
)
