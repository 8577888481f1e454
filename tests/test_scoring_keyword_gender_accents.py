"""A keyword typed in its other gender, where one gender has an accent the other has not
("boulanger" for « boulangère », "complète" for « complet »): no accent is wrong, and no
half-word is shown as the right spelling. Found by the session-22 learner-feedback audit
(speaker_articles_3/rencontre-nadia-benali)."""

from __future__ import annotations

import pytest

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade


def summary(*keywords: Keyword) -> OpenQuestion:
    return OpenQuestion(
        id="resume-article",
        skill=Skill.COMPREHENSION,
        prompt="De quoi parle cet article ? Répondez en deux ou trois phrases.",
        evidence="À 52 ans, Nadia Benali publie son troisième roman.",
        points=2.0,
        keywords=keywords,
        min_keywords=2,
        model_answer="Rencontre : Nadia Benali est la boulangère devenue romancière.",
    )


@pytest.mark.parametrize(
    ("keyword", "answer"),
    [
        ("boulangère", "Nadia Benali était boulanger, elle est devenue romancière."),
        ("première", "C'est le premier roman de la romancière."),
        ("complet", "Le roman est une histoire complète de la romancière."),
    ],
)
def test_the_other_gender_has_no_accent_to_correct(keyword: str, answer: str) -> None:
    """Was « Bravo ! … Attention aux accents : boulangèr. »: "boulanger" has no accent to
    put, and "boulangèr" is no French word."""
    verdict = grade(summary(Keyword(keyword), Keyword("romancière")), answer)
    assert verdict.outcome is Outcome.CORRECT
    assert Reason.ACCENT not in verdict.reason, verdict.explanation
    assert "accents" not in verdict.explanation


def test_a_keyword_typed_without_its_accent_is_still_told() -> None:
    verdict = grade(summary(Keyword("boulangère"), Keyword("romancière")), "boulangere romanciere")
    assert Reason.ACCENT in verdict.reason
    assert "boulangère" in verdict.explanation.split("accents")[1]
