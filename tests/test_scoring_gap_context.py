"""A cloze answer typed with the sentence's words around the gap, as a learner who copies a
bit of the sentence types it ("cumul de réquisitions" for « un ___ de réquisitions »), is
right: one word around it already was ("cumul de"), two were "Non.". A word the sentence does
not have beside the gap is still wrong. The items are those of the shipped lessons."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import frozen_item

from tutor.model import Item
from tutor.scoring import Outcome, grade

ROOT = Path(__file__).resolve().parent.parent


def shipped(lesson: str, item_id: str) -> Item:
    return frozen_item(lesson, item_id)


CUMUL = shipped("controles-au-facies", "mot-cumul")  # « … par un ___ de réquisitions portant …
ANNULATION = shipped("grece-nouveau-gouvernement", "mot-annulation")  # … était l'___ des mémo…
REFUTE = shipped("psa-suppressions-emplois", "mot-refuter")  # Philippe Varin a cependant ___ l'idée


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (CUMUL, "cumul de"),  # as before
        (CUMUL, "cumul de réquisitions"),
        (CUMUL, "par un cumul de réquisitions"),
        (ANNULATION, "l'annulation des mémorandums"),
        (ANNULATION, "annulation des memorandums"),
        (REFUTE, "a cependant réfuté"),
        (REFUTE, "cependant réfuté l'idée"),
    ],
)
def test_the_answer_among_the_words_around_the_gap_is_right(item: Item, typed: str) -> None:
    assert grade(item, typed).outcome is Outcome.CORRECT


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (CUMUL, "cumul de périodes"),
        (CUMUL, "réquisitions"),
        (REFUTE, "a cependant accepté"),
        (ANNULATION, "des mémorandums"),
    ],
)
def test_other_words_around_the_gap_are_not_the_answer(item: Item, typed: str) -> None:
    assert grade(item, typed).outcome is Outcome.INCORRECT


def test_a_slip_in_the_answer_among_the_words_is_still_near() -> None:
    assert grade(CUMUL, "cumuls de réquisitions").outcome is Outcome.ALMOST


@pytest.mark.parametrize("typed", ["réquisitions", "de réquisitions", "par un"])
def test_the_words_around_the_gap_alone_are_plainly_wrong(typed: str) -> None:
    """Not "Il manque des mots": they are no part of the answer « cumul »."""
    verdict = grade(CUMUL, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation.startswith("Non.")
