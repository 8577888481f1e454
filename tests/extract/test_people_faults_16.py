"""People and speakers on the two faults of the seventh review left after session 15
(tests/generate/data/review_7/README.md): someone a prize jury crowned gets no role, and "la
retraitée" after an unnamed "une autre retraitée" is taken for the retiree named before.
Invented news sentences like the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _people(body: str, nlp) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {p.name: p.role for p in facts_of_text(body, nlp).people}


def _speakers(body: str, nlp) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts_of_text(body, nlp).quotes]


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Quelques minutes plus tôt, au même endroit, l'académie Goncourt avait couronné "
            "Paul-Henri Vasseur, 61 ans, pour « Les Héritiers du silence », un roman sur la "
            "fermeture d'une usine textile dans le Nord. Le Goncourt a été décidé dès le premier "
            "tour.",
            "Paul-Henri Vasseur",
            "lauréat du prix Goncourt",
        ),
        (
            "Le jury du prix Albert-Sorel a couronné samedi soir Julie Marchand pour un essai sur "
            "les ports bretons.",
            "Julie Marchand",
            "lauréate du prix Albert-Sorel",
        ),
        (
            "Le prix Interallié a été décerné jeudi à Marc Ollivier pour son troisième roman.",
            "Marc Ollivier",
            "lauréat du prix Interallié",
        ),
        (
            "Le jury a récompensé Julie Marchand pour un essai sur les ports bretons.",
            "Julie Marchand",
            "lauréate",
        ),
    ],
)
def test_someone_a_prize_went_to_is_its_laureate(body: str, name: str, role: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _people(body, nlp) == {name: role}


def test_what_a_council_grants_is_no_prize(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Le conseil municipal a attribué mardi à Paul Durand une subvention de 2 000 euros."
    assert _people(body, nlp) == {"Paul Durand": None}


def test_a_laureate_keeps_the_role_the_article_gives(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le prix Renaudot a été attribué mardi à Mathilde Le Goff, ancienne professeure de "
        "lettres à Brest, pour son premier roman."
    )
    assert _people(body, nlp) == {"Mathilde Le Goff": "ancienne professeure de lettres à Brest"}


@pytest.mark.parametrize("epithet", ["la retraitée", "cette retraitée"])
def test_an_epithet_after_an_unnamed_newcomer_of_its_noun_is_the_newcomer(
    epithet: str, nlp
) -> None:  # type: ignore[no-untyped-def]
    body = (
        "À Lyon, Véronique Lambert, 67 ans, attendait depuis trois heures un train pour "
        "Marseille. Une autre retraitée attendait à côté d'elle. « J'ai payé mon billet il y a "
        f"deux mois », s'indignait {epithet}."
    )
    # "la retraitée" alone could be Véronique Lambert, a retiree too (session 23): the label is
    # the wording that brought the newcomer in
    label = "une autre retraitée" if epithet == "la retraitée" else epithet
    assert _speakers(body, nlp) == [label]
    assert _people(body, nlp) == {"Véronique Lambert": None}


@pytest.mark.parametrize("epithet", ["la retraitée", "cette retraitée"])
def test_an_apposition_to_the_name_is_no_newcomer(epithet: str, nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "À Lyon, Véronique Lambert, une retraitée de 67 ans, attendait depuis trois heures un "
        "train pour Marseille. « J'ai payé mon billet il y a deux mois », s'indignait "
        f"{epithet}."
    )
    assert _speakers(body, nlp) == ["Véronique Lambert"]
