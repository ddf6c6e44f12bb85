"""German quotation rules: one golden example per rule."""
import pytest

from searchidx.quotes import extract_quotes


def sq(text):
    return [(x.text, x.speaker) for x in extract_quotes(text, "de")]


@pytest.mark.parametrize("text, expected", [
    # post-cue "so"
    ("„Wir bleiben hart“, so Wieland.", [("Wir bleiben hart", "Wieland")]),
    # post-verb-speaker with a description and a name in apposition
    ("„Das ist ein Skandal“, sagte der Vorsitzende des Verbandes, Elmar Gesse.",
     [("Das ist ein Skandal", "Elmar Gesse")]),
    # pre-speaker-verb with a colon
    ("Klaus Stöhr sagte: „Man muss sich vorbereiten.“", [("Man muss sich vorbereiten.", "Klaus Stöhr")]),
    # pre-verb-speaker after a fronted phrase
    ("Am Montag sagte die Polizei: „Die Lage ist ruhig.“", [("Die Lage ist ruhig.", "die Polizei")]),
    # according-to (laut) and postposition (zufolge)
    ("Laut dem Hafenbetreiber ist die Lage „sehr angespannt“.", [("sehr angespannt", "dem Hafenbetreiber")]),
    # guillemets pointing inwards
    ("»Wir streiken weiter«, sagte Jana Reuter.", [("Wir streiken weiter", "Jana Reuter")]),
    # a speaker and a colon
    ("BKA-Präsident Ziercke: „Das ist ein deutliches Signal.“", [("Das ist ein deutliches Signal.", "Ziercke")]),
])
def test_rules(text, expected):
    assert sq(text) == expected


def test_pronoun_er_resolves():
    text = ("„Der Hafen bleibt zu“, sagte Hafenmeister Lars Brandt.\n\n"
            "„Wir warten auf ein Angebot“, fügte er hinzu.")
    got = extract_quotes(text, "de")
    assert got[1].speaker == "Lars Brandt" and got[1].method == "pronoun"
    assert text[got[1].speaker_start:got[1].speaker_end] == "er"


def test_reported_speech_continues_speaker():
    text = ("Verteidigungsminister Peter Struck sagte am Montag, die Lage sei ernst. "
            "Der Einsatz sei für die Mehrheit „ein gutes Ereignis“.")
    got = extract_quotes(text, "de")
    assert got[0].speaker == "Peter Struck" and got[0].rule == "reported-speech"


def test_title_in_quote_marks_gets_no_speaker():
    got = extract_quotes("Die Raumkapsel „Shenzhou 6“ landete am Montag.", "de")
    assert [(x.text, x.speaker) for x in got] == [("Shenzhou 6", None)]


def test_split_quotation():
    got = extract_quotes("„Wir streiken“, sagte er, „bis morgen früh.“", "de")
    assert [x.speaker_mention for x in got] == ["er", "er"]


@pytest.mark.parametrize("text, speaker", [
    # sentence subject: an adjective after the article belongs to the phrase
    ("Der österreichische Bundeskanzler Wolfgang Schüssel würdigte Ligeti als „großen Österreicher“.",
     "Wolfgang Schüssel"),
    # sentence subject before an auxiliary and an object with its article
    ("Die Bundesregierung hatte den Bericht der Zeitung umgehend als „falsch und unbelegt“ zurückgewiesen.",
     "Die Bundesregierung"),
])
def test_sentence_subject(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


def test_previous_subject():
    text = ("Hafenmeisterin Ellen Brook besichtigte am Montag den beschädigten Kai.\n\n"
            "„Wir brauchen mindestens drei Wochen für die Reparatur.“")
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Ellen Brook" and quote.rule == "previous-subject"


@pytest.mark.parametrize("text, speaker", [
    # v2 subject: a fronted adverbial, the finite verb, then the subject
    ("Hier sparte der Bundespräsident Horst Köhler auch nicht mit Kritik an den „kleinen Schritten der Regierung“.",
     "Horst Köhler"),
    ("Den Flüchtlingen garantierte Präsident Gusmão, dass sie „immer willkommen sein werden“.", "Gusmão"),
])
def test_v2_subject(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker and quote.rule == "sentence-subject"


@pytest.mark.parametrize("text, speaker", [
    # a name in apposition, closed by a comma, then the finite verb: the name is the subject
    ("Der Leiter der Studie, Paulo Pinheiro, sieht die Verantwortung beim Staat: „Es gilt, ein Signal zu setzen.“",
     "Paulo Pinheiro"),
    ("Auch der innenpolitische Sprecher der SPD im Bundestag, Dieter Wiefelspütz, will „in den kommenden "
     "Wochen sorgfältig prüfen“, ob ein Verbot angestrebt werde.", "Dieter Wiefelspütz"),
    # a name, its role in apposition, then a colon
    ("Erkki Tuomioja, Präsident des Rats der Europäischen Union: „Das Gesetz ist ein Fehler.“", "Erkki Tuomioja"),
])
def test_name_in_apposition(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "so X" closing the quotation's sentence after a subordinate clause
    ("Die Summe liege bei 765 Millionen Euro und sei „mit Vorsicht zu genießen“, da ähnliche Arbeiten zur "
     "WM 2006 in Deutschland in etwa das Doppelte gekostet hätten, so die FIFA.", "die FIFA"),
    # "so X" as a parenthesis before the quotation
    ("Dennoch, so Nacke, habe Mindermann nicht seiner „Vorbildfunktion“ entsprochen.", "Nacke"),
    # "nach Aussagen" in the "nach Angaben" family
    ("Nach Aussagen eines Gutachters kleben die Spuren „wie Pech“ an der Kleidung.", "eines Gutachters"),
])
def test_source_phrases(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


def test_verbless_lead_in_with_colon():
    text = "Punklady Nina Hagen zur neuen Heimat: „Die meisten Sachen sind schon umgezogen.“"
    [quote] = extract_quotes(text, "de")
    assert quote.speaker.endswith("Nina Hagen") and quote.rule == "sentence-subject"


@pytest.mark.parametrize("text, speaker", [
    # sentence-initial adverbs are no names
    ("Damals sprach Meier von einer „schweren Krise“.", "Meier"),
    # ... and adverbs between subject and verb are skipped
    ("„Die Arbeit ist nicht frei von Schwächen“, hatte Koch-Mehrin damals gesagt.", "Koch-Mehrin"),
])
def test_adverbs_are_no_speakers(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # a capitalised quotation right after a common noun names it: no speaker, even with a speech verb
    ("Das berichtete die Wochenzeitung „Nordkurier Sonntag“ am Freitag.", ("Nordkurier Sonntag", None)),
    ("Der Sprecher sagte dem Radiosender „Welle Nord“, der Hafen bleibe zu.", ("Welle Nord", None)),
    # a lower-case quotation after a noun is no name
    ("Der Bürgermeister nannte die Pläne einen „teuren Irrweg“.", ("teuren Irrweg", "Der Bürgermeister")),
])
def test_name_after_a_noun(text, expected):
    got = [(x.text, x.speaker) for x in extract_quotes(text, "de")]
    assert got[0] == expected


@pytest.mark.parametrize("text, speaker", [
    # the reflexive "sich" stands between the verb and its subject
    ("Dazu äußerte sich die Ministerin Anna Roth: „Wir bleiben bei unserem Plan.“", "Anna Roth"),
    # "immer wieder" between the subject and the verb
    ("Die Gewerkschaft hat immer wieder betont, der Plan sei „unsozial“.", "Die Gewerkschaft"),
    # "wie folgt" between the subject and the verb
    ("Auf der Webseite wird Meier wie folgt zitiert: „Wir bleiben.“", "Meier"),
])
def test_fillers_between_subject_and_verb(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "heißt es" + a prepositional phrase: the document is the source
    ("„Der Hafen bleibt geschlossen“, hieß es in einer Mitteilung der Reederei.", "einer Mitteilung der Reederei"),
    ("In dem Beschluss des Rates heißt es wörtlich: „Die Gebühren steigen.“", "dem Beschluss des Rates"),
    # a bare expletive "es" names no speaker
    ("„Die Gebühren steigen“, heißt es.", None),
])
def test_expletive_es_is_no_speaker(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


def test_v2_fronted_phrase_is_no_subject():
    # "Als Begründung" is the fronted phrase; the subject follows the verb
    [quote] = extract_quotes("Als Begründung nannte ein Sprecher der Stadt: „Die Brücke ist marode.“", "de")
    assert quote.speaker == "ein Sprecher der Stadt"


def test_title_like_quote_in_reported_speech_takes_the_speaker():
    # a capitalised run in quote marks inside a reported statement gets that statement's speaker
    [quote] = extract_quotes("Die Ministerin sagte am Montag in Kiel, die Reform sei eine „Große Chance“ für alle.", "de")
    assert quote.speaker == "Die Ministerin"


def test_v2_subject_after_a_finite_auxiliary():
    # "So hatte der Minister … zugesichert: „…“": the auxiliary is the finite verb in second position
    text = "So hatte der frühere Landesminister Otto Krämer noch im Mai zugesichert: „Die Daten werden gelöscht.“"
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Otto Krämer"


@pytest.mark.parametrize("text, expected", [
    # one capitalised word in quote marks is a name or a term: not spoken by the sentence's subject
    ("Die Raumfähre ist mit dem Frachtmodul „Kolibri“ beladen worden.", None),
    ("Die Forscher untersuchten die Folgen der „Schneeschmelze“ im Frühjahr.", None),
    # ... but a speech verb in its sentence still attributes it
    ("Die Ministerin bezeichnete den Plan als „Unsinn“.", "Die Ministerin"),
])
def test_single_capitalised_word(text, expected):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == expected


@pytest.mark.parametrize("text, speaker", [
    # a verb of citing: the object after the verb speaks
    ("Ein Radiosender zitierte Bürgermeisterin Vera Lind mit den Worten: „Wir geben nicht auf.“", "Vera Lind"),
    # "angesichts" is a preposition: its phrase is no fronted subject
    ("Angesichts solcher Zahlen nannte Jana Ulrich, Sprecherin des Vereins, die Reform „längst überfällig“.",
     "Jana Ulrich"),
    # "Denn:" is no speaker
    ("Denn: „Wer soll das bezahlen?“", None),
])
def test_citing_verbs_and_fronted_words(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # participles and further verbs of saying and judging
    ("Die Gewerkschaften hatten am Montag von einem „schwarzen Tag für die Beschäftigten“ gesprochen.",
     "Die Gewerkschaften"),
    ("Professorin Carla Wendt riet allen Eltern zu „Ruhe und Geduld“.", "Carla Wendt"),
    ("Der Verband sieht in dem Gesetz eine „Gefahr für kleine Betriebe“.", "Der Verband"),
])
def test_more_speech_verbs(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


def test_name_after_a_noun_at_sentence_start():
    # "Die Bürgerinitiative „…“": the article opens the sentence, the quotation still names the noun
    got = extract_quotes("Die Bürgerinitiative „Rettet den Stadtpark“ sieht den Plan kritisch.", "de")
    assert [(x.text, x.speaker) for x in got] == [("Rettet den Stadtpark", None)]


@pytest.mark.parametrize("text, expected", [
    # a medium named in quote marks is the speaker, and its own quoted name gets no speaker
    ("„Der Hafen ist das Herz der Stadt“, schrieb die „Nordsee-Post“ am Montag.",
     [("Der Hafen ist das Herz der Stadt", "Nordsee-Post"), ("Nordsee-Post", None)]),
    ("Laut „Radio Ostwind“ gilt der Plan als „endgültig gescheitert“.",
     [("Radio Ostwind", None), ("endgültig gescheitert", "Radio Ostwind")]),
])
def test_quoted_name_as_speaker(text, expected):
    assert [(x.text, x.speaker) for x in extract_quotes(text, "de")] == expected


def test_passive_agent_speaks():
    [quote] = extract_quotes("Seine Filme werden von Kritikern als „zu laut und zu lang“ bezeichnet.", "de")
    assert quote.speaker == "Kritikern"


@pytest.mark.parametrize("text, speaker", [
    ("Die Polizeisprecherin wies darauf hin, dass die Lage „weiterhin unübersichtlich“ sei.", "Die Polizeisprecherin"),
    ("Der Verband attackierte den Minister als „völlig überfordert“.", "Der Verband"),
])
def test_verbs_of_pointing_out_and_attacking(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


def test_v2_dative_first_is_no_subject():
    # a dative phrase before the speech verb: the subject follows the verb
    [quote] = extract_quotes("Den Flüchtlingen sicherte Präsident Gusmão zu, dass sie „immer willkommen sein werden“.",
                             "de")
    assert quote.speaker == "Gusmão" and quote.rule == "sentence-verb"


def test_genitive_relative_opens_speaker_phrase():
    text = "Der Mieterverein ist zufrieden. «Das ist ein guter Tag», meint dessen Vorsitzende Ute Brand."
    assert [(x.text, x.speaker) for x in extract_quotes(text, "de")] == [("Das ist ein guter Tag", "Ute Brand")]


@pytest.mark.parametrize("text, speaker", [
    # a "wie X mitteilte" clause is the source of its sentence
    ("Wie die Finanzministerin Ada Kern am Dienstag erklärte, sieht die Regierung darin „kein Hindernis“.", "Ada Kern"),
    ("Die Lage sei „weiter angespannt“, wie ein Sprecher der Feuerwehr mitteilte.", "ein Sprecher der Feuerwehr"),
    # a fronted year is no subject
    ("2019 erklärte sie zu dem Projekt: „Das ist unsere Zukunft.“", "sie"),
])
def test_as_clause_and_fronted_numbers(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker_mention == speaker or quote.speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # a quoted medium after "gegenüber", "laut" or a speech verb with a dative article is no quotation
    ("Der Minister sagte gegenüber dem „Nordkurier“, er bleibe im Amt.", ("Nordkurier", None)),
    ("Die Sprecherin sagte der „Landeszeitung“, der Plan sei gescheitert.", ("Landeszeitung", None)),
])
def test_quoted_medium_in_the_cue_gets_no_speaker(text, expected):
    got = [(x.text, x.speaker) for x in extract_quotes(text, "de")]
    assert got[0] == expected


def test_present_tense_summing_up():
    [quote] = extract_quotes("In seiner Mitteilung resümiert Anwalt Jens Roth: „Die Jahre haben ihn zermürbt.“", "de")
    assert quote.speaker == "Jens Roth"


@pytest.mark.parametrize("text, expected", [
    # a quotation right after the speaker phrase is what the speaker says
    ("Dann sagte der Minister „Wir schaffen das“ und ging.", [("Wir schaffen das", "der Minister")]),
    # a noun with its quoted name after the verb is the subject ("meldet die Agentur „Xinhua“")
    ("Am Abend meldete die Agentur „Kurier“, die Fähre sei „schwer beschädigt“.",
     [("Kurier", None), ("schwer beschädigt", "Kurier")]),
    # a modal verb ends the speaker phrase
    ("Danach soll der Trainer gesagt haben: „Das war ein Fehler.“", [("Das war ein Fehler.", "der Trainer")]),
])
def test_speaker_phrase_boundaries(text, expected):
    assert [(x.text, x.speaker) for x in extract_quotes(text, "de")] == expected


def test_heissen_names_unless_es_cites():
    got = extract_quotes("Damals hieß das Gasthaus noch „Zum Goldenen Hirsch“.", "de")
    assert [(x.text, x.speaker) for x in got] == [("Zum Goldenen Hirsch", None)]


@pytest.mark.parametrize("text, speaker", [
    # a capitalised sentence-initial adverb is no subject
    ("Ergänzend fügt Brandt hinzu: „Wir prüfen das.“", "Brandt"),
    # a fronted subordinate clause is no subject: the subject follows the verb
    ("Warum der Verein das nicht bemerkte, erklärte der Vorstand so: „Wir wurden getäuscht.“", "der Vorstand"),
])
def test_fronted_adverbs_and_clauses(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # citing verb after the quotation: the cited person, not the medium, speaks
    ("„Das wird teuer“, zitiert die Zeitung den Bürgermeister Paul Wendt.", ("Das wird teuer", "Paul Wendt")),
    # a speaker phrase inside a quotation is none
    ('Danach hätte eine "große Koalition" 59 Prozent, ein "rot-grünes" Lager 47 Prozent.', ("rot-grünes", None)),
])
def test_citing_after_and_phrases_inside_quotes(text, expected):
    got = [(x.text, x.speaker) for x in extract_quotes(text, "de")]
    assert expected in got


def test_subject_with_prepositional_phrase():
    text = "Der Einsatzleiter der Feuerwehr in Kiel erklärte dazu: „So ein Feuer habe ich noch nie gesehen.“"
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Der Einsatzleiter der Feuerwehr in Kiel"


def test_conjunction_before_colon_is_no_speaker():
    got = extract_quotes("Sie äußerte sich mit den Worten: „Das ist einfach.“ Und: „Das ist real.“", "de")
    assert [x.speaker for x in got] == ["Sie", "Sie"]


def test_coordinated_quotations_share_a_later_cue():
    got = extract_quotes("Die Lage sei „ernst“ und „kaum zu beherrschen“, sagte der Landrat.", "de")
    assert [x.speaker for x in got] == ["der Landrat", "der Landrat"]


@pytest.mark.parametrize("text, expected", [
    # a short quoted sentence with a finite auxiliary is no title
    ("„Das Urteil ist ein Skandal“, empörte sich der Anwalt des Angeklagten, Peter Lenz. „Wir gehen in Berufung.“",
     ["Peter Lenz", "Peter Lenz"]),
    ("«Das ist ein guter Tag», meint Stadtrat Urs Keller.", ["Urs Keller"]),
])
def test_short_sentences_are_no_titles(text, expected):
    assert [x.speaker for x in extract_quotes(text, "de")] == expected


def test_v2_subject_after_a_fronted_clause():
    [quote] = extract_quotes("Um Zeit zu sparen, will Bürgermeisterin Anna Roth die Sitzung „deutlich verkürzen“.", "de")
    assert quote.speaker == "Anna Roth"


def test_fuer_person_gives_the_view():
    [quote] = extract_quotes("Für Bildungssenator Willi Lemke gilt die Beschäftigung als „gelungenes Beispiel“.", "de")
    assert quote.speaker == "Willi Lemke" and quote.cue == "Für"


def test_v2_fronted_object_before_a_name():
    [quote] = extract_quotes("Die Äußerungen bezeichnete Wiefelspütz als „Knaller aus Karlsruhe“.", "de")
    assert quote.speaker == "Wiefelspütz"


def test_reported_speech_continues_a_speaker_before_an_earlier_quotation():
    text = ("Die Ministerin sagte, es müsse nun Schluss sein mit „gegenseitigen Vorwürfen“. "
            "Sonst sei „eine dramatische Entwicklung“ zu erwarten.")
    got = extract_quotes(text, "de")
    assert got[1].speaker == "Die Ministerin" and got[1].rule == "reported-speech"


def test_konjunktiv_i_e_forms_mark_reported_speech():
    text = "Der Sprecher sagte, man prüfe alle Optionen. Es drohe „ein langer Streit“."
    got = extract_quotes(text, "de")
    assert got[0].speaker == "Der Sprecher" and got[0].rule == "reported-speech"


@pytest.mark.parametrize("text, speaker", [
    # "gab es" in the sentence before is no speaker for reported speech: the subject here speaks
    ("Es gab weiterhin Bedenken. Der Abgeordnete Jan Ohm bezweifelte die Eignung: Er habe „wenig Vertrauen“.",
     "Jan Ohm"),
    # "hieß es vom …"
    ("„Alles deutet auf einen Anschlag hin“, hieß es vom Sprecher der Polizei.", "Sprecher der Polizei"),
])
def test_expletives_in_reported_speech_and_vom(text, speaker):
    got = extract_quotes(text, "de")
    assert got[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft.", "Wetterdienst"),
    ("„Wozu das alles?“ fragen sich Experten.", "Experten"),
])
def test_judging_and_asking_verbs(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


def test_present_plural_sprechen():
    got = extract_quotes("Von „grober Fahrlässigkeit“ sprechen Kritiker im Stadtrat.", "de")
    assert got[0].speaker == "Kritiker"


@pytest.mark.parametrize("text, speaker", [
    # the fronted place of "heißt es" is the source, not a phrase after it
    ("Auf der Website des Vereins heißt es zur Begründung: „Wir mussten sparen.“", "der Website des Vereins"),
    # "dessen Stellvertreter" after the verb is a subject
    ("Nach dem Treffen teilte dessen Stellvertreter mit: „Wir sind zufrieden.“", "dessen Stellvertreter"),
])
def test_fronted_source_of_heisst_es_and_dessen_subject(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


def test_nominative_pronoun_after_the_verb_is_the_subject():
    text = ("Peter Kern war gestern in Kairo. Das Angebot, Verwundete zu behandeln, lehnt er jedoch ab: "
            "„Ägypten sollte alle aufnehmen.“")
    assert extract_quotes(text, "de")[0].speaker == "Peter Kern"


def test_fronted_object_before_a_pronoun_subject():
    got = extract_quotes("Peter Kern war in Kairo. Die Pläne bezeichnete er als „unausgegoren“.", "de")
    assert got[0].speaker == "Peter Kern"


@pytest.mark.parametrize("text, speaker", [
    # a particle after a complete name starts a new phrase ("zur APA")
    ("„Wir sind sehr zufrieden“, sagte Bürgermeister Hans Huber zur APA.", "Hans Huber"),
    ("„Nein“, sagte Karl-Theodor zu Guttenberg.", "Karl-Theodor zu Guttenberg"),
    # "Laut" opening a sentence is no part of a name
    ("Laut Polizei war der Fahrer „stark alkoholisiert“.", "Polizei"),
])
def test_name_boundaries(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


def test_so_with_verb_after_the_quotation():
    got = extract_quotes("„Wir haben keine Wahl“ – so begründete der Konzernchef den Stellenabbau.", "de")
    assert got[0].speaker == "der Konzernchef"


def test_title_like_quote_with_a_source_phrase_elsewhere_in_the_sentence():
    text = "Die „Cessna Skyhawk“ gehörte nach Angaben der Polizei einem Flugverein aus Kiel."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker.endswith("Polizei") and quote.rule == "sentence-source"


def test_title_like_quote_in_reported_speech_continues_the_speaker():
    text = "Der Sprecher sagte, man prüfe den Fall. Die Aktion sei ein „Großer Erfolg“ gewesen."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Der Sprecher" and quote.rule == "reported-speech"


@pytest.mark.parametrize("text, speaker", [
    # a Konjunktiv I form of a common verb ("bestehe") makes the sentence reported speech
    ("Die Stadtverwaltung teilte am Montag mit, der Wochenmarkt werde verlegt. "
     "Der neue Platz bestehe aus „zwei getrennten Flächen“.", "Die Stadtverwaltung"),
    # an organisation without a title word can be the source of the reported speech
    ("In einer Mitteilung erklärte die Landtagsfraktion, sie nehme den Rücktritt hin. "
     "Außerdem halte die Fraktion den Schritt für „längst überfällig“.", "die Landtagsfraktion"),
])
def test_reported_speech_sentence_takes_the_earlier_source(text, speaker):
    quote = extract_quotes(text, "de")[-1]
    assert quote.speaker == speaker and quote.rule == "reported-speech"


def test_subjunctive_only_after_the_main_verb_is_no_reported_speech_sentence():
    # "es sei" stands in the clause of the sentence's own subject: the subject speaks, not the
    # source of the sentence before
    text = ("Der Verband lobte den Entwurf. Der Kläger erklarte dagegen, es sei nichts geschehen, und "
            "verglich den Streit mit einem „kleinen Sturm im Wasserglas“.")
    quote = extract_quotes(text, "de")[-1]
    assert quote.speaker == "Der Kläger"


def test_reported_speech_source_between_two_quotations_of_an_earlier_sentence():
    text = ("„Das war ein Fehler“, räumte Ministerin Eva Roth gegenüber der „Abendpost“ ein. "
            "Die Reform stärke die Schulen. Das Gutachten zeige, „dass kaum jemand verzichtet“.")
    quote = extract_quotes(text, "de")[-1]
    assert quote.speaker == "Eva Roth" and quote.rule == "reported-speech"


def test_role_noun_between_article_and_name():
    [quote] = extract_quotes("Für den Historiker Jens Albers sei der Fund „eine kleine Sensation“.", "de")
    assert quote.speaker.endswith("Jens Albers") and quote.rule == "according-to"


@pytest.mark.parametrize("text, speaker", [
    # a quoted name inside the reported content belongs to the speaker
    ("Der Sprecher des Ministeriums teilte mit, die Operation „Blauer Falke“ werde fortgesetzt.",
     "Der Sprecher des Ministeriums"),
    ("Das Institut teilte mit, der so genannte „Kältepol“ habe sich verschoben.", "Das Institut"),
    # the name of a newspaper stays a name
    ("Der Minister sagte der Zeitung „Neue Presse“, man werde handeln.", None),
    # a name that is the object of the cue verb is no reported content
    ("Das Museum kündigte die Ausstellung „Stille Wasser“ für den Herbst an.", None),
])
def test_quoted_name_in_reported_content(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


def test_question_mark_ends_the_sentence_of_the_quotation():
    text = "Der Geschäftsführer fragte: „Was spricht dagegen?“ Greenpeace fordert die Vernichtung der Bestände."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Der Geschäftsführer"


@pytest.mark.parametrize("text, speaker", [
    # the subject before the finite auxiliary, not the object before the participle
    ("Stoiber hatte besonders die Rolle der Parteivorsitzenden betont: „Die Entscheidungen fallen im kleinen Kreis.“",
     "Stoiber"),
    ("Die Universität hatte anlässlich des Entzugs des Titels erklärt, sie wolle dem „Vorwurf der Täuschung“ nachgehen.",
     "Die Universität"),
    # a fronted adverb, the auxiliary, then the subject
    ("Zuvor hatte der Minister im Bundestag mehrfach betont, die Reform sei „alternativlos“.", "der Minister"),
])
def test_participle_cue_takes_the_subject_at_the_auxiliary(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # passive "zitiert": who is cited speaks, not the "von" phrase of a web page or newspaper
    ("Zur Lage wird Watzke auf der Internetseite von Borussia Dortmund wie folgt zitiert: „Es gab bessere Jahre.“",
     "Watzke"),
    ("Der Fraktionschef der Grünen, Volker Ratzmann, wird von der „Netzeitung“ mit den Worten zitiert: "
     "„Er ist angeschlagen.“", "Volker Ratzmann"),
])
def test_passive_citing_verb_takes_who_is_cited(text, speaker):
    quote = extract_quotes(text, "de")[-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a fronted phrase, the verb, then the subject
    ("Im Landtag warb Petra Lindner für das Gesetz mit den Worten: „Wir müssen jetzt handeln.“", "Petra Lindner"),
    # a fronted clause before the verb; a reflexive between the verb and the subject
    ("Als der Schiedsrichter pfiff, rannte der Kapitän zur Bank und rief: „Das war nie ein Foul!“", "der Kapitän"),
    ("Im Ausschuss hatte sich Kramer zu dem Zwischenruf hinreißen lassen: „Setzen Sie sich!“", "Kramer"),
    # a phrase with prepositional attributes opens the clause
    ("Das Fazit von Jana Wolf nach drei Jahren fällt gemischt aus: „Es gab Höhen und Tiefen.“", "Jana Wolf"),
])
def test_colon_after_a_clause_without_speech_verb(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert speaker in quote.speaker and quote.rule == "colon-subject"


def test_quotation_ending_a_sentence_is_no_earlier_quotation_of_the_next():
    # "„…“ Diese Seite …": a new sentence, so the second quotation is not the same sentence's
    text = "Der Verfasser schrieb dazu: „Wer will, kann gehen.“ Seit Montag ist „netzforum.de“ wieder abrufbar."
    got = extract_quotes(text, "de")
    assert got[0].speaker == "Der Verfasser" and got[1].speaker is None


def test_und_with_a_colon_continues_the_speaker():
    text = "Ban äußerte sich mit den Worten: „Die Nachricht ist einfach.“ Und: „Die Gefahren sind real.“"
    got = extract_quotes(text, "de")
    assert [q.speaker for q in got] == ["Ban", "Ban"]


@pytest.mark.parametrize("text", [
    "„Wir sind zuversichtlich“, sagte Jana Wolf vom „Netzwerk Ost“ am Montag.",
    "„Das war ein Fehler“, sagte Hans Berger zum „Kurier“.",
])
def test_quoted_name_after_the_speakers_preposition_is_no_quotation(text):
    got = extract_quotes(text, "de")
    assert got[0].speaker is not None and got[1].speaker is None


def test_reported_speech_continues_a_source_phrase():
    text = ("Laut Polizei wurde ein Mann festgenommen. "
            "Dabei hätten die Beamten „einfache körperliche Gewalt“ angewandt.")
    quote = extract_quotes(text, "de")[-1]
    assert quote.speaker == "Polizei" and quote.rule == "reported-speech"


def test_parenthetical_so_right_before_the_quotation():
    text = "Der Einsatz solle sich, so Gall, „in Anbetracht der Grundrechte“ auf schwere Fälle begrenzen."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Gall" and quote.rule == "post-cue"


@pytest.mark.parametrize("text, speaker", [
    ("„Ich trete als Konservativer an“, strich Romney in Arbutus heraus.", "Romney"),
    ("„Der Fonds hilft dem Land“, ließ ein Sprecher aus Washington verlauten.", "ein Sprecher"),
])
def test_quotation_opening_its_sentence_then_any_inverted_verb(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker and quote.rule == "post-any-verb"


def test_inverted_verb_after_a_quotation_inside_a_subordinate_clause_is_no_cue():
    text = "Nachdem man laut Direktor Beckmann „jetzt helfen kann“, suchen die Forscher nach einem Weg."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Beckmann"


def test_expletive_cue_without_source_leaves_the_cue_before():
    text = "Seibert schrieb bei Twitter: „Das sind furchtbare Nachrichten“, weiter hieß es, dass man trauere."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Seibert"


@pytest.mark.parametrize("text", [
    "Der Fahrer wurde wegen „groben Unfugs“ angezeigt.",
    "Der Politiker galt schon damals als „heimlicher Regierungschef“.",
])
def test_subject_of_a_passive_or_of_gilt_als_is_no_speaker(text):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker is None


def test_subject_with_apposition_and_relative_clause_before_its_verb():
    text = ("Lena Brandt, eine der Abgeordneten, die den Brief unterschrieben, kritisierte die Regierung. "
            "„Diese Politik ist unfair.“")
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Lena Brandt" and quote.rule == "previous-subject"


def test_next_sentence_with_an_auxiliary_and_the_speech_verb_at_its_end():
    text = "„Ja, es wird teurer.“ Das musste Finanzministerin Clara Vogt am Dienstag im Landtag einräumen."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Clara Vogt" and quote.rule == "next-sentence"


@pytest.mark.parametrize("text, speaker", [
    # a particle of the verb ("stellte … fest") is no speaker phrase: nouns are capitalised
    ("Der Präsident des Verbands nannte die Bewerbung „sehr respektabel“, stellte aber gleichzeitig fest, "
     "dass „Europa dran ist.“", "Der Präsident des Verbands"),
    # but a lower-case web address or "letztere" is
    ("„Wir bleiben hier“, so letztere.", "letztere"),
])
def test_lower_case_speaker_phrases(text, speaker):
    assert extract_quotes(text, "de")[-1].speaker == speaker


def test_subject_first_clause_after_a_quotation_is_no_cue():
    # "…“, Trainer X bezeichnete …" is a clause of its own; German inverts a cue after a quotation
    text = ("Der Stürmer, der wegen Foulspiels vom Platz musste, nannte seinen Platzverweis „überzogen“, "
            "Trainer Jens Bauer bezeichnete die Karten als „übertrieben“.")
    got = extract_quotes(text, "de")
    assert [q.speaker for q in got] == ["Der Stürmer", "Jens Bauer"]


def test_verb_after_und_shares_the_first_verbs_subject():
    text = ("In seiner Rede lobte der Bürgermeister Karl Ebner den Haushalt und nannte Müllers Sparplan "
            "„mutig und notwendig“.")
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Karl Ebner"


def test_quotation_closing_the_clause_of_an_earlier_cue():
    # "Während X erklärte, …, „…“, räumte Y ein": the quotation belongs to the first cue
    text = ("Während Lena Roth erklärte, sehr aufgeregt zu sein, „größer wird es nicht“, räumte Tom Berg ein, "
            "lange davon geträumt zu haben.")
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Lena Roth"


@pytest.mark.parametrize("text", [
    # a cue in a closed parenthesis speaks for nothing after it
    "Der Entwurf sorgte für Aufsehen (Wikinews berichtete), weil er jede Art „homosexueller Propaganda“ verbieten sollte.",
])
def test_cue_inside_a_parenthesis_is_no_cue_for_the_quotation(text):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker != "Wikinews" and quote.cue != "berichtete"


def test_plural_past_of_hinweisen_is_a_cue():
    text = "Datenschützer wiesen bereits mehrfach auf die Gefahren hin, die den Weg zum „gläsernen Menschen“ ebnen."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Datenschützer"


@pytest.mark.parametrize("text, speaker", [
    # the subject of the own "dass" clause's main clause reports, not a source sentences before
    ("Der Minister warnte vor Eile. Ein Sprecher des Amtes schränkte die Pläne jedoch ein, dass nicht an eine "
     "„schnelle Lösung“ gedacht sei.", "Ein Sprecher des Amtes"),
    # a focus adverb and a quoted name in the subject before the auxiliary
    ("Selbst die Wochenzeitschrift „Neue Welt“ hatte im September kritisiert, dass sie „sehr einseitig“ sei.",
     "Neue Welt"),
])
def test_dass_clause_of_its_own_sentence(text, speaker):
    assert extract_quotes(text, "de")[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Kritik kommt vom Berliner Fahrgastverband IGEB, der diese Maßnahme als „Kapitulation“ vor den Randalierern sieht.",
     "Berliner Fahrgastverband IGEB"),
    ("Die Gruppe hinterließ eine kurze Botschaft, welche die Techniker als „einen Haufen von Schulkindern“ bezeichnete.",
     "eine kurze Botschaft"),
])
def test_quotation_in_a_relative_clause_ending_in_the_speech_verb(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker and quote.rule == "relative-cue"
    assert text[quote.speaker_start:quote.speaker_end] in ("der", "welche")


def test_title_like_predicate_of_a_passive_speech_verb():
    text = "Seine Bilder werden von Kunstkritikern als „Meilensteine der Moderne“ bezeichnet."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Kunstkritikern"


@pytest.mark.parametrize("text, speaker", [
    ("„Wo ist meine Stimme?“, wollen die Demonstranten seit der Wahl wissen.", "die Demonstranten"),
    ("„Wir sind unerwünschte Zeugen“, zitierte man die Reporterin Ana Ruiz.", "Ana Ruiz"),
])
def test_inverted_cue_with_a_modal_or_impersonal_subject(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker.endswith(speaker) and quote.rule == "post-any-verb"


def test_quotation_joined_by_oder_to_the_next_takes_its_cue():
    got = extract_quotes("Von „absichtlicher“ oder „mutwilliger Täuschung“ sprechen Medienberichte heute.", "de")
    assert [q.speaker for q in got] == ["Medienberichte", "Medienberichte"]


@pytest.mark.parametrize("text, speaker", [
    # the main clause after a fronted subordinate clause is the reported speech
    ("Finanzminister Peer Steinbrück räumte Zumutungen ein. "
     "Obwohl er mit Mehreinnahmen rechnet, sei man von einer „Entschuldung weit entfernt“.", "Peer Steinbrück"),
    # a parenthetical "so X" in an earlier sentence is the source
    ("Doch sei es, so der Schriftsteller Musa Okwa, ein Fehler gewesen. Deshalb müsse „die Politik umdenken“.",
     "Musa Okwa"),
])
def test_reported_speech_after_a_subordinate_clause_or_a_so_source(text, speaker):
    quote = extract_quotes(text, "de")[-1]
    assert quote.speaker.endswith(speaker) and quote.rule == "reported-speech"


def test_source_before_the_quotation_wins_over_one_closing_a_later_clause():
    text = ("Das Gericht wies darauf hin, dass nach Aussagen eines Gutachters die Spuren „wie Pech“ kleben würden, "
            "nach Aussagen eines anderen Gutachters aber verloren gingen.")
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "eines Gutachters"


def test_the_quoted_words_themselves_are_no_colon_speaker():
    # (the place the words were written on speaks, given by the adverb that stands for it)
    text = "Auslöser war ein großes Plakat. Darauf waren die Worte zu lesen: „Paris unterstützt die Menschenrechte.“"
    [quote] = extract_quotes(text, "de")
    assert text[quote.speaker_start:quote.speaker_end] == "Darauf" and quote.rule == "written-source"


def test_speech_verb_before_a_colon_is_no_outer_verb():
    text = ("Auch die Kommission kritisierte das Gesetz scharf: So sagte Olli Rehn, EU-Kommissar: "
            "„Man kann nicht jede Diskussion beenden.“")
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Olli Rehn"


@pytest.mark.parametrize("text, speaker, mention", [
    # a possessive source phrase opening the sentence stands for its owner ("seiner Ansicht nach")
    ("Bürgermeister Karl Brenner besuchte am Montag die Baustelle. Seiner Ansicht nach „kommt das Projekt "
     "zu spät“.", "Karl Brenner", "Seiner"),
    # "nach" with a possessive or an adjective before the noun of a view
    ("Die Ärztin Maria Lenz untersuchte die Kinder. Nach ihrer Einschätzung ist die Lage „sehr ernst“.",
     "Ärztin Maria Lenz", "ihrer"),
    ("Die Brücke bleibt gesperrt. Nach offiziellen Angaben ist sie „nicht mehr sicher“.",
     "offiziellen Angaben", "offiziellen Angaben"),
])
def test_source_noun_phrases(text, speaker, mention):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker and quote.rule == "according-to"
    assert text[quote.speaker_start:quote.speaker_end] == mention


def test_glued_period_ends_sentence():
    # a period that lost its space ("Lang.Der") still ends the sentence and the speaker phrase
    text = ("„Die Saison ist vorbei“, sagte Trainerin Eva Lang.Der Kapitän Jonas Weber wirkte dagegen "
            "gelassen: „Wir kommen wieder.“")
    assert [q.speaker for q in extract_quotes(text, "de")] == ["Eva Lang", "Jonas Weber"]


def test_narrative_subject_before_same_paragraph():
    # a narrative sentence about another named person between two quotations gives the new speaker
    text = ("„Die Halle bleibt zu“, sagte Hausmeister Otto Kern. Die Vorsitzende Ruth Engel war mit der "
            "Entscheidung einverstanden. „Sicherheit geht vor.“")
    got = extract_quotes(text, "de")
    assert [q.speaker for q in got] == ["Otto Kern", "Ruth Engel"] and got[1].rule == "previous-subject"


def test_reported_speech_after_quotation():
    # reported speech continues the speaker of the quotation right before, not an earlier cue
    text = ("„Die Halle bleibt zu“, sagte Hausmeister Otto Kern. Die Vorsitzende Ruth Engel war mit der "
            "Entscheidung einverstanden. „Sicherheit geht vor.“ Die Reparatur sei „dringend nötig“.")
    got = extract_quotes(text, "de")
    assert got[-1].speaker == "Ruth Engel" and got[-1].rule == "reported-speech"


def test_view_noun_is_no_part_of_the_name():
    # "Ansicht von Paul Roth" is no name like "Ursula von der Leyen": the speaker is Paul Roth
    [quote] = extract_quotes("Nach Ansicht von Paul Roth ist das „ein Skandal“.", "de")
    assert quote.speaker == "Paul Roth"


def test_noun_phrase_ends_in_its_noun():
    # "Die Ministerin reagierte gelassen" before a colon is a clause, not a speaker phrase
    [quote] = extract_quotes("Die Ministerin reagierte gelassen: „Wir haben alles versucht.“", "de")
    assert quote.speaker == "Die Ministerin"


@pytest.mark.parametrize("text, speaker", [
    # a capitalised adverb opening the sentence is no subject; the subject follows the verb
    ("Ähnlich äußerte sich die Ministerin: „Wir haben alles versucht.“", "die Ministerin"),
    ("Unmissverständlich sagt das Gericht, dass es „nicht überzeugt“ sei.", "das Gericht"),
])
def test_sentence_initial_adverb(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "mit den/diesen Worten" gives a quotation as the words of its clause's subject, never a title
    ("Paul Roth lobte die Mannschaft mit den Worten „Das war großartig“.", "Paul Roth"),
    ("Mit den Worten „Das war es“ verabschiedete sich Paul Roth.", "Paul Roth"),
    ("„Guten Tag“, mit diesen Worten meldete sich Paul Roth zurück.", "Paul Roth"),
    ("„Das war großartig.“ Mit diesen Worten lobte Paul Roth die Mannschaft.", "Paul Roth"),
])
def test_words_phrase(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_previous_subject_role():
    # a role as the subject of the narrative sentence before also speaks the quotation after it
    [quote] = extract_quotes("Die Ministerin zog eine positive Bilanz. „Wir haben alles versucht.“", "de")
    assert quote.speaker == "Die Ministerin" and quote.rule == "previous-subject"


@pytest.mark.parametrize("text, medium", [
    # a quoted medium as the addressee of the cue is a name, not something said
    ("„Wir warten ab“, sagte er dem „Spiegel“.", "Spiegel"),
    ("Dem „Handelsblatt“ sagte Hans Kurz: „Wir warten ab.“", "Handelsblatt"),
    ("„Wir warten ab“, sagte der 44-Jährige dem „Abendblatt“.", "Abendblatt"),
    ("„Wir warten ab“, sagte Hans Kurz der „Rundschau“.", "Rundschau"),
])
def test_addressed_medium_is_no_quotation(text, medium):
    got = {q.text: q.speaker for q in extract_quotes(text, "de")}
    assert got[medium] is None and all(v for k, v in got.items() if k != medium)


def test_name_takes_no_genitive():
    # "der Nachrichtenagentur" after a person's name is the addressee (dative), not part of the name
    [quote] = extract_quotes("„Wir warten ab“, sagte Hans Kurz der Nachrichtenagentur dpa.", "de")
    assert quote.speaker == "Hans Kurz" and quote.speaker_mention == "Hans Kurz"


def test_continuation_after_openers_and_colon():
    # "Und weiter: „…“" continues the speaker of the quotation before
    got = extract_quotes("Angela Merkel sagte am Montag: „Wir helfen.“ Und weiter: „Das ist unsere Pflicht.“", "de")
    assert [q.speaker for q in got] == ["Angela Merkel", "Angela Merkel"]


def test_reported_speech_after_expletive_source():
    # reported speech continues the document an earlier "hieß es" names
    text = "In einer Erklärung der Stadt hieß es, die Lage sei ernst. Man brauche „mehr Geld“."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "einer Erklärung der Stadt" and quote.rule == "reported-speech"


@pytest.mark.parametrize("text", [
    # a role with a genitive name ("der Präsident Frankreichs") before the person's name in apposition
    "„Das ist gut“, sagte der Präsident Frankreichs, Nicolas Sarkozy.",
    "Der Präsident Frankreichs, Nicolas Sarkozy, sagte: „Das ist gut.“",
])
def test_genitive_role_then_name(text):
    assert extract_quotes(text, "de")[0].speaker == "Nicolas Sarkozy"


@pytest.mark.parametrize("text", [
    # a pronominal adverb ("Hierzu", "Dafür") opening the sentence is no subject
    "Hierzu meinte Hans Kurz: „Das ist gut.“",
    # a fronted adjective, the verb and "sich": the subject follows ("Zufrieden zeigte sich X")
    "Zufrieden zeigte sich auch Hans Kurz: „Das ist gut.“",
    # a fronted participle of being asked is no subject either
    "Angesprochen auf die Vorwürfe sagte Hans Kurz: „Das ist gut.“",
])
def test_fronted_word_before_verb(text):
    assert extract_quotes(text, "de")[0].speaker == "Hans Kurz"


def test_named_cue_before_wins_over_pronoun_after():
    # a named speaker with a colon before the quotation, a pronoun cue after it: the name speaks
    text = "„Das reicht nicht“, sagte Anna Roth. Eva Lang sagte dazu: „Wir kämpfen weiter“ betont sie."
    assert [q.speaker for q in extract_quotes(text, "de")] == ["Anna Roth", "Eva Lang"]


@pytest.mark.parametrize("text", [
    # a quotation given as an example of a text noun ("Parolen wie „…“") is said by the subject
    "Die Demonstranten skandierten Parolen wie „Stoppt den Krieg“.",
    # "riefen" is a speech verb
    "Die Demonstranten riefen „Stoppt den Krieg“.",
])
def test_chanted_words(text):
    assert extract_quotes(text, "de")[0].speaker == "Die Demonstranten"


@pytest.mark.parametrize("text", [
    # a contrastive adverb between the subject and its verb
    "Hans Kurz lobte die Entscheidung. Eva Lang hingegen sprach von einem „Skandal“.",
    # a relative clause between the subject and its verb
    "Eva Lang, die die Pläne seit Jahren kritisiert, sprach von einem „Skandal“.",
])
def test_subject_before_verb_across_words(text):
    assert extract_quotes(text, "de")[0].speaker == "Eva Lang"


def test_parenthesised_quotation_and_colon_after_conjunction():
    # "X („…“)": the person before the parenthesis; "…, und Y: „…“": a speaker and a colon after "und"
    text = ("Viele gratulierten, darunter der Vorsitzende Hans Kurz („Das ist verdient.“), und die "
            "Ministerin Eva Lang: „Ein großer Tag für uns alle.“")
    got = extract_quotes(text, "de")
    assert [(q.speaker, q.rule) for q in got] == [("Hans Kurz", "parenthesis"), ("Eva Lang", "colon")]


@pytest.mark.parametrize("text, speakers", [
    # a speech verb right after the quotation closes a subordinate clause: its subject follows the subordinator
    ("Während Hans Kurz von einem „Skandal“ sprach, nannte Eva Lang die Entscheidung „richtig“.",
     ["Hans Kurz", "Eva Lang"]),
    ("Hans Kurz lobte die Entscheidung, während Eva Lang von einem „Skandal“ sprach.", ["Eva Lang"]),
])
def test_verb_final_clause(text, speakers):
    assert [q.speaker for q in extract_quotes(text, "de")] == speakers


@pytest.mark.parametrize("text, speaker", [
    # a relative clause ending in its cue and auxiliary; a name after the relative pronoun speaks
    ("Eva Lang, die die Pläne als „Skandal“ bezeichnet hatte, trat zurück.", "Eva Lang"),
    ("Die Pläne, die Eva Lang als „Skandal“ bezeichnet hatte, wurden gestoppt.", "Eva Lang"),
    # a speech participle as an adjective: the agent speaks, the noun after it does not
    ("Die von Eva Lang als „Skandal“ bezeichneten Pläne wurden gestoppt.", "Eva Lang"),
    ("Die als „Skandal“ bezeichneten Pläne wurden gestoppt.", None),
])
def test_relative_and_attributive_cues(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "aus Sicht von X" / "aus Sicht der Opposition" give whose view the sentence reports
    ("Aus Sicht von Hans Kurz ist das „ein Skandal“.", "Hans Kurz"),
    ("Aus Sicht der Opposition ist das „ein Skandal“.", "der Opposition"),
])
def test_aus_sicht(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_as_clause_with_expletive():
    # "Wie es in einer Mitteilung hieß": the document the expletive clause names
    [quote] = extract_quotes("Wie es in einer Mitteilung der Polizei hieß, war der Mann „stark betrunken“.", "de")
    assert quote.speaker == "einer Mitteilung der Polizei" and quote.rule == "as-clause"


def test_fronted_passive_agent():
    # "Von X wurde … als „…“ bezeichnet": the agent fronted before the passive auxiliary speaks
    [quote] = extract_quotes("Von der Opposition wurde der Plan als „Unsinn“ bezeichnet.", "de")
    assert quote.speaker == "der Opposition"


@pytest.mark.parametrize("text, speaker, rule", [
    # a noun of speaking that "comes" from someone: the phrase after "von" is the source
    ("Scharfe Kritik kam von der Opposition: „Das ist ein Skandal.“", "der Opposition", "speech-noun"),
    ("Von der Opposition kam scharfe Kritik: „Das ist ein Skandal.“", "der Opposition", "speech-noun"),
    # the next sentence gives the source: "So X." on its own, or a pronominal adverb and a cue
    ("„Wir haben alles versucht.“ So Hans Kurz am Montag.", "Hans Kurz", "next-sentence"),
    ("„Wir haben alles versucht.“ Darauf wies Hans Kurz hin.", "Hans Kurz", "next-sentence"),
])
def test_source_elsewhere(text, speaker, rule):
    [quote] = extract_quotes(text, "de")
    assert (quote.speaker, quote.rule) == (speaker, rule)


def test_colon_after_phrase():
    # any phrase with an article before a colon opening the sentence speaks ("Ein Beamter der Polizei: „…“")
    text = "Die Lage bleibt unklar. Ein Beamter der Polizei: „Wir wissen noch nichts.“"
    assert extract_quotes(text, "de")[-1].speaker == "Ein Beamter der Polizei"


@pytest.mark.parametrize("source, speaker", [
    ("Nach Angaben der Polizei", "der Polizei"),
    ("Dem Bericht der Kommission zufolge", "Dem Bericht der Kommission"),
])
def test_source_phrase_opening_long_sentence(source, speaker):
    # a source phrase opening the sentence governs a quotation far after it
    text = (source + " wurden am Sonntag nach dem Ende der Kundgebung in der Innenstadt "
            "insgesamt zwölf Personen wegen „schwerer Sachbeschädigung“ festgenommen.")
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker and quote.rule == "according-to"


@pytest.mark.parametrize("text, speaker", [
    # a short quotation without a cue: a person's word, not a body's scare quote
    ("Hans Kurz hält das für „völlig absurd“.", "Hans Kurz"),
    ("Die Gemeinde will gegen die „wilden Parker“ vorgehen.", None),
])
def test_short_quotation_sentence_subject(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_quoted_web_address_is_a_medium():
    # a quoted web address after "laut" or "gegenüber" names a medium, it is not said
    got = extract_quotes("„Das ist gut“, sagte Hans Kurz gegenüber „spiegel.de“.", "de")
    assert [(q.text, q.speaker) for q in got] == [("Das ist gut", "Hans Kurz"), ("spiegel.de", None)]


def test_medium_addressee_before_colon():
    # "Deren Vorsitzende X sagte der „Zeitung“: „…“": the medium is told, the subject before the verb speaks
    text = "Auch die Grünen lehnten ab. Deren Vorsitzende Eva Lang sagte der „Rundschau“: „Das ist ein Fehler.“"
    got = {q.text: q.speaker for q in extract_quotes(text, "de")}
    assert got == {"Rundschau": None, "Das ist ein Fehler.": "Eva Lang"}


def test_focus_word_after_subject_before_auxiliary():
    # "X selbst hatte … beteuert: „…“": the subject before "selbst" and the auxiliary, not the object
    text = "Klaus Berger selbst hatte in seinem Schlusswort seine Unschuld beteuert: „Ich bin unschuldig.“"
    assert extract_quotes(text, "de")[0].speaker == "Klaus Berger"


def test_more_subjunctive_forms():
    # "tue" is Konjunktiv I: the sentence continues the reported speech of the quotation's speaker before
    text = ("„Bitte bewahren Sie Ruhe“, sagte Ministerpräsident Taro Sato in einer Ansprache. Die Regierung tue "
            "„alles Menschenmögliche“.")
    assert extract_quotes(text, "de")[1].speaker == "Taro Sato"


def test_sie_takes_female_subject_before():
    # "sie" (she or they) stands for the female subject of the sentence before, not an earlier male speaker
    text = ("„Wir machen weiter“, sagte Hans Kurz. Bundeskanzlerin Eva Lang gratulierte in einem Brief. "
            "Sie freue sich auf eine „enge Zusammenarbeit“.")
    assert extract_quotes(text, "de")[1].speaker == "Eva Lang"


def test_rejecting_is_a_cue_for_reported_speech():
    # "lehnte … ab" is a statement: the reported speech after it continues its subject, not an older cue
    text = ("Der Abgeordnete Jan Lutz forderte einen Baustopp. Bürgermeister Otto Kern lehnte dies ab. "
            "Das Projekt werde „auf jeden Fall“ gebaut.")
    assert extract_quotes(text, "de")[0].speaker == "Otto Kern"


@pytest.mark.parametrize("text, speaker", [
    # a capitalised word inside the sentence is a noun ("Erfolge", "Stimme"), not Konjunktiv I
    ("Trainer Hans Kurz erklärte am Montag, die Lage sei ernst. Die Fans feierten die Erfolge der Mannschaft "
     "als „größten Triumph seit vielen Jahren“.", "Die Fans"),
    ("Trainer Hans Kurz erklärte am Montag, die Lage sei ernst. Die Stimme der Fans war eindeutig: "
     "„Wir wollen den Titel.“", "Die Stimme der Fans"),
    # "stelle ich" is the first person indicative of the same form
    ("Trainer Hans Kurz erklärte am Montag, die Lage sei ernst. Dazu stelle ich „eine einfache Frage an alle“.",
     "ich"),
    # the subjunctive of a clause after the quotation ("„…“, ob … solle") makes no reported main clause
    ("Trainer Hans Kurz erklärte am Montag, die Lage sei ernst. Eva Lang will die Vorwürfe „in den kommenden "
     "Wochen sorgfältig prüfen“, ob ein Verbot angestrebt werden solle.", "Eva Lang"),
])
def test_no_reported_speech_without_subjunctive_main_clause(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_reported_speech_reaches_previous_paragraph_over_blank_line():
    # paragraphs separated by a blank line: the reported speech continues the cue of the paragraph before
    text = ("Der Bundespräsident begründete seine Entscheidung am Montag in Berlin.\n\n"
            "Angesichts der schwierigen Lage sei eine Regierung notwendig, die sich auf „eine verlässliche "
            "Mehrheit im Bundestag“ stützen könne.")
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "Der Bundespräsident" and quote.rule == "reported-speech"


def test_ordinal_date_is_no_sentence_end():
    # "am 20. August": the period of an ordinal before a month does not end the cue's sentence
    [quote] = extract_quotes("Der Minister sagte am 20. August 2007 in Berlin: „Das ist gut.“", "de")
    assert quote.speaker == "Der Minister"


def test_as_clause_over_relative_clause():
    # "Wie X, der …, mitteilte, …": a relative clause between the source and its verb
    text = ("Wie die Polizei, die am 1. Mai mit 200 Beamten im Einsatz war, mitteilte, blieb die Lage "
            "„weitgehend ruhig und friedlich“.")
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "die Polizei" and quote.rule == "as-clause"


@pytest.mark.parametrize("text, speaker", [
    # more verbs of saying: "feststellen" in a subordinate clause, "bemängeln", "schildern" …
    ("Wie der Gutachter dazu feststellt, verlangt das Gesetz „eine vorherige Prüfung durch das Amt“.",
     "der Gutachter"),
    ("Die Ministerin bemängelte die Pläne: „Das reicht bei weitem nicht.“", "Die Ministerin"),
    ("Der Sprecher schilderte den Hergang: „Das Boot kenterte.“", "Der Sprecher"),
])
def test_more_speech_verbs(text, speaker):
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == speaker and quote.cue is not None


@pytest.mark.parametrize("text, medium", [
    # a quoted name after a noun of a medium or a publication (and an article, or "für" and an article)
    ("Das berichtete die US-amerikanische Musikzeitschrift „Billboard“ in ihrer jüngsten Ausgabe.", "Billboard"),
    ("Um 11 Uhr berichtete die Online-Ausgabe des „Spiegel“, dass der Antrag abgelehnt wurde.", "Spiegel"),
    ("Das Gericht habe nichts entschieden, schrieb Papier in einem Gastbeitrag für die „BILD am Sonntag“.",
     "BILD am Sonntag"),
])
def test_publication_name_is_no_quotation(text, medium):
    got = {q.text: q.speaker for q in extract_quotes(text, "de")}
    assert got[medium] is None


@pytest.mark.parametrize("text, speaker", [
    # an inverted cue closing a long sentence reports all of it, a title-like quotation too
    ("Einen „Plan B“ für den Fall, dass das Gericht das Verfahren für grundgesetzwidrig erklären sollte, gäbe "
     "es nicht, sagte der SPD-Vorsitzende Franz Müntefering nach dem Treffen in Berlin.", "Franz Müntefering"),
    # … but not the main clause's verb after a relative clause
    ("In seiner „Thronrede“, die von der Generalgouverneurin in Vertretung der Königin verlesen wurde, mahnte "
     "Harper zu einem verantwortungsvollen Haushalt.", None),
])
def test_final_inverted_cue(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # the quotation inside the bracket of an auxiliary and a speech participle: the auxiliary's subject speaks
    ("Die Medien hatten am Wochenende von einem „Volkskrieg“ gegen die Aufrührer gesprochen.", "Die Medien"),
    ("Der Minister hat die Pläne als „Agenda 2010“ bezeichnet.", "Der Minister"),
    # … not a passive one, nor when the quotation is part of the subject
    ("In einem Bericht werden die Vorkehrungen als „Extrem“ bezeichnet.", None),
    ("Über die Vorgänge hat die neue Redaktion der „Münsterschen Zeitung“ bislang nicht berichtet.", None),
])
def test_speech_bracket(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # text quoted from a document or a sign: the place of the verb of written presence is the source
    ("Derzeit steht in dem Gesetzentwurf noch der Passus: „Die Fingerabdrücke sind zu löschen.“",
     "dem Gesetzentwurf"),
    ("Auf dem Fronttransparent war die Parole „Autonome in Bewegung. G8 angreifen“ zu lesen.", "dem Fronttransparent"),
    ("In der Zeitung fand sich dazu die Feststellung „Mit diesem Ziel stellen wir uns neu auf“.", "der Zeitung"),
    # … not "findet … statt", nor a place without a noun for the text
    ("Am Montag findet in Moskau ein Schachfestival statt: „Gedenken an Michail Tal“.", None),
    ("Im Mittelpunkt steht die „Agenda 2010“.", None),
])
def test_written_source(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a view stated with a noun: the clause's subject holds it
    ("37 Prozent sind der Auffassung, dass die Demokratie „weniger gut“ funktioniert.", "37 Prozent"),
    ("Dabei vertrat der Minister die Ansicht, die Reform sei „ein großer Erfolg für alle“.", "der Minister"),
    # … and is the source of reported speech after it ("Stellung" with "nehmen")
    ("Am Rande der Sitzung nahm auch Ministerpräsident Christian Wulff zu der Frage Stellung. Jeder Pädagoge "
     "könne „das Konto jetzt einlösen“.", "Christian Wulff"),
])
def test_view_holder(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_verb_final_clause_with_body_subject():
    # "…, weil die Regierung … als „…“ bezeichnet hat": a body with its article speaks too
    text = "Der Bericht ist brisant, weil die Regierung den Plan als „junge couragierte Demokratie“ bezeichnet hat."
    [quote] = extract_quotes(text, "de")
    assert quote.speaker == "die Regierung" and quote.rule == "clause-verb"


@pytest.mark.parametrize("text, speaker", [
    # a speech verb closing a relative clause before the quotation: the name after the pronoun speaks …
    ("Damit wird die Marke unterschritten, die Gerhard Schröder in seiner Amtszeit (1998 bis 2002) zum "
     "Kriterium erklärt hatte: „Ich rechne damit.“", "Gerhard Schröder"),
    # … else the pronoun, for the phrase before its comma
    ("Die Polizei verhaftete einen Mann, der immer wieder rief: „Ich bin unschuldig.“", "einen Mann"),
])
def test_relative_clause_before_quotation(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # the verb of a relative clause closed before the quotation is no cue for it
    ("Bundestrainer Joachim Löw bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als "
     "„übertrieben“.", "Joachim Löw"),
    # … but a subordinate clause with a cue introduces the words
    ("Sarkozy bestritt das, indem er sagte, eine Zusammenarbeit würde eine „Achse Berlin-Paris“ nicht ersetzen.",
     "Sarkozy"),
])
def test_closed_relative_clause_is_no_cue(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a medium or role before the verb that agrees with it is the subject, not a fronted object …
    ("Die Zeitung bezeichnete Kunze als „Lügner“.", "Die Zeitung"),
    ("Das Magazin Barrons nannte die Firma 2010 eine „Schatten-CIA“.", "Das Magazin Barrons"),
    # … but a plural phrase before a singular verb is the object ("Die Äußerungen bezeichnete X")
    ("Die Zeitungen bezeichnete Kunze als „Knaller“.", "Kunze"),
    # … even when the phrase after the verb is no name ("Die tibetischen Mönche … beschrieb die Agentur")
    ("Die tibetischen Mönche, die demonstriert hatten, beschrieb die Agentur als „aggressiv“.", "die Agentur"),
    # … and "der" before a feminine noun is a dative
    ("Der Zeitung sagte Kunze: „Wir sind bereit.“", "Kunze"),
])
def test_fronted_object_or_medium_subject(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # an extended attribute between the article and the noun belongs to the speaker phrase, after …
    ("„Das ist ein großer Tag“, schrieb die in Hamburg geborene Sängerin Meier.",
     "die in Hamburg geborene Sängerin Meier"),
    # … and before the verb, with an apposition
    ("Die das Feuer überlebende Anna Berg, 30, beschrieb im Krankenhaus den Hergang: „Es war laut.“",
     "Die das Feuer überlebende Anna Berg"),
])
def test_extended_attribute_in_speaker_phrase(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "und" before a lower-case verb ends the speaker phrase (nouns are capitalised)
    ("„Gar nicht mehr so sicher?“ schrieben die Angreifer und kündigten weitere Aktionen an.", "die Angreifer"),
    # a focus particle before the subject is no fronted phrase: the noun after the verb is its object
    ("Auch die Ministerin Renate Schmidt (SPD) äußerte Vorbehalte: „Das wird knapp.“", "Renate Schmidt"),
])
def test_speaker_phrase_bounds(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "Als „…“" opening the sentence is fronted: the verb after it is finite and its subject speaks …
    ("Als „Skandal“ bezeichnete Volker Beck den Plan.", "Volker Beck"),
    ("Als „verpasste Chance“ beurteilte der Abgeordnete das Treffen.", "der Abgeordnete"),
    # … while after an article the participle is an adjective and names no speaker
    ("Die als „Skandal“ bezeichnete Reform trat in Kraft.", None),
])
def test_fronted_predicate_quotation(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text", [
    # a quoted name in the apposition of the speaker is part of who speaks, not of what is said
    "Sie seien außer Gefahr, sagte Mark Kurz, der Sprecher der so genannten „Blauen Ambulanz“.",
    "In einer Mitteilung erklärte der Eigentümer, das auch die „Ruhr Nachrichten“ verlegende Haus Lensing, "
    "dass das Blatt schließe.",
])
def test_name_in_speaker_apposition(text):
    assert extract_quotes(text, "de")[0].speaker is None


def test_time_adverb_before_the_subject_after_the_verb():
    # "nahm jetzt auch der Ministerpräsident … Stellung": "jetzt" is skipped to find the subject
    text = ("„Wir brauchen Sicherheit“, erklärte Verbandschef Max Busch.\n\n"
            "Am Rande einer Sitzung nahm jetzt auch der Ministerpräsident des Landes, Hans Kurz (CDU), zu der "
            "Frage Stellung. Jeder Lehrer könne „das Konto jetzt einlösen“.")
    assert extract_quotes(text, "de")[1].speaker == "Hans Kurz"


def test_previous_sentence_source_speaks():
    # a quotation alone after a sentence opened by a source phrase: that source speaks, not the subject
    text = ("Nach Ansicht von Niedersachsens Ministerpräsident Hans Kurz (CDU) ist mit der Empfehlung von Generalanwalt "
            "Berg jedoch noch keine Vorentscheidung gefallen. „Es ist nur ein Gutachten.“")
    assert extract_quotes(text, "de")[0].speaker == "Hans Kurz"


def test_subordinate_clause_subject_is_no_sentence_subject():
    # after a fronted phrase, the subject of a "dass" clause behind the first comma is not the sentence's
    text = "In einem Interview mit dem Anwalt sagte dieser, dass Meier bereits in „seiner eigenen Welt“ lebe."
    assert extract_quotes(text, "de")[0].speaker != "Meier"


@pytest.mark.parametrize("text, speaker", [
    # a thing a genitive name owns after the verb is no subject of a fronted phrase ("Obamas Einsatz") …
    ("Das Nobelkomitee würdigte Obamas Einsatz zur „Stärkung der Diplomatie“.", "Das Nobelkomitee"),
    # … and a body with a place after it opens its sentence as the subject
    ("Das Nobelkomitee im norwegischen Oslo würdigte damit den Einsatz zur „Stärkung der Diplomatie“.",
     "Das Nobelkomitee im norwegischen Oslo"),
])
def test_body_subject_before_speech_verb(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_subject_after_fronted_phrase_with_relative_clause():
    # "In einem Bericht, der …, rechtfertigte X …": past the relative clause to the verb and its subject
    text = "In einem Bericht, der veröffentlicht wurde, rechtfertigte das Ministerium die Aktion als „defensiver Natur“."
    assert extract_quotes(text, "de")[0].speaker == "das Ministerium"


@pytest.mark.parametrize("text, speaker", [
    # a name in quote marks as the genitive of a speaker phrase belongs to it, before the verb …
    ("Ein Sprecher der „Grünen Liga“ sagte: „Das ist Unsinn.“", "Ein Sprecher der „Grünen Liga“"),
    ("Der Chefredakteur des „Spiegel“, Hans Kurz, sagte: „Das ist Unsinn.“", "Hans Kurz"),
    # … but after the verb "der „…“" is mostly whom the speaker told ("sagte Kurz der „Süddeutschen Zeitung“")
    ("„Das ist Unsinn“, sagte Kurz der „Süddeutschen Zeitung“.", "Kurz"),
])
def test_quoted_genitive_in_speaker_phrase(text, speaker):
    [quote] = [q for q in extract_quotes(text, "de") if q.text.startswith("Das ist")]
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a compound with a quoted name is one phrase: a fronted "Gegenüber der „Bild“-Zeitung" is no subject …
    ("Gegenüber der „Bild“-Zeitung sagte Kurz: „Das ist Unsinn.“", "Kurz"),
    # … and "Die „Bild“-Zeitung" speaks as a whole
    ("Die „Bild“-Zeitung schrieb: „Das ist Unsinn.“", "Die „Bild“-Zeitung"),
])
def test_quoted_name_compound(text, speaker):
    [quote] = [q for q in extract_quotes(text, "de") if q.text.startswith("Das ist")]
    assert quote.speaker == speaker


def test_accusative_object_first_leaves_the_subject_after_the_verb():
    # "Den Plan bezeichnete die Opposition als „…“": a phrase with an accusative article is no subject
    assert extract_quotes("Den Plan bezeichnete die Opposition als „Unsinn“.", "de")[0].speaker == "die Opposition"


def test_time_phrase_is_no_speaker():
    # "Wenige Stunden später erklärte X": a phrase ending in a noun of time is no subject
    text = "Wenige Stunden später erklärte Hans Kurz: „Die Lage ist unter Kontrolle.“"
    assert extract_quotes(text, "de")[0].speaker == "Hans Kurz"


def test_inverted_sein_after_quotation():
    # "„…“, ist sich X sicher": an inverted form of "sein" after the quotation's comma is a cue
    assert extract_quotes("„Das ist Unsinn“, ist sich Kurz sicher.", "de")[0].speaker == "Kurz"


def test_idiom_with_fuer_gives_no_view_holder():
    # "Für Aufsehen sorgte X": "für" with an idiom's noun is no "Für X ist …" view, nor a subject
    [quote] = extract_quotes("Für Aufsehen sorgte Kurz mit dem Satz: „Das wird klappen.“", "de")
    assert quote.speaker is None or "Aufsehen" not in quote.speaker


@pytest.mark.parametrize("text, speaker", [
    # a body that speaks in the sentence before a quotation standing alone speaks it …
    ("Die Polizei warnte vor dem Sturm. „Bleiben Sie zu Hause.“", "Die Polizei"),
    # … also after another speaker's quotation in the paragraph
    ("„Wir sind zufrieden“, sagte Hans Kurz. Die Opposition widersprach. „Das war schwach.“", "Die Opposition"),
])
def test_previous_sentence_body_speaks(text, speaker):
    assert extract_quotes(text, "de")[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    # a possessive with a noun that is no role ("Seine Antwort", "Seine Zuversicht") stands for its owner
    "Hans Kurz wurde gefragt. Seine Antwort: „Das wird klappen.“",
    "Hans Kurz äußerte sich zuversichtlich: „Ich gehe davon aus.“ Seine Zuversicht gründet sich auf Erfahrungen: "
    "„Entscheidungen fallen immer in letzter Minute.“",
])
def test_possessive_owner_speaks(text):
    assert extract_quotes(text, "de")[-1].speaker == "Hans Kurz"


@pytest.mark.parametrize("text, speaker", [
    # a speaker and a colon after a linking adverb; the article after the adverb opens the phrase
    ("Dazu der Minister: „Wir sind einig.“", "der Minister"),
    ("So Hans Kurz: „Wir sind einig.“", "Hans Kurz"),
])
def test_colon_speaker_after_adverb(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_name_in_apposition_with_party():
    # "Der Bürgermeister der Stadt, Hans Kurz (SPD), nannte …": the name in apposition, without its party
    text = "Der Bürgermeister der Stadt, Hans Kurz (SPD), nannte den Beschluss „einen Fehler“."
    assert extract_quotes(text, "de")[0].speaker == "Hans Kurz"


def test_quoted_name_after_a_name_is_whom_it_told():
    # "sagte Kurz der „Bild“:": a person's name takes no genitive; the quoted name is the addressee
    [quote] = [q for q in extract_quotes("Am Montag sagte Kurz der „Bild“: „Wir sind enttäuscht.“", "de")
               if q.text.startswith("Wir")]
    assert quote.speaker == "Kurz"


@pytest.mark.parametrize("text, expected", [
    # a separable verb whose particle closes the clause says nothing ("stellte … vor": presented)
    ("Der Konzern stellte am Montag ein neues Modell vor: „Sonnenwagen“.", [("Sonnenwagen", None)]),
    ("Die Firma stellte auch erstmals ein „Solar-Fahrrad mit Motor“ vor.", [("Solar-Fahrrad mit Motor", None)]),
    # (the period of a date is no clause end before the particle)
    ("Die Partei stellte ihre „Grüne Agenda“ am Samstag, den 23. August, in Bonn vor.", [("Grüne Agenda", None)]),
    # … but "stellte klar" still cites
    ("Die Ministerin stellte klar: „Das wird nicht passieren.“", [("Das wird nicht passieren.", "Die Ministerin")]),
])
def test_separable_particle_verb_is_no_cue(text, expected):
    assert sq(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation in the content clause of a noun of saying that opens the sentence: the noun's genitive said it
    ("Auf den Vorwurf der Opposition, es handele sich um einen „faulen Kompromiss“, entgegnete die Regierung, "
     "das sei falsch.", [("faulen Kompromiss", "der Opposition")]),
    ("Die Forderung von Bürgermeister Hans Kurz (SPD), die Schule müsse „sofort saniert“ werden, lehnte der Rat ab.",
     [("sofort saniert", "Hans Kurz")]),
    # … not after the main clause has begun
    ("Auf den Vorwurf der Opposition, es gehe um Geld, antwortete Kurz: „Das ist Unsinn.“",
     [("Das ist Unsinn.", "Kurz")]),
])
def test_content_clause_of_speech_noun(text, expected):
    assert sq(text) == expected


@pytest.mark.parametrize("text, speaker", [
    # the quotation fronted before the auxiliary, the subject after it and the participle at the end
    ("„Wir sind bereit.“ hat der Trainer am Montag erklärt.", "der Trainer"),
    ("„Wir sind bereit.“ wird der Kapitän in der Zeitung zitiert.", "der Kapitän"),
])
def test_fronted_quotation_before_auxiliary(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # adverbs between the article and a participle stay inside the speaker phrase
    ("„Wir prüfen das“, sagte ein nicht namentlich genannter Sprecher des Ministeriums.",
     "ein nicht namentlich genannter Sprecher des Ministeriums"),
    ("Ein nicht genannter Vertreter der Firma bezeichnet die Investition als „strategisch“.",
     "Ein nicht genannter Vertreter der Firma"),
])
def test_adverb_inside_speaker_phrase(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_count_before_nouns_is_no_person():
    # "18 Monate Haft" is a count with nouns, no person a pronoun could stand for; "Amtsrichterin" is a
    # feminine role word (the compound ends in "richterin"), so "sie" is the judge
    text = ("Der Angeklagte schwieg. Amtsrichterin Ute Bader verkündete das Urteil: 18 Monate Haft ohne Bewährung. "
            "Zwar würde sie ihm „persönlich“ eine Bewährung zubilligen.")
    assert extract_quotes(text, "de")[0].speaker == "Ute Bader"


@pytest.mark.parametrize("text, speaker", [
    # a phrase with an always plural determiner after a singular verb is its object, not its subject
    ("Der Komponist schrieb einige Lieder zu Fritz Langs Film „Die lange Reise nach Hause in den Süden“.", "Der Komponist"),
    ("Am Montag sagten einige Experten: „Das ist Unsinn.“", "einige Experten"),
])
def test_plural_object_after_singular_verb(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a source before "zufolge" with a prepositional phrase after its noun of information
    ("Ersten Angaben vom Mittwoch zufolge sei der Schaden „erheblich“.", "Ersten Angaben vom Mittwoch"),
    ("Informationen aus Regierungskreisen zufolge sei der Plan „vom Tisch“.", "Informationen aus Regierungskreisen"),
    # the older spelling "zu Folge"; a reflexive pronoun is no part of the source phrase
    ("Polizeiangaben zu Folge sei der Schaden „erheblich“.", "Polizeiangaben"),
    ("Die Fans, die sich Gerüchten zu Folge vom „größten Klub der Welt“ trennen wollen, protestierten.", "Gerüchten"),
])
def test_postposition_sources(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "In X war von „…“ die Rede": the document or place of the clause spoke of it
    ("In einem Schreiben an die Mitglieder war von einem „offenen Dialog“ die Rede.", "einem Schreiben"),
    ("Es war von „schweren Mängeln“ die Rede.", None),
])
def test_spoken_of_idiom(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a noun of information that comes from someone: its source speaks, also for a quoted name in its words
    ("Von der Polizei kam die Information, die Lage sei „unter Kontrolle“.", "der Polizei"),
    ("Von der Polizei kam die Information, bei den Tätern handele es sich um Mitglieder der „Roten Bande“.",
     "der Polizei"),
])
def test_information_noun_source(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a phrase with an accusative or dative article after the verb is an object, never the speaker
    ("Die „Grüne Liste“ fordert den Rücktritt des Präsidenten.", None),
    ("„Wir bleiben“, sagte den Reportern ein Sprecher.", "ein Sprecher"),
])
def test_object_after_cue_is_no_speaker(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "„…“ Das ist die Aussage einer Studie": a copula, a noun of saying and its author in the genitive
    ("„Jeder Dritte glaubt nicht mehr an die Politik.“ Das ist die zentrale Aussage einer Umfrage, die heute "
     "erschien.", "einer Umfrage"),
    ("„Wir kommen wieder.“ Das war das Ende des Abends.", None),
])
def test_copula_saying_noun_next_sentence(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_noun_phrase_is_no_person_for_pronouns():
    # a capitalised run with a common-noun ending ("Ablehnung von …") is no name a pronoun stands for
    text = "Hans Kurz kam am Montag. Die Ablehnung von Steuererhöhungen war Thema. Er sagte: „Das geht so nicht.“"
    assert extract_quotes(text, "de")[0].speaker == "Hans Kurz"


@pytest.mark.parametrize("text, speaker", [
    # reporting verbs; separable ones cite only with their particle ("hob … hervor", not "hob die Hand")
    ("Der Minister hob die Bedeutung der Reform hervor: „Sie ist unverzichtbar.“", "Der Minister"),
    ("Die Ministerin machte deutlich: „Das wird nicht passieren.“", "Die Ministerin"),
    ("Die Opposition verlangte „sofortige Aufklärung“.", "Die Opposition"),
    ("Der Minister verteidigte die Entscheidung: „Es gab keine Alternative.“", "Der Minister"),
    # "selber" after the subject is no fronted phrase: the phrase after the verb is its object
    ("Die Kampagne selber dagegen warf dem Kandidaten vor, nur ein „typischer Politiker“ zu sein.", "Die Kampagne"),
])
def test_more_reporting_verbs(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_separable_verb_without_its_particle_is_no_cue():
    [q] = extract_quotes("Der Minister hob die Hand und rief „Halt, bitte!“ in den Saal.", "de")
    assert q.cue != "hob"


@pytest.mark.parametrize("text, expected", [
    # quoted labels in parentheses after a common noun name it, even in a clause with a speech verb
    ("Die Partei verteidigte die Ablehnung von Kürzungen bei Sozialleistungen („Bürgergeld“, „Rente mit 70“).",
     [("Bürgergeld", None), ("Rente mit 70", None)]),
    # … but a translation after a quotation shares its source
    ("Laut dem Gesetz gilt für sie der Begriff „Fahrendes Volk“ („gens du voyage“).",
     [("Fahrendes Volk", "dem Gesetz"), ("gens du voyage", "dem Gesetz")]),
])
def test_parenthesised_labels(text, expected):
    assert sq(text) == expected


@pytest.mark.parametrize("text", [
    # a clause joined by "und" whose verb makes the subject undergo it: no speaker
    "Er war Präsident des Parlaments und galt schon damals als „heimlicher Regierungschef“.",
    "Die Sängerin lebt seit 1990 in Wien, und 2001 wurde ihr dort der „Goldene Ehrenring der Stadt“ verliehen.",
])
def test_patient_verb_in_coordinated_clause(text):
    assert extract_quotes(text, "de")[0].speaker is None


@pytest.mark.parametrize("text, expected", [
    # a name after a common noun in the phrase before the verb is not what the verb reports
    ("Sechs Tage nach dem Erscheinen des Romans „Der stille Fluss“ meldete der Verlag, dass er gut verkauft werde.",
     [("Der stille Fluss", None)]),
    # … after a comma the cue reports the whole clause, the name with it
    ("Der Planet umkreist den Stern „HD 4711“, teilte die Universität mit.", [("HD 4711", "die Universität")]),
    # the medium where the words appeared: "In der „…“ schreibt X"
    ("In der „Neuen Tageszeitung“ schreibt Kurz, dass die Regierung versagt habe.",
     [("Neuen Tageszeitung", None)]),
])
def test_names_before_verbs(text, expected):
    assert sq(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name joined by "und" to a name without a speaker is one more of that list
    ("Als Beispiele nennt der Hersteller die Modelle „Sirocco“ und „Bora“.", [("Sirocco", None), ("Bora", None)]),
    # "nannte die Pläne „Unsinn“": a verb of calling gives the subject's word for its object
    ("Der Minister nannte die Pläne „Unsinn“ und „Zumutung“.",
     [("Unsinn", "Der Minister"), ("Zumutung", "Der Minister")]),
    ("Die Band nannte ihr neues Album „Sonnenschein“.", [("Sonnenschein", None)]),
])
def test_lists_of_names_and_calling(text, expected):
    assert sq(text) == expected


def test_decimal_comma_is_no_clause_break():
    # "3,5 Milliarden": the comma of a number does not end the fronted clause before the main clause
    text = ("Das musste Finanzminister Hans Kurz einräumen. Obwohl Kurz mit Mehreinnahmen von 3,5 Milliarden Euro "
            "rechnet, sei man von einer „Entschuldung weit entfernt“.")
    assert extract_quotes(text, "de")[0].speaker == "Hans Kurz"


@pytest.mark.parametrize("text, speaker", [
    # a demonstrative standing alone as the subject: the person named last, not the sentence subject before
    ("In einem Interview mit dem Anwalt Rainer Wittner sagte dieser, der Schauspieler lebe in „seiner eigenen Welt“.",
     "Rainer Wittner"),
    ("Maria Lang stand neben der Ministerin Eva Roth. „Das Leid geht weiter“, so letztere.", "Eva Roth"),
    # "dieser" before a noun is an article
    ("Hans Kurz sagte, dieser Vorschlag sei „Unsinn“.", "Hans Kurz"),
])
def test_demonstrative_subjects(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_colon_subject_after_nested_fronted_phrases():
    # "Bei einer Debatte in Niedersachsen hatte sich X …:": the fronted phrase has a phrase of its own
    text = "Bei einer Debatte in Niedersachsen hatte sich Pieper zu dem Zwischenruf hinreißen lassen: „Raus hier!“"
    assert extract_quotes(text, "de")[0].speaker == "Pieper"


@pytest.mark.parametrize("text, speaker", [
    # a name or term in a "dass" clause in the subjunctive is the main clause subject's word
    ("Ein Sprecher des Ministeriums in Berlin schränkte die Zusage ein, dass nicht an einen „Gipfel“ gedacht sei.",
     "Ein Sprecher des Ministeriums"),
    ("Ein Manager des Konzerns ließ durchblicken, dass ein neues „Zentrum für Batterien“ entstehen solle.",
     "Ein Manager des Konzerns"),
    # … not in the indicative
    ("Es ist bekannt, dass die „Titanic“ gesunken ist.", None),
])
def test_names_in_reported_complements(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text", [
    # "nennt sich „…“": the name something gives itself, not a quotation
    "Im nächsten Jahr ist es wieder soweit: Dann nennt sie sich „expo 12“ und findet im Juni statt.",
    "Die Gruppe nennt sich „Freie Kameraden“.",
])
def test_reflexive_naming(text):
    assert extract_quotes(text, "de")[0].speaker is None


@pytest.mark.parametrize("text, speaker", [
    # quantifiers standing alone as the subject
    ("Einige sagten: „Das ist zu viel.“", "Einige"),
    ("„Das ist zu viel“, sagten viele.", "viele"),
    ("Manche vertreten die Auffassung, die Lage sei ernst. Es drohe ein „Kampf um Wasser“.", "Manche"),
    ("Einige Experten sagten: „Das ist zu viel.“", "Einige Experten"),
])
def test_quantifier_subjects(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a short quotation in a clause in the subjunctive is a body's reported wording, no scare quote
    ("Die Länder erwarten Mehrkosten von zwei Milliarden Euro, die durch einen „erheblichen Nachrüstungsbedarf“ "
     "entstünden.", "Die Länder"),
    # … but only a subject before that clause reports it, and a short quotation of a body stays unattributed
    ("Die Gemeinde will gegen die „wilden Parker“ vorgehen.", None),
])
def test_short_quotation_in_reported_clause(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


# dash-signature: a dash and a name after a quotation standing alone, on its line or the next
@pytest.mark.parametrize("text, expected", [
    pytest.param('Leser schrieben uns.\n\n„Niemand hat die Nachtschicht nach dem Dienstplan gefragt.“ – Hanna Kurz',
                 [("Hanna Kurz", "dash-signature")], id="same line"),
    pytest.param('„Niemand hat die Nachtschicht nach dem Dienstplan gefragt.“ — Hanna Kurz, Hafenarbeiterin, Kiel.',
                 [("Hanna Kurz", "dash-signature")], id="description"),
    pytest.param('„Niemand hat die Nachtschicht nach dem Dienstplan gefragt.“\n\n– Hanna Kurz.',
                 [("Hanna Kurz", "dash-signature")], id="next paragraph"),
    pytest.param('„Der Dienstplan ist eine Falle“, sagte Hanna Kurz. – Eva Lang.',
                 [("Hanna Kurz", "post-verb-speaker")], id="after a cue"),
    pytest.param('„Niemand hat die Nachtschicht nach dem Dienstplan gefragt.“ – Die Sache war damit erledigt.',
                 [(None, None)], id="no name"),
    pytest.param('„Niemand hat die Nachtschicht nach dem Dienstplan gefragt.“ – und damit war die Sache erledigt.',
                 [(None, None)], id="lowercase"),
])
def test_dash_signature(text, expected):
    assert [(x.speaker, x.rule) for x in extract_quotes(text, "de")] == expected


def test_previous_cue_reports_the_next_quotation():
    # previous-cue: indirekte Rede mit nachgestelltem „sagte sie“, dann ein Zitat für sich
    text = ("Martina Eder verteidigte das Vorgehen. Lieber eine Verzögerung als ein Stillstand, sagte sie. "
            "»Das hatten wir schon einmal.«")
    [quote] = extract_quotes(text, "de")
    assert (quote.speaker, quote.rule) == ("Martina Eder", "previous-cue")


@pytest.mark.parametrize("text, speaker, at", [
    # "Demnach" stands for the source before it, written at the adverb like a pronoun
    ("„Wir haben nichts gewusst“, sagte die Sprecherin Karla Mehnert. Demnach seien die Bilder "
     "„stark bearbeitet“ gewesen.", "Karla Mehnert", "Demnach"),
    ("Die Bürgerliste legte gestern ihr Programm vor. Paul Ebner wird sich demnach mit dem "
     "„Urgestein“ Otto Kranz messen.", "Die Bürgerliste", "demnach"),
    # "Danach" after a document: according to it
    ("Die Hochschule stellte eine Studie vor.\n\nDanach bevorzugen die Befragten eine „grüne Mitte“.",
     None, "Danach"),
])
def test_source_adverbs(text, speaker, at):
    q = extract_quotes(text, "de")[-1]
    assert text[q.speaker_start:q.speaker_end] == at
    assert speaker is None or q.speaker == speaker


def test_danach_after_an_event_is_no_source():
    text = "Der Schweizer gewann den zweiten Satz. Danach schwanden die Chancen des „Außenseiters“ schnell."
    assert extract_quotes(text, "de")[-1].rule != "source-adverb"


@pytest.mark.parametrize("text, speaker", [
    # "werten … als" is a verb of opinion like "bezeichnen … als"
    ("Die Ministerin Eva Kranz wertete den Abschluss als „großen Erfolg für alle Beschäftigten“.", "Eva Kranz"),
    # … and its passive agent is the source of the reported speech after it
    ("Von Fachleuten wird die Fusion als riskant gewertet. So könne der neue Konzern eine „Marktmacht“ erlangen.",
     "Fachleuten"),
    # "setzte/hielt … entgegen" replies; the reported speech after it continues its subject
    ("Die Opposition setzte dem entgegen, dass die Pläne zu teuer seien. Die „Schuldenbremse“ dürfe nicht fallen.",
     "Die Opposition"),
    ("Der Minister hielt den Kritikern entgegen, die Reform sei „längst überfällig“.", "Der Minister"),
    # plural "hatten" is an auxiliary too ("hatten gefordert"), and "vereinbaren" states an agreement
    ("Die Parteien hatten gefordert, „alle Truppen abzuziehen“.", "Die Parteien"),
    ("Die Nachbarn hatten vereinbart, bis Mai „alle Zäune“ abzubauen.", "Die Nachbarn"),
    # "nach" + a text (article, statute, study) cites that text itself
    ("Nach der Satzung des Vereins darf der Vorstand „jederzeit Auskunft verlangen“.", "der Satzung des Vereins"),
    ("Nach einer Studie der Universität Bonn sind viele Kinder „chronisch übermüdet“.",
     "einer Studie der Universität Bonn"),
])
def test_opinion_verbs_and_documents(text, speaker):
    assert extract_quotes(text, "de")[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    # an auxiliary after the quotation opens an inverted cue whose participle comes far on
    "Der Vorstand hielt weiter zum Team: „Wir bleiben dran. Wir geben nicht auf“ wird Olaf Brenner am Montag in "
    "der Sportzeitung „Der Ball“ zitiert.",
    "Das sei eine Chance, „zur Spitze aufzuschließen“, wird Olaf Brenner, Leiter der Abteilung für Planung "
    "und Entwicklung, zitiert.",
])
def test_long_inverted_cue(text):
    assert extract_quotes(text, "de")[0].speaker == "Olaf Brenner"


@pytest.mark.parametrize("text, speaker", [
    # the subject of a speech verb in a "dass" clause speaks what follows, not the main clause's subject
    ("Die Zeitung will wissen, dass Karl Brenner die Frau gefragt habe, was sie „verdiene“.", "Karl Brenner"),
    ("Der Sender will erfahren haben, dass Eva Kranz sich erkundigt habe, ob er „noch ledig“ sei.", "Eva Kranz"),
])
def test_complement_speaker(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_reported_speech_chain():
    # reported speech running on over several subjunctive sentences goes back to its source
    text = ("Dem Bericht der Prüfer zufolge werde in vielen Heimen zu wenig gelüftet. In manchen Zimmern müssten "
            "vier Kinder schlafen. Die Zahl der Erkrankungen sei hoch. Ärzte kämen selten. Oft fehle Seife. Viele Fälle würden durch den Keim "
            "„Bazillus Z“ ausgelöst.")
    assert extract_quotes(text, "de")[0].speaker == "Dem Bericht der Prüfer"


@pytest.mark.parametrize("text, speaker", [
    # "gab … nach und bat": the particle closes the clause before "und", so "gab" is no cue here
    ("Der Bischof gab schließlich dem Druck der Gemeinde nach und bat um Entlassung: „Ich gehe.“, "
     "heißt es in einem Brief.", "einem Brief"),
    # a time adverb inside a phrase before its participle ("einer gestern verbreiteten Erklärung")
    ("„Ich gehe.“, heißt es in einer gestern verbreiteten Erklärung.", "einer gestern verbreiteten Erklärung"),
    # the fronted document past a relative clause (and a parenthesis) closing it
    ("Im Schreiben der Behörde (Eilsache), das die Firma am 3. Mai erhielt, heißt es: „Ich gehe.“",
     "Schreiben der Behörde"),
])
def test_expletive_sources(text, speaker):
    q = extract_quotes(text, "de")[0]
    assert q.speaker == speaker and q.cue == "heißt"


@pytest.mark.parametrize("text, speaker", [
    # a sign or note named before a relative "auf dem …" clause of written presence carries the words
    ("Ab 1950 musste an jeder Tür ein Schild kleben, auf dem geschrieben stand: „Leise sein.“", "ein Schild"),
    ("Vor dem Rathaus hing ein Transparent, auf dem zu lesen war: „Wir bleiben hier.“", "ein Transparent"),
])
def test_written_relative_source(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


def test_written_place_adverb():
    # "dort"/"darauf" stands for the place phrase of the sentence before, written at the adverb
    text = "Auf seiner Webseite fanden sich Fotos und Gedichte. Auch die Warnung fand sich dort: „Bald ist Schluss.“"
    q = extract_quotes(text, "de")[0]
    assert q.speaker == "seiner Webseite" and text[q.speaker_start:q.speaker_end] == "dort"


def test_expletive_cue_refers_to_the_document_before():
    # "So heißt es, …" without a source of its own: the document of the sentence before
    text = ("Viele Blätter druckten seinen Bericht über die Bank nach. So heißt es, die Bank habe „längst“ "
            "alle Konten geprüft.")
    assert extract_quotes(text, "de")[0].speaker == "seinen Bericht"


def test_lower_case_brand_in_a_speaker_phrase():
    # a quoted phrase after an article without any capital is a name inside the speaker phrase
    text = "Die Firma baut Räder. Ein Vertreter der „blau tec ag“ bezeichnet ihre Beteiligung als „strategisch“."
    got = {q.text: q.speaker for q in extract_quotes(text, "de")}
    assert got == {"blau tec ag": None, "strategisch": "Ein Vertreter der „blau tec ag“"}


@pytest.mark.parametrize("text, speaker", [
    # a criticism named in the sentence before is the source of the reported speech after it …
    ("An den Sender richtet sich viel Kritik. Er zeige nur „bunte Bilder“.", "viel Kritik"),
    ("Nun sind neue Anschuldigungen bekannt geworden. Der Fahrer habe „viel zu spät“ gebremst.",
     "neue Anschuldigungen"),
    # … not one it points back to, nor one that is an object
    ("Der Verband rügte den Sender. Dieser Vorwurf treffe. Er zeige nur „bunte Bilder“.", "Der Verband"),
])
def test_criticism_as_source(text, speaker):
    assert extract_quotes(text, "de")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a passive speech verb without an agent: the medium the words appeared in speaks …
    ("Die Stadtwerke wurden gestern im „Kurier“ als „ein Staat im Staate, nämlich ein sehr teurer“ bezeichnet.",
     "Kurier"),
    # … but "wird X zitiert" is X's words
    ("„Wir bleiben“, wird der Trainer in der Zeitung „Der Ball“ zitiert.", "der Trainer"),
])
def test_passive_medium(text, speaker):
    assert extract_quotes(text, "de")[-1 if "bezeichnet" in text else 0].speaker == speaker


def test_long_title_after_a_work_noun():
    # a long quoted title right after the noun of a work names it; nobody says it
    text = ("Anna Berg ist Reporterin und hat zuletzt für ihr Buch „Schatten über den Bergen – die wahre "
            "Geschichte der Flucht und der Rückkehr ins Hochland“ recherchiert.")
    assert extract_quotes(text, "de")[0].speaker is None


def test_topics_listed_as_examples_are_titles():
    text = ("Die Gäste der Tagung konnten Neues zu Themen wie „Die Geschichte der Bahn in Sachsen seit 1839 und "
            "danach“, „Brücken und Tunnel im Erzgebirge und anderswo“ oder beispielsweise „Zur Technik der "
            "alten Stellwerke“ erfahren.")
    assert [q.speaker for q in extract_quotes(text, "de")] == [None, None, None]


def test_quoted_name_inside_the_cue_after_a_quotation():
    # "„…“, zitiert die „X“ Y": the name stands inside the cue, between the words and their speaker
    text = "„Wir bauen das schnellste Rad“, zitiert die „Radwelt“ Hans Kurz in einem Bericht."
    assert [(q.text, q.speaker) for q in extract_quotes(text, "de")] == [
        ("Wir bauen das schnellste Rad", "Hans Kurz"), ("Radwelt", None)]


def test_so_phrase_reported_by_a_source():
    # "„…“, so die Sprachregelung laut der Agentur X": the source reporting the "so" phrase speaks
    text = "Die Männer wurden als „Feinde des Staates“, so die amtliche Sprachregelung laut der Agentur Nord, verurteilt."
    assert extract_quotes(text, "de")[0].speaker == "der Agentur Nord"


def test_bekaeme_is_subjunctive():
    text = "Die Sprecherin Eva Kranz sagte, die Lage sei ernst. Die Partei bekäme dann „keine Stimme mehr“."
    q = extract_quotes(text, "de")[0]
    assert q.speaker == "Eva Kranz" and q.rule == "reported-speech"


# Golden rules (issue #3): one short invented example per rule that applies to German, with the
# whole output as (quote text, speaker, rule). Not applicable to German: post-speaker-verb (German
# inverts a cue after a quotation, "„…“, sagte X"; "„…“, X sagte" opens a new clause), participle
# (no participle clauses of speaking), final-cue (a cue closing a longer sentence is clause-end here).
@pytest.mark.parametrize("text, expected", [
    pytest.param("„Wir bleiben hart“, sagte Gewerkschaftschefin Anna Berger.",
                 [("Wir bleiben hart", "Anna Berger", "post-verb-speaker")], id="post-verb-speaker"),
    pytest.param("Anna Berger sagte: „Wir bleiben hart.“",
                 [("Wir bleiben hart.", "Anna Berger", "pre-speaker-verb")], id="pre-speaker-verb"),
    pytest.param("Am Montag erklärte die Gewerkschaft: „Wir bleiben hart.“",
                 [("Wir bleiben hart.", "die Gewerkschaft", "pre-verb-speaker")], id="pre-verb-speaker"),
    pytest.param("Gewerkschaftschefin Anna Berger: „Wir bleiben hart.“",
                 [("Wir bleiben hart.", "Anna Berger", "colon")], id="colon"),
    pytest.param("Anna Berger, Chefin der Gewerkschaft, wandte sich an die Streikenden:\n\n„Wir bleiben hart.“",
                 [("Wir bleiben hart.", "Anna Berger", "colon-paragraph")], id="colon-paragraph"),
    pytest.param("Laut Anna Berger ist die Lage im Hafen „sehr angespannt“.",
                 [("sehr angespannt", "Anna Berger", "according-to")], id="according-to"),
    pytest.param("„Wir bleiben hart“, sagte Anna Berger. „Der Streik geht weiter.“",
                 [("Wir bleiben hart", "Anna Berger", "post-verb-speaker"),
                  ("Der Streik geht weiter.", "Anna Berger", "same-paragraph")], id="same-paragraph"),
    pytest.param("Die Lage sei „sehr angespannt“ und „kaum noch zu beherrschen“, sagte Anna Berger.",
                 [("sehr angespannt", "Anna Berger", "same-sentence"),
                  ("kaum noch zu beherrschen", "Anna Berger", "post-verb-speaker")], id="same-sentence"),
    pytest.param("„Wir bleiben hart“, sagte Anna Berger.\n\n„Der Streik geht weiter.“",
                 [("Wir bleiben hart", "Anna Berger", "post-verb-speaker"),
                  ("Der Streik geht weiter.", "Anna Berger", "next-paragraph")], id="next-paragraph"),
    pytest.param("Die Gewerkschaftschefin Anna Berger besuchte am Montag den Hafen.\n\n"
                 "„Hier arbeitet seit Tagen niemand mehr.“",
                 [("Hier arbeitet seit Tagen niemand mehr.", "Anna Berger", "previous-subject")],
                 id="previous-subject"),
    pytest.param("Die Lage im Hafen sei ernst, sagte Anna Berger. „Hier arbeitet seit Tagen niemand mehr.“",
                 [("Hier arbeitet seit Tagen niemand mehr.", "Anna Berger", "previous-cue")], id="previous-cue"),
    pytest.param("Anna Berger bezeichnete das jüngste Angebot der Arbeitgeber am Montag als „eine Frechheit“.",
                 [("eine Frechheit", "Anna Berger", "sentence-verb")], id="sentence-verb"),
    pytest.param("Anna Berger hält das Angebot für „eine Frechheit“.",
                 [("eine Frechheit", "Anna Berger", "sentence-subject")], id="sentence-subject"),
    pytest.param("Die Gewerkschaft werde „bis zum Ende“ streiken, sagte Anna Berger.",
                 [("bis zum Ende", "Anna Berger", "clause-end")], id="clause-end"),
    pytest.param("„Wir bleiben hart“, so Anna Berger.",
                 [("Wir bleiben hart", "Anna Berger", "post-cue")], id="post-cue"),
    pytest.param("Der Film „Stille Häfen“ läuft ab Donnerstag im Kino.",
                 [("Stille Häfen", None, "title")], id="title"),
    pytest.param("Die Gewerkschaft bietet Seminare zu Themen wie „Arbeitsrecht im Hafen“ an.",
                 [("Arbeitsrecht im Hafen", None, "naming")], id="naming"),
    pytest.param("„Wir bleiben hart.“ – Anna Berger",
                 [("Wir bleiben hart.", "Anna Berger", "dash-signature")], id="dash-signature"),
    # German-specific rules
    pytest.param("Anna Berger sagte, die Gewerkschaft werde nicht nachgeben. Das Angebot sei „eine Frechheit“.",
                 [("eine Frechheit", "Anna Berger", "reported-speech")], id="reported-speech"),
    pytest.param("Die Gewerkschaft legte am Montag eine Studie vor. Demnach seien die Löhne „deutlich zu niedrig“.",
                 [("deutlich zu niedrig", "eine Studie", "source-adverb")], id="source-adverb"),
    pytest.param("„Wir bleiben hart.“ Das sagte Anna Berger am Montag in Bremen.",
                 [("Wir bleiben hart.", "Anna Berger", "next-sentence")], id="next-sentence"),
    pytest.param("„Wir bleiben hart“, wie Anna Berger am Montag sagte.",
                 [("Wir bleiben hart", "Anna Berger", "as-clause")], id="as-clause"),
    pytest.param("Anna Berger, die das Angebot „eine Frechheit“ nannte, rief zum Streik auf.",
                 [("eine Frechheit", "Anna Berger", "relative-cue")], id="relative-cue"),
    pytest.param("Anna Berger wurde deutlich: „Wir bleiben hart.“",
                 [("Wir bleiben hart.", "Anna Berger", "colon-subject")], id="colon-subject"),
    pytest.param("„Wir bleiben hart“, ließ Anna Berger wissen.",
                 [("Wir bleiben hart", "Anna Berger", "post-any-verb")], id="post-any-verb"),
    pytest.param("Auf den Plakaten der Streikenden stand: „Faire Löhne jetzt.“",
                 [("Faire Löhne jetzt.", "den Plakaten der Streikenden", "written-source")], id="written-source"),
    pytest.param("„Wir bleiben hart.“ Mit diesen Worten eröffnete Anna Berger die Kundgebung.",
                 [("Wir bleiben hart.", "Anna Berger", "words-phrase")], id="words-phrase"),
    pytest.param("Kritik kam auch von der Gewerkschaft: „Das Angebot ist eine Frechheit.“",
                 [("Das Angebot ist eine Frechheit.", "der Gewerkschaft", "speech-noun")], id="speech-noun"),
    pytest.param("Anna Berger ist der Auffassung, das Angebot sei „eine Frechheit“.",
                 [("eine Frechheit", "Anna Berger", "view-holder")], id="view-holder"),
    pytest.param("Während Anna Berger von einer „Frechheit“ sprach, lobten die Arbeitgeber ihr Angebot.",
                 [("Frechheit", "Anna Berger", "clause-verb")], id="clause-verb"),
    pytest.param("Auf den Vorwurf der Gewerkschaft, das Angebot sei „eine Frechheit“, entgegnete der "
                 "Arbeitgeberverband, man habe nachgebessert.",
                 [("eine Frechheit", "der Gewerkschaft", "content-noun")], id="content-noun"),
    pytest.param("„Wir bleiben hart“, so die Gewerkschaft laut Radio Bremen.",
                 [("Wir bleiben hart", "Radio Bremen", "according-outer")], id="according-outer"),
    pytest.param("Die Fähre „Nordlicht III“ lag nach Angaben der Polizei seit Montag im Hafen fest.",
                 [("Nordlicht III", "der Polizei", "sentence-source")], id="sentence-source"),
])
def test_golden_rule(text, expected):
    assert [(q.text, q.speaker, q.rule) for q in extract_quotes(text, "de")] == expected


def test_colon_subject_with_a_possessive_takes_its_owner():
    # "Ihre Antwort …: „…“": the words are the owner's, not "Ihre Antwort"'s
    text = "Anna Berger rief zum Streik auf. Ihre Antwort auf das Angebot war deutlich: „Wir bleiben hart.“"
    assert [(q.text, q.speaker, q.rule) for q in extract_quotes(text, "de")] == \
        [("Wir bleiben hart.", "Anna Berger", "colon-subject")]
