"""A denial covers its own clause, not the next one joined by "et": "Il n'a pas démissionné et
il reste maire" says he stays mayor. Before, the phrase after the negation ran on over "et" and
the next clause's words were said the other way round."""

from __future__ import annotations

import pytest

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade

NBSP = "\u00a0"

MAYOR = OpenQuestion(
    id="open",
    skill=Skill.COMPREHENSION,
    prompt="Que fait le maire après le vote ?",
    evidence="…",
    points=2.0,
    keywords=(Keyword("maire"), Keyword("reste")),
    min_keywords=2,
    model_answer="Il reste maire.",
)


@pytest.mark.parametrize(
    "answer",
    [
        "Il n'a pas démissionné et il reste maire.",
        "Il n'a pas démissionné et reste maire.",
        "Il ne démissionne pas et reste maire de la ville.",
        "Le maire n'a pas démissionné et il reste en place.",
        "Il n'a jamais démissionné et c'est toujours lui qui reste maire.",
    ],
)
def test_a_denial_stops_at_the_next_clause(answer: str) -> None:
    """ "Il n'a pas démissionné et reste maire" scored 0 of 2: "Il manque les mots importants :
    maire, reste. Attention au sens : pour maire, reste, votre réponse dit le contraire du
    texte."."""
    verdict = grade(MAYOR, answer)
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 2.0), verdict.explanation
    assert verdict.explanation == (
        f"Bravo{NBSP}! Vous avez utilisé les mots importants{NBSP}: maire, reste."
    )


@pytest.mark.parametrize(
    "answer",
    [
        "Il ne reste pas maire.",
        "Il a démissionné et il ne reste pas maire.",
        "Il ne veut pas rester et rester maire.",
        "Il ne reste pas maire et il part.",
    ],
)
def test_the_clause_that_denies_is_still_denied(answer: str) -> None:
    verdict = grade(MAYOR, answer)
    assert verdict.points < 2.0
    assert Reason.NEGATION in verdict.reason
    assert "votre réponse dit le contraire du texte" in verdict.explanation


SIGNED = OpenQuestion(
    id="open",
    skill=Skill.COMPREHENSION,
    prompt="Qu'a fait la France du traité ?",
    evidence="…",
    points=2.0,
    keywords=(Keyword("signé"), Keyword("ratifié")),
    min_keywords=2,
    model_answer="La France a signé et ratifié le traité.",
)


@pytest.mark.parametrize(
    "answer",
    [
        "La France n'a pas signé et ratifié le traité.",
        "La France ne l'a ni signé ni ratifié.",
    ],
)
def test_words_sharing_the_denied_verb_are_denied_with_it(answer: str) -> None:
    """ "n'a pas signé et ratifié": one auxiliary, one denial for both participles."""
    verdict = grade(SIGNED, answer)
    assert verdict.points == 0.0, verdict.explanation


def test_a_new_subject_after_et_is_its_own_clause() -> None:
    """The shipped PSA summary: "Il n'a pas menti et PSA va supprimer 8 000 emplois." scored 0
    of 2, PSA and emplois said the other way round."""
    item = OpenQuestion(
        id="open",
        skill=Skill.COMPREHENSION,
        prompt="De quoi parle cet article ?",
        evidence="…",
        points=2.0,
        keywords=(Keyword("PSA"), Keyword("emplois")),
        min_keywords=2,
        model_answer="PSA va supprimer 8 000 emplois.",
    )
    verdict = grade(item, "Le ministre n'a pas menti et PSA va supprimer 8 000 emplois.")
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 2.0), verdict.explanation
    assert grade(item, "PSA ne va pas supprimer d'emplois.").points < 2.0


def test_a_denied_verb_after_et_leaves_the_clause_before_it() -> None:
    """ "Le maire a démissionné et il ne part pas" denies "part" only: the maire and his
    resignation are still said as the accepted answer says them."""
    item = OpenQuestion(
        id="open",
        skill=Skill.COMPREHENSION,
        prompt="Que fait le maire ?",
        evidence="…",
        points=2.0,
        keywords=(Keyword("maire"), Keyword("démissionné"), Keyword("part")),
        min_keywords=2,
        model_answer="Le maire a démissionné et il part.",
    )
    verdict = grade(item, "Le maire a démissionné et il ne part pas.")
    assert (verdict.outcome, verdict.points) == (Outcome.CORRECT, 2.0), verdict.explanation
