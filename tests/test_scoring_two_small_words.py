"""Two small words left out of an expression together ("moralisation vie publique" for
« moralisation de la vie publique ») are the near miss one small word already is. Before, "au"
left out of « au faciès » was "Presque : il manque le petit mot « au »" but "de la" left out
was "Non.", 0 points."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import frozen_item

from tutor.model import Item
from tutor.scoring import Outcome, Reason, grade

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"


def shipped(lesson: str, item_id: str) -> Item:
    return frozen_item(lesson, item_id)


MORALISATION = shipped("transparence-vie-publique", "mot-moralisation-de-la-vie-publique")
CHEMIN = shipped("psa-suppressions-emplois", "mot-laisser-au-bord-du-chemin")


def test_two_small_words_left_out_together_are_named() -> None:
    verdict = grade(MORALISATION, "moralisation vie publique")
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.SMALL_WORD_MISSING,))
    assert verdict.explanation.startswith(f"Presque{NBSP}: il manque deux petits mots (de la).")


@pytest.mark.parametrize(
    "typed",
    [
        "moralisation publique",  # a word of meaning left out too
        "vie publique",
        "moralisation de vie la publique",
    ],
)
def test_words_of_meaning_left_out_are_still_wrong(typed: str) -> None:
    assert grade(MORALISATION, typed).outcome is Outcome.INCORRECT


def test_one_small_word_is_still_said_in_the_singular() -> None:
    verdict = grade(MORALISATION, "moralisation de vie publique")
    assert verdict.explanation.startswith(f"Presque{NBSP}: il manque le petit mot «{NBSP}la{NBSP}»")
