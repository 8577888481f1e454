"""Dates that blind checks of `tutor extract` suspected: the end of a period given as a day
alone ("jusqu'au 12") a few days after publication or after a day named before it, the end of a
range ("du 6 au 12") before its start, and the length of a plan whose name is capitalised ("le
Plan de 5 ans"), which is no one's age. Sentences written for these tests; conventions:
tests/data/gold/README.md.
"""

from __future__ import annotations

from datetime import date

import pytest

from tutor.extract.dates import find_dates

PUBLISHED = date(2025, 10, 8)  # a Wednesday


def _found(text: str, ref: date = PUBLISHED) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, ref)]


UNTIL_A_DAY = [
    # a few days after publication: this month, whatever the tense of the decision
    ("Les restrictions d'eau sont prolongées jusqu'au 12.", PUBLISHED, "2025-10-12"),
    ("Le préfet a prolongé l'interdiction jusqu'au 12.", PUBLISHED, "2025-10-12"),
    ("La circulation sera interrompue jusqu'au 12.", PUBLISHED, "2025-10-12"),
    # across the end of the month and of the year
    ("La circulation sera interrompue jusqu'au 3.", date(2025, 10, 28), "2025-11-03"),
    ("Le préfet a prolongé l'interdiction jusqu'au 3.", date(2025, 10, 28), "2025-11-03"),
    ("La circulation sera interrompue jusqu'au 2.", date(2025, 12, 29), "2026-01-02"),
]


@pytest.mark.parametrize(("text", "ref", "value"), UNTIL_A_DAY)
def test_the_end_of_a_period_a_few_days_ahead(text: str, ref: date, value: str) -> None:
    assert [v for _, v in _found(text, ref)] == [value]


REF = date(2024, 6, 19)
AFTER_A_NAMED_DAY = [
    # the end of a period comes after the day named before it: the next month
    (
        "Le 17 juin, le préfet a pris un arrêté. Les restrictions s'appliquent jusqu'au 2.",
        [("17 juin", "2024-06-17"), ("2", "2024-07-02")],
    ),
    (
        "Le 28 mai, la grève a été reconduite jusqu'au 3.",
        [("28 mai", "2024-05-28"), ("3", "2024-06-03")],
    ),
    # in the month named before when it can be
    (
        "Le 10 mai, le préfet a interdit les arrosages jusqu'au 12.",
        [("10 mai", "2024-05-10"), ("12", "2024-05-12")],
    ),
    (
        "Le 17 juin, le préfet a pris un arrêté. Les restrictions s'appliquent jusqu'au 22.",
        [("17 juin", "2024-06-17"), ("22", "2024-06-22")],
    ),
    # still in force when the paper is printed: not a past day
    (
        "Le 10 mai, le préfet a pris un arrêté. Les arrosages sont interdits jusqu'au 21.",
        [("10 mai", "2024-05-10"), ("21", "2024-06-21")],
    ),
    (
        "Le 10 mai, le préfet a pris un arrêté. Les arrosages étaient interdits jusqu'au 21.",
        [("10 mai", "2024-05-10"), ("21", "2024-05-21")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_A_NAMED_DAY)
def test_the_end_of_a_period_after_a_day_named_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, REF) == expected


LENGTHS_NOT_AGES = [
    ("Le Plan de 5 ans a été adopté par le conseil.", [("5 ans", "P5Y")]),
    ("Le plan de 5 ans prévoit 200 millions d'euros.", [("5 ans", "P5Y")]),
    ("Le Plan de 5 ans, lancé par Pékin, s'achève.", [("5 ans", "P5Y")]),
    ("Le Pacte de 10 ans signé en 2020 arrive à échéance.", [("10 ans", "P10Y"), ("2020", "2020")]),
    ("Le contrat de 2 ans de l'entraîneur a été prolongé.", [("2 ans", "P2Y")]),
    # ages stay out, an inhabitant's too
    ("Un garçon de 5 ans a été blessé.", []),
    ("Le Béarnais de 24 ans a remporté l'étape.", []),
]


@pytest.mark.parametrize(("text", "expected"), LENGTHS_NOT_AGES)
def test_a_capitalised_plan_has_a_length_not_an_age(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


RANGES = [
    # the day that ends a range is not before the day that starts it
    ("La route a été fermée du 6 au 12.", [("6", "2025-10-06"), ("12", "2025-10-12")]),
    ("La route est fermée du 6 au 12.", [("6", "2025-10-06"), ("12", "2025-10-12")]),
    ("La route a été fermée du 28 au 3.", [("28", "2025-09-28"), ("3", "2025-10-03")]),
    ("La route sera fermée du 28 au 3.", [("28", "2025-10-28"), ("3", "2025-11-03")]),
    (
        "Du 6 au 12 octobre, la route est fermée.",
        [("6", "2025-10-06"), ("12 octobre", "2025-10-12")],
    ),
    (
        "Du 28 décembre au 3 janvier, la route est fermée.",
        [("28 décembre", "2024-12-28"), ("3 janvier", "2025-01-03")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_a_range_ends_after_it_starts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
