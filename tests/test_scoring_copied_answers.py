"""An open answer that copies a long stretch of the article word for word keeps the points its
keywords earn, and is told to answer in the learner's own words, briefly. Before, pasting John
Kirby's 85-word sentence earned "Bravo !" and nothing else; a short answer, the text's own
words in a short answer, and the model answer itself are not told so."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import frozen_lesson

from tutor.model import OpenQuestion
from tutor.scoring import Outcome, Reason, grade

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"
OWN_WORDS = (
    f"Votre réponse recopie une longue phrase du texte{NBSP}: la prochaine fois, répondez "
    "avec vos mots, en une ou deux phrases courtes."
)


def shipped(lesson: str, item_id: str) -> OpenQuestion:
    found = frozen_lesson(lesson)
    item = found.item(item_id)
    assert isinstance(item, OpenQuestion)
    return item


KIRBY = shipped("poutine-coree-du-nord", "inquietude-kirby")
VARIN = shipped("psa-suppressions-emplois", "avis-philippe-varin")


@pytest.mark.parametrize("item", [KIRBY, VARIN], ids=["kirby", "varin"])
def test_the_whole_sentence_pasted_keeps_its_points_and_is_told_to_answer_briefly(
    item: OpenQuestion,
) -> None:
    verdict = grade(item, item.evidence)
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 2.0)
    assert verdict.reason == (Reason.COPIED_TEXT,)
    assert verdict.explanation.startswith(f"Bravo{NBSP}! Vous avez utilisé les mots importants")
    assert verdict.explanation.endswith(" " + OWN_WORDS)


@pytest.mark.parametrize(
    "typed",
    [
        # the model answer: most of it the text's own words
        "Des missiles nord-coréens sont utilisés contre l'Ukraine, et la sécurité de la "
        "péninsule coréenne pourrait être menacée.",
        # the text's words, a short answer
        "Des missiles balistiques nord-coréens sont toujours utilisés pour frapper des cibles "
        "ukrainiennes, et la sécurité de la péninsule coréenne.",
        # a long answer of the learner's own
        "John Kirby a peur pour deux raisons. D'abord, la Corée du Nord envoie des missiles à "
        "la Russie, qui les utilise contre l'Ukraine. Ensuite, la Russie pourrait aider la "
        "Corée du Nord en retour, et la sécurité de la péninsule coréenne serait menacée.",
    ],
)
def test_an_answer_in_few_or_own_words_is_not_told_so(typed: str) -> None:
    verdict = grade(KIRBY, typed)
    assert (verdict.outcome, verdict.points, verdict.reason) == (
        Outcome.CORRECT,
        2.0,
        (Reason.EXACT,),
    )
    assert OWN_WORDS not in verdict.explanation


def test_the_model_answer_quoting_the_text_is_not_found_fault_with() -> None:
    """The PSA opinion's model answer quotes Philippe Varin ("Selon Philippe Varin, « … »"):
    the example the learner is shown is no copy to correct."""
    verdict = grade(VARIN, VARIN.model_answer)
    assert verdict.reason == (Reason.EXACT,)


def test_a_copy_missing_keywords_keeps_its_share_and_the_note() -> None:
    """The PSA summary's lead pasted: one keyword (PSA) of the two needed, 1 of 2 as before."""
    item = shipped("psa-suppressions-emplois", "resume-article")
    pasted = f"{item.evidence} L'usine d'Aulnay fermera en 2014 et les autres sites vont souffrir."
    verdict = grade(item, pasted)
    assert (verdict.outcome, verdict.points) == (Outcome.PARTIAL, 1.0)
    assert verdict.reason == (Reason.MISSING_KEYWORDS, Reason.COPIED_TEXT)
    assert verdict.explanation.endswith(" " + OWN_WORDS)
