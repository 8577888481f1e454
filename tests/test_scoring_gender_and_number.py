"""A word typed in another gender and another number ("pointé" for « pointées », "laissées"
for « laissé ») is told both slips. Before, "pointé du doigt" for « pointées du doigt » was
only "attention au masculin et au féminin", and the learner who fixed the gender ("pointée")
was still wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import frozen_item

from tutor.model import Item
from tutor.scoring import Outcome, Reason, grade

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"
BOTH = f"Presque{NBSP}: attention au masculin et au féminin, et au singulier et au pluriel."


def shipped(lesson: str, item_id: str) -> Item:
    return frozen_item(lesson, item_id)


DOIGT = shipped("rio-paris-rapport-bea", "mot-pointer-du-doigt")  # pointées du doigt
CHEMIN = shipped("psa-suppressions-emplois", "mot-laisser-au-bord-du-chemin")  # laissé …
CAUSE = shipped("controles-au-facies", "mot-mettre-en-cause")  # mises en cause


@pytest.mark.parametrize(
    ("item", "typed"),
    [(DOIGT, "pointé du doigt"), (CHEMIN, "laissées au bord du chemin")],
)
def test_gender_and_number_both_wrong_are_both_named(item: Item, typed: str) -> None:
    verdict = grade(item, typed)
    assert (verdict.outcome, verdict.reason) == (
        Outcome.ALMOST,
        (Reason.GENDER, Reason.AGREEMENT),
    )
    assert verdict.explanation.startswith(BOTH)


def test_without_accents_too_the_accents_are_named() -> None:
    verdict = grade(DOIGT, "pointe du doigt")
    assert verdict.outcome is Outcome.ALMOST
    assert Reason.ACCENT in verdict.reason
    assert verdict.explanation.startswith(
        f"Presque{NBSP}: attention au masculin et au féminin, et au singulier et au pluriel, "
        "et aux accents."
    )


@pytest.mark.parametrize(
    ("item", "typed", "reason"),
    [
        (CAUSE, "mis en cause", Reason.GENDER),  # both plural
        (DOIGT, "pointés du doigt", Reason.GENDER),
        (CAUSE, "mise en cause", Reason.AGREEMENT),
        (CHEMIN, "laissée au bord du chemin", Reason.GENDER),
    ],
)
def test_one_slip_alone_is_named_alone(item: Item, typed: str, reason: Reason) -> None:
    assert grade(item, typed).reason == (reason,)
