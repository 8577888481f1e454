"""Extraction faults left open by the earlier reviews, fixed in the sixteenth session: the
source between commas left inside its statement ("selon les estimations de la métropole").
Invented news sentences like the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def test_a_source_between_commas_is_not_in_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La nouvelle ligne reliera la gare au quartier de Lambézellec. Elle comptera quatorze "
        "stations et transportera, selon les estimations de la métropole, environ 22 000 "
        "voyageurs par jour."
    )
    quotes = facts_of_text(body, nlp).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        (
            "la métropole",
            "Elle comptera quatorze stations et transportera environ 22 000 voyageurs par jour",
        )
    ]
    assert body[quotes[0].start : quotes[0].end].endswith("voyageurs par jour")


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Plus de 45 000 exemplaires ont déjà été vendus, selon l'institut GfK, un chiffre "
            "rare pour un premier roman.",
            "Plus de 45 000 exemplaires ont déjà été vendus, un chiffre rare pour un premier roman",
        ),
        (
            "Ces annonces ne suffisent pas, d'après les grévistes, qui ont voté la poursuite du "
            "mouvement à une large majorité.",
            "Ces annonces ne suffisent pas",
        ),
    ],
)
def test_words_after_the_source_are_read_as_what_they_are(nlp, body: str, said: str) -> None:  # type: ignore[no-untyped-def]
    """An apposition after the source adds to the statement; a relative clause is about the
    source, not what it says."""
    assert [q.text for q in facts_of_text(body, nlp).quotes] == [said]
