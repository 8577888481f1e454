"""A typed word or expression given in a short sentence ("c'est le gendre", "ce sont les
armateurs", "il s'agit du gouvernement de coalition") is the answer: the learner answered the
question, as a teacher asks them to in class. Before, "le gendre" was "Bravo !" and "c'est le
gendre" was "Non.". The items are those of the shipped lessons."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import frozen_item

from tutor.model import Item
from tutor.scoring import Outcome, Reason, grade

ROOT = Path(__file__).resolve().parent.parent


def shipped(lesson: str, item_id: str) -> Item:
    return frozen_item(lesson, item_id)


GENDRE = shipped("rio-paris-rapport-bea", "mot-gendre")
ARMATEURS = shipped("grece-nouveau-gouvernement", "mot-armateur")
COALITION = shipped("grece-nouveau-gouvernement", "mot-gouvernement-de-coalition")
PROPRIETE = shipped("acta-parlement-europeen", "mot-propriete-intellectuelle")
DROIT = shipped("acta-parlement-europeen", "mot-droit-d-auteur")


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (GENDRE, "c'est le gendre"),
        (GENDRE, "C’est le gendre."),
        (GENDRE, "c est le gendre"),
        (ARMATEURS, "ce sont les armateurs"),
        (ARMATEURS, "Ce sont des armateurs !"),
        (COALITION, "c'est le gouvernement de coalition"),
        (COALITION, "il s'agit du gouvernement de coalition"),
        (PROPRIETE, "c'est la propriété intellectuelle"),
        (DROIT, "Réponse : droit d'auteur"),
        (DROIT, "la réponse est le droit d'auteur"),
    ],
)
def test_the_answer_in_a_short_sentence_is_right(item: Item, typed: str) -> None:
    verdict = grade(item, typed)
    assert (verdict.outcome, verdict.reason) == (Outcome.CORRECT, (Reason.EXACT,))
    assert verdict.explanation.startswith("Bravo")


def test_a_slip_in_the_sentence_answer_is_still_named() -> None:
    verdict = grade(ARMATEURS, "ce sont les armateur")
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.AGREEMENT,))
    accents = grade(PROPRIETE, "c'est la propriete intellectuelle")
    assert (accents.outcome, accents.reason) == (Outcome.CORRECT, (Reason.ACCENT,))


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (GENDRE, "c'est"),  # the lead alone says nothing
        (GENDRE, "c'est le genre"),
        (ARMATEURS, "ce sont les marins"),
        (COALITION, "c'est le gouvernement"),
    ],
)
def test_a_wrong_word_in_a_sentence_is_still_wrong(item: Item, typed: str) -> None:
    assert grade(item, typed).outcome is Outcome.INCORRECT
