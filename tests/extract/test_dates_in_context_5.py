"""Dates on a fault of the sixth blind review of generated lessons: an age given after a person
noun and an adjective ("un sapeur-pompier volontaire de 34 ans") is no length of time, while a
thing's length after an adjective stays one ("un contrat précaire de trois ans"). Sentences
written for these tests; conventions: tests/data/gold/README.md."""

from __future__ import annotations

from datetime import date

import pytest

from tutor.extract.dates import find_dates

PUBLISHED = date(2025, 8, 7)


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "Un sapeur-pompier volontaire de 34 ans a été brûlé aux mains.",
        "Une infirmière libérale de 41 ans a témoigné devant le tribunal.",
    ],
)
def test_the_age_of_a_person_with_an_adjective_is_no_length(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un contrat précaire de trois ans a été signé.", [("trois ans", "P3Y")]),
        ("Un programme ambitieux de 10 ans commence.", [("10 ans", "P10Y")]),
    ],
)
def test_the_length_of_a_thing_with_an_adjective_stays(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected
