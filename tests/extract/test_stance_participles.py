"""Words in marks that a participle of a stand qualifies are the agent's (fault 3 left by
session 17): 'des « mesures injustes », dénoncées par les syndicats' quotes the unions, who
used those words; 'des « cavaliers législatifs », ajoutés par des amendements' still quotes
nobody (what was done to a term set in marks). Invented sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Ce sont des « mesures injustes », dénoncées par les syndicats depuis des mois.",
            ("les syndicats", "mesures injustes"),
        ),
        (
            "Ce « gâchis d'argent public », fustigé par l'opposition municipale, coûtera "
            "trois millions d'euros.",
            ("l'opposition municipale", "gâchis d'argent public"),
        ),
        (
            "Le texte marque une « avancée historique », saluée par le patronat.",
            ("le patronat", "avancée historique"),
        ),
    ],
)
def test_a_stand_taken_on_words_in_marks_quotes_its_agent(  # type: ignore[no-untyped-def]
    nlp, sentence: str, said: tuple[str, str]
) -> None:
    body = f"Le gouvernement a présenté sa réforme des retraites mercredi. {sentence}"
    assert _quotes(body, nlp) == [said]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ce sont des « cavaliers législatifs », ajoutés par des amendements au cours de la "
        "navette parlementaire.",
        "Le texte prévoit une « taxe de solidarité », instaurée par la loi de finances de 2024.",
    ],
)
def test_what_was_done_to_a_term_in_marks_quotes_nobody(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    body = f"Le gouvernement a présenté sa réforme des retraites mercredi. {sentence}"
    assert _quotes(body, nlp) == []
