"""French."""
import regex

from .base import Language


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


SPEECH_VERBS = _w("""dire dit disait disent dira déclare déclaré déclarait déclarent déclarée affirme
        affirmé affirmait affirment explique expliqué expliquait expliquent ajoute ajouté ajoutait
        ajoutent précise précisé précisait précisent souligne souligné soulignait soulignent estime
        estimé estimait estiment assure assuré assurait assurent indique indiqué indiquait indiquent
        rappelle rappelé rappelait rappellent insiste insisté poursuit poursuivi lance lancé confie
        confié raconte raconté racontait martèle martelé annonce annoncé annonçait avertit averti
        prévient prévenu dénonce dénoncé dénoncent regrette regretté reconnaît reconnu admet admis
        répond répondu répondait réagit réagi commente commenté écrit écrivait observe observé note
        noté conclut conclu résume résumé tranche tranché glisse glissé interroge juge jugé jugent
        considère considéré avance avancé plaide plaidé rétorque rétorqué ironise ironisé déplore
        déploré promet promis lâche lâché prévient s'insurge insurge s’insurge fulmine fulminé
        proteste protesté réclame réclamé réclament exige exigé exigent demande demandé demandent
        témoigne témoigné souffle soufflé détaille détaillé argue argué justifie justifié
        reconnaissent
        scande scandé scandent scandaient félicite félicité félicitée félicités félicitent réjouit réjoui
        réjouie réjouissent parle parlé parlent parlait évoque évoqué évoquent évoquait alerte alerté
        alertent""")
# present participles of speech verbs: "…, estimant que la proposition est « indécente »" — the
# subject of the sentence speaks
PARTICIPLES = _w("""disant déclarant affirmant expliquant ajoutant précisant soulignant estimant assurant
        indiquant rappelant dénonçant regrettant reconnaissant jugeant considérant avertissant
        prévenant promettant lançant martelant insistant réclamant exigeant""")
TITLES = _w("""m mme mlle monsieur madame président présidente ministre maire porte-parole
        directeur directrice secrétaire délégué déléguée syndicaliste responsable représentant
        représentante préfet préfète député députée sénateur sénatrice chef cheffe avocat avocate
        procureur procureure juge expert experte chercheur chercheuse patron patronne dirigeant
        dirigeante conseiller conseillère adjoint adjointe général générale commissaire coordinateur
        coordinatrice docker dockers salarié salariée salariés habitant habitante habitants
        riverain riveraine riverains élu élue élus économiste analyste gérant gérante fondateur
        fondatrice premier première secrétaire-général ingénieur ingénieure militant militante
        porte-paroles agriculteur agricultrice
        navetteur navetteuse usager usagère usagers commerçant commerçante commerçants boulanger
        boulangère fleuriste pêcheur chauffeur conducteur conductrice enseignant enseignante
        professeur professeure instituteur institutrice étudiant étudiante lycéen lycéenne médecin
        infirmier infirmière pompier policier policière gendarme écrivain écrivaine journaliste auteur
        autrice artiste chanteur chanteuse acteur actrice réalisateur réalisatrice joueur joueuse
        entraîneur sélectionneur capitaine cycliste manifestant manifestante manifestants bénévole
        bénévoles locataire locataires propriétaire historien historienne sociologue politologue
        juriste notaire témoin""")
AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait")


def _incise_re(verbs: frozenset[str], titles: frozenset[str]) -> regex.Pattern:
    """The attribution clause French writes inside the marks: « …, a-t-il assuré. … »,
    « …, dit-elle, … », « …, explique Thomas Leroy. … », « …, a ajouté la ministre. … »."""
    def alt(words):
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    verb, aux, title = alt(verbs), alt(AUXILIARIES), alt(titles)
    inverted = rf"(?:{verb}|{aux})(?:-t)?-(?:il|elle|ils|elles|on)(?:\s+(?:{verb}))?"
    name = r"(?:(?:M\.|Mme|Me|Dr)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:de\s+|d’|d'|le\s+)?\p{Lu}[\p{L}’'-]+){0,2}"
    description = rf"(?:le|la|les|l’|l'|son|sa|leur)\s*(?:{title})\b[^,.;:!?«»“”\"]{{0,40}}"
    after_noun = rf"(?:(?:{aux})\s+)?(?:{verb})\s+(?:{name}|{description})"
    return regex.compile(rf"(?<=\w)(?P<comma>,)\s+(?:{inverted}|{after_noun})\s*[,.;]\s+(?=\w)")


LANGUAGE = Language(
    code="fr",
    name="Français",
    analyzer_lang="fr",
    function_words=frozenset("""le la les de des du un une et est en que qui dans pour pas au aux sur
        il elle ne se ce sont par plus avec son sa ses ont été était mais ou leur nous vous a""".split()),
    abbreviations=frozenset("""m mm mme mmes mlle dr pr me st ste etc cf p.ex janv févr avr juil sept
        oct nov déc n°""".split()),
    # --- quotations ---
    speech_verbs=SPEECH_VERBS | PARTICIPLES,
    pronouns={"il": "person", "elle": "person", "ils": "any", "elles": "any", "on": "any",
              "je": "person", "nous": "group"},
    titles=TITLES,
    according_to=("selon", "d'après", "d’après", "aux dires de", "de l'avis de", "de l’avis de", "aux yeux de"),
    determiners=_w("""le la les l' l’ un une des du ce cet cette ces son sa ses leur leurs deux trois
        quatre plusieurs certains certaines"""),
    quote_pairs=(("«", "»"), ("“", "”"), ("‹", "›"), ('"', '"')),
    elisions=frozenset(),
    name_particles=_w("de du des le la d' d’ von van al ben"),
    # ("l’adjointe chargée de la culture": a role phrase goes on after "chargé")
    np_connectors=_w("de du des d' d’ pour chez chargé chargée chargés chargées"),
    conjunctions=_w("et"),
    prepositions=_w("""à au aux dans en sur sous par avec lors pendant après avant depuis vers devant
        auprès contre entre sans"""),
    np_stops=_w("""que qui dont où quand lorsque mais donc puis alors aussi encore déjà hier
        aujourd'hui aujourd’hui demain lundi mardi mercredi jeudi vendredi samedi dimanche est était
        sont étaient a ont avait avaient sera serait ne n' n’ pas plus toutefois cependant
        pourtant ensuite enfin également notamment ainsi ici là y se s' s’ s'est s’est s'était s’était
        s'étaient s’étaient"""),
    complementizers=_w("que qu' qu’"),
    # (a weekday stands between the verb and its subject: "a déclaré lundi la porte-parole")
    verb_fillers=_w("""a ont avait avaient également aussi encore ensuite alors enfin aujourd'hui
        aujourd’hui hier déjà lundi mardi mercredi jeudi vendredi samedi dimanche se s'est s’est"""),
    post_cues=_w("dixit"),          # "« … », dixit le ministre"
    naming_words=_w("""baptisé baptisée baptisés surnommé surnommée dit dite dits intitulé intitulée
        appelé appelée nommé nommée soi-disant prétendu prétendue slogan mot devise"""),
    gender_words={"il": "m", "elle": "f", "m": "m", "mme": "f", "mlle": "f", "madame": "f", "monsieur": "m",
                  "présidente": "f", "directrice": "f", "déléguée": "f", "représentante": "f", "préfète": "f",
                  "députée": "f", "sénatrice": "f", "cheffe": "f", "avocate": "f", "experte": "f",
                  "chercheuse": "f", "patronne": "f", "dirigeante": "f", "conseillère": "f",
                  "adjointe": "f", "coordinatrice": "f", "fondatrice": "f", "militante": "f",
                  "directeur": "m", "président": "m", "délégué": "m", "représentant": "m", "préfet": "m",
                  "député": "m", "sénateur": "m", "avocat": "m", "chercheur": "m", "patron": "m",
                  "dirigeant": "m", "conseiller": "m", "adjoint": "m", "coordinateur": "m",
                  "fondateur": "m", "militant": "m",
                  "navetteuse": "f", "usagère": "f", "commerçante": "f", "boulangère": "f", "conductrice": "f",
                  "enseignante": "f", "institutrice": "f", "étudiante": "f", "lycéenne": "f", "infirmière": "f",
                  "policière": "f", "écrivaine": "f", "autrice": "f", "chanteuse": "f", "actrice": "f",
                  "réalisatrice": "f", "joueuse": "f", "manifestante": "f", "historienne": "f",
                  "navetteur": "m", "commerçant": "m", "boulanger": "m", "conducteur": "m", "instituteur": "m",
                  "lycéen": "m", "infirmier": "m", "policier": "m", "chanteur": "m", "acteur": "m",
                  "réalisateur": "m", "joueur": "m", "historien": "m"},
    title_suffixes=(),
    extra={"auxiliaries": AUXILIARIES,
           "participles": tuple(sorted(PARTICIPLES)),
           # "comme le souligne X", "comme l’a rappelé X": a source clause whose subject follows its verb
           "as_cues": ("comme",),
           # "Claire Dumas, qui a jugé la proposition « … »": the relative pronoun speaks for its antecedent
           "relative_subjects": ("qui",),
           # "s’est dit « ouvert »", "se dit « inquiète »": "dit" after a reflexive says, it names nothing
           "reflexive_saying": ("se", "s'est", "s’est", "s'était", "s’était", "s'étaient", "s’étaient", "se sont"),
           # the noun of a work before a title, which French writes in sentence case (« Le Silence du port »)
           "work_noun_titles": True,
           "work_nouns": ("film", "livre", "roman", "album", "chanson", "série", "émission", "documentaire",
                          "pièce", "spectacle", "ouvrage", "essai", "exposition", "opéra", "téléfilm", "disque",
                          "podcast", "recueil", "tableau", "festival"),
           # "Pour Claire Dumas, la proposition est « … »": whose view the sentence gives
           "opinion_preps": ("pour",),
           "as_cue_inverted": ("le", "l'", "l’", "l", "l'a", "l’a", "l'ont", "l’ont", "l'avait", "l’avait"),
           # the attribution written inside the marks splits the quotation (« …, a-t-il assuré. … »)
           "incise_re": _incise_re(SPEECH_VERBS, TITLES),
           # a dash and a name after a quotation standing alone sign it: "« … » — Sophie Binet"
           "dash_signature": True,
           "noun_markers": ("le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs"),  # "la réponse"
           "clitic_re": r"(.+?)(?:-t)?-(il|elle|ils|elles|on|je|nous)",
           # a scare quote takes the sentence subject only when that is a person (name or pronoun)
           "scare_quotes_of_persons": True,
           "naming_verbs": ("appelé", "appelée", "nommé", "nommée", "baptisé", "baptisée"),
           "first_person": ("je", "nous"),
           "anaphoric_cues": ("c'est", "c’est", "ainsi"),
           "known_as": ("connu sous le nom de", "connue sous le nom de", "dit", "soi disant")},
)
