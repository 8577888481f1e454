"""An athlete's word and a staff word name different people. The boxing report's « Son
promoteur, Jean-Pierre Orsini, évoque une première défense … Le boxeur, lui, réclame d'abord
« quelques jours de repos et un bon plat de ma mère » » gave the boxer's words to his promoter
(the lesson asked « Qui a employé ces mots » with Orsini as the answer). A coach the article
calls « l'ancien joueur » is still the one who speaks."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _speakers(body: str, nlp) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {q.text[:20]: q.speaker for q in facts_of_text(body, nlp).quotes}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Sofiane Medjadi est devenu champion d'Europe samedi. Son promoteur, Jean-Pierre "
            "Orsini, évoque une première défense au printemps. Le boxeur, lui, réclame d'abord "
            "« quelques jours de repos et un bon plat de ma mère ».",
            "Sofiane Medjadi",
        ),
        (
            "Camille Arnaud a gagné le marathon. Son entraîneur, Gilles Maupin, était ému aux "
            "larmes. « J'ai tout donné dans le dernier kilomètre », a raconté la coureuse.",
            "Camille Arnaud",
        ),
        (
            "Hugo Lamarre a gagné à Metz. Son entraîneur, l'ancien joueur Stéphane Rivet, était "
            "ému. « On a beaucoup travaillé », a confié l'ancien joueur.",
            "Stéphane Rivet",
        ),
    ],
)
def test_an_athlete_s_word_names_no_coach(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _speakers(body, nlp).values()
    assert found == speaker
