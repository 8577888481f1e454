"""Someone who runs a sport is not a competitor the report named before. The swimming report's
« Le directeur technique national a salué « un niveau global en progression » » gave the words
to « le Niçois Adrien Faure », who « a remporté le 100 m » a paragraph before (the lesson's
« Qui a dit quoi ? » then paired them with him); the national technical director is not named,
and is the speaker as the article words him. A coach named before still speaks as « le
technicien »."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _speaker(body: str, nlp) -> str | None:  # type: ignore[no-untyped-def]
    (quote,) = facts_of_text(body, nlp).quotes
    return quote.speaker


def test_the_staff_is_not_the_winner_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "En papillon, le Niçois Adrien Faure a remporté le 100 m en 49 s 88.\n\n"
        "Ces championnats servaient aussi de support de sélection. Le directeur technique "
        "national a salué « un niveau global en progression », tout en regrettant la faiblesse "
        "de certaines épreuves."
    )
    assert _speaker(body, nlp) != "Adrien Faure"


def test_a_coach_named_before_still_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Hugo Lamarre a gagné à Metz. Son entraîneur, Stéphane Rivet, était ému. « On a "
        "beaucoup travaillé », a confié l'entraîneur."
    )
    assert _speaker(body, nlp) == "Stéphane Rivet"
