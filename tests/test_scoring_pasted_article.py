"""An open answer that is the article pasted (thousands of characters, the proving sentence
among them) earns nothing: every keyword is in it because the whole text is, and the learner
has not answered. Before, pasting 5,000 characters of the PSA article into « De quoi parle cet
article ? Répondez en deux ou trois phrases. » earned 2/2 and "Bravo ! Vous avez utilisé les
mots importants : Philippe Varin, Arnaud Montebourg, PSA, emplois.", with no word about the
paste. An answer of the learner's own, even long, is graded as before. (How long grading a
paste takes is bench/long_inputs.py's figure.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import frozen_lesson

from tutor.content import load_article
from tutor.model import OpenQuestion
from tutor.scoring import Outcome, Reason, grade

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"


def shipped(lesson: str, item_id: str) -> tuple[OpenQuestion, str]:
    found = frozen_lesson(lesson)
    item = found.item(item_id)
    assert isinstance(item, OpenQuestion)
    return item, load_article(ROOT / "content" / found.article_path).body


@pytest.mark.parametrize(
    ("lesson", "item_id"),
    [
        ("psa-suppressions-emplois", "resume-article"),
        ("poutine-coree-du-nord", "inquietude-kirby"),
        ("grece-nouveau-gouvernement", "resume-article"),
        ("acta-parlement-europeen", "avis-l-april"),
    ],
)
def test_the_article_pasted_earns_nothing_and_is_told_why(lesson: str, item_id: str) -> None:
    item, body = shipped(lesson, item_id)
    pasted = body[:5000]
    if item.evidence.split()[0] not in pasted:  # the proof further down: paste from it
        pasted = body[body.index(item.evidence[:40]) :][:5000]
    verdict = grade(item, pasted)
    assert (verdict.outcome, verdict.points) == (Outcome.INCORRECT, 0.0)
    assert verdict.reason == (Reason.COPIED_TEXT,)
    assert verdict.explanation.startswith(
        f"Votre réponse colle un long passage du texte{NBSP}: ce n'est pas une réponse."
    )
    assert item.model_answer.split()[0] in verdict.explanation  # an example answer is shown


def test_a_long_answer_of_ones_own_keeps_its_points() -> None:
    item, _ = shipped("poutine-coree-du-nord", "inquietude-kirby")
    own = (
        "John Kirby a peur pour deux raisons. D'abord, la Corée du Nord envoie des missiles à "
        "la Russie, qui les utilise contre l'Ukraine. Ensuite, la Russie pourrait aider la "
        "Corée du Nord en retour, et la sécurité de la péninsule coréenne serait menacée. "
    ) * 4
    verdict = grade(item, own)
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 2.0)
