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


# The golden table: one short invented example per rule that applies to Dutch, with the whole output
# of extract_quotes as (quote text, speaker, rule). Not applicable to Dutch: participle (no
# participial speech clauses in Dutch news), final-cue (English "…, X said in a statement": Dutch
# inverts the cue, which clause-end reads), post-speaker-verb (a main clause after a quotation always
# inverts, „…”, zei X; the subordinate clause with the subject first, "zoals X zei", is as-clause).
# as-clause, relative-cue and words-phrase are the German rules, switched on in lang/nl.py.
@pytest.mark.parametrize("text, expected", [
    pytest.param("De dijk is „de zwakke plek van de stad”, zoals dijkgraaf Kees Mulder het al jaren zegt.",
                 [("de zwakke plek van de stad", "Kees Mulder", "as-clause")],
                 id="as-clause"),
    pytest.param("„De haven blijft tot vrijdag dicht”, zegt havenmeester Ellen Brouwer.",
                 [("De haven blijft tot vrijdag dicht", "Ellen Brouwer", "post-verb-speaker")],
                 id="post-verb-speaker"),
    pytest.param("Burgemeester Joke Visser zei: „De brug gaat maandag weer open.”",
                 [("De brug gaat maandag weer open.", "Joke Visser", "pre-speaker-verb")],
                 id="pre-speaker-verb"),
    pytest.param("Daarop zei burgemeester Joke Visser: „De brug gaat maandag weer open.”",
                 [("De brug gaat maandag weer open.", "Joke Visser", "pre-verb-speaker")],
                 id="pre-verb-speaker"),
    pytest.param("Dijkgraaf Kees Mulder: „De dijk is op drie plaatsen te laag.”",
                 [("De dijk is op drie plaatsen te laag.", "Kees Mulder", "colon")],
                 id="colon"),
    pytest.param("De vakbond reageerde in een verklaring:\n\n„Wij accepteren geen loonstop.”",
                 [("Wij accepteren geen loonstop.", "De vakbond", "colon-paragraph")],
                 id="colon-paragraph"),
    pytest.param("Volgens de brandweercommandant was het „de zwaarste brand in tien jaar”.",
                 [("de zwaarste brand in tien jaar", "de brandweercommandant", "according-to")],
                 id="according-to"),
    pytest.param("„De onderhandelingen zijn mislukt”, zei vakbondsleider Piet Smit. "
                 "„Maandag leggen we het werk neer.”",
                 [("De onderhandelingen zijn mislukt", "Piet Smit", "post-verb-speaker"),
                  ("Maandag leggen we het werk neer.", "Piet Smit", "same-paragraph")],
                 id="same-paragraph"),
    # a quotation split by its cue: the second part reads the same cue before it (the pipeline's "split")
    pytest.param("„De onderhandelingen zijn mislukt”, zei Smit, „en maandag leggen we het werk neer.”",
                 [("De onderhandelingen zijn mislukt", "Smit", "post-verb-speaker"),
                  ("en maandag leggen we het werk neer.", "Smit", "pre-verb-speaker")],
                 id="split"),
    pytest.param("Burgemeester Joke Visser noemde het plan „roekeloos” en „zonde van het geld”.",
                 [("roekeloos", "Joke Visser", "pre-speaker-verb"),
                  ("zonde van het geld", "Joke Visser", "same-sentence")],
                 id="same-sentence"),
    pytest.param("„De onderhandelingen zijn mislukt”, zei vakbondsleider Piet Smit.\n\n"
                 "„Maandag leggen we het werk neer en niemand gaat door de blokkade.”",
                 [("De onderhandelingen zijn mislukt", "Piet Smit", "post-verb-speaker"),
                  ("Maandag leggen we het werk neer en niemand gaat door de blokkade.", "Piet Smit",
                   "next-paragraph")],
                 id="next-paragraph"),
    pytest.param("Havenmeester Ellen Brouwer bekeek maandag de verzakte kade.\n\n"
                 "„Het herstel gaat zeker drie weken duren.”",
                 [("Het herstel gaat zeker drie weken duren.", "Ellen Brouwer", "previous-subject")],
                 id="previous-subject"),
    pytest.param("De dijk moet omhoog, zegt dijkgraaf Kees Mulder. „Anders lopen we over tien jaar nat.”",
                 [("Anders lopen we over tien jaar nat.", "Kees Mulder", "previous-cue")],
                 id="previous-cue"),
    pytest.param("Burgemeester Joke Visser noemde de nieuwe parkeerregels in het centrum dinsdag "
                 "„een belasting op winkelen”.",
                 [("een belasting op winkelen", "Joke Visser", "sentence-verb")],
                 id="sentence-verb"),
    pytest.param("Burgemeester Joke Visser is niet onder de indruk: „Dit plan is een belasting op winkelen.”",
                 [("Dit plan is een belasting op winkelen.", "Joke Visser", "sentence-subject")],
                 id="sentence-subject"),
    pytest.param("Het wordt „een zware winter” voor de haven, zegt vakbondsleider Piet Smit.",
                 [("een zware winter", "Piet Smit", "clause-end")],
                 id="clause-end"),
    pytest.param("„We gaan door tot het einde”, aldus minister Jan de Boer.",
                 [("We gaan door tot het einde", "Jan de Boer", "post-cue")],
                 id="post-cue"),
    pytest.param("De stakers vergaderden maandag in café „De Gouden Leeuw” aan de kade.",
                 [("De Gouden Leeuw", None, "title")],
                 id="title"),
    pytest.param("Bewoners verzetten zich tegen de zogeheten „groene taks” op parkeren.",
                 [("groene taks", None, "naming")],
                 id="naming"),
    pytest.param("Lezers reageerden op het nieuwe rooster.\n\n"
                 "„Wie bedenkt zoiets zonder het ons te vragen?” – Fatima el Amrani",
                 [("Wie bedenkt zoiets zonder het ons te vragen?", "Fatima el Amrani", "dash-signature")],
                 id="dash-signature"),
    pytest.param("„Niemand gaat door de blokkade.” Dat zei vakbondsleider Piet Smit maandag.",
                 [("Niemand gaat door de blokkade.", "Piet Smit", "next-sentence")],
                 id="next-sentence"),
    pytest.param("Vakbondsleider Piet Smit, die het bod „een klap in het gezicht” noemde, verliet de zaal.",
                 [("een klap in het gezicht", "Piet Smit", "relative-cue")],
                 id="relative-cue"),
    pytest.param("„We zijn er nog lang niet.” Met die woorden opende vakbondsleider Piet Smit de vergadering.",
                 [("We zijn er nog lang niet.", "Piet Smit", "words-phrase")],
                 id="words-phrase"),
])
def test_golden_rule(text, expected):
    assert [(x.text, x.speaker, x.rule) for x in extract_quotes(text, "nl")] == expected


@pytest.mark.parametrize("text, expected", [
    # a title after a noun for a work: Dutch capitalises only its first word
    ("De gemeenteraad verbood het lied „Geboren in de haven” op het festival.", [None]),
    ("Het boek „Het verdriet van de haven” verschijnt in maart.", [None]),
    # a programme or paper after "tegen", "in": the medium, not a quotation
    ("„We staken door”, zei Smit tegen „De Havenkrant”.", ["Smit", None]),
])
def test_titles_of_works_and_media_have_no_speaker(text, expected):
    assert [x.speaker for x in extract_quotes(text, "nl")] == expected


@pytest.mark.parametrize("text, speaker", [
    ("„We onderzoeken de zaak”, laat een woordvoerder van de gemeente weten.", "een woordvoerder van de gemeente"),
    ("„Wie betaalt de rekening?”, vraagt de oppositie zich hardop af.", "de oppositie"),
    ("„Ik had dit nooit verwacht”, lacht Anouk de Vries.", "Anouk de Vries"),
    ("„Zo gaat het elk jaar”, zucht Anouk de Vries.", "Anouk de Vries"),
    ("„De dijk is te laag”, merkt Mulder op.", "Mulder"),
    ("„De dijk gaat omhoog”, kondigt de dijkgraaf aan.", "de dijkgraaf"),
    ("Volgens Mulder: „De dijk is te laag.”", "Mulder"),
    # "het" before a noun is its article, not the pronoun ("zegt het bestuur", but "zei het al")
    ("„We gaan door”, zegt het bestuur van de vakbond.", "het bestuur van de vakbond"),
    ("„We gaan door”, laat het Openbaar Ministerie weten.", "het Openbaar Ministerie"),
    # as-clause: "zoals X (het) zegt", before or after the quotation ("Zoals" opens no name)
    ("Zoals Smit zei, is de haven „een tikkende tijdbom”.", "Smit"),
    ("„De dijk is te laag”, zoals Mulder het verwoordt.", "Mulder"),
])
def test_dutch_cue_words(text, speaker):
    assert [x.speaker for x in extract_quotes(text, "nl")] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "„…” Dat meldt de politie.": the next sentence names a body, behind its article, as the source
    ("„De weg blijft de hele nacht dicht.” Dat meldt de politie.", "de politie"),
    ("„De weg blijft de hele nacht dicht.” Dat laat de gemeente weten.", "de gemeente"),
    # (but not what "dat" does to something: "Dat zegt genoeg", "Dat vraagt veel van de stad")
    ("„De weg blijft de hele nacht dicht.” Dat zegt genoeg over de sfeer.", None),
    ("„De weg blijft de hele nacht dicht.” Dat vraagt veel van de stad.", None),
])
def test_next_sentence_names_a_body(text, speaker):
    rule = "next-sentence" if speaker else None
    assert [(x.speaker, x.rule) for x in extract_quotes(text, "nl")] == [(speaker, rule)]


def test_volgens_hem_refers_back():
    # "volgens hem": the object pronoun after "volgens" stands for the speaker before it
    text = ("„Niemand gaat door de blokkade”, zegt Piet Smit. "
            "Volgens hem is de bond „klaar voor een lange strijd”.")
    got = extract_quotes(text, "nl")
    assert [(x.speaker, x.rule, x.method) for x in got] == [("Piet Smit", "post-verb-speaker", "explicit"),
                                                           ("Piet Smit", "according-to", "pronoun")]
