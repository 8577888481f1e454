"""A vrai / faux item's other proofs: a fact the article tells twice is proved by either
sentence, when the item lists the second one in `other_evidence`."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tutor.model import Skill, TrueFalse, Truth
from tutor.scoring import Outcome, Reason, grade

BODY_SENTENCE = (
    "Le traité avait été signé en janvier secrètement par 22 des 27 gouvernements de l'Union "
    "européenne, ainsi que les États-Unis, le Japon, le Canada, l'Australie, la Nouvelle-Zélande, "
    "Singapour, la Corée du Sud, la Suisse, le Mexique et le Maroc."
)
LEAD = (
    "Bien qu'ayant été signé secrètement en janvier 2012 par 22 des 27 gouvernements de l'Union "
    "européenne, l'ACTA a été rejeté par le Parlement européen"
)
VOTE = (
    "Après trois ans de mobilisation, et par 478 voix contre, 39 voix pour et 165 abstentions, "
    "le projet ACTA a été rejeté par le Parlement européen."
)
SIGNED = TrueFalse(
    id="vrai-faux-acta",
    skill=Skill.COMPREHENSION,
    prompt="Vrai, faux ou on ne sait pas ? Justifiez avec une phrase du texte.",
    evidence=BODY_SENTENCE,
    statement=(
        "Le traité avait été signé en janvier secrètement par 22 des 27 gouvernements de "
        "l'Union européenne."
    ),
    answer=Truth.TRUE,
    justify=True,
    other_evidence=(LEAD,),
)


def test_a_listed_sentence_earns_full_points_for_a_true_statement() -> None:
    """The ACTA lead tells the signature as the body does: a learner who picked it got half the
    points and "la phrase citée ne prouve pas la réponse"."""
    verdict = grade(SIGNED, {"truth": "vrai", "justification": LEAD})
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 1.0
    assert grade(SIGNED, ("true", BODY_SENTENCE)).points == 1.0


def test_the_proving_part_of_a_listed_sentence_is_enough() -> None:
    part = "signé secrètement en janvier 2012 par 22 des 27 gouvernements de l'Union européenne"
    assert grade(SIGNED, {"truth": "vrai", "justification": part}).points == 1.0


@pytest.mark.parametrize("justification", [VOTE, "Le Parlement européen a voté."])
def test_a_sentence_neither_evidence_nor_listed_still_earns_half(justification: str) -> None:
    verdict = grade(SIGNED, {"truth": "vrai", "justification": justification})
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.points == 0.5
    assert Reason.JUSTIFICATION_WRONG in verdict.reason


def test_a_listed_sentence_proves_a_false_statement_too() -> None:
    changed = replace(
        SIGNED,
        statement=SIGNED.statement.replace("22 des 27", "11 des 27"),
        answer=Truth.FALSE,
    )
    assert grade(changed, {"truth": "faux", "justification": LEAD}).points == 1.0
    assert grade(changed, {"truth": "vrai", "justification": LEAD}).points == 0.0


def test_an_item_without_the_field_keeps_only_its_evidence_for_a_true_statement() -> None:
    """Files written before the field: a true statement is proved by its evidence alone (the
    changed-figure rule is for false statements), as it was."""
    old = replace(SIGNED, other_evidence=())
    assert grade(old, {"truth": "vrai", "justification": LEAD}).points == 0.5
    assert grade(old, {"truth": "vrai", "justification": BODY_SENTENCE}).points == 1.0
