"""Part of a multi-word answer: "gouvernement" for « gouvernement de coalition » was a bare
"Non." The learner found the place and half the expression; the verdict says what is missing
(the points stay at none: the term is the whole expression). Seen in tmux, Greek lesson."""

from __future__ import annotations

import pytest

from tutor.model import Cloze, Skill
from tutor.scoring import Outcome, Reason, grade


def _cloze(answer: str) -> Cloze:
    return Cloze(
        id="c",
        skill=Skill.VOCABULARY,
        prompt="Complétez la phrase avec l'expression du texte (3 mots).",
        evidence=f"Samaras a dévoilé le nouveau {answer} de 38 membres.",
        text="Samaras a dévoilé le nouveau ___ de 38 membres.",
        answer=answer,
    )


@pytest.mark.parametrize("typed", ["gouvernement", "coalition", "Gouvernement de", "de coalition"])
def test_some_of_the_words_say_which_are_missing(typed: str) -> None:
    verdict = grade(_cloze("gouvernement de coalition"), typed)
    assert verdict.outcome is Outcome.INCORRECT and verdict.points == 0
    assert Reason.MISSING_WORDS in verdict.reason
    assert verdict.explanation == (
        "Il manque des mots\u00a0: la réponse a 3\u00a0mots. "
        "La bonne réponse est «\u00a0gouvernement de coalition\u00a0»."
    )


@pytest.mark.parametrize("typed", ["parlement", "coalitions de"])
def test_other_words_are_simply_wrong(typed: str) -> None:
    """ "gouvernement coalition" was here too; it is the expression with its "de" left out, a
    slip (tests/test_scoring_slips.py)."""
    verdict = grade(_cloze("gouvernement de coalition"), typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert Reason.MISSING_WORDS not in verdict.reason


def test_the_whole_expression_is_right_and_one_word_answers_are_unchanged() -> None:
    assert grade(_cloze("gouvernement de coalition"), "gouvernement de coalition").points == 1
    verdict = grade(_cloze("memorandum"), "accord")
    assert Reason.MISSING_WORDS not in verdict.reason
