"""Easter, from which the movable feasts that news names as dates ("à Pâques") are counted."""

from __future__ import annotations

from datetime import date

import pytest

from tutor.french_calendar import easter


@pytest.mark.parametrize(
    "sunday",
    [date(1961, 4, 2), date(2000, 4, 23), date(2019, 4, 21), date(2024, 3, 31), date(2025, 4, 20)],
)
def test_easter_sunday(sunday: date) -> None:
    assert easter(sunday.year) == sunday


def test_easter_is_a_sunday_between_march_22_and_april_25() -> None:
    for year in range(1600, 2200):
        day = easter(year)
        assert day.weekday() == 6
        assert date(year, 3, 22) <= day <= date(year, 4, 25)
