"""Where a quotation starts and ends, and what is none: faults the blind review of
tests/generate/data/review_4/ found in the articles of tests/extract/data/people_articles_5/,
each tested on invented sentences of the same kind, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of_text(body, nlp)
    return [(q.speaker, q.kind, q.text) for q in facts.quotes]


@pytest.mark.parametrize(
    "body",
    [
        # "que" after a noun is its relative pronoun, not what was asked
        "Son avocat, Me Paul Darras, a demandé une contre-expertise, que la cour a refusée.",
        "La défense a réclamé un renvoi que le tribunal a rejeté dans la soirée.",
        # after a party, the person who speaks for it acts: narration, no opinion
        "Pour l'accusation, l'avocat général Jean Castel s'est montré sévère dès l'ouverture.",
        "Pour la défense, l'avocate Marie Ortiz a plaidé pendant trois heures.",
    ],
)
def test_narration_is_no_quotation(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(body, nlp) == []


def test_a_relative_clause_after_the_sources_role_is_not_the_opinion(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Pour Louise Garnier, présidente de l'association Endo France, qui rassemble les femmes "
        "atteintes d'endométriose, ces progrès donnent « un espoir immense », même si la "
        "technique reste lourde.",
        nlp,
    )
    assert said == [
        (
            "Louise Garnier",
            "indirect",
            "ces progrès donnent « un espoir immense », même si la technique reste lourde",
        )
    ]


@pytest.mark.parametrize(
    "tail",
    [", sans préciser dans quelle proportion.", ", sans toutefois donner de calendrier."],
)
def test_what_the_speaker_left_out_ends_the_reported_words(tail: str, nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le porte-parole du gouvernement, Victor Ionescu, a assuré mardi que « la hausse de la "
        "TVA sera revue dès janvier »" + tail,
        nlp,
    )
    assert said == [("Victor Ionescu", "direct", "la hausse de la TVA sera revue dès janvier")]


def test_a_statement_after_a_colon_that_follows_a_quotation_has_its_own_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le conseil a nommé Lucie Farge directrice générale du groupe. La maire de Vienne, "
        "Paule Rivet, a salué « un bon signal » : l'usine et le laboratoire resteront dans la "
        "ville, a promis la future dirigeante.",
        nlp,
    )
    assert said == [
        ("Paule Rivet", "direct", "un bon signal"),
        ("Lucie Farge", "indirect", "l'usine et le laboratoire resteront dans la ville"),
    ]
