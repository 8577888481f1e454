"""Reading French number words inside running text, and ordinals, as date extraction needs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tutor.french_numbers import (
    NUMBER_WORDS_PATTERN,
    french_number_words,
    parse_french_number,
    parse_french_ordinal,
    words_to_digits,
)

_RUN = re.compile(NUMBER_WORDS_PATTERN, re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "run", "value"),
    [
        ("pendant quatre-vingt-dix jours", "quatre-vingt-dix", 90),
        ("depuis vingt et un ans", "vingt et un", 21),
        ("soixante-et-onze jours", "soixante-et-onze", 71),
        ("en mille neuf cent quatre-vingt-dix.", "mille neuf cent quatre-vingt-dix", 1990),
        ("Trois ans plus tard", "Trois", 3),
        ("deux cents ans", "deux cents", 200),
    ],
)
def test_a_run_of_number_words_is_found_whole_in_a_sentence(
    text: str, run: str, value: int
) -> None:
    m = _RUN.search(text)
    assert m is not None and m.group() == run
    assert parse_french_number(m.group()) == value


def test_a_run_does_not_start_or_end_inside_a_word() -> None:
    assert _RUN.search("undécimal unique") is None
    assert [m.group() for m in _RUN.finditer("dixième, deuxième")] == []


@given(st.integers(min_value=1, max_value=999_999))
def test_every_number_written_in_words_is_one_run(n: int) -> None:
    words = french_number_words(n)
    assert _RUN.fullmatch(words) is not None
    assert parse_french_number(words) == n


@pytest.mark.parametrize(
    ("ordinal", "rank"),
    [
        ("premier", 1),
        ("1er", 1),
        ("second", 2),
        ("deuxième", 2),
        ("cinquième", 5),
        ("neuvième", 9),
        ("onzième", 11),
        ("dix-neuvième", 19),
        ("vingtième", 20),
        ("vingt-et-unième", 21),
        ("vingt et unième", 21),
        ("quatre-vingtième", 80),
        ("centième", 100),
        ("dernier", None),
        ("XIXe", None),
    ],
)
def test_ordinals_in_words(ordinal: str, rank: int | None) -> None:
    assert parse_french_ordinal(ordinal) == rank


@pytest.mark.parametrize(
    ("said", "year"),
    [
        ("dix-neuf cent quatre-vingt-dix-neuf", 1999),
        ("dix-sept cent quatre-vingt-neuf", 1789),
        ("seize cents", 1600),
        ("onze cent", 1100),
    ],
)
def test_a_year_said_in_hundreds(said: str, year: int) -> None:
    assert parse_french_number(said) == year
    assert words_to_digits(f"en {said}, la ville") == f"en {year}, la ville"


def test_hundreds_of_thousands_are_not_read_as_a_year() -> None:
    assert parse_french_number("dix-neuf cent mille") is None
    assert parse_french_number("deux cent mille") == 200_000
