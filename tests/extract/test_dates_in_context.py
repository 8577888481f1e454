"""Dates whose value depends on the words around them: a day named alone ("le 15"), a present
tense that schedules an event ("Le festival débute lundi"), and "journée" as a round of a sports
season. Conventions: tests/data/gold/README.md and tutor/extract/date_tense.py.

The sentences were written for these tests; none comes from the evaluation articles.
"""

from __future__ import annotations

from datetime import date

import pytest

from tutor.extract.dates import find_dates

PUBLISHED = date(2024, 6, 19)  # a Wednesday


def _found(text: str, ref: date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, ref)]


DAYS_ALONE = [
    # this month's day, or the one before: the most recent such day unless the sentence looks ahead
    ("Le 3, les syndicats ont défilé.", [("3", "2024-06-03")]),
    ("Le 23, les syndicats ont défilé.", [("23", "2024-05-23")]),
    ("Le 31, il a neigé.", [("31", "2024-05-31")]),
    ("Le texte est entré en vigueur le 1er.", [("1er", "2024-06-01")]),
    ("Il a été reçu le 12 à l'Élysée.", [("12", "2024-06-12")]),
    ("Le 20 au soir, un incendie s'est déclaré.", [("20", "2024-05-20")]),
    ("Les soldes commencent le 25.", [("25", "2024-06-25")]),
    ("Le conseil se réunira le 1er.", [("1er", "2024-07-01")]),
    ("Les soldes durent jusqu'au 30.", [("30", "2024-06-30")]),
    ("Le dossier doit être déposé d'ici le 25.", [("25", "2024-06-25")]),
    ("Avant le 15, les dossiers doivent être déposés.", [("15", "2024-07-15")]),
    ("Dès le 3, les prix baissent.", [("3", "2024-07-03")]),
    ("Dès le 3, les prix ont baissé.", [("3", "2024-06-03")]),
    ("Du 3 au 5, le salon a accueilli du public.", [("3", "2024-06-03"), ("5", "2024-06-05")]),
    ("Le 12 dernier, il a plu.", [("12 dernier", "2024-06-12")]),
    ("Il reviendra le 12 prochain.", [("12 prochain", "2024-07-12")]),
    # the month named before, in the same sentence or the one before
    (
        "La grève a commencé en mars. Le 12, les cheminots ont rejoint le mouvement.",
        [("mars", "2024-03"), ("12", "2024-03-12")],
    ),
    (
        "En mars, la grève a commencé. Le 12, les cheminots ont suivi. Le 14, tout s'est arrêté.",
        [("mars", "2024-03"), ("12", "2024-03-12"), ("14", "2024-03-14")],
    ),
    (
        "Il a été élu le 2 mars 2019. Le 5, il a démissionné.",
        [("2 mars 2019", "2019-03-02"), ("5", "2019-03-05")],
    ),
    (
        "Le 14 juillet, le défilé a eu lieu ; le 15, la fête a continué.",
        [("14 juillet", "2023-07-14"), ("15", "2023-07-15")],
    ),
    (
        "Les élus ont voté le 12 et le 14 mars.",
        [("12", "2024-03-12"), ("14 mars", "2024-03-14")],
    ),
    # ... but not a month two sentences back, nor the dateline (the publication day)
    (
        "La grève a commencé en mars. Elle dure. Le 12, les cheminots ont rejoint le mouvement.",
        [("mars", "2024-03"), ("12", "2024-06-12")],
    ),
    (
        "19 juin 2024. - Le 25, il a plu.",
        [("19 juin 2024", "2024-06-19"), ("25", "2024-05-25")],
    ),
]

NOT_DAYS = [
    "Le 15 de la rue Victor-Hugo a brûlé.",
    "Le 1er ministre a parlé.",
    "Lyon a mené le 2 à 1.",
    "L'article 15 de la loi est clair.",
    "Le gouvernement a utilisé le 49.3.",
    "Appelez le 15 en cas d'urgence.",
    "Il habite au 12, rue de la Paix.",
    "Le 3 est le plus rapide des trois.",
    "Le 10 a marqué deux buts.",
    "Le 1er à franchir la ligne a gagné.",
    "Le taux est passé à 2,5 %.",
    "Il est arrivé le 3e.",
    "Le 20 heures de TF1 a ouvert sur la grève.",
    "Elle habite dans le 15.",
    "Il a été pris en charge par le 15.",
]


@pytest.mark.parametrize(("text", "expected"), DAYS_ALONE)
def test_a_day_alone_is_of_the_month_named_before_or_of_this_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_a_day_alone_in_a_schedule_is_the_coming_one() -> None:
    assert _found("Les soldes commencent le 15.", date(2024, 6, 10)) == [("15", "2024-06-15")]
    assert _found("Les soldes ont commencé le 15.", date(2024, 6, 10)) == [("15", "2024-05-15")]


def test_a_day_alone_without_a_publication_date_is_relative() -> None:
    assert _found("Le 3, les syndicats ont défilé.", None) == [("3", "relative")]


@pytest.mark.parametrize("text", NOT_DAYS)
def test_numbers_after_le_that_are_not_days(text: str) -> None:
    assert _found(text) == []


SCHEDULED = [
    # a present tense that schedules an event looks ahead; a past tense looks back
    ("Le festival débute lundi.", [("lundi", "2024-06-24")]),
    ("Le festival a débuté lundi.", [("lundi", "2024-06-17")]),
    ("Le festival débutait lundi.", [("lundi", "2024-06-17")]),
    ("Les syndicats appellent à la grève le 25 juin.", [("25 juin", "2024-06-25")]),
    ("Les syndicats avaient appelé à la grève le 25 juin.", [("25 juin", "2023-06-25")]),
    ("La loi entre en vigueur en janvier.", [("janvier", "2025-01")]),
    ("La loi est entrée en vigueur en janvier.", [("janvier", "2024-01")]),
    ("Le sommet se tient jeudi.", [("jeudi", "2024-06-20")]),
    ("Le sommet s'est tenu jeudi.", [("jeudi", "2024-06-13")]),
    ("Le procès reprend lundi.", [("lundi", "2024-06-24")]),
    ("La cour rend son verdict vendredi.", [("vendredi", "2024-06-21")]),
    ("La réunion est reportée à mardi.", [("mardi", "2024-06-25")]),
    ("Le concert a lieu samedi.", [("samedi", "2024-06-22")]),
    ("Le concert a eu lieu samedi.", [("samedi", "2024-06-15")]),
    ("L'Assemblée vote mardi le budget.", [("mardi", "2024-06-25")]),
    ("Le vote a eu lieu mardi.", [("mardi", "2024-06-18")]),
    ("Le Sénat examine jeudi le texte.", [("jeudi", "2024-06-20")]),
    ("La présente loi a été votée mardi.", [("mardi", "2024-06-18")]),
    # "dès", "à partir de", "jusqu'à" look ahead when no verb says otherwise
    ("À partir de lundi, les bus sont gratuits.", [("lundi", "2024-06-24")]),
    ("Le magasin reste ouvert jusqu'à samedi.", [("samedi", "2024-06-22")]),
    ("Le musée est fermé jusqu'en mars.", [("mars", "2025-03")]),
    ("Le musée est resté fermé jusqu'en mars.", [("mars", "2024-03")]),
    ("Dès lundi, les secours sont arrivés.", [("lundi", "2024-06-17")]),
    ("Dès lundi, les secours se mobilisaient.", [("lundi", "2024-06-17")]),
    # "depuis" and "dernier" always look back
    ("Depuis lundi, le festival se tient à Lyon.", [("lundi", "2024-06-17")]),
    (
        "Le festival, qui débute samedi, avait ouvert ses portes en mai dernier.",
        [("samedi", "2024-06-22"), ("mai dernier", "2024-05")],
    ),
    ("Le marché rouvre, comme en mars dernier.", [("mars dernier", "2024-03")]),
    # nouns that look like scheduling verbs
    ("La ferme a brûlé jeudi.", [("jeudi", "2024-06-13")]),
    ("Il a pris cinq ans de prison ferme lundi.", [("cinq ans", "P5Y"), ("lundi", "2024-06-17")]),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULED)
def test_the_present_that_schedules_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


MATCH_DAYS = [
    ("Lors de la 10e journée du championnat, Lyon a gagné.", []),
    ("Lors de la dernière journée, Lyon a perdu.", []),
    ("À dix journées de la fin, tout reste possible.", []),
    ("Il a été suspendu trois journées.", []),
    ("Il a écopé de trois journées de suspension.", []),
    ("Après dix journées de championnat, Brest est en tête.", []),
    ("Une journée de Ligue 1 compte neuf matchs.", []),
    ("La dixième journée de Ligue 1 a lieu ce week-end.", [("ce week-end", "relative")]),
    # a day of something else is a length of time
    ("Deux journées de grève ont paralysé le pays.", [("Deux journées", "P2D")]),
    ("Le salon dure trois journées.", [("trois journées", "P3D")]),
    ("Il a passé dix journées à l'hôpital.", [("dix journées", "P10D")]),
]


@pytest.mark.parametrize(("text", "expected"), MATCH_DAYS)
def test_a_round_of_a_season_is_no_length_of_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


IMPERFECTS_AND_HABITS = [
    # an imperfect of a verb in -rer or -rir is no conditional: the date looks back
    ("Dimanche, il préférait savourer la victoire.", [("Dimanche", "2024-06-16")]),
    ("Lundi, le maire déclarait son soutien au projet.", [("Lundi", "2024-06-17")]),
    ("L'équipe espérait gagner le titre commencé en octobre.", [("octobre", "2023-10")]),
    ("Elle courait encore samedi.", [("samedi", "2024-06-15")]),
    # the conditional of reported speech still looks ahead
    ("Il a dit qu'il courrait samedi.", [("samedi", "2024-06-22")]),
    ("Le ministre a annoncé que la loi entrerait en vigueur en octobre.", [("octobre", "2024-10")]),
    # an article before a weekday with no date makes it a habit, not a date
    ("Le café propose, le jeudi soir, un repas partagé.", []),
    ("Les grasses matinées du samedi et du dimanche ne compensent pas le manque.", []),
    ("Le verdict est attendu jeudi soir.", [("jeudi soir", "2024-06-20")]),
    # a weekday and an hour: the hour of that day, not a day of the month nor a length of time
    (
        "Les pompiers sont intervenus entre dimanche 17 heures et lundi midi.",
        [("dimanche", "2024-06-16"), ("lundi midi", "2024-06-17")],
    ),
    ("Rendez-vous a été donné samedi 14 h devant la mairie.", [("samedi", "2024-06-15")]),
    ("La grève a duré 14 heures.", [("14 heures", "PT14H")]),
    # "une seconde" before the noun it qualifies is an ordinal, not a length of time
    ("Une seconde étude doit commencer en janvier.", [("janvier", "2025-01")]),
    ("Il a refusé une seconde fois.", []),
    ("Il a hésité une seconde avant de tirer.", [("une seconde avant", "relative")]),
    ("Pendant une seconde, rien ne s'est passé.", [("Pendant une seconde", "PT1S")]),
]


@pytest.mark.parametrize(("text", "expected"), IMPERFECTS_AND_HABITS)
def test_imperfects_habits_and_ordinals(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Battue samedi soir à domicile, l'équipe termine la saison à la dernière place et "
            "jouera en Nationale.",
            [("samedi soir", "2024-06-15")],
        ),
        (
            "Élu dimanche, le nouveau maire prendra ses fonctions en juillet.",
            [("dimanche", "2024-06-16"), ("juillet", "2024-07")],
        ),
        ("Samedi, l'équipe jouera à domicile.", [("Samedi", "2024-06-22")]),
    ],
)
def test_a_participle_opening_the_sentence_tells_what_is_done(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est 3 h 30 quand Léa enfile son tablier.", []),
        ("Il était 22 heures quand le feu a pris.", []),
        ("Le vol a duré 3 h.", [("3 h", "PT3H")]),
        ("Et, un jour, elle ouvrira sa boutique.", []),
        ("Un jour, il reviendra.", []),
        ("Il est resté un jour à l'hôpital.", [("un jour", "P1D")]),
        ("Un jour de grève a suffi.", [("Un jour", "P1D")]),
    ],
)
def test_a_clock_time_and_some_day_are_no_lengths_of_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected
