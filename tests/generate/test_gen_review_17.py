"""The faults of the seventeenth blind review (tests/generate/data/review_17, eight articles in
genres not read before: a wine-harvest report, a road-safety annual report, a Q&A explainer, a
tennis final, a rocket launch timeline, readers' letters, weekly fuel prices and a restaurant
guide's award list), each rebuilt on invented sentences like the article's and checked as the
learner would see it.

The verdicts are in tests/generate/data/review_17/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import dated_context, invented_article, invented_context, meaning_in

from tutor.extract import extract_many
from tutor.facts import ArticleFacts

pytestmark = pytest.mark.slow


def _facts(folder: Path, body: str) -> ArticleFacts:
    article, _ = invented_article(folder, body)
    (facts,) = extract_many([article])
    return facts


# --- glossary senses --------------------------------------------------------------------------


SENSES = [
    pytest.param(
        "Au deuxième set, la joueuse a sauvé deux balles de break avant de conclure d'un passing "
        "de revers le long de la ligne.",
        "revers",
        "tennis",
        id="revers-the-stroke",
    ),
    pytest.param(
        "À 22 ans, elle remporte son premier trophée sur le circuit WTA, au terme d'une finale "
        "très disputée.",
        "circuit",
        "tournois",
        id="circuit-of-tournaments",
    ),
    pytest.param(
        "Trois minutes après le décollage, le largage de la coiffe a libéré le satellite.",
        "largage",
        "fusée",
        id="largage-of-a-rocket-s-part",
    ),
    pytest.param(
        "L'extinction du moteur du premier étage est intervenue à 150 kilomètres d'altitude.",
        "extinction",
        "moteur",
        id="extinction-of-an-engine",
    ),
    pytest.param(
        "C'était le troisième vol du lanceur européen depuis le début de l'année à Kourou.",
        "vol",
        "fusée",
        id="vol-of-a-rocket",
    ),
    pytest.param(
        "Le conseil municipal a voté un centre-ville piéton dans les rues commerçantes dès le "
        "mois de mai.",
        "piéton",
        "voitures",
        id="pieton-the-adjective",
    ),
    pytest.param(
        "La rue est interdite aux voitures le samedi, pour une période d'essai de trois mois "
        "décidée par la mairie.",
        "période d'essai",
        "mesure",
        id="periode-d-essai-of-a-measure",
    ),
    pytest.param(
        "La joueuse de 21 ans, 54e mondiale, a battu en finale la tête de série numéro 2.",
        "mondial",
        "classement",
        id="mondial-a-world-rank",
    ),
    pytest.param(
        "Le guide Michelin rappelle que sa sélection compte aussi des restaurants à moins de 40 "
        "euros.",
        "sélection",
        "guide",
        id="selection-of-a-guide",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """tennis: the backhand "volée de revers" was "Un échec", the "circuit ATP" a closed track;
    launch: the "largage de la coiffe" dropped water on a fire, the "extinction du moteur" was a
    species dying out, the launcher's "vol" a plane's trip; letters: "Centre-ville piéton" was
    a person on foot, the pedestrian zone's "période d'essai" a work contract's; guide: the
    guide's "sélection" was a national team."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


@pytest.mark.parametrize(
    ("sentence", "term", "meant"),
    [
        pytest.param(
            "Le parti a subi un sérieux revers aux élections municipales de dimanche.",
            "revers",
            "échec",
            id="revers-a-defeat",
        ),
        pytest.param(
            "Les pilotes font un dernier tour du circuit avant la course de dimanche.",
            "circuit",
            "parcours",
            id="circuit-a-track",
        ),
        pytest.param(
            "Les bombardiers d'eau ont multiplié les largages au-dessus de l'incendie.",
            "largage",
            "feu",
            id="largage-on-a-fire",
        ),
        pytest.param(
            "Cette espèce d'oiseau est menacée d'extinction à cause de la disparition des forêts.",
            "extinction",
            "espèce",
            id="extinction-of-a-species",
        ),
        pytest.param(
            "Le vol pour Montréal a été annulé et les passagers sont restés à l'aéroport.",
            "vol",
            "avion",
            id="vol-of-a-plane",
        ),
        pytest.param(
            "Un piéton a été renversé par une voiture en traversant le passage clouté.",
            "piéton",
            "personne",
            id="pieton-a-person",
        ),
        pytest.param(
            "Le salarié a été licencié à la fin de sa période d'essai, après deux mois de contrat.",
            "période d'essai",
            "contrat",
            id="periode-d-essai-of-a-contract",
        ),
        pytest.param(
            "Les Bleus joueront leur premier match du Mondial face au Brésil dans un stade plein.",
            "mondial",
            "Coupe du monde",
            id="mondial-the-world-cup",
        ),
        pytest.param(
            "Le sélectionneur a dévoilé la sélection de l'équipe nationale pour la Coupe du monde.",
            "sélection",
            "équipe",
            id="selection-a-national-team",
        ),
    ],
)
def test_the_usual_sense_stays_where_it_is_meant(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """The senses added for review 17 leave the older ones where the sentence means them."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


# --- reading the text: who speaks -------------------------------------------------------------


LETTERS = (
    "Tours, le samedi 7 février 2026. – Notre article sur la fermeture de la piscine du Lac "
    "vous a fait réagir. En voici une sélection.\n\n"
    "« Mes enfants ont appris à nager dans cette piscine. La fermer, c'est priver tout un "
    "quartier d'un service public. »\n"
    "Sandrine, 41 ans, aide-soignante, Tours.\n\n"
    "« Je nage tous les matins avant le travail. Le centre aquatique est à quarante minutes en "
    "bus. Qui va faire ce trajet ? »\n"
    "Michel P., retraité, Joué-lès-Tours.\n\n"
    "« La ville ne peut pas tout payer. Le bassin perd 600 000 euros par an, il faut le dire "
    "aussi. »\n"
    "Claire V., comptable, Saint-Cyr-sur-Loire.\n\n"
    "« Pourquoi ne pas ouvrir l'école de natation aux clubs des communes voisines ? Ils "
    "partageraient les frais. »\n"
    "Hugo B., maître-nageur, Tours.\n\n"
    "L'adjointe aux sports, Martine Lefebvre, assure que « toutes les lettres seront lues ».\n"
)


def test_a_letter_is_its_signer_s(tmp_path: Path) -> None:
    """courrier des lecteurs: five letters in « », each signed on the line below ("Gérard M.,
    commerçant, Angers."), were all given to the first signer, Élise (the wheelchair user's
    "Je me déplace en fauteuil roulant", "Qui a dit : « J'habite à Saint-Barthélemy-d'Anjou
    … » ? Élise"): a line of signature under a quotation names who wrote it."""
    said = {q.text.strip("« »?.")[:20]: q.speaker for q in _facts(tmp_path, LETTERS).quotes}
    signers = {
        "Mes enfants ont appr": "Sandrine",
        "Je nage tous les mat": "Michel",
        "La ville ne peut pas": "Claire",
        "Pourquoi ne pas ouvr": "Hugo",
    }
    # the signer as the article's people name them ("Hugo" or "Hugo B.")
    assert {q: (said.get(q) or "?").split()[0] for q in signers} == signers, said
    assert said.get("toutes les lettres s") == "Martine Lefebvre", said


PROJECT = (
    "Kourou, le mercredi 16 septembre 2026. – La fusée a décollé mardi soir, propulsée par le "
    "moteur principal Vulcain. « Tout fonctionne normalement », a annoncé Giulia Conti, cheffe "
    "du projet Orbis à l'ESA. « C'est une belle journée pour l'Europe », a ajouté la cheffe de "
    "projet Anne Roux, du Cnes.\n"
)


def test_a_project_s_name_is_no_person(tmp_path: Path) -> None:
    """launch: "Martina Kessler, cheffe du projet Claira à l'ESA" made "Claira" a person (an
    option of two "Qui a dit …" items), "le moteur principal Vulcain" another. A name after
    "le/du projet", "la mission" or a rocket's "moteur" is the thing's; after a bare "cheffe de
    projet" it is still the holder's."""
    names = {p.name for p in _facts(tmp_path, PROJECT).people}
    assert "Orbis" not in names and "Vulcain" not in names, names
    assert {"Giulia Conti", "Anne Roux"} <= names, names


def test_selon_a_measure_is_no_source(tmp_path: Path) -> None:
    """Q&A: "Le montant va de 48 à 277 euros par an, selon les revenus et la taille du foyer."
    made "Les revenus et la taille du foyer" a speaker: the match's answer, and a wrong option
    of two "Qui a dit …" items. "Selon" a household's income is what the sum depends on."""
    body = (
        "Paris, le lundi 5 avril 2027. – L'aide va de 50 à 300 euros par an, selon les revenus "
        "et la taille du foyer. Elle sera versée en mai, selon le ministère des Solidarités."
    )
    speakers = [q.speaker for q in _facts(tmp_path, body).quotes]
    assert not [s for s in speakers if "revenus" in s], speakers
    assert [s for s in speakers if "ministère" in s], speakers


def test_a_name_inside_a_gerund_after_the_incise_is_not_the_speaker(tmp_path: Path) -> None:
    """guide: "« Je pense à toute mon équipe … », a déclaré la cheffe, en larmes, en recevant
    sa veste blanche des mains du directeur du guide pour la France, Antoine Delage." gave the
    chef's words to the director (the match's pair)."""
    body = (
        "Lyon, le mardi 9 mars 2027. – La cheffe Lucie Fabre, 38 ans, a obtenu sa troisième "
        "étoile lundi soir. « Cette étoile est celle de toute mon équipe », a déclaré la "
        "cheffe, très émue, en recevant son prix des mains du président du jury, Paul Mercier."
    )
    said = {q.text.strip("« »")[:20]: q.speaker for q in _facts(tmp_path, body).quotes}
    assert said.get("Cette étoile est cel") == "Lucie Fabre", said


def test_a_calendar_day_set_off_after_an_event_s_noun_is_the_event_s(tmp_path: Path) -> None:
    """harvest (a paper of 10 November 2026): "Le ministère de l'Agriculture a annoncé
    l'ouverture, le 1er décembre, d'un guichet d'aide" dated the opening 1 December 2025, as if
    the past "a annoncé" decided its year."""
    body = (
        "Paris, le mardi 10 novembre 2026. – La région a annoncé l'ouverture, le 1er décembre, "
        "d'un fonds d'aide aux éleveurs. Le groupe a annoncé, le 3 novembre, la fermeture de son "
        "usine de Vierzon."
    )
    values = {d.text: d.value for d in _facts(tmp_path, body).dates}
    assert values.get("1er décembre") == "2026-12-01", values
    assert values.get("3 novembre") == "2026-11-03", values


def test_a_deadline_d_ici_looks_ahead(tmp_path: Path) -> None:
    """letters (a paper of 14 March 2026): "La municipalité promet d'installer d'ici au mois
    d'avril quatre places de livraison" dated April 2025."""
    body = (
        "Angers, le samedi 14 mars 2026. – La mairie promet d'installer d'ici au mois d'avril "
        "quatre nouveaux bancs. Le marché avait fermé en avril, après une tempête."
    )
    values = sorted(d.value for d in _facts(tmp_path, body).dates if d.text.endswith("avril"))
    assert values == ["2025-04", "2026-04"], values


def test_the_lead_s_first_word_after_the_dateline_is_no_person(tmp_path: Path) -> None:
    """fuel: "Paris, le lundi 19 octobre 2026. – Bonne nouvelle pour les automobilistes : …"
    made "Bonne" a person."""
    body = (
        "Paris, le lundi 19 octobre 2026. – Bonne nouvelle pour les automobilistes : les prix "
        "ont encore baissé. « Il faut comparer avant de rouler », conseille Denis Chaumet."
    )
    names = {p.name for p in _facts(tmp_path, body).people}
    assert "Bonne" not in names and "Denis Chaumet" in names, names


def test_a_report_inside_a_relative_clause_ends_before_the_main_verb(tmp_path: Path) -> None:
    """Q&A: "Les associations …, qui estiment que 12 millions de Français ont eu froid chez eux
    l'hiver dernier, demandent que le montant moyen soit porté à 300 euros." reported "12
    millions … l'hiver dernier, demandent que …" as what the associations think."""
    body = (
        "Paris, le lundi 5 avril 2027. – Les syndicats d'enseignants, qui estiment que 3 000 "
        "postes manquent dans les collèges, demandent un plan de recrutement."
    )
    said = [q.text for q in _facts(tmp_path, body).quotes if q.cue == "estiment"]
    assert said == ["3 000 postes manquent dans les collèges"], said


def test_a_word_in_marks_inside_a_purpose_is_nobody_s_words(tmp_path: Path) -> None:
    """Q&A: "de faux messages demandent des coordonnées bancaires pour « activer » le chèque"
    made "« activer »" the words of "de faux messages"."""
    body = (
        "Paris, le lundi 5 avril 2027. – Chaque année, de faux messages demandent des "
        "coordonnées bancaires pour « débloquer » le remboursement. « Ne répondez jamais », "
        "insiste Karine Lefort."
    )
    said = {q.text.strip("« »"): q.speaker for q in _facts(tmp_path, body).quotes}
    assert "débloquer" not in said and said.get("Ne répondez jamais") == "Karine Lefort", said


# --- cuts -------------------------------------------------------------------------------------


TIMELINE = (
    "Kourou, le mercredi 16 septembre 2026. – La fusée Vega-C a décollé mardi soir du Centre "
    "spatial guyanais et a placé en orbite deux satellites italiens d'observation de la Terre.\n\n"
    "Voici les principales étapes du vol, telles que les a communiquées Arianespace :\n\n"
    "– 1 h 52 min 00 s UTC : allumage du premier étage et décollage.\n"
    "– 1 h 54 min 25 s : séparation du premier étage, à environ 58 kilomètres d'altitude.\n"
    "– 1 h 56 min 10 s : largage de la coiffe qui protégeait les deux satellites.\n"
    "– 2 h 41 min 05 s : séparation du second satellite, à 560 kilomètres d'altitude.\n\n"
    "« Tout fonctionne normalement », a annoncé peu après la cheffe du projet, Giulia Conti.\n"
)


def test_a_list_dash_is_no_word_of_a_sentence(tmp_path: Path) -> None:
    """launch: the flight's steps, one a line after a colon, opened by a dash "–", gave items
    whose text opened on it ("– 21 h 22 min 20 s : extinction …" as a statement, "« – 21 h 48
    min 05 s : séparation du satellite, à ___ kilomètres … »"): the dash of a list is no word
    of its sentence, as the hyphen of one already was."""
    facts = _facts(tmp_path, TIMELINE)
    steps = [s for s in facts.sentences if "min" in s and " s " in s]
    assert len(steps) == 4, facts.sentences
    assert not [s for s in steps if s.startswith(("–", "—", "-"))], steps


# --- dates that date something else -----------------------------------------------------------


OTHERS_DATES = (
    (
        "Un Français mange en moyenne 25 kilos de pain par an, contre 80 kilos en 1950.",
        "1950",
        "1950",
    ),
    (
        "La région a annoncé la création, le 1er juin, d'un fonds d'aide de 20 millions d'euros.",
        "1er juin",
        "2025-06-01",
    ),
    (
        "Le musée ferme ses portes, après le départ de sa directrice, Anne Morel, en janvier.",
        "janvier",
        "2025-01",
    ),
    ("La nouvelle ligne de bus sera inaugurée le 12 mai.", "12 mai", "2025-05-12"),
    ("L'usine prévoit d'y produire, à partir de 2027, du carton d'emballage.", "2027", "2027"),
)


def test_a_date_of_another_thing_dates_no_event(tmp_path: Path) -> None:
    """harvest: "Quand est-ce qu'un adulte boit en moyenne 40 litres de vin par an, contre 100
    litres ? en 1980" (1980 is the hundred litres'), "Quand le ministère a-t-il annoncé
    l'ouverture d'un guichet d'aide … ? le 1er décembre" (the opening's date, set off by commas
    inside "l'ouverture, le 1er décembre, d'un guichet"); guide: "Quand est-ce que le
    restaurant … perd sa troisième étoile, après le départ de son chef ? en septembre" (the
    chef's leaving); all three in the chronology too. The date of a compared figure, of a noun
    it interrupts, or of an "après/avant le …" phrase it closes asks nothing about the main
    verb."""
    from tutor.generate.dated import dated_sentences

    ctx = dated_context(tmp_path, OTHERS_DATES)
    dated = [d.date_text for d in dated_sentences(ctx)]
    # a verb's object after the date ("produire, à partir de 2027, du carton") is no noun's
    assert dated == ["12 mai", "2027"], dated


def test_il_after_a_colon_is_the_sentence_s_own_subject(tmp_path: Path) -> None:
    """tennis: "« … », a-t-il souri [the director, Thierry Gaspard]. Le vainqueur, lui, n'aura
    pas le temps de fêter son titre : il s'envolera mardi pour Stockholm" asked "Quand est-ce
    que Thierry Gaspard s'envolera pour Stockholm ?" (and so the chronology): the il after the
    colon is the winner, the subject of the sentence's first clause."""
    from tutor.generate.dated import dated_sentences
    from tutor.generate.dates import date_question

    ctx = dated_context(
        tmp_path,
        (
            (
                "Le directeur du tournoi, Marc Lefèvre, a salué une édition record lundi.",
                "lundi",
                "2025-04-07",
            ),
            (
                "Le vainqueur, lui, n'aura pas le temps de se reposer : il s'envolera mardi "
                "pour Madrid.",
                "mardi",
                "2025-04-08",
            ),
        ),
    )
    asked = [str(date_question(ctx, d)) for d in dated_sentences(ctx)]
    assert not [q for q in asked if "Madrid" in q and "directeur" in q], asked


def test_a_participle_after_an_apposition_is_not_its_complement_s(tmp_path: Path) -> None:
    """harvest: "… selon la dernière estimation d'Agreste, le service statistique du ministère
    de l'Agriculture, publiée lundi" asked "Quand l'Agriculture a-t-elle été publiée ?" (and
    the chronology "L'Agriculture a été publiée."): the estimate was published; the noun at
    the end of an apposition set off by commas is only its complement."""
    from tutor.generate.dated import dated_sentences
    from tutor.generate.dates import date_question

    ctx = dated_context(
        tmp_path,
        (
            (
                "Le nombre de visiteurs a baissé de 4 %, selon l'enquête de l'Insee, le service "
                "statistique de la région Bretagne, publiée mardi.",
                "mardi",
                "2025-04-08",
            ),
        ),
    )
    asked = [str(date_question(ctx, d)) for d in dated_sentences(ctx)]
    assert not [q for q in asked if "publiée" in q and "Bretagne" in q], asked


def test_a_number_in_sight_beside_its_gap_is_not_asked(tmp_path: Path) -> None:
    """fuel: "Quel nombre manque ? « Le sans-plomb ___ (SP95) coûte en moyenne 1,782 euro le
    litre … le SP95-E10 … »" (95, twice in sight, even inside a name)."""
    from tutor.generate.numbers import number_items

    body = (
        "Paris, le lundi 19 octobre 2026. – Le sans-plomb 98 (SP98) coûte en moyenne 1,851 "
        "euro le litre, soit 4 centimes de plus que le mois dernier. Les stations des "
        "autoroutes vendent le gazole à 1,912 euro, et les grandes surfaces à 1,640 euro. "
        "Environ 11 000 stations vendent ces carburants en France, contre 41 000 en 1980."
    )
    ctx = invented_context(tmp_path, body, "2026-10-19")
    asked = {str(i["answer"]): str(i["prompt"]) for i in number_items(ctx)}
    assert asked, "the sentences hold other numbers to ask"
    assert "98" not in asked, asked


def test_a_duration_of_one_of_two_verbs_is_not_asked_of_both(tmp_path: Path) -> None:
    """launch: "Claira-1 pèse 1 850 kilos et doit fonctionner pendant au moins sept ans" asked
    "Pendant combien de temps est-ce que Claira-1 pèse 1 850 kilos et doit fonctionner ?"."""
    from tutor.generate.dated import dated_sentences
    from tutor.generate.dates import date_question

    ctx = dated_context(
        tmp_path,
        (
            (
                "Le nouveau pont mesure 240 mètres et doit durer pendant au moins cent ans.",
                "pendant au moins cent ans",
                "P100Y",
            ),
        ),
    )
    asked = [str(date_question(ctx, d)) for d in dated_sentences(ctx)]
    assert not [q for q in asked if "mesure 240 mètres et" in q], asked


def test_what_has_not_happened_since_a_date_is_no_event(tmp_path: Path) -> None:
    """tennis: the chronology held "Aucun Français n'avait remporté le tournoi messin." dated
    "depuis 2023", as if something had happened in 2023 (and, without its date, as if no
    Frenchman had ever won)."""
    from tutor.generate.chronology import chronology_item

    ctx = dated_context(
        tmp_path,
        (
            ("Aucune équipe bretonne n'avait gagné la coupe depuis 2019.", "2019", "2019"),
            ("Le club a été fondé en 1921 par des cheminots.", "1921", "1921"),
            ("Les joueurs ont remporté la finale le 3 avril.", "3 avril", "2025-04-03"),
            ("La ville a inauguré le nouveau stade le 8 mars.", "8 mars", "2025-03-08"),
        ),
    )
    item = chronology_item(ctx)
    texts = [str(e["text"]) for e in item["events"]] if item else []  # type: ignore[index]
    assert texts and not [t for t in texts if "Aucune équipe" in t], texts


def test_a_time_s_minutes_or_seconds_stay_under_sixty(tmp_path: Path) -> None:
    """launch: the Vrai/faux "21 h 17 min 80 s : largage de la coiffe …" was false at a glance
    (no minute has 80 seconds)."""
    from tutor.generate.numbers import upper_bound

    assert upper_bound(" s : largage de la coiffe.", "21 h 17 min ") == 60
    assert upper_bound(" min 40 s : largage de la coiffe.", "21 h ") == 60
    assert upper_bound(" minutes de jeu.", "Le match a duré ") == float("inf")


def test_letters_are_a_medium() -> None:
    """letters: "Gérard a dit à la télévision : « Je tiens une boutique … »" was "On ne sait
    pas" on a readers' page ("nous avons reçu plus de 120 lettres et courriels"): the words
    were written, so "à la télévision" may be false."""
    from tutor.generate.statements import _MEDIA_WORDS

    for lead in (
        "Notre article vous a fait réagir : nous avons reçu plus de 120 lettres et courriels.",
        "Vous pouvez continuer à nous écrire à l'adresse du journal.",
    ):
        assert _MEDIA_WORDS.search(lead), lead


def test_a_subject_before_a_negated_verb_is_read(tmp_path: Path) -> None:
    """tennis: after fe6985b the winner's "il s'envolera mardi" was no longer asked of the
    director, but not asked at all: "Le vainqueur, lui, n'aura pas le temps …" had no subject
    we could read ("n'aura" was no verb)."""
    from tutor.generate.clauses import subject_before_verb

    finite = frozenset({"aura", "s'envolera"})
    said = "Le vainqueur, lui, n'aura pas le temps de fêter son titre"
    assert subject_before_verb(said, finite) == "Le vainqueur"
