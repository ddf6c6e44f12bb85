"""Dutch quotation rules: one golden example per rule."""
import pytest

from searchidx.quotes import extract_quotes


def sq(text):
    return [(x.text, x.speaker) for x in extract_quotes(text, "nl")]


@pytest.mark.parametrize("text, expected", [
    # post-cue "aldus"
    ("„We gaan door tot het einde”, aldus de minister.", [("We gaan door tot het einde", "de minister")]),
    # post-verb-speaker
    ("“De terminal ligt stil”, zei Anouk de Vries.", [("De terminal ligt stil", "Anouk de Vries")]),
    # post-speaker-verb (as in the seed)
    ("“Wij onderhandelen niet”, de directie zei in een verklaring.", [("Wij onderhandelen niet", "de directie")]),
    # pre-speaker-verb with a colon
    ("Bakker zei: “Het water is van iedereen.”", [("Het water is van iedereen.", "Bakker")]),
    # pre-verb-speaker after a fronted phrase (verb-second word order)
    ("In een verklaring erkenden de deelnemende landen en organisaties “de dreiging van terreur”.",
     [("de dreiging van terreur", "de deelnemende landen en organisaties")]),
    # according-to
    ("Volgens de vakbond is de situatie “onhoudbaar en gevaarlijk voor iedereen”.",
     [("onhoudbaar en gevaarlijk voor iedereen", "de vakbond")]),
])
def test_rules(text, expected):
    assert sq(text) == expected


def test_pronoun_ze_refers_back_to_group():
    text = ("Donderdag erkenden de deelnemende landen “de dreiging van terreur” en noemden ze "
            "principes om “samen te werken tegen de dreiging.”")
    got = extract_quotes(text, "nl")
    assert got[1].speaker == "de deelnemende landen" and got[1].method == "pronoun"
    assert got[1].speaker_mention == "ze"


def test_description_resolves_to_named_minister():
    text = ("Minister Jan de Boer bezocht de haven.\n\n"
            "„De staking moet stoppen”, zei de minister.")
    got = extract_quotes(text, "nl")
    assert got[0].speaker == "Jan de Boer" and got[0].method == "description"


def test_fullest_name():
    text = ("Woordvoerster Femke van Dijk van de FNV sprak de stakers toe.\n\n"
            "“We blijven staan”, zei Van Dijk.")
    assert [x.speaker for x in extract_quotes(text, "nl")] == ["Femke van Dijk"]


def test_quote_only_paragraph_continues():
    text = ("“Het is genoeg”, zei havenmeester Piet Smit.\n\n"
            "“Elke dag stilstand kost miljoenen. Dat kan zo niet langer.”")
    got = extract_quotes(text, "nl")
    assert got[1].speaker == "Piet Smit" and got[1].method == "continuation"


def test_dutch_apostrophes_are_not_quote_marks():
    text = "In ’s-Hertogenbosch rijden auto’s zo’n beetje overal, ’t is druk."
    assert extract_quotes(text, "nl") == []


def test_mark_left_open_at_paragraph_end():
    text = "De bond zei: “we staken door tot er een akkoord is.\n\nDe haven bleef dicht."
    got = extract_quotes(text, "nl")
    assert [(x.text, x.speaker) for x in got] == [("we staken door tot er een akkoord is.", "De bond")]


def test_scare_quote_gets_no_speaker():
    got = extract_quotes("De zogenaamde “snelle baan” werd maandag geopend.", "nl")
    assert [(x.text, x.speaker, x.method) for x in got] == [("snelle baan", None, "unattributed")]


def test_noun_form_of_speech_verb_is_no_cue():
    # "het antwoord" is a noun; the speaker is the subject of "zei"
    got = extract_quotes("Jansen zei dat het antwoord van de minister „volkomen onvoldoende” was.", "nl")
    assert [x.speaker for x in got] == ["Jansen"]


def test_previous_subject():
    text = ("Havenmeester Ellen Brook bekeek maandag de beschadigde kade.\n\n"
            "“We hebben minstens drie weken nodig om dit te herstellen.”")
    [quote] = extract_quotes(text, "nl")
    assert quote.speaker == "Ellen Brook" and quote.rule == "previous-subject"


# dash-signature: a dash and a name after a quotation standing alone, on its line or the next
@pytest.mark.parametrize("text, expected", [
    pytest.param('Lezers reageerden.\n\n„Niemand heeft de nachtploeg iets over het rooster gevraagd.” – Anouk de Vries',
                 [("Anouk de Vries", "dash-signature")], id="same line"),
    pytest.param('“Niemand heeft de nachtploeg iets over het rooster gevraagd.” — Anouk de Vries, havenarbeider, Delfzijl.',
                 [("Anouk de Vries", "dash-signature")], id="description"),
    pytest.param('“Niemand heeft de nachtploeg iets over het rooster gevraagd.”\n\n- Anouk de Vries.',
                 [("Anouk de Vries", "dash-signature")], id="next paragraph"),
    pytest.param('“Het rooster is een val”, zei Anouk de Vries. – Piet Smit.',
                 [("Anouk de Vries", "post-verb-speaker")], id="after a cue"),
    pytest.param('„Niemand heeft de nachtploeg iets over het rooster gevraagd.” – En daarmee was het klaar.',
                 [(None, None)], id="no name"),
    pytest.param('„Niemand heeft de nachtploeg iets over het rooster gevraagd.” – en daarmee was het klaar.',
                 [(None, None)], id="lowercase"),
])
def test_dash_signature(text, expected):
    assert [(x.speaker, x.rule) for x in extract_quotes(text, "nl")] == expected


def test_previous_cue_reports_the_next_quotation():
    # previous-cue: indirecte rede met "zei ze" aan het eind, dan een citaat op zichzelf
    text = ("Wethouder Ilse Brouwer verdedigde het plan. Liever uitstel dan een halve lijn, zei ze. "
            "„Dat hebben we eerder gezien.”")
    [quote] = extract_quotes(text, "nl")
    assert (quote.speaker, quote.rule) == ("Ilse Brouwer", "previous-cue")


def test_occupation_before_a_name_is_a_title():
    # previous-subject through a role word: "Forens Sander de Wit fietst …" names Sander de Wit
    text = "Forens Sander de Wit fietst elke dag naar het station. „Vanochtend stond mijn fiets tegen een paal.”"
    [quote] = extract_quotes(text, "nl")
    assert (quote.speaker, quote.rule) == ("Sander de Wit", "previous-subject")
