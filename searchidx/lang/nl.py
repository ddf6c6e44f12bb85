"""Dutch."""
from .base import Language


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


LANGUAGE = Language(
    code="nl",
    name="Nederlands",
    analyzer_lang="nl",
    function_words=frozenset("""de het een en van in is dat op te zijn voor met die niet aan er om ook als
        bij door maar dan nog wel naar uit worden werd heeft hebben wordt zij hij ze tot deze over wat
        kunnen geen moet omdat nu al""".split()),
    abbreviations=frozenset("""dhr mevr mr dr drs ir ing prof mw bijv enz jl nl o.a d.w.z m.b.t t.a.v
        z.g.a.n ca blz nr jan feb mrt apr jun jul aug sep sept okt nov dec""".split()),
    # --- quotations ---
    speech_verbs=_w("""zeggen zegt zei zeiden gezegd vertellen vertelt vertelde vertelden verteld
        verklaren verklaart verklaarde verklaarden verklaard stelt stelde stelden benadrukt
        benadrukte benadrukten waarschuwt waarschuwde waarschuwden erkent erkende erkenden erkennen
        noemt noemde noemden noemen schrijft schreef schreven antwoordt antwoordde antwoordden
        reageert reageerde reageerden voegt voegde vult vulde meent meende meenden vindt vond
        vonden betoogt betoogde belooft beloofde beloofden kondigde bevestigt bevestigde
        bevestigden ontkent ontkende vraagt vroeg vroegen roept riep riepen spreekt sprak spraken
        twittert twitterde tweette concludeert concludeerde aldus legt legde onderstreept
        onderstreepte beweert beweerde klaagt klaagde bekent bekende geeft gaf laat liet weet
        wist verzucht verzuchtte oordeelt oordeelde verwijt verweet verwees verwijst licht lichtte
        bericht berichtte meldt meldde meldden citeert citeerde zegt denkt dacht hoopt hoopte
        vreest vreesde constateert constateerde herhaalt herhaalde merkt merkte kondigt beaamt
        beaamde repliceert repliceerde verduidelijkt verduidelijkte relativeert relativeerde lacht
        lachte grapt grapte zucht zuchtte fluistert fluisterde moppert mopperde grijnst grijnsde
        glimlacht glimlachte verwoordt verwoordde"""),
    pronouns={"hij": "person", "zij": "any", "ze": "any", "het": "group", "ik": "person", "hem": "person",
              "wij": "group", "we": "group"},
    titles=_w("""minister premier burgemeester woordvoerder woordvoerster woordvoerders directeur
        directrice voorzitter wethouder president staatssecretaris topman topvrouw chef hoogleraar
        deskundige onderzoeker onderzoekster advocaat officier rechter meneer mevrouw dhr mevr mr dr
        prof ir drs ing commissaris generaal kamerlid fractievoorzitter bestuurder bestuurslid lid
        leden medewerker medewerkers ambtenaar ambtenaren bewoner bewoners ceo cfo koning koningin
        prins prinses paus bisschop dominee pastoor agent agenten politiewoordvoerder
        havenmeester dijkgraaf gedeputeerde ombudsman econoom analist expert coördinator
        vakbondsbestuurder vakbondsleider bondsbestuurder manager eigenaar oprichter leider
        ministers trainer coach ondernemer boer boerin inwoner inwoners omwonende omwonenden
        forens forensen reiziger reizigers bloemist bakker slager winkelier winkeliers student
        studente studenten scholier leraar lerares docent docente arts huisarts verpleegkundige
        chauffeur buschauffeur visser brandweerman schepen gemeenteraadslid raadslid gouverneur
        ondervoorzitter penningmeester schrijver schrijfster journalist journaliste auteur kunstenaar
        zanger zangeres acteur actrice regisseur voetballer aanvoerder bondscoach wielrenner activist
        actievoerder actievoerders demonstrant demonstranten vrijwilliger vrijwilligers buurtbewoner
        buurtbewoners huurder huurders eigenares rector decaan wetenschapper historicus politicoloog
        jurist notaris aanklager getuige"""),
    according_to=("volgens", "naar eigen zeggen van", "naar de woorden van"),
    determiners=_w("""de het een die dit deze dat zijn haar hun ons onze mijn twee drie vier vijf
        enkele veel vele beide alle 't"""),
    quote_pairs=(("“", "”"), ("‘", "’"), ("„", "”"), ('"', '"'), ("'", "'")),
    elisions=_w("s t n k m"),
    name_particles=_w("van de der den ter ten het in 't von le la al el bin da di du"),
    np_connectors=_w("van voor"),
    conjunctions=_w("en"),
    prepositions=_w("""in op aan bij met tegen over uit door naar om tot tijdens na vanuit namens
        onder boven achter naast tussen zonder sinds vanaf per via volgens"""),
    np_stops=_w("""dat die wie wat waar waarin ook nog al wel niet dan daarom daarna daarbij
        bovendien echter maar gisteren vandaag morgen eerder later toen nu inmiddels vervolgens
        verder zondag maandag dinsdag woensdag donderdag vrijdag zaterdag is was zijn waren heeft
        hebben had hadden wordt werd worden zal zou zouden kan kon kunnen moet moest wil wilde
        er hier daar immers namelijk zelfs want omdat toch dus evenwel tevens eveneens ondertussen
        intussen opnieuw alleen steeds zo weten zich zoals terwijl nadat voordat hoewel zodat doordat
        wanneer"""),
    complementizers=_w("dat of"),
    verb_fillers=_w("""ook nog al wel dan echter bovendien verder eerder later heeft had is zo
        eerder tevens eveneens opnieuw vervolgens daarop nu gisteren vandaag"""),
    post_cues=_w("aldus"),
    naming_words=_w("""zogenaamde zogenaamd zogeheten zogenoemde zogenoemd genaamd getiteld titel
        motto slogan leus thema"""),
    gender_words={"hij": "m", "hem": "m", "meneer": "m", "mevrouw": "f", "dhr": "m", "mevr": "f", "woordvoerster": "f",
                  "topvrouw": "f", "directrice": "f", "koningin": "f", "koning": "m", "prinses": "f",
                  "prins": "m", "onderzoekster": "f", "boerin": "f", "lerares": "f", "docente": "f",
                  "studente": "f", "schrijfster": "f", "journaliste": "f", "zangeres": "f", "actrice": "f",
                  "eigenares": "f"},
    title_suffixes=("minister", "voorzitter", "woordvoerder", "woordvoerster", "directeur", "wethouder",
                    "leider", "bestuurder", "burgemeester", "secretaris", "commissaris", "president"),
    extra={"auxiliaries": ("heeft", "hebben", "had", "hadden"),
           # a dash and a name after a quotation standing alone sign it: "„…” – Mark Rutte"
           "dash_signature": True,
           "noun_markers": ("de", "het", "een", "zijn", "haar", "hun", "diens"),   # "het antwoord"
           "naming_verbs": ("genaamd", "getiteld", "heet", "heten"),
           "first_person": ("ik", "wij", "we"),
           "known_as": ("bekend als", "bekendstaand als", "ook wel"),
           "anaphoric_cues": ("dat", "dit", "zo"),
           "verb_second": True,
           # a source clause: "Zoals X zei, is …" / "…”, zoals X eerder zei."
           "as_cues": ("zoals",),
           "as_clause_objects": ("het",),
           # a quotation in a relative clause ending in its speech verb: "Smit, die het plan „…” noemde"
           "relative_cue_pronouns": ("die",),
           # "Met de woorden „…” opende X de vergadering", "„…” Met die woorden opende X …"
           "words_phrases": ("met de woorden", "met deze woorden", "met die woorden", "met zijn woorden",
                             "met haar woorden"),
           # a capitalised quotation right after these names a work, whatever its case: "het boek
           # „Het verdriet van België”", "de film „…”" (Dutch titles capitalise only their first word)
           "work_nouns": ("boek", "roman", "film", "documentaire", "serie", "programma", "tv-programma",
                          "lied", "liedje", "nummer", "single", "album", "voorstelling", "musical", "toneelstuk",
                          "gedicht", "bundel", "podcast", "rapport", "tentoonstelling"),
           # … and a title-case one after these names a medium or programme: "zei hij tegen „NRC”",
           # "zei ze in „Buitenhof”"
           "medium_words": ("tegen", "aan", "in", "bij", "op"),
           # a quotation closed by its own full stop ends its sentence: „…” Dat zei X maandag.
           "final_marks": ".!?",
           # … and its next sentence may name a body behind these as its source: „…” Dat meldt de politie.
           "next_sentence_body_articles": ("de", "het")},
)
