"""An open answer that says the opposite outcome of the text ("Kevin Dardenne a été acquitté" for
« … a été condamné », "ACTA est adopté" for « ACTA est rejeté ») earns nothing for the keywords
of that sentence, and is told which word says the contrary. Before, each of these answers
earned the keywords it held: "Le Parlement européen a adopté ACTA." was "Bravo !"."""

from __future__ import annotations

from pathlib import Path

import pytest
from frozen_lessons import FROZEN, frozen_lesson

from tutor.model import Item, Keyword, OpenQuestion, Skill
from tutor.opposite_words import OPPOSITE_PAIRS, sides_of
from tutor.scoring import Outcome, Reason, grade

NBSP = "\u00a0"


def summary(keywords: tuple[str, ...], model: str, evidence: str) -> OpenQuestion:
    return OpenQuestion(
        id="resume-article",
        skill=Skill.COMPREHENSION,
        prompt="Résumez l'article en une phrase.",
        evidence=evidence,
        keywords=tuple(Keyword(k) for k in keywords),
        min_keywords=2,
        model_answer=model,
    )


DARDENNE = summary(
    ("Kevin Dardenne", "trente ans", "réclusion"),
    "Kevin Dardenne a été condamné à trente ans de réclusion.",
    "La cour d'assises de Liège a condamné jeudi soir Kevin Dardenne à trente ans de réclusion.",
)
RATES = summary(
    ("BCE", "taux"),
    "La BCE baisse ses taux directeurs.",
    "La Banque centrale européenne a annoncé jeudi une baisse de ses taux directeurs.",
)


def open_item(lesson: str) -> Item:
    return next(i for i in frozen_lesson(lesson).items if isinstance(i, OpenQuestion))


ACTA = open_item("acta-parlement-europeen")  # « ACTA est rejeté par le Parlement européen. »
PSA = open_item("psa-suppressions-emplois")  # « PSA va supprimer 8 000 emplois. »


@pytest.mark.parametrize(
    ("item", "typed", "said", "text"),
    [
        (
            DARDENNE,
            "Kevin Dardenne a été acquitté malgré trente ans de réclusion requis.",
            "acquitté",
            "condamné",
        ),
        (
            DARDENNE,
            "Kevin Dardenne a été relaxé, il évite trente ans de réclusion.",
            "relaxé",
            "condamné",
        ),
        (ACTA, "Le Parlement européen a adopté ACTA.", "adopté", "rejeté"),
        (ACTA, "ACTA est accepté par le Parlement européen.", "accepté", "rejeté"),
        (RATES, "La BCE augmente ses taux.", "augmente", "baisse"),
        (RATES, "Hausse des taux de la BCE.", "hausse", "baisse"),
        (PSA, "PSA va créer 8 000 emplois, selon Philippe Varin.", "créer", "supprimer"),
    ],
)
def test_the_opposite_outcome_earns_nothing_and_is_named(
    item: Item, typed: str, said: str, text: str
) -> None:
    verdict = grade(item, typed)
    assert (verdict.outcome, verdict.points) == (Outcome.INCORRECT, 0.0)
    assert Reason.OPPOSITE_WORD in verdict.reason
    assert (
        f"votre réponse dit «{NBSP}{said}{NBSP}», le texte dit «{NBSP}{text}{NBSP}»"
        in verdict.explanation
    )


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (DARDENNE, "Kevin Dardenne est condamné à 30 ans de réclusion."),
        (DARDENNE, "Kevin Dardenne n'a pas été acquitté : trente ans de réclusion."),
        (ACTA, "ACTA a été refusé par le Parlement européen."),
        (ACTA, "Le Parlement européen n'a pas accepté ACTA."),
        (RATES, "La BCE a réduit ses taux."),
        (PSA, "Suppression de 8 000 emplois chez PSA, annonce Philippe Varin."),
    ],
)
def test_the_same_outcome_in_other_words_is_right(item: Item, typed: str) -> None:
    verdict = grade(item, typed)
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation
    assert Reason.OPPOSITE_WORD not in verdict.reason


def test_a_clause_of_the_learners_own_with_the_opposite_outcome_earns_nothing() -> None:
    """ "…, elle reste ouverte pendant les travaux" earned "travaux" (1 of 2 points) as a clause
    of the learner's own, after a lead that denies the closing: both say the pool stays open."""
    pool = summary(
        ("travaux", "piscine", "municipale"),
        "La piscine municipale d'Annonay fermera deux ans pour travaux.",
        "La piscine municipale d'Annonay fermera ses portes pendant deux ans pour des travaux.",
    )
    typed = (
        "Ce n'est pas vrai que la piscine municipale va fermer, elle reste ouverte pendant "
        "les travaux."
    )
    verdict = grade(pool, typed)
    assert (verdict.outcome, verdict.points) == (Outcome.INCORRECT, 0.0)
    assert f"votre réponse dit «{NBSP}ouverte{NBSP}»" in verdict.explanation


def test_an_article_that_tells_both_outcomes_leaves_the_learner_free() -> None:
    """One condemned, one acquitted: "acquitté" is a word of the text, not a contrary."""
    item = summary(
        ("Kevin Dardenne", "complice"),
        "Kevin Dardenne a été condamné.",
        "Kevin Dardenne a été condamné, son complice a été acquitté.",
    )
    verdict = grade(item, "Le complice de Kevin Dardenne a été acquitté.")
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation


@pytest.mark.parametrize(
    "typed",
    [
        # the CAC 40 rose, the BCE's rates fell: no keyword, nothing said of the answer
        "Le CAC 40 a terminé en hausse de 1,2 %.",
        # the text's outcome is said; the other word is of another thing
        "La BCE baisse ses taux, et l'euro est en hausse.",
    ],
)
def test_an_opposite_word_of_another_thing_is_no_contrary(typed: str) -> None:
    assert Reason.OPPOSITE_WORD not in grade(RATES, typed).reason


@pytest.mark.parametrize("lesson", sorted(p.stem for p in Path(FROZEN).glob("*.yaml")))
def test_no_model_answer_nor_proof_of_the_lessons_says_the_opposite(lesson: str) -> None:
    for item in frozen_lesson(lesson).items:
        if isinstance(item, OpenQuestion):
            for text in (item.model_answer, item.evidence, item.feedback):
                assert Reason.OPPOSITE_WORD not in grade(item, text).reason, (item.id, text)


@pytest.mark.parametrize(
    ("word", "participle", "sides"),
    [
        ("ouvrier", False, []),
        ("liberal", False, []),
        ("progressiste", False, []),
        ("ferme", False, []),  # une ferme, une position ferme, la prison ferme
        ("ferme", True, [("open", False)]),  # fermé
        ("condamnes", False, [("verdict", True)]),
    ],
)
def test_words_of_other_families_are_no_side(
    word: str, participle: bool, sides: list[tuple[str, bool]]
) -> None:
    assert [(p.name, s) for p, s in sides_of(word, participle=participle)] == sides
    assert len({p.name for p in OPPOSITE_PAIRS}) == len(OPPOSITE_PAIRS)
