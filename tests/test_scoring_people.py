"""A person's name typed as another name is another person, not a slip: "Marin" for Martin is
wrong, "Matrin" a typo. The items are those of the shipped PSA and ACTA lessons."""

from __future__ import annotations

from dataclasses import replace

import pytest
from frozen_lessons import frozen_lesson

from tutor.model import Cloze, Item, Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade
from tutor.scoring_people import another_persons_name, is_person, item_people

NBSP = "\u00a0"

RAPPORTEUR = Cloze(
    id="c",
    skill=Skill.COMPREHENSION,
    prompt="Complétez la phrase.",
    evidence="David Martin, le rapporteur du texte, a reconnu l'importance de cette lutte mais "
    "a appelé au rejet du projet en raison de sa dangerosité pour les libertés individuelles.",
    text="___, le rapporteur du texte, a appelé au rejet du projet.",
    answer="Martin",
    accept=("David Martin",),
)
"""The ACTA lesson's rapporteur, as a teacher's cloze asks him."""


def psa_summary() -> Item:
    """« De quoi parle cet article ? » of the shipped PSA lesson: Philippe Varin, Arnaud
    Montebourg, PSA, emplois; two are needed."""
    lesson = frozen_lesson("psa-suppressions-emplois")
    item = lesson.item("resume-article")
    assert isinstance(item, OpenQuestion)
    return item


@pytest.mark.parametrize("typed", ["Marin", "Martine", "David Marin", "Dupont", "marin"])
def test_another_name_for_a_person_is_the_wrong_person(typed: str) -> None:
    """ "Marin" for Martin was "Presque : une petite faute de frappe", half the points: Marin
    (a given name) and Dupont (a surname) are other people."""
    verdict = grade(RAPPORTEUR, typed)
    assert (verdict.outcome, verdict.points) == (Outcome.INCORRECT, 0.0)
    assert verdict.reason == (Reason.WRONG, Reason.OTHER_PERSON)
    assert verdict.explanation == (
        f"Ce n'est pas la bonne personne{NBSP}: la réponse est «{NBSP}Martin{NBSP}»."
    )


@pytest.mark.parametrize("typed", ["Matrin", "Martn", "David Matrin"])
def test_a_slip_on_a_person_s_name_is_still_a_typo(typed: str) -> None:
    verdict = grade(RAPPORTEUR, typed)
    assert (verdict.outcome, verdict.reason) == (Outcome.ALMOST, (Reason.TYPO,))


def test_another_person_of_the_item_is_the_wrong_person() -> None:
    """A name the lists do not know is still someone else when the item names that person:
    "Varon" for Varin is a slip, unless Varon is in the item."""
    item = replace(RAPPORTEUR, answer="Varin", accept=(), text="___ a parlé.")
    assert grade(item, "Varon").outcome is Outcome.ALMOST
    other = replace(item, evidence="Philippe Varin et Jean Varon ont parlé.")
    assert grade(other, "Varon").reason == (Reason.WRONG, Reason.OTHER_PERSON)


def test_a_place_s_slip_stays_a_slip() -> None:
    """Only people's names: "Lyon" is no person, and a slip on it is a typo."""
    item = replace(RAPPORTEUR, answer="Annecy", accept=(), text="La bijouterie est à ___.")
    assert grade(item, "Anecy").outcome is Outcome.ALMOST


def test_an_open_answer_does_not_earn_a_person_for_another_name() -> None:
    """ "Marin" earned the keyword Philippe Varin (accepted as "Varin") of the shipped PSA
    summary, a slip; now it is not earned, and the learner is told why."""
    item = psa_summary()
    verdict = grade(item, "Marin annonce que PSA va fermer une usine.")
    assert (verdict.outcome, verdict.points) == (Outcome.PARTIAL, 1.0)
    assert Reason.OTHER_PERSON in verdict.reason
    assert verdict.explanation.endswith(
        f"Ce n'est pas la bonne personne{NBSP}: «{NBSP}Marin{NBSP}» n'est pas Philippe Varin."
    )
    slipped = grade(item, "Varni annonce que PSA va fermer une usine.")
    assert (slipped.outcome, slipped.points) == (Outcome.CORRECT, 2.0)


def test_a_common_word_near_a_surname_is_not_the_person() -> None:
    """ "la mairie va faire des travaux" earned "Laurent Faure" (accepted as "Faure"): "faire"
    is one letter from it (review_15, piscine-annonay-fermeture)."""
    item = OpenQuestion(
        id="o",
        skill=Skill.COMPREHENSION,
        prompt="De quoi parle cet article ? Répondez en deux ou trois phrases.",
        evidence="…",
        points=2.0,
        keywords=(Keyword("Laurent Faure", accept=("Faure",)), Keyword("travaux")),
        min_keywords=2,
        model_answer="La piscine municipale d'Annonay fermera deux ans pour travaux.",
    )
    assert grade(item, "La mairie va faire des travaux.").points == 1.0
    assert grade(item, "Faure dit que la mairie va faire des travaux.").points == 2.0
    assert grade(item, "Faur dit que la mairie va faire des travaux.").points == 2.0


def test_who_is_a_person() -> None:
    assert is_person("Martin") and is_person("Philippe Varin") and is_person("Odile FAURE")
    assert not is_person("Ukraine") and not is_person("ACTA") and not is_person("martin")
    assert another_persons_name("Marin", "Martin", frozenset())
    assert not another_persons_name("Matrin", "Martin", frozenset())
    assert "varin" in item_people(psa_summary())
