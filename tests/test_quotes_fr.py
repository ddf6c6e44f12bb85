"""French quotation rules: one golden example per rule."""
import pytest

from searchidx.quotes import extract_quotes


def sq(text):
    return [(x.text, x.speaker) for x in extract_quotes(text, "fr")]


@pytest.mark.parametrize("text, expected", [
    # post-verb-speaker with an auxiliary, spaced guillemets
    ("« Nous ne céderons pas », a déclaré Sophie Binet.", [("Nous ne céderons pas", "Sophie Binet")]),
    # post-verb-speaker with an inverted pronoun
    ("« C’est inacceptable », a-t-il déclaré.", [("C’est inacceptable", "il")]),
    # post-speaker-verb
    ("« Le port est bloqué », le syndicat a indiqué.", [("Le port est bloqué", "le syndicat")]),
    # pre-speaker-verb
    ("Claire Dumoulin explique : « Les quais sont vides. »", [("Les quais sont vides.", "Claire Dumoulin")]),
    # according-to (selon)
    ("Selon la direction, la grève est « illégale et coûteuse ».", [("illégale et coûteuse", "la direction")]),
])
def test_rules(text, expected):
    assert sq(text) == expected


def test_pronoun_elle_resolves():
    text = ("« La grève continue », a déclaré la déléguée syndicale Marie Lefèvre.\n\n"
            "« Nous attendons une offre », précise-t-elle.")
    got = extract_quotes(text, "fr")
    assert got[1].speaker == "Marie Lefèvre" and got[1].method == "pronoun"
    assert text[got[1].speaker_start:got[1].speaker_end] == "elle"


def test_french_elision_is_not_a_quote_mark():
    assert extract_quotes("L’État et l’entreprise d’Aubin s’accordent aujourd’hui.", "fr") == []


def test_quote_only_paragraph_continues():
    text = ("« Le quai est fermé », a dit Paul Girard.\n\n"
            "« Personne ne travaille ce soir. Nous restons ici. »")
    got = extract_quotes(text, "fr")
    assert got[1].speaker == "Paul Girard" and got[1].method == "continuation"


def test_previous_subject():
    text = ("La ministre Ellen Brook a inspecté lundi le quai endommagé.\n\n"
            "« Il nous faudra au moins trois semaines pour le réparer. »")
    [quote] = extract_quotes(text, "fr")
    assert quote.speaker == "Ellen Brook" and quote.rule == "previous-subject"


# dash-signature: a dash and a name after a quotation standing alone, on its line or the next
@pytest.mark.parametrize("text, expected", [
    pytest.param("Nos lecteurs ont réagi.\n\n« Personne n'a demandé l'avis de l'équipe de nuit. » — Sophie Marin",
                 [("Sophie Marin", "dash-signature")], id="same line"),
    pytest.param("« Personne n'a demandé l'avis de l'équipe de nuit. » – Sophie Marin, docker, Le Havre.",
                 [("Sophie Marin", "dash-signature")], id="description"),
    pytest.param("« Personne n'a demandé l'avis de l'équipe de nuit. »\n\n— Sophie Marin.",
                 [("Sophie Marin", "dash-signature")], id="next paragraph"),
    pytest.param('« Le planning est un piège », a déclaré Sophie Marin. — Paul Roux.',
                 [("Sophie Marin", "post-verb-speaker")], id="after a cue"),
    pytest.param("« Personne n'a demandé l'avis de l'équipe de nuit. » — Et ce fut la fin de l'affaire.",
                 [(None, None)], id="no name"),
    pytest.param("« Personne n'a demandé l'avis de l'équipe de nuit. » — et ce fut la fin de l'affaire.",
                 [(None, None)], id="lowercase"),
])
def test_dash_signature(text, expected):
    assert [(x.speaker, x.rule) for x in extract_quotes(text, "fr")] == expected


# incise: the attribution written inside the marks splits the quotation, both parts keep the speaker
@pytest.mark.parametrize("text, expected", [
    pytest.param("Le maire Paul Girard a reçu les dockers. « Nous rouvrirons le quai, a-t-il assuré. "
                 "Mais pas avant lundi. »",
                 [("Nous rouvrirons le quai,", "Paul Girard"), ("Mais pas avant lundi.", "Paul Girard")],
                 id="inverted pronoun"),
    pytest.param("« Le quai est fermé, explique Claire Vidal, et il le restera. »",
                 [("Le quai est fermé,", "Claire Vidal"), ("et il le restera.", "Claire Vidal")],
                 id="inverted name"),
    pytest.param("« Le quai est fermé, a ajouté la ministre. Nous verrons demain. »",
                 [("Le quai est fermé,", "la ministre"), ("Nous verrons demain.", "la ministre")],
                 id="inverted description"),
    pytest.param("« C’est la vie, dit le proverbe, il faut avancer »",
                 [("C’est la vie, dit le proverbe, il faut avancer", None)], id="no speaker, no split"),
])
def test_incise_inside_the_marks(text, expected):
    assert sq(text) == expected


def test_continued_paragraph_opens_with_closing_guillemet():
    text = ("La présidente Anne Roy a lu une lettre :\n\n"
            "« Nous ne demandons pas de faveur.\n\n"
            "» Nous demandons de pouvoir travailler. »")
    assert sq(text) == [("Nous ne demandons pas de faveur.", "Anne Roy"),
                        ("Nous demandons de pouvoir travailler.", "Anne Roy")]


def test_previous_cue_reports_the_next_quotation():
    # previous-cue : discours indirect clos par « a-t-elle dit », puis une citation seule
    text = "La maire Anne Roy a défendu le projet. Mieux vaut attendre, a-t-elle dit. « Nous avons déjà vu cela. »"
    [quote] = extract_quotes(text, "fr")
    assert (quote.speaker, quote.rule) == ("Anne Roy", "previous-cue")


def test_titled_name_ends_before_an_unknown_verb():
    # previous-subject: « Le navetteur Paul Roy roule … » — the phrase ends with the name, not at "jour"
    text = "Le navetteur Paul Roy roule chaque jour vers la gare. « Ce matin, mon vélo était attaché à un lampadaire. »"
    [quote] = extract_quotes(text, "fr")
    assert (quote.speaker, quote.rule) == ("Paul Roy", "previous-subject")


# Golden rules (issue #3): one short invented example per rule that applies to French, with the
# whole output as (quote text, speaker, rule). French has no verb-second clause, so pre-verb-speaker
# comes from an incise ("« …, a prévenu X, … »") and "comme le souligne X" is an as-clause;
# final-cue does not apply (a cue closing a longer sentence is clause-end: French inverts it).
@pytest.mark.parametrize("text, expected", [
    pytest.param("« Nous ne céderons rien », a déclaré lundi la secrétaire générale du syndicat, Claire Dumas.",
                 [("Nous ne céderons rien", "Claire Dumas", "post-verb-speaker")], id="post-verb-speaker"),
    pytest.param("« Nous ne céderons rien », la syndicaliste a prévenu.",
                 [("Nous ne céderons rien", "la syndicaliste", "post-speaker-verb")], id="post-speaker-verb"),
    pytest.param("Claire Dumas a prévenu : « Nous ne céderons rien. »",
                 [("Nous ne céderons rien.", "Claire Dumas", "pre-speaker-verb")], id="pre-speaker-verb"),
    pytest.param("« Nous ne céderons rien, a prévenu Claire Dumas, la grève continuera. »",
                 [("Nous ne céderons rien,", "Claire Dumas", "post-verb-speaker"),
                  ("la grève continuera.", "Claire Dumas", "pre-verb-speaker")], id="pre-verb-speaker"),
    pytest.param("Claire Dumas, porte-parole du syndicat : « Nous ne céderons rien. »",
                 [("Nous ne céderons rien.", "Claire Dumas", "colon")], id="colon"),
    pytest.param("Claire Dumas, secrétaire générale du syndicat, s'est adressée aux grévistes :\n\n"
                 "« Nous ne céderons rien. »",
                 [("Nous ne céderons rien.", "Claire Dumas", "colon-paragraph")], id="colon-paragraph"),
    pytest.param("Selon Claire Dumas, la proposition de la direction est « une provocation ».",
                 [("une provocation", "Claire Dumas", "according-to")], id="according-to"),
    pytest.param("« Nous ne céderons rien », a assuré Claire Dumas. « La grève continuera jusqu'au bout. »",
                 [("Nous ne céderons rien", "Claire Dumas", "post-verb-speaker"),
                  ("La grève continuera jusqu'au bout.", "Claire Dumas", "same-paragraph")], id="same-paragraph"),
    pytest.param("La proposition est « indécente » et « méprisante », a estimé Claire Dumas.",
                 [("indécente", "Claire Dumas", "same-sentence"),
                  ("méprisante", "Claire Dumas", "post-verb-speaker")], id="same-sentence"),
    pytest.param("« Nous ne céderons rien », a assuré Claire Dumas.\n\n« La grève continuera jusqu'au bout. »",
                 [("Nous ne céderons rien", "Claire Dumas", "post-verb-speaker"),
                  ("La grève continuera jusqu'au bout.", "Claire Dumas", "next-paragraph")], id="next-paragraph"),
    pytest.param("La secrétaire générale Claire Dumas s'est rendue lundi sur le port.\n\n"
                 "« Plus aucun bateau n'est déchargé depuis une semaine. »",
                 [("Plus aucun bateau n'est déchargé depuis une semaine.", "Claire Dumas", "previous-subject")],
                 id="previous-subject"),
    pytest.param("La situation est grave, a assuré Claire Dumas. « Plus aucun bateau n'est déchargé depuis une semaine. »",
                 [("Plus aucun bateau n'est déchargé depuis une semaine.", "Claire Dumas", "previous-cue")],
                 id="previous-cue"),
    pytest.param("Claire Dumas a dénoncé lors d'une assemblée générale une proposition « indécente ».",
                 [("indécente", "Claire Dumas", "sentence-verb")], id="sentence-verb"),
    pytest.param("Claire Dumas trouve la proposition de la direction « indécente ».",
                 [("indécente", "Claire Dumas", "sentence-subject")], id="sentence-subject"),
    pytest.param("Claire Dumas a quitté la réunion, estimant que la proposition était « indécente ».",
                 [("indécente", "Claire Dumas", "participle")], id="participle"),
    pytest.param("La direction fait preuve d'un « mépris total » envers les salariés, a dénoncé Claire Dumas.",
                 [("mépris total", "Claire Dumas", "clause-end")], id="clause-end"),
    pytest.param("« Nous ne céderons rien », dixit Claire Dumas.",
                 [("Nous ne céderons rien", "Claire Dumas", "post-cue")], id="post-cue"),
    pytest.param("Le film « Les Oubliés » sort mercredi en salles.",
                 [("Les Oubliés", None, "title")], id="title"),
    pytest.param("Le syndicat a lancé une campagne baptisée « Ports debout ».",
                 [("Ports debout", None, "naming")], id="naming"),
    pytest.param("« Nous ne céderons rien. » — Claire Dumas",
                 [("Nous ne céderons rien.", "Claire Dumas", "dash-signature")], id="dash-signature"),
    # French-specific: the attribution inside the marks splits the quotation
    pytest.param("« Nous ne céderons rien, a-t-elle assuré. La grève continuera jusqu'au bout. »",
                 [("Nous ne céderons rien,", "elle", "post-verb-speaker"),
                  ("La grève continuera jusqu'au bout.", "elle", "same-paragraph")], id="incise"),
    pytest.param("Comme le résume Claire Dumas : « Nous ne céderons rien. »",
                 [("Nous ne céderons rien.", "Claire Dumas", "as-clause")], id="as-clause"),
    pytest.param("Claire Dumas, qui a jugé la proposition « indécente », appelle à la grève.",
                 [("indécente", "Claire Dumas", "relative-cue")], id="relative-cue"),
])
def test_golden_rule(text, expected):
    assert [(q.text, q.speaker, q.rule) for q in extract_quotes(text, "fr")] == expected


def test_reflexive_dit_says_no_name():
    # "s’est dit « … »" is saying something of oneself; "dit « … »" after a noun still names
    assert [(q.text, q.speaker) for q in extract_quotes("Le maire s'est dit « ouvert au dialogue ».", "fr")] \
        == [("ouvert au dialogue", "Le maire")]
    assert extract_quotes("Le quartier, dit « des Halles », sera rénové.", "fr")[0].rule == "naming"


def test_sentence_case_title_after_the_noun_of_a_work():
    # French writes titles in sentence case; after "livre", "film" … the quotation names a work
    text = "Claire Dumas a présenté lundi son livre « Le Silence du port »."
    assert [(q.text, q.speaker, q.rule) for q in extract_quotes(text, "fr")] == \
        [("Le Silence du port", None, "naming")]


@pytest.mark.parametrize("text", [
    "Pour Claire Dumas, la proposition de la direction est « indécente ».",
    "Aux yeux de Claire Dumas, la proposition est « indécente ».",
])
def test_whose_view_pour_and_aux_yeux_de(text):
    assert [(q.text, q.speaker, q.rule) for q in extract_quotes(text, "fr")] == \
        [("indécente", "Claire Dumas", "according-to")]


@pytest.mark.parametrize("text, expected", [
    ("« On ne lâchera rien », ont scandé les manifestants devant la préfecture.",
     [("On ne lâchera rien", "les manifestants")]),
    ("« C'est une victoire », s'est félicitée la maire de Lille, Martine Aubry.",
     [("C'est une victoire", "Martine Aubry")]),
    ("« C'est une victoire », se réjouit Claire Dumas.", [("C'est une victoire", "Claire Dumas")]),
    ("La CGT parle d'un « mépris total » envers les salariés.", [("mépris total", "La CGT")]),
    ("La préfecture évoque une situation « sous contrôle ».", [("sous contrôle", "La préfecture")]),
])
def test_more_french_cue_verbs(text, expected):
    assert sq(text) == expected
