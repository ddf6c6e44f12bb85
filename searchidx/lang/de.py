"""German."""
from .base import Language


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


_TITLE_SUFFIXES = ("minister", "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin", "chef",
                   "chefin", "vorsitzende", "vorsitzender", "leiter", "leiterin", "direktor", "direktorin",
                   "kanzler", "kanzlerin", "beauftragte", "beauftragter", "führer", "führerin", "sekretär",
                   "sekretärin", "trainer", "trainerin", "experte", "expertin", "meister", "meisterin",
                   "vertreter", "vertreterin", "abgeordnete", "abgeordneter", "funktionär", "funktionärin",
                   "politiker", "politikerin", "manager", "managerin", "anwalt", "anwältin", "berater",
                   "beraterin", "koordinator", "koordinatorin", "kommissar", "kommissarin", "gründer",
                   "gründerin", "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin", "senator",
                   "senatorin", "richter", "richterin")

LANGUAGE = Language(
    code="de",
    name="Deutsch",
    analyzer_lang="de",
    function_words=frozenset("""der die und in den von zu das mit sich des auf für ist im dem nicht ein
        eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem
        über einen so zum war haben nur oder aber vor zur bis mehr durch""".split()),
    abbreviations=frozenset("""hr fr dr prof z.b u.a bzw ca usw vgl nr st d.h u.s.w s.o jan feb mär apr
        jun jul aug sep sept okt nov dez inkl evtl""".split()),
    # --- quotations ---
    speech_verbs=_w("""sagen sagt sagte sagten gesagt sage sagst erklären erklärt erklärte erklärten
        betonen betont betonte betonten meinen meint meinte meinten fügte fügt ergänzt ergänzte
        ergänzten berichtet berichtete berichteten teilte teilt teilten äußerte äußert äußerten warnte
        warnt warnten fordert forderte forderten kritisiert kritisierte kritisierten schreibt schrieb
        schrieben antwortet antwortete antworteten erwidert erwiderte bestätigt bestätigte verkündet
        verkündete erläutert erläuterte bekräftigt bekräftigte versichert versicherte kündigte räumte
        mahnt mahnte beklagt beklagte behauptet behauptete sprach spricht sprachen nannte nennt nannten
        bezeichnet bezeichnete bezeichneten lobt lobte urteilt urteilte fragt fragte fragten rief ruft
        beurteilte beurteilten appellierte unterstrich unterstreicht stellte zitiert zitierte bilanzierte resümierte
        kommentierte kommentiert gestand gesteht verspricht versprach versprachen argumentiert
        argumentierte begründete begründet verwies verweist hieß heißt heisst kündigt räumt gab
        zeigte erinnert erinnerte beteuerte beteuert entgegnete entgegnet widersprach widerspricht
        klagt klagte schimpfte schimpft twitterte getwittert bekannte bekennt glaubt glaubte hofft
        hoffte befürchtet befürchtete vermutet vermutete folgerte äußern erklärt sagen zitat
        verlautete verlautbarte mitgeteilt erklärt lautet lautete lauteten führte führt
        kritisieren warnen fordern betonen erklären meinen
        gesprochen gewarnt gefordert gelobt angekündigt geäußert vorgeworfen eingeräumt beschrieben
        riet rät empfahl empfiehlt prangerte prangerten prangert beschrieb beschreibt sieht sah würdigte
        würdigt attackierte attackiert zugesichert sicherte sichert wies weist mitteilte mitteilten mitteilt
        meldete meldet meldeten resümiert bilanziert folgert appelliert empörte empört fragen
        bezweifelte bezweifelt bezweifelten eingestuft eingeschätzt beurteilt sprechen
        einräumen zugeben mitteilen ankündigen bestätigen betonen erläutern versichern zugegeben wiesen
        vermelden vermeldete vermeldet riefen rufen lehnte lehnten lehnt abgelehnt
        feststellt feststellte feststellten festgestellt
        hervorgehoben bemängelte bemängelten bemängelt monierte monierten moniert rügte
        rügten rügt gerügt dementierte dementierten dementiert bestritt bestritten bestreitet konstatierte
        konstatiert bekundete bekundeten bekundet konterte kontert plädierte plädierten plädiert
        bemerkte bemerkt präzisierte präzisiert bedauerte bedauerten bedauert schilderte schilderten
        schildert geschildert erzählte erzählten erzählt verdeutlichte verdeutlicht hinzufügte
        hinzugefügt ankündigte ankündigten ermahnte ermahnt wiederholte wiederholt
        verlangt verlangte verlangten begrüßte begrüßt begrüßten verteidigte verteidigt verteidigten
        drohte droht drohten vereinbart vereinbarte vereinbarten setzte setzten setzt hielt hielten hält
        wertete werteten wertet gewertet hob hebt merkte merkt wandte wendet warf wirft warfen machte macht
        machten"""),
    pronouns={"er": "person", "sie": "any", "es": "group", "ich": "person", "wir": "group"},
    titles=_w("""herr frau dr prof minister ministerin kanzler kanzlerin präsident präsidentin sprecher
        sprecherin chef chefin vorsitzende vorsitzender direktor direktorin leiter leiterin
        bürgermeister bürgermeisterin oberbürgermeister generalsekretär generalsekretärin trainer
        trainerin geschäftsführer geschäftsführerin abgeordnete abgeordneter experte expertin
        staatssekretär staatssekretärin senator senatorin richter richterin anwalt anwältin
        papst bischof kardinal könig königin prinz prinzessin general oberst kapitän pfarrer
        professor professorin polizeisprecher polizeisprecherin regierungssprecher
        regierungssprecherin betriebsrat gewerkschafter gewerkschafterin funktionär funktionärin
        vertreter vertreterin mitarbeiter mitarbeiterin ermittler ermittlerin bewohner bewohnerin
        anwohner anwohnerin einwohner mitglied mitglieder arbeiter arbeiterin kollege kollegin
        landrat landrätin ministerpräsident ministerpräsidentin kommissar kommissarin botschafter
        botschafterin analyst analystin ökonom ökonomin wissenschaftler wissenschaftlerin
        forscher forscherin berater beraterin sprecherinnen chefs vorstand
        vorstandschef vorstandsvorsitzende vorstandsvorsitzender stadtrat stadträtin gemeinderat
        gemeinderätin"""),
    according_to=("laut", "nach angaben von", "nach angaben", "nach ansicht von", "nach ansicht",
                  "nach auffassung von", "nach auffassung", "nach meinung von", "nach meinung",
                  "nach einschätzung von", "nach einschätzung", "nach darstellung von", "nach darstellung",
                  "nach informationen von", "nach informationen", "nach worten von", "nach den worten von",
                  "nach den worten", "nach worten", "zitiert nach", "nach überzeugung", "gemäß",
                  "nach aussagen von", "nach aussagen", "nach aussage von", "nach aussage",
                  "nach bewertung von", "nach bewertung", "nach auskunft von", "nach auskunft",
                  "nach berichten von", "nach berichten", "nach schätzungen von", "nach schätzungen",
                  "nach darstellung", "nach einschätzung", "nach überzeugung von", "aus sicht von", "aus sicht",
                  "aus der sicht von", "aus der sicht"),
    determiners=_w("""der die das des dem den ein eine einer eines einem einen dieser diese dieses
        diesem diesen sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren mehrere viele
        einige beide zwei drei vier fünf alle"""),
    quote_pairs=(("„", "“"), ("‚", "‘"), ("»", "«"), ("›", "‹"), ('"', '"')),
    elisions=_w("s n nen ne"),
    name_particles=_w("von vom zu zur van de der den di da al bin ibn del la le"),
    np_connectors=_w("des der von vom für"),
    conjunctions=_w("und sowie oder"),
    prepositions=_w("""in im am an auf aus bei beim mit nach seit zu zum zur gegenüber über unter vor
        hinter neben zwischen durch gegen ohne um während wegen trotz bis ab per via angesichts aufgrund
        infolge anlässlich bezüglich hinsichtlich innerhalb außerhalb seitens mittels anstatt entgegen
        dank"""),
    np_stops=_w("""heute gestern morgen dazu dann auch jedoch aber noch bereits zudem außerdem deshalb
        daher damit dabei so nun jetzt weiter weiterhin ebenfalls zuvor später dass daß ob wie wenn
        als weil da nicht kein keine ist war hat habe hatte haben hätte wird wurde werden sind
        waren sei seien könne müsse solle wolle welche welcher welches montag dienstag mittwoch
        donnerstag freitag samstag sonntag zunächst schließlich allerdings indes dagegen hingegen
        zugleich ferner inzwischen mittlerweile bisher bislang erneut nochmals immer bereits sogar
        offenbar offensichtlich vermutlich wohl ja doch man hier dort darauf darüber davon dies
        zwar besonders aktuell insbesondere vor allem gerade
        passend demnach folglich angeblich tatsächlich erstmals zuletzt derzeit kürzlich immerhin
        vielmehr stattdessen insgesamt anschließend danach damals trotzdem dennoch gleichzeitig
        letztlich wahrscheinlich seitdem momentan deswegen darum somit überdies andererseits
        einerseits genauso ebenso nämlich natürlich eigentlich bekanntlich zumindest wenigstens
        unterdessen währenddessen daraufhin abschließend ursprünglich anfangs zusätzlich
        ausdrücklich gemeinsam erst denen dessen deren denn soll sollen sollte sollten will wollen
        wollte wollten kann können konnte konnten muss müssen musste mussten darf dürfen durfte
        januar februar märz april mai juni juli august september oktober november dezember
        hierzu hierbei hierauf hierfür hiermit hierüber hiergegen dafür daran darin daraus davor
        anders angesprochen gefragt befragt konfrontiert sich"""),
    complementizers=_w("dass daß ob"),
    verb_fillers=_w("""auch zudem außerdem jedoch aber dann noch bereits weiter ebenfalls ferner nun
        hat hatte habe ist später zuvor gestern heute erneut dazu daraufhin abschließend
        anschließend sichtlich damals gleichzeitig zuletzt erstmals kürzlich ausdrücklich zusätzlich
        nämlich immerhin tatsächlich ursprünglich bereits schon wiederholt mehrfach öffentlich
        zunächst schließlich nochmals sich immer wieder mehrmals wie folgt hingegen dagegen indes indessen
        wiederum ihrerseits seinerseits allerdings selbst selber jetzt inzwischen mittlerweile"""),
    post_cues=_w("so"),
    naming_words=_w("""sogenannte sogenannten sogenannter sogenanntes sogenannt genannt genannte
        genannten betitelt betitelten titel motto stichwort namens slogan"""),
    gender_words={"er": "m", "herr": "m", "frau": "f", "sie": "f", "dieser": "m", "letzterer": "m", "letztere": "f"},
    title_suffixes=_TITLE_SUFFIXES,
    extra={"postpositions": ("zufolge",),
           # "Angaben vom Mittwoch zufolge", "Informationen aus Regierungskreisen zufolge": a noun of
           # information (or a compound ending in one) with a prepositional phrase before the postposition
           "postposition_pps": True,
           "split_postpositions": {"folge": "zu"},
           "report_nouns": ("angaben", "informationen", "berichten", "meldungen", "aussagen", "erkenntnissen",
                            "schätzungen", "gerüchten", "darstellung", "einschätzung", "ansicht", "auffassung",
                            "meinung", "worten"),
           # a dash and a name after a quotation standing alone sign it: "„…“ – Angela Merkel"
           "dash_signature": True,
           # a preposition or postposition with a noun of a view or an account gives a source
           # ("nach offiziellen Angaben", "nach seiner Ansicht", "seiner Meinung nach")
           "source_adpositions": ("nach",),
           "source_nouns": ("ansicht", "meinung", "auffassung", "einschätzung", "einschätzungen", "darstellung",
                            "darstellungen", "angaben", "aussage", "aussagen", "worten", "informationen",
                            "überzeugung", "bewertung", "auskunft", "schätzung", "schätzungen", "erkenntnissen",
                            "sicht", "lesart", "vorstellung", "vorstellungen", "idee", "ankündigung"),
           # texts that "nach" cites as the source ("Nach Artikel 5 des Vertrags ist …", "nach der Studie")
           "source_documents": ("artikel", "paragraf", "paragraph", "paragrafen", "paragraphen", "grundgesetz",
                                "gesetz", "studie", "umfrage", "statistik", "gutachten", "satzung", "verfassung"),
           "possessive_pronouns": {"seine": "er", "seiner": "er", "seinen": "er", "seinem": "er", "ihre": "sie",
                                   "ihrer": "sie", "ihren": "sie",
                                   "ihrem": "sie"},
           "known_as": ("so genannte", "so genannten", "so genannter", "so genanntes", "unter dem titel",
                        "unter dem motto", "bekannt als"),
           "auxiliaries": ("hat", "habe", "hatte", "haben", "hätte", "hatten", "hätten"),
           "naming_verbs": ("genannt", "namens", "betitelt"),
           "gender_suffixes": (("in", "f"), ("innen", "f")),
           "first_person": ("ich", "wir"),
           # adverbs of accordance that open a sentence reporting a source named before ("Demnach sei …");
           # "danach" only after a document (else it is "after that")
           "source_adverbs": ("demnach", "demzufolge", "hiernach"),
           "document_source_adverbs": ("danach",),
           # (endings of) nouns of documents, studies and results that such an adverb refers to
           "document_nouns": ("analyse", "studie", "umfrage", "umfragen", "bericht", "berichts", "untersuchung",
                              "urteil", "urteils", "statistik", "erhebung", "auswertung", "ergebnis", "ergebnisse",
                              "zahlen", "meldung", "mitteilung", "gutachten", "prognose", "darstellung",
                              "entscheidung", "beschluss", "gesetz", "vorlage", "entwurf", "verordnung", "bilanz",
                              "schätzung", "schätzungen", "dokument", "dokumente", "papier"),
           "subjunctive": ("sei", "seien", "habe", "hätte", "hätten", "werde", "würde", "würden", "könne",
                           "könnten", "müsse", "müssten", "solle", "sollten", "wolle", "dürfe", "wäre",
                           "wären", "gebe", "gäbe", "drohe", "bleibe", "stehe", "gehe", "liege", "gelte",
                           "bestehe", "komme", "fehle", "zeige", "führe", "handele", "stecke", "biete",
                           # more Konjunktiv I (3rd person singular) and Konjunktiv II forms of common verbs
                           "möge", "mögen", "wisse", "lasse", "sehe", "gebe", "nehme", "mache", "halte",
                           "brauche", "erwarte", "plane", "trage", "betrage", "bedeute", "befinde",
                           "gehöre", "hänge", "erhalte", "arbeite", "entspreche", "verfüge", "diene",
                           "stamme", "beginne", "erfolge", "entstehe", "reiche", "spiele", "wolle",
                           "lebe", "leide", "sterbe", "steige", "sinke", "falle", "treffe", "trete",
                           "ermögliche", "verhindere", "verstoße", "verletze", "schade", "helfe",
                           "erfülle", "erreiche", "benötige", "besitze", "kenne", "denke", "glaube",
                           "hoffe", "finde", "bringe", "stelle", "setze", "lege", "laufe", "verlaufe",
                           "sitze", "warte", "suche", "versuche", "unterstütze", "lehne", "verlange",
                           "verliere", "gewinne", "stimme", "passe", "wirke", "werde", "dürften",
                           "müssten", "könnten", "käme", "kämen", "bekäme", "bekämen", "stünde",
                           "stünden", "läge", "lägen", "ließe", "bräuchte", "bräuchten",
                           "wüsste", "ginge", "bliebe", "hieße", "fände",
                           "sähe", "bestünde", "bestünden", "entstünde", "entstünden", "befände", "ankäme",
                           # more Konjunktiv I of frequent verbs of reported statements
                           "tue", "prüfe", "rechne", "sorge", "fordere", "begrüße", "kritisiere", "bedauere",
                           "bestreite", "vertrete", "teile", "wünsche", "verfolge", "beabsichtige", "bemühe",
                           "kümmere", "schaffe", "zahle", "koste", "wachse"),
           "noun_caps": True,
           # endings of common nouns: a capitalised run with one is no person's name ("Ablehnung von …")
           "common_noun_suffixes": ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
                                    "tion", "tionen", "ität", "itäten", "ismus", "nisse"),
           # "am 20. August": a number with a period before these is an ordinal, no sentence end
           "ordinal_nouns": ("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
                             "september", "oktober", "november", "dezember", "jahrhundert", "jahrhunderts"),
           # "sagte Merkel.Als „…“": a period without its space still ends the sentence
           "split_glued_sentences": True,
           # a quotation alone in its sentence after a narrative sentence about a named person: that
           # person speaks, not the speaker of the paragraph's quotation before
           "narrative_subject_first": True,
           # … or by the source phrase opening that sentence ("Nach Ansicht von X ist … gefallen. „…“")
           "previous_source_first": True,
           # … or by a body with an article that speaks in that sentence ("Die Opposition widersprach. „…“")
           "previous_speech_body": True,
           # a role ("Die Ministerin zog Bilanz. „…“") also speaks the quotation after its sentence
           "previous_subject_kinds": ("description",),
           # phrases that give a quotation as someone's words ("X lobte das Team mit den Worten „…“")
           # separable verbs that say nothing with these particles closing their clause ("stellte … vor":
           # presented, "gab … aus": spent), unlike "stellte fest", "gab bekannt" ("sieht … vor" stays: a
           # plan or a law that provides something is its source)
           # verbs that cite only with their separable particle (or predicative) closing the clause:
           # "hob … hervor", "merkte an", "wandte ein", "warf … vor", "machte deutlich"
           "required_particles": {**{v: ("hervor",) for v in ("hob", "hebt")},
                                  **{v: ("an",) for v in ("merkte", "merkt")},
                                  **{v: ("ein",) for v in ("wandte", "wendet")},
                                  **{v: ("vor",) for v in ("warf", "wirft", "warfen")},
                                  **{v: ("deutlich", "klar") for v in ("machte", "macht", "machten")},
                                  **{v: ("entgegen",) for v in ("setzte", "setzten", "setzt", "hielt", "hielten",
                                                                 "hält")}},
           "final_particles": {**{v: ("vor", "ein", "ab", "auf", "um", "aus", "zusammen") for v in (
                                   "stellte", "stellt", "stellten")},
                               **{v: ("aus", "ab", "auf", "frei", "nach", "weiter") for v in ("gab", "gaben")}},
           # nouns of saying whose genitive or "von" phrase and a comma open a content clause at the start of
           # the sentence: "Auf den Vorwurf der CDU, es handele sich um „…“, entgegnete X" (the CDU said it)
           "saying_nouns": ("vorwurf", "vorwürfe", "forderung", "behauptung", "aussage", "äußerung", "warnung",
                            "botschaft", "fazit", "ergebnis", "kernaussage",
                             "einschätzung", "sichtweise", "argument", "einwand", "hinweis", "vorschlag",
                             "ankündigung", "darstellung", "feststellung", "erklärung", "kritik"),
           "genitive_articles": ("der", "des", "eines", "einer"),
           # "„…“ Das ist die Kernaussage einer Studie": a copula, then a noun of saying and its genitive
           "copulas": ("ist", "war", "sind", "waren"),
           # adverbs inside a phrase between its article and an adjective ("ein nicht namentlich genannter Sprecher")
           "np_adverbs": ("nicht", "namentlich", "näher", "gestern", "heute", "kürzlich", "jüngst", "bereits", "zuvor",
                          "erst", "eben", "vorgestern", "früher", "eigens", "offiziell"),
           "words_phrases": ("mit den worten", "mit diesen worten", "mit folgenden worten", "mit den folgenden worten",
                             "mit seinen worten", "mit ihren worten"),
           "anaphoric_cues": ("das", "dies", "so", "darauf", "daran", "dazu"),
           # "„…“ So Hans Kurz am Montag.": "so" and a speaker as a sentence of their own
           "next_sentence_post_cue": True,
           "verb_second": True,
           # reported speech needs a subjunctive in the main clause of the sentence
           "subjunctive_main_clause": True,
           # reported speech also continues a source phrase ("laut Polizei", "X zufolge") of a sentence before
           "reported_sources": True,
           # … or the speaker of a quotation nearer than any cue ("„…“ Der Rücktritt sei …")
           "reported_after_quote": True,
           # "X sagte: „…“ betont sie": a named cue before the quotation wins over a pronoun after it
           "pre_name_first": True,
           # "X („…“)": a quotation in parentheses right after a person is theirs
           "paren_quote_speaker": True,
           # "…), und der Ministerpräsident X: „…“": a speaker and a colon after a conjunction
           "colon_after_conj": True,
           # "Ein Beamter der Polizei: „…“": any phrase with an article before a colon opening the sentence
           "colon_body": True,
           # … also after an adverb that links it to the text before ("Dazu der Minister: „…“", "So X: „…“")
           "colon_openers": ("dazu", "so", "hierzu", "darauf", "weiter", "zudem", "außerdem", "auch", "ebenso",
                             "ähnlich", "kurz", "knapp", "selbstkritisch", "zuversichtlich"),
           # "sie" (she or they) stands for a female subject of its sentence or the one before when one is there
           "ambiguous_pronoun_local": True,
           # a short quotation without a cue is a person's word only ("Hans Kurz hält das für „absurd“"), not
           # a body's ("Die Gemeinde will gegen die „wilden Parker“ vorgehen"), unless it is a predicate
           # ("als „falsch“ zurückgewiesen") or an example ("Parolen wie „…“")
           "short_quote_persons": True,
           # "Nach Angaben der Polizei … „…“": a source phrase opening the sentence, however far before
           "according_opens_sentence": True,
           # "die von X als „…“ bezeichneten Pläne": a speech participle as an adjective; the agent speaks
           "attributive_participles": True,
           # "Kritik kam von X: „…“": a noun of speaking that comes from someone
           "speech_nouns": ("kritik", "lob", "zustimmung", "widerspruch", "ablehnung", "protest", "proteste",
                            "warnung", "warnungen", "forderung", "forderungen", "reaktion", "reaktionen",
                            "unterstützung", "beifall", "applaus", "dank", "glückwünsche", "häme", "spott",
                            "information", "informationen", "mitteilung", "bestätigung", "dementi", "antwort",
                            "stellungnahme", "nachricht", "meldung"),
           # nouns of criticism or demands not after a preposition: the source of reported speech after them
           "criticism_nouns": ("kritik", "widerspruch", "protest", "proteste", "warnung", "warnungen", "forderung",
                               "forderungen", "vorwurf", "vorwürfe", "bedenken", "zweifel", "beschuldigung",
                               "beschuldigungen", "anschuldigung", "anschuldigungen"),
           # determiners pointing back to something named before (a topic, not a new source)
           "demonstrative_dets": ("dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes"),
           "coming_verbs": ("kam", "kamen", "kommt", "kommen", "gekommen"),
           # subordinators whose clause ends in its verb: "Während X von einem „…“ sprach, …"
           "final_verb_openers": ("während", "weil", "nachdem", "obwohl", "wenn", "da", "als", "dass", "ob", "indem",
                                  "sobald", "wie"),
           # "… „…“ …, sagte X.": an inverted cue closing a long sentence reports all of it
           "final_inverted_cue": True,
           # relative pronouns that open a verb-final clause: ", der laut rief: „…“"
           "relative_verb_final": ("der", "die", "das", "welcher", "welche", "welches", "den", "dem"),
           # "„…“, strich X heraus": after a quotation and a comma, any finite verb and its subject cite
           "post_any_verb": True,
           # a cue after a quotation is inverted ("„…“, sagte X"); "„…“, X sagte" starts a new clause
           "post_cue_inverted": True,
           # "X lobte … und nannte Y „…“": a verb after "und" shares the first verb's subject
           "coordinated_verbs": True,
           "pre_cue_first": True,
           "skip_parentheticals": True,
           # conjunctions that open a subordinate clause before the main clause
           "subordinators": ("obwohl", "weil", "wenn", "falls", "nachdem", "da", "als", "während", "obgleich",
                             "sobald", "solange", "indem"),
           # modal verbs and forms of "sein" (listed as phrase stops) that can open an inverted cue
           # ("„…“, wollen X wissen", "„…“, ist sich X sicher")
           "modal_verbs": ("will", "wollen", "wollte", "wollten", "soll", "sollen", "sollte", "sollten", "kann",
                           "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten", "hat", "haben",
                           "hatte", "hatten", "ist", "war", "sind", "waren"),
           # the impersonal subject: "„…“, zitierte man X"
           "impersonal": ("man",),
           # "als „…“ bezeichnet": a quotation as the predicate of a speech verb after it
           "predicate_markers": ("als",),
           # relative pronouns of a clause that ends in its speech verb ("X, der … als „…“ bezeichnete")
           "relative_cue_pronouns": ("der", "die", "das", "welche", "welcher", "welches"),
           # a quotation in a "dass" clause of a main clause without subjunctive: its subject reports
           "own_complement": True,
           # prepositions that also open a clause ("Während X erklärte, …"): the phrase after them may be a subject
           "clause_preps": ("während", "seit", "bis"),
           # a phrase without a capitalised word (nouns are capitalised) is no speaker ("stellte … fest")
           "lowercase_no_speaker": ("letztere", "letzterer", "erstere", "ersterer", "dieser", "diese", "jener",
                                    "jene", "beide", "einige", "viele", "andere", "manche", "alle"),
           # a subject with appositions and a relative clause between commas before its verb
           "long_appositions": True,
           # verbs after a subject that make it undergo the sentence (passive, "gilt als"): no speaker
           "patient_verbs": ("wird", "wurde", "wurden", "werden", "worden", "gilt", "galt", "gelten", "galten"),
           "expletives": ("es",),
           # the reflexive pronoun: "Zufrieden zeigte sich X" has its subject after it
           "reflexive": "sich",
           # pronouns that can only be subjects ("Das Angebot lehnt er ab")
           "nominative_pronouns": ("er", "ich", "wir"),
           # a sentence-initial "für" + a person gives whose view the sentence reports
           "opinion_preps": ("für",),
           # … unless the verb after the phrase makes an idiom of the preposition ("Für Aufsehen sorgte X")
           "opinion_idiom_verbs": ("sorgte", "sorgten", "sorgt", "sorgen", "gesorgt", "stimmte", "stimmten",
                                   "stimmt", "stimmen", "entschied", "entschieden", "entscheidet"),
           # endings of adverbs that are capitalised only at the start of a sentence ("Relativierend")
           "cap_adverb_suffixes": ("end", "erweise", "gemäß", "mäßig", "lich", "isch", "weise", "zeitig"),
           # verbs that cite only with the expletive ("heißt es"); otherwise they name ("hieß das Lokal")
           "expletive_verbs": ("heißt", "hieß", "heisst"),
           # a quoted name after these (and a dative article) is a medium or addressee of the cue
           "medium_articles": ("der", "dem"),
           "medium_preps": ("gegenüber", "laut", "gemäß"),
           # a quoted name after a dative article opening the sentence is an addressee ("Dem „Spiegel“ sagte X")
           "dative_articles": ("dem",),
           # … and after the cue and its subject ("sagte Grube der „Stuttgarter Zeitung“")
           "addressee_articles": ("dem", "der"),
           # after a speaker or its cue verb these introduce where the speaker works or whom they told
           "speaker_preps": ("vom", "von", "zum", "zur", "beim", "bei", "im", "in"),
           # a source clause: "Wie die Polizei mitteilte, …" / "…“, wie X berichtete."
           "as_cues": ("wie",),
           # "„…“, so die offizielle Sprachregelung laut der Agentur X": the source reporting the "so" phrase
           "outer_according": True,
           "outer_according_rules": ("post-cue",),
           # genitive relatives that open a speaker phrase after the verb ("meint deren Sprecherin X")
           "np_openers": ("deren", "dessen"),
           # the passive: "werden von Kritikern als „…“ bezeichnet" — the agent speaks
           "passive_aux": ("wird", "werden", "wurde", "wurden", "worden"),
           "agent_preps": ("von", "vom"),
           # verbs of citing: the object after the verb speaks ("Die Zeitung zitiert den Minister mit …")
           "object_speaker_verbs": ("zitiert", "zitierte", "zitierten", "zitieren"),
           # finite auxiliaries and modals in second position ("So hatte der Minister … zugesichert: „")
           "v2_finite": ("hat", "hatte", "habe", "haben", "hatten", "hätte", "ist", "war", "sind", "waren",
                         "wird", "wurde", "werden", "wurden", "will", "wollte", "soll", "sollte", "kann",
                         "konnte", "muss", "musste"),
           "title_in_speech": True,
           # the subject of a speech verb in a "dass" clause speaks the quotation after it
           "complement_speakers": True,
           # … also a participle of asking there ("dass Y gefragt habe, ob „…“")
           "asking_participles": ("gefragt", "erkundigt", "nachgefragt"),
           # tokens from an auxiliary after a quotation to the participle of its cue ("„…“ wird X … zitiert")
           "inverted_cue_reach": 16,
           # a quoted name in parentheses after a noun or another quotation labels it ("Leistungen („Hartz IV“)")
           "paren_labels": True,
           # a name after a common noun is not what a verb after it reports ("Nach der Enzyklika „X“ meldete Y")
           "named_not_post": True,
           # a name joined by "und"/"oder"/a comma to a name without a speaker is one more of that list
           "coordinated_names": True,
           # quantifiers standing alone as the subject ("Einige sagten", "sagten viele")
           "pronominal_dets": ("einige", "viele", "manche", "mehrere", "wenige"),
           # a name or term in a "dass" clause in the subjunctive is the main clause subject's word
           "reported_complements": True,
           # demonstratives standing alone as the subject refer to the person named last ("sagte dieser")
           "demonstratives": ("dieser", "letzterer", "letztere", "jener"),
           # verbs of calling: "nannte die Pläne „Unsinn“" gives the subject's word for the object, no title
           "calling_verbs": ("nannte", "nannten", "nennt", "nennen"),
           # "In der „Zeit“ schreibt X": the medium where the words appeared
           "medium_in_preps": ("in", "im"),
           # nouns (endings) of works whose quoted title may be long ("das Buch „…“", "der Film „…“")
           "work_nouns": ("buch", "film", "roman", "album", "lied", "song", "titel", "theaterstück", "stück",
                          "oper", "musical", "serie", "sendung", "dokumentation", "ausstellung", "gedicht"),
           # … which speaks for a passive speech verb without an agent ("wurde im „Standard“ als „…“ bezeichnet")
           "passive_media": True,
           # "der Theologe Hans Küng": an article, a capitalised role noun, then the name
           "role_noun_before_name": True,
           # a colon after a clause without a speech verb gives the words of its subject
           "colon_subject": True,
           # words that open another clause: an earlier speech verb there is no outer verb
           "clause_breaks": ("während", "weil", "wenn", "nachdem", "obwohl", "als"),
           # nouns for the quoted text itself, never its speaker ("die Worte", "die Parole")
           # "Parolen wie „…“": a quotation given as an example of a text noun is said, not a title
           "example_markers": ("wie",),
           # words between the marker or a list's comma and the example ("wie zum Beispiel „…“")
           "example_fillers": ("zum", "beispiel", "etwa", "beispielsweise", "unter", "anderem"),
           # … but examples of topics or works are their titles ("Vorträge zu Themen wie „…“")
           "topic_nouns": ("themen", "thema", "vorträge", "vorträgen", "titel", "titeln", "filme", "filmen",
                           "bücher", "büchern", "lieder", "liedern", "songs", "stücke", "stücken", "werke", "werken"),
           "text_nouns": ("rufe", "slogans", "sätze", "worte", "wort", "parole", "parolen", "aufschrift", "text", "satz", "passus", "zitat",
                          "motto", "spruch", "sprüche", "botschaft", "inschrift", "feststellung"),
           # nouns of a view: "X ist der Auffassung, …", "X vertritt die Ansicht, …", "X nahm dazu Stellung"
           "view_nouns": ("auffassung", "meinung", "ansicht", "überzeugung", "standpunkt", "stellung"),
           "view_taking_verbs": {"stellung": ("nahm", "nimmt", "nahmen", "nehmen", "genommen", "bezog", "bezieht",
                                              "bezogen", "beziehen")},
           # verbs of written presence: "In dem Entwurf steht der Passus: „…“", "Auf dem Plakat war „…“ zu lesen"
           "written_verbs": ("steht", "stand", "stehen", "standen", "fand", "findet", "fanden", "finden", "lesen"),
           "written_preps": ("in", "im", "auf", "an", "am"),
           # adverbs standing for such a place named before ("Darauf war zu lesen: „…“")
           "place_adverbs": ("darauf", "darin", "daran", "dort", "hierauf", "hierin", "dorauf"),
           # "In dem Schreiben war von einem „…“ die Rede": the place of the phrase in the clause spoke of it
           "spoken_of_idiom": ("von", ("die", "rede")),
           "reflexive_written_verbs": ("fand", "findet", "fanden", "finden"),
           # a participle cue ("hatte … betont") takes the subject next to the finite auxiliary
           "aux_participle_subject": True,
           # a quotation ending in one of these before a capitalised word ends its sentence („Warum?“ Die …)
           "final_marks": ".!?",
           # "Und: „…“" continues the speaker of the quotation before
           "continuation_openers": ("und", "außerdem", "zudem", "ferner", "weiter", "dazu"),
           # nouns (endings) whose quoted name is a medium or an organisation, never said
           "medium_nouns": ("zeitung", "zeitungen", "magazin", "magazins", "sender", "senders", "agentur",
                            "blatt", "blattes", "blatts", "zeitschrift", "organisation", "firma", "portal",
                            "portals", "dienst", "dienstes", "kollektiv", "kollektivs", "quartier",
                            "nachrichten", "partei", "verein", "vereins", "initiative", "gruppe",
                            "gruppierung", "bündnis", "bündnisses", "institut", "instituts", "netzwerk",
                            "netzwerks", "sendung", "programm", "verlag", "verlags", "unternehmen",
                            "unternehmens", "konzern", "konzerns", "modelle", "modell", "marke", "site", "seite", "film", "films",
                            "filme", "buch", "buches", "roman", "album", "albums", "lied", "song", "serie"),
           # nouns (endings) of a medium or a publication: a quoted name after them (and an article, or a
           # preposition and an article) is its name ("die Online-Ausgabe des „Spiegel“")
           "publication_nouns": ("zeitung", "zeitungen", "zeitschrift", "magazin", "magazins", "magazines", "blatt",
                                 "blattes", "sender", "senders", "agentur", "portal", "portals", "artikel",
                                 "ausgabe", "beitrag", "beitrags", "kolumne"),
           "publication_preps": ("für",),
           # a phrase opened by these is plural with an adjective in -en or a noun in a plural ending
           # ("die tibetischen Mönche", "Die Äußerungen"): a singular verb has another subject
           "plural_articles": ("die", "diese", "alle", "viele", "einige", "mehrere", "beide"),
           # determiners of a phrase that is always plural: no subject of a singular verb ("schrieb einige Titel")
           "plural_only_dets": ("einige", "mehrere", "viele", "zahlreiche", "beide", "manche", "wenige", "zwei",
                                "drei", "vier", "fünf"),
           "plural_noun_endings": ("ungen", "heiten", "keiten", "innen", "ionen", "ten", "ern"),
           # "der" before a feminine noun or a weak adjective is a dative or genitive ("Der Zeitung sagte X")
           "oblique_feminine_articles": ("der",),
           "feminine_endings": ("ung", "ion", "heit", "keit", "schaft", "in", "ur", "ei", "ie", "zeitschrift"),
           # particles that focus the phrase after them and share its first position ("Auch die Ministerin sagte")
           "focus_particles": ("auch", "sogar", "selbst", "nur", "ausgerechnet", "gerade", "besonders"),
           # nouns of a span of time: a phrase ending in one is no speaker ("Wenige Stunden später sagte X")
           "time_nouns": ("sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tage", "tagen", "woche",
                          "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren", "jahrzehnt",
                          "jahrzehnte", "jahrzehnten", "wochenende", "abend", "nacht", "vormittag", "nachmittag"),
           # articles that can open a nominative subject after the finite verb
           "v2_subject_start": ("der", "die", "das", "ein", "eine", "dieser", "diese", "dieses"),
           # articles that never open a subject (accusative, dative, genitive)
           "non_nominative": ("den", "dem", "des", "einen", "einem", "eines", "diesem", "diesen", "seinen",
                              "seinem", "seines", "ihren", "ihrem", "ihres", "unseren", "unserem",
                              "keinen", "keinem")},
)
