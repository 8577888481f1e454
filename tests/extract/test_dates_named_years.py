"""A month named without its year, after a month and year in its sentence: "en mai 2026, d'abord
la nuit, puis en journée à partir de juin" is June 2026, not the June nearest the paper's day
(March 2025 gave June 2025)."""

from __future__ import annotations

from datetime import date

from tutor.extract.dates import find_dates

PUBLISHED = date(2025, 3, 14)


def _value(text: str, words: str) -> str:
    start = text.index(words)
    return next(m.value for m in find_dates(text, PUBLISHED) if m.start == start)


def test_a_month_after_a_later_month_and_year_takes_its_year() -> None:
    text = (
        "Les premiers essais des rames auront lieu en mai 2026, d'abord la nuit, puis en "
        "journée à partir de juin."
    )
    assert _value(text, "mai 2026") == "2026-05"
    assert _value(text, "juin") == "2026-06"


def test_a_day_and_month_too() -> None:
    text = "Le chantier reprendra le 3 février 2027, puis la gare fermera le 20 avril."
    assert _value(text, "20 avril") == "2027-04-20"


def test_other_months_keep_the_papers_year() -> None:
    # in the next sentence: the paper's own time again
    text = "Les essais auront lieu en mai 2026. En juin, la ville votera le budget."
    assert _value(text, "juin") != "2026-06"
    # a year alone is no anchor
    text = "D'ici 2030, la ville veut doubler le réseau, et les travaux commencent en juin."
    assert _value(text, "juin").startswith("2025")
    # a past month and year: the month the paper's day gives comes after it already
    text = "Le projet est né en mars 2019 et le chantier est à l'arrêt depuis janvier."
    assert _value(text, "janvier") == "2025-01"
