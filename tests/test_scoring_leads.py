"""A leading "Ce n'est pas vrai que …" denies the sentence after its "que", not only the clause
up to the next comma: keywords said there earn nothing. The items are those of review lessons
(tests/generate/data/review_5 and review_15, generated at seed 0), names left out where a
test is about the other keywords."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.exercise_io import load_exercise_set
from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade


def open_item(prompt: str, model: str, *keywords: Keyword) -> OpenQuestion:
    return OpenQuestion(
        id="open",
        skill=Skill.COMPREHENSION,
        prompt=prompt,
        evidence="…",
        points=2.0,
        keywords=keywords,
        min_keywords=2,
        model_answer=model,
    )


SUMMARY = "De quoi parle cet article ? Répondez en deux ou trois phrases."
POOL = open_item(
    SUMMARY,
    "La piscine municipale d'Annonay fermera deux ans pour travaux.",
    Keyword("travaux"),
    Keyword("piscine", accept=("piscines",)),
    Keyword("municipale"),
)
"""review_15, piscine-annonay-fermeture: the summary."""
FAURE = open_item(
    "Que dit Laurent Faure ? Expliquez avec vos mots.",
    "Selon Laurent Faure, « On va perdre des jeunes, c'est sûr. L'essentiel, c'est qu'on ait "
    "une piscine digne de ce nom en 2028 »",
    Keyword("piscine", accept=("piscines",)),
    Keyword("essentiel"),
)
"""review_15, piscine-annonay-fermeture: what the president of the swimming club says."""
SLEEP = open_item(
    SUMMARY,
    "Dormir moins de sept heures augmenterait le risque d'hypertension chez les adolescents.",
    Keyword("hypertension", accept=("hypertensions",)),
    Keyword("adolescents", accept=("adolescent",)),
)
"""review_13, etude-sommeil-hypertension: the summary names a risk."""
STORM = open_item(
    SUMMARY,
    "Tempête Léonie : la Bretagne est en alerte rouge et des milliers de foyers sont sans "
    "électricité.",
    Keyword("tempête", accept=("tempêtes",)),
    Keyword("alerte", accept=("alertes",)),
    Keyword("foyers", accept=("foyer",)),
)
"""review_5, crues-bretagne-tempete: the summary says what a storm did."""


@pytest.mark.parametrize(
    "typed",
    [
        "Ce n'est pas vrai que la piscine municipale d'Annonay va fermer et va faire l'objet "
        "de travaux.",
        "Ce n'est pas vrai que la piscine municipale, qui est vieille, va fermer pour des travaux.",
        "Il est faux que la piscine municipale va fermer et que la ville va faire des travaux.",
        "C'est pas vrai que la piscine municipale va fermer, et qu'il y aura des travaux.",
    ],
)
def test_a_leading_denial_reaches_past_the_first_comma(typed: str) -> None:
    """The lead denied up to the first comma or "que": "travaux" after it earned half the
    points (or all, with a name) for an answer that says the text is wrong."""
    verdict = grade(POOL, typed)
    assert verdict.outcome is Outcome.INCORRECT and verdict.points == 0
    assert Reason.NEGATION in verdict.reason
    assert "travaux" in verdict.explanation.split("Attention au sens")[1]


@pytest.mark.parametrize(
    "typed",
    [
        "Ce n'est pas vrai que la piscine municipale va fermer. La mairie va faire des travaux.",
        "Ce n'est pas vrai que la piscine municipale va fermer, mais il y aura des travaux.",
        "Ce n'est pas vrai que la piscine municipale va fermer, la mairie prévoit des travaux.",
        "Ce n'est pas vrai que la piscine municipale va fermer, car il y a des travaux.",
        "Ce n'est pas vrai que la piscine municipale d'Annonay va fermer, et la mairie va "
        "faire des travaux.",
        "Ce n'est pas vrai que la piscine municipale va fermer et il y aura des travaux.",
    ],
)
def test_a_clause_of_its_own_after_the_denial_keeps_its_keywords(typed: str) -> None:
    """A new sentence, "mais", "car", a new subject after a comma, or "et" and a new subject
    without "que" says something of the learner's own: "travaux" there still counts. The lead
    denied "…, et la mairie va faire des travaux" (b6fb7fa) though French repeats "que" for a
    second clause it governs ("et que la ville va …", still denied above)."""
    verdict = grade(POOL, typed)
    assert verdict.outcome is Outcome.PARTIAL and verdict.points == 1.0
    assert verdict.explanation.startswith("En partie\u00a0: vous avez utilisé travaux.")


def test_a_quotation_is_denied_whole() -> None:
    """The lead stopped at the quotation's first comma: "essentiel" and "piscine" were
    earned by an answer that says Laurent Faure did not say so."""
    typed = (
        "Ce n'est pas vrai que Laurent Faure dit « On va perdre des jeunes, c'est sûr. "
        "L'essentiel, c'est qu'on ait une piscine digne de ce nom en 2028 »."
    )
    assert grade(FAURE, typed).points == 0
    said = "Selon Laurent Faure, il est vrai que « L'essentiel, c'est d'avoir une piscine »."
    assert grade(FAURE, said).outcome is Outcome.CORRECT


def test_a_source_set_off_by_a_comma_does_not_stop_the_lead() -> None:
    typed = "Ce n'est pas vrai que, selon Laurent Faure, l'essentiel est une piscine."
    assert grade(FAURE, typed).points == 0


@pytest.mark.parametrize(
    "typed",
    [
        "Ce n'est pas vrai qu'à Annonay, la piscine municipale va fermer pour des travaux.",
        "Ce n'est pas vrai que lundi, la piscine municipale a fermé pour des travaux.",
    ],
)
def test_a_place_or_a_time_set_off_by_a_comma_does_not_stop_the_lead(typed: str) -> None:
    """Summaries open so ("À Liège, le tram ouvre …"): "la piscine" after the comma was taken
    for a new subject of the learner's own, and kept its keywords."""
    assert grade(POOL, typed).points == 0


def test_a_leading_denial_denies_a_risk_too() -> None:
    """A keyword near a word of worry ("risque") may be denied and mean the same ("pas
    d'hypertension" for a risk of it); a lead that says the whole sentence is false does
    not: it earned both keywords."""
    typed = (
        "Ce n'est pas vrai que dormir moins de sept heures augmenterait le risque "
        "d'hypertension chez les adolescents."
    )
    verdict = grade(SLEEP, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert "hypertension, adolescents, votre réponse dit le contraire" in verdict.explanation


def test_a_thing_denied_inside_the_clause_does_not_turn_the_lead_back() -> None:
    """ "sans électricité" denies a thing, not the clause's verb: "Il est faux que … ne sont
    pas …" affirms, "Il est faux que … sont sans électricité" still denies. It earned
    "alerte" and "foyers"."""
    typed = (
        "Il est faux que la Bretagne est en alerte rouge et que des milliers de foyers sont "
        "sans électricité."
    )
    assert grade(STORM, typed).outcome is Outcome.INCORRECT
    turned = (
        "Il est faux que la Bretagne n'est pas en alerte et que les foyers ne sont pas privés "
        "d'électricité."
    )
    assert grade(STORM, turned).outcome is Outcome.CORRECT


@pytest.mark.parametrize(
    "typed",
    [
        "La piscine municipale d'Annonay fermera deux ans pour travaux.",
        "Je pense que la piscine municipale va fermer, et qu'il y aura des travaux.",
        "Il est vrai que la piscine municipale va fermer, et la mairie va faire des travaux.",
        "Ce n'est pas vrai que la piscine reste ouverte : la piscine municipale ferme pour "
        "travaux.",
        "Ce n'est pas vrai que les travaux sont finis, mais la piscine municipale va fermer.",
    ],
)
def test_an_answer_that_says_the_text_keeps_its_keywords(typed: str) -> None:
    verdict = grade(POOL, typed)
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation


def test_denying_the_worry_turned_round_agrees_with_it() -> None:
    """« la sécurité de la péninsule coréenne pourrait être menacée » (the shipped Poutine
    lesson's Kirby item): "Ce n'est pas vrai que la péninsule est en sécurité" says it too; the
    lead denies a clause without the worry, which says it the other way round. With the worry
    ("… est menacée") or a fact ("les missiles sont utilisés"), the lead contradicts."""
    root = Path(__file__).resolve().parent.parent
    lesson = load_exercise_set(root / "exercises/poutine-coree-du-nord.yaml", root / "content")
    item = lesson.item("inquietude-kirby")
    assert item is not None
    said = grade(item, "Ce n'est pas vrai que la péninsule est en sécurité.")
    assert said.outcome is Outcome.CORRECT
    denied = grade(item, "Ce n'est pas vrai que la sécurité de la péninsule est menacée.")
    assert denied.points == 0
    assert grade(item, "Ce n'est pas vrai que les missiles sont utilisés en Ukraine.").points == 0


def test_a_phrase_set_beside_a_name_does_not_stop_the_lead() -> None:
    """review_9's obituary summary: « Jeanne Castaing, la cheffe qui avait fait
    connaître la cuisine des Landes, est morte »; "la cheffe" after the name's comma was read
    as a new subject, and the lead stopped there."""
    item = open_item(
        SUMMARY,
        "Jeanne Castaing, la cheffe qui avait fait connaître la cuisine des Landes, est morte.",
        Keyword("cheffe", accept=("cheffes",)),
        Keyword("cuisine", accept=("cuisines",)),
    )
    typed = "Ce n'est pas vrai que Jeanne Castaing, la cheffe des Landes, a quitté sa cuisine."
    assert grade(item, typed).points == 0
    told = "Ce n'est pas vrai que Jeanne Castaing vit encore, la cheffe a quitté sa cuisine."
    assert grade(item, told).outcome is Outcome.CORRECT
