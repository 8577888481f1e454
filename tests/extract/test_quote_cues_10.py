"""Speakers as a reader names them, on faults left by blind checks of `tutor extract`: a paper
that reported the news in an incise ("ont révélé nos confrères des Échos", "rapporte Le
Parisien", "a révélé Le Monde") is the speaker, named by its title as the press writes it.
Invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.kind, q.text) for q in facts_of_text(body, nlp).quotes]


_NEWS = "Le ministre envisage de démissionner avant l'été"


@pytest.mark.parametrize(
    ("incise", "speaker"),
    [
        ("ont révélé nos confrères des Échos", "Les Échos"),
        ("a révélé notre confrère du Parisien", "Le Parisien"),
        ("rapporte Le Parisien", "Le Parisien"),
        ("ont rapporté nos confrères de Libération", "Libération"),
        ("a révélé Le Monde", "Le Monde"),
        ("écrit L'Équipe", "L'Équipe"),
    ],
)
def test_a_paper_in_an_incise_is_the_speaker(incise: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(f"{_NEWS}, {incise}.", nlp) == [(speaker, "indirect", _NEWS)]


def test_a_body_opening_the_sentence_still_loses_its_capital(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les trains ne circuleront pas avant vendredi, a annoncé la SNCF. La SNCF a précisé "
        "que les billets seront remboursés."
    )
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == ["la SNCF", "la SNCF"]


def test_a_paper_that_reports_that_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "La Croix rapporte que le ministre a dîné avec le patron du groupe."
    assert _quotes(body, nlp) == [
        ("La Croix", "indirect", "le ministre a dîné avec le patron du groupe")
    ]


def test_money_brought_in_is_no_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le parc éolien rapporte 3 millions d'euros par an à la commune, a précisé le maire. "
        "Le nouveau péage rapporte chaque jour, selon la préfecture, plus de 20 000 euros."
    )
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == ["le maire", "la préfecture"]
