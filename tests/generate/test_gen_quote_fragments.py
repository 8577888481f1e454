"""Which quotations are a claim to attribute ("Qui a dit", statements) and which a few words with
no verb; and which speakers are documents. Gold quotations of the readable corpora that
`is_fragment` dropped though they hold a verb: "le temps joue contre les océans"
(lisbonne-moratoire-grands-fonds), "la tension restera forte jusqu'aux fêtes"
(urgences-pediatriques-nantes), "Cette fois, nous irons au bout" (plan-crues-agen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.lexicon import article_lexicon
from tutor.generate.quote_text import is_fragment
from tutor.generate.speaker_labels import document_noun

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (
            "Pour le biologiste Karim Benali, « le temps joue contre les océans ».",
            "le temps joue contre les océans",
        ),
        (
            "« La tension restera forte jusqu'aux fêtes », prévient le chef de service.",
            "La tension restera forte jusqu'aux fêtes",
        ),
        ("« Cette fois, nous irons au bout », promet le maire.", "Cette fois, nous irons au bout"),
    ],
)
def test_a_short_quotation_with_a_verb_is_a_claim(body: str, quote: str) -> None:
    assert not is_fragment(quote, article_lexicon(body))


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (
            "Une professeure la décrit comme « une enfant discrète, très bonne élève ». Chaque "
            "élève a reçu une lettre. Le professeur élève la voix.",
            "une enfant discrète, très bonne élève",
        ),
        (
            "Qui était chargé de la sécurité ? « Le responsable de la sécurité. »",
            "Le responsable de la sécurité.",
        ),
        ("Son roman « La Farine des jours » paraît en mars.", "La Farine des jours"),
    ],
)
def test_a_few_words_without_a_verb_stay_a_fragment(body: str, quote: str) -> None:
    """ "élève" read as a verb elsewhere in the article is a noun here, as elsewhere too."""
    assert is_fragment(quote, article_lexicon(body))


def test_a_count_is_a_document_not_a_person() -> None:
    """ "selon le dernier comptage publié au printemps" (loup-attaques-vercors): asked for as a
    source, never offered among people."""
    assert document_noun("Le dernier comptage") == "comptage"
    assert document_noun("le recensement de l'Insee") == "recensement"
    assert document_noun("Le directeur du recensement") is None


REVIEW_8 = Path(__file__).parent / "data" / "review_8"


@pytest.fixture(scope="module")
def review_8_lessons() -> dict[str, list[dict[str, Any]]]:
    """The items `tutor generate` makes of three articles of the eighth review (seed 0)."""
    names = ["fusion-assureurs-bourse", "loup-attaques-vercors", "secours-alpinistes-ecrins"]
    articles = [load_article(REVIEW_8 / f"{name}.txt") for name in names]
    lessons = {}
    for name, article, facts in zip(names, articles, extract_many(articles), strict=True):
        document = generate_document(article, facts, seed=0, content_dir=REVIEW_8)
        lessons[name] = list(document["items"])
    return lessons


def _shown(items: list[dict[str, Any]]) -> str:
    return "\n".join(str(item) for item in items)


def _people_items(items: list[dict[str, Any]]) -> str:
    """The items that ask for a person: "Qui a dit", "Qui a employé ces mots", the match."""
    asks = ("Qui a dit", "Qui a employé", "Que dit")
    return _shown([i for i in items if str(i.get("prompt", "")).startswith(asks)])


def test_a_quotation_taking_up_its_clause_is_not_asked_alone(review_8_lessons) -> None:  # type: ignore[no-untyped-def]
    """ "D'après … CLCV, ce type de fusion se traduit pourtant « souvent par des hausses de prix
    … »": never "Qui a employé ces mots : « souvent par des hausses de prix … »"."""
    asked = _people_items(review_8_lessons["fusion-assureurs-bourse"])
    assert "Qui a dit" in asked
    assert "souvent par" not in asked.replace("pourtant « souvent par", "")


def test_a_count_and_an_establishment_are_not_offered_as_people(review_8_lessons) -> None:  # type: ignore[no-untyped-def]
    """ "selon le dernier comptage publié au printemps" is no person; "a indiqué
    l'établissement" is the hospital of Briançon, named."""
    loup = _people_items(review_8_lessons["loup-attaques-vercors"])
    assert "Associez" in loup or "Qui a dit" in loup
    assert "comptage" not in loup
    assert "L'établissement" not in _shown(review_8_lessons["secours-alpinistes-ecrins"])


def test_a_person_s_words_are_offered_among_people_first(review_8_lessons) -> None:  # type: ignore[no-untyped-def]
    """ "Qui a dit : « On s'est serrés … » ?" offered Météo-France and the hospital beside two
    people, when the captain who speaks was left out: bodies only make up the count."""
    people = {"Thomas Berthelot", "Julien Reynaud", "Pascal Giraud"}
    asked = [
        item
        for item in review_8_lessons["secours-alpinistes-ecrins"]
        if str(item.get("prompt", "")).startswith("Qui a dit :")
    ]
    assert asked
    for item in asked:
        assert len(people & set(item["options"])) == 3, item["options"]
