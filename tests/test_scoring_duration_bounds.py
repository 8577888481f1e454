"""A length of time with the right figure and a bound the article does not give ("plus de
trente ans" for « trente ans ») says what the article does not: wrong, and told which words;
so is the opposite bound ("moins de" for « plus de »). Without the article's bound ("trente ans"
for « plus de trente ans ») it is half the answer. Before, "plus de trente ans" was "Bravo", as
were "plus de deux ans" for « moins de deux ans » and "trente ans" for « plus de trente ans »,
while "au moins trente ans" for « plus de trente ans » was "Non.". An estimate ("environ",
"près de") changes nothing."""

from __future__ import annotations

import pytest

from tutor.model import DateQuestion, Skill
from tutor.scoring import Outcome, Reason, grade

NBSP = "\u00a0"


def how_long(answer: str, value: str) -> DateQuestion:
    return DateQuestion(
        id="date-depuis",
        skill=Skill.DATES,
        prompt="Depuis combien de temps travaille-t-il à l'usine ?",
        evidence=f"Il travaille à l'usine depuis {answer}.",
        answer=answer,
        value=value,
    )


@pytest.mark.parametrize(
    ("answer", "typed", "words"),
    [
        ("trente ans", "plus de trente ans", "plus de"),
        ("trente ans", "Il y travaille depuis plus de 30 ans.", "plus de"),
        ("trente ans", "au moins trente ans", "au moins"),
        ("trente ans", "trente ans au moins", "au moins"),
        ("trente ans", "moins de trente ans", "moins de"),
        ("près de trente heures", "plus de trente heures", "plus de"),
    ],
)
def test_a_bound_the_article_does_not_give_is_wrong_and_named(
    answer: str, typed: str, words: str
) -> None:
    verdict = grade(how_long(answer, "PT30H" if "heures" in answer else "P30Y"), typed)
    assert (verdict.outcome, verdict.points, verdict.reason) == (
        Outcome.INCORRECT,
        0.0,
        (Reason.BOUND,),
    )
    assert verdict.explanation.startswith(
        f"Non{NBSP}: le nombre est juste, mais l'article ne dit pas «{NBSP}{words}{NBSP}»"
    )


@pytest.mark.parametrize(
    ("answer", "value", "typed", "longer"),
    [
        ("plus de trente ans", "P30Y", "trente ans", "plus long"),
        ("moins de deux ans", "P2Y", "24 mois", "moins long"),
    ],
)
def test_the_articles_bound_left_out_earns_half(
    answer: str, value: str, typed: str, longer: str
) -> None:
    verdict = grade(how_long(answer, value), typed)
    assert (verdict.outcome, verdict.points) == (Outcome.PARTIAL, 0.5)
    bound = " ".join(answer.split()[:2])
    assert f"l'article dit «{NBSP}{bound}{NBSP}»{NBSP}: c'est {longer}" in verdict.explanation


def test_the_opposite_bound_is_wrong_and_told_so() -> None:
    verdict = grade(how_long("moins de deux ans", "P2Y"), "plus de deux ans")
    assert (verdict.outcome, verdict.points) == (Outcome.INCORRECT, 0.0)
    assert f"«{NBSP}moins de{NBSP}», pas «{NBSP}plus de{NBSP}»" in verdict.explanation


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("trente ans", "environ trente ans"),
        ("trente ans", "près de 30 ans"),
        ("trente ans", "presque trente ans"),
        ("trente ans", "une trentaine d'années"),
        ("une trentaine d'années", "30 ans"),
        ("près de trente heures", "30 heures"),
        ("plus de trente ans", "au moins trente ans"),
        ("plus de trente ans", "depuis plus de 30 ans"),
    ],
)
def test_an_estimate_or_the_same_bound_is_right(answer: str, typed: str) -> None:
    verdict = grade(how_long(answer, "PT30H" if "heures" in answer else "P30Y"), typed)
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation
