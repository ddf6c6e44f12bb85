#!/usr/bin/env python3
"""Build the second held-out quotation gold (``gold.jsonl``) and its articles (``articles.jsonl``).

Eight more short fictional news articles (CC0, written for searchidx), two per language, written and
annotated by hand on 2026-11-29 *before* the extractor was run on them, in styles that neither the
development sets nor the first held-out set (``../heldout``) show: a council live blog with time
stamps and a body speaking as "it", a court report with descriptions of the people in it, Dutch
„…” with present-tense "zegt" and "aldus", a Flemish radio report with a colon interview, German
„…“ with nested ‚…‘, "heißt es" and "teilte … mit", an Austrian report with »…« and Konjunktiv,
French « » with a quotation over several paragraphs (» opening the continued ones) and inverted
"a-t-elle ajouté", and a Quebec report with "…" and "d'après".  They are only measured
(``bench/quotes.py``), never used to tune rules.

The format and the offset computation are those of ``../heldout/make_gold.py``.
Usage: python samples/heldout2/make_gold.py   (writes gold.jsonl and articles.jsonl next to itself)
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("heldout_make_gold", HERE.parent / "heldout/make_gold.py")
_first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_first)

ARTICLES = [
    dict(id="harlow-bridge-live", lang="en", source="Harlow Valley Post", date="2025-10-02",
         title="Live: Harlow council debates the future of the Old Mill Bridge",
         text="""Our reporters are following Thursday's council meeting on the Old Mill Bridge, closed since a lorry struck it in August.

7:02 p.m.

The meeting has opened with a statement from the Harlow Heritage Trust, which owns the bridge. "Repair is possible, but not this year and not on this budget," the trust said. It added that it would "not stand in the way of a temporary crossing."

7:15 p.m.

Council leader Amara Osei told members the county had offered £1.2 million towards a replacement. "That is less than half of what we need," she said, "and it comes with conditions I cannot accept tonight."

7:31 p.m.

Shopkeepers from Mill Street have taken the public seats. One of them, baker Gareth Lloyd, was allowed to speak for three minutes.

"Since August my takings are down by a third. People don't walk the long way round for a loaf of bread."

He was applauded from the gallery.

7:48 p.m.

Opposition councillor Ruth Hennessy accused the leadership of "sleepwalking into a second winter without a bridge".

Asked by this reporter whether a ferry was an option, Osei laughed. "We looked at it. The river is eleven metres wide.\"""",
         quotes=[("Repair is possible, but not this year and not on this budget,", ["the Harlow Heritage Trust", "the trust"], "the trust"),
                 ("not stand in the way of a temporary crossing.", ["the Harlow Heritage Trust", "the trust"], "It"),
                 ("That is less than half of what we need,", ["Amara Osei", "Osei"], "she"),
                 ("and it comes with conditions I cannot accept tonight.", ["Amara Osei", "Osei"], "she"),
                 ("Since August my takings are down by a third. People don't walk the long way round for a loaf of bread.", ["Gareth Lloyd", "Lloyd"], "Gareth Lloyd"),
                 ("sleepwalking into a second winter without a bridge", ["Ruth Hennessy", "Hennessy"], "Ruth Hennessy"),
                 ("We looked at it. The river is eleven metres wide.", ["Amara Osei", "Osei"], "Osei")],
         nonquotes=[]),
    dict(id="kesterton-fraud-trial", lang="en", source="Northgate Evening News", date="2025-03-27",
         title="Former charity treasurer jailed for four years",
         text="""A former treasurer of a Kesterton children's charity has been jailed for four years for stealing more than £300,000 from it over a decade.

Martin Crewe, 58, admitted fraud by abuse of position at Northgate Crown Court in January.

Sentencing him on Wednesday, Judge Eleanor Pryce said the money had been meant for "children who had very little to begin with".

"You were trusted completely, and you used that trust to fund a lifestyle you could not otherwise afford," the judge told him.

The prosecutor, Daniel Achebe, said Crewe had moved the money through 214 transfers to accounts in his wife's name. Mrs Crewe was not charged.

"This was not a moment of weakness," Mr Achebe told the court. "It was a plan, and it ran for ten years."

Crewe's barrister said his client was "deeply ashamed" and had sold the family home to repay part of the sum.

Outside court, the charity's chair, Janet Moore, said the trustees had changed how payments are approved. "We will never again let one person hold every key," she said.""",
         quotes=[("children who had very little to begin with", ["Eleanor Pryce", "Judge Eleanor Pryce", "the judge"], "Judge Eleanor Pryce"),
                 ("You were trusted completely, and you used that trust to fund a lifestyle you could not otherwise afford,", ["Eleanor Pryce", "the judge"], "the judge"),
                 ("This was not a moment of weakness,", ["Daniel Achebe", "Achebe"], "Mr Achebe"),
                 ("It was a plan, and it ran for ten years.", ["Daniel Achebe", "Achebe"], "Mr Achebe"),
                 ("deeply ashamed", ["Crewe's barrister", "barrister"], "Crewe's barrister"),
                 ("We will never again let one person hold every key,", ["Janet Moore", "Moore"], "she")],
         nonquotes=[]),
    dict(id="zwolle-fietsenstalling", lang="nl", source="IJsselbode", date="2025-09-15",
         title="Nieuwe fietsenstalling bij station Zwolle na twee weken al vol",
         text="""De nieuwe ondergrondse fietsenstalling bij het station, die op 1 september openging, is nu al op werkdagen voor negen uur vol.

„We hebben ons verkeken op het aantal studenten”, zegt wethouder Ilse Brouwer. „Daar nemen wij de verantwoordelijkheid voor.”

De stalling biedt plaats aan 5.800 fietsen. Volgens de gemeente waren dat er bij de opening „ruim voldoende voor de komende tien jaar”.

Forens Sander de Wit fietst elke dag van Berkum naar het station. „Vanochtend heb ik mijn fiets tegen een lantaarnpaal gezet. Dat mag niet, maar wat moet je?”

De Fietsersbond is minder verbaasd. „Wij hebben in 2023 al gewaarschuwd dat het te krap was”, aldus voorzitter Hanneke Smit. Zij pleit voor een tweede stalling aan de zuidkant.

Brouwer belooft dat er voor de winter tijdelijke rekken komen. „Geen mooie oplossing, wel een snelle.”""",
         quotes=[("We hebben ons verkeken op het aantal studenten", ["Ilse Brouwer", "Brouwer"], "Ilse Brouwer"),
                 ("Daar nemen wij de verantwoordelijkheid voor.", ["Ilse Brouwer", "Brouwer"], "Ilse Brouwer"),
                 ("ruim voldoende voor de komende tien jaar", ["de gemeente", "gemeente"], "gemeente"),
                 ("Vanochtend heb ik mijn fiets tegen een lantaarnpaal gezet. Dat mag niet, maar wat moet je?", ["Sander de Wit", "De Wit"], "Sander de Wit"),
                 ("Wij hebben in 2023 al gewaarschuwd dat het te krap was", ["Hanneke Smit", "Smit"], "Hanneke Smit"),
                 ("Geen mooie oplossing, wel een snelle.", ["Ilse Brouwer", "Brouwer"], "Brouwer")],
         nonquotes=[]),
    dict(id="leuven-radio-markt", lang="nl", source="Radio Dijleland", date="2025-04-08",
         title="Leuvense Vismarkt wordt autovrij: handelaars verdeeld",
         text="""Vanaf juni mogen er geen auto's meer op de Vismarkt in Leuven. Dat heeft het stadsbestuur maandagavond beslist.

Schepen van Mobiliteit Karel Peeters legde in ons programma uit waarom: 'Elke ochtend staan hier bestelwagens, taxi's en zoekverkeer door elkaar. Dat is niet houdbaar.'

Niet iedereen is blij. Bloemist Lotte Janssens vreest voor haar klanten uit de rand. 'Wie komt er nog met een bak planten naar huis op de fiets?' vraagt ze zich af.

Ook de oppositie is kritisch. Gemeenteraadslid Youssef El Amrani schreef op sociale media dat de beslissing 'over de hoofden van de handelaars heen' genomen is.

Peeters reageerde in de studio: 'We hebben drie infomomenten gehouden. Wie wilde, kon zijn zegje doen.'

De stad voorziet wel laad- en loszones tot elf uur 's ochtends.""",
         quotes=[("Elke ochtend staan hier bestelwagens, taxi's en zoekverkeer door elkaar. Dat is niet houdbaar.", ["Karel Peeters", "Peeters"], "Karel Peeters"),
                 ("Wie komt er nog met een bak planten naar huis op de fiets?", ["Lotte Janssens", "Janssens"], "ze"),
                 ("over de hoofden van de handelaars heen", ["Youssef El Amrani", "El Amrani"], "Youssef El Amrani"),
                 ("We hebben drie infomomenten gehouden. Wie wilde, kon zijn zegje doen.", ["Karel Peeters", "Peeters"], "Peeters")],
         nonquotes=[]),
    dict(id="kassel-museum-dach", lang="de", source="Fuldataler Anzeiger", date="2025-06-11",
         title="Regen im Museum: Naturkundemuseum schließt Westflügel",
         text="""Das Naturkundemuseum am Auepark hat seinen Westflügel auf unbestimmte Zeit geschlossen. Nach den Unwettern der vergangenen Woche war Wasser durch das Dach in zwei Ausstellungsräume gelaufen.

„Wir haben die Vitrinen noch in der Nacht geräumt“, sagte Museumsleiterin Dr. Katrin Vogel am Dienstag. „Beschädigt wurde zum Glück nur ein einziges Präparat.“

Die Stadt hatte die Sanierung des Daches bereits 2021 beschlossen, aber mehrfach verschoben. In einer Mitteilung des Kulturamts heißt es, die Arbeiten seien „nun vordringlich“.

Der Förderverein des Museums teilte mit, er werde 20.000 Euro für Notmaßnahmen bereitstellen. Sein Vorsitzender Helmut Krause sprach von einem „Weckruf für die ganze Stadt“.

Besucherin Sabine Roth kam mit ihren Enkeln vergeblich. „Die Kinder wollten unbedingt den ‚großen Hirsch‘ sehen, und ausgerechnet der steht hinten“, erzählte sie.""",
         quotes=[("Wir haben die Vitrinen noch in der Nacht geräumt", ["Katrin Vogel", "Vogel"], "Katrin Vogel"),
                 ("Beschädigt wurde zum Glück nur ein einziges Präparat.", ["Katrin Vogel", "Vogel"], "Katrin Vogel"),
                 ("nun vordringlich", ["Kulturamt", "Kulturamts"], "Kulturamts"),
                 ("Weckruf für die ganze Stadt", ["Helmut Krause", "Krause"], "Helmut Krause"),
                 ("Die Kinder wollten unbedingt den ‚großen Hirsch‘ sehen, und ausgerechnet der steht hinten", ["Sabine Roth", "Roth"], "sie")],
         nonquotes=[]),
    dict(id="graz-bim-verlaengerung", lang="de", source="Murtaler Tagblatt", date="2025-02-19",
         title="Straßenbahn nach Puntigam: Baustart verschiebt sich erneut",
         text="""Die Verlängerung der Straßenbahnlinie 5 nach Puntigam verzögert sich um ein weiteres Jahr. Das bestätigte die Verkehrsstadträtin am Mittwoch.

»Die Ausschreibung hat keine Angebote gebracht, die wir verantworten können«, sagte Stadträtin Martina Eder. Man müsse neu ausschreiben, das koste Zeit.

Die Anrainer sind verärgert. »Seit acht Jahren wird uns die Bim versprochen«, sagt Franz Pichler, der eine Trafik an der Triester Straße betreibt. »Ich glaube es erst, wenn ich damit fahre.«

Der Rechnungshof hatte das Projekt bereits im Vorjahr kritisiert. Die Kosten seien »nicht ausreichend abgesichert«, hieß es damals in dem Bericht.

Eder verteidigte das Vorgehen. Lieber eine Verzögerung als ein Bau, der mittendrin stehen bleibe, sagte sie. »Das hatten wir in Graz schon einmal.«""",
         quotes=[("Die Ausschreibung hat keine Angebote gebracht, die wir verantworten können", ["Martina Eder", "Eder"], "Martina Eder"),
                 ("Seit acht Jahren wird uns die Bim versprochen", ["Franz Pichler", "Pichler"], "Franz Pichler"),
                 ("Ich glaube es erst, wenn ich damit fahre.", ["Franz Pichler", "Pichler"], "Franz Pichler"),
                 ("nicht ausreichend abgesichert", ["Der Rechnungshof", "Rechnungshof"], "Rechnungshof"),
                 ("Das hatten wir in Graz schon einmal.", ["Martina Eder", "Eder"], "sie")],
         nonquotes=[]),
    dict(id="nantes-velos-cargo", lang="fr", source="L’Estuaire", date="2025-05-21",
         title="À Nantes, les livreurs à vélo-cargo réclament des voies réservées",
         text="""Une trentaine de livreurs à vélo-cargo se sont rassemblés mardi devant l’hôtel de ville de Nantes pour réclamer des voies qui leur soient réservées.

« On roule avec 150 kilos de colis sur des pistes pensées pour des vélos de ville », explique Inès Moreau, qui a fondé la coopérative Roule-Colis. « Dans les virages, on frôle les piétons. »

L’adjoint chargé des mobilités, Thomas Leroy, a reçu une délégation. « Nous allons étudier un premier axe dès la rentrée, a-t-il assuré. Mais je ne promets pas de miracle. »

Selon la coopérative, le nombre de livraisons à vélo a doublé en deux ans. Sa présidente a lu devant la foule une lettre adressée au maire :

« Monsieur le maire, nous ne demandons pas de faveur.

» Nous demandons de pouvoir travailler sans mettre personne en danger. »

Les commerçants du centre, eux, restent prudents. « Une voie de plus, c’est une place de stationnement de moins », estime Paul Garnier, président de l’association des commerçants.""",
         quotes=[("On roule avec 150 kilos de colis sur des pistes pensées pour des vélos de ville", ["Inès Moreau", "Moreau"], "Inès Moreau"),
                 ("Dans les virages, on frôle les piétons.", ["Inès Moreau", "Moreau"], "Inès Moreau"),
                 ("Nous allons étudier un premier axe dès la rentrée,", ["Thomas Leroy", "Leroy"], "il"),
                 ("Mais je ne promets pas de miracle.", ["Thomas Leroy", "Leroy"], "il"),
                 ("Monsieur le maire, nous ne demandons pas de faveur.", ["Sa présidente", "présidente"], "Sa présidente"),
                 ("Nous demandons de pouvoir travailler sans mettre personne en danger.", ["Sa présidente", "présidente"], "Sa présidente"),
                 ("Une voie de plus, c’est une place de stationnement de moins", ["Paul Garnier", "Garnier"], "Paul Garnier")],
         nonquotes=[]),
    dict(id="quebec-deneigement", lang="fr", source="Le Fleuve", date="2025-01-14",
         title="Déneigement : la Ville de Québec promet de faire mieux",
         text="""Après une semaine de critiques, la Ville de Québec a reconnu lundi que le déneigement des trottoirs avait été « insuffisant » lors de la dernière tempête.

"On a manqué notre coup dans certains quartiers, je ne le cacherai pas", a déclaré le maire, Benoît Tremblay, en conférence de presse.

D'après le syndicat des cols bleus, une quarantaine de postes de chauffeurs sont vacants depuis l'automne. "Ce n'est pas la neige qui est le problème, c'est le manque de monde", a affirmé son porte-parole, Marc-André Gagnon.

Dans Limoilou, plusieurs résidants disent avoir marché dans la rue pendant trois jours. "Avec une poussette, on n'avait pas le choix", raconte Julie Bergeron.

Le maire a promis un bilan "d'ici la fin du mois".""",
         quotes=[("insuffisant", ["la Ville de Québec", "Ville de Québec"], "la Ville de Québec"),
                 ("On a manqué notre coup dans certains quartiers, je ne le cacherai pas", ["Benoît Tremblay", "Tremblay"], "Benoît Tremblay"),
                 ("Ce n'est pas la neige qui est le problème, c'est le manque de monde", ["Marc-André Gagnon", "Gagnon"], "Marc-André Gagnon"),
                 ("Avec une poussette, on n'avait pas le choix", ["Julie Bergeron", "Bergeron"], "Julie Bergeron"),
                 ("d'ici la fin du mois", ["Benoît Tremblay", "Tremblay", "le maire"], "Le maire")],
         nonquotes=[]),
]

if __name__ == "__main__":
    _first.build(ARTICLES, HERE)
