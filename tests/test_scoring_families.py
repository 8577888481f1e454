"""A keyword that is a news noun is earned by the verb of its family: "il veut supprimer la
réserve" says "suppression" (the scoring review's "supprimer" for "suppression", "publié" for
"publication"). The pairs are the shipped `tutor/data/word_families.txt`."""

from __future__ import annotations

import pytest

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade
from tutor.word_families import family_of

RESERVE = OpenQuestion(
    id="avis",
    skill=Skill.COMPREHENSION,
    prompt="Que dit Nicolas Dupont-Aignan ? Expliquez avec vos mots.",
    evidence="…",
    points=2.0,
    keywords=(
        Keyword("suppression", accept=("suppressions",)),
        Keyword("prérogatives", accept=("prérogative",)),
        Keyword("réserve"),
    ),
    min_keywords=2,
    model_answer="Selon Nicolas Dupont-Aignan, « Je suis favorable à la suppression de la réserve "
    "parlementaire qui fait flotter un parfum d'Ancien Régime autour des prérogatives des élus »",
)
PRICES = OpenQuestion(
    id="prix",
    skill=Skill.COMPREHENSION,
    prompt="Que dit la ministre ? Expliquez avec vos mots.",
    evidence="…",
    points=2.0,
    keywords=(Keyword("réduction", accept=("réductions",)), Keyword("prix")),
    min_keywords=2,
    model_answer="Selon la ministre, « une réduction des prix de 10 % est prévue »",
)


@pytest.mark.parametrize(
    "answer",
    [
        "Il veut supprimer la réserve.",
        "Il veut que la réserve soit supprimée.",
        "Pour lui, on supprime la réserve.",
    ],
)
def test_the_verb_earns_the_noun(answer: str) -> None:
    verdict = grade(RESERVE, answer)
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation
    assert "suppression (avec «\u00a0suppr" in verdict.explanation  # what the learner wrote


@pytest.mark.parametrize("answer", ["Elle va réduire les prix.", "Les prix seront réduits."])
def test_an_irregular_verb_earns_the_noun(answer: str) -> None:
    assert grade(PRICES, answer).outcome is Outcome.CORRECT


def test_the_verb_denied_says_the_contrary() -> None:
    verdict = grade(RESERVE, "Il ne veut pas supprimer la réserve.")
    assert verdict.outcome is not Outcome.CORRECT
    assert Reason.NEGATION in verdict.reason


@pytest.mark.parametrize("word", ["supprimante", "suppôt", "support", "réducteur"])
def test_other_words_of_the_same_start_are_not_the_verb(word: str) -> None:
    family = family_of("suppression") if word.startswith("s") else family_of("réduction")
    assert family is not None
    assert not family.has(word)


def test_a_name_or_a_phrase_has_no_family() -> None:
    assert family_of("Suppression de la réserve") is None


@pytest.mark.parametrize(
    ("noun", "forms"),
    [("rejet", ["rejette", "rejetée", "rejeter"]), ("envoi", ["enverra", "envoyé", "envoie"])],
)
def test_a_first_group_verb_s_forms_that_change_its_stem_are_listed(
    noun: str, forms: list[str]
) -> None:
    family = family_of(noun)
    assert family is not None
    assert all(family.has(form) for form in forms)
