"""A length of time whose number is written in words with one letter off ("trante ans" for
« trente ans »): a typo, as one letter off in its unit already was ("trente anées"). Found by
the session-22 learner-feedback audit (term_corpus batch_f, belgique-assises-liege)."""

from __future__ import annotations

import pytest

from tutor.model import DateQuestion, Skill
from tutor.scoring import Outcome, Reason, grade

SENTENCE = DateQuestion(
    id="date-trente-ans",
    skill=Skill.DATES,
    prompt="Combien de temps dure la réclusion ?",
    evidence="La cour d'assises de Liège a condamné jeudi soir Kevin Dardenne à trente ans de "
    "réclusion.",
    answer="trente ans",
    value="P30Y",
)


@pytest.mark.parametrize("typed", ["trante ans", "trentte ans", "tente ans", "trente anées"])
def test_one_letter_off_in_the_number_word_is_a_typo(typed: str) -> None:
    """ "trante ans" was « Non. La bonne réponse est « trente ans ». », 0 point."""
    verdict = grade(SENTENCE, typed)
    assert verdict.outcome is Outcome.ALMOST, verdict.explanation
    assert Reason.TYPO in verdict.reason


@pytest.mark.parametrize("typed", ["treize ans", "trois ans", "trente mois", "vingt ans"])
def test_another_number_or_unit_stays_wrong(typed: str) -> None:
    assert grade(SENTENCE, typed).outcome is Outcome.INCORRECT
