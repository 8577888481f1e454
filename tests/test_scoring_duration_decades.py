"""A length of time in decades ("deux décennies" for « vingt ans »): the same length, as "24
mois" is for « deux ans ». Found by the session-22 learner-feedback audit
(speaker_articles_3/rencontre-nadia-benali)."""

from __future__ import annotations

import pytest

from tutor.model import DateQuestion, Skill
from tutor.scoring import Outcome, grade


def years(answer: str, value: str) -> DateQuestion:
    return DateQuestion(
        id="date-pendant",
        skill=Skill.DATES,
        prompt="Pendant combien de temps est-ce que la romancière a tenu une boulangerie ?",
        evidence=f"Pendant {answer}, elle a tenu une boulangerie dans le quartier de Jaude.",
        answer=answer,
        value=value,
    )


@pytest.mark.parametrize(
    ("answer", "value", "typed"),
    [
        ("vingt ans", "P20Y", "deux décennies"),
        ("trente ans", "P30Y", "3 décennies"),
        ("dix ans", "P10Y", "une décennie"),
        ("cent ans", "P100Y", "un siècle"),
    ],
)
def test_decades_and_centuries_are_years(answer: str, value: str, typed: str) -> None:
    """ "deux décennies" for « vingt ans » was « Non. La bonne réponse est « vingt ans ». »."""
    verdict = grade(years(answer, value), typed)
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation


def test_another_number_of_decades_stays_wrong() -> None:
    assert grade(years("vingt ans", "P20Y"), "trois décennies").outcome is Outcome.INCORRECT
