"""Dates found wrong on the fourth blind speaker corpus (tests/extract/data/speaker_articles_4),
each cause tested on sentences written for these tests: hours that are lengths of time, a
frequency that was an article, the end of a period in a sentence told in the past, a season
after "depuis" or "avant", an age after an inhabitant's name, a time word inside a name.
Conventions: tests/data/gold/README.md.
"""

from __future__ import annotations

from datetime import date

import pytest

from tutor.extract.dates import find_dates

PUBLISHED = date(2025, 10, 8)  # a Wednesday


def _found(text: str, ref: date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, ref)]


HOURS = [
    # a length of time: "de N heures" after a word of extent, or "N heures de" + a noun
    ("Le jury a rendu son verdict après cinq heures de délibération.", [("cinq heures", "PT5H")]),
    ("Après 14 heures de garde à vue, il a été relâché.", [("14 heures", "PT14H")]),
    ("Les pompiers ont maîtrisé le feu au bout de quatre heures.", [("quatre heures", "PT4H")]),
    ("La rivière est montée en l'espace de deux heures.", [("deux heures", "PT2H")]),
    ("Il a fallu plus de trois heures pour dégager la route.", [("trois heures", "PT3H")]),
    # times of day stay out, and so does the news
    ("Après 18 heures, la mairie est fermée.", []),
    ("Le train part à 7 heures du matin.", []),
    ("Rendez-vous vendredi 9 h devant la gare.", [("vendredi", "2025-10-03")]),
    ("Le 20 heures de France 2 a ouvert sur l'incendie.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOURS)
def test_hours_that_are_lengths_of_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_count_of_hours_before_sur_un_is_no_frequency() -> None:
    text = "La médiation a échoué au bout de six heures sur un désaccord salarial."
    assert _found(text) == [("six heures", "PT6H")]
    assert _found("Il travaille un week-end sur deux.") == [("un week-end sur deux", "P2W")]


PERIOD_ENDS = [
    # the end of a period decided in the past: the nearer of the two days
    ("Les salariés ont voté la poursuite de la grève jusqu'au 17 octobre.", "2025-10-17"),
    ("Le préfet a prolongé l'interdiction jusqu'au 12.", "2025-10-12"),
    # ... which is the past one when that is nearer
    ("Le chantier a été bloqué jusqu'au 2 septembre.", "2025-09-02"),
    # and the past tense still decides without "jusqu'au"
    ("La réunion a eu lieu le 17 octobre.", "2024-10-17"),
]


@pytest.mark.parametrize(("text", "value"), PERIOD_ENDS)
def test_the_end_of_a_period_is_the_nearer_day(text: str, value: str) -> None:
    assert [v for _, v in _found(text)] == [value]


SEASONS = [
    ("Aucune pluie n'est tombée depuis l'été.", [("depuis l'été", "relative")]),
    ("Le rapport sera publié avant l'hiver.", [("avant l'hiver", "relative")]),
    ("Les prix ont baissé depuis le printemps.", [("depuis le printemps", "relative")]),
    ("Les travaux reprendront dès l'automne prochain.", [("dès l'automne prochain", "relative")]),
    # with a year, the season is that year's
    ("Rien n'a changé depuis l'été 2022.", [("l'été 2022", "2022")]),
]


@pytest.mark.parametrize(("text", "expected"), SEASONS)
def test_a_season_after_depuis_or_avant(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


AGES = [
    "Le Toulousain de 27 ans a marqué deux essais.",
    "L'Ukrainienne de 19 ans s'est qualifiée pour la finale.",
    "Recruté en juin, le Brésilien de 31 ans n'a pas encore joué.",
]


@pytest.mark.parametrize("text", AGES)
def test_an_age_after_an_inhabitant_or_a_nationality(text: str) -> None:
    assert [v for _, v in _found(text) if v.startswith("P")] == []


def test_a_length_after_an_ordinary_noun_is_kept() -> None:
    assert _found("Le club a signé un contrat de 3 ans.") == [("3 ans", "P3Y")]


def test_a_time_word_inside_a_name_is_no_date() -> None:
    assert _found("Le groupe a lancé son programme « Énergie Demain » en mars.") == [
        ("mars", "2025-03")
    ]
    assert _found("Il l'a confié au journal Aujourd'hui en France.") == []
    assert _found("« Demain, nous serons en grève », a-t-il dit.") == [("Demain", "relative")]


def test_an_hour_in_brackets_after_a_day_is_a_time_of_day() -> None:
    assert _found("Le derby, prévu dimanche (18 h), se jouera à huis clos.") == [
        ("dimanche", "2025-10-12")
    ]
    assert _found("Le concert du 24 octobre (20 h 30) sera retransmis.") == [
        ("24 octobre", "2025-10-24")
    ]
    assert _found("Le blocage a duré deux jours (48 h).") == [
        ("deux jours", "P2D"),
        ("48 h", "PT48H"),
    ]
