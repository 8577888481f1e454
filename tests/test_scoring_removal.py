"""An accepted answer about doing away with something ("la suppression de la réserve
parlementaire"): a learner who says he wants no more of it says the same; one who opposes its
suppression says the contrary (tmux, transparence lesson: "Il ne veut plus de la réserve
parlementaire" scored 0, "dit le contraire", while "Il est contre la suppression de la réserve
parlementaire des élus" was "Bravo")."""

from __future__ import annotations

import pytest

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade

RESERVE = OpenQuestion(
    id="avis-nicolas-dupont-aignan",
    skill=Skill.COMPREHENSION,
    prompt="Relisez ces mots de Nicolas Dupont-Aignan : « Je suis favorable à la suppression de "
    "la réserve … ». Que veulent-ils dire ? Expliquez avec vos mots.",
    evidence="…",
    points=2.0,
    keywords=(
        Keyword("suppression", accept=("suppressions",)),
        Keyword("prérogatives", accept=("prérogative",)),
        Keyword("élus"),
        Keyword("parlementaire", accept=("parlementaires",)),
    ),
    min_keywords=2,
    model_answer="Selon Nicolas Dupont-Aignan, « Je suis favorable à la suppression de la réserve "
    "parlementaire qui fait flotter un parfum d'Ancien Régime autour des prérogatives des élus »",
)


@pytest.mark.parametrize(
    "answer",
    [
        "Il ne veut plus de réserve parlementaire, un privilège ancien des élus.",
        "Il ne veut plus de la réserve parlementaire des élus.",
        "Il veut la suppression de la réserve parlementaire des élus.",
    ],
)
def test_wanting_no_more_of_it_says_the_same(answer: str) -> None:
    verdict = grade(RESERVE, answer)
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation
    assert Reason.NEGATION not in verdict.reason


@pytest.mark.parametrize(
    "answer",
    [
        "Il ne veut pas la suppression de la réserve parlementaire.",
        "Il ne veut pas supprimer la réserve parlementaire.",
        "Il est contre la suppression de la réserve parlementaire.",
    ],
)
def test_refusing_its_suppression_says_the_contrary(answer: str) -> None:
    verdict = grade(RESERVE, answer)
    assert verdict.outcome is Outcome.INCORRECT, verdict.explanation
    assert Reason.NEGATION in verdict.reason
