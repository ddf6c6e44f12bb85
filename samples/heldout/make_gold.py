#!/usr/bin/env python3
"""Build the held-out quotation gold (``gold.jsonl``) and its articles (``articles.jsonl``).

Eight short fictional news articles (CC0, written for searchidx), two per language, in styles the
development sets do not show: British single quotes, US wire copy with partial and nested quotes and
a quotation over two paragraphs, Flemish ‘…’ with ’s, Dutch interview colons, German »…«, Swiss «…»
without ß, French « » with inverted verbs, Belgian French with straight quotes.  They were written and
annotated by hand *before* the extractor was run on them, and are not used to tune it.

Each quotation is given by its words, the accepted names of its speaker (the fullest name first),
and the mention it is attributed through (a name, description or pronoun near the quote).
Offsets are computed here, so the file is easy to review and extend.
Usage: python samples/heldout/make_gold.py   (writes gold.jsonl and articles.jsonl next to itself)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ARTICLES = [
    dict(id="brackenford-libraries", lang="en", source="Brackenford Gazette", date="2025-02-12",
         title="Brackenford council votes to close two libraries despite protest",
         text="""BRACKENFORD — Councillors in Brackenford voted on Wednesday night to close two of the town's five libraries, after a four-hour meeting that was twice interrupted by protesters in the public gallery.

'We have run out of options,' the council leader, Priya Raman, told the chamber. 'Nobody came into politics to shut libraries.'

Tom Akers, who chairs the Friends of Hillcrest Library, said he was 'heartbroken but not surprised'.

'This library is where my children learned to read,' he said outside the town hall. 'It's where pensioners come to stay warm. You can't put a price on that.'

The closures, which take effect in April, will free money the council says it needs for adult social care. In a statement, the county's director of finance, Helen Mabry, said the authority faced 'the hardest budget in a generation'.

Asked whether other libraries could follow, Ms Raman replied: 'I can't promise anything. I wish I could.'

The so-called 'library tax' proposed by the Liberal Democrats, a £5 annual levy, was rejected by 31 votes to 12.

'We'll be back,' shouted one protester as the gallery emptied.""",
         quotes=[("We have run out of options,", ["Priya Raman", "Raman"], "Priya Raman"),
                 ("Nobody came into politics to shut libraries.", ["Priya Raman", "Raman"], "Priya Raman"),
                 ("heartbroken but not surprised", ["Tom Akers", "Akers"], "he"),
                 ("This library is where my children learned to read,", ["Tom Akers", "Akers"], "he"),
                 ("It's where pensioners come to stay warm. You can't put a price on that.", ["Tom Akers", "Akers"], "he"),
                 ("the hardest budget in a generation", ["Helen Mabry", "Mabry"], "Helen Mabry"),
                 ("I can't promise anything. I wish I could.", ["Priya Raman", "Raman"], "Ms Raman"),
                 ("We'll be back,", ["one protester", "protester"], "one protester")],
         nonquotes=["library tax"]),
    dict(id="mesa-verde-springs-water", lang="en", source="Southwest Wire", date="2025-07-17",
         title="Drought forces Arizona town to truck in water",
         text="""MESA VERDE SPRINGS, Ariz. (SW Wire) — The small desert town of Mesa Verde Springs began trucking in drinking water this week after its last working well ran dry, officials said Thursday.

"We're in survival mode," Mayor Daniel Ortiz said at a news conference. "Every gallon counts right now, and we're asking people to act like it."

The town of 2,300 residents relies on groundwater from an aquifer that has dropped nearly 40 feet since 2015, according to the state's water department.

Ortiz said the town would spend about $80,000 a month on deliveries, money he described as "simply not in the budget."

Residents lined up with jugs outside the fire station Wednesday. Carmen Flores, 67, said she had not showered at home in a week.

"My granddaughter asked me, 'Grandma, why is the faucet broken?' and I didn't know what to tell her," Flores said.

A spokeswoman for Governor Ellen Hart said the state was "exploring every option, including emergency funds," but declined to give a timeline.

Hydrologist Nate Bishop of the University of Arizona put it bluntly:

"This isn't a one-off. Towns across the Southwest are drawing down aquifers that took thousands of years to fill.

"When they're gone, they're gone."

The town council will vote Monday on mandatory restrictions. Council member Luis Pena said he expected the measure to pass "without much of a fight.\"""",
         quotes=[("We're in survival mode,", ["Daniel Ortiz", "Ortiz"], "Daniel Ortiz"),
                 ("Every gallon counts right now, and we're asking people to act like it.", ["Daniel Ortiz", "Ortiz"], "Daniel Ortiz"),
                 ("simply not in the budget.", ["Daniel Ortiz", "Ortiz"], "he"),
                 ("My granddaughter asked me, 'Grandma, why is the faucet broken?' and I didn't know what to tell her,", ["Carmen Flores", "Flores"], "Flores"),
                 ("exploring every option, including emergency funds,", ["A spokeswoman for Governor Ellen Hart", "spokeswoman"], "A spokeswoman for Governor Ellen Hart"),
                 ("This isn't a one-off. Towns across the Southwest are drawing down aquifers that took thousands of years to fill.", ["Nate Bishop", "Bishop"], "Nate Bishop"),
                 ("When they're gone, they're gone.", ["Nate Bishop", "Bishop"], "Nate Bishop"),
                 ("without much of a fight.", ["Luis Pena", "Pena"], "he")],
         nonquotes=[]),
    dict(id="gent-zwembaden", lang="nl", source="Gentse Courant", date="2025-05-02",
         title="Gent sluit drie zwembaden voor de zomer",
         text="""GENT – Het Gentse stadsbestuur sluit deze zomer drie van de vijf openluchtzwembaden. Volgens schepen van Sport Lotte Verbeke is er simpelweg te weinig personeel.

‘We hebben alles geprobeerd, maar we vinden geen redders meer’, zegt Verbeke. ‘Dat is pijnlijk, zeker na de hittegolf van vorig jaar.’

De oppositie reageert verbolgen. ‘Dit is wanbeleid van de bovenste plank’, vindt gemeenteraadslid Jens De Smet. ‘Het stadsbestuur wist al maanden dat er een tekort dreigde.’

Ook bij de zwemclubs is de ontgoocheling groot. Voorzitter Ann Claeys van zwemclub De Watervlo laat weten dat ze de trainingen naar Lokeren moet verhuizen. ‘Onze jongste leden kunnen daar niet zelf naartoe fietsen’, zegt ze.

’s Zomers zwemmen er in Gent dagelijks duizenden mensen. De stad wil het tekort aan redders aanpakken met een opleiding die ‘gratis en snel’ moet zijn.

‘We verwachten de eerste nieuwe redders in september’, aldus Verbeke.""",
         quotes=[("We hebben alles geprobeerd, maar we vinden geen redders meer", ["Lotte Verbeke", "Verbeke"], "Verbeke"),
                 ("Dat is pijnlijk, zeker na de hittegolf van vorig jaar.", ["Lotte Verbeke", "Verbeke"], "Verbeke"),
                 ("Dit is wanbeleid van de bovenste plank", ["Jens De Smet", "De Smet"], "Jens De Smet"),
                 ("Het stadsbestuur wist al maanden dat er een tekort dreigde.", ["Jens De Smet", "De Smet"], "Jens De Smet"),
                 ("Onze jongste leden kunnen daar niet zelf naartoe fietsen", ["Ann Claeys", "Claeys"], "ze"),
                 ("We verwachten de eerste nieuwe redders in september", ["Lotte Verbeke", "Verbeke"], "Verbeke")],
         nonquotes=["gratis en snel"]),
    dict(id="dronten-droogte", lang="nl", source="Flevopost", date="2025-06-20",
         title="Akkerbouwers in Dronten vrezen voor hun oogst",
         text="""Akkerbouwer Gerrit Hendriks (58) uit Dronten kijkt bezorgd naar zijn aardappelveld. Sinds half mei is er geen druppel regen gevallen, en de provincie heeft een beregeningsverbod afgekondigd.

Hendriks: "Als het zo doorgaat, verlies ik de helft van mijn oogst. Dat overleef ik niet nog een keer."

Het waterschap verdedigt het verbod. "Het grondwaterpeil staat historisch laag", zegt woordvoerder Ilse Kramer. "We moeten kiezen tussen drinkwater en beregening, en dan gaat drinkwater voor."

Volgens Kramer krijgen boeren die schade lijden mogelijk een tegemoetkoming. Maar Hendriks gelooft daar weinig van. "Dat hebben ze in 2018 ook beloofd", zegt hij. "Ik heb nooit een cent gezien."

De Vereniging van Akkerbouwers noemt de situatie "zeer zorgelijk" en vraagt het kabinet om een noodfonds.

Minister Van den Broek van Landbouw liet dinsdag in een Kamerdebat weten dat er "geen geld op de plank ligt".""",
         quotes=[("Als het zo doorgaat, verlies ik de helft van mijn oogst. Dat overleef ik niet nog een keer.", ["Gerrit Hendriks", "Hendriks"], "Hendriks"),
                 ("Het grondwaterpeil staat historisch laag", ["Ilse Kramer", "Kramer"], "Ilse Kramer"),
                 ("We moeten kiezen tussen drinkwater en beregening, en dan gaat drinkwater voor.", ["Ilse Kramer", "Kramer"], "Ilse Kramer"),
                 ("Dat hebben ze in 2018 ook beloofd", ["Gerrit Hendriks", "Hendriks"], "hij"),
                 ("Ik heb nooit een cent gezien.", ["Gerrit Hendriks", "Hendriks"], "hij"),
                 ("zeer zorgelijk", ["Vereniging van Akkerbouwers"], "De Vereniging van Akkerbouwers"),
                 ("geen geld op de plank ligt", ["Van den Broek"], "Minister Van den Broek")],
         nonquotes=[]),
    dict(id="bahnstreik-sachsen", lang="de", source="Elbtal-Kurier", date="2025-03-10",
         title="Bahnstreik legt Nahverkehr in Sachsen lahm",
         text="""LEIPZIG. Ein Warnstreik der Lokführergewerkschaft hat am Montag den Regionalverkehr in weiten Teilen Sachsens zum Erliegen gebracht. Nach Angaben der Bahn fielen rund 80 Prozent der Züge aus.

»Wir lassen uns nicht länger hinhalten«, sagte der sächsische Bezirksvorsitzende der Gewerkschaft, Frank Lindner, vor dem Leipziger Hauptbahnhof. »Die Beschäftigten fahren seit Monaten am Limit.«

Die Bahn wies die Vorwürfe zurück. Eine Bahnsprecherin nannte den Streik »völlig unverhältnismäßig«. Man habe ein faires Angebot vorgelegt, über das weiter verhandelt werden könne.

Pendler reagierten gereizt. »Ich stehe hier seit einer Stunde und niemand sagt uns etwas«, klagte Sabine Krüger, die in Markkleeberg wohnt und in Leipzig als Pflegerin arbeitet.

»Unser Angebot liegt weiter auf dem Tisch«, so die Bahnsprecherin.

Der sächsische Verkehrsminister Jens Bauer forderte beide Seiten auf, an den Verhandlungstisch zurückzukehren. »Ein Streik auf dem Rücken der Pendler löst kein einziges Problem«, sagte Bauer dem Regionalsender.

In einer Mitteilung der Gewerkschaft heißt es, weitere Streiks seien »nicht ausgeschlossen«.""",
         quotes=[("Wir lassen uns nicht länger hinhalten", ["Frank Lindner", "Lindner"], "Frank Lindner"),
                 ("Die Beschäftigten fahren seit Monaten am Limit.", ["Frank Lindner", "Lindner"], "Frank Lindner"),
                 ("völlig unverhältnismäßig", ["Bahnsprecherin", "Sprecherin"], "Eine Bahnsprecherin"),
                 ("Ich stehe hier seit einer Stunde und niemand sagt uns etwas", ["Sabine Krüger", "Krüger"], "Sabine Krüger"),
                 ("Unser Angebot liegt weiter auf dem Tisch", ["Bahnsprecherin", "Sprecherin"], "die Bahnsprecherin"),
                 ("Ein Streik auf dem Rücken der Pendler löst kein einziges Problem", ["Jens Bauer", "Bauer"], "Bauer"),
                 ("nicht ausgeschlossen", ["Gewerkschaft", "Lokführergewerkschaft"], "der Gewerkschaft")],
         nonquotes=[]),
    dict(id="zuerich-tempo-30", lang="de", source="Limmat-Zeitung", date="2025-09-04",
         title="Zürcher Stadtrat will Tempo 30 flächendeckend",
         text="""Der Zürcher Stadtrat will auf fast allen Strassen der Stadt Tempo 30 einführen. Das hat Verkehrsvorsteherin Simone Brandt am Donnerstag vor den Medien angekündigt.

«Tempo 30 rettet Leben und macht die Quartiere leiser», sagte Brandt. Die Massnahme soll schrittweise bis 2030 umgesetzt werden.

Kritik kommt vom Gewerbeverband. Dessen Präsident Thomas Huber spricht von einer «Schikane für alle, die in dieser Stadt arbeiten». «Die Handwerker stehen schon heute stundenlang im Stau», sagt Huber gegenüber dieser Zeitung.

Auch der Automobilklub lehnt die Pläne ab. Man prüfe rechtliche Schritte, heisst es beim Klub.

Anders sieht es die Quartiervereinigung Wipkingen. «Endlich werden die Anwohnerinnen und Anwohner ernst genommen», meint deren Co-Präsidentin Lea Keller. Sie hofft, dass die Stadt schneller vorwärtsmacht: «Jedes Jahr Verzögerung bedeutet mehr Unfälle.»

Die Vorlage kommt im Herbst ins Parlament. Die Debatte dürfte hitzig werden, denn bereits der Begriff «flächendeckend» sorgt für Streit.""",
         quotes=[("Tempo 30 rettet Leben und macht die Quartiere leiser", ["Simone Brandt", "Brandt"], "Brandt"),
                 ("Schikane für alle, die in dieser Stadt arbeiten", ["Thomas Huber", "Huber"], "Thomas Huber"),
                 ("Die Handwerker stehen schon heute stundenlang im Stau", ["Thomas Huber", "Huber"], "Huber"),
                 ("Endlich werden die Anwohnerinnen und Anwohner ernst genommen", ["Lea Keller", "Keller"], "Lea Keller"),
                 ("Jedes Jahr Verzögerung bedeutet mehr Unfälle.", ["Lea Keller", "Keller"], "Sie")],
         nonquotes=["flächendeckend"]),
    dict(id="lyon-greve-bus", lang="fr", source="Rhône Matin", date="2025-03-18",
         title="À Lyon, les chauffeurs de bus en grève contre les nouveaux horaires",
         text="""Les chauffeurs de bus de l'agglomération lyonnaise ont cessé le travail mardi matin pour protester contre la réorganisation de leurs horaires, imposée par la direction depuis le 1er mars.

« On nous demande de travailler plus tard le soir, sans aucune compensation », a déclaré Karim Benali, délégué syndical, devant le dépôt de Vénissieux. « Les familles des chauffeurs, elles, ne comptent pas. »

Du côté de la direction, le ton est tout autre. « Ces nouveaux horaires répondent à une demande forte des usagers », affirme la directrice des opérations, Claire Moreau. Selon elle, la fréquentation des lignes de soirée a augmenté de 18 % en un an.

Les usagers, eux, prennent leur mal en patience. « J'ai attendu quarante minutes ce matin », raconte Julien, étudiant à l'université. « Je comprends les chauffeurs, mais c'est nous qui trinquons. »

Interrogé par la presse locale, le vice-président de la métropole chargé des transports, Bruno Lefort, s'est dit « ouvert au dialogue », tout en jugeant la grève « prématurée ».

Une nouvelle réunion est prévue jeudi. « Si rien ne bouge, nous reconduirons le mouvement lundi », a prévenu M. Benali.""",
         quotes=[("On nous demande de travailler plus tard le soir, sans aucune compensation", ["Karim Benali", "Benali"], "Karim Benali"),
                 ("Les familles des chauffeurs, elles, ne comptent pas.", ["Karim Benali", "Benali"], "Karim Benali"),
                 ("Ces nouveaux horaires répondent à une demande forte des usagers", ["Claire Moreau", "Moreau"], "Claire Moreau"),
                 ("J'ai attendu quarante minutes ce matin", ["Julien"], "Julien"),
                 ("Je comprends les chauffeurs, mais c'est nous qui trinquons.", ["Julien"], "Julien"),
                 ("ouvert au dialogue", ["Bruno Lefort", "Lefort"], "Bruno Lefort"),
                 ("prématurée", ["Bruno Lefort", "Lefort"], "Bruno Lefort"),
                 ("Si rien ne bouge, nous reconduirons le mouvement lundi", ["Karim Benali", "Benali"], "M. Benali")],
         nonquotes=[]),
    dict(id="bruxelles-zone-basses-emissions", lang="fr", source="Le Courrier de Bruxelles", date="2025-11-24",
         title="Bruxelles : la zone basses émissions divise les commerçants",
         text="""La Région bruxelloise a confirmé lundi l'entrée en vigueur, au 1er janvier, de la nouvelle phase de sa zone de basses émissions. Les voitures diesel de norme Euro 5 seront désormais interdites dans les dix-neuf communes.

"C'est une étape indispensable pour la santé des Bruxellois", a souligné le ministre de l'Environnement, Pierre Vanhout, lors d'une conférence de presse. Il a rappelé que la pollution de l'air cause chaque année des centaines de décès prématurés dans la capitale.

Chez les commerçants, l'inquiétude domine. "La moitié de mes clients viennent de Flandre ou de Wallonie en voiture", explique Nadia El Amrani, qui tient une boulangerie à Anderlecht. "S'ils ne peuvent plus venir, je ferme."

Pour l'Union des classes moyennes, la mesure arrive "beaucoup trop tôt". L'organisation patronale réclame un report de deux ans.

Le ministre, lui, n'entend pas reculer. "Nous avons prévenu tout le monde il y a cinq ans. Le calendrier ne bougera pas", a-t-il insisté.

Certaines communes espèrent aussi que la mesure fera disparaître les "voitures ventouses", ces véhicules qui restent garés des semaines au même endroit.""",
         quotes=[("C'est une étape indispensable pour la santé des Bruxellois", ["Pierre Vanhout", "Vanhout"], "Pierre Vanhout"),
                 ("La moitié de mes clients viennent de Flandre ou de Wallonie en voiture", ["Nadia El Amrani", "El Amrani"], "Nadia El Amrani"),
                 ("S'ils ne peuvent plus venir, je ferme.", ["Nadia El Amrani", "El Amrani"], "Nadia El Amrani"),
                 ("beaucoup trop tôt", ["Union des classes moyennes"], "Union des classes moyennes"),
                 ("Nous avons prévenu tout le monde il y a cinq ans. Le calendrier ne bougera pas", ["Pierre Vanhout", "Vanhout"], "il")],
         nonquotes=["voitures ventouses"]),
]


def nearest(text: str, word: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the occurrence of ``word`` (as a whole word) nearest to text[start:end]."""
    import regex
    best = None
    for m in regex.finditer(r"(?<!\w)" + regex.escape(word) + r"(?!\w)", text):
        d = start - m.end() if m.end() <= start else m.start() - end
        if m.start() < end and m.end() > start:
            continue                      # inside the quotation itself
        if best is None or d < best[0]:
            best = (d, m.start(), m.end())
    if best is None:
        raise SystemExit(f"mention {word!r} not found")
    return best[1], best[2]


def build(articles: list[dict] | None = None, here: Path = HERE) -> None:
    """Write ``gold.jsonl`` and ``articles.jsonl`` of ``articles`` (this set's by default) to ``here``."""
    gold, arts = [], []
    for a in ARTICLES if articles is None else articles:
        text, pos, quotes = a["text"], 0, []
        for words, names, mention in a["quotes"]:
            start = text.find(words, pos)
            if start < 0:
                raise SystemExit(f"{a['id']}: quotation not found: {words!r}")
            end = start + len(words)
            s, e = nearest(text, mention, start, end)
            quotes.append({"text": words, "start": start, "end": end, "speaker": names,
                           "speaker_spans": [[s, e]]})
            pos = end
        meta = {k: a[k] for k in ("id", "title", "source", "date", "lang", "text")}
        arts.append(meta)
        gold.append({**meta, "quotes": quotes, "nonquotes": a["nonquotes"]})
    for name, rows in (("gold.jsonl", gold), ("articles.jsonl", arts)):
        with open(here / name, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(gold)} articles, {sum(len(g['quotes']) for g in gold)} quotations")


if __name__ == "__main__":
    build()
