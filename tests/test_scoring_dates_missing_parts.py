"""A typed date that leaves out parts of the answer is told which parts, all of them, and a
year alone is never "Presque" beside a wanted day and month. Before, "2009" for « le 1er juin
2009 » was told "il manque le jour" (the month was missing too), and "en 2016" for « mardi 24
janvier » (2017) "Presque : l'année est 2017, pas 2016." though it gave neither day nor month.
The items are those of the shipped lessons."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import frozen_item

from tutor.model import Item
from tutor.scoring import Outcome, Reason, grade

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"


def shipped(lesson: str, item_id: str) -> Item:
    return frozen_item(lesson, item_id)


ACCIDENT = shipped("rio-paris-rapport-bea", "date-1er-juin-2009")  # le 1er juin 2009
CONSEIL = shipped("controles-au-facies", "date-mardi-24-janvier")  # 2017-01-24, year not asked
LIBERATION = shipped("transparence-vie-publique", "date-jeudi-9-mars")  # 2017-03-09
PUBLICATION = shipped("rio-paris-rapport-bea", "date-juillet-2011")


@pytest.mark.parametrize(
    ("item", "typed", "said"),
    [
        (ACCIDENT, "2009", "il manque le jour et le mois."),
        (ACCIDENT, "en 2009", "il manque le jour et le mois."),
        (ACCIDENT, "juin 2009", "il manque le jour."),
        (ACCIDENT, "1er juin", "il manque l'année."),
        (CONSEIL, "janvier", "il manque le jour."),
        (PUBLICATION, "2011", "il manque le mois."),
    ],
)
def test_every_missing_part_is_named(item: Item, typed: str, said: str) -> None:
    verdict = grade(item, typed)
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.explanation.startswith(f"En partie{NBSP}: {said} La bonne réponse est")


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (CONSEIL, "en 2016"),
        (CONSEIL, "2012"),  # the answer to the lesson's other date question
        (ACCIDENT, "2008"),
    ],
)
def test_a_wrong_year_alone_is_no_near_miss_of_a_whole_date(item: Item, typed: str) -> None:
    verdict = grade(item, typed)
    assert (verdict.outcome, verdict.points) == (Outcome.INCORRECT, 0.0)
    assert not verdict.explanation.startswith("Presque")
    assert Reason.DIGIT_OFF not in verdict.reason


def test_a_month_right_and_a_year_wrong_says_so_without_presque() -> None:
    verdict = grade(LIBERATION, "mars 2016")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation.startswith("Le mois est juste, mais pas l'année.")


@pytest.mark.parametrize(
    ("item", "typed", "start"),
    [
        (ACCIDENT, "1er juin 2008", "Presque"),  # every part given, the year slipped
        (shipped("acta-parlement-europeen", "date-janvier-2012"), "janvier 2013", "Presque"),
        (shipped("psa-suppressions-emplois", "date-2014"), "en 2015", "Presque"),
    ],
)
def test_a_slipped_year_in_a_whole_date_is_still_near(item: Item, typed: str, start: str) -> None:
    verdict = grade(item, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation.startswith(start)
