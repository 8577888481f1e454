"""Dates on faults of the fifth blind review of generated lessons: an age given after a trade
with its complement ("un avocat d'affaires de 58 ans"), which is no length of time, and days
alone in a present state ("Les inscriptions sont ouvertes du 20 au 24") in a piece of the 19th,
which are this month's, not last month's. Sentences written for these tests; conventions:
tests/data/gold/README.md."""

from __future__ import annotations

from datetime import date

import pytest

from tutor.extract.dates import find_dates

PUBLISHED = date(2026, 3, 19)


def _found(text: str, ref: date = PUBLISHED) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, ref)]


@pytest.mark.parametrize(
    "text",
    [
        "Rodrigo Errázuriz, un avocat d'affaires de 58 ans, a reconnu sa défaite.",
        "Un chef d'entreprise de 45 ans a été entendu par les enquêteurs.",
        "Un marin-pêcheur de 52 ans a été gravement blessé à Douarnenez.",
    ],
)
def test_the_age_of_a_trade_with_its_complement_is_no_length(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un contrat de travail de trois ans a été signé.", [("trois ans", "P3Y")]),
        ("Un plan d'investissement de cinq ans est prévu.", [("cinq ans", "P5Y")]),
    ],
)
def test_the_length_of_a_thing_with_its_complement_stays(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les inscriptions sont ouvertes du 20 au 24.",
            [("20", "2026-03-20"), ("24", "2026-03-24")],
        ),
        ("La piscine est fermée le 17 pour une vidange.", [("17", "2026-03-17")]),
        # told in the past, the day alone still looks back
        ("Les inscriptions étaient ouvertes le 20.", [("20", "2026-02-20")]),
    ],
)
def test_a_day_alone_in_a_present_state_is_the_nearer_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected
