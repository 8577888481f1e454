"""A keyword of an open answer that the model answer does not hold, but the quotation does: the
learner who says it as the quotation does is not told he says the contrary. Found by the
session-22 learner-feedback audit (france-bea-incursion-piste-lyon-saint-exupery)."""

from __future__ import annotations

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade

BERGER = OpenQuestion(
    id="avis-nathalie-berger",
    skill=Skill.COMPREHENSION,
    prompt="Que dit Nathalie Berger ? Expliquez avec vos mots.",
    evidence="« L'incursion de piste reste l'un des principaux risques de collision dans le "
    "transport aérien. Les causes sont rarement spectaculaires : une phraséologie ambiguë, la "
    "fatigue, un marquage peu visible », a commenté Nathalie Berger, responsable de l'enquête.",
    points=2.0,
    keywords=(
        Keyword("incursion", accept=("incursions",)),
        Keyword("piste", accept=("pistes",)),
        Keyword("collision", accept=("collisions",)),
        Keyword("spectaculaires", accept=("spectaculaire",)),
    ),
    min_keywords=2,
    model_answer="Selon Nathalie Berger, l'incursion de piste reste l'un des principaux risques "
    "de collision dans le transport aérien.",
)


def test_saying_not_spectacular_for_rarely_spectacular_is_not_the_contrary() -> None:
    """Was « Bravo ! … Attention au sens : pour spectaculaires, votre réponse dit le contraire
    du texte. »: the model answer does not hold "spectaculaires", so it was read as affirmed."""
    answer = (
        "Selon elle, les incursions de piste sont un risque important d'accident ; les causes "
        "ne sont pas spectaculaires."
    )
    verdict = grade(BERGER, answer)
    assert verdict.outcome is Outcome.CORRECT
    assert Reason.NEGATION not in verdict.reason
    assert "contraire" not in verdict.explanation
    assert "spectaculaires" in verdict.explanation


def test_denying_what_the_quotation_affirms_is_still_the_contrary() -> None:
    """The quotation, not the model answer, says whether such a keyword is affirmed: had she
    said the causes are often spectacular, "ne sont pas spectaculaires" would say the
    contrary."""
    evidence = BERGER.evidence.replace("rarement", "souvent")
    item = OpenQuestion(**{**BERGER.__dict__, "evidence": evidence})
    answer = "Elle dit : l'incursion de piste est un risque, les causes ne sont pas spectaculaires."
    verdict = grade(item, answer)
    assert Reason.NEGATION in verdict.reason
    assert "spectaculaires" in verdict.explanation.split("Attention au sens")[1]
