"""Date expressions found by rules over the text, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from tutor.extract.dates import find_dates, number_value

PUBLISHED = date(2024, 6, 19)  # a Wednesday


def _found(text: str, ref: date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En mars, elle a utilisé son veto.", [("mars", "2024-03")]),
        ("Il viendra en septembre.", [("septembre", "2023-09")]),
        ("Leur rencontre date de septembre 2023.", [("septembre 2023", "2023-09")]),
        ("Le Conseil a reconnu, mardi 24 janvier, ...", [("mardi 24 janvier", "2024-01-24")]),
        ("25 janvier 2017. – Le Conseil", [("25 janvier 2017", "2017-01-25")]),
        ("le 1er mars 2024", [("1er mars 2024", "2024-03-01")]),
        ("transféré en 2012 aux juridictions", [("2012", "2012")]),
        ("une visite de 2 jours", [("2 jours", "P2D")]),
        ("Après trois ans de mobilisation", [("trois ans", "P3Y")]),
        ("pendant vingt-quatre heures", [("pendant vingt-quatre heures", "PT24H")]),
        ("tous les neuf mois", [("tous les neuf mois", "P9M")]),
        ("tous les jours", [("tous les jours", "P1D")]),
        ("24 ans après sa dernière venue", [("24 ans après", "relative")]),
        ("quelques jours après le G7", [("quelques jours après le G7", "relative")]),
        ("arrivés plus tôt cette semaine", [("plus tôt cette semaine", "relative")]),
        ("Le mois dernier, ils ont expulsé", [("Le mois dernier", "relative")]),
        ("un rapport publié deux semaines plus tôt", [("deux semaines plus tôt", "relative")]),
        ("Elle est dénoncée depuis longtemps.", [("depuis longtemps", "relative")]),
        ("au premier semestre 2012", [("premier semestre 2012", "2012")]),
    ],
)
def test_expressions_and_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_weekday_is_the_latest_such_day_on_or_before_publication() -> None:
    assert _found("Il a parlé samedi.") == [("samedi", "2024-06-15")]
    assert _found("Il a parlé mercredi.") == [("mercredi", "2024-06-19")]
    assert _found("Il a parlé samedi.", date(2017, 1, 21)) == [("samedi", "2017-01-21")]


def test_month_after_publication_is_last_year() -> None:
    assert _found("en novembre", date(2024, 6, 19)) == [("novembre", "2023-11")]
    assert _found("en juin", date(2024, 6, 19)) == [("juin", "2024-06")]


def test_without_a_publication_date_partial_dates_are_relative() -> None:
    assert _found("En mars, elle a voté.", None) == [("mars", "relative")]
    assert _found("en juillet 2000", None) == [("juillet 2000", "2000-07")]


@pytest.mark.parametrize(
    "text",
    [
        "4 000 soldats sont engagés",
        "la pétition a recueilli 2 800 000 signatures",
        "Mise à jour — 16:50 (UTC)",
        "478 voix contre et 39 voix pour",
        "Il a mis 2017 euros de côté.",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("deux", 2),
        ("vingt-quatre", 24),
        ("quatre-vingt-dix", 90),
        ("soixante-et-onze", 71),
        ("cent", 100),
        ("12", 12),
        ("beaucoup", None),
    ],
)
def test_number_words(words: str, value: int | None) -> None:
    assert number_value(words) == value
