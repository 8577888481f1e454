"""An expression of several words whose verb is written with another ending said alike
("laisser au bord du chemin" for « laissé au bord du chemin », "pointer du doigt" for
« pointées du doigt ») is the slip of spelling a single word already gets told: "la fin du mot
se dit pareil, mais s'écrit autrement". Before, the first was "une faute de frappe et un
accent" and the second "Non.", while "réfuter" for « réfuté » was told the ending."""

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


CHEMIN = shipped("psa-suppressions-emplois", "mot-laisser-au-bord-du-chemin")
DOIGT = shipped("rio-paris-rapport-bea", "mot-pointer-du-doigt")


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (CHEMIN, "laisser au bord du chemin"),
        (CHEMIN, "laissez au bord du chemin"),
        (DOIGT, "pointer du doigt"),
    ],
)
def test_an_ending_said_alike_inside_an_expression_is_almost(item: Item, typed: str) -> None:
    verdict = grade(item, typed)
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.SOUND_ALIKE_ENDING,))
    assert verdict.explanation.startswith(
        f"Presque{NBSP}: la fin du mot se dit pareil, mais s'écrit autrement"
    )


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (CHEMIN, "laisser au bord de la route"),  # another expression
        (DOIGT, "pointer du pied"),
    ],
)
def test_an_ending_said_alike_beside_another_word_is_wrong(item: Item, typed: str) -> None:
    assert grade(item, typed).outcome is Outcome.INCORRECT


def test_the_participles_among_themselves_are_still_agreement_or_gender() -> None:
    verdict = grade(DOIGT, "pointés du doigt")
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.GENDER,))
